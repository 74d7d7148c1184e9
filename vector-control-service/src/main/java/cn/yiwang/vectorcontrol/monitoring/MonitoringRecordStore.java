package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.Measure;
import cn.yiwang.vectorcontrol.monitoring.domain.Method;
import cn.yiwang.vectorcontrol.monitoring.domain.MonitoringRecord;
import cn.yiwang.vectorcontrol.monitoring.domain.PooledRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Monitoring records, kept outside the survey aggregate on purpose: a city survey holds tens of
 * thousands of them, and grading pools them in one aggregate query rather than reading them.
 */
@Repository
class MonitoringRecordStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;

    MonitoringRecordStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
    }

    /** One batched statement for the whole call: a city survey arrives in batches of thousands. */
    void addAll(UUID surveyId, List<EnteredRecord> entered) {
        jdbcTemplate.batchUpdate("""
                        insert into monitoring_record (id, survey_id, method, species, observed_on, location, measures,
                                                       entered_by, entered_at)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""", entered, 500, (statement, record) -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, surveyId);
            statement.setString(3, record.record().method().name());
            statement.setString(4, record.record().species().name());
            statement.setObject(5, record.observedOn());
            statement.setString(6, record.location());
            statement.setString(7, json.writeValueAsString(record.record().measures()));
            statement.setString(8, record.enteredBy());
            statement.setTimestamp(9, Timestamp.from(record.enteredAt()));
        });
    }

    /**
     * The survey's records pooled per method, summed by the database: one aggregate over the
     * survey's rows returns a few dozen sums (method × measure) instead of every record, so grading
     * a city survey of 10,000 records reads no record into memory.
     */
    PooledRecords pooledOfSurvey(UUID surveyId) {
        Map<Method, Map<Measure, BigDecimal>> totals = new EnumMap<>(Method.class);
        jdbc.sql("""
                        select r.method, m.key as measure, sum(m.value::numeric) as total
                        from monitoring_record r cross join lateral jsonb_each_text(r.measures) m
                        where r.survey_id = ?
                        group by r.method, m.key""")
                .param(surveyId)
                .query(rs -> {
                    totals.computeIfAbsent(Method.valueOf(rs.getString("method")), m -> new EnumMap<>(Measure.class))
                            .put(Measure.valueOf(rs.getString("measure")), rs.getBigDecimal("total"));
                });
        return new PooledRecords(totals, countOfSurvey(surveyId));
    }

    int countOfSurvey(UUID surveyId) {
        return jdbc.sql("select count(*) from monitoring_record where survey_id = ?").param(surveyId)
                .query(Integer.class).single();
    }

    /** A record as entered: where, when and by whom, besides the numbers. */
    record EnteredRecord(MonitoringRecord record, LocalDate observedOn, String location, String enteredBy,
                         Instant enteredAt) {
    }
}
