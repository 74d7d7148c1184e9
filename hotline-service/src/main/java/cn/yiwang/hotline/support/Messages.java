package cn.yiwang.hotline.support;

import cn.yiwang.common.problem.ProblemMessages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Locale;

/**
 * Texts of the service's {@code messages} bundle in the caller's language: zh-CN unless the request
 * asks for English (the same rule as common-lib's problem responses).
 */
@Component
public class Messages {

    private final MessageSource messages;

    public Messages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... args) {
        return text(currentLocale(), key, args);
    }

    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The locale of the current request, or zh-CN outside a request (listeners, sweeps). */
    public static Locale currentLocale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return ProblemMessages.resolveLocale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        }
        return ProblemMessages.DEFAULT_LOCALE;
    }
}
