package cn.yiwang.cases.bundle.domain;

import cn.yiwang.cases.clock.DeadlineColour;

import java.time.Instant;
import java.util.Objects;

/**
 * The bundle's promised limit (一件事 承诺时限) applied to one application: the whole bundle is
 * promised within so many working days of the day the one application arrived. The parent has no
 * acceptance of its own (each child is accepted by its hall), and the applicant is promised a date
 * when applying; DOMAIN.md §3 likewise lets an application count as accepted on arrival.
 *
 * @param workingDays the bundle's {@code promisedLimitDays}
 * @param dueAt       end of the limit, exclusive
 * @param warningAt   when the light turns yellow (the case clock's yellow share)
 */
public record BundlePromise(int workingDays, Instant dueAt, Instant warningAt) {

    public BundlePromise {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(warningAt, "warningAt");
    }

    /** Green, yellow or red like a case's light, while the application is still open. */
    public DeadlineColour colourAt(Instant at) {
        if (!at.isBefore(dueAt)) {
            return DeadlineColour.RED;
        }
        return at.isBefore(warningAt) ? DeadlineColour.GREEN : DeadlineColour.YELLOW;
    }

    /** Whether an application that ended at {@code closedAt} kept the promise. */
    public boolean keptAt(Instant closedAt) {
        return closedAt.isBefore(dueAt);
    }
}
