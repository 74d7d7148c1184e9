package cn.yiwang.review.appeal;

import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 申诉 only within the configured working days after the rating (default 5), counted on the official calendar. */
class AppealTimeLimitIT extends ReviewIntegrationTest {

    private static final String REGION = "610326";
    /** Wednesday before the 2026 National Day holiday (10-01 … 10-07 off, Saturday 10-10 a working day). */
    private static final Instant BEFORE_NATIONAL_DAY = beijing("2026-09-30T10:00");

    @Test
    void anAppealNineDaysLaterIsInTimeWhenAHolidayFellBetween() {
        String org = uniqueOrg();
        String evaluationId = negativeRatingOn(BEFORE_NATIONAL_DAY, org);
        clock.set(beijing("2026-10-09T16:00"));

        Response appeal = post("/evaluations/" + evaluationId + "/appeals", orgAdmin(org, REGION),
                "{\"reason\":\"MISTAKEN\",\"evidence\":[\"recording:9\"]}");

        assertThat(appeal.status()).isEqualTo(201);
    }

    @Test
    void aLateAppealIsRefusedInTheCallersLanguageAndNothingIsFiled() {
        String org = uniqueOrg();
        String evaluationId = negativeRatingOn(BEFORE_NATIONAL_DAY, org);
        clock.set(beijing("2026-10-16T09:00"));
        String admin = orgAdmin(org, REGION);

        Response chinese = post("/evaluations/" + evaluationId + "/appeals", admin,
                "{\"reason\":\"MALICIOUS\",\"evidence\":[\"cctv:1\"]}");
        Response english = send("POST", "/evaluations/" + evaluationId + "/appeals", admin,
                "{\"reason\":\"MALICIOUS\",\"evidence\":[\"cctv:1\"]}", Map.of("Accept-Language", "en"));

        assertThat(chinese.status()).isEqualTo(422);
        assertThat(chinese.json().get("detail").asString()).contains("申诉期限已过").contains("5");
        assertThat(english.json().get("detail").asString()).contains("within 5 working days");
        assertThat(get("/appeals?size=100", admin).json().get("total").asLong()).isZero();
    }

    private String negativeRatingOn(Instant when, String org) {
        clock.set(when);
        String person = unique("appeal");
        UUID invitation = concludedCase(person, org, REGION, "item-a", "staff-a");
        return evaluate(citizen(person), invitation, rating("DISSATISFIED", 2, false, null)).json().get("id").asString();
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }
}
