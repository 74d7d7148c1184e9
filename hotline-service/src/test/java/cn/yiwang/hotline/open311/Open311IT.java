package cn.yiwang.hotline.open311;

import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Open311 GeoReport v2 as an existing client sees it: field names, root and item elements, status
 * values, date format and error lists checked field by field in JSON and XML.
 */
class Open311IT extends HotlineIntegrationTest {

    private static final List<String> SERVICE_FIELDS = List.of("service_code", "service_name", "description", "metadata",
            "type", "keywords", "group");
    private static final List<String> REQUEST_FIELDS = List.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime", "updated_datetime",
            "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url");
    private static final String KEY = "test-open311-key-meixian";

    @Test
    void theServiceListInJsonHasTheSpecsFieldsForEveryOpen311Category() {
        Response response = api.get("/open311/v2/services.json", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode rats = find(response.json(), "service_code", "env.vector.rats");
        assertThat(rats.propertyNames()).containsExactlyElementsOf(SERVICE_FIELDS);
        assertThat(text(rats, "service_name")).isEqualTo("鼠害");
        assertThat(text(rats, "description")).isEqualTo("老鼠出没、鼠洞、鼠迹");
        assertThat(rats.path("metadata").asBoolean()).isTrue();
        assertThat(text(rats, "type")).isEqualTo("realtime");
        assertThat(text(rats, "keywords")).isEqualTo("老鼠,鼠");
        assertThat(text(rats, "group")).isEqualTo("病媒生物");
        List<String> codes = new ArrayList<>();
        response.json().forEach(service -> codes.add(text(service, "service_code")));
        assertThat(codes).contains("city.road", "env.vector.mosquitoes").doesNotContain("public-order.noise", "env.vector");
    }

    @Test
    void theServiceListInXmlHasServicesAndServiceElementsWithTheSameFields() throws Exception {
        Response response = api.get("/open311/v2/services.xml", null, "en");

        assertThat(response.header("Content-Type")).startsWith("application/xml");
        Document xml = xml(response.body());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("services");
        Element road = items(xml, "service").stream()
                .filter(service -> "city.road".equals(child(service, "service_code"))).findFirst().orElseThrow();
        assertThat(childNames(road)).containsExactlyElementsOf(SERVICE_FIELDS);
        assertThat(child(road, "service_name")).isEqualTo("Roads and pavements");
        assertThat(child(road, "metadata")).isEqualTo("false");
        assertThat(child(road, "type")).isEqualTo("realtime");
        assertThat(child(road, "group")).isEqualTo("City management");
    }

    @Test
    void aServiceDefinitionListsItsAttributesAndValuesInBothFormats() throws Exception {
        JsonNode json = api.get("/open311/v2/services/env.vector.rats.json", null).json();
        Document xml = xml(api.get("/open311/v2/services/env.vector.rats.xml", null).body());

        assertThat(text(json, "service_code")).isEqualTo("env.vector.rats");
        JsonNode placeType = json.path("attributes").get(0);
        assertThat(placeType.propertyNames()).containsExactly("variable", "code", "datatype", "required",
                "datatype_description", "order", "description", "values");
        assertThat(text(placeType, "code")).isEqualTo("place_type");
        assertThat(text(placeType, "datatype")).isEqualTo("singlevaluelist");
        assertThat(placeType.path("required").asBoolean()).isTrue();
        assertThat(placeType.path("order").asInt()).isEqualTo(1);
        assertThat(text(placeType.path("values").get(1), "key")).isEqualTo("food_premises");
        assertThat(text(placeType.path("values").get(1), "name")).isEqualTo("餐饮食品场所");

        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("service_definition");
        Element attribute = items(xml, "attribute").get(0);
        assertThat(child(attribute, "code")).isEqualTo("place_type");
        assertThat(child(attribute, "required")).isEqualTo("true");
        Element value = (Element) attribute.getElementsByTagName("value").item(1);
        assertThat(child(value, "key")).isEqualTo("food_premises");
        assertThat(child(value, "name")).isEqualTo("餐饮食品场所");
    }

    @Test
    void aPartnerFilesARequestWithItsApiKeyAndFindsItByIdAndByToken() throws Exception {
        Response created = api.postForm("/open311/v2/requests.json", null, form("api_key", KEY,
                "service_code", "env.vector.rats", "lat", "34.2745", "long", "107.7512",
                "address_string", "眉县首善镇中街农贸市场东门", "description", "垃圾站附近老鼠多，联系电话13912345678",
                "attribute[place_type]", "market", "first_name", "四", "last_name", "李", "phone", "13912345678",
                "media_url", "https://img.example.cn/rats.jpg"));

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode receipt = created.json().get(0);
        assertThat(receipt.propertyNames()).containsExactly("service_request_id", "token", "service_notice", "account_id");
        String id = text(receipt, "service_request_id");
        assertThat(id).startsWith("GD");
        assertThat(text(receipt, "service_notice")).contains("爱卫");

        JsonNode request = api.get("/open311/v2/requests/" + id + ".json", null).json().get(0);
        assertThat(request.propertyNames()).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(text(request, "service_request_id")).isEqualTo(id);
        assertThat(text(request, "status")).isEqualTo("open");
        assertThat(text(request, "status_notes")).isEqualTo("已受理，正在分派");
        assertThat(text(request, "service_name")).isEqualTo("鼠害");
        assertThat(text(request, "service_code")).isEqualTo("env.vector.rats");
        assertThat(text(request, "description")).contains("老鼠多").contains("发现地点类型：农贸市场")
                .as("the public never sees the caller's number").doesNotContain("13912345678");
        assertThat(request.path("agency_responsible").isNull()).isTrue();
        assertThat(text(request, "requested_datetime")).isEqualTo("2026-11-23T09:00:00+08:00");
        assertThat(text(request, "address")).isEqualTo("眉县首善镇中街农贸市场东门");
        assertThat(request.path("address_id").isNull()).isTrue();
        assertThat(request.path("zipcode").isNull()).isTrue();
        assertThat(request.path("lat").asDouble()).isEqualTo(34.2745);
        assertThat(request.path("long").asDouble()).isEqualTo(107.7512);
        assertThat(text(request, "media_url")).isEqualTo("https://img.example.cn/rats.jpg");

        JsonNode byToken = api.get("/open311/v2/tokens/" + text(receipt, "token") + ".json", null).json().get(0);
        assertThat(text(byToken, "service_request_id")).isEqualTo(id);
        Document tokenXml = xml(api.get("/open311/v2/tokens/" + text(receipt, "token") + ".xml", null).body());
        assertThat(tokenXml.getDocumentElement().getTagName()).isEqualTo("service_requests");
        assertThat(child(items(tokenXml, "request").get(0), "service_request_id")).isEqualTo(id);
    }

    @Test
    void aDispatchedRequestNamesTheAgencyAndTheExpectedTimeAndAClosedOneSaysClosed() throws Exception {
        String number = file("env.vector.flies", "垃圾站苍蝇多");
        String ticketId = jdbc.queryForObject("select id from ticket where number = ?", String.class, number);
        api.post("/api/v1/hotline/tickets/" + ticketId + "/dispatch", dispatcher(), Map.of());

        Element dispatched = items(xml(api.get("/open311/v2/requests/" + number + ".xml", null).body()), "request").get(0);
        assertThat(childNames(dispatched)).containsExactlyElementsOf(REQUEST_FIELDS);
        assertThat(child(dispatched, "status")).isEqualTo("open");
        assertThat(child(dispatched, "agency_responsible")).isEqualTo("眉县爱国卫生运动委员会办公室");
        assertThat(child(dispatched, "expected_datetime")).isEqualTo("2026-12-01T00:00:00+08:00");
        assertThat(child(dispatched, "address_id")).isEmpty();

        api.post("/api/v1/hotline/tickets/" + ticketId + "/accept", department(AIWEI), Map.of());
        api.post("/api/v1/hotline/tickets/" + ticketId + "/reply", department(AIWEI), Map.of("reply", "已清理"));
        api.post("/api/v1/hotline/tickets/" + ticketId + "/return-visit", agent(), Map.of("satisfaction", "SATISFIED"));

        JsonNode closed = api.get("/open311/v2/requests/" + number + ".json", null, "en").json().get(0);
        assertThat(text(closed, "status")).isEqualTo("closed");
        assertThat(text(closed, "status_notes")).isEqualTo("Closed");
        assertThat(closed.path("expected_datetime").isNull()).isTrue();
        List<String> closedOnes = new ArrayList<>();
        api.get("/open311/v2/requests.json?status=closed&service_code=env.vector.flies", null).json()
                .forEach(request -> closedOnes.add(text(request, "service_request_id")));
        assertThat(closedOnes).contains(number);
        List<String> openOnes = new ArrayList<>();
        api.get("/open311/v2/requests.json?status=open&service_code=env.vector.flies", null).json()
                .forEach(request -> openOnes.add(text(request, "service_request_id")));
        assertThat(openOnes).doesNotContain(number);
    }

    @Test
    void theListFiltersByIdsServiceAndPeriodAndRefusesMoreThanNinetyDays() {
        String first = file("city.streetlight", "路灯不亮");
        String second = file("city.streetlight", "路灯闪烁");

        JsonNode byIds = api.get("/open311/v2/requests.json?service_request_id=" + first + "," + second, null).json();
        assertThat(byIds.size()).isEqualTo(2);
        JsonNode beforeThem = api.get("/open311/v2/requests.json?service_code=city.streetlight"
                + "&start_date=2026-08-01T00:00:00%2B08:00&end_date=2026-10-01T00:00:00%2B08:00", null).json();
        assertThat(beforeThem.size()).isZero();
        Response tooLong = api.get("/open311/v2/requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", null);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get(0).path("code").asInt()).isEqualTo(400);
        assertThat(text(tooLong.json().get(0), "description")).contains("90");
    }

    @Test
    void withoutAnApiKeyOrTokenARequestIsRefusedInTheGeoReportErrorFormat() throws Exception {
        Response json = api.postForm("/open311/v2/requests.json", null, form("service_code", "city.road",
                "address_string", "眉县平阳街"));
        Response xml = api.postForm("/open311/v2/requests.xml", null, form("api_key", "wrong",
                "service_code", "city.road", "address_string", "眉县平阳街"));

        assertThat(json.status()).isEqualTo(403);
        assertThat(json.json().get(0).propertyNames()).containsExactly("code", "description");
        assertThat(json.json().get(0).path("code").asInt()).isEqualTo(403);
        assertThat(xml.status()).isEqualTo(403);
        Document errors = xml(xml.body());
        assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(child(items(errors, "error").get(0), "code")).isEqualTo("403");
        assertThat(child(items(errors, "error").get(0), "description")).isEqualTo("api_key 无效。");
    }

    @Test
    void aRequestWithoutServiceCodeLocationOrRequiredAttributeIsABadRequest() {
        Response noCode = api.postForm("/open311/v2/requests.json", null, form("api_key", KEY, "address_string", "眉县"));
        Response noPlace = api.postForm("/open311/v2/requests.json", null, form("api_key", KEY, "service_code", "city.road"));
        Response noAttribute = api.postForm("/open311/v2/requests.json", null, form("api_key", KEY,
                "service_code", "env.vector.rats", "address_string", "眉县"));
        Response unknown = api.get("/open311/v2/requests/GD00000000000000.json", null);

        assertThat(noCode.status()).isEqualTo(400);
        assertThat(text(noCode.json().get(0), "description")).contains("service_code");
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noAttribute.status()).isEqualTo(400);
        assertThat(text(noAttribute.json().get(0), "description")).contains("attribute[place_type]");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void aCitizenFilingWithTheirTokenFindsTheRequestAmongTheirOwnTickets() {
        Response created = api.postForm("/open311/v2/requests.json", citizen("open311-citizen-hash"),
                form("service_code", "city.road", "address_string", "眉县平阳街12号", "description", "井盖缺失"));

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String number = text(created.json().get(0), "service_request_id");
        List<String> mine = new ArrayList<>();
        api.get("/api/v1/hotline/tickets", citizen("open311-citizen-hash")).json().path("items")
                .forEach(item -> mine.add(text(item, "number")));
        assertThat(mine).contains(number);
    }

    private String file(String serviceCode, String description) {
        Response created = api.postForm("/open311/v2/requests.json", null, form("api_key", KEY,
                "service_code", serviceCode, "address_string", "眉县城关镇", "description", description,
                "attribute[place_type]", "waste_station"));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return text(created.json().get(0), "service_request_id");
    }

    /** A form body from name, value, name, value… */
    private static String form(String... pairs) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return String.join("&", fields);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(text(item, field))) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + "=" + value);
    }

    private static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> items(Document document, String name) {
        List<Element> items = new ArrayList<>();
        for (int i = 0; i < document.getElementsByTagName(name).getLength(); i++) {
            items.add((Element) document.getElementsByTagName(name).item(i));
        }
        return items;
    }

    private static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                names.add(child.getTagName());
            }
        }
        return names;
    }

    private static String child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent();
            }
        }
        throw new AssertionError("no element " + name + " in " + element.getTagName());
    }
}
