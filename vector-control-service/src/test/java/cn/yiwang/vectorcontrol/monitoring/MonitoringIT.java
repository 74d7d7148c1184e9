package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.vectorcontrol.Api;
import cn.yiwang.vectorcontrol.TopicReader;
import cn.yiwang.vectorcontrol.monitoring.messaging.ControlLevelAlertRaised;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Density monitoring through the real API, database and tokens (Art. 21). */
@ServiceIntegrationTest
@Import(MonitoringIT.Alerts.class)
class MonitoringIT {

    private static final String MEI_COUNTY = "610326";

    @LocalServerPort
    int port;
    @Value("${yiwang.api.base-path}")
    String basePath;
    @Autowired
    Alerts alerts;
    @Autowired
    JsonMapper json;

    Api api;
    String cdcMei;

    @BeforeEach
    void setUp() {
        api = new Api(port, basePath);
        alerts.raised.clear();
        cdcMei = Tokens.forRoles("cdc-monitor").region(MEI_COUNTY).subject("cdc-mei").bearer();
    }

    private String openSurvey(String region) {
        Api.Response opened = api.post("/surveys", cdc(region),
                Map.of("regionCode", region, "periodStart", "2026-04-01", "periodEnd", "2026-04-30"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    private String cdc(String region) {
        return region.equals(MEI_COUNTY) ? cdcMei : Tokens.forRoles("cdc-monitor").region(region).bearer();
    }

    private static Map<String, Object> record(String method, Map<String, Object> measures) {
        return Map.of("method", method, "observedOn", "2026-04-10", "location", "眉县首善街道", "measures", measures);
    }

    @Test
    void aCdcMonitorGradesASurveyAndAFlySurveyBelowStandardRaisesAnAlert() {
        String survey = openSurvey(MEI_COUNTY);
        Api.Response added = api.post("/surveys/" + survey + "/records", cdcMei, Map.of("records", List.of(
                record("FLY_INDOOR_ROOMS", Map.of("ROOMS_CHECKED", 100, "POSITIVE_ROOMS", 12, "FLIES_SEEN", 20)),
                record("RAT_INDOOR_SIGNS", Map.of("ROOMS_CHECKED", 200, "POSITIVE_ROOMS", 2)))));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("records").asInt()).isEqualTo(2);

        Api.Response evaluated = api.post("/surveys/" + survey + "/evaluation", cdcMei, "");

        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        JsonNode result = evaluated.json();
        assertThat(result.get("tableVersion").asString()).isEqualTo("2011");
        assertThat(result.get("provisional").asBoolean()).isFalse();
        JsonNode flies = species(result, "FLY");
        assertThat(flies.get("level").asString()).isEqualTo("BELOW_STANDARD");
        assertThat(flies.get("levelName").asString()).isEqualTo("不达标");
        assertThat(flies.get("standard").asString()).isEqualTo("GB/T 27772");
        JsonNode rats = species(result, "RAT");
        assertThat(rats.get("level").asString()).isEqualTo("A");
        assertThat(rats.get("complete").asBoolean()).isFalse();

        assertThat(alerts.raised).singleElement().satisfies(alert -> {
            assertThat(alert.surveyId().toString()).isEqualTo(survey);
            assertThat(alert.regionCode()).isEqualTo(MEI_COUNTY);
            assertThat(alert.species()).extracting(ControlLevelAlertRaised.SpeciesBelowStandard::species).containsExactly("FLY");
        });
    }

    @Test
    void theAlertReachesKafkaKeyedBySurveyWithCloudEventsHeaders() {
        String survey = openSurvey(MEI_COUNTY);
        api.post("/surveys/" + survey + "/records", cdcMei, Map.of("records", List.of(
                record("MOSQUITO_HUMAN_LANDING", Map.of("PERSON_HALF_HOURS", 10, "MOSQUITOES_LANDED", 30)))));
        api.post("/surveys/" + survey + "/evaluation", cdcMei, "");

        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(), ControlLevelAlertRaised.TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reader.withKey(survey)).singleElement()
                    .satisfies(sent -> {
                        assertThat(TopicReader.header(sent, "ce_type")).isEqualTo("yiwang.alert.raised.v1");
                        assertThat(json.readTree(sent.value()).get("species").get(0).get("species").asString())
                                .isEqualTo("MOSQUITO");
                    }));
        }
    }

    @Test
    void theAlertAsProducedHasTheFieldsOfItsContractExample() throws Exception {
        String survey = openSurvey(MEI_COUNTY);
        api.post("/surveys/" + survey + "/records", cdcMei, Map.of("records", List.of(
                record("COCKROACH_ROOM_INSPECTION", Map.of("ROOMS_CHECKED", 100, "ROOMS_WITH_ADULTS_OR_NYMPHS", 9,
                        "ROOMS_WITH_EGG_CASES", 1, "ROOMS_WITH_TRACES", 2)))));
        api.post("/surveys/" + survey + "/evaluation", cdcMei, "");

        JsonNode produced = json.readTree(json.writeValueAsString(alerts.raised.get(0)));
        try (InputStream in = getClass().getResourceAsStream("/contracts/events/vectorcontrol.alert.v1.json")) {
            assertThat(fieldPaths(produced)).isEqualTo(fieldPaths(json.readTree(in)));
        }
    }

    @Test
    void aSurveyWithinTheLimitsRaisesNoAlert() {
        String survey = openSurvey(MEI_COUNTY);
        api.post("/surveys/" + survey + "/records", cdcMei, Map.of("records", List.of(
                record("MOSQUITO_HUMAN_LANDING", Map.of("PERSON_HALF_HOURS", 10, "MOSQUITOES_LANDED", 4)))));

        Api.Response evaluated = api.post("/surveys/" + survey + "/evaluation", cdcMei, "");

        assertThat(species(evaluated.json(), "MOSQUITO").get("level").asString()).isEqualTo("A");
        assertThat(alerts.raised).isEmpty();
    }

    @Test
    void anEvaluatedSurveyTakesNoMoreRecordsSoTheReportedLevelStands() {
        String survey = openSurvey(MEI_COUNTY);
        List<Map<String, Object>> records = List.of(record("FLY_CAGE", Map.of("CAGES", 4, "FLIES_CAUGHT", 9)));
        api.post("/surveys/" + survey + "/records", cdcMei, Map.of("records", records));
        api.post("/surveys/" + survey + "/evaluation", cdcMei, "");

        Api.Response late = api.post("/surveys/" + survey + "/records", cdcMei, Map.of("records", records));

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("已完成评价");
    }

    @Test
    void impossibleNumbersAreRefusedNamingEachOneInTheCallersLanguage() {
        String survey = openSurvey(MEI_COUNTY);
        Api.Response refused = api.post("/surveys/" + survey + "/records", cdcMei, Map.of("records", List.of(
                record("RAT_INDOOR_SIGNS", Map.of("ROOMS_CHECKED", 10, "POSITIVE_ROOMS", 11)),
                Map.of("method", "MOSQUITO_LIGHT_TRAP", "observedOn", "2026-05-02",
                        "measures", Map.of("LAMP_NIGHTS", 0, "FEMALE_MOSQUITOES", 3)))), "en");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .containsExactlyInAnyOrder("records[0].measures.POSITIVE_ROOMS", "records[1].observedOn",
                        "records[1].measures.LAMP_NIGHTS");
        assertThat(refused.body()).contains("cannot exceed the total");
        assertThat(api.get("/surveys/" + survey, cdcMei).json().get("records").asInt()).isZero();
    }

    @Test
    void roomsAreCountedFifteenSquareMetresToTheRoomSoOnePositiveKitchenCornerIsNotAPositiveRestaurant() {
        String survey = openSurvey(MEI_COUNTY);
        // A 60 m² hall (4 rooms, 1 positive) and 16 spaces of 12 m² (16 rooms): 1 of 20 rooms = 5 %, level C.
        // Counted by doors it would be 1 of 17 = 5.9 %, below standard.
        List<Map<String, Object>> spaces = new java.util.ArrayList<>();
        spaces.add(Map.of("areaSquareMetres", 60, "positiveRooms", Map.of("ROOMS_WITH_ADULTS_OR_NYMPHS", 1)));
        for (int i = 0; i < 16; i++) {
            spaces.add(Map.of("areaSquareMetres", 12));
        }
        Api.Response added = api.post("/surveys/" + survey + "/records", cdcMei, Map.of("records", List.of(Map.of(
                "method", "COCKROACH_ROOM_INSPECTION", "observedOn", "2026-04-10", "location", "眉县首善街道某酒店",
                "spaces", spaces, "measures", Map.of()))));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        JsonNode result = api.post("/surveys/" + survey + "/evaluation", cdcMei, "").json();
        JsonNode infestation = result.get("indices").valueStream()
                .filter(index -> index.get("index").asString().equals("COCKROACH_INFESTATION_RATE")).findFirst().orElseThrow();
        assertThat(infestation.get("value").decimalValue()).isEqualByComparingTo("5");
        assertThat(species(result, "COCKROACH").get("level").asString()).isEqualTo("C");

        Api.Response refused = api.post("/surveys/" + openSurvey(MEI_COUNTY) + "/records", cdcMei, Map.of("records",
                List.of(Map.of("method", "RAT_INDOOR_SIGNS", "observedOn", "2026-04-10", "measures", Map.of(),
                        "spaces", List.of(Map.of("areaSquareMetres", 20, "positiveRooms", Map.of("POSITIVE_ROOMS", 3)))))));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("records[0].spaces.POSITIVE_ROOMS");
    }

    @Test
    void aMonitorCannotOpenASurveyOutsideTheirRegion() {
        Api.Response refused = api.post("/surveys", Tokens.forRoles("cdc-monitor").region("610900").bearer(),
                Map.of("regionCode", MEI_COUNTY, "periodStart", "2026-04-01", "periodEnd", "2026-04-30"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anInspectorCannotEnterMonitoringData() {
        String survey = openSurvey(MEI_COUNTY);
        Api.Response refused = api.post("/surveys/" + survey + "/records",
                Tokens.forRoles("inspector").region(MEI_COUNTY).bearer(),
                Map.of("records", List.of(record("FLY_CAGE", Map.of("CAGES", 4, "FLIES_CAUGHT", 9)))));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void theCitysPatrioticHealthOfficeSeesLevelsOverTimeButAnotherCitysDoesNot() {
        String survey = openSurvey(MEI_COUNTY);
        api.post("/surveys/" + survey + "/records", cdcMei, Map.of("records", List.of(
                record("RAT_OUTDOOR_PATH", Map.of("KM_WALKED", 2.5, "SIGNS_FOUND", 6)))));
        api.post("/surveys/" + survey + "/evaluation", cdcMei, "");

        Api.Response baoji = api.get("/control-levels?species=RAT", Tokens.forRoles("aiwei-officer").region("610300").bearer());
        assertThat(baoji.status()).as(baoji.toString()).isEqualTo(200);
        assertThat(baoji.json().valueStream().filter(point -> point.get("surveyId").asString().equals(survey)).toList())
                .singleElement().satisfies(point -> assertThat(point.get("level").asString()).isEqualTo("B"));

        Api.Response ankang = api.get("/control-levels?region=" + MEI_COUNTY,
                Tokens.forRoles("aiwei-officer").region("610900").bearer());
        assertThat(ankang.status()).isEqualTo(403);
    }

    @Test
    void surveysAreListedPageByPage() {
        openSurvey("610327");
        openSurvey("610327");
        openSurvey("610327");
        String reader = Tokens.forRoles("aiwei-officer").region("610327").bearer();

        Api.Response first = api.get("/surveys?page=0&size=2", reader);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("items").size()).isEqualTo(2);
        assertThat(first.json().get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.json().get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void aCitySurveyOfTenThousandRecordsIsTakenInBatchesAndGradedInOneEvaluation() {
        String survey = openSurvey("610302");
        String cdc = cdc("610302");
        for (int batch = 0; batch < 5; batch++) {
            StringBuilder body = new StringBuilder("{\"records\":[");
            for (int i = 0; i < 2_000; i++) {
                int n = batch * 2_000 + i;
                body.append(i == 0 ? "" : ",").append("{\"method\":\"COCKROACH_ROOM_INSPECTION\",\"observedOn\":\"2026-04-")
                        .append(String.format("%02d", 1 + n % 30)).append("\",\"location\":\"渭滨区第").append(n)
                        .append("户\",\"measures\":{\"ROOMS_CHECKED\":10,\"ROOMS_WITH_ADULTS_OR_NYMPHS\":")
                        .append(n % 100 == 0 ? 1 : 0).append(",\"ROOMS_WITH_EGG_CASES\":0,\"ROOMS_WITH_TRACES\":")
                        .append(n % 50 == 0 ? 1 : 0).append("}}");
            }
            Api.Response added = api.post("/surveys/" + survey + "/records", cdc, body.append("]}").toString());
            assertThat(added.status()).as(added.status() + " for batch " + batch).isEqualTo(201);
        }

        Api.Response evaluated = api.post("/surveys/" + survey + "/evaluation", cdc, "");

        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        assertThat(evaluated.json().get("records").asInt()).isEqualTo(10_000);
        // 100 of 100,000 rooms infested (0.1 %), 200 with traces (0.2 %), no egg cases: level A.
        assertThat(species(evaluated.json(), "COCKROACH").get("level").asString()).isEqualTo("A");
    }

    private static JsonNode species(JsonNode result, String species) {
        return result.get("species").valueStream().filter(node -> node.get("species").asString().equals(species))
                .findFirst().orElseThrow();
    }

    /** Every field path of a JSON document (array elements merged), to compare shapes rather than values. */
    private static Set<String> fieldPaths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String at, Set<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                paths.add(at + "." + field.getKey());
                collect(field.getValue(), at + "." + field.getKey(), paths);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, at + "[]", paths);
            }
        }
    }

    @TestConfiguration
    static class Alerts {
        final List<ControlLevelAlertRaised> raised = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ControlLevelAlertRaised alert) {
            raised.add(alert);
        }
    }
}
