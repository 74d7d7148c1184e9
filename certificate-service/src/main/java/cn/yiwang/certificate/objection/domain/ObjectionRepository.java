package cn.yiwang.certificate.objection.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.UUID;

public interface ObjectionRepository extends ListCrudRepository<Objection, UUID>, PagingAndSortingRepository<Objection, UUID> {

    /** An issuer's objections in a region subtree ({@code regionPrefix}), and those without a region. */
    Page<Objection> findByIssuerCodeAndStatusAndRegionCodeStartingWithOrIssuerCodeAndStatusAndRegionCodeIsNull(
            String issuerCode, ObjectionStatus status, String regionPrefix, String sameIssuerCode, ObjectionStatus sameStatus,
            Pageable pageable);

    Page<Objection> findByHolderIdHash(String holderIdHash, Pageable pageable);
}
