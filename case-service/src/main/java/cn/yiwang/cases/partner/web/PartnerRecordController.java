package cn.yiwang.cases.partner.web;

import cn.yiwang.cases.partner.PartnerRecords;
import cn.yiwang.cases.partner.domain.PushedCase;
import cn.yiwang.common.problem.ProblemMessages;
import cn.yiwang.common.security.Actor;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * 办件汇聚 for partner county systems (client credentials, role {@code partner-system}, within their
 * {@code region_code}). The batch is answered 200 with a report per record — accepted, updated,
 * unchanged or rejected with its reasons — since one bad record must not hold back the others;
 * only a batch that is empty (422) or too large (413) is refused whole.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/partner-records")
class PartnerRecordController {

    private final PartnerRecords records;

    PartnerRecordController(PartnerRecords records) {
        this.records = records;
    }

    /** Records are checked one by one, not by Bean Validation, so that each gets its own reasons. */
    record Batch(@NotNull List<PushedCase> records) {
    }

    @PostMapping
    @PreAuthorize("hasRole('partner-system')")
    PartnerRecords.BatchReport push(Actor actor, @RequestBody Batch batch,
                                    @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        return records.push(actor, batch == null ? null : batch.records(), ProblemMessages.resolveLocale(language));
    }

    /** The region's quality pass rate (default: the caller's region); supervisors and partners of the region. */
    @GetMapping("/quality")
    @PreAuthorize("hasAnyRole('partner-system','supervisor')")
    PartnerRecords.QualityReport quality(Actor actor, @RequestParam(required = false) String region) {
        return records.quality(actor, region);
    }
}
