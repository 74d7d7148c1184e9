package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.Measure;
import cn.yiwang.vectorcontrol.monitoring.domain.Method;
import cn.yiwang.vectorcontrol.monitoring.domain.MonitoringRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
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
 * thousands of them, and grading reads them all in one query rather than one per record.
 */
@Repository
class MonitoringRecordStore {

    private static final TypeReference<Map<Measure, BigDecimal>> MEASURES = new TypeReference<>() {
    };

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

    List<MonitoringRecord> ofSurvey(UUID surveyId) {
        return jdbc.sql("select method, measures::text as measures from monitoring_record where survey_id = ?")
                .param(surveyId)
                .query((rs, row) -> new MonitoringRecord(Method.valueOf(rs.getString("method")),
                        new EnumMap<>(json.readValue(rs.getString("measures"), MEASURES))))
                .list();
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
