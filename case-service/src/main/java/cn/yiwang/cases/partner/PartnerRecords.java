package cn.yiwang.cases.partner;

import cn.yiwang.cases.partner.domain.PushedCase;
import cn.yiwang.cases.partner.domain.QualityCheck;
import cn.yiwang.cases.partner.domain.Rejection;
import cn.yiwang.common.idempotency.Fingerprints;
import cn.yiwang.common.identifier.CitizenId;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.identifier.UnifiedCreditCode;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 办件汇聚: takes a partner system's batch, checks each record on its own and keeps it once per
 * partner and partner case number. A record pushed again unchanged changes nothing; a changed one
 * replaces the kept one only if it passes and does not go back in the case's history; a failing
 * record never replaces one that passed. The ID number is kept encrypted, with its keyed hash.
 */
@Service
public class PartnerRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalDataProtector personalData;
    private final MessageSource messages;
    private final Clock time;
    private final int maxBatch;

    PartnerRecords(JdbcClient jdbc, JsonMapper json, PersonalDataProtector personalData, MessageSource messages,
                   Clock time, @Value("${yiwang.cases.partner.max-batch-size:500}") int maxBatch) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
        this.messages = messages;
        this.time = time;
        this.maxBatch = maxBatch;
    }

    /** @param result {@code ACCEPTED} (new), {@code UPDATED}, {@code UNCHANGED} (a replay) or {@code REJECTED} */
    public record RecordReport(int index, String partnerCaseNumber, String result, List<Reason> reasons) {
    }

    public record Reason(String code, String field, String message) {
    }

    public record BatchReport(int received, int accepted, int rejected, List<RecordReport> records) {
    }

    public record QualityReport(String regionCode, long records, long passed, long rejected, Double passRate) {
    }

    /** @param locale the language of the reasons' messages */
    @Transactional
    public BatchReport push(Actor actor, List<PushedCase> batch, java.util.Locale locale) {
        if (batch == null || batch.isEmpty()) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED, "partner.batch.empty");
        }
        if (batch.size() > maxBatch) {
            throw new ProblemException(ProblemKind.PAYLOAD_TOO_LARGE, "partner.batch.too-large", batch.size(), maxBatch);
        }
        if (actor.regionCode() == null || !RegionCode.isValid(actor.regionCode())) {
            throw ProblemException.forbidden("problem.forbidden.detail");
        }
        Instant now = time.instant();
        List<RecordReport> reports = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int accepted = 0;
        for (int i = 0; i < batch.size(); i++) {
            PushedCase pushed = batch.get(i) == null
                    ? new PushedCase(null, null, null, null, null, null, null, null, null, null, null) : batch.get(i);
            List<Rejection> rejections = new ArrayList<>(QualityCheck.check(pushed, actor.regionCode(), now));
            if (pushed.partnerCaseNumber() != null && !seen.add(pushed.partnerCaseNumber())) {
                rejections.add(new Rejection("duplicate-in-batch", "partnerCaseNumber", pushed.partnerCaseNumber()));
            }
            String result = keep(actor, pushed, rejections, now);
            if (!"REJECTED".equals(result)) {
                accepted++;
            }
            reports.add(new RecordReport(i, pushed.partnerCaseNumber(), result, rejections.stream().map(rejection -> reason(rejection, locale)).toList()));
        }
        return new BatchReport(batch.size(), accepted, batch.size() - accepted, reports);
    }

    /** The share of the region's kept records that passed the quality check, over the caller's subtree. */
    public QualityReport quality(Actor actor, String region) {
        String regionCode = region == null || region.isBlank() ? actor.regionCode() : region;
        if (regionCode == null || !RegionCode.isValid(regionCode)) {
            throw new ProblemException(ProblemKind.RULE_VIOLATED, "partner.region.invalid", regionCode);
        }
        actor.requireRegion(regionCode);
        Map<String, Object> row = jdbc.sql("""
                        SELECT count(*) AS records, count(*) FILTER (WHERE passed) AS passed
                        FROM partner_case WHERE region_code LIKE :prefix
                        """)
                .param("prefix", RegionCode.of(regionCode).prefix() + "%").query().singleRow();
        long records = ((Number) row.get("records")).longValue();
        long passed = ((Number) row.get("passed")).longValue();
        return new QualityReport(regionCode, records, passed, records - passed,
                records == 0 ? null : Math.round(10000.0 * passed / records) / 10000.0);
    }

    /**
     * The accepted records submitted from {@code from} to {@code to} (exclusive) in the caller's scope, as the
     * indicators read them: a supervisor sees the region subtree; other staff the records of the subtree their
     * organisation accepted or decides (the item's implementing body, the first 18 characters of its code).
     * Rejected records never count.
     */
    public List<PartnerCaseFacts> facts(Actor actor, Instant from, Instant to, String itemCode) {
        if (actor.regionCode() == null || !RegionCode.isValid(actor.regionCode())) {
            throw ProblemException.forbidden("problem.forbidden.detail");
        }
        StringBuilder where = new StringBuilder("passed AND submitted_at >= :from AND submitted_at < :to AND region_code LIKE :prefix");
        Map<String, Object> params = new java.util.LinkedHashMap<>(Map.of("from", Timestamp.from(from), "to", Timestamp.from(to),
                "prefix", RegionCode.of(actor.regionCode()).prefix() + "%"));
        if (!actor.hasRole(cn.yiwang.common.security.Roles.SUPERVISOR)) {
            if (actor.orgCode() == null) {
                throw ProblemException.forbidden("problem.forbidden.detail");
            }
            where.append(" AND (accepting_org = :org OR left(item_code, 18) = :org)");
            params.put("org", actor.orgCode());
        }
        if (itemCode != null && !itemCode.isBlank()) {
            where.append(" AND item_code = :item");
            params.put("item", itemCode);
        }
        return jdbc.sql("SELECT item_code, record ->> 'channel' AS channel, record -> 'history' AS history FROM partner_case WHERE "
                        + where)
                .params(params)
                .query((rs, row) -> PartnerCaseFacts.of(rs.getString("item_code"), rs.getString("channel"),
                        List.of(json.readValue(rs.getString("history"), PushedCase.Step[].class))))
                .list();
    }

    private String keep(Actor actor, PushedCase pushed, List<Rejection> rejections, Instant now) {
        if (pushed.partnerCaseNumber() == null || pushed.partnerCaseNumber().isBlank()
                || pushed.partnerCaseNumber().length() > 50) {
            return "REJECTED";
        }
        boolean passes = rejections.isEmpty();
        // A record outside the partner's region counts against the partner's own region.
        String region = rejections.stream().anyMatch(r -> r.field() != null && r.field().equals("regionCode"))
                ? actor.regionCode() : pushed.regionCode();
        String stored = json.writeValueAsString(protectedCopy(pushed));
        // Fingerprint of the record with the ID number as its keyed hash: the encrypted copy differs on every push.
        String hash = Fingerprints.sha256(json.writeValueAsString(new PushedCase(pushed.partnerCaseNumber(), pushed.itemCode(),
                pushed.itemName(), pushed.regionCode(), pushed.acceptingOrgCode(), pushed.applicantType(),
                pushed.applicantName(), idHash(pushed), pushed.channel(), pushed.history(), pushed.outcome())));
        Optional<Map<String, Object>> existing = jdbc.sql("""
                        SELECT record_hash, passed, history_length FROM partner_case
                        WHERE partner = :partner AND partner_case_number = :number FOR UPDATE
                        """)
                .param("partner", partner(actor)).param("number", pushed.partnerCaseNumber())
                .query().listOfRows().stream().findFirst();
        if (existing.isPresent()) {
            boolean keptPassed = (Boolean) existing.get().get("passed");
            if (hash.equals(existing.get().get("record_hash"))) {
                return passes ? "UNCHANGED" : "REJECTED";
            }
            if (keptPassed && !passes) {
                return "REJECTED";
            }
            if (keptPassed && pushed.history().size() < ((Number) existing.get().get("history_length")).intValue()) {
                rejections.add(new Rejection("history-regressed", "history", pushed.partnerCaseNumber()));
                return "REJECTED";
            }
        }
        jdbc.sql("""
                        INSERT INTO partner_case (partner, partner_case_number, region_code, item_code, status, outcome,
                            applicant_id_hash, passed, reasons, history_length, record_hash, record, received_at, updated_at,
                            submitted_at, accepting_org)
                        VALUES (:partner, :number, :region, :item, :status, :outcome, :idHash, :passed, CAST(:reasons AS jsonb),
                            :historyLength, :hash, CAST(:record AS jsonb), :now, :now, :submittedAt, :acceptingOrg)
                        ON CONFLICT (partner, partner_case_number) DO UPDATE SET region_code = excluded.region_code,
                            item_code = excluded.item_code, status = excluded.status, outcome = excluded.outcome,
                            applicant_id_hash = excluded.applicant_id_hash, passed = excluded.passed,
                            reasons = excluded.reasons, history_length = excluded.history_length,
                            record_hash = excluded.record_hash, record = excluded.record, updated_at = excluded.updated_at,
                            submitted_at = excluded.submitted_at, accepting_org = excluded.accepting_org
                        """)
                .param("partner", partner(actor)).param("number", pushed.partnerCaseNumber())
                .param("region", region).param("item", truncate(pushed.itemCode(), 64))
                .param("status", truncate(pushed.currentStatus(), 32)).param("outcome", truncate(pushed.outcome(), 16))
                .param("idHash", idHash(pushed)).param("passed", passes)
                .param("reasons", json.writeValueAsString(rejections.stream().map(Rejection::code).toList()))
                .param("historyLength", pushed.history().size()).param("hash", hash).param("record", stored)
                .param("now", Timestamp.from(now))
                // Only a passing record is counted in the indicators, so only its submission and body are kept as columns.
                .param("submittedAt", passes ? Timestamp.from(pushed.history().get(0).at()) : null)
                .param("acceptingOrg", passes ? truncate(pushed.acceptingOrgCode(), 64) : null)
                .update();
        if (!passes) {
            return "REJECTED";
        }
        return existing.isPresent() ? "UPDATED" : "ACCEPTED";
    }

    /** The partner is its OAuth2 client (client credentials); the subject if a token names no client. */
    private static String partner(Actor actor) {
        return actor.clientId() != null ? actor.clientId() : actor.subject();
    }

    /** The record as kept: the ID number encrypted, never in clear. */
    private PushedCase protectedCopy(PushedCase pushed) {
        String id = pushed.applicantIdNumber() == null ? null : personalData.encrypt(normalised(pushed));
        return new PushedCase(pushed.partnerCaseNumber(), pushed.itemCode(), pushed.itemName(), pushed.regionCode(),
                pushed.acceptingOrgCode(), pushed.applicantType(), pushed.applicantName(), id, pushed.channel(),
                pushed.history(), pushed.outcome());
    }

    private String idHash(PushedCase pushed) {
        return pushed.applicantIdNumber() == null ? null : personalData.hash(normalised(pushed));
    }

    private static String normalised(PushedCase pushed) {
        String id = pushed.applicantIdNumber().strip();
        if ("PERSON".equals(pushed.applicantType()) && CitizenId.isValid(id)) {
            return CitizenId.normalise(id);
        }
        if ("ENTERPRISE".equals(pushed.applicantType()) && UnifiedCreditCode.isValid(id)) {
            return UnifiedCreditCode.normalise(id);
        }
        return id;
    }

    private Reason reason(Rejection rejection, java.util.Locale locale) {
        return new Reason(rejection.code(), rejection.field(), messages.getMessage("partner.reason." + rejection.code(),
                rejection.args(), rejection.code(), locale));
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
