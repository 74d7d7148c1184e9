package cn.yiwang.hotline.dispatch.web;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.hotline.dispatch.DispatchCatalogue;
import cn.yiwang.hotline.dispatch.DispatchProposal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets the centre ask the catalogue who owns a matter before (or instead of) registering it. */
@RestController
@RequestMapping("${yiwang.api.base-path}/dispatch-catalogue")
public class DispatchCatalogueController {

    private final DispatchCatalogue catalogue;

    public DispatchCatalogueController(DispatchCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/proposal")
    @PreAuthorize("hasAnyRole('hotline-agent', 'hotline-dispatcher', 'supervisor')")
    public DispatchProposal propose(@RequestParam String category, @RequestParam String region, Actor actor) {
        actor.requireRegion(region);
        return catalogue.propose(category, region)
                .orElseThrow(() -> ProblemException.notFound("dispatch-rule", category + "@" + region));
    }
}
