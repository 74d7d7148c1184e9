package cn.yiwang.catalog.bundle.web;

import cn.yiwang.catalog.bundle.BundleCommands;
import cn.yiwang.catalog.bundle.BundleQueries;
import cn.yiwang.catalog.bundle.BundleView;
import cn.yiwang.catalog.bundle.domain.MergedBundle;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;
import java.util.UUID;

/** 一件事: maintained at {@code /bundles}, read by everybody at {@code /public/bundles}. */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class BundleController {

    private final BundleCommands commands;
    private final BundleQueries queries;

    BundleController(BundleCommands commands, BundleQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record BundleRequest(@NotBlank @Size(max = 200) String name, @NotBlank String regionCode,
                         @NotBlank @Size(max = 100) String leadDepartment, @Size(max = 2000) String description,
                         @NotNull @Size(max = 50) List<@NotBlank String> itemCodes) {
    }

    record RevisionRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String leadDepartment,
                           @Size(max = 2000) String description,
                           @NotNull @Size(max = 50) List<@NotBlank String> itemCodes) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/bundles")
    @CallableBy(value = {Roles.CATALOG_ADMIN, Roles.APPROVER}, detail = "catalog.bundle.forbidden.role")
    ResponseEntity<BundleView> define(@Valid @RequestBody BundleRequest request, Actor actor) {
        BundleView bundle = commands.define(actor, new BundleCommands.Definition(request.name(), request.regionCode(),
                request.leadDepartment(), request.description(), request.itemCodes()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").build(bundle.id()))
                .eTag(ETags.of(bundle.version())).body(bundle);
    }

    @GetMapping("/bundles/{id}")
    ResponseEntity<BundleView> definition(@PathVariable UUID id, Actor actor) {
        return withETag(queries.definition(actor, id));
    }

    /** Changes the definition; If-Match required. Publish again to make it the public version. */
    @PutMapping("/bundles/{id}")
    @CallableBy(value = {Roles.CATALOG_ADMIN, Roles.APPROVER}, detail = "catalog.bundle.forbidden.role")
    ResponseEntity<BundleView> revise(@PathVariable UUID id, @Valid @RequestBody RevisionRequest request,
                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                      Actor actor) {
        return withETag(commands.revise(actor, id, new BundleCommands.Revision(request.name(), request.leadDepartment(),
                request.description(), request.itemCodes()), ifMatch));
    }

    @PostMapping("/bundles/{id}/withdraw")
    ResponseEntity<BundleView> withdraw(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        Actor actor) {
        return withETag(commands.withdraw(actor, id, request.reason(), ifMatch));
    }

    @GetMapping("/public/bundles/{id}/versions/{version}")
    MergedBundle version(@PathVariable UUID id, @PathVariable int version) {
        return queries.version(id, version);
    }

    private static ResponseEntity<BundleView> withETag(BundleView bundle) {
        return ResponseEntity.ok().eTag(ETags.of(bundle.version())).body(bundle);
    }

    @PostMapping("/bundles/{id}/publish")
    MergedBundle publish(@PathVariable UUID id,
                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, Actor actor) {
        return commands.publish(actor, id, ifMatch);
    }

    @GetMapping("/public/bundles")
    List<MergedBundle> inRegion(@RequestParam String region) {
        return queries.inRegion(region);
    }

    @GetMapping("/public/bundles/{id}")
    MergedBundle published(@PathVariable UUID id) {
        return queries.published(id);
    }
}
