package cn.yiwang.vectorcontrol.organisation.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.UUID;

public interface ServiceRecordRepository extends ListCrudRepository<ServiceRecord, UUID>,
        PagingAndSortingRepository<ServiceRecord, UUID> {

    Page<ServiceRecord> findByOrganisationId(UUID organisationId, Pageable pageable);
}
