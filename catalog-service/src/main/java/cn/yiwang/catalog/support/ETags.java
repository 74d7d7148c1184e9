package cn.yiwang.catalog.support;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;

/**
 * Optimistic concurrency over HTTP: the ETag is the row's version; an update must send it back in
 * If-Match (428 without it) and fails with 412 when somebody else changed the row in between.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Requires an If-Match header equal to the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemKind.PRECONDITION_REQUIRED, "problem.precondition-required.detail");
        }
        checkIfPresent(ifMatch, currentVersion);
    }

    /** Checks If-Match when the caller sent one (state transitions accept it without requiring it). */
    public static void checkIfPresent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        for (String tag : ifMatch.split(",")) {
            String value = tag.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals(of(currentVersion))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(of(currentVersion)).with("currentVersion", of(currentVersion));
    }
}
