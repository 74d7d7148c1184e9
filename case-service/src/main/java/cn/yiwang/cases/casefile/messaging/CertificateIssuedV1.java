package cn.yiwang.cases.casefile.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * case-service's own reader of certificate-service's {@code certificate.issued} (topic
 * {@code certificate.certificate.v1}, type {@code yiwang.certificate.issued.v1}): which case's
 * approval the certificate was issued for, and its identifier (GB/T 36903). Tested against certificate-service's
 * own example, {@code certificate-service/src/main/resources/contracts/events/certificate.issued.json}.
 *
 * @param caseId              the case whose {@code case.concluded} event caused the issue
 * @param identifier          the certificate identifier ({@code 1.2.156.3005.2.…})
 * @param certificateTypeCode the certificate type (GB/T 36903 type code)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CertificateIssuedV1(String caseId, String caseNumber, String identifier,
                                  String certificateTypeCode) {

    public static final String TOPIC = "certificate.certificate.v1";
    public static final String TYPE = "yiwang.certificate.issued.v1";
}
