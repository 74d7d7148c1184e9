package cn.yiwang.cases.casefile.messaging;

import cn.yiwang.cases.casefile.domain.CaseEvent;
import cn.yiwang.cases.casefile.domain.CaseState;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.cases.material.Material;

import java.util.List;
import java.util.UUID;

/** Turns the aggregate's events into the wire records of {@code cases.case.v1}. */
public final class CaseEventsV1 {

    private CaseEventsV1() {
    }

    /**
     * @param state     the case after the step
     * @param deadlines its deadlines after the step
     * @param actor     who took the step
     * @param sequence  the event's place in the case's history (see {@link CaseEventV1#sequence()})
     */
    public static CaseEventV1 of(CaseEvent event, CaseState state, Deadlines deadlines, String actor, long sequence) {
        Fields f = new Fields();
        String name;
        // Java 17: no pattern matching for switch yet, so one instanceof per sealed subtype.
        if (event instanceof CaseEvent.Submitted submitted) {
            f.submission = submitted.submission();
            name = "submitted";
        } else if (event instanceof CaseEvent.Accepted accepted) {
            f.clockStartedAt = accepted.clockStart();
            name = "accepted";
        } else if (event instanceof CaseEvent.NotAccepted refused) {
            f.reason = refused.reason();
            name = "notaccepted";
        } else if (event instanceof CaseEvent.SupplementRequested requested) {
            f.submission = requested.notice().submission();
            f.missing = requested.notice().defects().stream()
                    .map(defect -> new CaseEventV1.MaterialDefectV1(defect.materialCode(),
                            nameOf(state, defect.materialCode()), defect.problem()))
                    .toList();
            name = "supplementrequested";
        } else if (event instanceof CaseEvent.Suspended suspended) {
            f.procedureType = suspended.procedure().type().name();
            f.reason = suspended.procedure().reason();
            name = "suspended";
        } else if (event instanceof CaseEvent.Resumed resumed) {
            f.procedureType = resumed.procedure().type().name();
            f.procedureResult = resumed.procedure().result();
            name = "resumed";
        } else if (event instanceof CaseEvent.Extended extended) {
            f.extensionDays = extended.extension().workingDays();
            f.reason = extended.extension().reason();
            name = "extended";
        } else if (event instanceof CaseEvent.Concluded concluded) {
            f.outcome = concluded.decision().outcome().name();
            f.result = concluded.decision().result();
            f.certificateType = concluded.decision().certificateType();
            name = "concluded";
        } else if (event instanceof CaseEvent.Delivered delivered) {
            f.deliveryMethod = delivered.delivery().method().name();
            f.deliveryDetail = delivered.delivery().detail();
            name = "delivered";
        } else if (event instanceof CaseEvent.Withdrawn withdrawn) {
            f.reason = withdrawn.reason();
            name = "withdrawn";
        } else if (event instanceof CaseEvent.Terminated terminated) {
            f.overdueMaterials = terminated.overdueMaterials();
            name = "terminated";
        } else if (event instanceof CaseEvent.Revoked revoked) {
            f.reason = revoked.reason();
            name = "revoked";
        } else if (event instanceof CaseEvent.OverdueWarning) {
            name = "overduewarning";
        } else if (event instanceof CaseEvent.Overdue) {
            name = "overdue";
        } else {
            throw new IllegalArgumentException("no wire form for " + event.getClass().getName());
        }
        UUID bundleCaseId = state.bundle() == null ? null : state.bundle().bundleCaseId();
        String bundleCaseNumber = state.bundle() == null ? null : state.bundle().bundleCaseNumber();
        return new CaseEventV1(event.eventId(), name, state.id(), state.number(), bundleCaseId, bundleCaseNumber,
                sequence, event.occurredAt(),
                state.deciding().regionCode(), state.status().name(), state.applicant().type().name(),
                state.applicant().idHash(), state.item().implementationCode(), state.item().name(),
                state.item().version(), state.channel().name(), state.accepting().regionCode(),
                state.accepting().orgCode(), state.deciding().regionCode(), state.deciding().orgCode(), actor,
                f.submission, f.reason, f.clockStartedAt, deadlines.promisedDue(), deadlines.legalDue(),
                f.procedureType, f.procedureResult, f.extensionDays, f.outcome, f.result, f.certificateType,
                f.deliveryMethod, f.deliveryDetail, f.missing, f.overdueMaterials);
    }

    /**
     * The events of one step with their sequence numbers. Every step that causes an event writes
     * exactly one timeline entry per event, so the entry's position orders the case's events.
     */
    public static List<CaseEventV1> of(List<CaseEvent> caused, CaseState state, Deadlines deadlines, String actor) {
        int first = state.timeline().size() - caused.size() + 1;
        List<CaseEventV1> wire = new java.util.ArrayList<>();
        for (int i = 0; i < caused.size(); i++) {
            wire.add(of(caused.get(i), state, deadlines, actor, first + i));
        }
        return wire;
    }

    private static String nameOf(CaseState state, String materialCode) {
        return state.materials().stream().filter(material -> material.code().equals(materialCode))
                .map(Material::requirement).map(requirement -> requirement.name()).findFirst().orElse(null);
    }

    private static final class Fields {
        Integer submission;
        String reason;
        java.time.Instant clockStartedAt;
        String procedureType;
        String procedureResult;
        Integer extensionDays;
        String outcome;
        String result;
        String certificateType;
        String deliveryMethod;
        String deliveryDetail;
        List<CaseEventV1.MaterialDefectV1> missing;
        List<String> overdueMaterials;
    }
}
