package cn.yiwang.cases.bundle.messaging;

import cn.yiwang.cases.bundle.domain.BundleCaseEvent;
import cn.yiwang.cases.bundle.domain.BundleCaseState;
import cn.yiwang.cases.bundle.domain.BundleResult;
import cn.yiwang.common.events.EventNames;
import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The events of a bundle application's parent case on {@code cases.case.v1}, key = the parent's id:
 * {@code yiwang.case.bundlesubmitted.v1}, {@code …bundleconcluded.v1}, {@code …bundlewithdrawn.v1}.
 * Each names every child case, whose own events ({@code yiwang.case.submitted.v1} …) go out under
 * the child's id as for any case. Example: {@code contracts/events/case-bundleconcluded.json}.
 *
 * @param sequence        1 for bundlesubmitted, 2 for the one final event (concluded or withdrawn): consumers
 *                        order by it, as for case events, since the outbox may deliver the later one first
 * @param regionCode      the accepting hall's region (the region header)
 * @param applicantIdHash keyed hash of the applicant's ID number or credit code, never the number
 * @param result          bundleconcluded: how the children ended
 * @param reason          bundlewithdrawn: the applicant's reason, if given
 */
public record BundleCaseEventV1(UUID eventId, String event, UUID bundleCaseId, String bundleCaseNumber,
                                long sequence, Instant occurredAt, String regionCode, String status, UUID bundleId,
                                String bundleName, int bundleVersion, String leadDepartment, String applicantType,
                                String applicantIdHash, String channel, String acceptingRegionCode,
                                String acceptingOrgCode, String handlingStaff, List<Child> children,
                                BundleResult result, String reason) implements IntegrationEvent {

    public static final String TOPIC = "cases.case.v1";

    public record Child(UUID caseId, String caseNumber, String itemCode, String itemName, String department,
                        String status, String outcome) {
    }

    public static BundleCaseEventV1 of(BundleCaseEvent event, BundleCaseState s, String actor) {
        String name;
        BundleResult result = null;
        String reason = null;
        if (event instanceof BundleCaseEvent.Submitted) {
            name = "bundlesubmitted";
        } else if (event instanceof BundleCaseEvent.Concluded concluded) {
            name = "bundleconcluded";
            result = concluded.result();
        } else if (event instanceof BundleCaseEvent.Withdrawn withdrawn) {
            name = "bundlewithdrawn";
            reason = withdrawn.reason();
        } else {
            throw new IllegalArgumentException("no wire form for " + event.getClass().getName());
        }
        List<Child> children = s.children().stream().map(child -> new Child(child.caseId(), child.number(),
                child.itemCode(), child.itemName(), child.department(), child.status(), child.outcome())).toList();
        long sequence = event instanceof BundleCaseEvent.Submitted ? 1 : 2;
        return new BundleCaseEventV1(event.eventId(), name, s.id(), s.number(), sequence, event.occurredAt(),
                s.acceptingRegionCode(), s.status().name(), s.bundleId(), s.bundleName(), s.bundleVersion(),
                s.leadDepartment(), s.applicantType(), s.applicantIdHash(), s.channel(), s.acceptingRegionCode(),
                s.acceptingOrgCode(), actor, children, result, reason);
    }

    @Override
    public String aggregateId() {
        return bundleCaseId.toString();
    }

    @Override
    public String type() {
        return EventNames.type("case", event, 1);
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
