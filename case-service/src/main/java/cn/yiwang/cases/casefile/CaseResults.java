package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.domain.Case;
import cn.yiwang.cases.casefile.domain.CaseRuleException;
import cn.yiwang.cases.casefile.persistence.JdbcCaseRepository;
import cn.yiwang.cases.clock.CaseClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Results that arrive from other services: the certificate issued for an approval. */
@Service
public class CaseResults {

    private static final Logger log = LoggerFactory.getLogger(CaseResults.class);

    private final JdbcCaseRepository cases;
    private final CaseClock clock;
    private final Clock time;

    CaseResults(JdbcCaseRepository cases, CaseClock clock, Clock time) {
        this.cases = cases;
        this.clock = clock;
        this.time = time;
    }

    /** Records the certificate as the case's result; an unknown case or a non-approval is logged and skipped. */
    @Transactional
    public void attachCertificate(String caseId, String caseNumber, String identifier) {
        Optional<Case> found = caseId != null ? cases.findForUpdate(UUID.fromString(caseId))
                : Optional.ofNullable(caseNumber).flatMap(cases::findByNumber);
        if (found.isEmpty() || identifier == null) {
            log.warn("certificate.issued for unknown case {} / {} skipped", caseId, caseNumber);
            return;
        }
        Case kase = found.get();
        try {
            if (kase.attachCertificate(identifier, time.instant())) {
                cases.save(kase, CaseDeadlines.of(kase, clock));
            }
        } catch (CaseRuleException e) {
            log.warn("certificate {} not attached to case {}: {}", identifier, kase.id(), e.messageKey());
        }
    }
}
