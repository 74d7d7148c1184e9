package cn.yiwang.vectorcontrol.monitoring.messaging;

import cn.yiwang.common.events.IntegrationEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code vectorcontrol.alert.v1}: an evaluated survey found one or more species below standard
 * (worse than C), which the CDC reports to the patriotic-health committee (Baoji regulation
 * Art. 21). Published inside the evaluating transaction, it goes through common-lib's outbox to
 * Kafka with the CloudEvents headers. The wire record is owned here; consumers keep their own
 * reader of the fields they use.
 *
 * @param eventId      unique per event and stable across retries (the consumers' de-duplication key)
 * @param surveyId     the evaluated survey, also the record key
 * @param regionCode   the surveyed district
 * @param tableVersion the threshold table that graded the survey
 * @param species      each species below standard with the sub-indicators that failed C
 */
public record ControlLevelAlertRaised(UUID eventId, UUID surveyId, String regionCode, LocalDate periodStart,
                                      LocalDate periodEnd, String tableVersion, List<SpeciesBelowStandard> species,
                                      Instant occurredAt) implements IntegrationEvent {

    public static final String TOPIC = "vectorcontrol.alert.v1";
    public static final String TYPE = "yiwang.alert.raised.v1";

    @Override
    public String aggregateId() {
        return surveyId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    public record SpeciesBelowStandard(String species, String standard, String level,
                                       List<FailedIndicator> failedIndicators) {
    }

    /** A sub-indicator worse than C: the index that failed, its value and the C threshold it missed. */
    public record FailedIndicator(String indicator, String index, BigDecimal value, BigDecimal thresholdC,
                                  String confidence) {
    }
}
