package cn.yiwang.common.events;

import java.time.Instant;
import java.util.UUID;

/** A producer-owned event record as a service would write it, for the tests only. */
record CaseConcluded(UUID eventId, String caseId, String regionCode, Instant occurredAt, String outcome)
        implements IntegrationEvent {

    /** Constants, so listeners can name the topic in annotations; EventNamesTest checks the shape. */
    static final String TOPIC = "testcases.case.v1";
    static final String TYPE = "yiwang.case.concluded.v1";

    static CaseConcluded approved(String caseId, String regionCode) {
        return new CaseConcluded(UUID.randomUUID(), caseId, regionCode, Instant.now(), "approved");
    }

    @Override
    public String aggregateId() {
        return caseId;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return TOPIC;
    }
}
