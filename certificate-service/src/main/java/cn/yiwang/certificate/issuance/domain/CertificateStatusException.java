package cn.yiwang.certificate.issuance.domain;

/** A status change that the certificate's current status does not allow, e.g. reinstating a revoked one. */
public class CertificateStatusException extends RuntimeException {

    private final CertificateStatus current;
    private final String action;

    public CertificateStatusException(CertificateStatus current, String action) {
        super("a " + current + " certificate cannot be " + action);
        this.current = current;
        this.action = action;
    }

    public CertificateStatus current() {
        return current;
    }

    public String action() {
        return action;
    }
}
