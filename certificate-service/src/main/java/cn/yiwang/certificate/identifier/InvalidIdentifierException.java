package cn.yiwang.certificate.identifier;

/** A text that is not a certificate identifier of GB/T 36904; the reason says which part is wrong. */
public class InvalidIdentifierException extends IllegalArgumentException {

    public enum Reason {
        FORMAT, ROOT, TYPE_CODE, ISSUER_CODE, SERIAL, VERSION, CHECK_CHARACTER;

        /** Message key in the service's bundle. */
        public String messageKey() {
            return "certificate.identifier." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public InvalidIdentifierException(Reason reason) {
        super("not a certificate identifier (GB/T 36904): " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
