package cn.yiwang.cases.casefile.synthetic;

import cn.yiwang.cases.casefile.domain.Applicant;
import cn.yiwang.cases.casefile.domain.ApplicantType;
import cn.yiwang.cases.casefile.domain.Case;
import cn.yiwang.cases.casefile.domain.CaseState;
import cn.yiwang.cases.casefile.domain.CaseStatus;
import cn.yiwang.cases.casefile.domain.Channel;
import cn.yiwang.cases.casefile.domain.DeliveryMethod;
import cn.yiwang.cases.casefile.domain.ItemSnapshot;
import cn.yiwang.cases.casefile.domain.Outcome;
import cn.yiwang.cases.casefile.domain.Scope;
import cn.yiwang.cases.clock.CaseClock;
import cn.yiwang.cases.clock.Deadlines;
import cn.yiwang.cases.material.Material;
import cn.yiwang.cases.material.MaterialRequirement;
import cn.yiwang.common.calendar.TimeLimit;
import cn.yiwang.common.calendar.WorkingDayCalendar;
import cn.yiwang.common.identifier.CitizenId;
import cn.yiwang.common.identifier.UnifiedCreditCode;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code yiwang.cases.synthetic-cases=N} (benchmark databases only; env {@code YIWANG_CASES_SYNTHETICCASES}):
 * at start-up, when {@code case_file} holds fewer than N cases, the missing ones are added in one
 * set-based statement ({@code generate_series}, {@code INSERT … SELECT}) — no Java per case.
 *
 * <p>Java builds only what must be exactly as the service makes it: one template case per
 * synthetic item and status, through the real aggregate (so the stored JSON restores like any
 * case), and the applicants' keyed hashes and encrypted ID numbers with the service's own
 * {@link PersonalDataProtector} (so a token's {@code id_hash} finds them). SQL then copies a
 * template per row, replacing placeholders and shifting its instants to the row's submission.
 *
 * <p>Derivable for benchmarks: applicant {@code k} (0 ≤ k &lt; min(100,000, N/10)) has ID number
 * {@link #applicantIdNumber(int)}; case {@code g} is applicant {@code g mod A}'s. Case numbers use
 * the default layout with sequences from {@value #FIRST_SEQUENCE} up, so they never meet a real
 * counter's. Deadline columns of synthetic cases are the template's shifted by calendar time, an
 * approximation: views recompute the exact ones from the state.
 */
@Component
@Order(10)
public class SyntheticCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticCases.class);

    static final int MAX_APPLICANTS = 100_000;
    static final int FIRST_SEQUENCE = 900_000;
    static final int CASES_PER_APPLICANT = 10;
    /** Finished cases are spread over this many days before today; open ones over the last three. */
    static final int DAYS = 300;
    static final List<String> REGIONS = List.of("610326", "610300", "610926", "610900", "610111", "610100");
    /** Where each status comes from, 11 slots: mostly finished cases, as in a real database. */
    static final List<String> SLOTS = List.of("DELIVERED", "DELIVERED", "DELIVERED", "DELIVERED", "CONCLUDED",
            "DENIED", "SUBMITTED", "ACCEPTED", "UNDER_REVIEW", "WITHDRAWN", "NOT_ACCEPTED");

    private static final UUID PLACEHOLDER_ID = UUID.fromString("00000000-0000-0000-0000-00000000feed");
    private static final String PLACEHOLDER_NUMBER = "@@SYNTHETIC_NUMBER@@";
    private static final String PLACEHOLDER_NAME = "@@SYNTHETIC_NAME@@";
    private static final String PLACEHOLDER_HASH = "@@SYNTHETIC_HASH@@";
    private static final String PLACEHOLDER_ID_ENCRYPTED = "@@SYNTHETIC_IDENC@@";
    /** The template's submission: a Monday in the shipped calendar. Rows shift every instant by their distance from it. */
    private static final Instant REFERENCE = LocalDateTime.parse("2026-03-02T09:00").atZone(WorkingDayCalendar.ZONE).toInstant();
    private static final List<Duration> STEPS = List.of(Duration.ZERO, Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(4));
    private static final Pattern ISO_SECONDS = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

    private final int target;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PersonalDataProtector personalData;
    private final JsonMapper json;
    private final CaseClock clock;
    private final Clock time;

    SyntheticCases(@Value("${yiwang.cases.synthetic-cases:0}") int target, JdbcTemplate jdbc,
                   TransactionTemplate transactions, PersonalDataProtector personalData, JsonMapper json, CaseClock clock,
                   Clock time) {
        if (target < 0) {
            throw new IllegalArgumentException("yiwang.cases.synthetic-cases must not be negative: " + target);
        }
        this.target = target;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.personalData = personalData;
        this.json = json;
        this.clock = clock;
        this.time = time;
    }

    /** Synthetic applicant {@code k}'s citizen ID number (GB 11643, valid check character): Mei County, born 1970 on. */
    public static String applicantIdNumber(int k) {
        if (k < 0 || k >= MAX_APPLICANTS) {
            throw new IllegalArgumentException("synthetic applicants are numbered 0 to " + (MAX_APPLICANTS - 1));
        }
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(k / 1000);
        String first17 = "610326" + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", k % 1000);
        return first17 + CitizenId.checkCharacter(first17);
    }

    /** How many synthetic applicants a load of {@code cases} cases spreads over. */
    static int applicants(long cases) {
        return (int) Math.max(1, Math.min(MAX_APPLICANTS, cases / CASES_PER_APPLICANT));
    }

    /** Synthetic item {@code i}: three kinds of item in each demo region, decided by a synthetic body there. */
    static ItemSnapshot item(int i) {
        String region = REGIONS.get(i / 3);
        int kind = i % 3;
        String body17 = "11" + region + "MB99900" + kind + (i / 3);
        String body = body17 + UnifiedCreditCode.checkCharacter(body17);
        String code = body + "9" + region + "990" + kind + "00";
        List<MaterialRequirement> materials = List.of(new MaterialRequirement("M01", "申请表", true, null, false, false),
                new MaterialRequirement("M02", "身份证明", true, null, false, false));
        return switch (kind) {
            case 0 -> new ItemSnapshot(code, "食品经营许可（测试）", 1, new Scope(region, body), TimeLimit.workingDays(20),
                    TimeLimit.workingDays(10), false, false, "11100000000013338W032", materials);
            case 1 -> new ItemSnapshot(code, "个体工商户登记（测试）", 1, new Scope(region, body), TimeLimit.workingDays(15),
                    TimeLimit.workingDays(5), false, false, null, materials);
            default -> new ItemSnapshot(code, "社会保险参保登记（测试）", 1, new Scope(region, body), TimeLimit.workingDays(10),
                    TimeLimit.workingDays(5), false, false, null, materials);
        };
    }

    static int items() {
        return REGIONS.size() * 3;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (target <= 0) {
            return;
        }
        long existing = jdbc.queryForObject("SELECT count(*) FROM case_file", Long.class);
        if (existing >= target) {
            log.info("synthetic cases: case_file holds {} cases, at least {}; nothing added", existing, target);
            return;
        }
        long started = System.nanoTime();
        long added = load(target - existing);
        jdbc.execute("ANALYZE case_file");
        log.info("synthetic cases: added {} in {} s. Applicant k (0 <= k < {}) has the citizen ID number 610326 + "
                        + "yyyyMMdd of 1970-01-01 plus k/1000 days + k%1000 (3 digits) + GB 11643 check character; "
                        + "case numbers are <item code><yyyyMMdd><sequence from {}>", added,
                (System.nanoTime() - started) / 1_000_000_000, applicants(target), FIRST_SEQUENCE);
    }

    /** Adds {@code rows} synthetic cases after those already there; returns how many went in. */
    public long load(long rows) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < items(); i++) {
            codes.add(item(i).implementationCode());
        }
        return transactions.execute(status -> {
            // The codes are ours, never input: safe to write into the statement.
            long from = jdbc.queryForObject("SELECT count(*) FROM case_file WHERE item_code IN ('"
                    + String.join("', '", codes) + "')", Long.class);
            long to = from + rows - 1;
            if ((to / items()) >= 1_000_000 - FIRST_SEQUENCE) {
                throw new IllegalArgumentException("at most " + (long) items() * (1_000_000 - FIRST_SEQUENCE)
                        + " synthetic cases fit the six-digit sequence");
            }
            int applicants = applicants(to + 1);
            loadApplicants(applicants);
            loadTemplates();
            LocalDate today = WorkingDayCalendar.dateOf(time.instant());
            return (long) jdbc.update(insertCases(), from, to, today, applicants);
        });
    }

    private void loadApplicants(int count) {
        jdbc.execute("CREATE TEMPORARY TABLE synthetic_applicant (k integer PRIMARY KEY, id_hash text NOT NULL, "
                + "id_encrypted text NOT NULL, name text NOT NULL) ON COMMIT DROP");
        int chunk = 10_000;
        for (int start = 0; start < count; start += chunk) {
            int end = Math.min(count, start + chunk);
            Integer[] ks = new Integer[end - start];
            String[] hashes = new String[ks.length];
            String[] encrypted = new String[ks.length];
            String[] names = new String[ks.length];
            for (int k = start; k < end; k++) {
                String idNumber = CitizenId.normalise(applicantIdNumber(k));
                ks[k - start] = k;
                hashes[k - start] = personalData.hash(idNumber);
                encrypted[k - start] = personalData.encrypt(idNumber);
                names[k - start] = "测试申请人" + k;
            }
            jdbc.execute((java.sql.Connection c) -> {
                try (var insert = c.prepareStatement("INSERT INTO synthetic_applicant "
                        + "SELECT * FROM unnest(?::integer[], ?::text[], ?::text[], ?::text[])")) {
                    Array[] arrays = {c.createArrayOf("integer", ks), c.createArrayOf("text", hashes),
                            c.createArrayOf("text", encrypted), c.createArrayOf("text", names)};
                    for (int i = 0; i < arrays.length; i++) {
                        insert.setArray(i + 1, arrays[i]);
                    }
                    return insert.executeUpdate();
                }
            });
        }
    }

    private void loadTemplates() {
        jdbc.execute("""
                CREATE TEMPORARY TABLE synthetic_template (item integer, slot integer, recent boolean, status text,
                    outcome text, item_code text, item_name text, channel text, accepting_region text, accepting_org text,
                    deciding_region text, deciding_org text, accepted_after interval, concluded_after interval,
                    legal_due_after interval, promised_due_after interval, warning_after interval, state text,
                    PRIMARY KEY (item, slot)) ON COMMIT DROP
                """);
        for (int i = 0; i < items(); i++) {
            for (int slot = 0; slot < SLOTS.size(); slot++) {
                Case kase = template(i, SLOTS.get(slot));
                CaseState s = kase.state();
                Deadlines deadlines = kase.deadlines(clock);
                jdbc.update("INSERT INTO synthetic_template VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                + "?::interval, ?::interval, ?::interval, ?::interval, ?::interval, ?)",
                        i, slot, s.status() == CaseStatus.SUBMITTED || CaseStatus.CLOCK_RUNNING.contains(s.status()),
                        s.status().name(), s.decision() == null ? null : s.decision().outcome().name(),
                        s.item().implementationCode(), s.item().name(), s.channel().name(), s.accepting().regionCode(),
                        s.accepting().orgCode(), s.deciding().regionCode(), s.deciding().orgCode(),
                        after(s.acceptedAt()), after(s.decision() == null ? null : s.decision().at()),
                        after(deadlines.legalDue()), after(deadlines.promisedDue()), after(deadlines.warningAt()),
                        json.writeValueAsString(s));
            }
        }
    }

    /** One case of item {@code i} taken to {@code slot}'s status through the real aggregate, at the reference time. */
    private Case template(int i, String slot) {
        ItemSnapshot item = item(i);
        Channel channel = List.of(Channel.PC, Channel.MOBILE, Channel.WINDOW).get(i % 3);
        Applicant applicant = new Applicant(ApplicantType.PERSON, PLACEHOLDER_NAME, PLACEHOLDER_HASH,
                PLACEHOLDER_ID_ENCRYPTED, null);
        List<Material> materials = item.materials().stream().map(requirement -> Material.uploaded(requirement,
                "synthetic-" + requirement.code())).toList();
        Case kase = Case.submit(PLACEHOLDER_ID, PLACEHOLDER_NUMBER, item, applicant, channel, item.deciding(), materials,
                true, WorkingDayCalendar.dateOf(REFERENCE), REFERENCE, "synthetic-applicant").filed();
        Instant accepted = REFERENCE.plus(STEPS.get(1));
        switch (slot) {
            case "SUBMITTED" -> {
            }
            case "NOT_ACCEPTED" -> kase.notAccept("synthetic-clerk", "申请材料不齐全", REFERENCE.plus(STEPS.get(3)));
            case "WITHDRAWN" -> kase.withdraw("synthetic-applicant", "不再需要", REFERENCE.plus(STEPS.get(3)));
            default -> {
                kase.accept("synthetic-clerk", accepted, clock);
                if (!slot.equals("ACCEPTED")) {
                    kase.startReview("synthetic-approver", REFERENCE.plus(STEPS.get(2)));
                }
                if (slot.equals("CONCLUDED") || slot.equals("DELIVERED") || slot.equals("DENIED")) {
                    Outcome outcome = slot.equals("DENIED") ? Outcome.DENIED : Outcome.APPROVED;
                    kase.conclude("synthetic-approver", outcome, outcome == Outcome.APPROVED ? "准予" : "不予许可",
                            REFERENCE.plus(STEPS.get(4)));
                }
                if (slot.equals("DELIVERED") || slot.equals("DENIED")) {
                    kase.deliver("synthetic-clerk", DeliveryMethod.WINDOW_PICKUP, null, REFERENCE.plus(STEPS.get(5)));
                }
            }
        }
        return kase;
    }

    private static String after(Instant instant) {
        return instant == null ? null : Duration.between(REFERENCE, instant).getSeconds() + " seconds";
    }

    /**
     * One statement for all rows: row {@code g} takes item {@code g mod I}, a status slot, applicant
     * {@code g mod A}, a day (finished cases within {@value #DAYS} days before today, open ones within
     * the last three, so the deadline scan finds nothing to announce) and a minute of office hours.
     */
    private String insertCases() {
        String state = "r.state";
        for (Duration step : STEPS) {
            String template = json.writeValueAsString(REFERENCE.plus(step)).replace("\"", "");
            if (!ISO_SECONDS.matcher(template).matches()) {
                throw new IllegalStateException("instants are not written as expected: " + template);
            }
            state = "replace(" + state + ", '" + template + "', to_char((r.at + interval '" + step.getSeconds()
                    + " seconds') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))";
        }
        state = "replace(replace(replace(replace(replace(" + state + ", '" + PLACEHOLDER_ID + "', r.id::text), '"
                + PLACEHOLDER_NUMBER + "', r.number), '" + PLACEHOLDER_NAME + "', a.name), '" + PLACEHOLDER_HASH
                + "', a.id_hash), '" + PLACEHOLDER_ID_ENCRYPTED + "', a.id_encrypted)";
        int items = items();
        return """
                WITH params AS (SELECT ?::bigint AS first, ?::bigint AS last, ?::date AS today, ?::integer AS applicants),
                shaped AS (
                    SELECT g, gen_random_uuid() AS id, (g %% %1$d)::integer AS item, g / %1$d AS serial,
                           ((g * 7 + g / %1$d) %% %2$d)::integer AS slot, (g %% p.applicants)::integer AS applicant, p.today
                    FROM params p, generate_series(p.first, p.last) AS g),
                dated AS (
                    SELECT s.g, s.id, s.serial, s.applicant, t.*,
                           s.today - CASE WHEN t.recent THEN 1 + (s.g %% 3)::integer
                                          ELSE 1 + ((s.g * 7919) %% %4$d)::integer END AS day
                    FROM shaped s JOIN synthetic_template t ON t.item = s.item AND t.slot = s.slot),
                r AS (
                    SELECT d.*, d.item_code || to_char(d.day, 'YYYYMMDD') || lpad((%3$d + d.serial)::text, 6, '0') AS number,
                           ((d.day + time '08:30') AT TIME ZONE 'Asia/Shanghai') + (d.g %% 480) * interval '1 minute' AS at
                    FROM dated d)
                INSERT INTO case_file (id, number, status, item_code, item_name, applicant_type, applicant_id_hash, channel,
                    accepting_region, accepting_org, deciding_region, deciding_org, submitted_at, accepted_at, concluded_at,
                    outcome, legal_due_at, promised_due_at, warning_at, awaits_verification, open_gap_due, warned, overdue,
                    commitment_pending, state, version, updated_at)
                SELECT r.id, r.number, r.status, r.item_code, r.item_name, 'PERSON', a.id_hash, r.channel,
                    r.accepting_region, r.accepting_org, r.deciding_region, r.deciding_org, r.at, r.at + r.accepted_after,
                    r.at + r.concluded_after, r.outcome, r.at + r.legal_due_after, r.at + r.promised_due_after,
                    r.at + r.warning_after, false, NULL, false, false, false, (%5$s)::jsonb, 1, now()
                FROM r JOIN synthetic_applicant a ON a.k = r.applicant
                ON CONFLICT (number) DO NOTHING
                """.formatted(items, SLOTS.size(), FIRST_SEQUENCE, DAYS, state);
    }
}
