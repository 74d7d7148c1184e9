package cn.yiwang.cases.item;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Finds the item a case is filed under: the local read model first; for an item not seen yet (the
 * event may still be on its way) catalog-service over REST, keeping the answer locally. An item whose latest
 * version known here is withdrawn is refused without asking catalog-service: only a newer published version
 * opens it again (catalog-service answers 404 for a withdrawn code anyway).
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
     * @return the latest published version, or empty when neither this service nor catalog-service knows the item
     * @throws ItemWithdrawnException when the latest version known here is withdrawn
     * @throws CatalogClient.CatalogUnavailableException when the item is unknown here and catalog-service cannot answer
     */
    public Optional<PublishedItem> latest(String implementationCode) {
        var local = readModel.latest(implementationCode);
        if (local.isPresent()) {
            if (local.get().withdrawn()) {
                throw new ItemWithdrawnException(local.get().document());
            }
            return Optional.of(local.get().document());
        }
        Optional<PublishedItem> remote = catalog.latest(implementationCode);
        remote.ifPresent(item -> {
            readModel.store(item);
            log.info("item {} v{} fetched from catalog-service", item.implementationCode(), item.version());
        });
        return remote;
    }
}
