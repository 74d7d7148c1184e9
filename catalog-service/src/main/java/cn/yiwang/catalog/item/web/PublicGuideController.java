package cn.yiwang.catalog.item.web;

import cn.yiwang.catalog.guide.ServiceGuide;
import cn.yiwang.catalog.item.ItemQueries;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/**
 * Published guides, open to everybody without a token: every channel (PC, mobile, kiosk, window,
 * hotline) reads the same version from here (同源发布).
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/public/items")
class PublicGuideController {

    private final ItemQueries queries;

    PublicGuideController(ItemQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{code}")
    ResponseEntity<ServiceGuide> current(@PathVariable String code) {
        ServiceGuide guide = queries.publishedGuide(code);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
                .eTag("\"" + guide.code() + "-" + guide.version() + "\"").body(guide);
    }

    /** A frozen version never changes, so it may be cached for long. */
    @GetMapping("/{code}/versions/{version}")
    ResponseEntity<ServiceGuide> version(@PathVariable String code, @PathVariable int version) {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(queries.publishedGuide(code, version));
    }
}
