package cn.yiwang.common.problem;

import java.net.URI;

/**
 * The kinds of problem every Yiwang API can answer with. The {@code type} URI is stable: partner
 * systems branch on it, so a kind is never renamed, only added.
 */
public enum ProblemKind {
    BAD_REQUEST(400, "bad-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    VALIDATION_FAILED(422, "validation-failed"),
    RULE_VIOLATED(422, "rule-violated"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL_ERROR(500, "internal-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout");

    private static final String TYPE_PREFIX = "urn:yiwang:problem:";

    private final int status;
    private final String slug;

    ProblemKind(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public URI type() {
        return URI.create(TYPE_PREFIX + slug);
    }

    /** The kind a bare HTTP status maps to when no more specific kind is known. */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
