package cn.yiwang.catalog.basic.web;

import cn.yiwang.catalog.basic.BasicItemCommands;
import cn.yiwang.catalog.basic.BasicItemQueries;
import cn.yiwang.catalog.basic.BasicItemView;
import cn.yiwang.catalog.codes.BasicCodeLayout;
import cn.yiwang.catalog.support.ETags;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

/**
 * The basic directory: anyone signed in reads it (departments claim from it); a province's catalog
 * administrators maintain it (the commands check the level).
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/basic-items")
class BasicItemController {

    private final BasicItemCommands commands;
    private final BasicItemQueries queries;

    BasicItemController(BasicItemCommands commands, BasicItemQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record BasicItemRequest(@NotBlank @Size(max = BasicCodeLayout.MAX_LENGTH) String code, @NotBlank @Size(max = 200) String name,
                            @NotBlank String type, @NotBlank @Size(max = 100) String lineDepartment,
                            @NotBlank String legalBasis, @NotEmpty List<String> levels) {

        BasicItemCommands.Definition definition() {
            return new BasicItemCommands.Definition(code, name, type, lineDepartment, legalBasis, levels);
        }
    }

    @GetMapping
    List<BasicItemView> list() {
        return queries.all();
    }

    @GetMapping("/{code}")
    ResponseEntity<BasicItemView> get(@PathVariable String code) {
        BasicItemView item = queries.byCode(code);
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }

    @PostMapping
    @CallableBy(Roles.CATALOG_ADMIN)
    @PreAuthorize("hasRole('catalog-admin')")
    ResponseEntity<BasicItemView> define(@Valid @RequestBody BasicItemRequest request, Actor actor) {
        BasicItemView item = commands.define(actor, request.definition());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{code}").build(item.code())).eTag(ETags.of(item.version())).body(item);
    }

    @PutMapping("/{code}")
    @CallableBy(Roles.CATALOG_ADMIN)
    @PreAuthorize("hasRole('catalog-admin')")
    ResponseEntity<BasicItemView> revise(@PathVariable String code, @Valid @RequestBody BasicItemRequest request,
                                         @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         Actor actor) {
        BasicItemView item = commands.revise(actor, code, request.definition(), ifMatch);
        return ResponseEntity.ok().eTag(ETags.of(item.version())).body(item);
    }
}
