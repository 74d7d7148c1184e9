package cn.yiwang.certificate.authorisation.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;
import java.util.UUID;

public interface UseGrantRepository extends ListCrudRepository<UseGrant, UUID> {

    List<UseGrant> findByCertificateIdOrderByGrantedAtDesc(UUID certificateId);
}
