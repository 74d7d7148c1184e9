package cn.yiwang.cases.material;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.beans.factory.ObjectProvider;
import cn.yiwang.common.security.ServiceTokenInterceptor;

import java.time.Duration;

/**
 * {@code POST {certificate}/api/v1/certificates/verifications} through the circuit breaker
 * {@code certificate}. Any failure — down, slow, circuit open, unexpected answer — leaves the
 * material pending; the re-check job asks again later.
 */
@Component
class RestCertificateVerifier implements CertificateVerifier {

    private static final Logger log = LoggerFactory.getLogger(RestCertificateVerifier.class);

    private final RestClient http;
    private final CircuitBreaker breaker;

    /**
     * @param serviceToken present when {@code yiwang.service-client.client-id} is set (as in every deployment):
     *                     certificate-service answers this question only to a caller with the {@code service} role
     */
    RestCertificateVerifier(CircuitBreakerFactory<?, ?> breakers,
                            @Value("${yiwang.cases.certificate.base-url}") String baseUrl,
                            @Value("${yiwang.cases.certificate.timeout:2s}") Duration timeout,
                            ObjectProvider<ServiceTokenInterceptor> serviceToken) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        RestClient.Builder builder = RestClient.builder().baseUrl(baseUrl).requestFactory(requests);
        serviceToken.ifAvailable(builder::requestInterceptor);
        this.http = builder.build();
        this.breaker = breakers.create("certificate");
    }

    @Override
    public Verification verify(String identifier, String certificateType, String holderIdHash) {
        return breaker.run(() -> {
            VerificationAnswer answer = http.post().uri("/api/v1/certificates/verifications")
                    .body(new VerificationQuestion(identifier, certificateType, holderIdHash))
                    .retrieve().body(VerificationAnswer.class);
            if (answer == null || answer.usable() == null) {
                throw new IllegalStateException("certificate-service gave no verdict");
            }
            return answer.usable() ? Verification.VERIFIED : Verification.REJECTED;
        }, failure -> {
            log.warn("certificate {} left pending verification: {}", identifier, failure.toString());
            return Verification.PENDING;
        });
    }

    /** What case-service asks: is this certificate of this type held by this holder, and valid now? */
    record VerificationQuestion(String identifier, String certificateType, String holderIdHash) {
    }

    /** certificate-service's verdict; other fields of its answer are ignored. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record VerificationAnswer(Boolean usable, String reason) {
    }
}
