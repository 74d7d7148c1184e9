package cn.yiwang.review.evaluation.web;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemMessages;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import cn.yiwang.review.evaluation.EvaluationCommands;
import cn.yiwang.review.evaluation.EvaluationQueries;
import cn.yiwang.review.evaluation.EvaluationView;
import cn.yiwang.review.evaluation.domain.Channel;
import cn.yiwang.review.evaluation.domain.Level;
import cn.yiwang.review.evaluation.domain.Rating;
import cn.yiwang.review.support.PageOf;
import cn.yiwang.review.support.Problems;
import cn.yiwang.review.support.ReviewProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** {@code /api/v1/reviews/evaluations}: rate a service, follow up, read evaluations by role. */
@RestController
@RequestMapping("${yiwang.api.base-path}/evaluations")
public class EvaluationController {

    private final EvaluationCommands commands;
    private final EvaluationQueries queries;
    private final ReviewProperties properties;
    private final MessageSource messages;

    public EvaluationController(EvaluationCommands commands, EvaluationQueries queries, ReviewProperties properties,
                                MessageSource messages) {
        this.commands = commands;
        this.queries = queries;
        this.properties = properties;
        this.messages = messages;
    }

    /**
     * Indicator codes come from configuration, so Bean Validation cannot know them; checked here so
     * the caller reads the refusal in their language (the domain checks again, as a safety net).
     */
    private void requireKnownIndicators(RatingRequest rating, String acceptLanguage) {
        if (rating.indicators() == null) {
            return;
        }
        for (String code : rating.indicators()) {
            if (!properties.indicators().contains(code)) {
                String message = messages.getMessage("review.violation.unknown-indicator",
                        new Object[]{code, String.join(", ", new java.util.TreeSet<>(properties.indicators()))},
                        ProblemMessages.resolveLocale(acceptLanguage));
                throw ProblemException.unprocessable(List.of(new Violation("indicators", "unknown-indicator", message)));
            }
        }
    }

    /**
     * The rating as the caller sends it: the level by name (never a default), indicator codes,
     * text (stored as given), the channel code 1–7, anonymous or not.
     */
    public record RatingRequest(@NotNull Level level, @Size(max = 20) List<@Size(max = 40) String> indicators,
                                @Size(max = 2000) String text, @NotNull @Min(1) @Max(7) Integer channel,
                                Boolean anonymous) {

        Rating rating() {
            return new Rating(level, indicators, text, Channel.fromCode(channel), Boolean.TRUE.equals(anonymous));
        }
    }

    /** A first evaluation: either {@code invitationId} (online) or {@code shortCode} (walk-in, on site). */
    public record EvaluateRequest(UUID invitationId, @Size(max = 16) String shortCode, @NotNull @Valid RatingRequest rating) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public EvaluationView evaluate(@Valid @RequestBody EvaluateRequest request, Actor actor,
                                   @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        requireKnownIndicators(request.rating(), acceptLanguage);
        if ((request.invitationId() == null) == (request.shortCode() == null)) {
            throw Problems.rule("invitationId", "invitation-or-short-code", "invitationId | shortCode");
        }
        return commands.evaluate(actor, request.invitationId(), request.shortCode(), request.rating().rating());
    }

    /**
     * A rating given over the phone, as the hotline agent who took it enters it: the channel is
     * always phone (6), so the request has none.
     */
    public record PhoneRatingRequest(@NotNull UUID invitationId, @NotNull Level level,
                                     @Size(max = 20) List<@Size(max = 40) String> indicators,
                                     @Size(max = 2000) String text, Boolean anonymous) {

        RatingRequest rating() {
            return new RatingRequest(level, indicators, text, Channel.PHONE.code(), anonymous);
        }
    }

    @PostMapping("/by-phone")
    @ResponseStatus(HttpStatus.CREATED)
    @CallableBy(Roles.HOTLINE_AGENT)
    @PreAuthorize("hasRole('hotline-agent')")
    public EvaluationView recordPhoneRating(@Valid @RequestBody PhoneRatingRequest request, Actor actor,
                                            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        requireKnownIndicators(request.rating(), acceptLanguage);
        return commands.recordPhoneRating(actor, request.invitationId(), request.rating().rating());
    }

    @PostMapping("/{id}/follow-up")
    @ResponseStatus(HttpStatus.CREATED)
    @CallableBy({Roles.CITIZEN, Roles.ENTERPRISE})
    @PreAuthorize("hasAnyRole('citizen', 'enterprise')")
    public EvaluationView followUp(@PathVariable UUID id, @Valid @RequestBody RatingRequest request, Actor actor,
                                   @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage) {
        requireKnownIndicators(request, acceptLanguage);
        return commands.followUp(actor, id, request.rating());
    }

    @GetMapping("/mine")
    public PageOf<EvaluationView> mine(@RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size, Actor actor) {
        return queries.mine(actor, page, size);
    }

    /** Staff: their organisation's evaluations; supervisors: their region's. */
    @GetMapping
    @PreAuthorize("hasAnyRole('dept-admin', 'evaluation-officer', 'window-clerk', 'supervisor')")
    public PageOf<EvaluationView> forStaff(@RequestParam(defaultValue = "false") boolean negative,
                                           @RequestParam(defaultValue = "false") boolean flagged,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size, Actor actor) {
        return queries.forStaff(actor, negative, flagged, page, size);
    }

    @GetMapping("/{id}")
    public EvaluationView get(@PathVariable UUID id, Actor actor) {
        return queries.get(actor, id);
    }

    public record ModerationRequest(@NotNull Boolean publish) {
    }

    @PostMapping("/{id}/moderation")
    @CallableBy(Roles.SUPERVISOR)
    @PreAuthorize("hasRole('supervisor')")
    public EvaluationView moderate(@PathVariable UUID id, @Valid @RequestBody ModerationRequest request, Actor actor) {
        return commands.moderate(actor, id, request.publish());
    }
}
