package cn.yiwang.cases.casefile.messaging;

import cn.yiwang.common.events.EventNames;
import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every event of topic {@code cases.case.v1}, owned by case-service. One shape for all event
 * types: the case's identity and parties on every event (so a consumer never needs a second
 * call), plus the fields of the step that happened; fields that do not apply are left out.
 * Examples per type: {@code src/main/resources/contracts/events/case-<event>.json}.
 *
 * @param event              the event name, as in {@code ce_type} {@code yiwang.case.<event>.v1}
 * @param bundleCaseId       on every event of a bundle's child case: the parent case (一件事), whose own
 *                           events ({@code bundlesubmitted} …) go out under this id; absent for a standalone case
 * @param bundleCaseNumber   the parent case's number, beside {@code bundleCaseId}
 * @param sequence           increases with every event of the case (with gaps): consumers order a case's
 *                           events by it and ignore one older than what they have, because the outbox
 *                           sends each transaction's events asynchronously and a later step may arrive first
 * @param regionCode         the deciding body's region (the region header)
 * @param applicantIdHash    keyed hash of the applicant's ID number or credit code, never the number
 * @param handlingStaff      who took the step ({@code system} for scheduled steps)
 * @param submission         which submission of the case (1, then +1 per supplement)
 * @param missingMaterials   supplement-requested: every missing or defective material
 * @param resultCertificateType concluded: the e-certificate type an approval produces
 */
public record CaseEventV1(UUID eventId, String event, UUID caseId, String caseNumber, UUID bundleCaseId,
                          String bundleCaseNumber, long sequence, Instant occurredAt,
                          String regionCode, String status, String applicantType, String applicantIdHash,
                          String itemCode, String itemName, Integer itemVersion, String channel,
                          String acceptingRegionCode, String acceptingOrgCode, String decidingRegionCode,
                          String decidingOrgCode, String handlingStaff, Integer submission, String reason,
                          Instant clockStartedAt, Instant promisedDueAt, Instant legalDueAt, String procedureType,
                          String procedureResult, Integer extensionWorkingDays, String outcome, String result,
                          String resultCertificateType, String deliveryMethod, String deliveryDetail,
                          List<MaterialDefectV1> missingMaterials, List<String> overdueMaterials)
        implements IntegrationEvent {

    public static final String TOPIC = "cases.case.v1";

    public record MaterialDefectV1(String materialCode, String materialName, String problem) {
    }

    @Override
    public String aggregateId() {
        return caseId.toString();
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
