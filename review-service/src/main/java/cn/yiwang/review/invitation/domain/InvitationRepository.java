package cn.yiwang.review.invitation.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface InvitationRepository extends CrudRepository<Invitation, UUID> {

    @Query("SELECT * FROM invitation WHERE source = :source AND source_id = :sourceId")
    Optional<Invitation> findBySource(@Param("source") String source, @Param("sourceId") String sourceId);

    @Query("SELECT * FROM invitation WHERE short_code = :code")
    Optional<Invitation> findByShortCode(@Param("code") String code);

    @Query("""
            SELECT * FROM invitation WHERE evaluator_id_hash = :idHash
            ORDER BY served_at DESC, id LIMIT :limit OFFSET :offset""")
    List<Invitation> findByEvaluator(@Param("idHash") String idHash, @Param("limit") int limit, @Param("offset") long offset);

    @Query("SELECT count(*) FROM invitation WHERE evaluator_id_hash = :idHash")
    long countByEvaluator(@Param("idHash") String idHash);
}
