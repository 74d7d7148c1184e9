package cn.yiwang.review.appeal.domain;

import cn.yiwang.review.support.Problems;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A staff appeal (申诉) against one evaluation as mistaken or malicious, with evidence; a
 * supervisor of the region decides. Upheld, the evaluation leaves the statistics but stays on
 * record (DOMAIN.md §4).
 */
@Table("appeal")
public class Appeal {

    @Id
    private final UUID id;
    @Version
    private Integer version;
    private final UUID evaluationId;
    private final String orgCode;
    private final String regionCode;
    private final AppealReason reason;
    private final String statement;
    private final List<String> evidence;
    private final String filedBy;
    private final Instant filedAt;
    private AppealStatus status;
    private String decidedBy;
    private Instant decidedAt;
    private String decisionNote;

    @PersistenceCreator
    Appeal(UUID id, Integer version, UUID evaluationId, String orgCode, String regionCode, AppealReason reason,
           String statement, List<String> evidence, String filedBy, Instant filedAt, AppealStatus status,
           String decidedBy, Instant decidedAt, String decisionNote) {
        this.id = id;
        this.version = version;
        this.evaluationId = evaluationId;
        this.orgCode = orgCode;
        this.regionCode = regionCode;
        this.reason = reason;
        this.statement = statement;
        this.evidence = evidence == null ? List.of() : List.copyOf(evidence);
        this.filedBy = filedBy;
        this.filedAt = filedAt;
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.decisionNote = decisionNote;
    }

    /** An appeal needs evidence: a bare "we disagree" is not a reason to drop a citizen's rating. */
    public static Appeal file(UUID evaluationId, String orgCode, String regionCode, AppealReason reason,
                              String statement, List<String> evidence, String filedBy, Instant now) {
        if (evidence == null || evidence.stream().allMatch(item -> item == null || item.isBlank())) {
            throw Problems.rule("evidence", "evidence-required", "evidence");
        }
        return new Appeal(UUID.randomUUID(), null, evaluationId, orgCode, regionCode, reason, statement, evidence,
                filedBy, now, AppealStatus.PENDING, null, null, null);
    }

    /** The supervisor's decision; an appeal is decided once. */
    public void decide(boolean upheld, String note, String by, Instant now) {
        if (status != AppealStatus.PENDING) {
            throw Problems.conflict("review.appeal.already-decided", status.name());
        }
        status = upheld ? AppealStatus.UPHELD : AppealStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
        decisionNote = note;
    }

    public UUID id() { return id; }
    public UUID evaluationId() { return evaluationId; }
    public String orgCode() { return orgCode; }
    public String regionCode() { return regionCode; }
    public AppealReason reason() { return reason; }
    public String statement() { return statement; }
    public List<String> evidence() { return evidence; }
    public String filedBy() { return filedBy; }
    public Instant filedAt() { return filedAt; }
    public AppealStatus status() { return status; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
}
