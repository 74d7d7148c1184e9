package cn.yiwang.vectorcontrol.monitoring.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.monitoring.ControlLevelPoint;
import cn.yiwang.vectorcontrol.monitoring.MonitoringCommands;
import cn.yiwang.vectorcontrol.monitoring.MonitoringQueries;
import cn.yiwang.vectorcontrol.monitoring.SurveyView;
import cn.yiwang.vectorcontrol.monitoring.domain.Species;
import cn.yiwang.vectorcontrol.support.Labels;
import cn.yiwang.vectorcontrol.support.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Density surveys (Art. 21): the CDC opens a survey, adds records, evaluates; 爱卫办 reads the levels. */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class MonitoringController {

    private final MonitoringCommands commands;
    private final MonitoringQueries queries;
    private final Labels labels;

    MonitoringController(MonitoringCommands commands, MonitoringQueries queries, Labels labels) {
        this.commands = commands;
        this.queries = queries;
        this.labels = labels;
    }

    @PostMapping("/surveys")
    @CallableBy(value = Roles.CDC_MONITOR, detail = "monitoring.forbidden.not-monitor")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyView open(@Valid @RequestBody MonitoringRequests.OpenSurveyRequest request, Actor actor) {
        return commands.open(actor, request.regionCode(), request.periodStart(), request.periodEnd());
    }

    @GetMapping("/surveys")
    PageResponse<SurveyView> surveys(@RequestParam(required = false) String region,
                                     @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "20") int size, Actor actor) {
        return PageResponse.of(queries.surveys(actor, region, Math.max(0, page), PageResponse.size(size)), view -> view);
    }

    @GetMapping("/surveys/{id}")
    SurveyView survey(@PathVariable UUID id, Actor actor) {
        return queries.survey(actor, id);
    }

    @PostMapping("/surveys/{id}/records")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyView addRecords(@PathVariable UUID id, @Valid @RequestBody MonitoringRequests.AddRecordsRequest request,
                          Actor actor) {
        return commands.addRecords(actor, id, request.records().stream()
                .map(MonitoringRequests.RecordRequest::toNewRecord).toList());
    }

    /** Grades and freezes the survey; answers the result it will report. */
    @PostMapping("/surveys/{id}/evaluation")
    EvaluationResponse evaluate(@PathVariable UUID id, Actor actor) {
        return EvaluationResponse.of(commands.evaluate(actor, id), labels);
    }

    @GetMapping("/surveys/{id}/evaluation")
    EvaluationResponse evaluation(@PathVariable UUID id, Actor actor) {
        return EvaluationResponse.of(queries.evaluation(actor, id), labels);
    }

    /** Levels by district and species over time (dashboard). */
    @GetMapping("/control-levels")
    List<ControlLevelPoint> levels(@RequestParam(required = false) String region,
                                   @RequestParam(required = false) Species species, Actor actor) {
        return queries.levels(actor, region, species);
    }
}
