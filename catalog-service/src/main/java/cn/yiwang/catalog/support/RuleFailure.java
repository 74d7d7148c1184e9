package cn.yiwang.catalog.support;

import java.util.Arrays;

/**
 * One element of a request or a guide that breaks a rule: the element's name (JSON path), a
 * stable code clients branch on, and the message key (with arguments) that explains it in zh-CN or
 * English. Plain Java, so domain rules can produce it.
 */
public record RuleFailure(String field, String code, String messageKey, Object... args) {

    public RuleFailure {
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleFailure that && field.equals(that.field) && code.equals(that.code)
                && messageKey.equals(that.messageKey) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * field.hashCode() + code.hashCode()) + messageKey.hashCode();
    }

    @Override
    public String toString() {
        return field + ": " + code;
    }
}
