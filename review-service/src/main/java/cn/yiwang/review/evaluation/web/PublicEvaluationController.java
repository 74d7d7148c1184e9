package cn.yiwang.review.evaluation.web;

import cn.yiwang.review.evaluation.EvaluationQueries;
import cn.yiwang.review.evaluation.PublicEvaluationView;
import cn.yiwang.review.support.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/reviews/public/organisations/{org}/evaluations}: published evaluations, no token needed. */
@RestController
@RequestMapping("${yiwang.api.base-path}/public/organisations")
public class PublicEvaluationController {

    private final EvaluationQueries queries;

    public PublicEvaluationController(EvaluationQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{orgCode}/evaluations")
    public PageOf<PublicEvaluationView> published(@PathVariable String orgCode,
                                                  @RequestParam(defaultValue = "0") int page,
                                                  @RequestParam(defaultValue = "20") int size) {
        return queries.published(orgCode, page, size);
    }
}
