package cn.yiwang.hotline.hotspot;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.hotline.ticket.messaging.TicketEventsV1.TicketCreated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Counts, in the transaction that takes a ticket in, the tickets of the same category in the same
 * area within the window; the ticket that reaches the threshold raises the hotspot, once per
 * window (a hotspot raised within the window is not raised again).
 */
@Component
class HotspotDetector {

    private final JdbcTemplate jdbc;
    private final HotspotProperties properties;
    private final ApplicationEventPublisher events;

    HotspotDetector(JdbcTemplate jdbc, HotspotProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
    }

    @EventListener
    void on(TicketCreated created) {
        String area = area(created.regionCode());
        Instant since = created.occurredAt().minus(properties.window());
        // In a burst of one category in one area the hotspot is raised by the first few tickets; every
        // later one only needs to see that, without the lock below (held until its transaction ends,
        // it would queue every intake of the burst behind the previous one).
        if (alreadyRaised(created.categoryCode(), area, since)) {
            return;
        }
        // Serialise detection per category and area, so two tickets arriving together raise one hotspot.
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "hotspot:" + created.categoryCode() + ":" + area);
        if (alreadyRaised(created.categoryCode(), area, since)) {
            return;
        }
        List<String> tickets = jdbc.queryForList("""
                select id from ticket where category_code = ? and region_code like ? and created_at > ? and created_at <= ?
                order by created_at, id""", String.class, created.categoryCode(), RegionCode.of(area).prefix() + "%",
                Timestamp.from(since), Timestamp.from(created.occurredAt()));
        if (tickets.size() < properties.threshold()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        jdbc.update("""
                insert into hotspot (id, category_code, region_code, window_start, detected_at, ticket_count, ticket_ids)
                values (?, ?, ?, ?, ?, ?, ?)""", id, created.categoryCode(), area, Timestamp.from(since),
                Timestamp.from(created.occurredAt()), tickets.size(), String.join(",", tickets));
        events.publishEvent(new HotspotDetected(UUID.randomUUID(), id, created.categoryCode(), area, created.occurredAt(), since,
                tickets.size(), tickets));
    }

    private boolean alreadyRaised(String categoryCode, String area, Instant since) {
        return !jdbc.queryForList("""
                select 1 from hotspot where category_code = ? and region_code = ? and detected_at > ? limit 1""",
                Integer.class, categoryCode, area, Timestamp.from(since)).isEmpty();
    }

    /** The county-level area of a region: 610326001001 (a village) counts in 610326. */
    static String area(String regionCode) {
        return regionCode.length() > 6 ? regionCode.substring(0, 6) : regionCode;
    }
}
