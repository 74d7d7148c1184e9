package cn.yiwang.vectorcontrol.place.web;

import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.CallableBy;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.place.BreedingSiteView;
import cn.yiwang.vectorcontrol.place.PlaceCommands;
import cn.yiwang.vectorcontrol.place.PlaceQueries;
import cn.yiwang.vectorcontrol.place.PlaceView;
import cn.yiwang.vectorcontrol.support.PageResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Places and their supervising department (Art. 5), department offices, breeding sites (Art. 16). */
@RestController
@RequestMapping("${yiwang.api.base-path}")
class PlaceController {

    private final PlaceCommands commands;
    private final PlaceQueries queries;

    PlaceController(PlaceCommands commands, PlaceQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/department-offices")
    @CallableBy(value = Roles.AIWEI_OFFICER, detail = "place.forbidden.not-aiwei")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void registerOffice(@Valid @RequestBody PlaceRequests.RegisterOfficeRequest request, Actor actor) {
        commands.registerOffice(actor, request.orgCode(), request.name(), request.department(), request.regionCode());
    }

    @PostMapping("/places")
    @CallableBy(value = Roles.AIWEI_OFFICER, detail = "place.forbidden.not-aiwei")
    @ResponseStatus(HttpStatus.CREATED)
    PlaceView register(@Valid @RequestBody PlaceRequests.RegisterPlaceRequest request, Actor actor) {
        return commands.register(actor, request.toNewPlace());
    }

    @GetMapping("/places")
    PageResponse<PlaceView> places(@RequestParam(required = false) String region,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "20") int size, Actor actor) {
        return PageResponse.of(queries.places(actor, region, Math.max(0, page), PageResponse.size(size)), view -> view);
    }

    @GetMapping("/places/{id}")
    PlaceView place(@PathVariable UUID id, Actor actor) {
        return queries.place(actor, id);
    }

    /** Another supervising department for a stated reason; {@code department} null restores Art. 5. */
    @PutMapping("/places/{id}/supervising-department")
    PlaceView assignDepartment(@PathVariable UUID id, @Valid @RequestBody PlaceRequests.AssignDepartmentRequest request,
                               Actor actor) {
        return commands.assignDepartment(actor, id, request.department(), request.reason());
    }

    @PostMapping("/breeding-sites")
    @CallableBy(value = {Roles.CDC_MONITOR, Roles.INSPECTOR, Roles.AIWEI_OFFICER}, detail = "place.forbidden.not-finder")
    @ResponseStatus(HttpStatus.CREATED)
    BreedingSiteView reportSite(@Valid @RequestBody PlaceRequests.ReportSiteRequest request, Actor actor) {
        return commands.reportSite(actor, request.regionCode(), request.placeId(), request.siteType(), request.location(),
                request.foundOn(), request.deadline(), request.deadlineWorkingDays());
    }

    @PostMapping("/breeding-sites/{id}/remediation")
    BreedingSiteView reportRemediated(@PathVariable UUID id, @Valid @RequestBody PlaceRequests.RemediationRequest request,
                                      Actor actor) {
        return commands.reportRemediated(actor, id, request.note());
    }

    @PostMapping("/breeding-sites/{id}/rechecks")
    BreedingSiteView recheck(@PathVariable UUID id, @Valid @RequestBody PlaceRequests.RecheckRequest request, Actor actor) {
        return commands.recheck(actor, id, request.cleared(), request.newDeadline(), request.newDeadlineWorkingDays());
    }

    /** Open breeding sites of the region, earliest deadline first, with whether each is overdue. */
    @GetMapping("/breeding-sites")
    PageResponse<BreedingSiteView> openSites(@RequestParam(required = false) String region,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size, Actor actor) {
        return PageResponse.of(queries.openSites(actor, region, Math.max(0, page), PageResponse.size(size)), view -> view);
    }
}
