package cn.yiwang.cases.item;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Finds the item a case is filed under: the local read model first; for an item not seen yet (the
 * event may still be on its way) catalog-service over REST, keeping the answer locally.
 */
@Service
public class Items {

    private static final Logger log = LoggerFactory.getLogger(Items.class);

    private final ItemReadModel readModel;
    private final CatalogClient catalog;

    public Items(ItemReadModel readModel, CatalogClient catalog) {
        this.readModel = readModel;
        this.catalog = catalog;
    }

    /**
     * @throws CatalogClient.CatalogUnavailableException when the item is unknown here and catalog-service cannot answer
     */
    public Optional<PublishedItem> latest(String implementationCode) {
        Optional<PublishedItem> local = readModel.latest(implementationCode);
        if (local.isPresent()) {
            return local;
        }
        Optional<PublishedItem> remote = catalog.latest(implementationCode);
        remote.ifPresent(item -> {
            readModel.store(item);
            log.info("item {} v{} fetched from catalog-service", item.implementationCode(), item.version());
        });
        return remote;
    }
}
