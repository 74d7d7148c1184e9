package cn.yiwang.cases.casefile.domain;

import java.time.Instant;
import java.util.List;

/**
 * 一次性告知: the one notice listing every missing or defective material of one submission.
 *
 * @param submission which submission of the case it answers (1 for the first)
 */
public record SupplementNotice(int submission, Instant issuedAt, String issuedBy, List<MaterialDefect> defects) {

    public SupplementNotice {
        defects = List.copyOf(defects);
    }
}
