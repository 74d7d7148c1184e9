package cn.yiwang.catalog.bundle.domain;

import cn.yiwang.catalog.guide.ServiceGuide;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A "一件事" bundle: which published items it combines, in which region, led by which department.
 * Like an item, a published bundle is changed by revising its definition and publishing a new
 * version (the current one stays public until then), and withdrawn with its history kept.
 */
@Table("bundle")
public class Bundle {

    @Id
    private final UUID id;
    private String name;
    private final String regionCode;
    private String leadDepartment;
    private String description;
    @MappedCollection(idColumn = "bundle", keyColumn = "position")
    private final List<BundleMember> items;
    private BundleStatus status;
    private Integer publishedVersion;
    private boolean publicationWithdrawn;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Bundle(UUID id, String name, String regionCode, String leadDepartment, String description, List<BundleMember> items,
           BundleStatus status, Integer publishedVersion, boolean publicationWithdrawn, Long version, Instant createdAt,
           Instant updatedAt) {
        this.id = id;
        this.name = name;
        this.regionCode = regionCode;
        this.leadDepartment = leadDepartment;
        this.description = description;
        this.items = new ArrayList<>(items == null ? List.of() : items);
        this.status = status;
        this.publishedVersion = publishedVersion;
        this.publicationWithdrawn = publicationWithdrawn;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    public static Bundle define(String name, String regionCode, String leadDepartment, String description,
                                List<String> itemCodes, Instant now) {
        return new Bundle(UUID.randomUUID(), name, regionCode, leadDepartment, description,
                itemCodes.stream().map(BundleMember::new).toList(), BundleStatus.DRAFT, null, false, null, now, now);
    }

    /**
     * Changes the definition (the caller has checked the members are published and the lead is one
     * of their departments). A published version stays current until the revision is published.
     */
    public void revise(String name, String leadDepartment, String description, List<String> itemCodes, Instant now) {
        this.name = name;
        this.leadDepartment = leadDepartment;
        this.description = description;
        items.clear();
        itemCodes.forEach(code -> items.add(new BundleMember(code)));
        status = BundleStatus.DRAFT;
        updatedAt = now;
    }

    /** Takes the current version off the catalog; returns its number. Its history stays readable. */
    public int withdraw(Instant now) {
        if (!hasCurrentPublication()) {
            throw new BundleStateException("catalog.bundle.state.not-withdrawable");
        }
        publicationWithdrawn = true;
        status = BundleStatus.WITHDRAWN;
        updatedAt = now;
        return publishedVersion;
    }

    public boolean hasCurrentPublication() {
        return publishedVersion != null && !publicationWithdrawn;
    }

    /**
     * Builds the next published version from the members' current published guides (given in the
     * bundle's order). Publishing again after a member changed makes a new version.
     */
    public MergedBundle publish(List<ServiceGuide> currentGuides, Instant now) {
        int next = publishedVersion == null ? 1 : publishedVersion + 1;
        MergedBundle merged = BundleMerge.merge(id, name, regionCode, leadDepartment, description, next, now, currentGuides);
        publishedVersion = next;
        publicationWithdrawn = false;
        status = BundleStatus.PUBLISHED;
        updatedAt = now;
        return merged;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String regionCode() {
        return regionCode;
    }

    public String leadDepartment() {
        return leadDepartment;
    }

    public String description() {
        return description;
    }

    public List<String> itemCodes() {
        return items.stream().map(BundleMember::itemCode).toList();
    }

    public BundleStatus status() {
        return status;
    }

    public Integer publishedVersion() {
        return publishedVersion;
    }

    public boolean publicationWithdrawn() {
        return publicationWithdrawn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
