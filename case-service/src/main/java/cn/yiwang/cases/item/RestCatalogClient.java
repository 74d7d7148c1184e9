package cn.yiwang.cases.item;

import cn.yiwang.cases.item.messaging.CatalogGuideV1;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code GET {catalog}/api/v1/catalog/public/items/{code}} (the published service guide) through the circuit breaker
 * {@code catalog}: while catalog-service is down, callers get a quick "unavailable" instead of
 * waiting on every request. A 404 is an answer (the item does not exist), not a failure.
 */
@Component
class RestCatalogClient implements CatalogClient {

    private final RestClient http;
    private final CircuitBreaker breaker;

    RestCatalogClient(CircuitBreakerFactory<?, ?> breakers,
                      @Value("${yiwang.cases.catalog.base-url}") String baseUrl,
                      @Value("${yiwang.cases.catalog.timeout:2s}") Duration timeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
        this.breaker = breakers.create("catalog");
    }

    @Override
    public Optional<PublishedItem> latest(String implementationCode) {
        return breaker.run(() -> fetch(implementationCode), failure -> {
            throw new CatalogUnavailableException("catalog-service did not answer for " + implementationCode, failure);
        });
    }

    private Optional<PublishedItem> fetch(String implementationCode) {
        try {
            CatalogGuideV1 guide = http.get().uri("/api/v1/catalog/public/items/{code}", implementationCode)
                    .retrieve().body(CatalogGuideV1.class);
            return Optional.ofNullable(guide).map(CatalogGuideV1::toItem);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
