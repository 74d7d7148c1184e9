package cn.yiwang.certificate.support;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import org.springframework.context.MessageSource;
import cn.yiwang.common.problem.ProblemMessages;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** Messages in the caller's language (zh-CN unless the request asks for English). */
@Component
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, locale());
    }

    /**
     * The language the problem responses use too (common-lib's rule): the request's
     * Accept-Language if it names zh or en, else zh-CN; zh-CN outside a request (event consumers).
     */
    public static Locale locale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return ProblemMessages.resolveLocale(attributes.getRequest().getHeader("Accept-Language"));
        }
        return ProblemMessages.resolveLocale(null);
    }

    /** A violation whose message is the key {@code prefix + code} in the caller's language. */
    public Violation violation(String field, String code, String key, Object... args) {
        return new Violation(field, code, get(key, args));
    }

    /** 404 naming the kind of thing ({@code certificate.what.<kind>}) in the caller's language. */
    public ProblemException notFound(String kind, Object id) {
        return ProblemException.notFound(get("certificate.what." + kind), id);
    }

    /** 422 naming each failing element. */
    public static ProblemException unprocessable(List<Violation> violations) {
        return ProblemException.unprocessable(violations);
    }
}
