package cn.yiwang.common.problem;

import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the problem bodies every web stack of the platform answers with. */
public final class Problems {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final ProblemMessages messages;

    public Problems(ProblemMessages messages) {
        this.messages = messages;
    }

    public ProblemDetail of(ProblemException problem, Locale locale, String instance) {
        String detail = messages.message(problem.detailKey(), problem.detailArgs(), locale, problem.detailKey());
        ProblemDetail body = build(problem.kind(), detail, locale, instance, problem.violations());
        problem.properties().forEach(body::setProperty);
        return body;
    }

    public ProblemDetail of(ProblemKind kind, String detailKey, Object[] args, Locale locale, String instance) {
        String detail = messages.message(detailKey, args, locale, null);
        return build(kind, detail, locale, instance, List.of());
    }

    public ProblemDetail validation(List<Violation> violations, Locale locale, String instance) {
        String detail = messages.message("problem.validation-failed.detail", new Object[]{violations.size()}, locale, null);
        return build(ProblemKind.VALIDATION_FAILED, detail, locale, instance, violations);
    }

    public ProblemDetail build(ProblemKind kind, String detail, Locale locale, String instance, List<Violation> violations) {
        ProblemDetail body = ProblemDetail.forStatus(kind.status());
        body.setType(kind.type());
        body.setTitle(messages.title(kind, locale));
        if (detail != null) {
            body.setDetail(detail);
        }
        if (instance != null) {
            body.setInstance(URI.create(instance));
        }
        if (!violations.isEmpty()) {
            body.setProperty("errors", violations.stream()
                    .map(v -> Map.of("field", v.field(), "code", v.code(), "message", v.message() == null ? "" : v.message()))
                    .toList());
        }
        return body;
    }

    public String message(String key, Object[] args, Locale locale) {
        return messages.message(key, args, locale, key);
    }

    public ProblemMessages messages() {
        return messages;
    }
}
