package cn.yiwang.cases.indicator;

import cn.yiwang.cases.casefile.CaseQueries.CaseFacts;
import cn.yiwang.cases.clock.CaseClock;

import java.time.Instant;
import java.util.List;

/**
 * The indicators of the cases handled here and of the partner records (办件汇聚) in one set of figures, the province's
 * view, with the two parts beside it ({@code own}, {@code partner}). Each rate is taken over the cases for which its
 * facts are known: a partner record without a channel is left out of the online shares, one without a known deadline
 * out of the on-time rate and the overdue count, one without an acceptance out of the handling days.
 *
 * @param cases                      cases submitted in the period
 * @param concluded                  of which concluded (approved or denied)
 * @param onTimeRate                 concluded before the promised deadline / concluded with a known deadline; null without
 * @param overdue                    concluded late, or still running past the promised deadline
 * @param onlineShare                submitted online (PC, mobile) / cases whose channel is known
 * @param fullyOnlineShare           submitted online and delivered electronically (全程网办) / cases for which that is known
 * @param averageHandlingWorkingDays working days from acceptance to conclusion, on average; null without conclusions
 * @param own                        the cases handled here alone
 * @param partner                    the accepted partner records alone
 */
public record Indicators(long cases, long concluded, Double onTimeRate, long overdue, Double onlineShare,
                         Double fullyOnlineShare, Double averageHandlingWorkingDays, Figures own, Figures partner) {

    /** The same figures for one source. */
    public record Figures(long cases, long concluded, Double onTimeRate, long overdue, Double onlineShare,
                          Double fullyOnlineShare, Double averageHandlingWorkingDays) {
    }

    /**
     * One case's contribution; {@code null} where the fact is not known for this case, which leaves the case out of
     * that indicator's base.
     *
     * @param online              submitted online
     * @param fullyOnline         submitted online and delivered electronically
     * @param concluded           concluded (approved or denied)
     * @param late                concluded at or after the promised deadline
     * @param handlingWorkingDays working days from acceptance to conclusion
     * @param overdueOpen         still running past the promised deadline
     */
    public record Fact(Boolean online, Boolean fullyOnline, boolean concluded, Boolean late, Integer handlingWorkingDays,
                       boolean overdueOpen) {
    }

    /** The indicators of the cases handled here only. */
    public static Indicators of(List<CaseFacts> facts, CaseClock clock, Instant now) {
        return of(facts.stream().map(fact -> own(fact, clock, now)).toList(), List.of());
    }

    public static Indicators of(List<Fact> own, List<Fact> partner) {
        Tally ownTally = new Tally();
        Tally partnerTally = new Tally();
        own.forEach(ownTally::add);
        partner.forEach(partnerTally::add);
        Tally all = new Tally();
        all.add(ownTally);
        all.add(partnerTally);
        Figures total = all.figures();
        return new Indicators(total.cases(), total.concluded(), total.onTimeRate(), total.overdue(), total.onlineShare(),
                total.fullyOnlineShare(), total.averageHandlingWorkingDays(), ownTally.figures(), partnerTally.figures());
    }

    /**
     * A case handled here: every fact is known. A concluded case without a promised deadline counts as on time, one
     * without an acceptance with no handling days (as before partner records were counted).
     */
    public static Fact own(CaseFacts fact, CaseClock clock, Instant now) {
        boolean fullyOnline = fact.online() && "ELECTRONIC".equals(fact.deliveryMethod());
        if (fact.concludedAt() != null) {
            boolean late = fact.promisedDueAt() != null && !fact.concludedAt().isBefore(fact.promisedDueAt());
            int days = fact.acceptedAt() == null ? 0 : clock.workingDaysBetween(fact.acceptedAt(), fact.concludedAt());
            return new Fact(fact.online(), fullyOnline, true, late, days, false);
        }
        boolean overdueOpen = fact.running() && fact.promisedDueAt() != null && !now.isBefore(fact.promisedDueAt());
        return new Fact(fact.online(), fullyOnline, false, null, null, overdueOpen);
    }

    private static final class Tally {
        long cases;
        long concluded;
        long onTime;
        long timed;
        long overdue;
        long online;
        long channelKnown;
        long fullyOnline;
        long fullyOnlineKnown;
        long handlingDays;
        long handled;

        void add(Fact fact) {
            cases++;
            if (fact.online() != null) {
                channelKnown++;
                online += fact.online() ? 1 : 0;
            }
            if (fact.fullyOnline() != null) {
                fullyOnlineKnown++;
                fullyOnline += fact.fullyOnline() ? 1 : 0;
            }
            if (fact.concluded()) {
                concluded++;
                if (fact.late() != null) {
                    timed++;
                    if (fact.late()) {
                        overdue++;
                    } else {
                        onTime++;
                    }
                }
                if (fact.handlingWorkingDays() != null) {
                    handled++;
                    handlingDays += fact.handlingWorkingDays();
                }
            } else if (fact.overdueOpen()) {
                overdue++;
            }
        }

        void add(Tally other) {
            cases += other.cases;
            concluded += other.concluded;
            onTime += other.onTime;
            timed += other.timed;
            overdue += other.overdue;
            online += other.online;
            channelKnown += other.channelKnown;
            fullyOnline += other.fullyOnline;
            fullyOnlineKnown += other.fullyOnlineKnown;
            handlingDays += other.handlingDays;
            handled += other.handled;
        }

        Figures figures() {
            return new Figures(cases, concluded, ratio(onTime, timed), overdue, ratio(online, channelKnown),
                    ratio(fullyOnline, fullyOnlineKnown), handled == 0 ? null : (double) handlingDays / handled);
        }
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
