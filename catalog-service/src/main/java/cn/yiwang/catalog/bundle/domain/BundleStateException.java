package cn.yiwang.catalog.bundle.domain;

/** A change the bundle's current state does not allow; the message key explains it to the caller. */
public class BundleStateException extends RuntimeException {

    private final String messageKey;

    public BundleStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
