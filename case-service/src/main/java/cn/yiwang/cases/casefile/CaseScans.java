package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.domain.Case;
import cn.yiwang.cases.casefile.domain.CaseEvent;
import cn.yiwang.cases.casefile.persistence.JdbcCaseRepository;
import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.cases.material.CertificateVerifier;
import cn.yiwang.cases.material.Material;
import cn.yiwang.cases.material.Verification;
import cn.yiwang.common.calendar.MissingCalendarYearException;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The scheduled work on running cases, safe with several instances: each batch locks its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never take the same case, and the events of
 * each step go out with the state change that records them (the warned/overdue flags), so a
 * warning is announced once per case however many instances scan.
 */
@Component
public class CaseScans {

    private static final Logger log = LoggerFactory.getLogger(CaseScans.class);
    private static final String RUNNING = "status IN ('ACCEPTED', 'UNDER_REVIEW', 'SPECIAL_PROCEDURE')";

    private final JdbcCaseRepository cases;
    private final CaseClock clock;
    private final CaseCommands commands;
    private final CertificateVerifier certificates;
    private final TransactionTemplate transactions;
    private final Clock time;
    private final CaseMetrics metrics;
    private final int batchSize;

    CaseScans(JdbcCaseRepository cases, CaseClock clock, CaseCommands commands, CertificateVerifier certificates,
              TransactionTemplate transactions, Clock time, CaseMetrics metrics,
              @Value("${yiwang.cases.scan.batch-size:200}") int batchSize) {
        this.cases = cases;
        this.clock = clock;
        this.commands = commands;
        this.certificates = certificates;
        this.transactions = transactions;
        this.time = time;
        this.metrics = metrics;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${yiwang.cases.scan.interval:60s}", initialDelayString = "${yiwang.cases.scan.interval:60s}")
    void scheduled() {
        scanDeadlines();
        scanOverdueGaps();
        recheckPendingCertificates();
    }

    /**
     * {@code case.overdue-warning} and {@code case.overdue}, each once per case; also fills in
     * deadlines a missing calendar year left unknown. Then refreshes the {@code yiwang.cases.overdue} gauge.
     */
    public int scanDeadlines() {
        Instant now = time.instant();
        int handled = scan(RUNNING + " AND NOT overdue AND ((NOT warned AND warning_at <= :now) OR promised_due_at <= :now"
                        + " OR (promised_due_at IS NULL AND status <> 'SPECIAL_PROCEDURE'))",
                Map.of("now", Timestamp.from(now)), (kase, at) -> kase.checkDeadlines(clock, at));
        metrics.refreshOverdue();
        return handled;
    }

    /** Accepted gaps not filled by their due day end the case (容缺受理). */
    public int scanOverdueGaps() {
        Instant now = time.instant();
        return scan(RUNNING + " AND open_gap_due < :today", Map.of("today", Date.valueOf(WorkingDayCalendar.dateOf(now))),
                (kase, at) -> kase.endIfGapsOverdue(at));
    }

    /**
     * E-certificates certificate-service could not check at submission are asked about again. The
     * questions go out with no transaction open (a slow certificate-service must not hold database
     * connections or row locks); each answer is then recorded under the case's row lock.
     */
    public int recheckPendingCertificates() {
        int recorded = 0;
        for (UUID id : cases.awaitingVerification(batchSize)) {
            Case snapshot = cases.find(id).orElse(null);
            if (snapshot == null) {
                continue;
            }
            Map<String, Verification> answers = new java.util.LinkedHashMap<>();
            for (Material material : snapshot.state().materials()) {
                if (material.awaitsVerification() && material.requirement().certificateType() != null) {
                    Verification answer = certificates.verify(material.reference(), material.requirement().certificateType(),
                            snapshot.state().applicant().idHash());
                    if (answer != Verification.PENDING) {
                        answers.put(material.code(), answer);
                    }
                }
            }
            if (answers.isEmpty()) {
                continue;
            }
            Integer done = transactions.execute(status -> {
                Case kase = cases.findForUpdate(id).orElseThrow();
                if (kase.status() != cn.yiwang.cases.casefile.domain.CaseStatus.SUBMITTED) {
                    return 0;
                }
                Instant now = time.instant();
                answers.forEach((code, answer) -> kase.recordVerification(code, answer, now));
                cases.save(kase, CaseDeadlines.of(kase, clock));
                return 1;
            });
            recorded += done == null ? 0 : done;
        }
        return recorded;
    }

    private int scan(String condition, Map<String, ?> params, BiFunction<Case, Instant, List<CaseEvent>> step) {
        Integer handled = transactions.execute(status -> {
            Instant now = time.instant();
            List<UUID> ids = cases.lockBatch(condition, params, batchSize);
            int count = 0;
            for (UUID id : ids) {
                Case kase = cases.find(id).orElseThrow();
                try {
                    List<CaseEvent> caused = step.apply(kase, now);
                    Deadlines deadlines = CaseDeadlines.of(kase, clock);
                    cases.save(kase, deadlines);
                    commands.publish(caused, kase, deadlines, "system");
                    count++;
                } catch (MissingCalendarYearException e) {
                    log.error("case {}: {}", id, e.getMessage());
                }
            }
            return count;
        });
        return handled == null ? 0 : handled;
    }
}
