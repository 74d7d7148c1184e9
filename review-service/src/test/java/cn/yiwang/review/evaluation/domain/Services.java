package cn.yiwang.review.evaluation.domain;

import cn.yiwang.review.invitation.domain.Invitation;
import cn.yiwang.review.invitation.domain.ServiceContext;
import cn.yiwang.review.invitation.domain.ServiceSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Named example service events and ratings for the domain tests (object mother). */
final class Services {

    static final String APPLICANT = "hash-of-applicant-1";
    static final String SOMEONE_ELSE = "hash-of-someone-else";
    static final String MEI_COUNTY_BUREAU = "11610326MB1234567X";
    static final Instant CONCLUDED = Instant.parse("2026-05-12T02:00:00Z");
    static final Duration WINDOW = Duration.ofDays(30);
    static final IndicatorList INDICATORS = new IndicatorList(Set.of("attitude", "efficiency"));

    private Services() {
    }

    static ServiceContext concludedCase() {
        return new ServiceContext(ServiceSource.CASE, "case-1", "11610326MB1234567X2026051200001",
                List.of("610326-001"), List.of("个体工商户登记"), MEI_COUNTY_BUREAU, "610326", List.of("staff-7"), "2",
                CONCLUDED);
    }

    static Invitation invitationForApplicant() {
        return Invitation.open(concludedCase(), APPLICANT, "PERSON", WINDOW, CONCLUDED);
    }

    static Rating rated(Level level) {
        return new Rating(level, List.of("attitude"), "窗口人员态度很好", Channel.MOBILE, false);
    }
}
