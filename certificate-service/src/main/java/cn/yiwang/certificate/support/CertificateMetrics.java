package cn.yiwang.certificate.support;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business metrics: {@code yiwang.certificates.issued} by {@code source} (manual, case, import) and
 * {@code yiwang.certificates.verifications} by {@code result} (genuine, not-genuine). Counted when
 * the transaction commits, so a rolled-back issue is not counted.
 */
@Component
public class CertificateMetrics {

    public enum IssueSource { MANUAL, CASE, IMPORT }

    private final MeterRegistry registry;

    public CertificateMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void issued(IssueSource source) {
        afterCommit(Counter.builder("yiwang.certificates.issued").description("Certificates issued")
                .tag("source", source.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
    }

    public void verified(boolean genuine) {
        afterCommit(Counter.builder("yiwang.certificates.verifications").description("Certificate verifications answered")
                .tag("result", genuine ? "genuine" : "not-genuine").register(registry));
    }

    private static void afterCommit(Counter counter) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
