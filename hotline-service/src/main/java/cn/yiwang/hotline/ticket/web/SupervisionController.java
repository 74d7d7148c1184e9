package cn.yiwang.hotline.ticket.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.hotline.ticket.TicketCommands;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a supervisor run the overdue sweep now instead of waiting for the schedule, over the tickets of
 * their own region only.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/supervision")
public class SupervisionController {

    private final TicketCommands commands;

    public SupervisionController(TicketCommands commands) {
        this.commands = commands;
    }

    public record SweepResult(int supervised) {
    }

    @PostMapping("/sweep")
    @PreAuthorize("hasRole('supervisor')")
    public SweepResult sweep(Actor actor) {
        return new SweepResult(commands.superviseOverdue(actor));
    }
}
