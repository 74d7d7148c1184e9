package cn.yiwang.cases.bundle.domain;

import java.util.List;

/**
 * What a concluded bundle application came to: how its child cases ended.
 *
 * @param outcome {@code ALL_APPROVED}, {@code PARTLY_APPROVED} or {@code NONE_APPROVED}
 */
public record BundleResult(String outcome, int children, int approved, int denied, int notAccepted, int withdrawn,
                           int terminated, int revoked) {

    static BundleResult of(List<ChildCase> children) {
        int approved = 0;
        int denied = 0;
        int notAccepted = 0;
        int withdrawn = 0;
        int terminated = 0;
        int revoked = 0;
        for (ChildCase child : children) {
            switch (child.status()) {
                case "NOT_ACCEPTED" -> notAccepted++;
                case "WITHDRAWN" -> withdrawn++;
                case "TERMINATED" -> terminated++;
                case "REVOKED" -> revoked++;
                default -> {
                    if ("APPROVED".equals(child.outcome())) {
                        approved++;
                    } else {
                        denied++;
                    }
                }
            }
        }
        String outcome = approved == children.size() ? "ALL_APPROVED" : approved == 0 ? "NONE_APPROVED" : "PARTLY_APPROVED";
        return new BundleResult(outcome, children.size(), approved, denied, notAccepted, withdrawn, terminated, revoked);
    }
}
