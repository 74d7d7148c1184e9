package cn.yiwang.catalog.quality.web;

import cn.yiwang.catalog.quality.PassRate;
import cn.yiwang.catalog.quality.QualityQueries;
import cn.yiwang.common.security.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The quality pass rate of a region, for the staff who answer for it. */
@RestController
@RequestMapping("${yiwang.api.base-path}/quality")
class QualityController {

    private final QualityQueries queries;

    QualityController(QualityQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/pass-rate")
    @PreAuthorize("hasAnyRole('approver', 'catalog-admin', 'dept-admin', 'supervisor')")
    PassRate passRate(@RequestParam String region, Actor actor) {
        return queries.passRate(actor, region);
    }
}
