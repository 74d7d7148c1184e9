package cn.yiwang.cases.bundle.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The parent case of a bundle application (一件事一次办): one application, one form, one set of
 * materials, a child case per item handled in parallel by its department. The parent follows its
 * children and concludes when the last of them has ended; each method returns the events it caused.
 */
public final class BundleCase {

    private BundleCaseState state;

    private BundleCase(BundleCaseState state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    public static BundleCase restore(BundleCaseState state) {
        return new BundleCase(state);
    }

    public BundleCaseState state() {
        return state;
    }

    public UUID id() {
        return state.id();
    }

    /** A new bundle application and the event its submission caused. */
    public record Filed(BundleCase filed, List<BundleCaseEvent> events) {
    }

    /** @param filing the state at submission: status, result and closing fields are set here */
    public static Filed submit(BundleCaseState filing, Instant at) {
        if (filing.children().isEmpty()) {
            throw new BundleRuleException("bundle.no-items");
        }
        BundleCaseState state = new BundleCaseState(filing.id(), filing.number(), filing.bundleId(),
                filing.bundleName(), filing.bundleVersion(), filing.leadDepartment(), filing.bundleRegionCode(),
                filing.applicantType(), filing.applicantName(), filing.applicantIdHash(), filing.formEncrypted(),
                filing.channel(), filing.acceptingRegionCode(), filing.acceptingOrgCode(), BundleCaseStatus.IN_PROGRESS,
                at, null, null, null, filing.children(), filing.promise(), 0);
        return new Filed(new BundleCase(state), List.of(new BundleCaseEvent.Submitted(UUID.randomUUID(), at)));
    }

    /**
     * A child case moved. The parent records where it stands; when the last open child has ended,
     * the parent concludes with a result that sums the children up. A child that moves after the
     * parent has ended (delivered, or revoked later) is recorded, the parent's result stays.
     */
    public List<BundleCaseEvent> childChanged(UUID caseId, String status, String outcome, Instant at) {
        List<ChildCase> children = new ArrayList<>(state.children());
        int index = indexOf(caseId);
        children.set(index, children.get(index).changed(status, outcome));
        if (state.status() != BundleCaseStatus.IN_PROGRESS || !children.stream().allMatch(ChildCase::ended)) {
            state = copy(state.status(), state.closedAt(), state.closeReason(), state.result(), children);
            return List.of();
        }
        BundleResult result = BundleResult.of(children);
        state = copy(BundleCaseStatus.CONCLUDED, at, null, result, children);
        return List.of(new BundleCaseEvent.Concluded(UUID.randomUUID(), at, result));
    }

    /**
     * The applicant withdraws the whole application, possible while any child is open; the caller
     * then withdraws the children still open ({@link #openChildren()} before this step).
     */
    public List<BundleCaseEvent> withdraw(String reason, Instant at) {
        if (state.status() != BundleCaseStatus.IN_PROGRESS) {
            throw new BundleRuleException("bundle.withdraw.not-in-progress");
        }
        String stated = reason == null || reason.isBlank() ? null : reason.strip();
        state = copy(BundleCaseStatus.WITHDRAWN, at, stated, null, state.children());
        return List.of(new BundleCaseEvent.Withdrawn(UUID.randomUUID(), at, stated));
    }

    /** The child cases that have not ended. */
    public List<UUID> openChildren() {
        return state.children().stream().filter(child -> !child.ended()).map(ChildCase::caseId).toList();
    }

    private int indexOf(UUID caseId) {
        for (int i = 0; i < state.children().size(); i++) {
            if (state.children().get(i).caseId().equals(caseId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("case " + caseId + " is not a child of bundle application " + state.id());
    }

    private BundleCaseState copy(BundleCaseStatus status, Instant closedAt, String closeReason, BundleResult result,
                                 List<ChildCase> children) {
        BundleCaseState s = state;
        return new BundleCaseState(s.id(), s.number(), s.bundleId(), s.bundleName(), s.bundleVersion(),
                s.leadDepartment(), s.bundleRegionCode(), s.applicantType(), s.applicantName(), s.applicantIdHash(),
                s.formEncrypted(), s.channel(), s.acceptingRegionCode(), s.acceptingOrgCode(), status, s.submittedAt(),
                closedAt, closeReason, result, children, s.promise(), s.version());
    }
}
