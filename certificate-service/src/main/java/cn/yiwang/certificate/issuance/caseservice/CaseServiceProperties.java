package cn.yiwang.certificate.issuance.caseservice;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code yiwang.certificate.cases.*}: how this service asks case-service for a concluded case's
 * issuance data, and how it retries while case-service is away.
 *
 * @param baseUrl        case-service's base URL ({@code YIWANG_CERTIFICATE_CASES_BASEURL})
 * @param connectTimeout time to open the connection
 * @param readTimeout    time to wait for the answer; above it the call counts as failed (and slow)
 * @param retry          the scheduled retry of conclusions still waiting for their data
 * @param breaker        the circuit breaker {@code case-service} around each call
 */
@ConfigurationProperties("yiwang.certificate.cases")
public record CaseServiceProperties(String baseUrl, Duration connectTimeout, Duration readTimeout, Retry retry, Breaker breaker) {

    public CaseServiceProperties {
        baseUrl = baseUrl == null ? "http://127.0.0.1:8082" : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
        retry = retry == null ? new Retry(true, null, null, null, 0) : retry;
        breaker = breaker == null ? new Breaker(0, 0, 0, null, 0, null, 0) : breaker;
    }

    /**
     * @param enabled     whether the schedule runs (tests may drive it themselves)
     * @param interval    how often waiting conclusions are looked at; also the first back-off step
     * @param maxBackoff  the longest wait between two attempts for one case (back-off doubles up to it)
     * @param lease       how long a claimed conclusion is left to the instance that claimed it
     * @param batchSize   conclusions claimed per run
     */
    public record Retry(boolean enabled, Duration interval, Duration maxBackoff, Duration lease, int batchSize) {

        public Retry {
            interval = interval == null ? Duration.ofSeconds(30) : interval;
            maxBackoff = maxBackoff == null ? Duration.ofMinutes(30) : maxBackoff;
            lease = lease == null ? Duration.ofMinutes(2) : lease;
            batchSize = batchSize <= 0 ? 20 : batchSize;
        }
    }

    /**
     * @param slidingWindowSize       calls the failure rate is computed over
     * @param minimumCalls            calls before the breaker may open
     * @param failureRatePercent      failed calls (down, 5xx, timeout) that open it
     * @param slowCall                a call slower than this counts as slow
     * @param slowCallRatePercent     slow calls that open it
     * @param waitInOpenState         how long it stays open before letting trial calls through
     * @param callsInHalfOpenState    trial calls while half open
     */
    public record Breaker(int slidingWindowSize, int minimumCalls, int failureRatePercent, Duration slowCall,
                          int slowCallRatePercent, Duration waitInOpenState, int callsInHalfOpenState) {

        public Breaker {
            slidingWindowSize = slidingWindowSize <= 0 ? 10 : slidingWindowSize;
            minimumCalls = minimumCalls <= 0 ? 4 : minimumCalls;
            failureRatePercent = failureRatePercent <= 0 ? 50 : failureRatePercent;
            slowCall = slowCall == null ? Duration.ofMillis(2500) : slowCall;
            slowCallRatePercent = slowCallRatePercent <= 0 ? 80 : slowCallRatePercent;
            waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(30) : waitInOpenState;
            callsInHalfOpenState = callsInHalfOpenState <= 0 ? 2 : callsInHalfOpenState;
        }
    }
}
