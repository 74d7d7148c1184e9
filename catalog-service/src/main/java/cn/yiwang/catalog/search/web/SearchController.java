package cn.yiwang.catalog.search.web;

import cn.yiwang.catalog.search.SearchResultsCache;
import cn.yiwang.catalog.search.SearchCriteria;
import cn.yiwang.catalog.search.SearchPage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public search: {@code GET /public/items?region=610326&keyword=营业&online=true&page=0&size=20&sort=name}. */
@RestController
@RequestMapping("${yiwang.api.base-path}/public/items")
class SearchController {

    private final SearchResultsCache search;

    SearchController(SearchResultsCache search) {
        this.search = search;
    }

    @GetMapping
    SearchPage search(@RequestParam(required = false) String region,
                      @RequestParam(required = false) String department,
                      @RequestParam(required = false) String type,
                      @RequestParam(required = false) String theme,
                      @RequestParam(required = false) String keyword,
                      @RequestParam(required = false) Boolean online,
                      @RequestParam(required = false) Boolean atMostOneVisit,
                      @RequestParam(required = false) Boolean immediate,
                      @RequestParam(required = false) Boolean crossRegion,
                      @RequestParam(required = false) Boolean highFrequency,
                      @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "20") int size,
                      @RequestParam(required = false) String sort) {
        return search.search(new SearchCriteria(region, department, type, theme, keyword, online, atMostOneVisit,
                immediate, crossRegion, highFrequency, page, size, sort));
    }
}
