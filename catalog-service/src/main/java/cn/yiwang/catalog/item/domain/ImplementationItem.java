package cn.yiwang.catalog.item.domain;

import cn.yiwang.catalog.codes.ItemType;
import cn.yiwang.catalog.codes.StandardCode;
import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.guide.ServiceGuide;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An implementation item (实施清单事项): one implementing body's offer of a basic item in one
 * region, with the working copy of its guide and its life cycle
 * draft → submitted → approved → published (→ withdrawn). Publishing freezes the working copy as a
 * new version; changing a published item needs a change request (调整申请).
 */
@Table("implementation_item")
public class ImplementationItem {

    @Id
    private final UUID id;
    private final String code;
    private final UUID basicItemId;
    private final String basicCode;
    private String name;
    private final String type;
    private final String legalBasis;
    private final String level;
    private final String regionCode;
    private String implementingBody;
    private final String bodyCreditCode;
    private String department;
    private ItemStatus status;
    private Guide guide;
    private Integer publishedVersion;
    private boolean publicationWithdrawn;
    @MappedCollection(idColumn = "implementation_item")
    private final Set<ChangeRequest> changeRequests;
    @Version
    private Long version;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    ImplementationItem(UUID id, String code, UUID basicItemId, String basicCode, String name, String type,
                       String legalBasis, String level, String regionCode, String implementingBody,
                       String bodyCreditCode, String department, ItemStatus status, Guide guide,
                       Integer publishedVersion, boolean publicationWithdrawn, Set<ChangeRequest> changeRequests,
                       Long version, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.code = code;
        this.basicItemId = basicItemId;
        this.basicCode = basicCode;
        this.name = name;
        this.type = type;
        this.legalBasis = legalBasis;
        this.level = level;
        this.regionCode = regionCode;
        this.implementingBody = implementingBody;
        this.bodyCreditCode = bodyCreditCode;
        this.department = department;
        this.status = status;
        this.guide = guide;
        this.publishedVersion = publishedVersion;
        this.publicationWithdrawn = publicationWithdrawn;
        this.changeRequests = changeRequests == null ? new HashSet<>() : new HashSet<>(changeRequests);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** What a claim copies from the basic directory entry. */
    public record BasicEntry(UUID id, String code, String name, String type, String legalBasis) {
    }

    /** Claims a basic item for an implementing body in a region; the codes have been validated by {@link ItemRules}. */
    public static ImplementationItem claim(BasicEntry basic, String regionCode, String implementingBody,
                                           String bodyCreditCode, String level, String department, String name,
                                           Guide guide, Instant now) {
        String code = ImplementationCode.compose(bodyCreditCode, level, basic.code());
        return new ImplementationItem(UUID.randomUUID(), code, basic.id(), basic.code(),
                name == null || name.isBlank() ? basic.name() : name, basic.type(), basic.legalBasis(), level,
                regionCode, implementingBody, bodyCreditCode, department, ItemStatus.DRAFT, guide, null, false,
                Set.of(), null, now, now);
    }

    /** Edits the working copy; only a draft is editable. */
    public void revise(String name, String implementingBody, String department, Guide guide, Instant now) {
        require(status == ItemStatus.DRAFT, "catalog.item.state.not-editable");
        if (name != null && !name.isBlank()) {
            this.name = name;
        }
        if (implementingBody != null && !implementingBody.isBlank()) {
            this.implementingBody = implementingBody;
        }
        if (department != null && !department.isBlank()) {
            this.department = department;
        }
        this.guide = guide;
        this.updatedAt = now;
    }

    public void submit(Instant now) {
        require(status == ItemStatus.DRAFT, "catalog.item.state.not-submittable");
        status = ItemStatus.SUBMITTED;
        activeChangeRequest().ifPresent(ChangeRequest::submitted);
        updatedAt = now;
    }

    public void approve(String by, String comment, Instant now) {
        require(status == ItemStatus.SUBMITTED, "catalog.item.state.not-reviewable");
        status = ItemStatus.APPROVED;
        activeChangeRequest().ifPresent(request -> request.decided(true, by, comment, now));
        updatedAt = now;
    }

    /** Sends the item back to the implementing body for rework, with the reviewer's comment. */
    public void reject(String by, String comment, Instant now) {
        require(status == ItemStatus.SUBMITTED, "catalog.item.state.not-reviewable");
        status = ItemStatus.DRAFT;
        activeChangeRequest().ifPresent(request -> request.decided(false, by, comment, now));
        updatedAt = now;
    }

    /**
     * Freezes the approved working copy as the next version. The caller stores the returned guide
     * as the new current version and marks the previous one superseded.
     */
    public ServiceGuide publish(String regionName, Instant now) {
        require(status == ItemStatus.APPROVED, "catalog.item.state.not-publishable");
        ServiceGuide published = candidate(regionName, now);
        publishedVersion = published.version();
        publicationWithdrawn = false;
        status = ItemStatus.PUBLISHED;
        activeChangeRequest().ifPresent(ChangeRequest::published);
        updatedAt = now;
        return published;
    }

    /** The guide as it would be published now: what the quality check looks at. */
    public ServiceGuide candidate(String regionName, Instant publishedAt) {
        int next = publishedVersion == null ? 1 : publishedVersion + 1;
        return new ServiceGuide(id, code, basicCode, name, type, typeLabel(), legalBasis, level, regionCode,
                regionName, implementingBody, bodyCreditCode, department, next, publishedAt, guide);
    }

    /** Takes the current version off the public catalog; its history stays. */
    public int withdraw(Instant now) {
        require(hasCurrentPublication(), "catalog.item.state.not-withdrawable");
        publicationWithdrawn = true;
        if (status == ItemStatus.PUBLISHED) {
            status = ItemStatus.WITHDRAWN;
        }
        updatedAt = now;
        return publishedVersion;
    }

    /** Opens a change request (调整申请) on a published or withdrawn item: the working copy becomes a draft again. */
    public ChangeRequest openChangeRequest(String reason, String by, Instant now) {
        require(status == ItemStatus.PUBLISHED || status == ItemStatus.WITHDRAWN,
                "catalog.item.state.no-change-request");
        ChangeRequest request = ChangeRequest.open(reason, by, now);
        changeRequests.add(request);
        status = ItemStatus.DRAFT;
        updatedAt = now;
        return request;
    }

    /** The working copy as a published version had it: what cancelling a change request goes back to. */
    public record PublishedContent(String name, String implementingBody, String department, Guide guide) {
    }

    /**
     * Cancels a pending change request (调整申请): the working copy goes back to the last published
     * version and the item to published (or withdrawn, if it was withdrawn when the request was
     * opened). An approved request is the approval office's decision and can no longer be taken back.
     */
    public ChangeRequest cancelChangeRequest(UUID requestId, String by, String reason, PublishedContent restored,
                                             Instant now) {
        ChangeRequest request = changeRequests.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new ItemStateException("catalog.item.change-request.unknown", requestId));
        require(request.isPending() && request.isActive(), "catalog.item.change-request.not-pending");
        request.cancelled(by, reason, now);
        name = restored.name();
        implementingBody = restored.implementingBody();
        department = restored.department();
        guide = restored.guide();
        status = publicationWithdrawn ? ItemStatus.WITHDRAWN : ItemStatus.PUBLISHED;
        updatedAt = now;
        return request;
    }

    private static void require(boolean allowed, String messageKey) {
        if (!allowed) {
            throw new ItemStateException(messageKey);
        }
    }

    private String typeLabel() {
        return StandardCode.byCode(ItemType.class, type).map(ItemType::label).orElse(type);
    }

    public boolean hasCurrentPublication() {
        return publishedVersion != null && !publicationWithdrawn;
    }

    public Optional<ChangeRequest> activeChangeRequest() {
        return changeRequests.stream().filter(ChangeRequest::isActive).findFirst();
    }

    public List<ChangeRequest> changeRequests() {
        return changeRequests.stream().sorted(Comparator.comparing(ChangeRequest::openedAt)).toList();
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public UUID basicItemId() {
        return basicItemId;
    }

    public String basicCode() {
        return basicCode;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String level() {
        return level;
    }

    public String regionCode() {
        return regionCode;
    }

    public String implementingBody() {
        return implementingBody;
    }

    public String bodyCreditCode() {
        return bodyCreditCode;
    }

    public String department() {
        return department;
    }

    public ItemStatus status() {
        return status;
    }

    public Guide guide() {
        return guide;
    }

    public Integer publishedVersion() {
        return publishedVersion;
    }

    public boolean publicationWithdrawn() {
        return publicationWithdrawn;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
