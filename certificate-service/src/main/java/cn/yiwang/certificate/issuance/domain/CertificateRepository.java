package cn.yiwang.certificate.issuance.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.Optional;
import java.util.UUID;

public interface CertificateRepository extends ListCrudRepository<Certificate, UUID>, PagingAndSortingRepository<Certificate, UUID> {

    Optional<Certificate> findByIdentifier(String identifier);

    Optional<Certificate> findByTypeCodeAndIssuerCodeAndSerialAndVersion(String typeCode, String issuerCode, String serial, int version);

    Optional<Certificate> findByCaseNumberAndVersion(String caseNumber, int version);

    Page<Certificate> findByHolderIdHashAndSupersededByIsNull(String holderIdHash, Pageable pageable);

    /** An issuer's certificates in a region subtree ({@code regionPrefix}), and those without a region. */
    Page<Certificate> findByIssuerCodeAndRegionCodeStartingWithOrIssuerCodeAndRegionCodeIsNull(String issuerCode, String regionPrefix,
                                                                                               String sameIssuerCode, Pageable pageable);
}
