package cn.yiwang.review.support;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.problem.Violation;

import java.util.List;

/**
 * The problems this service answers with, keyed into {@code messages.properties} (zh-CN) and
 * {@code messages_en.properties}. Plain exceptions without web types, so the domain may throw them.
 */
public final class Problems {

    private Problems() {
    }

    /**
     * 404 for something that does not exist <em>or</em> that the caller may not know exists: an
     * evaluator who asks for someone else's evaluation learns nothing about it.
     */
    public static ProblemException notFound(String key, Object id) {
        return new ProblemException(ProblemKind.NOT_FOUND, key, id);
    }

    public static ProblemException conflict(String key, Object... args) {
        return ProblemException.conflict(key, args);
    }

    public static ProblemException forbidden(String key, Object... args) {
        return ProblemException.forbidden(key, args);
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        return new ProblemException(ProblemKind.TOO_MANY_REQUESTS, "problem.too-many-requests.detail", retryAfterSeconds)
                .with("retryAfter", retryAfterSeconds);
    }

    /** 422 with the reason in the caller's language ({@code detailKey}) and the failing field named. */
    public static ProblemException ruleExplained(String field, String code, String detailKey, Object... args) {
        return new ProblemException(ProblemKind.RULE_VIOLATED, List.of(new Violation(field, code, code)), detailKey, args);
    }

    /** 422 naming the failing field with a stable code. */
    public static ProblemException rule(String field, String code, String message) {
        return ProblemException.unprocessable(List.of(new Violation(field, code, message)));
    }
}
