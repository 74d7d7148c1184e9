package cn.yiwang.certificate.issuance.web;

import cn.yiwang.certificate.issuance.CertificateQueries;
import cn.yiwang.certificate.issuance.HistoricalImport;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 归集: an issuing body imports its existing certificates (JSON lines or CSV) and gets a report per line. */
@RestController
@RequestMapping("${yiwang.api.base-path}/imports")
class ImportController {

    private final HistoricalImport imports;

    ImportController(HistoricalImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = {"application/x-ndjson", "application/jsonl", "text/plain"})
    @PreAuthorize("hasRole('dept-admin')")
    HistoricalImport.Report importLines(@RequestBody String body, Actor actor) {
        CertificateQueries.issuerRegionPrefix(actor);
        return imports.importLines(actor.orgCode(), actor.regionCode(), body);
    }

    @PostMapping(consumes = "text/csv")
    @PreAuthorize("hasRole('dept-admin')")
    HistoricalImport.Report importCsv(@RequestBody String body, Actor actor) {
        CertificateQueries.issuerRegionPrefix(actor);
        return imports.importCsv(actor.orgCode(), actor.regionCode(), body);
    }
}
