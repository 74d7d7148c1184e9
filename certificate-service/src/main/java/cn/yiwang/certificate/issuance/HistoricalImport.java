package cn.yiwang.certificate.issuance;

import cn.yiwang.certificate.issuance.domain.IssuanceFailure;
import cn.yiwang.certificate.support.Messages;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 归集: existing certificates of one issuer from its old register, as JSON lines or CSV. Each
 * line is imported in its own transaction, so one bad record does not hold back the others, and the
 * report says per line what happened. A record is identified by type, issuer and serial: importing
 * the same file again changes nothing.
 */
@Service
public class HistoricalImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CertificateCommands commands;
    private final IssuanceFailures failures;
    private final Messages messages;

    public HistoricalImport(CertificateCommands commands, IssuanceFailures failures, Messages messages) {
        this.commands = commands;
        this.failures = failures;
        this.messages = messages;
    }

    public Report importLines(String issuerCode, String regionCode, String jsonLines) {
        List<Line> lines = new ArrayList<>();
        String[] rows = jsonLines == null ? new String[0] : jsonLines.split("\\R");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            lines.add(importLine(i + 1, rows[i], issuerCode, regionCode));
        }
        return Report.of(lines);
    }

    /**
     * The same import from CSV (RFC 4180): a header row naming the columns {@code typeCode},
     * {@code serial}, {@code holderIdType}, {@code holderIdNumber}, {@code holderName},
     * {@code issuedAt}, {@code validFrom}, {@code validUntil} and one {@code metadata.<field>}
     * column per metadata field; empty cells are absent values. Line numbers count the header.
     */
    public Report importCsv(String issuerCode, String regionCode, String csv) {
        List<List<String>> rows = CsvRows.parse(csv == null ? "" : csv);
        List<Line> lines = new ArrayList<>();
        if (rows.isEmpty()) {
            return Report.of(lines);
        }
        List<String> header = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            ImportRecord record;
            try {
                record = fromCsv(header, row);
            } catch (RuntimeException e) {
                lines.add(new Line(i + 1, Outcome.REJECTED, null,
                        List.of(messages.violation("line", "csv", "certificate.import.not-csv"))));
                continue;
            }
            lines.add(importRecord(i + 1, record, issuerCode, regionCode));
        }
        return Report.of(lines);
    }

    private static ImportRecord fromCsv(List<String> header, List<String> row) {
        if (row.size() > header.size()) {
            throw new IllegalArgumentException("more cells than columns");
        }
        Map<String, String> cells = new java.util.HashMap<>();
        Map<String, String> metadata = new java.util.TreeMap<>();
        for (int c = 0; c < row.size(); c++) {
            String value = row.get(c).strip();
            if (value.isEmpty()) {
                continue;
            }
            String column = header.get(c).strip();
            if (column.startsWith("metadata.")) {
                metadata.put(column.substring("metadata.".length()), value);
            } else {
                cells.put(column, value);
            }
        }
        return new ImportRecord(cells.get("typeCode"), cells.get("serial"),
                new Holder(cells.get("holderIdType"), cells.get("holderIdNumber"), cells.get("holderName")), metadata,
                cells.containsKey("issuedAt") ? Instant.parse(cells.get("issuedAt")) : null,
                cells.containsKey("validFrom") ? LocalDate.parse(cells.get("validFrom")) : null,
                cells.containsKey("validUntil") ? LocalDate.parse(cells.get("validUntil")) : null);
    }

    private Line importLine(int number, String row, String issuerCode, String regionCode) {
        ImportRecord record;
        try {
            record = JSON.readValue(row, ImportRecord.class);
        } catch (JacksonException e) {
            return new Line(number, Outcome.REJECTED, null,
                    List.of(messages.violation("line", "json", "certificate.import.not-json")));
        }
        return importRecord(number, record, issuerCode, regionCode);
    }

    private Line importRecord(int number, ImportRecord record, String issuerCode, String regionCode) {
        if (record.serial() == null || record.serial().isBlank()) {
            return new Line(number, Outcome.REJECTED, null,
                    List.of(messages.violation("serial", "required", "certificate.import.serial-required")));
        }
        Holder holder = record.holder() == null ? new Holder(null, null, null) : record.holder();
        IssueCertificate request = new IssueCertificate(record.typeCode(), issuerCode, regionCode, holder.idType(),
                holder.idNumber(), null, holder.name(), record.metadata(), record.validFrom(), record.validUntil(), null,
                null, record.serial(), record.issuedAt());
        // Rejected records also go to the failure queue, so they can be retried or dismissed after the report is gone.
        try {
            CertificateCommands.ImportOutcome outcome = commands.importRecord(request);
            return switch (outcome.result()) {
                case IMPORTED, UNCHANGED -> {
                    failures.resolveImported(request, outcome.identifier());
                    yield new Line(number, outcome.result() == CertificateCommands.ImportOutcome.Result.IMPORTED
                            ? Outcome.IMPORTED : Outcome.UNCHANGED, outcome.identifier(), List.of());
                }
                case CONFLICT -> {
                    List<Violation> conflict = List.of(messages.violation("serial", "conflict", "certificate.import.conflict"));
                    failures.record(IssuanceFailure.Source.IMPORT, request, conflict);
                    yield new Line(number, Outcome.REJECTED, outcome.identifier(), conflict);
                }
            };
        } catch (ProblemException e) {
            failures.record(IssuanceFailure.Source.IMPORT, request, e.violations());
            return new Line(number, Outcome.REJECTED, null, e.violations());
        }
    }

    public enum Outcome { IMPORTED, UNCHANGED, REJECTED }

    /** One line of the import file. */
    public record ImportRecord(String typeCode, String serial, Holder holder, Map<String, String> metadata, Instant issuedAt,
                               LocalDate validFrom, LocalDate validUntil) {
    }

    public record Holder(String idType, String idNumber, String name) {
    }

    public record Line(int line, Outcome outcome, String identifier, List<Violation> errors) {
    }

    public record Report(int imported, int unchanged, int rejected, List<Line> lines) {

        static Report of(List<Line> lines) {
            return new Report(count(lines, Outcome.IMPORTED), count(lines, Outcome.UNCHANGED), count(lines, Outcome.REJECTED), lines);
        }

        private static int count(List<Line> lines, Outcome outcome) {
            return (int) lines.stream().filter(line -> line.outcome() == outcome).count();
        }
    }
}
