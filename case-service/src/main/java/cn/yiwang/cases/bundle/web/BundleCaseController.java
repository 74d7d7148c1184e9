package cn.yiwang.cases.bundle.web;

import cn.yiwang.cases.bundle.BundleCommands;
import cn.yiwang.cases.bundle.BundleQueries;
import cn.yiwang.cases.bundle.BundleRequests;
import cn.yiwang.cases.bundle.BundleViews.BundleCaseView;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/**
 * {@code /api/v1/cases/bundles}: one application for a 一件事 bundle. The answer names the parent
 * and every child case; each child is then handled at {@code /api/v1/cases/{childId}/…} like any case.
 */
@RestController
@Validated
@RequestMapping("${yiwang.api.base-path}/bundles")
class BundleCaseController {

    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final BundleCommands commands;
    private final BundleQueries queries;

    BundleCaseController(BundleCommands commands, BundleQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** 201 with the parent and its children; a retry with the same Idempotency-Key answers 200 with the same. */
    @PostMapping
    @CallableBy({Roles.CITIZEN, Roles.ENTERPRISE, Roles.WINDOW_CLERK})
    @PreAuthorize("hasAnyRole('citizen','enterprise','window-clerk')")
    ResponseEntity<BundleCaseView> apply(Actor actor,
                                         @RequestHeader("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7e]{8,255}") String idempotencyKey,
                                         @Valid @RequestBody BundleRequests.Apply request) {
        BundleCommands.Applied applied = commands.apply(actor, idempotencyKey, request);
        if (applied.replayed()) {
            return ResponseEntity.ok(applied.view());
        }
        return ResponseEntity.created(URI.create("bundles/" + applied.view().id())).body(applied.view());
    }

    @GetMapping("/{id:" + UUID_PATTERN + "}")
    BundleCaseView byId(Actor actor, @PathVariable UUID id) {
        return queries.byId(actor, id);
    }

    @PostMapping("/{id:" + UUID_PATTERN + "}/withdrawal")
    @PreAuthorize("hasAnyRole('citizen','enterprise','window-clerk')")
    BundleCaseView withdraw(Actor actor, @PathVariable UUID id,
                            @Valid @RequestBody(required = false) BundleRequests.Withdraw request) {
        return commands.withdraw(actor, id, request);
    }
}
