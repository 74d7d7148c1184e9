package cn.yiwang.catalog.search;

import cn.yiwang.catalog.item.messaging.ItemEventsV1;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;

/**
 * Public search answers, kept briefly. Everybody gets the same answer for the same criteria, and
 * searches concentrate on few words (the high-frequency items of a portal's front page), so the
 * same page is asked for again and again; each costs several milliseconds of database time at
 * 200,000 items. An answer is kept for {@code yiwang.catalog.search.cache-ttl} (30 s) and all answers
 * are dropped when this instance publishes or withdraws an item (after the commit). Another
 * instance's publication shows here within the TTL — the guides themselves are public with
 * {@code Cache-Control: max-age=60}, so every channel already tolerates that much.
 */
@Component
public class SearchResultsCache {

    private final ItemSearch search;
    private final Cache<SearchCriteria, SearchPage> answers;

    SearchResultsCache(ItemSearch search, MeterRegistry meters,
                       @Value("${yiwang.catalog.search.cache-ttl:30s}") Duration ttl,
                       @Value("${yiwang.catalog.search.cache-size:10000}") long size) {
        this.search = search;
        this.answers = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(size).recordStats().build();
        CaffeineCacheMetrics.monitor(meters, answers, "catalog.search");
    }

    /** The answer, from the cache when another caller asked the same within the TTL. */
    public SearchPage search(SearchCriteria criteria) {
        SearchPage cached = answers.getIfPresent(criteria);
        if (cached != null) {
            return cached;
        }
        // Invalid criteria throw here and are never cached.
        SearchPage page = search.search(criteria);
        answers.put(criteria, page);
        return page;
    }

    @EventListener
    void onPublished(ItemEventsV1.ItemPublished published) {
        dropAllAfterCommit();
    }

    @EventListener
    void onWithdrawn(ItemEventsV1.ItemWithdrawn withdrawn) {
        dropAllAfterCommit();
    }

    /**
     * Dropped now (a search inside the same transaction) and again after the commit, so an answer
     * computed by a concurrent search just before the commit does not survive it.
     */
    private void dropAllAfterCommit() {
        answers.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    answers.invalidateAll();
                }
            });
        }
    }
}
