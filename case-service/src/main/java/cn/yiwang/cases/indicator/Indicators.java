package cn.yiwang.cases.indicator;

import cn.yiwang.cases.casefile.CaseQueries.CaseFacts;
import cn.yiwang.cases.clock.CaseClock;

import java.time.Instant;
import java.util.List;

/**
 * The indicators of a set of cases.
 *
 * @param cases                 cases submitted in the period
 * @param concluded             of which concluded (approved or denied)
 * @param onTimeRate            concluded before the promised deadline / concluded; null without conclusions
 * @param overdue               concluded late, or still running past the promised deadline
 * @param onlineShare           submitted online (PC, mobile) / cases
 * @param fullyOnlineShare      submitted online and delivered electronically (全程网办) / cases
 * @param averageHandlingWorkingDays working days from acceptance to conclusion, on average; null without conclusions
 */
public record Indicators(long cases, long concluded, Double onTimeRate, long overdue, Double onlineShare,
                         Double fullyOnlineShare, Double averageHandlingWorkingDays) {

    public static Indicators of(List<CaseFacts> facts, CaseClock clock, Instant now) {
        long total = facts.size();
        long concluded = 0;
        long onTime = 0;
        long overdue = 0;
        long online = 0;
        long fullyOnline = 0;
        long handlingDays = 0;
        for (CaseFacts fact : facts) {
            if (fact.online()) {
                online++;
                if ("ELECTRONIC".equals(fact.deliveryMethod())) {
                    fullyOnline++;
                }
            }
            if (fact.concludedAt() != null) {
                concluded++;
                boolean late = fact.promisedDueAt() != null && !fact.concludedAt().isBefore(fact.promisedDueAt());
                if (late) {
                    overdue++;
                } else {
                    onTime++;
                }
                if (fact.acceptedAt() != null) {
                    handlingDays += clock.workingDaysBetween(fact.acceptedAt(), fact.concludedAt());
                }
            } else if (fact.running() && fact.promisedDueAt() != null && !now.isBefore(fact.promisedDueAt())) {
                overdue++;
            }
        }
        return new Indicators(total, concluded, ratio(onTime, concluded), overdue, ratio(online, total),
                ratio(fullyOnline, total), concluded == 0 ? null : (double) handlingDays / concluded);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
