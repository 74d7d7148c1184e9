package cn.yiwang.vectorcontrol.monitoring.messaging;

import cn.yiwang.vectorcontrol.monitoring.domain.ControlLevel;
import cn.yiwang.vectorcontrol.monitoring.domain.Survey;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Maps an evaluation to the alert it raises, if any species is below standard. */
public final class AlertEvents {

    private AlertEvents() {
    }

    public static Optional<ControlLevelAlertRaised> of(Survey survey, SurveyEvaluation evaluation, UUID eventId,
                                                      Instant occurredAt) {
        List<ControlLevelAlertRaised.SpeciesBelowStandard> species = evaluation.belowStandard().stream()
                .map(result -> new ControlLevelAlertRaised.SpeciesBelowStandard(result.species().name(),
                        result.standard(), result.level().name(), result.indicators().stream()
                        .flatMap(indicator -> indicator.conditions().stream()
                                .filter(condition -> condition.level() == ControlLevel.BELOW_STANDARD)
                                .map(condition -> new ControlLevelAlertRaised.FailedIndicator(indicator.code(),
                                        condition.index().name(), condition.value(),
                                        condition.thresholds().get(ControlLevel.C), condition.confidence().name())))
                        .toList()))
                .toList();
        if (species.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ControlLevelAlertRaised(eventId, survey.id(), survey.regionCode(), survey.periodStart(),
                survey.periodEnd(), evaluation.tableVersion(), species, occurredAt));
    }
}
