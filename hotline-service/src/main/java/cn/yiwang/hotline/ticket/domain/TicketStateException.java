package cn.yiwang.hotline.ticket.domain;

/** A step the ticket's current state does not allow (answered as 409); the key explains it. */
public class TicketStateException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public TicketStateException(String messageKey, Object... args) {
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
