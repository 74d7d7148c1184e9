package cn.yiwang.hotline.escalation.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.hotline.escalation.EscalationInbox;
import cn.yiwang.hotline.escalation.EscalationNoticeView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation inbox: supervisors read the notices addressed to their region's level, department
 * administrators the 督办 of their organisation; each acknowledges a notice once.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/escalations")
public class EscalationInboxController {

    private static final String ADDRESSEES = "hasAnyRole('supervisor', 'dept-admin')";

    private final EscalationInbox inbox;

    public EscalationInboxController(EscalationInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @PreAuthorize(ADDRESSEES)
    public EscalationInbox.Page<EscalationNoticeView> inbox(@RequestParam(required = false) Boolean acknowledged,
                                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
                                                            Actor actor) {
        return inbox.inbox(actor, acknowledged, page, size);
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize(ADDRESSEES)
    public EscalationNoticeView acknowledge(@PathVariable String id, Actor actor) {
        return inbox.acknowledge(actor, id);
    }
}
