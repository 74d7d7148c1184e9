package cn.yiwang.cases.material;

/**
 * Checks with certificate-service that an e-certificate can stand in for a material (免证办): it
 * exists, is valid, belongs to the applicant and is of the type the guide names.
 */
public interface CertificateVerifier {

    /**
     * @return {@link Verification#VERIFIED} or {@link Verification#REJECTED} when certificate-service
     *         answered, {@link Verification#PENDING} when it could not: never an assumed "valid"
     */
    Verification verify(String identifier, String certificateType, String holderIdHash);
}
