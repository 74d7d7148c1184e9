package cn.yiwang.review.workorder.domain;

import cn.yiwang.review.evaluation.domain.Level;
import cn.yiwang.review.support.Problems;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The rectification work order every negative evaluation opens for the responsible organisation
 * (国办发〔2019〕51号: 差评 must be verified, rectified and answered; 100 % return visit for
 * real-name negatives). Steps run in order; each has a working-day deadline, and an order whose
 * current step is overdue is escalated to the supervisor of its region once per step.
 */
@Table("work_order")
public class WorkOrder {

    @Id
    private final UUID id;
    @Version
    private Integer version;
    private final UUID evaluationId;
    private final UUID invitationId;
    private final String orgCode;
    private final String regionCode;
    private final Level level;
    /** Whether the evaluator can be reached: only then is a return visit possible and required. */
    private final boolean realName;
    private final Instant openedAt;
    private WorkOrderStatus status;
    private final Instant verificationDueAt;
    private final Instant rectificationDueAt;
    private Instant returnVisitDueAt;
    private Instant verifiedAt;
    private String verifiedBy;
    private String verificationFinding;
    private Instant rectifiedAt;
    private String rectifiedBy;
    private String rectificationActions;
    private Instant repliedAt;
    private String repliedBy;
    private String replyText;
    private Instant returnVisitedAt;
    private String returnVisitedBy;
    private Level returnVisitSatisfaction;
    private String returnVisitNote;
    private Instant escalatedAt;
    private WorkOrderStatus escalatedStep;
    private int escalations;
    private Instant closedAt;

    @PersistenceCreator
    WorkOrder(UUID id, Integer version, UUID evaluationId, UUID invitationId, String orgCode, String regionCode,
              Level level, boolean realName, Instant openedAt, WorkOrderStatus status, Instant verificationDueAt,
              Instant rectificationDueAt, Instant returnVisitDueAt, Instant verifiedAt, String verifiedBy,
              String verificationFinding, Instant rectifiedAt, String rectifiedBy, String rectificationActions,
              Instant repliedAt, String repliedBy, String replyText, Instant returnVisitedAt, String returnVisitedBy,
              Level returnVisitSatisfaction, String returnVisitNote, Instant escalatedAt, WorkOrderStatus escalatedStep,
              int escalations, Instant closedAt) {
        this.id = id;
        this.version = version;
        this.evaluationId = evaluationId;
        this.invitationId = invitationId;
        this.orgCode = orgCode;
        this.regionCode = regionCode;
        this.level = level;
        this.realName = realName;
        this.openedAt = openedAt;
        this.status = status;
        this.verificationDueAt = verificationDueAt;
        this.rectificationDueAt = rectificationDueAt;
        this.returnVisitDueAt = returnVisitDueAt;
        this.verifiedAt = verifiedAt;
        this.verifiedBy = verifiedBy;
        this.verificationFinding = verificationFinding;
        this.rectifiedAt = rectifiedAt;
        this.rectifiedBy = rectifiedBy;
        this.rectificationActions = rectificationActions;
        this.repliedAt = repliedAt;
        this.repliedBy = repliedBy;
        this.replyText = replyText;
        this.returnVisitedAt = returnVisitedAt;
        this.returnVisitedBy = returnVisitedBy;
        this.returnVisitSatisfaction = returnVisitSatisfaction;
        this.returnVisitNote = returnVisitNote;
        this.escalatedAt = escalatedAt;
        this.escalatedStep = escalatedStep;
        this.escalations = escalations;
        this.closedAt = closedAt;
    }

    /**
     * Opens the order for a negative evaluation; anything else has nothing to rectify.
     *
     * @param realName whether the evaluator can be reached for the return visit
     */
    public static WorkOrder openFor(UUID evaluationId, UUID invitationId, String orgCode, String regionCode, Level level,
                                    boolean realName, RectificationDeadlines deadlines, Instant now) {
        if (!level.isNegative()) {
            throw new IllegalArgumentException("only a negative evaluation opens a rectification work order");
        }
        return new WorkOrder(UUID.randomUUID(), null, evaluationId, invitationId, orgCode, regionCode, level, realName,
                now, WorkOrderStatus.AWAITING_VERIFICATION, deadlines.verificationDue(now),
                deadlines.rectificationDue(now), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, 0, null);
    }

    /** 核实: the organisation has checked the complaint (and, for real-name ones, contacted the evaluator). */
    public void verify(String finding, String by, Instant now) {
        requireStep(WorkOrderStatus.AWAITING_VERIFICATION);
        verifiedAt = now;
        verifiedBy = by;
        verificationFinding = finding;
        status = WorkOrderStatus.AWAITING_RECTIFICATION;
    }

    /** 整改: what was done about it. */
    public void rectify(String actions, String by, Instant now) {
        requireStep(WorkOrderStatus.AWAITING_RECTIFICATION);
        rectifiedAt = now;
        rectifiedBy = by;
        rectificationActions = actions;
        status = WorkOrderStatus.AWAITING_REPLY;
    }

    /** 答复: the answer to the evaluator; a real-name evaluator is then visited back. */
    public void reply(String text, String by, Instant now, RectificationDeadlines deadlines) {
        requireStep(WorkOrderStatus.AWAITING_REPLY);
        repliedAt = now;
        repliedBy = by;
        replyText = text;
        if (realName) {
            status = WorkOrderStatus.AWAITING_RETURN_VISIT;
            returnVisitDueAt = deadlines.returnVisitDue(now);
        } else {
            close(now);
        }
    }

    /** 回访: the evaluator's satisfaction with how the complaint was handled closes the order. */
    public void recordReturnVisit(Level satisfaction, String note, String by, Instant now) {
        Objects.requireNonNull(satisfaction, "the return visit records the evaluator's satisfaction");
        requireStep(WorkOrderStatus.AWAITING_RETURN_VISIT);
        returnVisitedAt = now;
        returnVisitedBy = by;
        returnVisitSatisfaction = satisfaction;
        returnVisitNote = note;
        close(now);
    }

    /** The evaluation was excluded by an upheld appeal: the order stops, its steps stay on record. */
    public void withdraw(Instant now) {
        if (status.isOpen()) {
            status = WorkOrderStatus.WITHDRAWN;
            closedAt = now;
        }
    }

    /** The deadline of the step the order waits for, or {@code null} once it is over. */
    public Instant currentDueAt() {
        return switch (status) {
            case AWAITING_VERIFICATION -> verificationDueAt;
            case AWAITING_RECTIFICATION, AWAITING_REPLY -> rectificationDueAt;
            case AWAITING_RETURN_VISIT -> returnVisitDueAt;
            case CLOSED, WITHDRAWN -> null;
        };
    }

    public boolean isOverdue(Instant now) {
        Instant due = currentDueAt();
        return due != null && !now.isBefore(due);
    }

    /**
     * Escalates to the region's supervisor when the current step is overdue and was not escalated
     * yet; a later overdue step escalates again.
     *
     * @return whether this call escalated the order
     */
    public boolean escalateIfOverdue(Instant now) {
        if (!isOverdue(now) || escalatedStep == status) {
            return false;
        }
        escalatedAt = now;
        escalatedStep = status;
        escalations++;
        return true;
    }

    /** Rectified and answered within the rectification deadline. */
    public boolean answeredOnTime() {
        return repliedAt != null && repliedAt.isBefore(rectificationDueAt);
    }

    private void close(Instant now) {
        status = WorkOrderStatus.CLOSED;
        closedAt = now;
    }

    private void requireStep(WorkOrderStatus expected) {
        if (status != expected) {
            throw Problems.conflict("review.work-order.wrong-step", status.name(), expected.name());
        }
    }

    public UUID id() { return id; }
    public UUID evaluationId() { return evaluationId; }
    public UUID invitationId() { return invitationId; }
    public String orgCode() { return orgCode; }
    public String regionCode() { return regionCode; }
    public Level level() { return level; }
    public boolean realName() { return realName; }
    public Instant openedAt() { return openedAt; }
    public WorkOrderStatus status() { return status; }
    public Instant verificationDueAt() { return verificationDueAt; }
    public Instant rectificationDueAt() { return rectificationDueAt; }
    public Instant returnVisitDueAt() { return returnVisitDueAt; }
    public Instant verifiedAt() { return verifiedAt; }
    public String verificationFinding() { return verificationFinding; }
    public Instant rectifiedAt() { return rectifiedAt; }
    public String rectificationActions() { return rectificationActions; }
    public Instant repliedAt() { return repliedAt; }
    public String replyText() { return replyText; }
    public Instant returnVisitedAt() { return returnVisitedAt; }
    public Level returnVisitSatisfaction() { return returnVisitSatisfaction; }
    public String returnVisitNote() { return returnVisitNote; }
    public Instant escalatedAt() { return escalatedAt; }
    public WorkOrderStatus escalatedStep() { return escalatedStep; }
    public int escalations() { return escalations; }
    public Instant closedAt() { return closedAt; }
}
