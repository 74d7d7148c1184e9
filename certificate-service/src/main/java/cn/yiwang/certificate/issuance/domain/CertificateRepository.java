package cn.yiwang.certificate.issuance.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface CertificateRepository extends ListCrudRepository<Certificate, UUID>, PagingAndSortingRepository<Certificate, UUID> {

    Optional<Certificate> findByIdentifier(String identifier);

    Optional<Certificate> findByTypeCodeAndIssuerCodeAndSerialAndVersion(String typeCode, String issuerCode, String serial, int version);

    Optional<Certificate> findByCaseNumberAndVersion(String caseNumber, int version);

    /**
     * A certificate in force of this type, issuer and holder that an issuing body issued by hand
     * (no case number, not imported) at or after {@code since}: the earliest one's identifier.
     */
    @Query("""
            SELECT identifier FROM certificate
            WHERE type_code = :typeCode AND issuer_code = :issuerCode AND holder_id_hash = :holderIdHash
              AND case_number IS NULL AND NOT imported AND superseded_by IS NULL AND status IN ('VALID', 'SUSPENDED')
              AND issued_at >= :since
            ORDER BY issued_at LIMIT 1""")
    Optional<String> findIssuedByHandSince(String typeCode, String issuerCode, String holderIdHash, Instant since);

    Page<Certificate> findByHolderIdHashAndSupersededByIsNull(String holderIdHash, Pageable pageable);

    /** An issuer's certificates in a region subtree ({@code regionPrefix}), and those without a region. */
    Page<Certificate> findByIssuerCodeAndRegionCodeStartingWithOrIssuerCodeAndRegionCodeIsNull(String issuerCode, String regionPrefix,
                                                                                               String sameIssuerCode, Pageable pageable);
}
