package cn.yiwang.catalog.item;

import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.item.domain.ChangeRequest;
import cn.yiwang.catalog.item.domain.ImplementationItem;
import cn.yiwang.catalog.item.domain.ItemStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An implementation item's working copy as editors and reviewers see it. */
public record ItemView(UUID id, String code, String basicCode, String name, String type, String legalBasis,
                       String level, String regionCode, String implementingBody, String bodyCreditCode,
                       String department, ItemStatus status, Integer publishedVersion, boolean publicationWithdrawn,
                       Guide guide, List<ChangeRequestView> changeRequests, long version, Instant updatedAt) {

    public record ChangeRequestView(UUID id, String reason, ChangeRequest.Status status, String openedBy,
                                    Instant openedAt, String decidedBy, Instant decidedAt, String decisionComment,
                                    String cancelledBy, Instant cancelledAt, String cancelReason) {
    }

    static ItemView of(ImplementationItem item) {
        return new ItemView(item.id(), item.code(), item.basicCode(), item.name(), item.type(), item.legalBasis(),
                item.level(), item.regionCode(), item.implementingBody(), item.bodyCreditCode(), item.department(),
                item.status(), item.publishedVersion(), item.publicationWithdrawn(), item.guide(),
                item.changeRequests().stream().map(request -> new ChangeRequestView(request.id(), request.reason(),
                        request.status(), request.openedBy(), request.openedAt(), request.decidedBy(),
                        request.decidedAt(), request.decisionComment(), request.cancelledBy(), request.cancelledAt(),
                        request.cancelReason())).toList(),
                item.version(), item.updatedAt());
    }
}
