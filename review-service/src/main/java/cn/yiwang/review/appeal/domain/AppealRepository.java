package cn.yiwang.review.appeal.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.UUID;

public interface AppealRepository extends CrudRepository<Appeal, UUID> {

    @Query("SELECT count(*) FROM appeal WHERE evaluation_id = :evaluationId AND status <> 'REJECTED'")
    long countOpenOrUpheld(@Param("evaluationId") UUID evaluationId);
}
