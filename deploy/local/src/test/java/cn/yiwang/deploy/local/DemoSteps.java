package cn.yiwang.deploy.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.yiwang.deploy.local.TestPlatform.JSON;
import static cn.yiwang.deploy.local.TestPlatform.awaitJson;
import static cn.yiwang.deploy.local.TestPlatform.expect;
import static cn.yiwang.deploy.local.TestPlatform.stream;
import static org.assertj.core.api.Assertions.assertThat;

/** Steps on the demo data that several platform tests take: publishing an item whose material is an e-certificate. */
final class DemoSteps {

    /** certificate-service's demo type of the household register (居民户口簿). */
    static final String HOUSEHOLD_REGISTER = "11100000000000003U001";
    /** certificate-service's demo type of the driving licence (机动车驾驶证). */
    static final String DRIVING_LICENCE = "11100000000000003U003";
    static final String BAOJI_PUBLIC_SECURITY = "1161030000030002XB";
    static final String MEI_HALL = "11610326000326019W";
    /** catalog-service loads its ~260 demo items through its own commands after it is ready. */
    static final Duration DEMO_CATALOGUE = Duration.ofMinutes(5);

    private DemoSteps() {
    }

    /**
     * Baoji's public security bureau (the body deptadmin.baoji acts for) publishes an item: the
     * catalog administrator defines its basic item, the bureau claims it with a guide modelled on a
     * Mei County demo item with a promised limit, submits it, Baoji's approver approves it and the
     * bureau publishes it. Its materials: the household register as an e-certificate (the type as
     * certificate-service knows it) and the application form.
     *
     * @return the implementation code
     */
    static String publishBaojiPublicSecurityItem(TestPlatform platform, String basicCode, String name) {
        return publishBaojiPublicSecurityItem(platform, basicCode, name, null);
    }

    /**
     * As {@link #publishBaojiPublicSecurityItem(TestPlatform, String, String)}, with a result: the
     * certificate a concluded case yields (ARCHITECTURE.md flow 3), or none when {@code null}.
     */
    static String publishBaojiPublicSecurityItem(TestPlatform platform, String basicCode, String name,
                                                 Map<String, String> resultCertificate) {
        expect(201, platform.post("catalogadmin.shaanxi", "/api/v1/catalog/basic-items", Map.of("code", basicCode,
                "name", name, "type", basicCode.substring(2, 4), "lineDepartment", "公安",
                "legalBasis", "《中华人民共和国户口登记条例》", "levels", List.of("3", "4"))));
        JsonNode template = expect(200, platform.get(null, "/api/v1/catalog/public/items/"
                + meiCountyPublicSecurityItemWithPromisedLimit(platform).path("code").asString())).path("guide");
        ObjectNode guide = (ObjectNode) template.deepCopy();
        ArrayNode materials = JSON.createArrayNode();
        for (JsonNode material : template.path("materials")) {
            if (material.path("key").asString().equals("id-card")) {
                ObjectNode register = (ObjectNode) material.deepCopy();
                register.put("key", "household-register").put("name", "居民户口簿")
                        .put("certificateType", HOUSEHOLD_REGISTER).put("required", true);
                materials.add(register);
            } else if (material.path("key").asString().equals("application-form")) {
                materials.add(material.deepCopy());
            }
        }
        assertThat(materials).hasSize(2);
        guide.set("materials", materials);
        if (resultCertificate != null) {
            guide.set("result", JSON.valueToTree(resultCertificate));
        }
        JsonNode claimed = expect(201, platform.post("deptadmin.baoji", "/api/v1/catalog/items", Map.of("basicCode", basicCode,
                "regionCode", "610300", "implementingBody", "宝鸡市公安局", "bodyCreditCode", BAOJI_PUBLIC_SECURITY,
                "level", "3", "department", "公安局", "name", name, "guide", guide)));
        String itemId = claimed.path("id").asString();
        expect(200, platform.post("deptadmin.baoji", "/api/v1/catalog/items/" + itemId + "/submit", null));
        expect(200, platform.post("approver.baoji", "/api/v1/catalog/items/" + itemId + "/approve", Map.of("text", "同意发布")));
        JsonNode published = expect(200, platform.post("deptadmin.baoji", "/api/v1/catalog/items/" + itemId + "/publish", null));
        assertThat(published.path("status").asString()).isEqualTo("PUBLISHED");
        return published.path("code").asString();
    }

    /**
     * A published Mei County public security item with a promised limit. The demo catalogue is
     * loaded after catalog-service is ready, so the first call may have to wait for it.
     */
    static JsonNode meiCountyPublicSecurityItemWithPromisedLimit(TestPlatform platform) {
        return awaitJson("a promised item of Mei County's 公安局 in the demo catalogue", DEMO_CATALOGUE, () -> {
            JsonNode page = expect(200, platform.get(null, "/api/v1/catalog/public/items?region=610326&immediate=false&size=100"
                    + "&department=" + URLEncoder.encode("公安局", StandardCharsets.UTF_8)));
            return stream(page.path("items"))
                    .filter(i -> "610326".equals(i.path("regionCode").asString()))
                    .findFirst();
        });
    }
}
