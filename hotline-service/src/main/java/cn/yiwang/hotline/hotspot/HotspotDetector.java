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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts, in the transaction that takes a ticket in, the tickets of the same category in the same
 * area within the window; the ticket that reaches the threshold raises the hotspot, once per
 * window (a hotspot raised within the window is not raised again).
 *
 * <p>In a burst of one category in one area the hotspot is raised by the first few tickets. Every later
 * ticket only needs to know that: the detection time of the latest hotspot seen per category and area is
 * remembered (hotspots are never withdrawn, so a remembered one stays true on every instance), and a ticket
 * within its window asks the database nothing.
 */
@Component
class HotspotDetector {

    private final JdbcTemplate jdbc;
    private final HotspotProperties properties;
    private final ApplicationEventPublisher events;
    /** category:area → when its latest hotspot known here was detected. */
    private final Map<String, Instant> raised = new ConcurrentHashMap<>();

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
        String key = categoryCode + ":" + area;
        Instant known = raised.get(key);
        if (known != null && known.isAfter(since)) {
            return true;
        }
        List<Timestamp> latest = jdbc.queryForList("""
                select max(detected_at) from hotspot where category_code = ? and region_code = ? and detected_at > ?""",
                Timestamp.class, categoryCode, area, Timestamp.from(since));
        if (latest.isEmpty() || latest.get(0) == null) {
            return false;
        }
        remember(key, latest.get(0).toInstant());
        return true;
    }

    private void remember(String key, Instant detectedAt) {
        raised.merge(key, detectedAt, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** The county-level area of a region: 610326001001 (a village) counts in 610326. */
    static String area(String regionCode) {
        return regionCode.length() > 6 ? regionCode.substring(0, 6) : regionCode;
    }
}
