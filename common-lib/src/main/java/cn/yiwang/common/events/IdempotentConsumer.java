package cn.yiwang.common.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.Consumer;

/**
 * Runs a consumer's handler at most once per event: the event's {@code ce_id} is recorded in
 * {@code processed_event} in the same database transaction as the handler's own changes, so a
 * redelivered record (Kafka delivers at least once, and the outbox may publish twice) changes
 * nothing.
 *
 * <p>The marker is inserted before the handler runs: a second delivery processed concurrently
 * waits on the primary key until the first transaction ends and then finds the marker. If the
 * handler fails, the transaction rolls back, the marker with it, and the redelivery runs again.
 */
public class IdempotentConsumer {

    private static final String MARK = """
            INSERT INTO processed_event (consumer, event_id, processed_at)
            VALUES (?, ?, now())
            ON CONFLICT (consumer, event_id) DO NOTHING
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public IdempotentConsumer(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs {@code handler} unless {@code consumer} has already processed {@code eventId}; joins the
     * caller's transaction if there is one.
     *
     * @return {@code true} if the handler ran, {@code false} for a duplicate
     */
    public boolean handleOnce(String eventId, String consumer, Runnable handler) {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an event without ce_id cannot be de-duplicated");
        }
        Boolean handled = transactions.execute(status -> {
            if (jdbc.update(MARK, consumer, eventId) == 0) {
                return false;
            }
            handler.run();
            return true;
        });
        return Boolean.TRUE.equals(handled);
    }

    /** {@link #handleOnce(String, String, Runnable)} keyed by the record's {@code ce_id} header. */
    public <K, V> boolean handleOnce(ConsumerRecord<K, V> record, String consumer, Consumer<ConsumerRecord<K, V>> handler) {
        return handleOnce(ReceivedEvent.of(record).id(), consumer, () -> handler.accept(record));
    }
}
