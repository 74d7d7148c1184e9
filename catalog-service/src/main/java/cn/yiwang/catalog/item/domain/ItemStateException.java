package cn.yiwang.catalog.item.domain;

/** A transition the item's current state does not allow; the message key explains it to the caller. */
public class ItemStateException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ItemStateException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
