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
 * {@code yiwang.catalog.synthetic-items=N} (benchmark databases only): at start-up the catalog is
 * topped up to at least N implementation items with synthetic published ones, written in bulk
 * (no events, no bundles; ~3 s per 2,000 items on 2 cores) after the demo catalog if that is
 * loaded too. Restarting with the same N adds nothing. The synthetic basic codes ("61" + type +
 * serial, national layout) continue after the items already there; they may collide with real
 * basic codes, which is why this never runs against a real catalog.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "yiwang.catalog.synthetic-items")
class SyntheticItemsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticItemsLoader.class);

    private final DemoDataGenerator generator;
    private final int target;

    SyntheticItemsLoader(DemoDataGenerator generator, @Value("${yiwang.catalog.synthetic-items}") int target) {
        if (target < 0) {
            throw new IllegalArgumentException("yiwang.catalog.synthetic-items must not be negative: " + target);
        }
        this.generator = generator;
        this.target = target;
    }

    @Override
    public void run(ApplicationArguments args) {
        int existing = generator.implementationItems();
        if (existing >= target) {
            log.info("synthetic items: the catalog has {} items, at least {}; nothing added", existing, target);
            return;
        }
        // Serials continue after the demo's, so a demo catalog and synthetic items never share a code.
        int from = Math.max(existing, DemoDataGenerator.DEMO_ITEMS);
        log.info("synthetic items: adding {} to the {} there", target - existing, existing);
        generator.loadBulk(from, target - existing);
    }
}
