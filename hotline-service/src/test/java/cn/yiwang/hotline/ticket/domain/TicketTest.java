package cn.yiwang.hotline.ticket.domain;

import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.TimeLimitClock;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.hotline.triage.EmergencyLine;
import cn.yiwang.hotline.triage.LegalRoute;
import cn.yiwang.hotline.triage.TriageResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static cn.yiwang.hotline.ticket.domain.ATicket.AGENT;
import static cn.yiwang.hotline.ticket.domain.ATicket.CITY_MANAGEMENT;
import static cn.yiwang.hotline.ticket.domain.ATicket.CITY_MANAGEMENT_STAFF;
import static cn.yiwang.hotline.ticket.domain.ATicket.HOUSING;
import static cn.yiwang.hotline.ticket.domain.ATicket.HOUSING_STAFF;
import static cn.yiwang.hotline.ticket.domain.ATicket.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketTest {

    private final TimeLimitClock clock = new TimeLimitClock(WorkingDayCalendar.shipped());
    private final Instant monday = beijing("2026-11-23T09:00");

    @Test
    void aConsultationIsAnsweredOnTheSpotAndClosed() {
        Ticket ticket = ATicket.consultation(monday);

        ticket.answerDirectly("办理居住证需要身份证和居住证明，到户籍窗口办理。", AGENT, monday.plusSeconds(120));

        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.answer()).contains("居住证");
        assertThat(ticket.steps()).extracting(TicketStep::action)
                .containsExactly(StepAction.REGISTERED, StepAction.ANSWERED, StepAction.CLOSED);
    }

    @Test
    void aComplaintCannotBeConcludedWithoutADepartment() {
        Ticket ticket = ATicket.complaint("city.sanitation", monday);

        assertThatThrownBy(() -> ticket.answerDirectly("已记录", AGENT, monday))
                .isInstanceOf(TicketStateException.class)
                .hasMessage("hotline.ticket.answer.not-a-consultation");
        assertThat(ticket.status()).isEqualTo(TicketStatus.REGISTERED);
    }

    @Test
    void aMatterForTheCourtsIsConcludedByExplainingTheLegalRoute() {
        Ticket ticket = ATicket.registered(TicketType.COMPLAINT, "law.dispute", Urgency.NORMAL,
                new TriageResult(null, LegalRoute.LITIGATION), monday);

        ticket.answerDirectly("此事属于民事纠纷，请向人民法院提起诉讼。", AGENT, monday);

        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.steps().get(1).note()).isEqualTo("LITIGATION");
    }

    @Test
    void fiveWorkingDaysFromTheEveOfNationalDayRunPastTheHolidayAndCountTheMakeUpSaturday() {
        Ticket ticket = ATicket.complaint("city.sanitation", beijing("2026-09-30T10:00"));

        ticket.dispatch(CITY_MANAGEMENT, List.of(), TimeLimit.workingDays(5), clock, AGENT, beijing("2026-09-30T10:00"));

        // 2026: 10-01…10-07 off, 10-10 (Saturday) worked: 10-08, 10-09, 10-10, 10-12, 10-13.
        assertThat(ticket.dueAt()).isEqualTo(beijing("2026-10-14T00:00"));
        assertThat(ticket.status()).isEqualTo(TicketStatus.DISPATCHED);
    }

    @Test
    void anEmergencyLimitInHoursRunsRoundTheClock() {
        Ticket ticket = ATicket.registered(TicketType.HELP, "utility.water", Urgency.EMERGENCY, TriageResult.none(),
                beijing("2026-10-01T23:00"));

        ticket.dispatch(HOUSING, List.of(), TimeLimit.hours(2), clock, AGENT, beijing("2026-10-01T23:00"));

        assertThat(ticket.dueAt()).isEqualTo(beijing("2026-10-02T01:00"));
    }

    @Test
    void aReturnedTicketIsReassignedToAnotherDepartmentWithAFreshLimit() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);

        ticket.returnToCentre("不属于本单位职责，应由住建部门处理", CITY_MANAGEMENT_STAFF, monday.plus(Duration.ofHours(3)));
        assertThat(ticket.status()).isEqualTo(TicketStatus.RETURNED);
        assertThat(ticket.returnReason()).contains("住建");

        Instant wednesday = beijing("2026-11-25T10:00");
        ticket.reassign(HOUSING, List.of(CITY_MANAGEMENT.orgCode()), clock, AGENT, wednesday);

        assertThat(ticket.status()).isEqualTo(TicketStatus.DISPATCHED);
        assertThat(ticket.leadOrgCode()).isEqualTo(HOUSING.orgCode());
        assertThat(ticket.assistingOrgs()).containsExactly(CITY_MANAGEMENT.orgCode());
        assertThat(ticket.dueAt()).isEqualTo(beijing("2026-12-03T00:00"));
        assertThat(ticket.returnCount()).isEqualTo(1);
    }

    @Test
    void aDepartmentThatIsNotTheLeadCanNeitherAcceptNorReturn() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);

        assertThatThrownBy(() -> ticket.accept(HOUSING_STAFF, monday)).hasMessage("hotline.ticket.not-lead-department");
        assertThatThrownBy(() -> ticket.returnToCentre("不归我管", HOUSING_STAFF, monday))
                .hasMessage("hotline.ticket.not-lead-department");
    }

    @Test
    void aReturnNeedsAReason() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);

        assertThatThrownBy(() -> ticket.returnToCentre(" ", CITY_MANAGEMENT_STAFF, monday))
                .hasMessage("hotline.ticket.return.reason-required");
    }

    @Test
    void afterTheCentreDecidesOwnershipTheDepartmentCannotReturnTheTicketAgain() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);
        ticket.returnToCentre("应由住建部门处理", CITY_MANAGEMENT_STAFF, monday);

        ticket.decideOwnership(CITY_MANAGEMENT, List.of(HOUSING.orgCode()), "市容环境卫生属城管职责，住建配合", clock, AGENT, monday);

        assertThat(ticket.ownershipDecided()).isTrue();
        assertThatThrownBy(() -> ticket.returnToCentre("仍不属于本单位", CITY_MANAGEMENT_STAFF, monday))
                .isInstanceOf(TicketStateException.class)
                .hasMessage("hotline.ticket.return.ownership-decided");
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineByTheGrantedWorkingDays() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);
        Instant before = ticket.dueAt();

        ticket.requestExtension(3, "需协调供电部门", CITY_MANAGEMENT_STAFF, monday);
        assertThatThrownBy(() -> ticket.requestExtension(2, "再延", CITY_MANAGEMENT_STAFF, monday))
                .hasMessage("hotline.ticket.extension.pending");
        ticket.approveExtension(clock, AGENT, monday);

        assertThat(before).isEqualTo(beijing("2026-12-01T00:00"));
        assertThat(ticket.dueAt()).isEqualTo(beijing("2026-12-04T00:00"));
        assertThat(ticket.limit()).isEqualTo(TimeLimit.workingDays(8));
    }

    @Test
    void anOverdueTicketClimbsTheChainOneWorkingDayAtATimeAndTheNationalDayHolidayDoesNotCount() {
        // Five working days from Monday 21 September 2026 end on the 29th (Mid-Autumn 25–27 off).
        Ticket ticket = dispatched(CITY_MANAGEMENT, beijing("2026-09-21T09:00"));
        TimeLimit everyWorkingDay = TimeLimit.workingDays(1);
        EscalationChain chain = EscalationChain.defaultChain();

        assertThat(ticket.superviseIfOverdue(everyWorkingDay, clock, chain, AGENT, beijing("2026-09-29T23:00"))).isFalse();
        assertThat(ticket.superviseIfOverdue(everyWorkingDay, clock, chain, AGENT, beijing("2026-09-30T08:00"))).isTrue();
        assertThat(ticket.escalationStep()).isEqualTo(EscalationChain.Step.DEPARTMENT);
        assertThat(ticket.escalationOrgCode()).isEqualTo(CITY_MANAGEMENT.orgCode());

        // 1–7 October are off: the next working day after the 30th is the 8th, so nothing moves before the 9th.
        assertThat(ticket.superviseIfOverdue(everyWorkingDay, clock, chain, AGENT, beijing("2026-10-05T08:00"))).isFalse();
        assertThat(ticket.superviseIfOverdue(everyWorkingDay, clock, chain, AGENT, beijing("2026-10-08T23:00"))).isFalse();
        assertThat(ticket.superviseIfOverdue(everyWorkingDay, clock, chain, AGENT, beijing("2026-10-09T08:00"))).isTrue();
        assertThat(ticket.escalationStep()).isEqualTo(EscalationChain.Step.REGION_SUPERVISOR);
        assertThat(ticket.escalationRegionCode()).isEqualTo("610326");

        // Saturday 10 October is a make-up working day: it counts.
        assertThat(ticket.superviseIfOverdue(everyWorkingDay, clock, chain, AGENT, beijing("2026-10-11T08:00"))).isTrue();
        assertThat(ticket.escalationStep()).isEqualTo(EscalationChain.Step.HIGHER_REGION);
        assertThat(ticket.escalationRegionCode()).as("Baoji, the city above Mei County").isEqualTo("610300");

        assertThat(ticket.superviseIfOverdue(everyWorkingDay, clock, chain, AGENT, beijing("2026-10-13T08:00"))).isTrue();
        assertThat(ticket.escalationRegionCode()).as("then Shaanxi").isEqualTo("610000");
        assertThat(ticket.supervisionLevel()).isEqualTo(4);
        assertThat(ticket.steps()).extracting(TicketStep::action).containsSubsequence(StepAction.SUPERVISED,
                StepAction.ESCALATED, StepAction.ESCALATED, StepAction.ESCALATED);
    }

    @Test
    void aShorterConfiguredChainStartsWithTheRegionAndARepliedTicketIsNotEscalated() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);
        EscalationChain chain = new EscalationChain(List.of(EscalationChain.Step.REGION_SUPERVISOR));

        ticket.supervise("请尽快处理", chain, AGENT, monday.plusSeconds(60));

        assertThat(ticket.escalationStep()).isEqualTo(EscalationChain.Step.REGION_SUPERVISOR);
        assertThat(ticket.steps().get(ticket.steps().size() - 1).note()).isEqualTo("REGION_SUPERVISOR 610326: 请尽快处理");
        ticket.accept(CITY_MANAGEMENT_STAFF, monday.plusSeconds(120));
        ticket.reply("已处理", CITY_MANAGEMENT_STAFF, monday.plusSeconds(180));
        assertThat(ticket.superviseIfOverdue(TimeLimit.workingDays(1), clock, chain, AGENT, beijing("2026-12-31T08:00")))
                .isFalse();
    }

    @Test
    void anAcknowledgedEscalationShowsInTheTimelineWithWhoAcknowledgedItEvenAfterTheReply() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);
        ticket.supervise(null, EscalationChain.defaultChain(), AGENT, monday.plusSeconds(60));
        ticket.supervise(null, EscalationChain.defaultChain(), AGENT, monday.plusSeconds(120));
        ticket.accept(CITY_MANAGEMENT_STAFF, monday.plusSeconds(180));
        ticket.reply("已修复", CITY_MANAGEMENT_STAFF, monday.plusSeconds(240));

        ticket.acknowledgeEscalation(2, EscalationChain.Step.REGION_SUPERVISOR, "610326", "王督办",
                new By("supervisor-wang", null), monday.plusSeconds(300));

        TicketStep last = ticket.steps().get(ticket.steps().size() - 1);
        assertThat(last.action()).isEqualTo(StepAction.ESCALATION_ACKNOWLEDGED);
        assertThat(last.actorSubject()).isEqualTo("supervisor-wang");
        assertThat(last.at()).isEqualTo(monday.plusSeconds(300));
        assertThat(last.note()).isEqualTo("level 2 REGION_SUPERVISOR 610326 acknowledged by 王督办");
        assertThat(ticket.status()).as("an acknowledgement changes nothing else").isEqualTo(TicketStatus.REPLIED);
    }

    @Test
    void aDisputeHandledJointlyWith110KeepsBothNumbersAndClosesWhenItsOwnPartIsDone() {
        Ticket ticket = ATicket.complaint("public-order.dispute", monday);

        ticket.handleJointlyWith110("110-610326-0042", true, AGENT, monday);
        ticket.dispatch(CITY_MANAGEMENT, List.of(), TimeLimit.workingDays(5), clock, AGENT, monday);
        ticket.accept(CITY_MANAGEMENT_STAFF, monday.plusSeconds(60));
        ticket.recordJointProgress(JointSide.POLICE_110, "民警已到场调解", false, AGENT, monday.plusSeconds(600));
        ticket.recordJointProgress(JointSide.HOTLINE_12345, "社区已约双方面谈", false, CITY_MANAGEMENT_STAFF,
                monday.plusSeconds(900));
        ticket.reply("双方已达成调解协议", CITY_MANAGEMENT_STAFF, monday.plusSeconds(3600));
        ticket.returnVisit(Satisfaction.SATISFIED, true, null, 1, clock, AGENT, monday.plusSeconds(7200));

        assertThat(ticket.status()).as("closed although 110 has not finished").isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.jointPoliceReference()).isEqualTo("110-610326-0042");
        assertThat(ticket.jointPoliceDone()).isFalse();

        ticket.recordJointProgress(JointSide.POLICE_110, "110警情已办结", true, AGENT, monday.plusSeconds(9000));
        assertThat(ticket.jointPoliceDone()).isTrue();
        assertThat(ticket.steps()).extracting(TicketStep::note).contains("POLICE_110: 民警已到场调解",
                "HOTLINE_12345: 社区已约双方面谈", "POLICE_110 DONE: 110警情已办结");
        assertThatThrownBy(() -> ticket.recordJointProgress(JointSide.POLICE_110, "再次办结", true, AGENT, monday))
                .hasMessage("hotline.ticket.joint.police-done");
    }

    @Test
    void theTicketIsNotClosedBy110FinishingItsPartNorByANoteOfItsOwnSide() {
        Ticket ticket = ATicket.complaint("public-order.dispute", monday);
        ticket.handleJointlyWith110("110-1", true, AGENT, monday);
        ticket.dispatch(CITY_MANAGEMENT, List.of(), TimeLimit.workingDays(5), clock, AGENT, monday);

        ticket.recordJointProgress(JointSide.POLICE_110, "已处置完毕", true, AGENT, monday.plusSeconds(60));

        assertThat(ticket.status()).isEqualTo(TicketStatus.DISPATCHED);
        assertThatThrownBy(() -> ticket.recordJointProgress(JointSide.HOTLINE_12345, "办完了", true, CITY_MANAGEMENT_STAFF,
                monday)).hasMessage("hotline.ticket.joint.own-part-by-reply");
        Ticket registered = ATicket.complaint("public-order.dispute", monday);
        registered.handleJointlyWith110("110-5", true, AGENT, monday);
        assertThatThrownBy(() -> registered.transferOut(EmergencyLine.POLICE_110, "110-2", Set.of("public-order.dispute"),
                AGENT, monday)).as("handled jointly, not handed away").hasMessage("hotline.ticket.joint.already");
    }

    @Test
    void aDisputeHandedOverBy110IsHandledJointlyUnder110sOwnNumber() {
        Ticket.Intake intake = new Ticket.Intake(Channel.POLICE_110, TicketType.HELP, "public-order.dispute", "610326",
                "眉县首善镇", null, null, "邻里纠纷，110已出警", Urgency.NORMAL, null, "110-610326-20261123-0099", null);
        Ticket ticket = Ticket.register("t-110", "GD1", intake, Ticket.Caller.anonymous(), TriageResult.none(), AGENT, monday);

        ticket.handleJointlyWith110(null, true, AGENT, monday);

        assertThat(ticket.jointPoliceReference()).isEqualTo("110-610326-20261123-0099");
        assertThat(ticket.number()).isEqualTo("GD1");
    }

    @Test
    void onlyListedMattersOrPoliceEmergenciesAreHandledJointlyAndAlwaysWith110sNumber() {
        Ticket pothole = ATicket.complaint("city.road", monday);
        assertThatThrownBy(() -> pothole.handleJointlyWith110("110-3", false, AGENT, monday))
                .hasMessage("hotline.ticket.joint.not-on-list");
        assertThatThrownBy(() -> pothole.recordJointProgress(JointSide.POLICE_110, "x", false, AGENT, monday))
                .hasMessage("hotline.ticket.joint.not-joint");

        Ticket fight = ATicket.registered(TicketType.HELP, "city.road", Urgency.NORMAL,
                new TriageResult(EmergencyLine.POLICE_110, null), monday);
        assertThatThrownBy(() -> fight.handleJointlyWith110(" ", false, AGENT, monday))
                .hasMessage("hotline.ticket.transfer.reference-required");
        fight.handleJointlyWith110("110-4", false, AGENT, monday);
        assertThat(fight.jointPoliceReference()).isEqualTo("110-4");
    }

    @Test
    void aReplyAfterTheDeadlineIsCountedLate() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);
        ticket.accept(CITY_MANAGEMENT_STAFF, monday);

        ticket.reply("已清运垃圾", CITY_MANAGEMENT_STAFF, beijing("2026-12-01T09:00"));

        assertThat(ticket.status()).isEqualTo(TicketStatus.REPLIED);
        assertThat(ticket.repliedOnTime()).isFalse();
    }

    @Test
    void aDissatisfiedCallerReopensTheTicketOnceAndTheSecondVerdictCloses() {
        Ticket ticket = replied(monday);

        ticket.returnVisit(Satisfaction.DISSATISFIED, false, "垃圾仍未清运", 1, clock, AGENT, beijing("2026-11-24T10:00"));
        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_HANDLING);
        assertThat(ticket.reopenCount()).isEqualTo(1);
        assertThat(ticket.dueAt()).isEqualTo(beijing("2026-12-02T00:00"));

        ticket.reply("已再次清运并增设垃圾桶", CITY_MANAGEMENT_STAFF, beijing("2026-11-25T10:00"));
        ticket.returnVisit(Satisfaction.DISSATISFIED, false, "仍不满意", 1, clock, AGENT, beijing("2026-11-26T10:00"));

        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.satisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
    }

    @Test
    void aSatisfiedCallerClosesTheTicket() {
        Ticket ticket = replied(monday);

        ticket.returnVisit(Satisfaction.SATISFIED, true, null, 1, clock, AGENT, beijing("2026-11-24T10:00"));

        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.closedAt()).isEqualTo(beijing("2026-11-24T10:00"));
    }

    @Test
    void acceptingATicketTwiceIsAnIllegalStep() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);
        ticket.accept(CITY_MANAGEMENT_STAFF, monday);

        assertThatThrownBy(() -> ticket.accept(CITY_MANAGEMENT_STAFF, monday))
                .isInstanceOf(TicketStateException.class)
                .hasMessage("hotline.ticket.illegal-step");
    }

    @Test
    void onlyCategoriesOnTheTransferListGoTo110WithoutAnEmergency() {
        Ticket noise = ATicket.complaint("public-order.noise", monday);
        Ticket pothole = ATicket.complaint("city.road", monday);

        noise.transferOut(EmergencyLine.POLICE_110, "110-20261123-0042", Set.of("public-order.noise"), AGENT, monday);

        assertThat(noise.status()).isEqualTo(TicketStatus.TRANSFERRED);
        assertThat(noise.transferReference()).isEqualTo("110-20261123-0042");
        assertThatThrownBy(() -> pothole.transferOut(EmergencyLine.POLICE_110, "110-1", Set.of("public-order.noise"), AGENT,
                monday)).hasMessage("hotline.ticket.transfer.not-on-list");
    }

    @Test
    void anEmergencyGoesToItsLineAtOnceWhateverTheCategory() {
        Ticket fire = ATicket.registered(TicketType.HELP, "city.road", Urgency.NORMAL,
                new TriageResult(EmergencyLine.FIRE_119, null), monday);

        fire.transferOut(EmergencyLine.FIRE_119, "119-0001", Set.of(), AGENT, monday);

        assertThat(fire.transferredTo()).isEqualTo(EmergencyLine.FIRE_119);
    }

    @Test
    void aTicketHandedOverBy110MustCarry110sReferenceNumber() {
        Ticket.Intake without = new Ticket.Intake(Channel.POLICE_110, TicketType.COMPLAINT, "public-order.noise", "610326",
                "眉县", null, null, "夜间施工噪音", Urgency.NORMAL, null, null, null);

        assertThatThrownBy(() -> Ticket.register("t-1", "H1", without, null, null, AGENT, monday))
                .hasMessage("hotline.ticket.transfer.reference-required");
    }

    @Test
    void aDuplicateIsMergedIntoThePrimaryAndCanNoLongerBeDispatched() {
        Ticket primary = ATicket.complaint("city.sanitation", monday);
        Ticket duplicate = ATicket.complaint("city.sanitation", monday.plusSeconds(600));

        duplicate.mergeInto(primary, AGENT, monday.plusSeconds(700));

        assertThat(duplicate.status()).isEqualTo(TicketStatus.MERGED);
        assertThat(duplicate.mergedInto()).isEqualTo(primary.id());
        assertThat(primary.steps()).extracting(TicketStep::action).contains(StepAction.DUPLICATE_MERGED);
        assertThatThrownBy(() -> duplicate.dispatch(CITY_MANAGEMENT, List.of(), TimeLimit.workingDays(5), clock, AGENT, monday))
                .hasMessage("hotline.ticket.illegal-step");
    }

    @Test
    void theVectorControlReplyCountsAsAcceptanceAndReply() {
        Ticket ticket = dispatched(CITY_MANAGEMENT, monday);

        ticket.replyFromDepartmentSystem("已投放鼠药并封堵鼠洞", CITY_MANAGEMENT_STAFF, monday.plusSeconds(3600));

        assertThat(ticket.status()).isEqualTo(TicketStatus.REPLIED);
        assertThat(ticket.steps()).extracting(TicketStep::action).endsWith(StepAction.ACCEPTED, StepAction.REPLIED);
    }

    private Ticket dispatched(Department department, Instant at) {
        Ticket ticket = ATicket.complaint("city.sanitation", at);
        ticket.dispatch(department, List.of(), TimeLimit.workingDays(5), clock, AGENT, at);
        return ticket;
    }

    private Ticket replied(Instant at) {
        Ticket ticket = dispatched(CITY_MANAGEMENT, at);
        ticket.accept(CITY_MANAGEMENT_STAFF, at);
        ticket.reply("已清运", CITY_MANAGEMENT_STAFF, at.plusSeconds(7200));
        return ticket;
    }
}
