package cn.yiwang.review.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Set;

/**
 * {@code yiwang.review.*}: the rules DOMAIN.md §4 marks configurable.
 *
 * @param evaluationWindow   how long after the service (and after the first evaluation, for the follow-up) one may rate
 * @param walkInCodeValidity how long a walk-in short code shown at the window may be used
 * @param indicators         the indicator codes an evaluator may tick
 * @param returnVisitWorkingDays   回访 deadline in working days (default 1)
 * @param rectificationWorkingDays 整改 and feedback deadline in working days (default 15)
 * @param appealWorkingDays  申诉 only within this many working days after the rating. DOMAIN.md §4 names no
 *                           limit; provincial 好差评 rules set a few working days (commonly 3 to 5), so the
 *                           default is the generous end, 5, for the province to shorten. No limit is set on
 *                           the supervisor's decision either: DOMAIN.md names none.
 * @param burst              abuse control: more than {@code limit} ratings from one source within {@code window}
 *                           are refused and the burst's ratings flagged for moderation
 */
@ConfigurationProperties("yiwang.review")
public record ReviewProperties(@DefaultValue("30d") Duration evaluationWindow,
                               @DefaultValue("2h") Duration walkInCodeValidity,
                               @DefaultValue({"attitude", "efficiency", "compliance", "convenience", "environment", "integrity"})
                               Set<String> indicators,
                               @DefaultValue("1") int returnVisitWorkingDays,
                               @DefaultValue("15") int rectificationWorkingDays,
                               @DefaultValue("5") int appealWorkingDays,
                               @DefaultValue Burst burst) {

    public record Burst(@DefaultValue("5") int limit, @DefaultValue("10m") Duration window) {
    }
}
