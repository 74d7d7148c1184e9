package cn.yiwang.vectorcontrol.support;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Names of domain terms in the caller's language ({@code messages*.properties}), e.g. level.A → A级. */
@Component
public class Labels {

    private final MessageSource messages;

    public Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of {@code prefix.name}, or the name itself when no label is defined. */
    public String of(String prefix, Enum<?> value) {
        return value == null ? null : of(prefix + "." + value.name(), value.name());
    }

    public String of(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
