package cn.yiwang.hotline.knowledge.web;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import cn.yiwang.hotline.knowledge.KnowledgeBase;
import cn.yiwang.hotline.knowledge.KnowledgeEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * Search the knowledge base (anyone signed in); the centre's staff add and edit FAQs of their own
 * region, dispatchers and supervisors retire them; every change is a kept version.
 */
@RestController
@RequestMapping("${yiwang.api.base-path}/knowledge")
public class KnowledgeController {

    private static final String EDITORS = "hasAnyRole('hotline-agent', 'hotline-dispatcher', 'supervisor')";

    private final KnowledgeBase knowledge;

    public KnowledgeController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public record FaqRequest(@NotBlank @Size(max = 300) String question, @NotBlank @Size(max = 4000) String answer,
                             @NotBlank String regionCode, @Size(max = 200) String department) {
    }

    public record FaqEdit(@NotNull @Positive Integer version, @NotBlank @Size(max = 300) String question,
                          @NotBlank @Size(max = 4000) String answer, @Size(max = 200) String department,
                          @Size(max = 1000) String note) {
    }

    public record RetireRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** An FAQ for its editors: as it stands, whether retired, and every version with its author. */
    public record FaqHistory(KnowledgeEntry faq, Instant retiredAt, List<KnowledgeBase.Revision> revisions) {
    }

    @GetMapping
    public List<KnowledgeEntry> search(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) String region,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Actor actor) {
        return knowledge.search(q, region != null ? region : actor.regionCode(), limit);
    }

    @PostMapping("/faqs")
    @ResponseStatus(HttpStatus.CREATED)
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER, Roles.SUPERVISOR})
    @PreAuthorize(EDITORS)
    public KnowledgeEntry addFaq(@Valid @RequestBody FaqRequest request, Actor actor) {
        actor.requireRegion(request.regionCode());
        return knowledge.addFaq(request.question(), request.answer(), request.regionCode(), request.department(),
                actor.subject());
    }

    @GetMapping("/faqs/{id}")
    @PreAuthorize(EDITORS)
    public FaqHistory faq(@PathVariable String id, Actor actor) {
        KnowledgeBase.Faq faq = inRegion(id, actor);
        return new FaqHistory(faq.entry(), faq.retiredAt(), knowledge.revisions(id));
    }

    /** Edits an FAQ of the editor's region; {@code version} is the one the editor saw (409 if it moved on). */
    @PutMapping("/faqs/{id}")
    @CallableBy({Roles.HOTLINE_AGENT, Roles.HOTLINE_DISPATCHER, Roles.SUPERVISOR})
    @PreAuthorize(EDITORS)
    public KnowledgeEntry editFaq(@PathVariable String id, @Valid @RequestBody FaqEdit request, Actor actor) {
        inRegion(id, actor);
        return knowledge.editFaq(id, request.version(), request.question(), request.answer(), request.department(),
                request.note(), actor.subject());
    }

    /** Retiring takes a dispatcher or a supervisor: an agent may correct an answer but not withdraw it. */
    @PostMapping("/faqs/{id}/retire")
    @CallableBy({Roles.HOTLINE_DISPATCHER, Roles.SUPERVISOR})
    @PreAuthorize("hasAnyRole('hotline-dispatcher', 'supervisor')")
    public FaqHistory retireFaq(@PathVariable String id, @Valid @RequestBody RetireRequest request, Actor actor) {
        inRegion(id, actor);
        knowledge.retireFaq(id, request.reason(), actor.subject());
        return faq(id, actor);
    }

    private KnowledgeBase.Faq inRegion(String id, Actor actor) {
        KnowledgeBase.Faq faq = knowledge.faq(id).orElseThrow(() -> ProblemException.notFound("faq", id));
        actor.requireRegion(faq.entry().regionCode());
        return faq;
    }
}
