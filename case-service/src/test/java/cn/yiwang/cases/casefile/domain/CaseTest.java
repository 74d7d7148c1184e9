package cn.yiwang.cases.casefile.domain;

import cn.yiwang.cases.clock.DeadlineColour;
import cn.yiwang.cases.material.Material;
import cn.yiwang.cases.material.Verification;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static cn.yiwang.cases.casefile.domain.ExampleCases.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTest {

    @Nested
    class Submitting {

        @Test
        void anApplicationIsSubmittedWithEveryMaterialOfTheGuideListed() {
            Case.Filed filed = aCase().without(LAYOUT_PLAN).file();

            assertThat(filed.filed().status()).isEqualTo(CaseStatus.SUBMITTED);
            assertThat(filed.events()).singleElement().isInstanceOf(CaseEvent.Submitted.class);
            assertThat(filed.filed().state().materials()).extracting(Material::code)
                    .containsExactly("M01", "M02", "M03", "M04");
            assertThat(filed.filed().state().materials().get(3).satisfiesAcceptance()).isFalse();
        }

        @Test
        void aCommitmentIsRefusedForAMaterialTheGuideDoesNotAllowItFor() {
            assertRule(() -> aCase().with(Material.committed(APPLICATION_FORM)).file(),
                    "case.material.commitment-not-allowed");
        }

        @Test
        void anApplicantMarkedForAFalseCommitmentCannotCommitAgain() {
            assertRule(() -> aCase().byAnApplicantMarkedForAFalseCommitment().with(Material.committed(PREMISES_PROOF)).file(),
                    "case.material.commitment-refused");
        }

        @Test
        void aGapIsRefusedForAKeyMaterial() {
            assertRule(() -> aCase().with(Material.gap(APPLICATION_FORM, day("2026-03-20"))).file(),
                    "case.material.gap-not-allowed");
        }

        @Test
        void aGapMustBeDueAfterToday() {
            assertRule(() -> aCase().with(Material.gap(LAYOUT_PLAN, day("2026-03-02"))).file(),
                    "case.material.gap-due-in-past");
        }

        @Test
        void anECertificateIsRefusedWhereTheGuideNamesNoCertificateType() {
            assertRule(() -> aCase().with(Material.certificate(APPLICATION_FORM, "1.2.156.3005.2.x", Verification.VERIFIED)).file(),
                    "case.material.certificate-not-allowed");
        }

        @Test
        void aMaterialTheGuideDoesNotAskForIsRefused() {
            assertRule(() -> aCase().with(Material.uploaded(
                    new cn.yiwang.cases.material.MaterialRequirement("M99", "其他", false, null, false, false), "doc")).file(),
                    "case.material.unknown");
        }
    }

    @Nested
    class Accepting {

        @Test
        void aCompleteApplicationIsAcceptedAndTheClockStarts() {
            Case kase = aCase().submitted();

            List<CaseEvent> events = kase.accept("clerk-1", at("2026-03-02T10:00"), CLOCK);

            assertThat(kase.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseEvent.Accepted.class,
                    accepted -> assertThat(accepted.clockStart()).isEqualTo(at("2026-03-02T10:00")));
            assertThat(kase.deadlines(CLOCK).promisedDue()).isEqualTo(at("2026-03-17T00:00"));
            assertThat(kase.deadlines(CLOCK).legalDue()).isEqualTo(at("2026-03-31T00:00"));
        }

        @Test
        void acceptingAnIncompleteApplicationIsRefused() {
            Case kase = aCase().without(LAYOUT_PLAN).submitted();

            assertConflict(() -> kase.accept("clerk-1", at("2026-03-02T10:00"), CLOCK), "case.accept.incomplete");
            assertThat(kase.status()).isEqualTo(CaseStatus.SUBMITTED);
        }

        @Test
        void aCertificateAwaitingVerificationIsNeverSilentlyAccepted() {
            Case kase = aCase().with(Material.certificate(BUSINESS_LICENCE, "1.2.156.3005.2.a", Verification.PENDING)).submitted();

            assertConflict(() -> kase.accept("clerk-1", at("2026-03-02T10:00"), CLOCK), "case.accept.pending-verification");
        }

        @Test
        void aVerifiedCertificateCountsAsTheMaterial() {
            Case kase = aCase().with(Material.certificate(BUSINESS_LICENCE, "1.2.156.3005.2.a", Verification.PENDING)).submitted();

            kase.recordVerification("M02", Verification.VERIFIED, at("2026-03-02T09:30"));
            kase.accept("clerk-1", at("2026-03-02T10:00"), CLOCK);

            assertThat(kase.status()).isEqualTo(CaseStatus.ACCEPTED);
        }

        @Test
        void aRejectedCertificateLeavesTheMaterialMissing() {
            Case kase = aCase().with(Material.certificate(BUSINESS_LICENCE, "1.2.156.3005.2.a", Verification.PENDING)).submitted();

            kase.recordVerification("M02", Verification.REJECTED, at("2026-03-02T09:30"));

            assertConflict(() -> kase.accept("clerk-1", at("2026-03-02T10:00"), CLOCK), "case.accept.incomplete");
        }

        @Test
        void aCommitmentAndAnAcceptedGapCountForAcceptance() {
            Case kase = aCase().with(Material.committed(PREMISES_PROOF)).with(Material.gap(LAYOUT_PLAN, day("2026-03-10"))).submitted();

            kase.accept("clerk-1", at("2026-03-02T10:00"), CLOCK);

            assertThat(kase.status()).isEqualTo(CaseStatus.ACCEPTED);
        }

        @Test
        void anApplicationLeftWithoutNoticeForFiveWorkingDaysCountsAsAcceptedOnArrival() {
            Case kase = aCase().submittedAt("2026-03-02T09:00").submitted();

            List<CaseEvent> events = kase.accept("clerk-1", at("2026-03-10T09:00"), CLOCK);

            assertThat(((CaseEvent.Accepted) events.get(0)).clockStart()).isEqualTo(at("2026-03-02T09:00"));
            assertThat(kase.deadlines(CLOCK).promisedDue()).isEqualTo(at("2026-03-17T00:00"));
        }

        @Test
        void anApplicationIsNotAcceptedWithAReason() {
            Case kase = aCase().submitted();

            List<CaseEvent> events = kase.notAccept("clerk-1", "不属于本机关职权范围", at("2026-03-02T10:00"));

            assertThat(kase.status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseEvent.NotAccepted.class,
                    refused -> assertThat(refused.reason()).isEqualTo("不属于本机关职权范围"));
        }

        @Test
        void refusingWithoutAReasonIsRefused() {
            Case kase = aCase().submitted();

            assertRule(() -> kase.notAccept("clerk-1", " ", at("2026-03-02T10:00")), "case.reason-required");
            assertThat(kase.status()).isEqualTo(CaseStatus.SUBMITTED);
        }

        @Test
        void anAcceptedCaseCannotBeAcceptedAgain() {
            Case kase = aCase().accepted();

            assertConflict(() -> kase.accept("clerk-1", at("2026-03-03T10:00"), CLOCK), "case.illegal-transition");
        }
    }

    @Nested
    class SupplementNotice {

        private final List<MaterialDefect> everythingMissing = List.of(
                new MaterialDefect("M03", "缺少租赁合同"), new MaterialDefect("M04", "布局图未标注面积"));

        @Test
        void oneNoticeListsEveryMissingMaterial() {
            Case kase = aCase().submitted();

            List<CaseEvent> events = kase.requestSupplement("clerk-1", everythingMissing, at("2026-03-03T10:00"), CLOCK);

            assertThat(kase.status()).isEqualTo(CaseStatus.SUPPLEMENT_REQUESTED);
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseEvent.SupplementRequested.class,
                    requested -> assertThat(requested.notice().defects()).hasSize(2));
        }

        @Test
        void aSecondNoticeForTheSameSubmissionIsRefused() {
            Case kase = aCase().submitted();
            kase.requestSupplement("clerk-1", everythingMissing, at("2026-03-03T10:00"), CLOCK);

            assertConflict(() -> kase.requestSupplement("clerk-1", List.of(new MaterialDefect("M01", "签名缺失")),
                    at("2026-03-03T11:00"), CLOCK), "case.supplement.already-notified");
            assertThat(kase.state().notices()).hasSize(1);
        }

        @Test
        void theResubmissionMayGetItsOwnNotice() {
            Case kase = aCase().submitted();
            kase.requestSupplement("clerk-1", everythingMissing, at("2026-03-03T10:00"), CLOCK);

            List<CaseEvent> resubmitted = kase.supply("citizen-1", List.of(Material.uploaded(PREMISES_PROOF, "doc-5")), true,
                    day("2026-03-04"), at("2026-03-04T10:00"));
            kase.requestSupplement("clerk-1", List.of(new MaterialDefect("M03", "合同已过期")), at("2026-03-04T11:00"), CLOCK);

            assertThat(resubmitted).singleElement().isInstanceOfSatisfying(CaseEvent.Submitted.class,
                    submitted -> assertThat(submitted.submission()).isEqualTo(2));
            assertThat(kase.state().notices()).extracting(cn.yiwang.cases.casefile.domain.SupplementNotice::submission)
                    .containsExactly(1, 2);
        }

        @Test
        void anEmptyNoticeIsRefused() {
            assertRule(() -> aCase().submitted().requestSupplement("clerk-1", List.of(), at("2026-03-03T10:00"), CLOCK),
                    "case.supplement.nothing-listed");
        }

        @Test
        void aNoticeAfterFiveWorkingDaysIsTooLateBecauseTheApplicationCountsAsAccepted() {
            Case kase = aCase().submittedAt("2026-03-02T09:00").submitted();

            assertConflict(() -> kase.requestSupplement("clerk-1", everythingMissing, at("2026-03-10T09:00"), CLOCK),
                    "case.supplement.too-late");
            kase.requestSupplement("clerk-1", everythingMissing, at("2026-03-09T16:00"), CLOCK);
            assertThat(kase.status()).isEqualTo(CaseStatus.SUPPLEMENT_REQUESTED);
        }

        @Test
        void theApplicantCanOnlySupplyWhenANoticeIsOpen() {
            assertConflict(() -> aCase().submitted().supply("citizen-1", List.of(), true, day("2026-03-02"),
                    at("2026-03-02T10:00")), "case.illegal-transition");
        }
    }

    @Nested
    class Handling {

        @Test
        void specialProcedurePausesTheClock() {
            Case kase = aCase().underReview();

            List<CaseEvent> suspended = kase.startSpecialProcedure("approver-1", ProcedureType.INSPECTION, "现场核查",
                    at("2026-03-04T09:00"));
            assertThat(kase.deadlines(CLOCK).stopped()).isTrue();
            assertThat(kase.deadlines(CLOCK).colourAt(at("2026-04-30T09:00"))).isEqualTo(DeadlineColour.GREEN);
            List<CaseEvent> resumed = kase.endSpecialProcedure("approver-1", "核查合格", at("2026-03-06T17:00"));

            assertThat(suspended).singleElement().isInstanceOf(CaseEvent.Suspended.class);
            assertThat(resumed).singleElement().isInstanceOfSatisfying(CaseEvent.Resumed.class,
                    event -> assertThat(event.procedure().end()).isEqualTo(at("2026-03-06T17:00")));
            assertThat(kase.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
            // 4, 5 and 6 March do not count: the ten days end on 19 March instead of 16 March.
            assertThat(kase.deadlines(CLOCK).promisedDue()).isEqualTo(at("2026-03-20T00:00"));
        }

        @Test
        void aSpecialProcedureNeedsAReason() {
            assertRule(() -> aCase().underReview().startSpecialProcedure("approver-1", ProcedureType.HEARING, "",
                    at("2026-03-04T09:00")), "case.reason-required");
        }

        @Test
        void aCaseCannotConcludeDuringASpecialProcedure() {
            Case kase = aCase().underReview();
            kase.startSpecialProcedure("approver-1", ProcedureType.EXPERT_REVIEW, "专家评审", at("2026-03-04T09:00"));

            assertConflict(() -> kase.conclude("approver-1", Outcome.APPROVED, "准予", at("2026-03-05T09:00")),
                    "case.illegal-transition");
        }

        @Test
        void theDeadlineIsExtendedOnceByAtMostTenWorkingDays() {
            Case kase = aCase().underReview();

            List<CaseEvent> events = kase.extend("head-1", 10, "需现场复核", at("2026-03-10T09:00"), CLOCK);

            assertThat(events).singleElement().isInstanceOf(CaseEvent.Extended.class);
            assertThat(kase.deadlines(CLOCK).legalDue()).isEqualTo(at("2026-04-15T00:00"));
            assertConflict(() -> kase.extend("head-1", 1, "再次延期", at("2026-03-11T09:00"), CLOCK), "case.extend.only-once");
        }

        @Test
        void anExtensionBeyondTenWorkingDaysIsRefused() {
            assertRule(() -> aCase().underReview().extend("head-1", 11, "需现场复核", at("2026-03-10T09:00"), CLOCK),
                    "case.extend.too-long");
        }

        @Test
        void jointHandlingMayBeExtendedByFifteenWorkingDays() {
            Case kase = aCase().forItem(jointLicence()).underReview();

            kase.extend("head-1", 15, "多部门联合审查", at("2026-03-10T09:00"), CLOCK);

            assertThat(kase.state().extension().workingDays()).isEqualTo(15);
        }

        @Test
        void anExtensionWithoutAReasonIsRefused() {
            assertRule(() -> aCase().underReview().extend("head-1", 5, null, at("2026-03-10T09:00"), CLOCK),
                    "case.reason-required");
        }

        @Test
        void anExtensionAfterTheLegalDeadlineIsRefused() {
            assertConflict(() -> aCase().underReview().extend("head-1", 5, "需复核", at("2026-03-31T09:00"), CLOCK),
                    "case.extend.after-deadline");
        }

        @Test
        void anApprovalCarriesTheItemsResultCertificateType() {
            Case kase = aCase().underReview();

            List<CaseEvent> events = kase.conclude("approver-1", Outcome.APPROVED, "准予许可", at("2026-03-05T09:00"));

            assertThat(events).singleElement().isInstanceOfSatisfying(CaseEvent.Concluded.class,
                    concluded -> assertThat(concluded.decision().certificateType()).isEqualTo("11100000000013338W032"));
        }

        @Test
        void aDenialCarriesNoCertificateType() {
            Case kase = aCase().underReview();

            kase.conclude("approver-1", Outcome.DENIED, "不符合条件", at("2026-03-05T09:00"));

            assertThat(kase.state().decision().certificateType()).isNull();
        }

        @Test
        void aConcludedCaseIsDeliveredOnce() {
            Case kase = aCase().concluded();

            List<CaseEvent> events = kase.deliver("clerk-1", DeliveryMethod.POST, "EMS1234567", at("2026-03-06T09:00"));

            assertThat(events).singleElement().isInstanceOf(CaseEvent.Delivered.class);
            assertConflict(() -> kase.deliver("clerk-1", DeliveryMethod.POST, "EMS1234567", at("2026-03-06T10:00")),
                    "case.illegal-transition");
        }

        @Test
        void aCaseCannotBeDeliveredBeforeItConcludes() {
            assertConflict(() -> aCase().underReview().deliver("clerk-1", DeliveryMethod.WINDOW_PICKUP, null,
                    at("2026-03-06T09:00")), "case.illegal-transition");
        }

        @Test
        void theIssuedCertificateIsAttachedOnce() {
            Case kase = aCase().concluded();

            assertThat(kase.attachCertificate("1.2.156.3005.2.x.y.1.001.Z", at("2026-03-06T09:00"))).isTrue();
            assertThat(kase.attachCertificate("1.2.156.3005.2.x.y.1.001.Z", at("2026-03-06T09:01"))).isFalse();
            assertThat(kase.state().decision().certificateId()).isEqualTo("1.2.156.3005.2.x.y.1.001.Z");
        }
    }

    @Nested
    class ImmediateItems {

        @Test
        void anImmediateItemIsAcceptedAndConcludedInOneStep() {
            Case kase = aCase().forItem(residenceCertificate()).submitted();

            List<CaseEvent> events = kase.acceptImmediately("clerk-1", Outcome.APPROVED, "当场出具", at("2026-03-02T09:10"), CLOCK);

            assertThat(events).hasExactlyElementsOfTypes(CaseEvent.Accepted.class, CaseEvent.Concluded.class);
            assertThat(kase.status()).isEqualTo(CaseStatus.CONCLUDED);
        }

        @Test
        void aPromisedItemCannotBeConcludedOnTheSpot() {
            assertConflict(() -> aCase().submitted().acceptImmediately("clerk-1", Outcome.APPROVED, "当场出具",
                    at("2026-03-02T09:10"), CLOCK), "case.immediate.not-immediate");
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void theApplicantMayWithdrawBeforeTheDecision() {
            Case kase = aCase().underReview();

            List<CaseEvent> events = kase.withdraw("citizen-1", "不再需要", at("2026-03-04T09:00"));

            assertThat(kase.status()).isEqualTo(CaseStatus.WITHDRAWN);
            assertThat(events).singleElement().isInstanceOf(CaseEvent.Withdrawn.class);
        }

        @Test
        void aConcludedCaseCannotBeWithdrawn() {
            assertConflict(() -> aCase().concluded().withdraw("citizen-1", null, at("2026-03-09T09:00")),
                    "case.illegal-transition");
        }

        @Test
        void aWithdrawnCaseCannotBeAccepted() {
            Case kase = aCase().submitted();
            kase.withdraw("citizen-1", null, at("2026-03-02T09:30"));

            assertConflict(() -> kase.accept("clerk-1", at("2026-03-02T10:00"), CLOCK), "case.illegal-transition");
        }
    }

    @Nested
    class CertificateValues {

        @Test
        void anApprovalKeepsTheEncryptedCertificateValuesAndTheValidityWithTheDecision() {
            Case kase = aCase().underReview();

            kase.conclude("approver-1", Outcome.APPROVED, "准予许可",
                    new CertificateData("enc:values", day("2031-03-29")), at("2026-03-30T09:00"));

            assertThat(kase.state().decision().certificateDataEncrypted()).isEqualTo("enc:values");
            assertThat(kase.state().decision().certificateValidUntil()).isEqualTo(day("2031-03-29"));
            assertThat(kase.state().decision().resultsInCertificate()).isTrue();
        }

        @Test
        void aDenialCannotCarryCertificateValues() {
            Case kase = aCase().underReview();

            assertRule(() -> kase.conclude("approver-1", Outcome.DENIED, "不予许可",
                            new CertificateData("enc:values", null), at("2026-03-30T09:00")),
                    "case.conclude.certificate-data-not-applicable");
            assertThat(kase.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        }

        @Test
        void anItemWithoutACertificateResultCannotCarryCertificateValues() {
            Case kase = aCase().forItem(residenceCertificate()).submitted();

            assertRule(() -> kase.acceptImmediately("clerk-1", Outcome.APPROVED, "当场出具",
                            new CertificateData("enc:values", null), at("2026-03-02T09:10"), CLOCK),
                    "case.conclude.certificate-data-not-applicable");
            assertThat(kase.status()).as("not even accepted").isEqualTo(CaseStatus.SUBMITTED);
        }

        @Test
        void aCertificateCannotExpireBeforeTheDayAfterTheDecision() {
            Case kase = aCase().underReview();

            assertRule(() -> kase.conclude("approver-1", Outcome.APPROVED, "准予许可",
                            new CertificateData(null, day("2026-03-30")), at("2026-03-30T09:00")),
                    "case.conclude.valid-until-past");
        }
    }

    @Nested
    class BundleChildren {

        @Test
        void aNewCaseJoinsABundleOnceAndNeverChangesParent() {
            Case kase = aCase().submitted();
            BundleMembership parent = new BundleMembership(java.util.UUID.randomUUID(), "YJS61032620260302000001");

            kase.joinBundle(parent);

            assertThat(kase.state().bundle()).isEqualTo(parent);
            assertConflict(() -> kase.joinBundle(new BundleMembership(java.util.UUID.randomUUID(), "YJS61032620260302000002")),
                    "case.bundle.already-filed");
            assertThat(kase.state().bundle()).isEqualTo(parent);
        }

        @Test
        void theParentStaysThroughEveryStep() {
            Case kase = aCase().submitted();
            BundleMembership parent = new BundleMembership(java.util.UUID.randomUUID(), "YJS61032620260302000001");
            kase.joinBundle(parent);

            kase.accept("clerk-1", at("2026-03-02T10:00"), CLOCK);
            kase.conclude("approver-1", Outcome.APPROVED, "准予", at("2026-03-05T09:00"));

            assertThat(kase.state().bundle()).isEqualTo(parent);
        }
    }

    @Nested
    class AcceptedGaps {

        @Test
        void aCaseWithAnOpenGapCannotConclude() {
            Case kase = aCase().with(Material.gap(LAYOUT_PLAN, day("2026-03-10"))).accepted();

            assertConflict(() -> kase.conclude("approver-1", Outcome.APPROVED, "准予", at("2026-03-05T09:00")),
                    "case.conclude.open-gaps");
        }

        @Test
        void onceTheGapIsClosedTheCaseConcludes() {
            Case kase = aCase().with(Material.gap(LAYOUT_PLAN, day("2026-03-10"))).accepted();

            kase.closeGap("citizen-1", "M04", "doc-9", at("2026-03-04T09:00"));
            kase.conclude("approver-1", Outcome.APPROVED, "准予", at("2026-03-05T09:00"));

            assertThat(kase.status()).isEqualTo(CaseStatus.CONCLUDED);
        }

        @Test
        void anOverdueGapEndsTheCase() {
            Case kase = aCase().with(Material.gap(LAYOUT_PLAN, day("2026-03-10"))).accepted();

            assertThat(kase.endIfGapsOverdue(at("2026-03-10T23:00"))).isEmpty();
            List<CaseEvent> events = kase.endIfGapsOverdue(at("2026-03-11T00:30"));

            assertThat(kase.status()).isEqualTo(CaseStatus.TERMINATED);
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseEvent.Terminated.class,
                    terminated -> assertThat(terminated.overdueMaterials()).containsExactly("M04"));
        }
    }

    @Nested
    class Deadlines {

        @Test
        void theWarningGoesOutOnceWhenAQuarterOfThePromisedLimitIsLeft() {
            Case kase = aCase().accepted();

            assertThat(kase.checkDeadlines(CLOCK, at("2026-03-11T23:59"))).isEmpty();
            assertThat(kase.checkDeadlines(CLOCK, at("2026-03-12T00:00")))
                    .singleElement().isInstanceOf(CaseEvent.OverdueWarning.class);
            assertThat(kase.checkDeadlines(CLOCK, at("2026-03-13T09:00"))).isEmpty();
        }

        @Test
        void theOverdueEventGoesOutOnceAfterThePromisedDeadline() {
            Case kase = aCase().accepted();

            assertThat(kase.checkDeadlines(CLOCK, at("2026-03-17T00:00")))
                    .singleElement().isInstanceOfSatisfying(CaseEvent.Overdue.class,
                            overdue -> assertThat(overdue.promisedDue()).isEqualTo(at("2026-03-17T00:00")));
            assertThat(kase.checkDeadlines(CLOCK, at("2026-03-18T00:00"))).isEmpty();
        }

        @Test
        void aPausedCaseIsNeitherWarnedNorOverdue() {
            Case kase = aCase().underReview();
            kase.startSpecialProcedure("approver-1", ProcedureType.TESTING, "送检", at("2026-03-03T09:00"));

            assertThat(kase.checkDeadlines(CLOCK, at("2026-04-30T09:00"))).isEmpty();
        }

        @Test
        void theLightTurnsYellowThenRed() {
            cn.yiwang.cases.clock.Deadlines deadlines = aCase().accepted().deadlines(CLOCK);

            assertThat(deadlines.colourAt(at("2026-03-11T12:00"))).isEqualTo(DeadlineColour.GREEN);
            assertThat(deadlines.colourAt(at("2026-03-12T00:00"))).isEqualTo(DeadlineColour.YELLOW);
            assertThat(deadlines.colourAt(at("2026-03-17T00:00"))).isEqualTo(DeadlineColour.RED);
        }

        @Test
        void holidaysAndMakeUpDaysAreCountedByTheOfficialCalendar() {
            Case kase = aCase().submittedAt("2026-09-30T09:00").submitted();

            kase.accept("clerk-1", at("2026-09-30T10:00"), CLOCK);

            // 1–7 October are off; Saturday 10 October is a make-up working day (DOMAIN.md §3).
            assertThat(kase.deadlines(CLOCK).promisedDue()).isEqualTo(at("2026-10-21T00:00"));
        }
    }

    @Nested
    class CommitmentVerification {

        @Test
        void aTrueCommitmentClosesTheVerificationTask() {
            Case kase = aCase().with(Material.committed(PREMISES_PROOF)).concluded();
            assertThat(kase.awaitsCommitmentCheck()).isTrue();

            List<CaseEvent> events = kase.checkCommitment("inspector-1", true, "现场核实租赁合同属实", at("2026-03-10T09:00"));

            assertThat(events).isEmpty();
            assertThat(kase.awaitsCommitmentCheck()).isFalse();
            assertThat(kase.status()).isEqualTo(CaseStatus.CONCLUDED);
        }

        @Test
        void aFalseCommitmentRevokesTheDecision() {
            Case kase = aCase().with(Material.committed(PREMISES_PROOF)).concluded();

            List<CaseEvent> events = kase.checkCommitment("inspector-1", false, "经营场所不存在", at("2026-03-10T09:00"));

            assertThat(kase.status()).isEqualTo(CaseStatus.REVOKED);
            assertThat(events).singleElement().isInstanceOfSatisfying(CaseEvent.Revoked.class,
                    revoked -> assertThat(revoked.reason()).isEqualTo("经营场所不存在"));
        }

        @Test
        void aFalseCommitmentNeedsTheFinding() {
            assertRule(() -> aCase().with(Material.committed(PREMISES_PROOF)).concluded()
                    .checkCommitment("inspector-1", false, " ", at("2026-03-10T09:00")), "case.reason-required");
        }

        @Test
        void aCaseWithoutCommitmentsHasNothingToVerify() {
            assertConflict(() -> aCase().concluded().checkCommitment("inspector-1", true, null, at("2026-03-10T09:00")),
                    "case.commitment.none");
        }

        @Test
        void theCommitmentIsVerifiedOnce() {
            Case kase = aCase().with(Material.committed(PREMISES_PROOF)).concluded();
            kase.checkCommitment("inspector-1", true, null, at("2026-03-10T09:00"));

            assertConflict(() -> kase.checkCommitment("inspector-1", false, "复查", at("2026-03-11T09:00")),
                    "case.commitment.already-checked");
        }
    }

    static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CaseRuleException.class, e -> {
            assertThat(e.kind()).isEqualTo(CaseRuleException.Kind.ILLEGAL_TRANSITION);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CaseRuleException.class, e -> {
            assertThat(e.kind()).isEqualTo(CaseRuleException.Kind.RULE_VIOLATED);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

}
