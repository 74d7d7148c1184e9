package cn.yiwang.certificate.issuance.caseservice;

import cn.yiwang.common.security.ServiceTokenInterceptor;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET {case-service}/api/v1/cases/by-number/{number}/issuance-data} (case-service's
 * {@code contracts/rest/}) with this service's own client-credentials token, through the circuit
 * breaker {@code case-service}. 404 and 409 are answers (not counted against the breaker); being
 * down, slow, refusing the token or answering nonsense makes the case wait for a later attempt.
 */
@Component
public class CaseServiceClient {

    static final String BREAKER = "case-service";
    private static final Logger LOG = LoggerFactory.getLogger(CaseServiceClient.class);

    private final RestClient http;
    /** The same peer without this service's token: for questions asked with the caller's own token. */
    private final RestClient relay;
    private final CircuitBreaker breaker;

    /**
     * @param serviceToken present when {@code yiwang.service-client.client-id} is set (as in every deployment):
     *                     case-service hands out issuance data only to callers with the {@code service} role
     */
    CaseServiceClient(CaseServiceProperties properties, CircuitBreakerFactory<?, ?> breakers,
                      ObjectProvider<ServiceTokenInterceptor> serviceToken) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.connectTimeout());
        requests.setReadTimeout(properties.readTimeout());
        RestClient.Builder builder = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests);
        serviceToken.ifAvailable(builder::requestInterceptor);
        if (serviceToken.getIfAvailable() == null) {
            LOG.warn("yiwang.service-client.client-id is not set: calls to case-service carry no token and will be refused");
        }
        this.http = builder.build();
        this.relay = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.breaker = breakers.create(BREAKER);
    }

    /** Asks for the data; never throws. */
    public IssuanceDataAnswer issuanceData(String caseNumber) {
        return breaker.run(() -> http.get().uri("/api/v1/cases/by-number/{number}/issuance-data", caseNumber)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> {
                    int status = response.getStatusCode().value();
                    if (status == HttpStatus.OK.value()) {
                        CaseIssuanceDataV1 data = response.bodyTo(CaseIssuanceDataV1.class);
                        if (data == null || data.holder() == null) {
                            throw new IllegalStateException("case-service answered without issuance data");
                        }
                        return new IssuanceDataAnswer.Found(data);
                    }
                    if (status == HttpStatus.NOT_FOUND.value()) {
                        return new IssuanceDataAnswer.UnknownCase();
                    }
                    if (status == HttpStatus.CONFLICT.value()) {
                        return new IssuanceDataAnswer.NotIssuable(detail(response));
                    }
                    throw new IllegalStateException("case-service answered " + status);
                }), failure -> {
            LOG.warn("issuance data of case {} not available now, retried later: {}", caseNumber, failure.toString());
            return new IssuanceDataAnswer.Unavailable(failure.toString());
        });
    }

    /**
     * Whether case-service lets this caller see the case: {@code GET /api/v1/cases/by-number/{number}}
     * with the caller's own token, so case-service's scope rules (the accepting hall and the deciding
     * body, within their regions) decide who handles a case — certificate-service does not copy them.
     * Anything but 200, case-service being down included, is no: a grant's copy is never shown on doubt.
     */
    public boolean letsCallerSee(String caseNumber, String callerToken) {
        if (callerToken == null || caseNumber == null) {
            return false;
        }
        return breaker.run(() -> relay.get().uri("/api/v1/cases/by-number/{number}", caseNumber)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + callerToken)
                .accept(MediaType.APPLICATION_JSON)
                .exchange((request, response) -> response.getStatusCode().value() == HttpStatus.OK.value()), failure -> {
            LOG.warn("case-service could not say who handles case {}; the grant's copy is refused: {}", caseNumber, failure.toString());
            return false;
        });
    }

    private static String detail(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response) {
        try {
            JsonNode problem = response.bodyTo(JsonNode.class);
            return problem == null || problem.get("detail") == null ? null : problem.get("detail").asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The breaker tuned for this one peer (not Resilience4j's defaults): a short count-based window,
     * so a case-service restart opens it after a few calls instead of 100; a slow answer counts
     * like a failure; the time limiter sits above the HTTP timeouts, so the client's own timeouts
     * decide. An open breaker costs nothing: the conclusion simply waits for the next attempt.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CaseServiceProperties.class)
    static class BreakerConfiguration {

        @Bean
        Customizer<Resilience4JCircuitBreakerFactory> caseServiceBreaker(CaseServiceProperties properties) {
            CaseServiceProperties.Breaker tuning = properties.breaker();
            CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                    .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                    .slidingWindowSize(tuning.slidingWindowSize())
                    .minimumNumberOfCalls(tuning.minimumCalls())
                    .failureRateThreshold(tuning.failureRatePercent())
                    .slowCallDurationThreshold(tuning.slowCall())
                    .slowCallRateThreshold(tuning.slowCallRatePercent())
                    .waitDurationInOpenState(tuning.waitInOpenState())
                    .permittedNumberOfCallsInHalfOpenState(tuning.callsInHalfOpenState())
                    .build();
            TimeLimiterConfig limiter = TimeLimiterConfig.custom()
                    .timeoutDuration(properties.connectTimeout().plus(properties.readTimeout()).plusSeconds(1))
                    .build();
            return factory -> factory.configure(builder -> builder.circuitBreakerConfig(breaker).timeLimiterConfig(limiter), BREAKER);
        }
    }
}
