package cn.yiwang.catalog.basic;

import cn.yiwang.catalog.basic.domain.BasicItem;
import cn.yiwang.catalog.codes.ServiceLevel;

import java.util.List;
import java.util.UUID;

/** A basic entry as the API shows it; {@code type} and {@code levels} are the standard's codes. */
public record BasicItemView(UUID id, String code, String name, String type, String typeName, String lineDepartment,
                            String legalBasis, List<String> levels, long version) {

    static BasicItemView of(BasicItem item) {
        return new BasicItemView(item.id(), item.code(), item.name(), item.type().code(), item.type().label(),
                item.lineDepartment(), item.legalBasis(), item.levels().stream().map(ServiceLevel::code).toList(),
                item.version());
    }
}
