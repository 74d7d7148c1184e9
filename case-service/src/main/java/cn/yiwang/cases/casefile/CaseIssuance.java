package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.domain.CaseState;
import cn.yiwang.cases.casefile.domain.CaseStatus;
import cn.yiwang.cases.casefile.domain.Decision;
import cn.yiwang.cases.casefile.domain.Outcome;
import cn.yiwang.cases.casefile.persistence.JdbcCaseRepository;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What certificate-service needs to issue the certificate a concluded case results in
 * (ARCHITECTURE.md flow 3): the decision, the holder with the plain ID number, and the values the
 * deciding official entered. The ID number is decrypted only here, and each read is written to the
 * case's personal-data access log in the same transaction: no answer without its log entry.
 * Contract: {@code src/main/resources/contracts/rest/case-issuance-data.json}.
 */
@Service
public class CaseIssuance {

    static final String PURPOSE = PersonalDataAccessLog.CERTIFICATE_ISSUANCE;
    static final List<String> FIELDS = List.of("holder.idNumber", "holder.name", "certificateData");

    private final JdbcCaseRepository cases;
    private final CaseViews views;
    private final PersonalDataProtector personalData;
    private final PersonalDataAccessLog accessLog;
    private final Clock time;

    CaseIssuance(JdbcCaseRepository cases, CaseViews views,
                 PersonalDataProtector personalData, PersonalDataAccessLog accessLog,
                 Clock time) {
        this.cases = cases;
        this.views = views;
        this.personalData = personalData;
        this.accessLog = accessLog;
        this.time = time;
    }

    /**
     * @param regionCode   the deciding body's region
     * @param issuingOrgCode the deciding body's unified social credit code: the certificate's issuer
     * @param validUntil   null: the certificate type's validity rule applies
     */
    public record IssuanceData(UUID caseId, String caseNumber, String itemCode, String itemName, String regionCode,
                               String outcome, String result, Instant concludedAt, String certificateTypeCode,
                               String issuingOrgCode, Holder holder, Map<String, String> certificateData,
                               @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate validUntil) {
    }

    /** @param applicantType PERSON (ID type 111, GB 11643) or ENTERPRISE (ID type 001, GB 32100) */
    public record Holder(String applicantType, String idNumber, String name) {
    }

    /**
     * 404 for an unknown number; 409 unless the case was concluded as approved (and not revoked since)
     * with a certificate type as its result.
     */
    @Transactional
    public IssuanceData forCertificate(Actor actor, String number) {
        CaseState s = cases.findByNumber(number).orElseThrow(() -> ProblemException.notFound("办件", number)).state();
        Decision decision = s.decision();
        boolean standing = s.status() == CaseStatus.CONCLUDED || s.status() == CaseStatus.DELIVERED;
        if (!standing || decision == null || decision.outcome() != Outcome.APPROVED) {
            throw ProblemException.conflict("case.issuance.not-approved", number);
        }
        if (!decision.resultsInCertificate()) {
            throw ProblemException.conflict("case.issuance.no-certificate", number);
        }
        accessLog.record(s.id(), actor, PURPOSE, FIELDS, time.instant());
        return new IssuanceData(s.id(), s.number(), s.item().implementationCode(), s.item().name(),
                s.deciding().regionCode(), decision.outcome().name(), decision.result(), decision.at(),
                decision.certificateType(), s.deciding().orgCode(),
                new Holder(s.applicant().type().name(), personalData.decrypt(s.applicant().idEncrypted()),
                        s.applicant().name()),
                views.certificateData(decision), decision.certificateValidUntil());
    }
}
