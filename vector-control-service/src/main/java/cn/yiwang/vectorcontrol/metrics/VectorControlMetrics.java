package cn.yiwang.vectorcontrol.metrics;

import cn.yiwang.vectorcontrol.place.domain.PlaceType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * {@code yiwang.vectorcontrol.places{district, level}}: the key places (重点场所) registered in each
 * district (county-level code), tagged with the district's latest control level — the worst
 * species level of its most recently evaluated survey (a species' level is its worst
 * sub-indicator, and a district is only as good as its worst species): A, B or C, or {@code none}
 * when the district has no evaluated survey or is below standard (不达标: no level reached).
 *
 * <p>Kept cheap: one aggregate query on a schedule ({@code yiwang.vector-control.metrics.refresh},
 * one minute by default); a scrape only reads the last result.
 */
@Component
class VectorControlMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(VectorControlMetrics.class);

    private final JdbcTemplate jdbc;
    private final String[] keyPlaceTypes = Arrays.stream(PlaceType.values()).filter(PlaceType::keyPlace)
            .map(Enum::name).toArray(String[]::new);
    private volatile MultiGauge places;

    VectorControlMetrics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        places = MultiGauge.builder("yiwang.vectorcontrol.places")
                .description("Key places per district, tagged with the district's latest control level (A, B, C, none)")
                .register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${yiwang.vector-control.metrics.refresh:PT1M}")
    void refresh() {
        try {
            String types = String.join(",", Arrays.stream(keyPlaceTypes).map(type -> "'" + type + "'").toList());
            List<MultiGauge.Row<?>> rows = jdbc.query("""
                    with latest as (
                        select distinct on (left(region_code, 6)) left(region_code, 6) as district, id
                          from survey where evaluated_at is not null
                         order by left(region_code, 6), evaluated_at desc, id),
                    district_level as (
                        select latest.district,
                               case when count(l.level) = 0 or bool_or(l.level = 'BELOW_STANDARD') then 'none'
                                    when bool_or(l.level = 'C') then 'C'
                                    when bool_or(l.level = 'B') then 'B'
                                    else 'A' end as level
                          from latest left join survey_level l on l.survey_id = latest.id
                         group by latest.district)
                    select left(p.region_code, 6) as district, coalesce(d.level, 'none') as level, count(*) as places
                      from place p left join district_level d on d.district = left(p.region_code, 6)
                     where p.place_type in (""" + types + """
                    )
                     group by left(p.region_code, 6), coalesce(d.level, 'none')""",
                    (rs, n) -> MultiGauge.Row.of(Tags.of("district", rs.getString("district"), "level", rs.getString("level")),
                            rs.getLong("places")));
            MultiGauge gauge = places;
            if (gauge != null) {
                gauge.register(rows, true);
            }
        } catch (RuntimeException e) {
            log.warn("vector-control metrics not refreshed, next run retries: {}", e.toString());
        }
    }
}
