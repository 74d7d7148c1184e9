package cn.yiwang.vectorcontrol.complaint;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.vectorcontrol.complaint.domain.Complaint;
import cn.yiwang.vectorcontrol.complaint.domain.ComplaintRepository;
import cn.yiwang.vectorcontrol.support.Labels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@Service
@Transactional(readOnly = true)
public class ComplaintQueries {

    private final ComplaintRepository complaints;
    private final JdbcClient jdbc;
    private final Labels labels;
    private final ObjectProvider<PersonalDataProtector> protector;

    private final Clock clock;

    ComplaintQueries(ComplaintRepository complaints, JdbcClient jdbc, Labels labels,
                     ObjectProvider<PersonalDataProtector> protector, Clock clock) {
        this.clock = clock;
        this.protector = protector;
        this.complaints = complaints;
        this.jdbc = jdbc;
        this.labels = labels;
    }

    public ComplaintView complaint(Actor actor, UUID id) {
        Complaint complaint = complaints.findById(id)
                .orElseThrow(() -> ProblemException.notFound(labels.message("complaint.complaint"), id));
        requireHandler(actor, complaint.regionCode());
        return ComplaintView.of(complaint, protector.getObject(), clock.instant());
    }

    public Page<ComplaintView> complaints(Actor actor, String regionCode, int page, int size) {
        String region = regionCode == null ? actor.regionCode() : regionCode;
        requireHandler(actor, region);
        return complaints.findByRegionCodeLike(RegionCode.of(region).prefix() + "%",
                PageRequest.of(page, size, Sort.by("receivedAt").descending()))
                .map(complaint -> ComplaintView.of(complaint, protector.getObject(), clock.instant()));
    }

    /**
     * Open inspection tasks past their deadline in the region, oldest deadline first: what the
     * 爱卫办 presses the assigned departments about.
     */
    public List<ComplaintView> overdueTasks(Actor actor, String regionCode) {
        String region = regionCode == null ? actor.regionCode() : regionCode;
        requireHandler(actor, region);
        Instant now = clock.instant();
        List<UUID> ids = jdbc.sql("""
                        select id from complaint where region_code like ? and status = 'RECEIVED' and task_due_at <= ?
                         order by task_due_at, id limit 500""")
                .param(RegionCode.of(region).prefix() + "%").param(Timestamp.from(now))
                .query(UUID.class).list();
        return complaints.findAllById(ids).stream()
                .sorted(Comparator.comparing(Complaint::taskDueAt))
                .map(complaint -> ComplaintView.of(complaint, protector.getObject(), now)).toList();
    }

    /** Complaint hotspots: complaints per district and pest in the region, most first (dashboard). */
    public List<Hotspot> hotspots(Actor actor, String regionCode) {
        String region = regionCode == null ? actor.regionCode() : regionCode;
        requireHandler(actor, region);
        return jdbc.sql("""
                        select region_code, pest, count(*) as complaints,
                               count(*) filter (where status = 'RECEIVED') as open
                          from complaint where region_code like ?
                         group by region_code, pest order by complaints desc, region_code, pest""")
                .param(RegionCode.of(region).prefix() + "%")
                .query((rs, row) -> new Hotspot(rs.getString("region_code"), rs.getString("pest"),
                        rs.getLong("complaints"), rs.getLong("open")))
                .list();
    }

    private static void requireHandler(Actor actor, String region) {
        if (!actor.hasAnyRole(Roles.AIWEI_OFFICER, Roles.INSPECTOR)) {
            throw ProblemException.forbidden("complaint.forbidden.not-handler");
        }
        actor.requireRegion(region);
    }

    public record Hotspot(String regionCode, String pest, long complaints, long open) {
    }
}
