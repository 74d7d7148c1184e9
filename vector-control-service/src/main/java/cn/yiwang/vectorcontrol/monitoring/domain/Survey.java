package cn.yiwang.vectorcontrol.monitoring.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A density survey of one district over one period (e.g. the spring rat survey of 眉县): the CDC
 * adds records while it is open; evaluating it grades the records once, under the threshold table
 * in force, and freezes both so a later table never rewrites a reported level.
 */
@Table("survey")
public class Survey {

    @Id
    private final UUID id;
    private final String regionCode;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private SurveyStatus status;
    private String tableVersion;
    private final String openedBy;
    private final Instant openedAt;
    private Instant evaluatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Survey(UUID id, String regionCode, LocalDate periodStart, LocalDate periodEnd, SurveyStatus status,
           String tableVersion, String openedBy, Instant openedAt, Instant evaluatedAt, Integer version) {
        this.id = id;
        this.regionCode = regionCode;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.status = status;
        this.tableVersion = tableVersion;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.evaluatedAt = evaluatedAt;
        this.version = version;
    }

    public static Survey open(String regionCode, LocalDate periodStart, LocalDate periodEnd, String openedBy, Instant now) {
        Objects.requireNonNull(regionCode, "regionCode");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("a survey period ends on or after its start");
        }
        return new Survey(UUID.randomUUID(), regionCode, periodStart, periodEnd, SurveyStatus.OPEN, null, openedBy,
                now, null, null);
    }

    /** Whether a record observed on {@code day} belongs to this survey's period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    public boolean acceptsRecords() {
        return status == SurveyStatus.OPEN;
    }

    /** Grades the records under {@code table} and freezes the survey; evaluating twice is refused. */
    public SurveyEvaluation evaluate(ThresholdTable table, Iterable<MonitoringRecord> records, Instant now) {
        return evaluate(table, PooledRecords.of(records), now);
    }

    /** As {@link #evaluate(ThresholdTable, Iterable, Instant)}, over records already pooled per method. */
    public SurveyEvaluation evaluate(ThresholdTable table, PooledRecords records, Instant now) {
        if (status != SurveyStatus.OPEN) {
            throw new IllegalStateException("survey " + id + " is already evaluated");
        }
        SurveyEvaluation evaluation = DensityEvaluator.evaluate(table, records);
        status = SurveyStatus.EVALUATED;
        tableVersion = table.version();
        evaluatedAt = now;
        return evaluation;
    }

    public UUID id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public SurveyStatus status() {
        return status;
    }

    /** The threshold table version that graded the survey; null while open. */
    public String tableVersion() {
        return tableVersion;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }
}
