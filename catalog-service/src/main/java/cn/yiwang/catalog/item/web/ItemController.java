package cn.yiwang.catalog.item.web;

import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.catalog.item.ItemCommands;
import cn.yiwang.catalog.item.ItemQueries;
import cn.yiwang.catalog.item.ItemView;
import cn.yiwang.catalog.item.PublishedVersions;
import cn.yiwang.catalog.quality.QualityReport;
import cn.yiwang.catalog.support.ETags;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/**
 * Implementation items for the people who maintain and review them. Every response carries the
 * working copy's version as ETag; an update needs it back in If-Match.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/items")
class ItemController {

    private static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final ItemCommands commands;
    private final ItemQueries queries;

    ItemController(ItemCommands commands, ItemQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record ClaimRequest(@NotBlank String basicCode, @NotBlank String regionCode,
                        @NotBlank @Size(max = 200) String implementingBody, @NotBlank String bodyCreditCode,
                        @NotBlank String level, @NotBlank @Size(max = 100) String department,
                        @Size(max = 200) String name, String code, @NotNull Guide guide) {
    }

    record RevisionRequest(@Size(max = 200) String name, @Size(max = 200) String implementingBody,
                           @Size(max = 100) String department, @NotNull Guide guide) {
    }

    /** A reviewer's comment, a withdrawal reason or a change request's reason. */
    record Note(@Size(max = 2000) String text) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @CallableBy(Roles.DEPT_ADMIN)
    @PreAuthorize("hasRole('dept-admin')")
    ResponseEntity<ItemView> claim(@Valid @RequestBody ClaimRequest request, Actor actor) {
        ItemView item = commands.claim(actor, new ItemCommands.Claim(request.basicCode(), request.regionCode(),
                request.implementingBody(), request.bodyCreditCode(), request.level(), request.department(),
                request.name(), request.code(), request.guide()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(item.id()))
                .eTag(ETags.of(item.version())).body(item);
    }

    @GetMapping("/{id}")
    ResponseEntity<ItemView> get(@PathVariable UUID id, Actor actor) {
        return withETag(queries.workingCopy(actor, id));
    }

    @PutMapping("/{id}")
    ResponseEntity<ItemView> revise(@PathVariable UUID id, @Valid @RequestBody RevisionRequest request,
                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
        return withETag(commands.revise(actor, id, new ItemCommands.Revision(request.name(), request.implementingBody(),
                request.department(), request.guide()), ifMatch));
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<ItemView> submit(@PathVariable UUID id,
                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
        return withETag(commands.submit(actor, id, ifMatch));
    }

    @PostMapping("/{id}/approve")
    ResponseEntity<ItemView> approve(@PathVariable UUID id, @Valid @RequestBody(required = false) Note note,
                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
        return withETag(commands.approve(actor, id, note == null ? null : note.text(), ifMatch));
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<ItemView> reject(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request,
                                    @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
        return withETag(commands.reject(actor, id, request.reason(), ifMatch));
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<ItemView> publish(@PathVariable UUID id,
                                     @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
        return withETag(commands.publish(actor, id, ifMatch));
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<ItemView> withdraw(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request,
                                      @RequestHeader(value = IF_MATCH, required = false) String ifMatch, Actor actor) {
        return withETag(commands.withdraw(actor, id, request.reason(), ifMatch));
    }

    /** 调整申请: reopens a published (or withdrawn) item for changes that the approval office will review. */
    @PostMapping("/{id}/change-requests")
    ResponseEntity<ItemView> openChangeRequest(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                               Actor actor) {
        return withETag(commands.openChangeRequest(actor, id, request.reason(), ifMatch));
    }

    /** The implementing body takes back a pending change request; the published version is the working copy again. */
    @PostMapping("/{id}/change-requests/{requestId}/cancel")
    ResponseEntity<ItemView> cancelChangeRequest(@PathVariable UUID id, @PathVariable UUID requestId,
                                                 @Valid @RequestBody(required = false) Note note,
                                                 @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                                 Actor actor) {
        return withETag(commands.cancelChangeRequest(actor, id, requestId, note == null ? null : note.text(), ifMatch));
    }

    @GetMapping("/{id}/quality")
    QualityReport quality(@PathVariable UUID id, Actor actor) {
        return queries.quality(actor, id);
    }

    @GetMapping("/{id}/versions")
    List<PublishedVersions.VersionSummary> versions(@PathVariable UUID id, Actor actor) {
        return queries.history(actor, id);
    }

    private static ResponseEntity<ItemView> withETag(ItemView item) {
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }
}
