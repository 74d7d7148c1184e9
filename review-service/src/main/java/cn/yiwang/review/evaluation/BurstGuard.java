package cn.yiwang.review.evaluation;

import cn.yiwang.review.evaluation.domain.EvaluationRepository;
import cn.yiwang.review.support.Problems;
import cn.yiwang.review.support.ReviewProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * Abuse control (issue 6): a burst of ratings from one source is refused with 429 and the ratings
 * of the burst already accepted are flagged for moderation, so their text is not published until
 * a moderator has looked at them. The flagging commits on its own: the refusal must not undo it.
 */
@Component
class BurstGuard {

    private static final Logger log = LoggerFactory.getLogger(BurstGuard.class);

    private final EvaluationRepository evaluations;
    private final ReviewProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    BurstGuard(EvaluationRepository evaluations, ReviewProperties properties, PlatformTransactionManager transactions,
               Clock clock) {
        this.evaluations = evaluations;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void admit(String sourceKey) {
        Instant since = clock.instant().minus(properties.burst().window());
        long recent = evaluations.countFromSourceSince(sourceKey, since);
        if (recent < properties.burst().limit()) {
            return;
        }
        Integer flagged = ownTransaction.execute(status -> evaluations.flagFromSourceSince(sourceKey, since));
        log.warn("Burst of {} ratings from one source within {}: refused, {} flagged for moderation",
                recent + 1, properties.burst().window(), flagged);
        throw Problems.tooManyRequests(properties.burst().window().toSeconds());
    }
}
