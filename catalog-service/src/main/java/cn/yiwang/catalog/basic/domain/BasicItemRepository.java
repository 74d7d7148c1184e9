package cn.yiwang.catalog.basic.domain;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;
import java.util.UUID;

public interface BasicItemRepository extends ListCrudRepository<BasicItem, UUID> {

    Optional<BasicItem> findByCode(String code);
}
