package cn.yiwang.review.evaluation.domain;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.review.evaluation.EvaluationSubmitted;
import cn.yiwang.review.invitation.domain.Evaluator;
import cn.yiwang.review.invitation.domain.Invitation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static cn.yiwang.review.evaluation.domain.Services.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationRulesTest {

    private static final Instant A_DAY_LATER = CONCLUDED.plus(Duration.ofDays(1));
    private static final Evaluator THE_APPLICANT = Evaluator.holder(APPLICANT, "PERSON");

    @Test
    void thePersonServedRatesTheServiceOnce() {
        Invitation invitation = invitationForApplicant();

        Evaluation first = Evaluation.first(invitation, THE_APPLICANT, rated(Level.SATISFIED), INDICATORS, "sub-1", A_DAY_LATER);

        assertThat(first.kind()).isEqualTo(EvaluationKind.FIRST);
        assertThat(invitation.firstEvaluationId()).isEqualTo(first.id());
        assertThat(first.service().orgCode()).isEqualTo(MEI_COUNTY_BUREAU);
        assertThat(first.text()).isEqualTo("窗口人员态度很好");
    }

    @Test
    void aSecondFirstEvaluationOfTheSameServiceIsAConflict() {
        Invitation invitation = invitationForApplicant();
        Evaluation.first(invitation, THE_APPLICANT, rated(Level.SATISFIED), INDICATORS, "sub-1", A_DAY_LATER);

        assertThatThrownBy(() -> Evaluation.first(invitation, THE_APPLICANT, rated(Level.VERY_SATISFIED), INDICATORS,
                "sub-1", A_DAY_LATER)).satisfies(refused -> assertThat(kind(refused)).isEqualTo(ProblemKind.CONFLICT));
    }

    @Test
    void someoneWhoWasNotServedCannotRateAndDoesNotLearnTheServiceExists() {
        Invitation invitation = invitationForApplicant();

        assertThatThrownBy(() -> Evaluation.first(invitation, Evaluator.holder(SOMEONE_ELSE, "PERSON"),
                rated(Level.VERY_DISSATISFIED), INDICATORS, "sub-2", A_DAY_LATER))
                .satisfies(refused -> assertThat(kind(refused)).isEqualTo(ProblemKind.NOT_FOUND));
        assertThat(invitation.firstEvaluationId()).isNull();
    }

    @Test
    void aRatingGivenOverThePhoneIsRecordedByTheAgentOnThePhoneChannelAndStillCountsOnce() {
        Invitation invitation = invitationForApplicant();
        Rating byPhone = new Rating(Level.DISSATISFIED, List.of("efficiency"), "回访时表示办理太慢", Channel.PHONE, false);

        Evaluation recorded = Evaluation.recordedByPhone(invitation, byPhone, INDICATORS, "agent-12345-7", A_DAY_LATER);

        assertThat(recorded.channel()).isEqualTo(Channel.PHONE);
        assertThat(recorded.isRecordedByAgent()).isTrue();
        assertThat(recorded.recordedBy()).isEqualTo("agent-12345-7");
        assertThat(recorded.evaluatorIdHash()).as("the rating is the person served's, not the agent's").isEqualTo(APPLICANT);
        assertThatThrownBy(() -> Evaluation.first(invitation, THE_APPLICANT, rated(Level.SATISFIED), INDICATORS, "sub-1",
                A_DAY_LATER)).satisfies(refused -> assertThat(kind(refused)).isEqualTo(ProblemKind.CONFLICT));
    }

    @Test
    void anAgentRecordsOnlyPhoneRatings() {
        Invitation invitation = invitationForApplicant();

        assertThatThrownBy(() -> Evaluation.recordedByPhone(invitation, rated(Level.SATISFIED), INDICATORS, "agent-1",
                A_DAY_LATER)).satisfies(refused -> assertThat(kind(refused)).isEqualTo(ProblemKind.RULE_VIOLATED));
        assertThat(invitation.firstEvaluationId()).isNull();
    }

    @Test
    void afterTheEvaluationWindowNobodyCanRateAndNothingCountsAsRated() {
        Invitation invitation = invitationForApplicant();
        Instant afterWindow = CONCLUDED.plus(WINDOW);

        assertThatThrownBy(() -> Evaluation.first(invitation, THE_APPLICANT, rated(Level.SATISFIED), INDICATORS,
                "sub-1", afterWindow)).satisfies(refused -> assertThat(kind(refused)).isEqualTo(ProblemKind.CONFLICT));
        assertThat(invitation.isOpenAt(afterWindow)).isFalse();
        // No default "good" rating: an expired invitation stays unrated.
        assertThat(invitation.firstEvaluationId()).isNull();
    }

    @Test
    void aServiceReportedWithoutItsConclusionTimeIsDatedWhenWeLearnOfIt() {
        var undated = concludedCase();
        undated = new cn.yiwang.review.invitation.domain.ServiceContext(undated.source(), undated.sourceId(),
                undated.serviceNumber(), undated.itemCodes(), undated.itemNames(), undated.orgCode(), undated.regionCode(),
                undated.staffIds(), undated.serviceChannel(), null);

        Invitation invitation = Invitation.open(undated, APPLICANT, "PERSON", WINDOW, A_DAY_LATER);

        assertThat(invitation.context().servedAt()).isEqualTo(A_DAY_LATER);
        assertThat(invitation.expiresAt()).isEqualTo(A_DAY_LATER.plus(WINDOW));
    }

    @Test
    void aRatingWithoutAChosenLevelCannotExist() {
        assertThatThrownBy(() -> new Rating(null, List.of(), "", Channel.PC, false))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void oneFollowUpIsAllowedAndASecondIsAConflict() {
        Invitation invitation = invitationForApplicant();
        Evaluation.first(invitation, THE_APPLICANT, rated(Level.SATISFIED), INDICATORS, "sub-1", A_DAY_LATER);

        Evaluation followUp = Evaluation.followUp(invitation, THE_APPLICANT, rated(Level.DISSATISFIED), INDICATORS,
                WINDOW, "sub-1", A_DAY_LATER.plusSeconds(3600));

        assertThat(followUp.kind()).isEqualTo(EvaluationKind.FOLLOW_UP);
        assertThat(invitation.followUpEvaluationId()).isEqualTo(followUp.id());
        assertThatThrownBy(() -> Evaluation.followUp(invitation, THE_APPLICANT, rated(Level.SATISFIED), INDICATORS,
                WINDOW, "sub-1", A_DAY_LATER.plusSeconds(7200)))
                .satisfies(refused -> assertThat(kind(refused)).isEqualTo(ProblemKind.CONFLICT));
    }

    @Test
    void aFollowUpNeedsAFirstEvaluation() {
        Invitation invitation = invitationForApplicant();

        assertThatThrownBy(() -> Evaluation.followUp(invitation, THE_APPLICANT, rated(Level.SATISFIED), INDICATORS,
                WINDOW, "sub-1", A_DAY_LATER)).satisfies(refused -> assertThat(kind(refused)).isEqualTo(ProblemKind.CONFLICT));
    }

    @Test
    void indicatorsOutsideTheConfiguredListAreRefused() {
        Invitation invitation = invitationForApplicant();
        Rating rating = new Rating(Level.SATISFIED, List.of("bribes"), null, Channel.PC, false);

        assertThatThrownBy(() -> Evaluation.first(invitation, THE_APPLICANT, rating, INDICATORS, "sub-1", A_DAY_LATER))
                .satisfies(refused -> assertThat(kind(refused)).isEqualTo(ProblemKind.RULE_VIOLATED));
    }

    @Test
    void aWalkInServiceIsRatedByWhoeverHoldsTheShortCodeOnce() {
        Invitation walkIn = Invitation.walkIn(concludedCase(), "ABCD2345", Duration.ofHours(2), CONCLUDED);
        Evaluator hallDevice = Evaluator.withShortCode(null, null);

        Evaluation first = Evaluation.first(walkIn, hallDevice, rated(Level.VERY_SATISFIED), INDICATORS, "device-1",
                CONCLUDED.plusSeconds(60));

        assertThat(first.anonymous()).as("an unidentified evaluator at a hall device is anonymous").isTrue();
        assertThatThrownBy(() -> Evaluation.first(walkIn, hallDevice, rated(Level.SATISFIED), INDICATORS, "device-1",
                CONCLUDED.plusSeconds(120))).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Evaluation.first(Invitation.walkIn(concludedCase(), "ZZZZ2345", Duration.ofHours(2), CONCLUDED),
                Evaluator.holder(APPLICANT, "PERSON"), rated(Level.SATISFIED), INDICATORS, "sub-1", CONCLUDED.plusSeconds(60)))
                .as("without the code, nobody was served at that window")
                .satisfies(refused -> assertThat(kind(refused)).isEqualTo(ProblemKind.NOT_FOUND));
    }

    @Test
    void theSubmittedEventCarriesTheLevelByNameAndExchangeCodeAndHidesAnAnonymousEvaluator() {
        Invitation invitation = invitationForApplicant();
        Rating anonymous = new Rating(Level.DISSATISFIED, List.of(), "等了两个小时", Channel.PC, true);

        Evaluation evaluation = Evaluation.first(invitation, THE_APPLICANT, anonymous, INDICATORS, "sub-1", A_DAY_LATER);
        EvaluationSubmitted submitted = (EvaluationSubmitted) evaluation.takeEvents().get(0);

        assertThat(submitted.level()).isEqualTo("DISSATISFIED");
        assertThat(submitted.levelCode()).isEqualTo(2);
        assertThat(submitted.negative()).isTrue();
        assertThat(submitted.evaluatorIdHash()).isNull();
        assertThat(evaluation.evaluatorIdHash()).as("kept for the evaluator's own list").isEqualTo(APPLICANT);
        assertThat(evaluation.takeEvents()).as("events are taken once").isEmpty();
    }

    @Test
    void anExcludedEvaluationStaysOnRecordButCannotBeExcludedTwice() {
        Invitation invitation = invitationForApplicant();
        Evaluation evaluation = Evaluation.first(invitation, THE_APPLICANT, rated(Level.VERY_DISSATISFIED), INDICATORS,
                "sub-1", A_DAY_LATER);

        evaluation.excludeFromStatistics(java.util.UUID.randomUUID(), A_DAY_LATER);

        assertThat(evaluation.excluded()).isTrue();
        assertThat(evaluation.level()).isEqualTo(Level.VERY_DISSATISFIED);
        assertThat(evaluation.isPublic()).isFalse();
        assertThatThrownBy(() -> evaluation.excludeFromStatistics(java.util.UUID.randomUUID(), A_DAY_LATER))
                .isInstanceOf(ProblemException.class);
    }

    private static ProblemKind kind(Throwable thrown) {
        return ((ProblemException) thrown).kind();
    }
}
