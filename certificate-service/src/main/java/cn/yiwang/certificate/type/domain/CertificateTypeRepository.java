package cn.yiwang.certificate.type.domain;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

public interface CertificateTypeRepository extends ListCrudRepository<CertificateType, String>,
        PagingAndSortingRepository<CertificateType, String> {
}
