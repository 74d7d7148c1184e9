package cn.yiwang.certificate.issuance.web;

import cn.yiwang.certificate.issuance.CertificateCommands;
import cn.yiwang.certificate.issuance.CertificateQueries;
import cn.yiwang.certificate.issuance.CertificateView;
import cn.yiwang.certificate.issuance.IssueCertificate;
import cn.yiwang.certificate.support.PageView;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Issuing bodies issue and manage certificates; holders and issuers read them. */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class CertificateController {

    private static final String UUID_PATTERN = "{id:[0-9a-fA-F\\-]{36}}";

    private final CertificateCommands commands;
    private final CertificateQueries queries;

    CertificateController(CertificateCommands commands, CertificateQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** 制证: the issuer is the caller's organisation (org_code), the region the caller's region. */
    @PostMapping
    @CallableBy(Roles.DEPT_ADMIN)
    @PreAuthorize("hasRole('dept-admin')")
    ResponseEntity<CertificateView> issue(@Valid @RequestBody IssueRequest request, Actor actor) {
        CertificateQueries.issuerRegionPrefix(actor);
        CertificateView issued = commands.issue(IssueCertificate.byIssuer(request.typeCode(), actor.orgCode(), actor.regionCode(),
                request.holder().idType(), request.holder().idNumber(), request.holder().name(), request.metadata(),
                request.validFrom(), request.validUntil()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(issued.id()).toUri())
                .body(issued);
    }

    @GetMapping("/" + UUID_PATTERN)
    CertificateView one(@PathVariable UUID id, Actor actor) {
        return queries.view(id, actor);
    }

    @GetMapping("/issued")
    @PreAuthorize("hasRole('dept-admin')")
    PageView<CertificateView> issued(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                     Actor actor) {
        return queries.issuedBy(actor, Math.max(0, page), PageView.size(size));
    }

    @PostMapping("/" + UUID_PATTERN + "/suspension")
    @PreAuthorize("hasRole('dept-admin')")
    CertificateView suspend(@PathVariable UUID id, @RequestBody ReasonRequest request, Actor actor) {
        return commands.suspend(id, request.reason(), actor);
    }

    @PostMapping("/" + UUID_PATTERN + "/reinstatement")
    @PreAuthorize("hasRole('dept-admin')")
    CertificateView reinstate(@PathVariable UUID id, @RequestBody ReasonRequest request, Actor actor) {
        return commands.reinstate(id, request.reason(), actor);
    }

    @PostMapping("/" + UUID_PATTERN + "/revocation")
    @PreAuthorize("hasRole('dept-admin')")
    CertificateView revoke(@PathVariable UUID id, @RequestBody ReasonRequest request, Actor actor) {
        return commands.revoke(id, request.reason(), actor);
    }

    @PostMapping("/" + UUID_PATTERN + "/cancellation")
    @PreAuthorize("hasRole('dept-admin')")
    CertificateView cancel(@PathVariable UUID id, @RequestBody ReasonRequest request, Actor actor) {
        return commands.cancel(id, request.reason(), actor);
    }

    /** 迁出 (status 06). */
    @PostMapping("/" + UUID_PATTERN + "/transfer-out")
    @PreAuthorize("hasRole('dept-admin')")
    CertificateView transferOut(@PathVariable UUID id, @RequestBody ReasonRequest request, Actor actor) {
        return commands.transferOut(id, request.reason(), actor);
    }

    /** 撤回 (status 07). */
    @PostMapping("/" + UUID_PATTERN + "/withdrawal")
    @PreAuthorize("hasRole('dept-admin')")
    CertificateView withdraw(@PathVariable UUID id, @RequestBody ReasonRequest request, Actor actor) {
        return commands.withdraw(id, request.reason(), actor);
    }

    /** A correction answers with the new version; the old one is superseded. */
    @PostMapping("/" + UUID_PATTERN + "/corrections")
    @PreAuthorize("hasRole('dept-admin')")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    CertificateView correct(@PathVariable UUID id, @RequestBody CorrectionRequest request, Actor actor) {
        return commands.correct(id, request.metadata(), request.holderName(), request.reason(), actor);
    }

    record IssueRequest(@NotBlank String typeCode, @NotNull @Valid HolderRequest holder, Map<String, String> metadata,
                        LocalDate validFrom, LocalDate validUntil) {
    }

    record HolderRequest(@NotBlank String idType, @NotBlank String idNumber, @NotBlank @Size(max = 100) String name) {
    }

    record ReasonRequest(String reason) {
    }

    record CorrectionRequest(Map<String, String> metadata, String holderName, String reason) {
    }
}
