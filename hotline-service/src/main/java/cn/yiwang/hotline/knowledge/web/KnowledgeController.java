package cn.yiwang.hotline.knowledge.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.hotline.knowledge.KnowledgeBase;
import cn.yiwang.hotline.knowledge.KnowledgeEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

/** Search the knowledge base (anyone signed in); the centre adds FAQs in its own region. */
@RestController
@RequestMapping("${yiwang.api.base-path}/knowledge")
public class KnowledgeController {

    private final KnowledgeBase knowledge;

    public KnowledgeController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    public record FaqRequest(@NotBlank @Size(max = 300) String question, @NotBlank @Size(max = 4000) String answer,
                             @NotBlank String regionCode, @Size(max = 200) String department) {
    }

    @GetMapping
    public List<KnowledgeEntry> search(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) String region,
                                       @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Actor actor) {
        return knowledge.search(q, region != null ? region : actor.regionCode(), limit);
    }

    @PostMapping("/faqs")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('hotline-agent', 'hotline-dispatcher', 'supervisor')")
    public KnowledgeEntry addFaq(@Valid @RequestBody FaqRequest request, Actor actor) {
        actor.requireRegion(request.regionCode());
        return knowledge.addFaq(request.question(), request.answer(), request.regionCode(), request.department());
    }
}
