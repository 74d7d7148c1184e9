package cn.yiwang.vectorcontrol.inspection.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public interface InspectionRepository extends ListCrudRepository<Inspection, UUID>, PagingAndSortingRepository<Inspection, UUID> {

    Page<Inspection> findByPlaceId(UUID placeId, Pageable pageable);

    /** Open orders past their deadline that nobody has escalated yet: what the scheduled scan escalates. */
    @Query("select id from inspection where status = 'RECTIFICATION_ORDERED' and rectification_deadline < :today "
            + "and escalated_at is null")
    List<UUID> findOverdueUnescalated(LocalDate today);

    /** Open orders past their deadline in a region's subtree, earliest deadline first, for the 爱卫办. */
    @Query("select * from inspection where status = 'RECTIFICATION_ORDERED' and rectification_deadline < :today "
            + "and region_code like :regionPrefix order by rectification_deadline")
    List<Inspection> findOverdue(String regionPrefix, LocalDate today);
}
