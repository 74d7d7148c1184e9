package cn.yiwang.cases.bundle.domain;

/** A step the bundle application's state does not allow; nothing was changed. */
public class BundleRuleException extends RuntimeException {

    private final String messageKey;

    public BundleRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
