package cn.yiwang.hotline.hotspot.web;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.hotline.hotspot.Hotspots;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Hotspots of the caller's region, for the centre and supervisors. */
@RestController
@RequestMapping("${yiwang.api.base-path}/hotspots")
public class HotspotController {

    private final Hotspots hotspots;

    public HotspotController(Hotspots hotspots) {
        this.hotspots = hotspots;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('hotline-agent', 'hotline-dispatcher', 'supervisor')")
    public List<Hotspots.Hotspot> list(@RequestParam(required = false) String region, Actor actor) {
        String asked = region != null ? region : actor.regionCode();
        if (asked == null) {
            throw ProblemException.forbidden("problem.forbidden.region", "-");
        }
        actor.requireRegion(asked);
        return hotspots.inRegion(asked, 100);
    }
}
