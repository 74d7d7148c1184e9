package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.vectorcontrol.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import cn.yiwang.vectorcontrol.monitoring.domain.DensityEvaluator;
import cn.yiwang.vectorcontrol.monitoring.domain.Measure;
import cn.yiwang.vectorcontrol.monitoring.domain.Method;
import cn.yiwang.vectorcontrol.monitoring.domain.MonitoringRecord;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark support: the service started with {@code synthetic-survey-records=10000} holds the
 * documented city survey, which a supervisor of Baoji grades with the documented call. The time of
 * that call is printed for a hand measurement, never asserted: speed is checked by deploy/bench.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "yiwang.vector-control.synthetic-survey-records=10000")
class SyntheticSurveyIT {

    private static final String EVALUATION = "/surveys/" + SyntheticSurvey.SURVEY_ID + "/evaluation";

    @LocalServerPort
    int port;
    @Value("${yiwang.api.base-path}")
    String basePath;
    @Autowired
    SyntheticSurvey syntheticSurvey;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MonitoringRecordStore records;
    @Autowired
    ThresholdTables tables;
    @Autowired
    JsonMapper json;

    Api api;
    String supervisorOfBaoji;

    @BeforeEach
    void setUp() {
        api = new Api(port, basePath);
        supervisorOfBaoji = Tokens.forRoles("supervisor").region("610300").subject("supervisor.baoji").bearer();
    }

    @Test
    void theCitySurveyOfTenThousandRecordsGradesRatsBMosquitoesAFliesCAndCockroachesB() {
        Api.Response survey = api.get("/surveys/" + SyntheticSurvey.SURVEY_ID, supervisorOfBaoji);
        Api.Response evaluated = api.get(EVALUATION, supervisorOfBaoji);

        assertThat(survey.status()).as(survey.toString()).isEqualTo(200);
        assertThat(survey.json().get("regionCode").asString()).isEqualTo("610302");
        assertThat(survey.json().get("periodStart").asString()).isEqualTo("2026-04-01");
        assertThat(survey.json().get("periodEnd").asString()).isEqualTo("2026-04-30");
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        JsonNode result = evaluated.json();
        assertThat(result.get("records").asInt()).isEqualTo(10_000);
        assertThat(result.get("provisional").asBoolean()).isTrue();
        assertThat(levelOf(result, "RAT")).isEqualTo("B");
        assertThat(levelOf(result, "MOSQUITO")).isEqualTo("A");
        assertThat(levelOf(result, "FLY")).isEqualTo("C");
        assertThat(levelOf(result, "COCKROACH")).isEqualTo("B");
        assertThat(result.get("species").valueStream().allMatch(species -> species.get("complete").asBoolean())).isTrue();
        // 16 methods, every one recorded: 625 records each.
        assertThat(jdbc.queryForList("select method from monitoring_record where survey_id = ? group by method having count(*) = 625",
                String.class, SyntheticSurvey.SURVEY_ID)).hasSize(16);
    }

    @Test
    void theDatabasesSumsGradeTheSurveyExactlyAsPoolingItRecordByRecordDoes() {
        SurveyEvaluation recordByRecord = DensityEvaluator.evaluate(tables.current(), readEach());
        SurveyEvaluation summedInTheDatabase = DensityEvaluator.evaluate(tables.current(),
                records.pooledOfSurvey(SyntheticSurvey.SURVEY_ID));

        assertThat(summedInTheDatabase).isEqualTo(recordByRecord);
        assertThat(summedInTheDatabase.records()).isEqualTo(10_000);
    }

    @Test
    void aRestartFindsTheSurveyAndLoadsNothingTwice() {
        boolean written = syntheticSurvey.load();

        assertThat(written).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from monitoring_record where survey_id = ?", Integer.class,
                SyntheticSurvey.SURVEY_ID)).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("select count(*) from survey where id = ?", Integer.class, SyntheticSurvey.SURVEY_ID))
                .isEqualTo(1);
    }

    @Test
    void aMonitorOfAnotherDistrictMayNotReadIt() {
        String cdcMei = Tokens.forRoles("cdc-monitor").region("610326").bearer();

        assertThat(api.get(EVALUATION, cdcMei).status()).isEqualTo(403);
    }

    /**
     * Prints the time of the benchmark's call and of its grading input read both ways (hand
     * measurement, README); asserts only that it answers.
     */
    @Test
    void theEvaluationCallIsTimedByHand() {
        for (int i = 0; i < 5; i++) {
            assertThat(api.get(EVALUATION, supervisorOfBaoji).status()).isEqualTo(200);
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            assertThat(api.get(EVALUATION, supervisorOfBaoji).status()).isEqualTo(200);
            micros.add((System.nanoTime() - started) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf("GET %s over 10,000 records, 20 calls after 5 warm-up: min %.1f ms, median %.1f ms, max %.1f ms%n",
                EVALUATION, micros.get(0) / 1000.0, micros.get(10) / 1000.0, micros.get(19) / 1000.0);
        // The grading input both ways: every record read and pooled in Java (before), summed in PostgreSQL (now).
        time("Records read one by one and pooled in Java", () -> DensityEvaluator.evaluate(tables.current(), readEach()));
        time("Records pooled by one aggregate query", () -> DensityEvaluator.evaluate(tables.current(),
                records.pooledOfSurvey(SyntheticSurvey.SURVEY_ID)));
    }

    private void time(String what, Runnable run) {
        for (int i = 0; i < 5; i++) {
            run.run();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long started = System.nanoTime();
            run.run();
            micros.add((System.nanoTime() - started) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf("%s: min %.1f ms, median %.1f ms, max %.1f ms%n", what, micros.get(0) / 1000.0,
                micros.get(10) / 1000.0, micros.get(19) / 1000.0);
    }

    /** The survey's records one by one, as grading read them before the database pooled them. */
    private List<MonitoringRecord> readEach() {
        return jdbc.query("select method, measures::text from monitoring_record where survey_id = ?",
                (rs, row) -> new MonitoringRecord(Method.valueOf(rs.getString(1)),
                        json.readValue(rs.getString(2), new TypeReference<Map<Measure, BigDecimal>>() {
                        })), SyntheticSurvey.SURVEY_ID);
    }

    private static String levelOf(JsonNode result, String species) {
        return result.get("species").valueStream().filter(node -> node.get("species").asString().equals(species))
                .findFirst().orElseThrow().get("level").asString();
    }
}
