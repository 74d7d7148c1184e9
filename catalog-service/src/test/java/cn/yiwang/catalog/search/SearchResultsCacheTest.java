package cn.yiwang.catalog.search;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SearchResultsCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger searches = new AtomicInteger();

    /** Stands in for the database search: each answer says how many searches ran before it. */
    private final ItemSearch database = new ItemSearch(null, null) {
        @Override
        public SearchPage search(SearchCriteria criteria) {
            return new SearchPage(List.of(), criteria.page(), criteria.size(), searches.incrementAndGet(), true);
        }
    };

    /** The background: work handed to it runs when the test says so. */
    private final java.util.Queue<Runnable> background = new java.util.ArrayDeque<>();

    private final SearchResultsCache cache = new SearchResultsCache(database, new SimpleMeterRegistry(),
            Duration.ofSeconds(30), 100, background::add, nanos::get);

    @Test
    void theSameSearchWithinTheTtlIsAnsweredWithoutAskingTheDatabaseAgain() {
        SearchPage first = cache.search(criteria("营业执照"));
        after(Duration.ofSeconds(10));
        SearchPage second = cache.search(criteria("营业执照"));

        assertThat(second).isEqualTo(first);
        assertThat(searches).hasValue(1);
        cache.search(criteria("出生"));
        assertThat(searches).as("other criteria are searched on their own").hasValue(2);
    }

    @Test
    void aPopularAnswerIsRenewedInTheBackgroundSoItsCallersNeverWaitForTheDatabase() {
        SearchPage kept = cache.search(criteria("营业执照"));

        after(Duration.ofSeconds(21));
        assertThat(cache.search(criteria("营业执照"))).as("the caller gets the kept answer at once").isEqualTo(kept);
        assertThat(searches).as("nothing searched while the caller waited").hasValue(1);
        assertThat(background).as("a renewal was handed to the background").isNotEmpty();

        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertThat(searches).hasValue(2);
        assertThat(cache.search(criteria("营业执照")).total()).as("the next caller gets the renewed one").isEqualTo(2);
    }

    @Test
    void anAnswerNobodyAskedForDuringTheTtlIsSearchedAgain() {
        cache.search(criteria("营业执照"));

        after(Duration.ofSeconds(31));

        assertThat(cache.search(criteria("营业执照")).total()).isEqualTo(2);
    }

    @Test
    void aPublicationDropsEveryKeptAnswer() {
        cache.search(criteria("营业执照"));

        cache.onPublished(null);

        assertThat(cache.search(criteria("营业执照")).total()).isEqualTo(2);
    }

    private void after(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static SearchCriteria criteria(String keyword) {
        return new SearchCriteria("610326", null, null, null, keyword, null, null, null, null, null, 0, 20, null);
    }
}
