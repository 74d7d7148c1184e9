package cn.yiwang.review.evaluation.domain;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.UUID;

public interface EvaluationRepository extends CrudRepository<Evaluation, UUID> {

    @Query("SELECT count(*) FROM evaluation WHERE source_key = :sourceKey AND evaluated_at >= :since")
    long countFromSourceSince(@Param("sourceKey") String sourceKey, @Param("since") Instant since);

    @Modifying
    @Query("""
            UPDATE evaluation SET moderation = 'FLAGGED', version = version + 1
            WHERE source_key = :sourceKey AND evaluated_at >= :since AND moderation = 'PUBLISHED'""")
    int flagFromSourceSince(@Param("sourceKey") String sourceKey, @Param("since") Instant since);
}
