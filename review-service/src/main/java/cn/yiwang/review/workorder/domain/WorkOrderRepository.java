package cn.yiwang.review.workorder.domain;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.Optional;
import java.util.UUID;

public interface WorkOrderRepository extends CrudRepository<WorkOrder, UUID> {

    @Query("SELECT * FROM work_order WHERE evaluation_id = :evaluationId")
    Optional<WorkOrder> findByEvaluationId(@Param("evaluationId") UUID evaluationId);

    @Query("SELECT * FROM work_order WHERE invitation_id = :invitationId")
    Optional<WorkOrder> findByInvitationId(@Param("invitationId") UUID invitationId);
}
