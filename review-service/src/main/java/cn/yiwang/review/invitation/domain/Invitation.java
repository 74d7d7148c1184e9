package cn.yiwang.review.invitation.domain;

import cn.yiwang.review.support.Problems;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An invitation to rate one service event (一次一评、一事一评, GB/T 39734-2020): who was served,
 * until when they may rate, and whether they already did. It enforces "a first evaluation and at
 * most one follow-up, by the person served, within the evaluation window" (DOMAIN.md §4).
 *
 * <p>Evaluation is voluntary (国办发〔2019〕51号): an invitation that expires unrated stays unrated;
 * nothing here ever turns silence into a default "good" rating.
 */
@Table("invitation")
public class Invitation {

    @Id
    private final UUID id;
    @Version
    private Integer version;
    @Embedded.Empty
    private final ServiceContext context;
    /** Keyed hash of the person or enterprise served; {@code null} when unknown (walk-in, anonymous caller). */
    private String evaluatorIdHash;
    private String evaluatorType;
    /** The code shown at the window for walk-in services; {@code null} otherwise. */
    private final String shortCode;
    private final Instant expiresAt;
    private UUID firstEvaluationId;
    private Instant firstEvaluatedAt;
    private UUID followUpEvaluationId;
    private final Instant createdAt;

    @PersistenceCreator
    Invitation(UUID id, Integer version, ServiceContext context, String evaluatorIdHash, String evaluatorType,
               String shortCode, Instant expiresAt, UUID firstEvaluationId, Instant firstEvaluatedAt,
               UUID followUpEvaluationId, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.context = context;
        this.evaluatorIdHash = evaluatorIdHash;
        this.evaluatorType = evaluatorType;
        this.shortCode = shortCode;
        this.expiresAt = expiresAt;
        this.firstEvaluationId = firstEvaluationId;
        this.firstEvaluatedAt = firstEvaluatedAt;
        this.followUpEvaluationId = followUpEvaluationId;
        this.createdAt = createdAt;
    }

    /**
     * Opens an invitation for the applicant or caller of a concluded case or closed ticket.
     *
     * @param window how long after the service the person may rate (configurable)
     */
    public static Invitation open(ServiceContext context, String evaluatorIdHash, String evaluatorType,
                                  Duration window, Instant now) {
        Objects.requireNonNull(context, "context");
        ServiceContext served = context;
        if (served.servedAt() == null) {
            // A producer that left out the conclusion time: the service is dated when we learned of it.
            served = context.servedAt(now);
        }
        return new Invitation(UUID.randomUUID(), null, served, blankToNull(evaluatorIdHash), evaluatorType, null,
                served.servedAt().plus(window), null, null, null, now);
    }

    /** Opens a walk-in invitation that whoever holds {@code shortCode} may use once, on site. */
    public static Invitation walkIn(ServiceContext context, String shortCode, Duration validity, Instant now) {
        Objects.requireNonNull(shortCode, "shortCode");
        return new Invitation(UUID.randomUUID(), null, context, null, null, shortCode, now.plus(validity),
                null, null, null, now);
    }

    /**
     * Records the first evaluation (首评). Refused when someone else asks (404: they may not learn
     * that the service exists), when the window has closed, or when the service is already rated
     * (409: one rating per service event).
     */
    public void acceptFirstEvaluation(Evaluator evaluator, UUID evaluationId, Instant now) {
        requireServed(evaluator);
        if (firstEvaluationId != null) {
            throw Problems.conflict("review.evaluation.already-rated");
        }
        if (!now.isBefore(expiresAt)) {
            throw Problems.conflict("review.evaluation.window-closed", expiresAt);
        }
        if (evaluatorIdHash == null && evaluator.isIdentified()) {
            // A citizen who scanned the window's QR code rated as themselves: they may follow up later.
            evaluatorIdHash = evaluator.idHash();
            evaluatorType = evaluator.type();
        }
        firstEvaluationId = evaluationId;
        firstEvaluatedAt = now;
    }

    /**
     * Records the one follow-up (追评) allowed after a first evaluation, by the same identified
     * person, within one evaluation window after the first.
     */
    public void acceptFollowUp(Evaluator evaluator, UUID evaluationId, Duration window, Instant now) {
        if (evaluatorIdHash == null || !evaluatorIdHash.equals(evaluator.idHash())) {
            throw Problems.notFound("review.invitation.not-found", id);
        }
        if (firstEvaluationId == null) {
            throw Problems.conflict("review.evaluation.no-first-evaluation");
        }
        if (followUpEvaluationId != null) {
            throw Problems.conflict("review.evaluation.follow-up-exists");
        }
        Instant followUpUntil = firstEvaluatedAt.plus(window);
        if (!now.isBefore(followUpUntil)) {
            throw Problems.conflict("review.evaluation.window-closed", followUpUntil);
        }
        followUpEvaluationId = evaluationId;
    }

    /** Whether {@code evaluator} is the person served: the same keyed hash, or the walk-in code's holder. */
    public boolean isServed(Evaluator evaluator) {
        if (evaluator.relayedByAgent()) {
            // The agent rang the person served back (回访) and records their own words.
            return true;
        }
        if (shortCode != null && evaluator.heldShortCode()) {
            // The code is shown only to the person at the window: holding it is the proof.
            return true;
        }
        return evaluatorIdHash != null && evaluatorIdHash.equals(evaluator.idHash());
    }

    public boolean isOpenAt(Instant now) {
        return firstEvaluationId == null && now.isBefore(expiresAt);
    }

    private void requireServed(Evaluator evaluator) {
        if (!isServed(evaluator)) {
            throw Problems.notFound("review.invitation.not-found", id);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public UUID id() {
        return id;
    }

    public ServiceContext context() {
        return context;
    }

    public String evaluatorIdHash() {
        return evaluatorIdHash;
    }

    public String evaluatorType() {
        return evaluatorType;
    }

    public String shortCode() {
        return shortCode;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public UUID firstEvaluationId() {
        return firstEvaluationId;
    }

    public UUID followUpEvaluationId() {
        return followUpEvaluationId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
