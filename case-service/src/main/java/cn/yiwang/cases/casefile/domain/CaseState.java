package cn.yiwang.cases.casefile.domain;

import cn.yiwang.cases.material.Material;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything a case is, as a value: what the repository stores and restores. Only {@link Case}
 * changes it, through its transitions.
 *
 * @param submission      1 for the first submission, +1 after each supplement
 * @param receivedAt      when the current submission arrived (§32's five days run from here)
 * @param clockStart      when the limits start; {@code null} before acceptance
 * @param warned          whether the overdue warning went out (once per case)
 * @param overdue         whether the overdue event went out (once per case)
 * @param closeReason     reason of a refusal, withdrawal or termination
 * @param commitmentCheck the verification of the applicant's commitments, once done
 * @param bundle          the bundle application (一件事) the case was filed under, or {@code null}
 * @param version         optimistic-lock version of the stored row
 */
public record CaseState(UUID id, String number, ItemSnapshot item, Applicant applicant, Channel channel,
                        Scope accepting, CaseStatus status, int submission, Instant submittedAt, Instant receivedAt,
                        List<Material> materials, List<SupplementNotice> notices, Instant acceptedAt,
                        String acceptedBy, Instant clockStart, List<SpecialProcedure> procedures, Extension extension,
                        Decision decision, Delivery delivery, Instant closedAt, String closeReason, boolean warned,
                        boolean overdue, CommitmentCheck commitmentCheck, List<TimelineEntry> timeline,
                        BundleMembership bundle, long version) {

    public CaseState {
        materials = List.copyOf(materials);
        notices = List.copyOf(notices);
        procedures = List.copyOf(procedures);
        timeline = List.copyOf(timeline);
    }

    /** The deciding body: the item's implementing body, wherever the application was accepted. */
    public Scope deciding() {
        return item.deciding();
    }

    /** 跨域通办: accepted at one hall, decided by a body elsewhere. */
    public boolean crossRegion() {
        return !accepting.regionCode().equals(item.deciding().regionCode());
    }
}
