package cn.yiwang.vectorcontrol.complaint.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.vectorcontrol.complaint.ComplaintCommands;
import cn.yiwang.vectorcontrol.complaint.ComplaintQueries;
import cn.yiwang.vectorcontrol.complaint.ComplaintView;
import cn.yiwang.vectorcontrol.support.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import cn.yiwang.vectorcontrol.place.domain.PlaceType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Complaints from 12345 (Art. 32) for the 爱卫办 and supervising departments of the region. */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class ComplaintController {

    private final ComplaintCommands commands;
    private final ComplaintQueries queries;

    ComplaintController(ComplaintCommands commands, ComplaintQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** Either a registered place or a type of place (Art. 5 mapping). */
    record AssignRequest(UUID placeId, PlaceType placeType) {
    }

    record AnswerRequest(boolean substantiated, @Size(max = 1000) String reply, UUID inspectionId) {
    }

    @GetMapping("/complaints")
    PageResponse<ComplaintView> complaints(@RequestParam(required = false) String region,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size, Actor actor) {
        return PageResponse.of(queries.complaints(actor, region, Math.max(0, page), PageResponse.size(size)), view -> view);
    }

    @GetMapping("/complaints/{id}")
    ComplaintView complaint(@PathVariable UUID id, Actor actor) {
        return queries.complaint(actor, id);
    }

    /** The 爱卫办 assigns the inspection task to the department supervising the place. */
    @PostMapping("/complaints/{id}/assignment")
    ComplaintView assign(@PathVariable UUID id, @RequestBody AssignRequest request, Actor actor) {
        return commands.assign(actor, id, request.placeId(), request.placeType());
    }

    /** Answers the complaint; the reply goes back to 12345 as vectorcontrol.complaint.v1. */
    @PostMapping("/complaints/{id}/answer")
    ComplaintView answer(@PathVariable UUID id, @Valid @RequestBody AnswerRequest request, Actor actor) {
        return commands.answer(actor, id, request.substantiated(), request.reply(), request.inspectionId());
    }

    /** Open inspection tasks past their deadline in the region. */
    @GetMapping("/complaints/overdue-tasks")
    List<ComplaintView> overdueTasks(@RequestParam(required = false) String region, Actor actor) {
        return queries.overdueTasks(actor, region);
    }

    /** Complaints per district and pest (dashboard). */
    @GetMapping("/complaints/hotspots")
    List<ComplaintQueries.Hotspot> hotspots(@RequestParam(required = false) String region, Actor actor) {
        return queries.hotspots(actor, region);
    }
}
