package cn.yiwang.catalog.support;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemMessages;
import cn.yiwang.common.problem.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.Locale;

/** Turns rule failures into the 422 problem of common-lib, each message in the caller's language. */
@Component
public class Violations {

    private final MessageSource messages;

    public Violations(MessageSource messages) {
        this.messages = messages;
    }

    /** Throws 422 naming every failing element, unless there are none. */
    public void throwIfAny(List<RuleFailure> failures) {
        if (!failures.isEmpty()) {
            throw ProblemException.unprocessable(failures.stream().map(this::violation).toList());
        }
    }

    public Violation violation(RuleFailure failure) {
        return new Violation(failure.field(), failure.code(), message(failure.messageKey(), failure.args()));
    }

    public String message(String key, Object... args) {
        try {
            return messages.getMessage(key, args, callerLocale());
        } catch (NoSuchMessageException e) {
            return key;
        }
    }

    /** zh-CN unless the request asks for English, as common-lib's problem responses decide it. */
    public static Locale callerLocale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return ProblemMessages.resolveLocale(attributes.getRequest().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return ProblemMessages.DEFAULT_LOCALE;
    }
}
