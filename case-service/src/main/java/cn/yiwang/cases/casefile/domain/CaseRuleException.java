package cn.yiwang.cases.casefile.domain;

/**
 * A rule of the case refused the request; nothing changed. The key names the message in the
 * service's bundles (zh-CN and English), so the caller reads why.
 */
public class CaseRuleException extends RuntimeException {

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;

    public CaseRuleException(Kind kind, String messageKey, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    static CaseRuleException illegalTransition(String action, CaseStatus status) {
        return new CaseRuleException(Kind.ILLEGAL_TRANSITION, "case.illegal-transition", action, status.name());
    }

    static CaseRuleException conflict(String messageKey, Object... args) {
        return new CaseRuleException(Kind.ILLEGAL_TRANSITION, messageKey, args);
    }

    static CaseRuleException rule(String messageKey, Object... args) {
        return new CaseRuleException(Kind.RULE_VIOLATED, messageKey, args);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public enum Kind {
        /** The case's current state does not allow this step (HTTP 409). */
        ILLEGAL_TRANSITION,
        /** The request itself breaks a rule, whatever the state (HTTP 422). */
        RULE_VIOLATED
    }
}
