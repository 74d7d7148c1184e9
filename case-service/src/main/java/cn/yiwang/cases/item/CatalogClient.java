package cn.yiwang.cases.item;

import java.util.Optional;

/** Asks catalog-service for an item this service has not seen published yet. */
public interface CatalogClient {

    /**
     * @return the latest published version, or empty when catalog-service does not know it
     * @throws CatalogUnavailableException when catalog-service cannot answer (down, slow, circuit open)
     */
    Optional<PublishedItem> latest(String implementationCode);

    class CatalogUnavailableException extends RuntimeException {
        public CatalogUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
