package cn.yiwang.cases.bundle;

import cn.yiwang.cases.bundle.messaging.BundlePublishedV1;
import cn.yiwang.cases.item.CatalogClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the bundle an application is for: the local read model first; for a bundle not seen yet
 * catalog-service's {@code GET /api/v1/catalog/public/bundles/{id}} through the {@code catalog}
 * circuit breaker, keeping the answer locally. A 404 is an answer, not a failure. A bundle whose latest version
 * known here is withdrawn is refused without asking catalog-service (which answers 404 for it anyway).
 */
@Service
public class Bundles {

    private static final Logger log = LoggerFactory.getLogger(Bundles.class);

    private final BundleReadModel readModel;
    private final RestClient http;
    private final CircuitBreaker breaker;

    Bundles(BundleReadModel readModel, CircuitBreakerFactory<?, ?> breakers,
            @Value("${yiwang.cases.catalog.base-url}") String baseUrl,
            @Value("${yiwang.cases.catalog.timeout:2s}") Duration timeout) {
        this.readModel = readModel;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
        this.breaker = breakers.create("catalog");
    }

    /**
     * @throws BundleWithdrawnException when the latest version known here is withdrawn
     * @throws CatalogClient.CatalogUnavailableException when the bundle is unknown here and catalog-service cannot answer
     */
    public Optional<PublishedBundle> latest(UUID bundleId) {
        var local = readModel.latest(bundleId);
        if (local.isPresent()) {
            if (local.get().withdrawn()) {
                throw new BundleWithdrawnException(local.get().document());
            }
            return Optional.of(local.get().document());
        }
        Optional<PublishedBundle> remote = breaker.run(() -> fetch(bundleId), failure -> {
            throw new CatalogClient.CatalogUnavailableException("catalog-service did not answer for bundle " + bundleId, failure);
        });
        remote.ifPresent(bundle -> {
            readModel.store(bundle);
            log.info("bundle {} v{} fetched from catalog-service", bundle.bundleId(), bundle.version());
        });
        return remote;
    }

    private Optional<PublishedBundle> fetch(UUID bundleId) {
        try {
            BundlePublishedV1.Merged merged = http.get().uri("/api/v1/catalog/public/bundles/{id}", bundleId)
                    .retrieve().body(BundlePublishedV1.Merged.class);
            return Optional.ofNullable(merged).map(BundlePublishedV1.Merged::toBundle);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
