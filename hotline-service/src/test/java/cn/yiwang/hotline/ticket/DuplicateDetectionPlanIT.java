package cn.yiwang.hotline.ticket;

import cn.yiwang.hotline.support.HotlineIntegrationTest;
import cn.yiwang.hotline.ticket.domain.By;
import cn.yiwang.hotline.ticket.domain.Channel;
import cn.yiwang.hotline.ticket.domain.Ticket;
import cn.yiwang.hotline.ticket.domain.TicketType;
import cn.yiwang.hotline.ticket.domain.Urgency;
import cn.yiwang.hotline.triage.TriageResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Duplicate detection at burst size: with 5,000 open tickets of one category in one county (a burst
 * of issue 8's benchmark), every kind of match — same phone, same ID, same address, within the
 * radius — is looked up through an index, never by reading the table. The tickets are written in a
 * transaction that is rolled back, so other tests never see them.
 */
class DuplicateDetectionPlanIT extends HotlineIntegrationTest {

    @Autowired
    private PlatformTransactionManager transactions;

    @Test
    void everyKindOfMatchIsFoundThroughAnIndexNotByReadingTheWholeBurst() {
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.update("""
                    insert into ticket (id, version, number, channel, type, category_code, region_code, location, latitude,
                                        longitude, urgency, caller_id_hash, caller_phone_hash, status, ownership_decided,
                                        return_count, supervision_level, reopen_count, created_at, updated_at)
                    select 'plan-' || n, 0, 'PLAN' || n, 'MOBILE', 'COMPLAINT', 'env.vector.rats', '610326',
                           '眉县首善镇中街' || (n % 50) || '号', 34.27 + (n % 100) * 0.0001, 107.75 + (n % 100) * 0.0001,
                           'NORMAL', 'plan-caller-' || (n % 10), 'plan-phone-' || (n % 10), 'DISPATCHED', false, 0, 0, 0,
                           now() - make_interval(secs => n), now()
                    from generate_series(1, 5000) n""");
            jdbc.execute("analyze ticket");
            Ticket ticket = Ticket.register("plan-new", "PLAN-NEW", new Ticket.Intake(Channel.MOBILE, TicketType.COMPLAINT,
                            "env.vector.rats", "610326", "眉县首善镇中街7号", 34.2707, 107.7507, "老鼠很多", Urgency.NORMAL,
                            null, null, null),
                    new Ticket.Caller("plan-caller-7", null, null, "plan-phone-7", null), TriageResult.none(),
                    By.person("plan"), Instant.now());

            TicketQueries.DuplicateQuery query = TicketQueries.duplicateQuery(ticket, Duration.ofHours(72), 100);
            String plan = String.join("\n", jdbc.queryForList("explain " + query.sql(), String.class, query.args()));

            assertThat(plan).as(plan).doesNotContain("Seq Scan");
            assertThat(jdbc.queryForList(query.sql(), query.args())).as("the oldest 20 of many matches").hasSize(20);
        });
    }
}
