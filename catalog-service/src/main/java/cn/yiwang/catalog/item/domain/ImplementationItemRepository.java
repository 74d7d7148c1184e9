package cn.yiwang.catalog.item.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;
import java.util.UUID;

public interface ImplementationItemRepository extends ListCrudRepository<ImplementationItem, UUID> {

    Optional<ImplementationItem> findByCode(String code);
}
