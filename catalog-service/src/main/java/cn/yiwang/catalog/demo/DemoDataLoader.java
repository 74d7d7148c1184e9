package cn.yiwang.catalog.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo catalog at start-up when {@code yiwang.catalog.demo-data.enabled=true} (the local
 * launcher sets it) and the catalog is empty. {@code yiwang.catalog.demo-data.items} sets the size:
 * the default for the demo, 200000 for benchmarks. The first {@value DemoDataGenerator#DEMO_ITEMS} go
 * through the real commands (events, bundles); the rest is written in bulk.
 */
@Component
@Order(1) // before SyntheticItemsLoader, which tops the demo catalog up
@ConditionalOnProperty(name = "yiwang.catalog.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoDataGenerator generator;
    private final int items;

    DemoDataLoader(DemoDataGenerator generator, @Value("${yiwang.catalog.demo-data.items:260}") int items) {
        this.generator = generator;
        this.items = items;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!generator.catalogIsEmpty()) {
            log.info("demo data: the catalog already has items, nothing loaded");
            return;
        }
        log.info("demo data: loading {} items", items);
        int throughCommands = Math.min(items, DemoDataGenerator.DEMO_ITEMS);
        generator.load(throughCommands);
        if (items > throughCommands) {
            generator.loadBulk(throughCommands, items - throughCommands);
        }
    }
}
