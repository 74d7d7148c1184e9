package cn.yiwang.review.evaluation.domain;

/**
 * Whether an evaluation's text may be shown beyond the evaluator and the organisation. The rating
 * always counts; moderation only decides about publishing the text.
 */
public enum ModerationState {
    /** Published (after screening for personal data). */
    PUBLISHED,
    /** Came from a burst of ratings from one source: held until a moderator looks at it. */
    FLAGGED,
    /** A moderator decided not to publish the text. */
    WITHHELD
}
