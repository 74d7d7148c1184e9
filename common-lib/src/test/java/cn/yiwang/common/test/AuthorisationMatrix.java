package cn.yiwang.common.test;

import cn.yiwang.common.security.Roles;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11's per-endpoint authorisation matrix: a data file a security officer can review, one row
 * per operation of a service's OpenAPI document, one column per role of {@link Roles#ALL} and one for
 * a caller without a token, checked against the running service.
 *
 * <p>The file ({@code src/test/resources/authorisation-matrix.md} of a service) is a Markdown table:
 * <pre>
 * | operation                  | anonymous | citizen | enterprise | window-clerk | … | notes |
 * |----------------------------|-----------|---------|------------|--------------|---|-------|
 * | GET /api/v1/cases/{id}     | deny      | own     | own        | region       | … |       |
 * </pre>
 * Cells:
 * <ul>
 *   <li>{@code deny}: the role may not call the operation — 403 with a problem response
 *       (401 for {@code anonymous}), and the call changes nothing in the database. The matrix's
 *       body is made up, so the role must be checked before the body is validated: where the
 *       check lives in a command, the controller method carries
 *       {@link cn.yiwang.common.security.CallableBy} too;</li>
 *   <li>{@code hide}: denied by hiding existence — 404, and nothing changes;</li>
 *   <li>{@code allow}: the role may call it — never 401 or 403 (400/404/409/422 are fine: the
 *       matrix calls with made-up ids and bodies);</li>
 *   <li>{@code own}: allowed on the caller's own records only; {@code region}: allowed within the
 *       caller's region subtree only — probed like {@code allow} here; the service's own
 *       ownership and region scenarios (with real records) check the restriction;</li>
 *   <li>{@code gap}: a known authorisation hole — the role should be denied but is let through
 *       today. The test asserts the hole is still there, so it stays visible in the matrix and the
 *       build fails (asking to change the cell to {@code deny}) the day it is closed. The notes
 *       column says what is wrong.</li>
 * </ul>
 * Lines before the table whose first cell is {@code operation} are free text (a legend, remarks). A row for an operation the
 * document does not have, or an operation of the document without a row, fails the build by name.
 *
 * <p>Every role is probed with a real token of the demo region {@value #DEMO_REGION} (Mei County);
 * holders carry an {@code id_hash}, staff and partners an {@code org_code}. Denied cells run first;
 * after them a test checks that the database is exactly as before (tables holding only delivery
 * bookkeeping, such as an outbox, can be excluded by name).
 */
public final class AuthorisationMatrix {

    public static final String ANONYMOUS = "anonymous";
    public static final String DEMO_REGION = "610326";
    public static final String DEMO_ORG = "11610326MB1234567X";
    /** A keyed hash no real person has: the matrix's citizen and enterprise own nothing. */
    public static final String MATRIX_HOLDER_HASH = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";

    /** Column order of the file: anonymous first, then the roles as ARCHITECTURE.md lists them. */
    public static final List<String> COLUMNS = List.of(ANONYMOUS, Roles.CITIZEN, Roles.ENTERPRISE, Roles.WINDOW_CLERK,
            Roles.APPROVER, Roles.DEPT_ADMIN, Roles.CATALOG_ADMIN, Roles.EVALUATION_OFFICER, Roles.HOTLINE_AGENT,
            Roles.HOTLINE_DISPATCHER, Roles.SUPERVISOR, Roles.CDC_MONITOR, Roles.AIWEI_OFFICER, Roles.INSPECTOR,
            Roles.PEST_CONTROL_COMPANY, Roles.OPS, Roles.PARTNER_SYSTEM, Roles.SERVICE);

    public enum Access {
        ALLOW, OWN, REGION, DENY, HIDE, GAP;

        static Access parse(String cell, String where) {
            try {
                return valueOf(cell.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown cell '" + cell
                        + "' (allow, own, region, deny, hide or gap)"
                        + ("late".equalsIgnoreCase(cell.trim()) ? "; a role refused only after validation is a 'deny' now:"
                        + " put common-lib's @CallableBy on the controller method" : ""));
            }
        }

        boolean lets() {
            return this == ALLOW || this == OWN || this == REGION;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One row: an operation, the access of each column, and the reviewer's note. */
    public record Row(String operation, Map<String, Access> cells, String note) {

        public String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        public String pathTemplate() {
            return operation.substring(operation.indexOf(' ') + 1);
        }
    }

    private final String source;
    private final Map<String, Row> rows;
    private String baseUrl;
    private JdbcTemplate jdbc;
    private Predicate<String> bookkeepingTable = table -> false;
    private Function<String, Tokens> tokens = AuthorisationMatrix::demoToken;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, java.util.function.Supplier<Object>> bodies = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private boolean probeEmptyBody = Boolean.getBoolean(EMPTY_BODY_PROPERTY);

    private AuthorisationMatrix(String source, Map<String, Row> rows) {
        this.source = source;
        this.rows = rows;
    }

    /** Reads the matrix from the test classpath, e.g. {@code "/authorisation-matrix.md"}. */
    /** {@code -Dyiwang.authz.record=<file>}: {@link #tests()} first writes what the service answers today there. */
    public static final String RECORD_PROPERTY = "yiwang.authz.record";

    /**
     * {@code -Dyiwang.authz.empty-body=true}: every {@code deny} cell of an operation with a body is
     * also called with {@code {}} and must still be 403 — a role refused only after its body is
     * validated (in the command, or by {@code @PreAuthorize}) answers 400/422 there instead. Off by
     * default while rows that fail it remain (see the services' matrices); on, it lists them.
     */
    public static final String EMPTY_BODY_PROPERTY = "yiwang.authz.empty-body";

    /**
     * A service's own matrix ({@code /authorisation-matrix.md} on its test classpath) against the
     * service on this loopback port, checking that denied calls change nothing in its database but
     * for the outbox's and the idempotent consumer's bookkeeping.
     */
    public static AuthorisationMatrix ofService(int port, JdbcTemplate database) {
        return fromClasspath("/authorisation-matrix.md").against("http://127.0.0.1:" + port)
                .database(database, table -> table.contains("event_publication") || table.contains("outbox")
                        || table.contains("processed"));
    }

    public static AuthorisationMatrix fromClasspath(String resource) {
        try (InputStream in = AuthorisationMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no matrix file " + resource + " on the test classpath");
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuthorisationMatrix parse(String source, String text) {
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> header = null;
        String[] lines = text.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].trim();
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length())
                    .split("\\|", -1)).map(String::trim).toList();
            String where = source + " line " + number;
            if (header == null && !"operation".equals(cells.get(0))) {
                continue;
            }
            if (header == null) {
                header = cells;
                List<String> expected = new ArrayList<>();
                expected.add("operation");
                expected.addAll(COLUMNS);
                expected.add("notes");
                if (!header.equals(expected)) {
                    throw new IllegalArgumentException(where + ": the header must name exactly " + expected
                            + " in that order, but is " + header);
                }
                continue;
            }
            if (cells.get(0).matches("-*:?-+:?")) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(where + ": " + cells.size() + " cells, the header has " + header.size());
            }
            String operation = cells.get(0).replace("`", "").replaceAll("\\s+", " ");
            if (!operation.matches("(GET|POST|PUT|PATCH|DELETE) /\\S*")) {
                throw new IllegalArgumentException(where + ": '" + operation + "' is not 'METHOD /path'");
            }
            Map<String, Access> access = new LinkedHashMap<>();
            for (int column = 0; column < COLUMNS.size(); column++) {
                access.put(COLUMNS.get(column), Access.parse(cells.get(column + 1), where + " column " + COLUMNS.get(column)));
            }
            if (access.values().contains(Access.GAP) && cells.get(cells.size() - 1).isBlank()) {
                throw new IllegalArgumentException(where + ": a gap needs a note that says what is wrong");
            }
            if (rows.put(operation, new Row(operation, access, cells.get(cells.size() - 1))) != null) {
                throw new IllegalArgumentException(where + ": " + operation + " listed twice");
            }
        }
        if (header == null) {
            throw new IllegalArgumentException(source + ": no table");
        }
        return new AuthorisationMatrix(source, rows);
    }

    /** The running service, e.g. {@code http://127.0.0.1:54321}; its OpenAPI document is at {@code /v3/api-docs}. */
    public AuthorisationMatrix against(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /**
     * The service's database, fingerprinted before and after the denied calls. Tables for which
     * {@code bookkeeping} holds (an outbox a relay marks as sent, a processed-event log fed from
     * Kafka) are left out: they change on their own.
     */
    public AuthorisationMatrix database(JdbcTemplate jdbc, Predicate<String> bookkeeping) {
        this.jdbc = jdbc;
        this.bookkeepingTable = bookkeeping;
        return this;
    }

    /**
     * Every {@code deny} cell of an operation with a body is also called with an empty body
     * ({@code {}}) and must still be 403: for a service whose role checks all come before Bean
     * Validation (common-lib's {@code @CallableBy}), so a new endpoint cannot slip back.
     * {@code -Dyiwang.authz.empty-body=true} turns it on for every service.
     */
    public AuthorisationMatrix probingEmptyBodies() {
        this.probeEmptyBody = true;
        return this;
    }

    /** How a column's token is minted, if the service needs more than {@link #demoToken(String)}. */
    public AuthorisationMatrix tokens(Function<String, Tokens> tokens) {
        this.tokens = tokens;
        return this;
    }

    /** A value for a path variable, where a made-up one would be refused before authorisation (a code with a check digit). */
    public AuthorisationMatrix pathValue(String variable, String value) {
        pathValues.put(variable, value);
        return this;
    }

    /**
     * A valid body for one operation ({@code "POST /api/v1/cases"}), where the service validates the
     * request before it checks the role: then every cell of the row tests the role check itself.
     * The supplier is called per cell, so each call can carry fresh values.
     */
    public AuthorisationMatrix body(String operation, java.util.function.Supplier<Object> body) {
        bodies.put(operation, body);
        return this;
    }

    public Map<String, Row> rows() {
        return rows;
    }

    /**
     * The token the matrix uses for a column: the role alone, in the demo region, with an
     * organisation code for staff and partners and a keyed ID hash for holders.
     */
    public static Tokens demoToken(String role) {
        Tokens token = Tokens.forRoles(role).subject("matrix-" + role);
        if (Roles.HOLDERS.contains(role)) {
            return token.idHash(MATRIX_HOLDER_HASH);
        }
        token.region(DEMO_REGION).org(DEMO_ORG);
        return switch (role) {
            case Roles.PARTNER_SYSTEM -> token.client("partner-meixian");
            case Roles.SERVICE -> token.client("matrix-service");
            default -> token;
        };
    }

    /**
     * The matrix as tests: first that it lists exactly the document's operations, then every denied
     * cell, then that the denied calls changed nothing, then every allowed cell and known gap.
     * Names read as sentences: "citizen may not POST /api/v1/cases/{id}/acceptance".
     */
    public Stream<DynamicNode> tests() throws Exception {
        if (baseUrl == null) {
            throw new IllegalStateException("against(baseUrl) first");
        }
        String record = System.getProperty(RECORD_PROPERTY);
        if (record != null) {
            recordObserved(Path.of(record));
        }
        String document = fetch("/v3/api-docs");
        HostileRequests requests = new HostileRequests(document);
        reachTheTokenIssuer(requests);
        Map<String, HostileRequests.WriteEndpoint> endpoints = new LinkedHashMap<>();
        requests.allEndpoints().forEach(endpoint -> endpoints.put(endpoint.toString(), endpoint));

        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("the matrix lists exactly the operations of the OpenAPI document",
                () -> assertListsExactly(endpoints.keySet())));

        List<DynamicTest> denied = new ArrayList<>();
        List<DynamicTest> allowed = new ArrayList<>();
        Map<String, String> before = new TreeMap<>();
        for (Row row : rows.values()) {
            HostileRequests.WriteEndpoint endpoint = endpoints.get(row.operation());
            if (endpoint == null) {
                continue;
            }
            for (Map.Entry<String, Access> cell : row.cells().entrySet()) {
                String role = cell.getKey();
                Access access = cell.getValue();
                String name = role + (access.lets() ? " may " : access == Access.GAP ? " is let through (known gap) on "
                        : access == Access.HIDE ? " is shown nothing by " : " may not ") + row.operation();
                DynamicTest test = DynamicTest.dynamicTest(name, () -> {
                    HttpResponse<String> response = call(requests, endpoint, role, null);
                    check(row, role, access, response);
                    if (probeEmptyBody && access == Access.DENY && !ANONYMOUS.equals(role)
                            && !endpoint.bodySchema().isMissingNode()) {
                        // The role check comes before the body is validated: an empty body is refused by role too.
                        check(row, role, access, call(requests, endpoint, role, "{}"));
                    }
                });
                (access == Access.DENY || access == Access.HIDE ? denied : allowed).add(test);
            }
        }
        if (jdbc != null) {
            denied.add(0, DynamicTest.dynamicTest("(the database before the denied calls)",
                    () -> before.putAll(fingerprint())));
            denied.add(DynamicTest.dynamicTest("the denied calls changed nothing in the database",
                    () -> assertThat(changedTables(before, fingerprint()))
                            .as("tables a denied call changed (" + source + ")").isEmpty()));
        }
        nodes.add(DynamicContainer.dynamicContainer("denied", denied));
        nodes.add(DynamicContainer.dynamicContainer("allowed", allowed));
        return nodes.stream();
    }

    private void assertListsExactly(Set<String> documented) {
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(rows.keySet());
        Set<String> stale = new TreeSet<>(rows.keySet());
        stale.removeAll(documented);
        List<String> problems = new ArrayList<>();
        missing.forEach(operation -> problems.add("no row in " + source + " for " + operation
                + " (a new endpoint needs its authorisation decided)"));
        stale.forEach(operation -> problems.add("row in " + source + " for " + operation
                + ", which the OpenAPI document does not have"));
        assertThat(problems).as("matrix and OpenAPI document disagree").isEmpty();
    }

    private void check(Row row, String role, Access access, HttpResponse<String> response) {
        int status = response.statusCode();
        String seen = role + " " + row.operation() + " answered " + status + " " + abbreviate(response.body());
        switch (access) {
            case DENY -> {
                int expected = ANONYMOUS.equals(role) && !isPublic(row) ? 401 : 403;
                assertThat(status).as(seen).isEqualTo(expected);
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as("a refusal is a problem response: " + seen).startsWith("application/problem+json");
            }
            case HIDE -> assertThat(status).as(seen).isEqualTo(404);
            case GAP -> assertThat(status).as("known gap closed? " + seen + " — if the service now refuses "
                    + role + ", change the cell to deny and remove the note").isNotIn(401, 403);
            default -> {
                assertThat(status).as(seen).isNotIn(401, 403);
                assertThat(status).as("a server error is never an answer: " + seen).isLessThan(500);
            }
        }
    }

    /** Anonymous on a public path: a deny there is a 403 like anyone's (none exist today). */
    private static boolean isPublic(Row row) {
        return row.cells().get(ANONYMOUS).lets();
    }

    private HttpResponse<String> call(HostileRequests requests, HostileRequests.WriteEndpoint endpoint, String role)
            throws Exception {
        return call(requests, endpoint, role, null);
    }

    private HttpResponse<String> call(HostileRequests requests, HostileRequests.WriteEndpoint endpoint, String role,
                                      String bodyInstead) throws Exception {
        String path = endpoint.path();
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = substitute(endpoint, path, value.getKey(), value.getValue());
        }
        java.util.function.Supplier<Object> valid = bodies.get(endpoint.toString());
        String body = bodyInstead != null ? bodyInstead
                : valid != null ? json.writeValueAsString(valid.get())
                : endpoint.bodySchema().isMissingNode() ? ""
                : json.writeValueAsString(requests.body(endpoint, "权限矩阵"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("If-Match", "\"0\"")
                .method(endpoint.method(), endpoint.bodySchema().isMissingNode() && !"POST".equals(endpoint.method())
                        && !"PUT".equals(endpoint.method()) ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30));
        if (!ANONYMOUS.equals(role)) {
            request.header("Authorization", tokens.apply(role).bearer());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The resource server fetches the issuer's metadata with the first token it sees; on a busy
     * machine that fetch can time out once and turn one cell into a 500. Reach it before the cells.
     */
    private void reachTheTokenIssuer(HostileRequests requests) throws Exception {
        for (HostileRequests.WriteEndpoint endpoint : requests.allEndpoints()) {
            if (endpoint.method().equals("GET") && endpoint.pathTemplate().endsWith("/session")) {
                for (int attempt = 0; attempt < 5; attempt++) {
                    if (call(requests, endpoint, Roles.CITIZEN).statusCode() == 200) {
                        return;
                    }
                }
            }
        }
    }

    /** Replaces the sample value HostileRequests put for {@code {variable}} with the configured one. */
    private static String substitute(HostileRequests.WriteEndpoint endpoint, String path, String variable, String value) {
        String[] template = endpoint.pathTemplate().split("/");
        String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        String[] concrete = (query.isEmpty() ? path : path.substring(0, path.indexOf('?'))).split("/");
        if (template.length != concrete.length) {
            return path;
        }
        for (int i = 0; i < template.length; i++) {
            if (template[i].equals("{" + variable + "}")) {
                concrete[i] = value;
            }
        }
        return String.join("/", concrete) + query;
    }

    private String fetch(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Per table of the service's schema: row count and a digest of its rows in a stable order. */
    private Map<String, String> fingerprint() {
        Map<String, String> digests = new TreeMap<>();
        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                ORDER BY table_name""", String.class);
        for (String table : tables) {
            if (table.startsWith("flyway_") || bookkeepingTable.test(table)) {
                continue;
            }
            digests.put(table, jdbc.queryForObject("SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' "
                    + "ORDER BY md5(t::text))), '') FROM \"" + table + "\" t", String.class));
        }
        return digests;
    }

    private static Set<String> changedTables(Map<String, String> before, Map<String, String> after) {
        Set<String> changed = new LinkedHashSet<>();
        Stream.concat(before.keySet().stream(), after.keySet().stream()).distinct()
                .filter(table -> !java.util.Objects.equals(before.get(table), after.get(table)))
                .forEach(changed::add);
        return changed;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /**
     * Writes what the service answers today as a matrix file ({@code deny} for 401/403, else
     * {@code allow}), keeping the notes of existing rows: a starting point for a reviewer, never a
     * replacement for one. Run from a service's IT with {@code -Dyiwang.authz.record=<file>}.
     */
    public void recordObserved(Path file) throws Exception {
        String document = fetch("/v3/api-docs");
        HostileRequests requests = new HostileRequests(document);
        reachTheTokenIssuer(requests);
        StringBuilder out = new StringBuilder();
        out.append("| operation | ").append(String.join(" | ", COLUMNS)).append(" | notes |\n");
        out.append("|---|").append("---|".repeat(COLUMNS.size())).append("---|\n");
        for (HostileRequests.WriteEndpoint endpoint : requests.allEndpoints()) {
            Row existing = rows.get(endpoint.toString());
            List<String> cells = new ArrayList<>();
            StringBuilder statuses = new StringBuilder();
            for (String role : COLUMNS) {
                int status = call(requests, endpoint, role).statusCode();
                cells.add(status == 401 || status == 403 ? "deny" : "allow");
                statuses.append(status).append(' ');
            }
            out.append("| ").append(endpoint).append(" | ").append(String.join(" | ", cells)).append(" | ")
                    .append(existing == null ? "observed " + statuses.toString().trim() : existing.note()).append(" |\n");
        }
        Files.writeString(file, out.toString());
    }

    /** Lists of rows, for a service's own assertions (e.g. "every write is denied to ops"). */
    public List<Row> rowsWhere(Predicate<Row> condition) {
        return rows.values().stream().filter(condition).collect(Collectors.toList());
    }
}
