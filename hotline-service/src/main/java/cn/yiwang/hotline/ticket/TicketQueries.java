package cn.yiwang.hotline.ticket;

import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.personaldata.PersonalDataKind;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.hotline.category.Categories;
import cn.yiwang.hotline.category.Category;
import cn.yiwang.hotline.support.Messages;
import cn.yiwang.hotline.ticket.domain.Ticket;
import cn.yiwang.hotline.ticket.domain.TicketRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The read side of tickets: one ticket, pages of tickets in the caller's scope, duplicate candidates. */
@Service
@Transactional(readOnly = true)
public class TicketQueries {

    private static final int DUPLICATE_LIMIT = 20;
    private static final double EARTH_RADIUS_METRES = 6371000;

    private final TicketRepository tickets;
    private final Categories categories;
    private final ObjectProvider<PersonalDataProtector> protector;
    private final JdbcTemplate jdbc;
    private final TicketProperties properties;
    private final Messages messages;
    private final Clock clock;

    public TicketQueries(TicketRepository tickets, Categories categories, ObjectProvider<PersonalDataProtector> protector,
                         JdbcTemplate jdbc, TicketProperties properties, Messages messages, Clock clock) {
        this.tickets = tickets;
        this.categories = categories;
        this.protector = protector;
        this.jdbc = jdbc;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    public record TicketSummary(String id, String number, String status, String type, String categoryCode,
                                String regionCode, String urgency, String leadOrgCode, String leadOrgName,
                                Instant dueAt, int supervisionLevel, Instant createdAt) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** Filters of the ticket list; all optional. */
    public record Filter(String status, String categoryCode, String regionCode, String leadOrgCode, Boolean overdue) {
    }

    public TicketView get(Actor actor, String id) {
        return view(actor, visible(actor, id));
    }

    /** The ticket if the actor may see it; 404 otherwise, whether or not it exists. */
    public Ticket visible(Actor actor, String id) {
        return tickets.findById(id)
                .filter(ticket -> TicketAccess.canSee(actor, ticket))
                .orElseThrow(() -> ProblemException.notFound("ticket", id));
    }

    public Page<TicketSummary> list(Actor actor, Filter filter, int page, int size) {
        List<String> scope = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (actor.holderIdHash() != null && actor.isHolder()) {
            scope.add("caller_id_hash = ?");
            args.add(actor.holderIdHash());
        }
        if (TicketAccess.isCentreStaff(actor) && RegionCode.isValid(actor.regionCode())) {
            scope.add("region_code like ?");
            args.add(RegionCode.of(actor.regionCode()).prefix() + "%");
        }
        if (actor.hasRole(Roles.DEPT_ADMIN) && actor.orgCode() != null) {
            scope.add("(lead_org_code = ? or (',' || assisting_org_codes || ',') like ?)");
            args.add(actor.orgCode());
            args.add("%," + actor.orgCode() + ",%");
        }
        if (actor.hasRole(Roles.PARTNER_SYSTEM) && actor.clientId() != null && RegionCode.isValid(actor.regionCode())) {
            scope.add("(partner_id = ? and region_code like ?)");
            args.add(actor.clientId());
            args.add(RegionCode.of(actor.regionCode()).prefix() + "%");
        }
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        StringBuilder where = new StringBuilder(" where (" + String.join(" or ", scope) + ")");
        if (filter.status() != null) {
            where.append(" and status = ?");
            args.add(filter.status());
        }
        if (filter.categoryCode() != null) {
            where.append(" and (category_code = ? or category_code like ?)");
            args.add(filter.categoryCode());
            args.add(filter.categoryCode() + ".%");
        }
        if (filter.regionCode() != null && RegionCode.isValid(filter.regionCode())) {
            where.append(" and region_code like ?");
            args.add(RegionCode.of(filter.regionCode()).prefix() + "%");
        }
        if (filter.leadOrgCode() != null) {
            where.append(" and lead_org_code = ?");
            args.add(filter.leadOrgCode());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" and status in ('DISPATCHED', 'IN_HANDLING') and due_at <= ?");
            args.add(Timestamp.from(clock.instant()));
        }
        Long total = jdbc.queryForObject("select count(*) from ticket" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<TicketSummary> items = jdbc.query("""
                select id, number, status, type, category_code, region_code, urgency, lead_org_code, lead_org_name,
                       due_at, supervision_level, created_at
                from ticket""" + where + " order by created_at desc, id limit ? offset ?",
                (rs, n) -> new TicketSummary(rs.getString("id"), rs.getString("number"), rs.getString("status"),
                        rs.getString("type"), rs.getString("category_code"), rs.getString("region_code"),
                        rs.getString("urgency"), rs.getString("lead_org_code"), rs.getString("lead_org_name"),
                        instant(rs.getTimestamp("due_at")), rs.getInt("supervision_level"),
                        instant(rs.getTimestamp("created_at"))),
                pageArgs.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    /**
     * Open tickets that look like the same matter (国办函〔2025〕66号: duplicates are merged): the same
     * caller (phone hash or ID hash), or the same category at the same place — the same address
     * text, or within the configured radius — within the configured window.
     *
     * <p>Each kind of match is its own indexed branch that stops at the 20 oldest matches, so the cost
     * does not grow with the tickets of the window: in a burst of one category in one county, a
     * single query over "same category and region" would visit every ticket of the burst for every
     * new ticket. The radius is searched in a bounding box on the latitude index first.
     *
     * <p>One statement needs no transaction of its own: outside one (intake asks after its commit) the
     * connection is taken for the statement only.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<TicketSummary> duplicateCandidates(Ticket ticket) {
        DuplicateQuery query = duplicateQuery(ticket, properties.duplicateWindow(), properties.duplicateRadiusMetres());
        if (query == null) {
            return List.of();
        }
        return jdbc.query(query.sql(),
                (rs, n) -> new TicketSummary(rs.getString("id"), rs.getString("number"), rs.getString("status"),
                        rs.getString("type"), rs.getString("category_code"), rs.getString("region_code"),
                        rs.getString("urgency"), rs.getString("lead_org_code"), rs.getString("lead_org_name"),
                        instant(rs.getTimestamp("due_at")), rs.getInt("supervision_level"),
                        instant(rs.getTimestamp("created_at"))),
                query.args());
    }

    /** The statement that finds a ticket's duplicate candidates, with its arguments. */
    record DuplicateQuery(String sql, Object[] args) {
    }

    /** Null when the ticket has nothing to match on (no caller, no place). */
    static DuplicateQuery duplicateQuery(Ticket ticket, java.time.Duration window, double radius) {
        Instant since = ticket.createdAt().minus(window);
        List<String> branches = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        String open = " and created_at >= ? and id <> ? and status not in ('CLOSED', 'MERGED', 'TRANSFERRED')"
                + " order by created_at limit " + DUPLICATE_LIMIT + ")";
        if (ticket.callerPhoneHash() != null) {
            branches.add("(select id, created_at from ticket where caller_phone_hash = ?" + open);
            args.add(ticket.callerPhoneHash());
            args.add(Timestamp.from(since));
            args.add(ticket.id());
        }
        if (ticket.callerIdHash() != null) {
            branches.add("(select id, created_at from ticket where caller_id_hash = ?" + open);
            args.add(ticket.callerIdHash());
            args.add(Timestamp.from(since));
            args.add(ticket.id());
        }
        if (ticket.location() != null) {
            branches.add("(select id, created_at from ticket where category_code = ? and region_code = ? and location = ?"
                    + open);
            args.add(ticket.categoryCode());
            args.add(ticket.regionCode());
            args.add(ticket.location());
            args.add(Timestamp.from(since));
            args.add(ticket.id());
        }
        if (ticket.latitude() != null && ticket.longitude() != null) {
            double latitudeDelta = Math.toDegrees(radius / EARTH_RADIUS_METRES);
            double cosine = Math.cos(Math.toRadians(ticket.latitude()));
            double longitudeDelta = cosine < 1e-6 ? 180 : Math.min(180, latitudeDelta / cosine);
            branches.add("""
                    (select id, created_at from ticket
                     where category_code = ? and region_code = ? and latitude between ? and ? and longitude between ? and ?
                       and 6371000 * 2 * asin(sqrt(power(sin(radians(latitude - ?) / 2), 2)
                           + cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2))) <= ?"""
                    + open);
            args.add(ticket.categoryCode());
            args.add(ticket.regionCode());
            args.add(ticket.latitude() - latitudeDelta);
            args.add(ticket.latitude() + latitudeDelta);
            args.add(ticket.longitude() - longitudeDelta);
            args.add(ticket.longitude() + longitudeDelta);
            args.add(ticket.latitude());
            args.add(ticket.latitude());
            args.add(ticket.longitude());
            args.add(radius);
            args.add(Timestamp.from(since));
            args.add(ticket.id());
        }
        if (branches.isEmpty()) {
            return null;
        }
        String matches = "select id from (" + String.join(" union ", branches) + ") matches order by created_at limit "
                + DUPLICATE_LIMIT;
        return new DuplicateQuery("""
                select id, number, status, type, category_code, region_code, urgency, lead_org_code, lead_org_name,
                       due_at, supervision_level, created_at
                from ticket
                """ + "where id in (" + matches + ") order by created_at limit " + DUPLICATE_LIMIT, args.toArray());
    }

    /** A ticket as the public may see it (Open311): no caller, no replies, no internal notes. */
    public record PublicTicket(String id, String number, String status, String type, String categoryCode,
                               String description, String leadOrgName, String location, Double latitude,
                               Double longitude, String mediaUrl, Instant createdAt, Instant updatedAt, Instant dueAt) {
    }

    /**
     * Public tickets: only categories offered as Open311 services, never reports (举报, whose
     * reporters are protected), newest first.
     *
     * @param numbers    ticket numbers to return (other filters are then ignored, as Open311 says)
     * @param categories category codes, or empty for all
     * @param finalOnly  true: only closed, false: only open, null: both
     */
    public List<PublicTicket> publicTickets(List<String> numbers, List<String> categories, Instant from, Instant to,
                                            Boolean finalOnly, String regionPrefix, int limit) {
        StringBuilder where = new StringBuilder(" where c.open311 and t.type <> 'REPORT'");
        List<Object> args = new ArrayList<>();
        if (!numbers.isEmpty()) {
            where.append(" and t.number = any (?)");
            args.add(numbers.toArray(String[]::new));
        } else {
            if (!categories.isEmpty()) {
                where.append(" and t.category_code = any (?)");
                args.add(categories.toArray(String[]::new));
            }
            where.append(" and t.created_at >= ? and t.created_at <= ?");
            args.add(Timestamp.from(from));
            args.add(Timestamp.from(to));
            if (finalOnly != null) {
                where.append(finalOnly ? " and t.status in ('CLOSED', 'MERGED', 'TRANSFERRED')"
                        : " and t.status not in ('CLOSED', 'MERGED', 'TRANSFERRED')");
            }
            if (regionPrefix != null) {
                where.append(" and t.region_code like ?");
                args.add(regionPrefix + "%");
            }
        }
        args.add(limit);
        return jdbc.query("""
                select t.id, t.number, t.status, t.type, t.category_code, t.description, t.lead_org_name, t.location,
                       t.latitude, t.longitude, t.media_url, t.created_at, t.updated_at, t.due_at
                from ticket t join category c on c.code = t.category_code""" + where
                        + " order by t.created_at desc, t.id limit ?",
                (rs, n) -> new PublicTicket(rs.getString("id"), rs.getString("number"), rs.getString("status"),
                        rs.getString("type"), rs.getString("category_code"), rs.getString("description"),
                        rs.getString("lead_org_name"), rs.getString("location"), (Double) rs.getObject("latitude"),
                        (Double) rs.getObject("longitude"), rs.getString("media_url"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("due_at"))),
                args.toArray());
    }

    /** Shapes a ticket for the API; reads nothing, so it holds no connection. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public TicketView view(Actor actor, Ticket ticket) {
        Locale locale = Messages.currentLocale();
        Category category = categories.find(ticket.categoryCode()).orElse(null);
        TimeLimit limit = ticket.limit();
        Instant now = clock.instant();
        return new TicketView(ticket.id(), ticket.number(), ticket.status().name(), ticket.channel().name(),
                ticket.type().name(), ticket.categoryCode(), category == null ? null : category.name(locale),
                ticket.regionCode(), ticket.location(), ticket.latitude(), ticket.longitude(), ticket.description(),
                ticket.urgency().name(), ticket.mediaUrl(), ticket.externalRef(),
                ticket.emergencyLine() == null ? null : ticket.emergencyLine().name(),
                ticket.legalRoute() == null ? null : ticket.legalRoute().name(),
                ticket.legalRoute() == null ? null : messages.text(locale, "hotline.legal-route." + ticket.legalRoute().name()),
                caller(actor, ticket), ticket.answer(), ticket.leadOrgCode(), ticket.leadOrgName(), ticket.assistingOrgs(),
                ticket.ownershipDecided(), ticket.returnReason(),
                limit == null ? null : new TicketView.LimitView(limit.amount(), limit.unit().name()), ticket.dueAt(),
                ticket.dueAt() == null ? null : ticket.isOverdue(now), ticket.extensionRequested(),
                ticket.supervisionLevel(), ticket.reply(), ticket.repliedAt(), ticket.repliedOnTime(), ticket.reopenCount(),
                ticket.satisfaction() == null ? null : ticket.satisfaction().name(),
                ticket.transferredTo() == null ? null : ticket.transferredTo().number(), ticket.transferReference(),
                ticket.mergedInto(),
                ticket.jointPoliceReference() == null ? null : new TicketView.JointView(ticket.number(),
                        ticket.jointPoliceReference(), Boolean.TRUE.equals(ticket.jointPoliceDone())),
                ticket.escalationStep() == null ? null : new TicketView.EscalationView(ticket.supervisionLevel(),
                        ticket.escalationStep().name(), ticket.escalationOrgCode(), ticket.escalationRegionCode()),
                ticket.createdAt(), ticket.updatedAt(), ticket.closedAt(),
                ticket.steps().stream().map(step -> new TicketView.StepView(step.action().name(), step.at(), step.actorOrg(),
                        step.note())).toList());
    }

    private TicketView.CallerView caller(Actor actor, Ticket ticket) {
        boolean anonymous = ticket.callerIdHash() == null && ticket.callerPhoneCipher() == null && ticket.callerNameCipher() == null;
        if (anonymous || TicketAccess.hidesCallerEntirely(actor, ticket)) {
            return new TicketView.CallerView(anonymous, null, null, null);
        }
        boolean allowed = TicketAccess.mayReadCallerContact(actor, ticket);
        PersonalDataProtector data = protector.getObject();
        return new TicketView.CallerView(false,
                reveal(data, PersonalDataKind.NAME, ticket.callerNameCipher(), allowed),
                reveal(data, PersonalDataKind.PHONE, ticket.callerPhoneCipher(), allowed),
                reveal(data, PersonalDataKind.ADDRESS, ticket.callerAddressCipher(), allowed));
    }

    private static String reveal(PersonalDataProtector data, PersonalDataKind kind, String cipher, boolean allowed) {
        return cipher == null ? null : data.reveal(kind, cipher, allowed);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
