package cn.yiwang.certificate.signature.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.Optional;

public interface IssuerKeyRepository extends ListCrudRepository<IssuerKey, String> {

    Optional<IssuerKey> findByIssuerCodeAndRetiredAtIsNull(String issuerCode);

    List<IssuerKey> findByIssuerCodeOrderByCreatedAtDesc(String issuerCode);
}
