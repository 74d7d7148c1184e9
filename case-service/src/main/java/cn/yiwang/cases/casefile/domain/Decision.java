package cn.yiwang.cases.casefile.domain;

import java.time.Instant;

/**
 * The conclusion (办结) as GB/T 39046's result data set records it.
 *
 * @param certificateType the e-certificate type the approval produces, or {@code null}
 * @param certificateId   the issued certificate's identifier once certificate-service issued it
 */
public record Decision(Outcome outcome, String result, String decidedBy, Instant at, String certificateType,
                       String certificateId) {

    Decision withCertificate(String identifier) {
        return new Decision(outcome, result, decidedBy, at, certificateType, identifier);
    }
}
