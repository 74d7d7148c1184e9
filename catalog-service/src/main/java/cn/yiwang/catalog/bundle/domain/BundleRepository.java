package cn.yiwang.catalog.bundle.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.UUID;

public interface BundleRepository extends ListCrudRepository<Bundle, UUID> {
}
