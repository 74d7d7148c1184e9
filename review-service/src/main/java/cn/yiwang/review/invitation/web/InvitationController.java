package cn.yiwang.review.invitation.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.review.invitation.InvitationCommands;
import cn.yiwang.review.invitation.InvitationQueries;
import cn.yiwang.review.invitation.InvitationView;
import cn.yiwang.review.invitation.WalkInCode;
import cn.yiwang.review.support.PageOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code /api/v1/reviews/invitations}: the caller's invitations, and walk-in codes for window clerks. */
@RestController
@RequestMapping("${yiwang.api.base-path}/invitations")
public class InvitationController {

    private final InvitationCommands commands;
    private final InvitationQueries queries;

    public InvitationController(InvitationCommands commands, InvitationQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/mine")
    public PageOf<InvitationView> mine(@RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size, Actor actor) {
        return queries.mine(actor, page, size);
    }

    public record WalkInRequest(@Size(max = 20) List<@Size(max = 60) String> itemCodes,
                                @Size(max = 20) List<@Size(max = 200) String> itemNames,
                                @Size(max = 100) String serviceNumber) {
    }

    @PostMapping("/walk-in")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('window-clerk')")
    public WalkInCode walkIn(@Valid @RequestBody WalkInRequest request, Actor actor) {
        return commands.openWalkIn(actor, request.itemCodes(), request.itemNames(), request.serviceNumber());
    }
}
