package cn.yiwang.certificate.issuance.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.Optional;
import java.util.UUID;

public interface IssuanceFailureRepository extends ListCrudRepository<IssuanceFailure, UUID>,
        PagingAndSortingRepository<IssuanceFailure, UUID> {

    /** Locked for the deciding transaction, so two retries of one entry cannot both issue. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<IssuanceFailure> findLockedById(UUID id);

    Optional<IssuanceFailure> findByDedupeKey(String dedupeKey);

    /** An issuer's entries of one status in a region subtree ({@code regionPrefix}), and those without a region. */
    Page<IssuanceFailure> findByIssuerCodeAndStatusAndRegionCodeStartingWithOrIssuerCodeAndStatusAndRegionCodeIsNull(
            String issuerCode, IssuanceFailure.Status status, String regionPrefix, String sameIssuerCode,
            IssuanceFailure.Status sameStatus, Pageable pageable);
}
