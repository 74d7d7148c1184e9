package cn.yiwang.review.evaluation.domain;

import cn.yiwang.review.evaluation.EvaluationExcluded;
import cn.yiwang.review.evaluation.EvaluationSubmitted;
import cn.yiwang.review.invitation.domain.Evaluator;
import cn.yiwang.review.invitation.domain.Invitation;
import cn.yiwang.review.invitation.domain.ServiceContext;
import cn.yiwang.review.support.Problems;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One evaluation (好差评评价) as the record of DOMAIN.md §4 requires: the service event it rates
 * (items, case number, department, staff), channel, evaluator (person/enterprise, anonymous flag),
 * level, indicators, text, time, first or follow-up, moderation state and whether it counts in the
 * statistics. The text is stored exactly as given; screening and escaping happen where it is shown.
 */
@Table("evaluation")
public class Evaluation {

    @Id
    private final UUID id;
    @Version
    private Integer version;
    private final UUID invitationId;
    private final EvaluationKind kind;
    private final Level level;
    private final List<String> indicators;
    private final String text;
    private final Channel channel;
    private final boolean anonymous;
    private final String evaluatorIdHash;
    private final String evaluatorType;
    @Embedded.Empty
    private final ServiceContext service;
    private final Instant evaluatedAt;
    private ModerationState moderation;
    /** Who sent it, for burst detection: the token subject, never the ID number. */
    private final String sourceKey;
    /** The hotline agent who recorded a rating given over the phone; {@code null} when the person rated themselves. */
    private final String recordedBy;
    private boolean excluded;
    private Instant excludedAt;
    @Transient
    private final List<Object> events = new ArrayList<>();

    @PersistenceCreator
    Evaluation(UUID id, Integer version, UUID invitationId, EvaluationKind kind, Level level, List<String> indicators,
               String text, Channel channel, boolean anonymous, String evaluatorIdHash, String evaluatorType,
               ServiceContext service, Instant evaluatedAt, ModerationState moderation, String sourceKey,
               String recordedBy, boolean excluded, Instant excludedAt) {
        this.id = id;
        this.version = version;
        this.invitationId = invitationId;
        this.kind = kind;
        this.level = level;
        this.indicators = indicators == null ? List.of() : List.copyOf(indicators);
        this.text = text;
        this.channel = channel;
        this.anonymous = anonymous;
        this.evaluatorIdHash = evaluatorIdHash;
        this.evaluatorType = evaluatorType;
        this.service = service;
        this.evaluatedAt = evaluatedAt;
        this.moderation = moderation;
        this.sourceKey = sourceKey;
        this.recordedBy = recordedBy;
        this.excluded = excluded;
        this.excludedAt = excludedAt;
    }

    /**
     * The first evaluation of the service behind {@code invitation}; the invitation refuses anyone
     * but the person served, a closed window and a second first evaluation.
     */
    public static Evaluation first(Invitation invitation, Evaluator evaluator, Rating rating, IndicatorList indicators,
                                   String sourceKey, Instant now) {
        indicators.requireKnown(rating.indicators());
        UUID id = UUID.randomUUID();
        invitation.acceptFirstEvaluation(evaluator, id, now);
        return create(id, invitation, EvaluationKind.FIRST, rating, sourceKey, null, now);
    }

    /**
     * The first evaluation given over the phone and recorded by hotline agent {@code agent}: the
     * channel is phone (6), it is marked as recorded by the agent, and it is still the one rating
     * of the service event (一次一评) — the invitation refuses a second one as for any other channel.
     */
    public static Evaluation recordedByPhone(Invitation invitation, Rating rating, IndicatorList indicators,
                                             String agent, Instant now) {
        if (rating.channel() != Channel.PHONE) {
            throw Problems.rule("rating.channel", "phone-only", "channel 6");
        }
        indicators.requireKnown(rating.indicators());
        UUID id = UUID.randomUUID();
        invitation.acceptFirstEvaluation(Evaluator.overThePhone(), id, now);
        return create(id, invitation, EvaluationKind.FIRST, rating, agent, agent, now);
    }

    /** The one follow-up (追评) after a first evaluation, by the same person. */
    public static Evaluation followUp(Invitation invitation, Evaluator evaluator, Rating rating, IndicatorList indicators,
                                      Duration window, String sourceKey, Instant now) {
        indicators.requireKnown(rating.indicators());
        UUID id = UUID.randomUUID();
        invitation.acceptFollowUp(evaluator, id, window, now);
        return create(id, invitation, EvaluationKind.FOLLOW_UP, rating, sourceKey, null, now);
    }

    private static Evaluation create(UUID id, Invitation invitation, EvaluationKind kind, Rating rating,
                                     String sourceKey, String recordedBy, Instant now) {
        // Anonymous or not is the evaluator's choice; an unidentified walk-in evaluator is anonymous by nature.
        boolean anonymous = rating.anonymous() || invitation.evaluatorIdHash() == null;
        Evaluation evaluation = new Evaluation(id, null, invitation.id(), kind, rating.level(), rating.indicators(),
                rating.text(), rating.channel(), anonymous, invitation.evaluatorIdHash(), invitation.evaluatorType(),
                invitation.context(), now, ModerationState.PUBLISHED, sourceKey, recordedBy, false, null);
        evaluation.events.add(EvaluationSubmitted.of(evaluation.snapshot()));
        return evaluation;
    }

    /** Holds the text back for a moderator: it came in a burst from one source. */
    public void flagForModeration() {
        if (moderation == ModerationState.PUBLISHED) {
            moderation = ModerationState.FLAGGED;
        }
    }

    /** A moderator's decision about publishing the text. */
    public void moderate(boolean publish) {
        moderation = publish ? ModerationState.PUBLISHED : ModerationState.WITHHELD;
    }

    /**
     * An upheld appeal (mistaken or malicious rating) takes the evaluation out of the statistics; it
     * stays on record (DOMAIN.md §4).
     */
    public void excludeFromStatistics(UUID appealId, Instant now) {
        if (excluded) {
            throw Problems.conflict("review.evaluation.already-excluded");
        }
        excluded = true;
        excludedAt = now;
        events.add(new EvaluationExcluded(UUID.randomUUID(), id, invitationId, appealId, service.regionCode(), now));
    }

    /** Real-name: the evaluator can be reached for the return visit (100 % for real-name negatives). */
    public boolean isRealName() {
        return !anonymous && evaluatorIdHash != null;
    }

    public boolean isNegative() {
        return level.isNegative();
    }

    /** Published text is shown only when moderation allows and the rating still counts. */
    public boolean isPublic() {
        return moderation == ModerationState.PUBLISHED && !excluded;
    }

    public EvaluationSnapshot snapshot() {
        return new EvaluationSnapshot(id, invitationId, kind, level, indicators, channel, anonymous,
                anonymous ? null : evaluatorIdHash, evaluatorType, service, evaluatedAt);
    }

    /** The events this change caused, once: the application layer publishes them. */
    public List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public UUID id() {
        return id;
    }

    public UUID invitationId() {
        return invitationId;
    }

    public EvaluationKind kind() {
        return kind;
    }

    public Level level() {
        return level;
    }

    public List<String> indicators() {
        return indicators;
    }

    public String text() {
        return text;
    }

    public Channel channel() {
        return channel;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public String evaluatorIdHash() {
        return evaluatorIdHash;
    }

    public String evaluatorType() {
        return evaluatorType;
    }

    public ServiceContext service() {
        return service;
    }

    public Instant evaluatedAt() {
        return evaluatedAt;
    }

    public ModerationState moderation() {
        return moderation;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public boolean isRecordedByAgent() {
        return recordedBy != null;
    }

    public boolean excluded() {
        return excluded;
    }

    public Instant excludedAt() {
        return excludedAt;
    }
}
