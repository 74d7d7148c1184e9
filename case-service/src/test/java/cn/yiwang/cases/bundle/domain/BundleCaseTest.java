package cn.yiwang.cases.bundle.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleCaseTest {

    private static final Instant FILED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-05T01:00:00Z");

    private final UUID birthCertificate = UUID.randomUUID();
    private final UUID registration = UUID.randomUUID();
    private final UUID insurance = UUID.randomUUID();

    @Test
    void theParentStaysInProgressWhileAnyChildIsOpen() {
        BundleCase parent = newborn();
        assertThat(parent.childChanged(birthCertificate, "CONCLUDED", "APPROVED", LATER)).isEmpty();
        assertThat(parent.childChanged(registration, "CONCLUDED", "APPROVED", LATER)).isEmpty();
        assertThat(parent.state().status()).isEqualTo(BundleCaseStatus.IN_PROGRESS);
        assertThat(parent.openChildren()).containsExactly(insurance);
    }

    @Test
    void theLastChildToEndConcludesTheParentWithASummaryOfAllChildren() {
        BundleCase parent = newborn();
        parent.childChanged(birthCertificate, "CONCLUDED", "APPROVED", LATER);
        parent.childChanged(registration, "NOT_ACCEPTED", null, LATER);
        List<BundleCaseEvent> events = parent.childChanged(insurance, "CONCLUDED", "DENIED", LATER);

        assertThat(events).singleElement().isInstanceOf(BundleCaseEvent.Concluded.class);
        BundleResult result = parent.state().result();
        assertThat(result.outcome()).isEqualTo("PARTLY_APPROVED");
        assertThat(result.approved()).isEqualTo(1);
        assertThat(result.denied()).isEqualTo(1);
        assertThat(result.notAccepted()).isEqualTo(1);
        assertThat(parent.state().status()).isEqualTo(BundleCaseStatus.CONCLUDED);
        assertThat(parent.state().closedAt()).isEqualTo(LATER);
    }

    @Test
    void everyChildApprovedIsAllApproved() {
        BundleCase parent = newborn();
        parent.childChanged(birthCertificate, "CONCLUDED", "APPROVED", LATER);
        parent.childChanged(registration, "CONCLUDED", "APPROVED", LATER);
        parent.childChanged(insurance, "CONCLUDED", "APPROVED", LATER);
        assertThat(parent.state().result().outcome()).isEqualTo("ALL_APPROVED");
    }

    @Test
    void aDeliveryAfterTheConclusionIsRecordedWithoutConcludingTwice() {
        BundleCase parent = newborn();
        parent.childChanged(birthCertificate, "CONCLUDED", "APPROVED", LATER);
        parent.childChanged(registration, "CONCLUDED", "APPROVED", LATER);
        parent.childChanged(insurance, "CONCLUDED", "APPROVED", LATER);

        assertThat(parent.childChanged(insurance, "DELIVERED", null, LATER.plusSeconds(60))).isEmpty();
        assertThat(parent.state().children()).filteredOn(child -> child.caseId().equals(insurance))
                .singleElement().satisfies(child -> {
                    assertThat(child.status()).isEqualTo("DELIVERED");
                    assertThat(child.outcome()).as("the decision is kept").isEqualTo("APPROVED");
                });
        assertThat(parent.state().closedAt()).isEqualTo(LATER);
    }

    @Test
    void withdrawingNamesTheOpenChildrenAndCannotBeRepeated() {
        BundleCase parent = newborn();
        parent.childChanged(birthCertificate, "CONCLUDED", "APPROVED", LATER);
        assertThat(parent.openChildren()).containsExactly(registration, insurance);

        assertThat(parent.withdraw(" 搬家 ", LATER)).singleElement().isInstanceOf(BundleCaseEvent.Withdrawn.class);
        assertThat(parent.state().status()).isEqualTo(BundleCaseStatus.WITHDRAWN);
        assertThat(parent.state().closeReason()).isEqualTo("搬家");
        assertThatThrownBy(() -> parent.withdraw(null, LATER)).isInstanceOf(BundleRuleException.class);
    }

    @Test
    void childrenEndingAfterTheWithdrawalDoNotConcludeTheParent() {
        BundleCase parent = newborn();
        parent.withdraw(null, LATER);
        parent.childChanged(birthCertificate, "WITHDRAWN", null, LATER);
        parent.childChanged(registration, "WITHDRAWN", null, LATER);
        assertThat(parent.childChanged(insurance, "WITHDRAWN", null, LATER)).isEmpty();
        assertThat(parent.state().status()).isEqualTo(BundleCaseStatus.WITHDRAWN);
        assertThat(parent.state().result()).isNull();
    }

    @Test
    void aBundleApplicationWithoutItemsIsRefused() {
        BundleCaseState empty = state(List.of());
        assertThatThrownBy(() -> BundleCase.submit(empty, FILED)).isInstanceOf(BundleRuleException.class);
    }

    private BundleCase newborn() {
        BundleCase.Filed filed = BundleCase.submit(state(List.of(child(birthCertificate, "出生医学证明办理"),
                child(registration, "出生登记"), child(insurance, "医保参保登记"))), FILED);
        assertThat(filed.events()).singleElement().isInstanceOf(BundleCaseEvent.Submitted.class);
        return filed.filed();
    }

    private static ChildCase child(UUID id, String name) {
        return new ChildCase(id, "N-" + id, "CODE-" + name, name, "部门", "610326", "ORG", "SUBMITTED", null);
    }

    private static BundleCaseState state(List<ChildCase> children) {
        return new BundleCaseState(UUID.randomUUID(), "YJS61032620260302000001", UUID.randomUUID(), "新生儿出生", 1,
                "卫生健康局", "610326", "PERSON", "张三", "hash", "encrypted", "MOBILE", "610326", "HALL", null,
                FILED, null, null, null, children, null, 0);
    }
}
