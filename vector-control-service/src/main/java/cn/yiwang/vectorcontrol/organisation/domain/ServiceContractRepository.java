package cn.yiwang.vectorcontrol.organisation.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.UUID;

public interface ServiceContractRepository extends ListCrudRepository<ServiceContract, UUID>,
        PagingAndSortingRepository<ServiceContract, UUID> {

    Page<ServiceContract> findByOrganisationId(UUID organisationId, Pageable pageable);
}
