package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.CaseViews.CaseSummary;
import cn.yiwang.cases.casefile.CaseViews.CaseView;
import cn.yiwang.cases.casefile.CaseViews.Page;
import cn.yiwang.cases.casefile.domain.Case;
import cn.yiwang.cases.casefile.domain.CaseState;
import cn.yiwang.cases.casefile.domain.CaseStatus;
import cn.yiwang.cases.casefile.persistence.JdbcCaseRepository;
import cn.yiwang.cases.clock.DeadlineColour;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read side: a case by id or number, the applicant's own cases (一人一档 / 一企一档) and staff
 * work queues. A case the caller may not see is "not found", never "forbidden": its existence is
 * not the caller's to know.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final JdbcCaseRepository cases;
    private final CaseViews views;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock time;

    private final int countLimit;

    CaseQueries(JdbcCaseRepository cases, CaseViews views, JdbcClient jdbc, JsonMapper json, Clock time,
                @org.springframework.beans.factory.annotation.Value("${yiwang.cases.count-limit:1000}") int countLimit) {
        this.countLimit = countLimit;
        this.cases = cases;
        this.views = views;
        this.jdbc = jdbc;
        this.json = json;
        this.time = time;
    }

    /** Read-write: a view that shows staff unmasked personal data writes its access-log entry. */
    @Transactional
    public CaseView byId(Actor actor, UUID id) {
        return cases.find(id).filter(kase -> CaseAccess.visible(actor, kase.state()))
                .map(kase -> views.view(kase, actor, time.instant(), PersonalDataAccessLog.CASE_VIEW))
                .orElseThrow(() -> ProblemException.notFound("办件", id));
    }

    /** Read-write: a view that shows staff unmasked personal data writes its access-log entry. */
    @Transactional
    public CaseView byNumber(Actor actor, String number) {
        return cases.findByNumber(number).filter(kase -> CaseAccess.visible(actor, kase.state()))
                .map(kase -> views.view(kase, actor, time.instant(), PersonalDataAccessLog.CASE_VIEW))
                .orElseThrow(() -> ProblemException.notFound("办件", number));
    }

    /** The caller's own cases, newest first: a lookup by the keyed hash in the token, never by the number. */
    public Page<CaseSummary> mine(Actor actor, int page, int size) {
        if (actor.holderIdHash() == null) {
            return new Page<>(List.of(), page, size, 0, true);
        }
        Map<String, Object> params = Map.of("hash", actor.holderIdHash());
        return page(actor, "applicant_id_hash = :hash", params, "submitted_at DESC", page, size);
    }

    /**
     * A staff work queue: cases of the caller's organisation within the caller's region subtree,
     * as accepting hall or as deciding body (supervisors: the whole subtree), optionally by status
     * and deadline colour, most urgent first.
     */
    public Page<CaseSummary> queue(Actor actor, CaseStatus status, DeadlineColour colour, boolean commitmentCheckPending,
                                   int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        where.add(scope(actor, params));
        if (status != null) {
            where.add("status = :status");
            params.put("status", status.name());
        }
        if (commitmentCheckPending) {
            where.add("commitment_pending");
        }
        if (colour != null) {
            params.put("now", Timestamp.from(time.instant()));
            where.add("status IN ('ACCEPTED', 'UNDER_REVIEW', 'SPECIAL_PROCEDURE')");
            where.add(switch (colour) {
                case RED -> "promised_due_at <= :now";
                case YELLOW -> "warning_at <= :now AND promised_due_at > :now";
                case GREEN -> "(promised_due_at IS NULL OR warning_at > :now)";
            });
        }
        return page(actor, String.join(" AND ", where), params, "promised_due_at ASC NULLS LAST, submitted_at ASC", page, size);
    }

    /** What the indicators need of one case; no personal data. */
    public record CaseFacts(String channel, Instant acceptedAt, Instant concludedAt, Instant promisedDueAt,
                            String status, String deliveryMethod) {

        public boolean online() {
            return "PC".equals(channel) || "MOBILE".equals(channel);
        }

        public boolean running() {
            return CaseStatus.CLOCK_RUNNING.contains(CaseStatus.valueOf(status));
        }
    }

    /** The facts of the cases submitted from {@code from} to {@code to} (Beijing dates, inclusive) in the caller's queue scope. */
    public List<CaseFacts> facts(Actor actor, java.time.LocalDate from, java.time.LocalDate to, String itemCode) {
        Map<String, Object> params = new LinkedHashMap<>();
        String scope = scope(actor, params);
        params.put("from", Timestamp.from(from.atStartOfDay(cn.yiwang.common.calendar.WorkingDayCalendar.ZONE).toInstant()));
        params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(cn.yiwang.common.calendar.WorkingDayCalendar.ZONE).toInstant()));
        String where = scope + " AND submitted_at >= :from AND submitted_at < :to";
        if (itemCode != null && !itemCode.isBlank()) {
            where += " AND item_code = :item";
            params.put("item", itemCode);
        }
        return jdbc.sql("SELECT channel, accepted_at, concluded_at, promised_due_at, status, state->'delivery'->>'method' AS delivery"
                        + " FROM case_file WHERE " + where)
                .params(params)
                .query((rs, row) -> new CaseFacts(rs.getString("channel"), instant(rs.getTimestamp("accepted_at")),
                        instant(rs.getTimestamp("concluded_at")), instant(rs.getTimestamp("promised_due_at")),
                        rs.getString("status"), rs.getString("delivery")))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** The caller's scope as SQL: region subtree and organisation (supervisors: the region subtree). */
    private static String scope(Actor actor, Map<String, Object> params) {
        if (actor.regionCode() == null || !RegionCode.isValid(actor.regionCode())) {
            throw ProblemException.forbidden("problem.forbidden.detail");
        }
        params.put("prefix", RegionCode.of(actor.regionCode()).prefix() + "%");
        if (actor.hasRole(Roles.SUPERVISOR)) {
            return "(accepting_region LIKE :prefix OR deciding_region LIKE :prefix)";
        }
        if (actor.hasRole(Roles.PARTNER_SYSTEM) && actor.orgCode() == null) {
            return "accepting_region LIKE :prefix";
        }
        if (actor.orgCode() == null) {
            throw ProblemException.forbidden("problem.forbidden.detail");
        }
        params.put("org", actor.orgCode());
        return "((accepting_region LIKE :prefix AND accepting_org = :org)"
                + " OR (deciding_region LIKE :prefix AND deciding_org = :org))";
    }

    private Page<CaseSummary> page(Actor actor, String where, Map<String, Object> params, String order, int page, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int offset = Math.max(0, page) * limit;
        // Counted up to the limit only: a hall's queue or a frequent applicant (an agency filing for
        // many) has thousands of cases, and counting them all cost more than reading the page
        // (deploy/bench mycases: 22,000 cases of one applicant, p50 15 ms against 4 ms by number).
        long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM case_file WHERE " + where + " LIMIT "
                + (countLimit + 1) + ") counted").params(params).query(Long.class).single();
        long total = Math.min(counted, countLimit);
        Instant now = time.instant();
        List<CaseSummary> items = jdbc.sql("SELECT state, version FROM case_file WHERE " + where + " ORDER BY " + order
                        + " LIMIT " + limit + " OFFSET " + offset)
                .params(params)
                .query((rs, row) -> Case.restore(json.readValue(rs.getString("state"), CaseState.class)))
                .list().stream()
                .map(kase -> views.summary(kase, actor, now)).toList();
        return new Page<>(items, Math.max(0, page), limit, total, counted <= countLimit);
    }
}
