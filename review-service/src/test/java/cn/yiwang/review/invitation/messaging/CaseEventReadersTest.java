package cn.yiwang.review.invitation.messaging;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * review-service's readers of case-service's events read case-service's own examples (its contract
 * files in the same repository), so a change there fails here first.
 */
class CaseEventReadersTest {

    private static final Path EVENTS = Path.of("../case-service/src/main/resources/contracts/events");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aBundleChildsConclusionNamesItsBundleSoItIsNotRatedOnItsOwn() throws Exception {
        CaseConcludedV1 child = read("case-concluded-bundlechild.json", CaseConcludedV1.class);
        JsonNode example = tree("case-concluded-bundlechild.json");

        assertThat(child.partOfBundle()).isTrue();
        assertThat(child.bundleCaseId()).isEqualTo(example.get("bundleCaseId").asString()).isNotBlank();
        assertThat(child.bundleCaseNumber()).isEqualTo(example.get("bundleCaseNumber").asString()).isNotBlank();
    }

    @Test
    void aSingleCasesConclusionIsRatedOnItsOwn() throws Exception {
        assertThat(read("case-concluded.json", CaseConcludedV1.class).partOfBundle()).isFalse();
    }

    @Test
    void theBundleConclusionCarriesEveryChildsItemTheLeadDepartmentAndTheAcceptingHall() throws Exception {
        BundleConcludedV1 bundle = read("case-bundleconcluded.json", BundleConcludedV1.class);
        JsonNode example = tree("case-bundleconcluded.json");

        assertThat(bundle.bundleCaseId()).isEqualTo(example.get("bundleCaseId").asString()).isNotBlank();
        assertThat(bundle.bundleCaseNumber()).isEqualTo(example.get("bundleCaseNumber").asString()).isNotBlank();
        assertThat(bundle.bundleName()).isEqualTo("新生儿出生一件事");
        assertThat(bundle.leadDepartment()).isEqualTo("眉县卫生健康局");
        assertThat(bundle.itemCodes()).containsExactly("11610326MB2857143R4610300123000", "11610326MB2857144X4610300124000");
        assertThat(bundle.itemNames()).containsExactly("出生医学证明办理", "出生登记（户口登记）");
        assertThat(bundle.acceptingOrgCode()).isEqualTo("11610326MB0000001K");
        assertThat(bundle.servingRegionCode()).isEqualTo("610326");
        assertThat(bundle.applicantIdHash()).isEqualTo("hash-of-zhang-san");
        assertThat(bundle.handlingStaff()).isEqualTo("approver-1");
        assertThat(bundle.anyChildDecided()).isTrue();
    }

    @Test
    void aBundleWithOnlyRefusedChildrenWasDecidedButOneWithNoChildAcceptedWasNot() {
        BundleConcludedV1.Child refused = child("CONCLUDED", "DENIED");
        BundleConcludedV1.Child revokedLater = child("REVOKED", "APPROVED");
        BundleConcludedV1.Child notAccepted = child("NOT_ACCEPTED", null);
        BundleConcludedV1.Child withdrawn = child("WITHDRAWN", null);
        BundleConcludedV1.Child terminated = child("TERMINATED", null);

        assertThat(bundleOf(List.of(refused, notAccepted)).anyChildDecided()).isTrue();
        assertThat(bundleOf(List.of(revokedLater)).anyChildDecided()).isTrue();
        assertThat(bundleOf(List.of(notAccepted, withdrawn, terminated)).anyChildDecided()).isFalse();
    }

    private static BundleConcludedV1.Child child(String status, String outcome) {
        return new BundleConcludedV1.Child("c", "n", "item", "事项", "部门", status, outcome);
    }

    private static BundleConcludedV1 bundleOf(List<BundleConcludedV1.Child> children) {
        return new BundleConcludedV1("b", "YJS1", "一件事", "牵头部门", "610326", "PERSON", "h", "PC", "610326",
                "11610326MB0000001K", "s", children, null);
    }

    private static JsonNode tree(String example) throws Exception {
        return JSON.readTree(Files.readString(EVENTS.resolve(example)));
    }

    private static <T> T read(String example, Class<T> type) throws Exception {
        return JSON.readValue(Files.readString(EVENTS.resolve(example)), type);
    }
}
