package cn.yiwang.vectorcontrol.complaint.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.Optional;
import java.util.UUID;

public interface ComplaintRepository extends ListCrudRepository<Complaint, UUID>, PagingAndSortingRepository<Complaint, UUID> {

    Optional<Complaint> findByTicketId(String ticketId);

    Page<Complaint> findByRegionCodeLike(String regionPrefix, Pageable pageable);
}
