package cn.yiwang.cases.bundle.messaging;

import cn.yiwang.cases.bundle.domain.BundleCase;
import cn.yiwang.cases.bundle.domain.BundleCaseEvent;
import cn.yiwang.cases.bundle.domain.BundleCaseState;
import cn.yiwang.cases.bundle.domain.ChildCase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code contracts/events/case-bundleconcluded.json} is what the service publishes when a bundle
 * application's last child ends: review-service rates the bundle once (一事一评) from it. Ids are
 * taken from the example; every other field must match. The example spells {@code "reason": null};
 * the platform writes no nulls (a consumer reads an absent field as null), so the record is compared
 * with nulls written out.
 */
class BundleCaseEventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theBundleConcludedEventMatchesItsPublishedExample() throws IOException {
        JsonNode example = read("contracts/events/case-bundleconcluded.json");
        JsonNode first = example.get("children").get(0);
        JsonNode second = example.get("children").get(1);
        BundleCase parent = BundleCase.submit(new BundleCaseState(UUID.fromString(example.get("bundleCaseId").asText()),
                example.get("bundleCaseNumber").asText(), UUID.fromString(example.get("bundleId").asText()), "新生儿出生一件事", 1,
                "眉县卫生健康局", "610326", "PERSON", "张三", "hash-of-zhang-san", "encrypted-form", "PC", "610326",
                "11610326MB0000001K", null, null, null, null, null,
                List.of(child(first, "眉县卫生健康局"), child(second, "眉县公安局")), null, 0),
                Instant.parse("2026-03-02T01:00:00Z")).filed();

        parent.childChanged(UUID.fromString(first.get("caseId").asText()), "CONCLUDED", "APPROVED",
                Instant.parse("2026-03-27T02:00:00Z"));
        List<BundleCaseEvent> caused = parent.childChanged(UUID.fromString(second.get("caseId").asText()), "CONCLUDED",
                "APPROVED", Instant.parse("2026-03-30T02:00:00Z"));

        BundleCaseEventV1 event = BundleCaseEventV1.of(caused.get(0), parent.state(), "approver-1");
        ObjectNode actual = (ObjectNode) JSON.readTree(JSON.writeValueAsString(event));
        actual.put("eventId", example.get("eventId").asText());
        assertThat(actual).isEqualTo(example);
        assertThat(event.type()).isEqualTo("yiwang.case.bundleconcluded.v1");
        assertThat(event.aggregateId()).isEqualTo(example.get("bundleCaseId").asText());
    }

    private static ChildCase child(JsonNode child, String department) {
        return new ChildCase(UUID.fromString(child.get("caseId").asText()), child.get("caseNumber").asText(),
                child.get("itemCode").asText(), child.get("itemName").asText(), department, "610326",
                "11610326MB2857143R", "ACCEPTED", null);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = BundleCaseEventContractTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " exists").isNotNull();
            return JSON.readTree(in);
        }
    }
}
