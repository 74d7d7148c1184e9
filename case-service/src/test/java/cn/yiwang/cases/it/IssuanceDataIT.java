package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * certificate-service reads what it needs to issue a concluded case's certificate (ARCHITECTURE.md
 * flow 3) from {@code GET /by-number/{number}/issuance-data}, as its contract example shows; only
 * Yiwang services may ask, and the applicant sees every such read of their data.
 */
class IssuanceDataIT extends CaseServiceITSupport {

    /** The enterprise of the contract example: 眉县秦味餐饮店, credit code 92610326MA6X5Q8L1E. */
    static final String SHOP_CODE = "92610326MA6X5Q8L1E";
    static final String SHOP_NAME = "眉县秦味餐饮店";

    private String shop;
    private String clerk;
    private String approver;
    private String certificateService;

    @BeforeEach
    void setUp() throws Exception {
        itemsArePublished();
        clockAt("2026-03-02T09:00");
        shop = Tokens.forRoles("enterprise").subject("shop-qinwei").idHash(personalData.hash(SHOP_CODE)).bearer();
        clerk = Tokens.forRoles("window-clerk").subject("clerk-li").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        approver = Tokens.forRoles("approver").subject("approver-wang").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        certificateService = Tokens.forRoles("service").subject("service-account-certificate-service")
                .client("certificate-service").bearer();
    }

    @Test
    void certificateServiceReadsTheIssuanceDataOfAnApprovedCaseExactlyInTheShapeOfTheContractExample() throws Exception {
        String id = approvedCase(Map.of("operatorName", SHOP_NAME, "businessPremises", "眉县首善街道平阳街12号",
                "mainBusiness", "热食类食品制售"), "2031-03-29");
        String number = get("/" + id, approver).body().get("number").asText();

        Reply read = get("/by-number/" + number + "/issuance-data", certificateService);

        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        JsonNode example = json.readTree(Files.readString(Path.of("src/main/resources/contracts/rest/case-issuance-data.json")));
        assertThat(paths(read.body())).as("the same fields, nested the same way").isEqualTo(paths(example));
        assertThat(read.body().get("caseId").asText()).isEqualTo(id);
        assertThat(read.body().get("caseNumber").asText()).isEqualTo(number).hasSize(example.get("caseNumber").asText().length());
        for (String field : List.of("itemCode", "itemName", "regionCode", "outcome", "result", "concludedAt",
                "certificateTypeCode", "issuingOrgCode", "holder", "certificateData", "validUntil")) {
            assertThat(read.body().get(field)).as(field).isEqualTo(example.get(field));
        }
    }

    @Test
    void eachReadIsLoggedAndShownToTheApplicantButNotToStaff() {
        String id = approvedCase(Map.of("operatorName", SHOP_NAME), null);
        String number = get("/" + id, approver).body().get("number").asText();
        assertThat(issuanceReads(get("/" + id, shop).body().get("personalDataAccess"))).as("nothing read yet").isEmpty();

        clockAt("2026-03-31T10:00");
        Reply read = get("/by-number/" + number + "/issuance-data", certificateService);
        assertThat(read.body().has("validUntil") && read.body().get("validUntil").isNull())
                .as("no validity fixed: null, the certificate type's rule applies").isTrue();

        List<JsonNode> log = issuanceReads(get("/" + id, shop).body().get("personalDataAccess"));
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("accessor").asText()).isEqualTo("certificate-service");
        assertThat(log.get(0).get("purpose").asText()).isEqualTo("certificate-issuance");
        assertThat(log.get(0).get("at").asText()).isEqualTo("2026-03-31T02:00:00Z");
        assertThat(log.get(0).get("fields")).extracting(JsonNode::asText).contains("holder.idNumber");
        assertThat(log.get(0).path("accessorOrg").isMissingNode()).as("a service acts for no organisation").isTrue();
        assertThat(get("/" + id, approver).body().path("personalDataAccess").isMissingNode()).isTrue();
    }

    @Test
    void theCertificateDataIsShownToTheDecidingOfficeOnlyAndStoredEncrypted() {
        String id = approvedCase(Map.of("businessPremises", "眉县首善街道平阳街12号"), null);

        assertThat(get("/" + id, approver).body().at("/decision/certificateData/businessPremises").asText())
                .isEqualTo("眉县首善街道平阳街12号");
        assertThat(get("/" + id, shop).body().at("/decision/certificateData").isMissingNode()).isTrue();
        assertThat(get("/" + id, shop).body().at("/decision/result").asText()).isEqualTo("准予许可");
        assertThat(jdbc.queryForObject("SELECT state::text FROM case_file WHERE id = ?::uuid", String.class, id))
                .doesNotContain("平阳街");
    }

    @Test
    void onlyYiwangServicesMayReadIssuanceData() {
        String id = approvedCase(Map.of("operatorName", SHOP_NAME), null);
        String number = get("/" + id, approver).body().get("number").asText();
        String citizen = Tokens.forRoles("citizen").subject("citizen-zhang").idHash(personalData.hash(CITIZEN_ID)).bearer();

        assertThat(get("/by-number/" + number + "/issuance-data", citizen).status()).isEqualTo(403);
        assertThat(get("/by-number/" + number + "/issuance-data", clerk).status()).isEqualTo(403);
        assertThat(get("/by-number/" + number + "/issuance-data", shop).status()).isEqualTo(403);
        assertThat(get("/by-number/" + number + "/issuance-data", null).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_access WHERE case_id = ?::uuid"
                + " AND purpose = 'certificate-issuance'", Integer.class, id))
                .isZero();
    }

    @Test
    void anUnknownCaseIsNotFoundAndACaseWithoutAnApprovalIsAConflict() {
        assertThat(get("/by-number/NO-SUCH-CASE/issuance-data", certificateService).status()).isEqualTo(404);

        String open = apply();
        String openNumber = get("/" + open, approver).body().get("number").asText();
        Reply notConcluded = get("/by-number/" + openNumber + "/issuance-data", certificateService);
        assertThat(notConcluded.status()).isEqualTo(409);
        assertThat(notConcluded.raw()).contains("urn:yiwang:problem:conflict");

        post("/" + open + "/acceptance", clerk, null);
        post("/" + open + "/conclusion", approver, Map.of("outcome", "DENIED", "result", "经营场所不符合要求"));
        assertThat(get("/by-number/" + openNumber + "/issuance-data", certificateService).status()).isEqualTo(409);
    }

    @Test
    void certificateDataThatIsTooLargeOrBelongsToADenialIsRefusedAndTheCaseStaysOpen() {
        String id = apply();
        post("/" + id + "/acceptance", clerk, null);
        Map<String, String> tooMany = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            tooMany.put("field" + i, "x");
        }

        Reply many = post("/" + id + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予许可",
                "certificateData", tooMany));
        Reply longValue = post("/" + id + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予许可",
                "certificateData", Map.of("operatorName", "长".repeat(1001))));
        Reply longKey = post("/" + id + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予许可",
                "certificateData", Map.of("k".repeat(65), "v")));
        Reply denial = post("/" + id + "/conclusion", approver, Map.of("outcome", "DENIED", "result", "不予许可",
                "certificateData", Map.of("operatorName", SHOP_NAME)));
        Reply pastValidity = post("/" + id + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予许可",
                "validUntil", "2026-03-01"));

        for (Reply refused : List.of(many, longValue, longKey, denial, pastValidity)) {
            assertThat(refused.status()).as(refused.raw()).isIn(400, 422);
            assertThat(refused.raw()).contains("urn:yiwang:problem:");
        }
        assertThat(denial.raw()).contains("电子证照");
        assertThat(get("/" + id, approver).body().get("status").asText()).isEqualTo("ACCEPTED");
    }

    /** The shop applies online; the hall accepts; the approver concludes on 2026-03-30 09:00 Beijing time. */
    private String approvedCase(Map<String, String> certificateData, String validUntil) {
        String id = apply();
        assertThat(post("/" + id + "/acceptance", clerk, null).status()).isEqualTo(200);
        clockAt("2026-03-30T09:00");
        Map<String, Object> conclusion = new LinkedHashMap<>(Map.of("outcome", "APPROVED", "result", "准予许可",
                "certificateData", certificateData));
        if (validUntil != null) {
            conclusion.put("validUntil", validUntil);
        }
        Reply concluded = post("/" + id + "/conclusion", approver, conclusion);
        assertThat(concluded.status()).as(concluded.raw()).isEqualTo(200);
        return id;
    }

    private String apply() {
        clockAt("2026-03-02T09:00");
        return foodLicenceAppliedOnline(shop, SHOP_CODE, null);
    }

    /** The log entries of certificate-service's reads (staff reads of the case view are logged too). */
    private static List<JsonNode> issuanceReads(JsonNode log) {
        List<JsonNode> reads = new ArrayList<>();
        log.forEach(entry -> {
            if (entry.get("purpose").asText().equals("certificate-issuance")) {
                reads.add(entry);
            }
        });
        return reads;
    }

    /** Every field's path with the JSON type of its value, e.g. {@code holder.idNumber:STRING}. */
    private static List<String> paths(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect("", node, out);
        return out.stream().sorted().toList();
    }

    private static void collect(String prefix, JsonNode node, List<String> out) {
        node.properties().forEach(entry -> {
            String path = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            if (value.isObject() && !path.equals("certificateData")) {
                collect(path + ".", value, out);
            } else {
                out.add(path + ":" + value.getNodeType());
            }
        });
    }
}
