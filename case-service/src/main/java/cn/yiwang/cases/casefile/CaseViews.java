package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.domain.Case;
import cn.yiwang.cases.casefile.domain.CaseState;
import cn.yiwang.cases.casefile.domain.Decision;
import cn.yiwang.cases.casefile.domain.Delivery;
import cn.yiwang.cases.casefile.domain.Extension;
import cn.yiwang.cases.casefile.domain.SpecialProcedure;
import cn.yiwang.cases.casefile.domain.SupplementNotice;
import cn.yiwang.cases.casefile.domain.TimelineEntry;
import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.DeadlineColour;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.cases.material.Material;
import cn.yiwang.common.calendar.ClockReading;
import cn.yiwang.common.personaldata.PersonalDataKind;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.security.Actor;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The case as the API shows it: records shaped for callers, personal data masked unless they may see it. */
@Component
public class CaseViews {

    private final PersonalDataProtector personalData;
    private final CaseClock clock;
    private final PersonalDataAccessLog accessLog;
    private final JsonMapper json;

    CaseViews(PersonalDataProtector personalData, CaseClock clock, PersonalDataAccessLog accessLog, JsonMapper json) {
        this.personalData = personalData;
        this.clock = clock;
        this.accessLog = accessLog;
        this.json = json;
    }

    public record CaseView(UUID id, String number, String status, ItemRef item, ApplicantView applicant, String channel,
                           Office acceptingHall, Office decidingBody, boolean crossRegion, Instant submittedAt,
                           int submission, Instant acceptedAt, List<MaterialView> materials,
                           List<SupplementNotice> supplementNotices, List<SpecialProcedure> specialProcedures,
                           Extension extension, ClockView clock, DecisionView decision, Delivery delivery,
                           Instant closedAt, String closeReason, List<TimelineEntry> timeline, BundleRef bundle,
                           List<PersonalDataAccessLog.Entry> personalDataAccess) {
    }

    /** The bundle application (一件事) a child case belongs to. */
    public record BundleRef(UUID id, String number) {
    }

    /**
     * @param certificateData what the certificate is to carry; only for the deciding body's staff (personal data)
     */
    public record DecisionView(String outcome, String result, String decidedBy, Instant at, String certificateType,
                               String certificateId, Map<String, String> certificateData, LocalDate certificateValidUntil) {
    }

    public record CaseSummary(UUID id, String number, String status, String itemCode, String itemName,
                              String applicantName, String applicantIdNumber, String channel, String acceptingRegionCode,
                              String decidingRegionCode, Instant submittedAt, Instant promisedDueAt, DeadlineColour colour) {
    }

    public record ItemRef(String implementationCode, String name, int version) {
    }

    public record ApplicantView(String type, String name, String idNumber, String phone) {
    }

    public record Office(String regionCode, String orgCode) {
    }

    public record MaterialView(String code, String name, boolean required, String provision, String reference,
                               String verification, LocalDate gapDue, Instant gapClosedAt) {
    }

    /**
     * @param usedWorkingDays      days of the promised limit used (the current day counts once begun)
     * @param remainingWorkingDays days left; negative when overdue
     */
    public record ClockView(Instant clockStartedAt, Instant legalDueAt, Instant promisedDueAt, DeadlineColour colour,
                            boolean paused, long usedWorkingDays, long remainingWorkingDays) {
    }

    /**
     * One page of cases. {@code total} counts at most the service's count limit
     * ({@code yiwang.cases.count-limit}, 1,000): above it {@code total} is that limit and
     * {@code totalExact} false (show "1000+").
     */
    public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {
    }

    /**
     * The case as this caller may see it. When it shows staff the applicant's ID number, phone or certificate
     * data unmasked, the read is written to the access log in the caller's transaction (one insert; the
     * applicant's own reads and masked views write nothing): no unmasked view without its log entry.
     *
     * @param purpose why the view is read, for the log: {@link PersonalDataAccessLog#CASE_VIEW} or
     *                {@link PersonalDataAccessLog#CASE_HANDLING}
     */
    CaseView view(Case kase, Actor actor, Instant now, String purpose) {
        CaseState s = kase.state();
        boolean reveal = CaseAccess.mayReveal(actor, s);
        boolean owner = owner(actor, s);
        DecisionView decision = decision(s, actor);
        if (reveal && !owner) {
            List<String> fields = new java.util.ArrayList<>(List.of("applicant.idNumber"));
            if (s.applicant().phoneEncrypted() != null) {
                fields.add("applicant.phone");
            }
            if (decision != null && decision.certificateData() != null) {
                fields.add("decision.certificateData");
            }
            accessLog.record(s.id(), actor, purpose, fields, now);
        }
        return new CaseView(s.id(), s.number(), s.status().name(),
                new ItemRef(s.item().implementationCode(), s.item().name(), s.item().version()),
                new ApplicantView(s.applicant().type().name(), s.applicant().name(), idNumber(s, reveal), phone(s, reveal)),
                s.channel().name(), new Office(s.accepting().regionCode(), s.accepting().orgCode()),
                new Office(s.deciding().regionCode(), s.deciding().orgCode()), s.crossRegion(), s.submittedAt(),
                s.submission(), s.acceptedAt(), s.materials().stream().map(CaseViews::material).toList(), s.notices(),
                s.procedures(), s.extension(), clock(kase, now), decision, s.delivery(), s.closedAt(),
                s.closeReason(), s.timeline(),
                s.bundle() == null ? null : new BundleRef(s.bundle().bundleCaseId(), s.bundle().bundleCaseNumber()),
                owner ? accessLog.of(s.id()) : null);
    }

    private DecisionView decision(CaseState s, Actor actor) {
        Decision d = s.decision();
        if (d == null) {
            return null;
        }
        Map<String, String> data = d.certificateDataEncrypted() != null && CaseAccess.may(actor, s, CaseAccess.Act.DECIDE)
                ? certificateData(d) : null;
        return new DecisionView(d.outcome().name(), d.result(), d.decidedBy(), d.at(), d.certificateType(),
                d.certificateId(), data, d.certificateValidUntil());
    }

    /** The certificate values of a decision, decrypted; empty when none were entered. */
    Map<String, String> certificateData(Decision decision) {
        if (decision.certificateDataEncrypted() == null) {
            return Map.of();
        }
        return json.readValue(personalData.decrypt(decision.certificateDataEncrypted()),
                new TypeReference<LinkedHashMap<String, String>>() {
                });
    }

    private static boolean owner(Actor actor, CaseState s) {
        return actor.isHolder() && actor.owns(s.applicant().idHash());
    }

    /** A line of a list: ID numbers always masked (ARCHITECTURE.md: masked in staff lists). */
    CaseSummary summary(Case kase, Actor actor, Instant now) {
        CaseState s = kase.state();
        boolean owner = owner(actor, s);
        ClockView clockView = clock(kase, now);
        return new CaseSummary(s.id(), s.number(), s.status().name(), s.item().implementationCode(), s.item().name(),
                owner ? s.applicant().name() : PersonalDataKind.NAME.mask(s.applicant().name()),
                idNumber(s, false), s.channel().name(), s.accepting().regionCode(), s.deciding().regionCode(),
                s.submittedAt(), clockView == null ? null : clockView.promisedDueAt(),
                clockView == null ? null : clockView.colour());
    }

    private ClockView clock(Case kase, Instant now) {
        CaseState s = kase.state();
        if (s.clockStart() == null) {
            return null;
        }
        Deadlines deadlines = CaseDeadlines.of(kase, clock);
        ClockReading reading;
        try {
            reading = kase.reading(clock, now).orElse(null);
        } catch (cn.yiwang.common.calendar.MissingCalendarYearException e) {
            reading = null;
        }
        boolean running = cn.yiwang.cases.casefile.domain.CaseStatus.CLOCK_RUNNING.contains(s.status());
        DeadlineColour colour = running ? deadlines.colourAt(now) : null;
        return new ClockView(s.clockStart(), deadlines.legalDue(), deadlines.promisedDue(), colour,
                reading != null && reading.paused(), reading == null ? 0 : reading.used(),
                reading == null ? 0 : reading.remaining());
    }

    private String idNumber(CaseState s, boolean reveal) {
        PersonalDataKind kind = s.applicant().type() == cn.yiwang.cases.casefile.domain.ApplicantType.PERSON
                ? PersonalDataKind.CITIZEN_ID : PersonalDataKind.CREDIT_CODE;
        return personalData.reveal(kind, s.applicant().idEncrypted(), reveal);
    }

    private String phone(CaseState s, boolean reveal) {
        return s.applicant().phoneEncrypted() == null ? null
                : personalData.reveal(PersonalDataKind.PHONE, s.applicant().phoneEncrypted(), reveal);
    }

    private static MaterialView material(Material m) {
        return new MaterialView(m.code(), m.requirement().name(), m.requirement().required(), m.provision().name(),
                m.reference(), m.verification() == null ? null : m.verification().name(), m.gapDue(), m.gapClosedAt());
    }
}
