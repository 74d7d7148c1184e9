package cn.yiwang.review.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation as one caller may see it. For anyone but the evaluator the text is screened for
 * personal data, and for an anonymous evaluation everything that would point at the evaluator
 * (identity, case or ticket number) is left out. {@code recordedByAgent}: given over the phone and
 * recorded by a hotline agent.
 */
public record EvaluationView(UUID id, UUID invitationId, String kind, String level, List<String> indicators,
                             String text, String channel, boolean anonymous, EvaluatorView evaluator,
                             ServiceView service, Instant evaluatedAt, String moderation, boolean countsInStatistics,
                             boolean recordedByAgent) {

    public record EvaluatorView(String type, String idHash) {
    }

    /**
     * @param bundleName     a bundle application's (一件事) name, else {@code null}
     * @param leadDepartment a bundle application's lead department, else {@code null}
     */
    public record ServiceView(String source, String sourceId, String serviceNumber, List<String> itemCodes,
                              List<String> itemNames, String orgCode, String regionCode, List<String> staffIds,
                              Instant servedAt, String bundleName, String leadDepartment) {
    }
}
