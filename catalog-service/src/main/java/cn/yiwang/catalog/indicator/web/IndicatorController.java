package cn.yiwang.catalog.indicator.web;

import cn.yiwang.catalog.indicator.IndicatorQueries;
import cn.yiwang.catalog.indicator.Indicators;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public indicators of a region: {@code GET /public/indicators?region=610326[&department=税务局]}. */
@RestController
@RequestMapping("${yiwang.api.base-path}/public/indicators")
class IndicatorController {

    private final IndicatorQueries indicators;

    IndicatorController(IndicatorQueries indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    Indicators of(@RequestParam String region, @RequestParam(required = false) String department) {
        return indicators.of(region, department);
    }
}
