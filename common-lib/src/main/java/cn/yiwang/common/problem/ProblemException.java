package cn.yiwang.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by application code to answer with a problem response. The detail is a message key in
 * the {@code yiwang/problems} bundles (or the service's own {@code messages} bundle), so the
 * same error reads in zh-CN or English by the caller's Accept-Language.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final List<Violation> violations;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(ProblemKind kind, String detailKey, Object... detailArgs) {
        this(kind, List.of(), detailKey, detailArgs);
    }

    public ProblemException(ProblemKind kind, List<Violation> violations, String detailKey, Object... detailArgs) {
        super(kind.slug() + ": " + detailKey);
        this.kind = kind;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs == null ? new Object[0] : detailArgs.clone();
        this.violations = List.copyOf(violations);
    }

    /** 404: the named thing does not exist, or the caller may not know that it does. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemKind.NOT_FOUND, "problem.not-found.detail", what, id);
    }

    /** 409: the request conflicts with the current state (e.g. an illegal transition). */
    public static ProblemException conflict(String detailKey, Object... args) {
        return new ProblemException(ProblemKind.CONFLICT, detailKey, args);
    }

    /** 403: authenticated, but this actor may not do this here. */
    public static ProblemException forbidden(String detailKey, Object... args) {
        return new ProblemException(ProblemKind.FORBIDDEN, detailKey, args);
    }

    /** 422: the request is well-formed but breaks a rule; each failing element is named. */
    public static ProblemException unprocessable(List<Violation> violations) {
        return new ProblemException(ProblemKind.RULE_VIOLATED, violations, "problem.rule-violated.detail");
    }

    /** 412: the If-Match version no longer matches. */
    public static ProblemException preconditionFailed(Object currentVersion) {
        return new ProblemException(ProblemKind.PRECONDITION_FAILED, "problem.precondition-failed.detail", currentVersion);
    }

    public ProblemException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
