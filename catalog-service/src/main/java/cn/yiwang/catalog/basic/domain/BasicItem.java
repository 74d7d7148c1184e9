package cn.yiwang.catalog.basic.domain;

import cn.yiwang.catalog.codes.ItemType;
import cn.yiwang.catalog.codes.ServiceLevel;
import cn.yiwang.catalog.codes.StandardCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A basic directory entry: what the item is, by law, before any body implements it. */
@Table("basic_item")
public class BasicItem {

    @Id
    private final UUID id;
    private final String code;
    private String name;
    private String type;
    private String lineDepartment;
    private String legalBasis;
    private String levels;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    BasicItem(UUID id, String code, String name, String type, String lineDepartment, String legalBasis, String levels,
              Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.type = type;
        this.lineDepartment = lineDepartment;
        this.legalBasis = legalBasis;
        this.levels = levels;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** A new entry; the caller has validated the values with {@link BasicItemRules}. */
    public static BasicItem define(String code, String name, ItemType type, String lineDepartment, String legalBasis,
                                   Set<ServiceLevel> levels, Instant now) {
        return new BasicItem(UUID.randomUUID(), code, name, type.code(), lineDepartment, legalBasis, joined(levels),
                null, now, now);
    }

    public void revise(String name, ItemType type, String lineDepartment, String legalBasis, Set<ServiceLevel> levels,
                       Instant now) {
        this.name = name;
        this.type = type.code();
        this.lineDepartment = lineDepartment;
        this.legalBasis = legalBasis;
        this.levels = joined(levels);
        this.updatedAt = now;
    }

    private static String joined(Set<ServiceLevel> levels) {
        return levels.stream().sorted(Comparator.naturalOrder()).map(ServiceLevel::code).collect(Collectors.joining(","));
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public ItemType type() {
        return StandardCode.requireCode(ItemType.class, type);
    }

    public String lineDepartment() {
        return lineDepartment;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public List<ServiceLevel> levels() {
        return Arrays.stream(levels.split(",")).map(code -> StandardCode.requireCode(ServiceLevel.class, code)).toList();
    }

    public boolean appliesAt(ServiceLevel level) {
        return levels().contains(level);
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
