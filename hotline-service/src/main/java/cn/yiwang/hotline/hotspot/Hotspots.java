package cn.yiwang.hotline.hotspot;

import cn.yiwang.common.identifier.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Reads the hotspots raised in a region. */
@Service
public class Hotspots {

    private final JdbcTemplate jdbc;

    public Hotspots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Hotspot(String id, String categoryCode, String regionCode, Instant windowStart, Instant detectedAt,
                          int ticketCount, List<String> ticketIds) {
    }

    public List<Hotspot> inRegion(String regionCode, int limit) {
        return jdbc.query("""
                select * from hotspot where region_code like ? order by detected_at desc, id limit ?""",
                (rs, n) -> new Hotspot(rs.getString("id"), rs.getString("category_code"), rs.getString("region_code"),
                        rs.getTimestamp("window_start").toInstant(), rs.getTimestamp("detected_at").toInstant(),
                        rs.getInt("ticket_count"), Arrays.asList(rs.getString("ticket_ids").split(","))),
                RegionCode.of(regionCode).prefix() + "%", limit);
    }
}
