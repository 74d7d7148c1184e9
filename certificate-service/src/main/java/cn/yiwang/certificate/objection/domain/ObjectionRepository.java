package cn.yiwang.certificate.objection.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.UUID;

public interface ObjectionRepository extends ListCrudRepository<Objection, UUID>, PagingAndSortingRepository<Objection, UUID> {

    Page<Objection> findByIssuerCodeAndStatus(String issuerCode, ObjectionStatus status, Pageable pageable);

    Page<Objection> findByHolderIdHash(String holderIdHash, Pageable pageable);
}
