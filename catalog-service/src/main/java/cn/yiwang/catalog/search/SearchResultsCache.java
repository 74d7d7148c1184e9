package cn.yiwang.catalog.search;

import cn.yiwang.catalog.item.messaging.ItemEventsV1;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Public search answers, kept briefly. Everybody gets the same answer for the same criteria, and
 * searches concentrate on few words (the high-frequency items of a portal's front page), so the
 * same page is asked for again and again; each costs several milliseconds of database time at
 * 200,000 items. An answer is kept for {@code yiwang.catalog.search.cache-ttl} (30 s) and all answers
 * are dropped when this instance publishes or withdraws an item (after the commit). Another
 * instance's publication shows here within the TTL — the guides themselves are public with
 * {@code Cache-Control: max-age=60}, so every channel already tolerates that much.
 *
 * <p>An answer still asked for is computed again in the background after two thirds of the TTL,
 * while callers keep getting the kept one; and callers asking for the same missing answer at the
 * same moment wait for one computation. Without that, every popular answer expired at once each
 * TTL and the wave of database searches set the 99th percentile (deploy/bench catalog, 2026-11-22).
 */
@Component
public class SearchResultsCache {

    private final LoadingCache<SearchCriteria, SearchPage> answers;

    @Autowired
    SearchResultsCache(ItemSearch search, MeterRegistry meters,
                       @Value("${yiwang.catalog.search.cache-ttl:30s}") Duration ttl,
                       @Value("${yiwang.catalog.search.cache-size:10000}") long size) {
        this(search, meters, ttl, size, ForkJoinPool.commonPool(), Ticker.systemTicker());
    }

    SearchResultsCache(ItemSearch search, MeterRegistry meters, Duration ttl, long size, Executor refreshes,
                       Ticker ticker) {
        // Invalid criteria throw in the search and are never cached; a failed background
        // computation keeps the answer there was.
        this.answers = Caffeine.newBuilder().refreshAfterWrite(ttl.multipliedBy(2).dividedBy(3)).expireAfterWrite(ttl)
                .maximumSize(size).executor(refreshes).ticker(ticker).recordStats().build(search::search);
        CaffeineCacheMetrics.monitor(meters, answers, "catalog.search");
    }

    /** The answer, from the cache when another caller asked the same within the TTL. */
    public SearchPage search(SearchCriteria criteria) {
        return answers.get(criteria);
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
