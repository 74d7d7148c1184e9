package cn.yiwang.cases.casefile.domain;

import java.time.Instant;

/**
 * The verification task of a commitment case (告知承诺制): after acceptance, the authority checks
 * that what the applicant committed to is true.
 *
 * @param truthful whether the commitment held
 * @param note     what was checked, and for a false commitment what was found
 */
public record CommitmentCheck(boolean truthful, String note, String checkedBy, Instant at) {
}
