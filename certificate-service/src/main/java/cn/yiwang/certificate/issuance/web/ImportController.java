package cn.yiwang.certificate.issuance.web;

import cn.yiwang.certificate.issuance.CertificateQueries;
import cn.yiwang.certificate.issuance.HistoricalImport;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** 归集: an issuing body imports its existing certificates (JSON lines or CSV) and gets a report per line. */
@RestController
@RequestMapping("${yiwang.api.base-path}/imports")
class ImportController {

    private final HistoricalImport imports;

    ImportController(HistoricalImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = {"application/x-ndjson", "application/jsonl", "text/plain"})
    @CallableBy(Roles.DEPT_ADMIN)
    @PreAuthorize("hasRole('dept-admin')")
    HistoricalImport.Report importLines(@RequestBody String body, Actor actor) {
        CertificateQueries.issuerRegionPrefix(actor);
        return imports.importLines(actor.orgCode(), actor.regionCode(), body);
    }

    @PostMapping(consumes = "text/csv")
    @CallableBy(Roles.DEPT_ADMIN)
    @PreAuthorize("hasRole('dept-admin')")
    HistoricalImport.Report importCsv(@RequestBody String body, Actor actor) {
        CertificateQueries.issuerRegionPrefix(actor);
        return imports.importCsv(actor.orgCode(), actor.regionCode(), body);
    }

    /**
     * Any other content type. Without this mapping Spring would answer 415 before choosing a handler,
     * so before the role gate: every caller would learn which formats the import takes. Here the
     * gate runs first and only a dept-admin gets the 415, exactly as Spring would have written it.
     */
    @PostMapping
    @CallableBy(Roles.DEPT_ADMIN)
    @Hidden
    void unsupported(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType)
            throws HttpMediaTypeNotSupportedException {
        MediaType sent;
        try {
            sent = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotSupportedException(e.getMessage());
        }
        throw new HttpMediaTypeNotSupportedException(sent, List.of(MediaType.parseMediaType("application/x-ndjson"),
                MediaType.parseMediaType("application/jsonl"), MediaType.TEXT_PLAIN, MediaType.parseMediaType("text/csv")),
                HttpMethod.POST);
    }
}
