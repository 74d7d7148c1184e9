package cn.yiwang.catalog.item.domain;

import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.guide.ServiceGuide;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImplementationItemTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    private static ImplementationItem claimed() {
        return ImplementationItem.claim(new ImplementationItem.BasicEntry(UUID.randomUUID(), "610100100000",
                        "个体工商户设立登记", "01", "《促进个体工商户发展条例》"), Examples.MEI_COUNTY, "眉县市场监督管理局",
                Examples.MEI_MARKET_REGULATION, "4", "市场监督管理局", null, Examples.completeGuide(), NOW);
    }

    private static ImplementationItem approved() {
        ImplementationItem item = claimed();
        item.submit(NOW);
        item.approve("approver", "同意", NOW);
        return item;
    }

    @Test
    void aClaimComposesTheImplementationCodeFromCreditCodeLevelAndBasicCode() {
        ImplementationItem item = claimed();
        assertThat(item.code()).isEqualTo("11610326MB0000001M" + "4" + "610100100000").hasSize(31);
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.name()).isEqualTo("个体工商户设立登记");
    }

    @Test
    void publishingFreezesTheApprovedWorkingCopyAsVersionOne() {
        ImplementationItem item = approved();
        ServiceGuide published = item.publish("眉县", NOW);
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.publishedAt()).isEqualTo(NOW);
        assertThat(published.typeName()).isEqualTo("行政许可");
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.hasCurrentPublication()).isTrue();
    }

    @Test
    void aDraftCannotBePublishedWithoutReview() {
        ImplementationItem item = claimed();
        assertThatThrownBy(() -> item.publish("眉县", NOW)).isInstanceOf(ItemStateException.class)
                .hasMessage("catalog.item.state.not-publishable");
    }

    @Test
    void aPublishedItemCannotBeEditedWithoutAChangeRequest() {
        ImplementationItem item = approved();
        item.publish("眉县", NOW);
        assertThatThrownBy(() -> item.revise("新名称", null, null, Examples.completeGuide(), NOW))
                .isInstanceOf(ItemStateException.class);
        item.openChangeRequest("调整收费", "dept-admin", NOW);
        item.revise("新名称", null, null, Examples.completeGuide(), NOW);
        assertThat(item.name()).isEqualTo("新名称");
        assertThat(item.hasCurrentPublication()).as("version 1 stays current during the change").isTrue();
    }

    @Test
    void aChangeRequestIsDecidedByTheReviewerAndClosedByPublication() {
        ImplementationItem item = approved();
        item.publish("眉县", NOW);
        ChangeRequest request = item.openChangeRequest("压缩时限", "dept-admin", NOW);
        item.submit(NOW);
        assertThat(request.status()).isEqualTo(ChangeRequest.Status.SUBMITTED);
        item.approve("approver-1", "同意", NOW);
        assertThat(request.decidedBy()).isEqualTo("approver-1");
        ServiceGuide second = item.publish("眉县", NOW);
        assertThat(second.version()).isEqualTo(2);
        assertThat(request.status()).isEqualTo(ChangeRequest.Status.PUBLISHED);
        assertThat(item.activeChangeRequest()).isEmpty();
    }

    @Test
    void withdrawingTwiceIsRefused() {
        ImplementationItem item = approved();
        item.publish("眉县", NOW);
        assertThat(item.withdraw(NOW)).isEqualTo(1);
        assertThat(item.status()).isEqualTo(ItemStatus.WITHDRAWN);
        assertThatThrownBy(() -> item.withdraw(NOW)).isInstanceOf(ItemStateException.class);
    }

    @Test
    void aWithdrawnItemCanComeBackThroughAChangeRequest() {
        ImplementationItem item = approved();
        item.publish("眉县", NOW);
        item.withdraw(NOW);
        item.openChangeRequest("恢复办理", "dept-admin", NOW);
        item.submit(NOW);
        item.approve("approver", null, NOW);
        assertThat(item.publish("眉县", NOW).version()).isEqualTo(2);
        assertThat(item.hasCurrentPublication()).isTrue();
    }

    @Test
    void cancellingAChangeRequestOfAWithdrawnItemLeavesItWithdrawnWithThePublishedContent() {
        ImplementationItem item = approved();
        ServiceGuide published = item.publish("眉县", NOW);
        item.withdraw(NOW);
        ChangeRequest request = item.openChangeRequest("恢复办理", "dept-admin", NOW);
        item.revise("另一个名称", null, null, Examples.fullyOnlineGuide(), NOW);

        item.cancelChangeRequest(request.id(), "dept-admin", "暂不恢复", new ImplementationItem.PublishedContent(
                published.name(), published.implementingBody(), published.department(), published.guide()), NOW);
        assertThat(item.status()).isEqualTo(ItemStatus.WITHDRAWN);
        assertThat(item.name()).isEqualTo("个体工商户设立登记");
        assertThat(item.guide()).isEqualTo(Examples.completeGuide());
        assertThat(item.activeChangeRequest()).isEmpty();
        assertThat(request.status()).isEqualTo(ChangeRequest.Status.CANCELLED);
        assertThatThrownBy(() -> item.cancelChangeRequest(request.id(), "dept-admin", null, null, NOW))
                .hasMessage("catalog.item.change-request.not-pending");
    }
}
