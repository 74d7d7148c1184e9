package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.domain.CaseNumberFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

/**
 * Issues case numbers, unique under concurrency and across instances: one counter row per number
 * prefix, incremented by a single upsert (the row lock serialises concurrent issuers). The counter
 * runs in its own short transaction so a busy item does not hold its row lock for a whole
 * application; a failed application leaves a gap in the sequence, never a duplicate.
 */
@Component
public class CaseNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final CaseNumberFormat format;

    CaseNumbers(JdbcClient jdbc, PlatformTransactionManager transactions,
                @Value("${yiwang.cases.number-format:" + CaseNumberFormat.DEFAULT + "}") String layout) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.format = new CaseNumberFormat(layout);
    }

    public String next(String implementationCode, String regionCode, LocalDate day) {
        String key = format.counterKey(implementationCode, regionCode, day);
        Long sequence = ownTransaction.execute(status -> jdbc.sql("""
                        INSERT INTO case_number_counter (counter_key, last_value) VALUES (:key, 1)
                        ON CONFLICT (counter_key) DO UPDATE SET last_value = case_number_counter.last_value + 1
                        RETURNING last_value
                        """).param("key", key).query(Long.class).single());
        return format.format(implementationCode, regionCode, day, sequence);
    }
}
