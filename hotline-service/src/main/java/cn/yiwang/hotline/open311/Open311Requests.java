package cn.yiwang.hotline.open311;

import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.personaldata.Masking;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Problems;
import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.hotline.category.Categories;
import cn.yiwang.hotline.category.Category;
import cn.yiwang.hotline.category.CategoryAttribute;
import cn.yiwang.hotline.support.Messages;
import cn.yiwang.hotline.ticket.TicketCommands;
import cn.yiwang.hotline.ticket.TicketQueries;
import cn.yiwang.hotline.ticket.TicketQueries.PublicTicket;
import cn.yiwang.hotline.ticket.domain.Channel;
import cn.yiwang.hotline.ticket.domain.TicketType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * GeoReport v2 (Open311) over the hotline: services are the categories offered to Open311,
 * requests are tickets. Each document is an ordered map with exactly the spec's field names; the
 * web layer writes it as JSON or XML.
 */
@Service
public class Open311Requests {

    /** GeoReport v2: "start_date and end_date … should not exceed 90 days"; default 90 days or 1000 requests. */
    static final Duration MAX_SPAN = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Set<String> FINAL = Set.of("CLOSED", "MERGED", "TRANSFERRED");

    private final Categories categories;
    private final TicketCommands commands;
    private final TicketQueries queries;
    private final Open311Properties properties;
    private final JdbcTemplate jdbc;
    private final Messages messages;
    private final Problems problems;
    private final Clock clock;

    public Open311Requests(Categories categories, TicketCommands commands, TicketQueries queries,
                           Open311Properties properties, JdbcTemplate jdbc, Messages messages, Problems problems,
                           Clock clock) {
        this.categories = categories;
        this.commands = commands;
        this.queries = queries;
        this.properties = properties;
        this.jdbc = jdbc;
        this.messages = messages;
        this.problems = problems;
        this.clock = clock;
    }

    /** GET services: every category offered to Open311. */
    public List<Map<String, Object>> services(Locale locale) {
        Map<String, Category> all = categories.all().stream().collect(Collectors.toMap(Category::code, c -> c));
        return categories.open311Services().stream().map(category -> {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", category.code());
            service.put("service_name", category.name(locale));
            service.put("description", category.description(locale));
            service.put("metadata", !categories.attributes(category.code()).isEmpty());
            service.put("type", "realtime");
            service.put("keywords", category.keywords());
            Category parent = all.get(category.parentCode());
            service.put("group", parent == null ? null : parent.name(locale));
            return service;
        }).toList();
    }

    /** GET services/{code}: the service definition with its attributes. */
    public Map<String, Object> definition(String code, Locale locale) {
        Category category = service(code, locale);
        List<Map<String, Object>> attributes = categories.attributes(category.code()).stream().map(attribute -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("variable", true);
            fields.put("code", attribute.code());
            fields.put("datatype", attribute.datatype());
            fields.put("required", attribute.required());
            fields.put("datatype_description", null);
            fields.put("order", attribute.position());
            fields.put("description", attribute.description(locale));
            fields.put("values", attribute.values().stream().map(value -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("key", value.key());
                entry.put("name", value.name(locale));
                return entry;
            }).toList());
            return fields;
        }).toList();
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("service_code", category.code());
        definition.put("attributes", attributes);
        return definition;
    }

    /** What a POST requests carries (form fields of the spec). */
    public record NewRequest(String apiKey, String jurisdictionId, String serviceCode, Double lat, Double lon,
                             String addressString, String addressId, String email, String deviceId, String accountId,
                             String firstName, String lastName, String phone, String description, String mediaUrl,
                             Map<String, String> attributes) {
    }

    /**
     * POST requests: files a ticket. The client is a partner identified by {@code api_key}, or a
     * caller with a token; without either the request is refused with 403 as the spec's examples do.
     */
    @Transactional
    public List<Map<String, Object>> create(NewRequest request, Optional<Actor> caller, Locale locale) {
        Actor actor = client(request, caller, locale);
        if (request.serviceCode() == null || request.serviceCode().isBlank()) {
            throw new Open311Exception(400, messages.text(locale, "hotline.open311.service-code.required"));
        }
        Category category = service(request.serviceCode(), locale);
        if ((request.lat() == null || request.lon() == null) && blank(request.addressString()) && blank(request.addressId())) {
            throw new Open311Exception(400, messages.text(locale, "hotline.open311.location.required"));
        }
        List<String> answers = new ArrayList<>();
        for (CategoryAttribute attribute : categories.attributes(category.code())) {
            String value = request.attributes().get(attribute.code());
            if (blank(value)) {
                if (attribute.required()) {
                    throw new Open311Exception(400, messages.text(locale, "hotline.open311.attribute.required", attribute.code()));
                }
                continue;
            }
            String shown = attribute.values().stream().filter(v -> v.key().equals(value)).findFirst()
                    .map(v -> v.name(Locale.SIMPLIFIED_CHINESE)).orElse(value);
            if (!attribute.values().isEmpty() && shown.equals(value)) {
                throw new Open311Exception(400, messages.text(locale, "hotline.open311.attribute.invalid", attribute.code(), value));
            }
            answers.add(attribute.description(Locale.SIMPLIFIED_CHINESE) + "：" + shown);
        }
        String region = region(request, actor, locale);
        String description = (request.description() == null ? "" : request.description().strip())
                + (answers.isEmpty() ? "" : "\n" + String.join("；", answers));
        String name = String.join("", nonBlank(request.lastName(), request.firstName()));
        Channel channel = actor.isHolder() ? Channel.MOBILE : actor.hasRole(Roles.PARTNER_SYSTEM) ? Channel.PARTNER : Channel.WEB;
        // device_id, email and account_id identify the person or the device: not needed to handle the
        // matter, so not kept (data minimisation); account_id is only echoed back as the spec shows.
        TicketCommands.IntakeResult created;
        try {
            created = commands.register(actor, new TicketCommands.NewTicket(channel, TicketType.HELP, category.code(), region,
                    request.addressString(), request.lat(), request.lon(), description.isBlank() ? category.name(locale) : description,
                    null, request.mediaUrl(), null, name.isBlank() ? null : name, request.phone(), null));
        } catch (ProblemException e) {
            throw translate(e, locale);
        }
        String token = UUID.randomUUID().toString();
        jdbc.update("insert into open311_token (token, ticket_id, created_at) values (?, ?, ?)", token,
                created.ticket().id(), Timestamp.from(clock.instant()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("service_request_id", created.ticket().number());
        response.put("token", token);
        response.put("service_notice", category.serviceNotice(locale));
        response.put("account_id", request.accountId());
        return List.of(response);
    }

    /** A parameter that is not what the spec says it is (e.g. lat not a number): answered with 400. */
    public static class InvalidParameter extends RuntimeException {

        private final String field;
        private final String value;

        public InvalidParameter(String field, String value) {
            super(field);
            this.field = field;
            this.value = value;
        }

        public String field() {
            return field;
        }

        public String value() {
            return value;
        }
    }

    /** Filters of GET requests, as the spec names them. */
    public record Filter(String serviceRequestId, String serviceCode, String startDate, String endDate, String status,
                         String jurisdictionId) {
    }

    /** GET requests: by ids, or by service, period (at most 90 days, default the last 90) and status. */
    public List<Map<String, Object>> list(Filter filter, Locale locale) {
        List<String> numbers = split(filter.serviceRequestId());
        Instant end = filter.endDate() == null ? clock.instant() : date(filter.endDate(), "end_date", locale);
        Instant start = filter.startDate() == null ? end.minus(MAX_SPAN) : date(filter.startDate(), "start_date", locale);
        if (numbers.isEmpty() && (start.isAfter(end) || Duration.between(start, end).compareTo(MAX_SPAN) > 0)) {
            throw new Open311Exception(400, messages.text(locale, "hotline.open311.dates.span"));
        }
        Boolean finalOnly = null;
        List<String> statuses = split(filter.status());
        if (!statuses.isEmpty()) {
            if (!Set.of("open", "closed").containsAll(statuses)) {
                throw new Open311Exception(400, messages.text(locale, "hotline.open311.status.invalid", filter.status()));
            }
            finalOnly = statuses.size() == 2 ? null : statuses.contains("closed");
        }
        String regionPrefix = null;
        if (filter.jurisdictionId() != null) {
            if (!RegionCode.isValid(filter.jurisdictionId())) {
                throw new Open311Exception(404, messages.text(locale, "hotline.open311.jurisdiction.unknown", filter.jurisdictionId()));
            }
            regionPrefix = RegionCode.of(filter.jurisdictionId()).prefix();
        }
        return render(queries.publicTickets(numbers, split(filter.serviceCode()), start, end, finalOnly, regionPrefix,
                MAX_REQUESTS), locale);
    }

    /** GET requests/{id}: a list of one request, as the spec has it. */
    public List<Map<String, Object>> get(String number, Locale locale) {
        List<Map<String, Object>> found = render(queries.publicTickets(List.of(number), List.of(), Instant.EPOCH,
                Instant.EPOCH, null, null, 1), locale);
        if (found.isEmpty()) {
            throw new Open311Exception(404, messages.text(locale, "hotline.open311.request.unknown", number));
        }
        return found;
    }

    /** GET tokens/{token}: the service_request_id the token stands for. */
    public List<Map<String, Object>> token(String token, Locale locale) {
        List<String> numbers = jdbc.queryForList("""
                select t.number from open311_token o join ticket t on t.id = o.ticket_id where o.token = ?""",
                String.class, token);
        if (numbers.isEmpty()) {
            throw new Open311Exception(404, messages.text(locale, "hotline.open311.token.unknown", token));
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("service_request_id", numbers.get(0));
        entry.put("token", token);
        return List.of(entry);
    }

    private List<Map<String, Object>> render(List<PublicTicket> tickets, Locale locale) {
        Map<String, Category> all = categories.all().stream().collect(Collectors.toMap(Category::code, c -> c));
        return tickets.stream().map(ticket -> {
            Category category = all.get(ticket.categoryCode());
            boolean closed = FINAL.contains(ticket.status());
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("service_request_id", ticket.number());
            request.put("status", closed ? "closed" : "open");
            request.put("status_notes", messages.text(locale, "hotline.open311.status." + ticket.status()));
            request.put("service_name", category == null ? null : category.name(locale));
            request.put("service_code", ticket.categoryCode());
            // The public sees what was reported, never who: phone and ID numbers in the text are masked.
            request.put("description", ticket.description() == null ? null : Masking.inText(ticket.description()));
            request.put("agency_responsible", ticket.leadOrgName());
            request.put("service_notice", category == null ? null : category.serviceNotice(locale));
            request.put("requested_datetime", w3c(ticket.createdAt()));
            request.put("updated_datetime", w3c(ticket.updatedAt()));
            request.put("expected_datetime", closed ? null : w3c(ticket.dueAt()));
            request.put("address", ticket.location());
            request.put("address_id", null);
            request.put("zipcode", null);
            request.put("lat", ticket.latitude());
            request.put("long", ticket.longitude());
            request.put("media_url", ticket.mediaUrl());
            return request;
        }).toList();
    }

    private Category service(String code, Locale locale) {
        return categories.find(code).filter(Category::open311)
                .orElseThrow(() -> new Open311Exception(404, messages.text(locale, "hotline.open311.service.unknown", code)));
    }

    private Actor client(NewRequest request, Optional<Actor> caller, Locale locale) {
        if (request.apiKey() != null) {
            return properties.partners().entrySet().stream()
                    .filter(partner -> partner.getValue().apiKey() != null && sameKey(partner.getValue().apiKey(), request.apiKey()))
                    .findFirst()
                    .map(partner -> new Actor("open311:" + partner.getKey(), "open311:" + partner.getKey(),
                            Set.of(Roles.PARTNER_SYSTEM), partner.getValue().region(), null, null, partner.getValue().name()))
                    .orElseThrow(() -> new Open311Exception(403, messages.text(locale, "hotline.open311.api-key.invalid")));
        }
        return caller.orElseThrow(() -> new Open311Exception(403, messages.text(locale, "hotline.open311.api-key.required")));
    }

    private String region(NewRequest request, Actor actor, Locale locale) {
        if (request.jurisdictionId() != null) {
            if (!RegionCode.isValid(request.jurisdictionId())) {
                throw new Open311Exception(404, messages.text(locale, "hotline.open311.jurisdiction.unknown", request.jurisdictionId()));
            }
            return request.jurisdictionId();
        }
        if (!actor.isHolder() && actor.regionCode() != null) {
            return actor.regionCode();
        }
        if (properties.defaultJurisdiction() != null) {
            return properties.defaultJurisdiction();
        }
        throw new Open311Exception(400, messages.text(locale, "hotline.open311.jurisdiction.required"));
    }

    /** Problems of the ticket rules, in GeoReport's terms: a rule broken is a bad request. */
    private Open311Exception translate(ProblemException e, Locale locale) {
        int status = e.kind() == ProblemKind.RULE_VIOLATED ? 400 : e.kind().status();
        String description = e.violations().isEmpty() ? problems.message(e.detailKey(), e.detailArgs(), locale)
                : e.violations().stream().map(Violation::message).collect(Collectors.joining("; "));
        return new Open311Exception(status, description);
    }

    private Instant date(String text, String field, Locale locale) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Exception(400, messages.text(locale, "hotline.open311.date.invalid", field, text));
        }
    }

    private static String w3c(Instant instant) {
        return instant == null ? null : W3C.format(instant.atZone(BEIJING));
    }

    private static boolean sameKey(String configured, String given) {
        return MessageDigest.isEqual(configured.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> nonBlank(String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isBlank()).map(String::strip).toList();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
