package cn.yiwang.common.problem;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Locale;

/**
 * Resolves problem titles and details in the caller's language: zh-CN first (the default when a
 * caller states no preference), English on request. Looks in the service's own {@code messages}
 * bundle first, then in the platform's {@code yiwang/problems} bundle.
 */
public final class ProblemMessages {

    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final MessageSource messages;

    public ProblemMessages(MessageSource serviceMessages) {
        ResourceBundleMessageSource platform = new ResourceBundleMessageSource();
        platform.setBasenames("yiwang/problems");
        platform.setDefaultEncoding("UTF-8");
        platform.setFallbackToSystemLocale(false);
        platform.setDefaultLocale(DEFAULT_LOCALE);
        // A process without its own bundle (the gateway) uses the platform's alone; a missing
        // bundle would otherwise be looked up, and warned about, on every problem response.
        if (serviceMessages != null && ProblemMessages.class.getClassLoader().getResource("messages.properties") != null) {
            ResourceBundleMessageSource service = new ResourceBundleMessageSource();
            service.setBasenames("messages");
            service.setDefaultEncoding("UTF-8");
            service.setFallbackToSystemLocale(false);
            service.setDefaultLocale(DEFAULT_LOCALE);
            service.setParentMessageSource(platform);
            service.setUseCodeAsDefaultMessage(false);
            this.messages = service;
        } else {
            this.messages = platform;
        }
    }

    public static ProblemMessages platformOnly() {
        return new ProblemMessages(null);
    }

    /** The supported locale that best matches an Accept-Language header; zh-CN when absent. */
    public static Locale resolveLocale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT_LOCALE;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale match = Locale.lookup(ranges, SUPPORTED);
            if (match != null) {
                return match;
            }
            for (Locale.LanguageRange range : ranges) {
                if (range.getRange().startsWith("en")) {
                    return Locale.ENGLISH;
                }
                if (range.getRange().startsWith("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A malformed header is the caller's mistake, not a reason to fail the error response.
        }
        return DEFAULT_LOCALE;
    }

    public String title(ProblemKind kind, Locale locale) {
        return message("problem." + kind.slug() + ".title", new Object[0], locale, kind.slug());
    }

    public String message(String key, Object[] args, Locale locale, String fallback) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            return fallback;
        }
    }
}
