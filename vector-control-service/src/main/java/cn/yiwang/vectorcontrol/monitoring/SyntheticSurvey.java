package cn.yiwang.vectorcontrol.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * Benchmark support: with {@code yiwang.vector-control.synthetic-survey-records=N} (env
 * {@code YIWANG_VECTORCONTROL_SYNTHETICSURVEYRECORDS}; default 0 = off) the service loads, at start-up
 * and only when it is absent, a city survey of N realistic monitoring records: the spring survey of
 * 渭滨区 (Weibin District, Baoji, {@value #REGION}), {@link #PERIOD_START} to {@link #PERIOD_END}, under
 * the fixed id {@link #SURVEY_ID}, so a benchmark can call
 * {@code GET /api/v1/vector-control/surveys/{id}/evaluation} (repeatable: the survey stays open, so
 * every call grades it afresh) without looking anything up.
 *
 * <p>The records cycle through all 16 methods of the four species (DOMAIN.md §8: rats, mosquitoes,
 * flies, cockroaches), on every day of the period at numbered monitoring points, with counts whose
 * pooled indices grade (2011 table) rats B, mosquitoes A, flies C and cockroaches B — every indicator
 * assessed, so the evaluation does all of its work. One set-based {@code INSERT … SELECT} over
 * {@code generate_series} writes them (about a second for 10,000 on a laptop-class machine).
 */
@Component
class SyntheticSurvey implements ApplicationRunner {

    /** Fixed so that a benchmark needs no look-up; a version-4 shaped UUID ending in the district code. */
    static final UUID SURVEY_ID = UUID.fromString("00000000-0000-4000-8000-000000610302");
    static final String REGION = "610302";
    static final LocalDate PERIOD_START = LocalDate.of(2026, 4, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 4, 30);
    static final String ENTERED_BY = "synthetic-survey";

    private static final Logger log = LoggerFactory.getLogger(SyntheticSurvey.class);

    /**
     * Record i uses method slot i % 16 and is the k-th record (k = i / 16) of that method; the
     * findings repeat over k so that the pooled rates are (for N a multiple of 320, and within a
     * rounding of it otherwise): indoor rat signs 2.5 % (B), rat path 0.25/km (A), rat-proof
     * non-compliance 1.7 % (A); small water bodies 0.05 positive/km (A), dipper 0.5 % positive with 2
     * larvae per positive dip (A), human landing 0.125 (A); fly rooms 8 % (C) with 2 flies per positive
     * room and none in ready-to-eat premises, breeding sites 0.5 % (A), fly-proof compliance 99 % (A);
     * cockroach infestation 2.5 % (B), egg cases 0.5 % (A), traces 1.25 % (A). Light traps, Breteau,
     * fly cages, sticky traps, trap-nights and powder patches are recorded too (indices without a
     * threshold in the 2011 table).
     */
    private static final String RECORDS = """
            insert into monitoring_record (id, survey_id, method, species, observed_on, location, measures,
                                           entered_by, entered_at)
            select gen_random_uuid(), :survey, m.method, m.species, cast(:start as date) + ((g.i / 16) % :days)::int,
                   '宝鸡市渭滨区监测点 ' || lpad(((g.i / 16) % 200 + 1)::text, 3, '0'),
                   case m.method
                       when 'RAT_TRAP_NIGHT' then jsonb_build_object('EFFECTIVE_TRAPS', 100,
                               'RATS_CAUGHT', case when k % 3 = 0 then 1 else 0 end)
                       when 'RAT_POWDER_PATCH' then jsonb_build_object('EFFECTIVE_PATCHES', 50,
                               'POSITIVE_PATCHES', case when k % 4 = 0 then 1 else 0 end)
                       when 'RAT_INDOOR_SIGNS' then jsonb_build_object('ROOMS_CHECKED', 20,
                               'POSITIVE_ROOMS', case when k % 2 = 0 then 1 else 0 end)
                       when 'RAT_OUTDOOR_PATH' then jsonb_build_object('KM_WALKED', 2.0,
                               'SIGNS_FOUND', case when k % 2 = 0 then 1 else 0 end)
                       when 'RAT_PROOF_FACILITIES' then jsonb_build_object('FACILITIES_CHECKED', 20,
                               'NON_COMPLIANT_FACILITIES', case when k % 3 = 0 then 1 else 0 end)
                       when 'MOSQUITO_LIGHT_TRAP' then jsonb_build_object('LAMP_NIGHTS', 1,
                               'FEMALE_MOSQUITOES', k % 7)
                       when 'MOSQUITO_BRETEAU' then jsonb_build_object('HOUSES_CHECKED', 100,
                               'POSITIVE_CONTAINERS', case when k % 5 = 0 then 2 else 0 end)
                       when 'MOSQUITO_SMALL_WATER_BODIES' then jsonb_build_object('KM_WALKED', 1.0,
                               'WATER_BODIES_CHECKED', 10, 'POSITIVE_WATER_BODIES', case when k % 20 = 0 then 1 else 0 end)
                       when 'MOSQUITO_LARGE_WATER_DIPPER' then jsonb_build_object('DIPS', 100,
                               'POSITIVE_DIPS', case when k % 2 = 0 then 1 else 0 end,
                               'LARVAE_AND_PUPAE', case when k % 2 = 0 then 2 else 0 end)
                       when 'MOSQUITO_HUMAN_LANDING' then jsonb_build_object('PERSON_HALF_HOURS', 2,
                               'MOSQUITOES_LANDED', case when k % 4 = 0 then 1 else 0 end)
                       when 'FLY_CAGE' then jsonb_build_object('CAGES', 1, 'FLIES_CAUGHT', k % 10)
                       when 'FLY_INDOOR_ROOMS' then jsonb_build_object('ROOMS_CHECKED', 20,
                               'POSITIVE_ROOMS', case when k % 5 < 4 then 2 else 0 end,
                               'FLIES_SEEN', case when k % 5 < 4 then 4 else 0 end,
                               'READY_TO_EAT_ROOMS_WITH_FLIES', 0)
                       when 'FLY_OUTDOOR_BREEDING' then jsonb_build_object('SITES_CHECKED', 20,
                               'POSITIVE_SITES', case when k % 10 = 0 then 1 else 0 end)
                       when 'FLY_PROOF_FACILITIES' then jsonb_build_object('FACILITIES_CHECKED', 50,
                               'COMPLIANT_FACILITIES', 50 - k % 2)
                       when 'COCKROACH_STICKY_TRAP' then jsonb_build_object('VALID_TRAPS', 10,
                               'POSITIVE_TRAPS', case when k % 5 = 0 then 1 else 0 end,
                               'COCKROACHES_CAUGHT', case when k % 5 = 0 then 3 else 0 end)
                       else jsonb_build_object('ROOMS_CHECKED', 20,
                               'ROOMS_WITH_ADULTS_OR_NYMPHS', case when k % 2 = 0 then 1 else 0 end,
                               'ROOMS_WITH_EGG_CASES', case when k % 10 = 0 then 1 else 0 end,
                               'ROOMS_WITH_TRACES', case when k % 4 = 0 then 1 else 0 end)
                   end,
                   :by, :at
            from generate_series(0, :records - 1) as g(i)
            cross join lateral (select g.i / 16 as k) as per_method
            join (values (0, 'RAT_TRAP_NIGHT', 'RAT'), (1, 'RAT_POWDER_PATCH', 'RAT'), (2, 'RAT_INDOOR_SIGNS', 'RAT'),
                         (3, 'RAT_OUTDOOR_PATH', 'RAT'), (4, 'RAT_PROOF_FACILITIES', 'RAT'),
                         (5, 'MOSQUITO_LIGHT_TRAP', 'MOSQUITO'), (6, 'MOSQUITO_BRETEAU', 'MOSQUITO'),
                         (7, 'MOSQUITO_SMALL_WATER_BODIES', 'MOSQUITO'), (8, 'MOSQUITO_LARGE_WATER_DIPPER', 'MOSQUITO'),
                         (9, 'MOSQUITO_HUMAN_LANDING', 'MOSQUITO'), (10, 'FLY_CAGE', 'FLY'),
                         (11, 'FLY_INDOOR_ROOMS', 'FLY'), (12, 'FLY_OUTDOOR_BREEDING', 'FLY'),
                         (13, 'FLY_PROOF_FACILITIES', 'FLY'), (14, 'COCKROACH_STICKY_TRAP', 'COCKROACH'),
                         (15, 'COCKROACH_ROOM_INSPECTION', 'COCKROACH')) as m(slot, method, species)
              on m.slot = g.i % 16""";

    private final int records;
    private final String basePath;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SyntheticSurvey(@Value("${yiwang.vector-control.synthetic-survey-records:0}") int records,
                    @Value("${yiwang.api.base-path}") String basePath, JdbcClient jdbc,
                    TransactionTemplate transactions, Clock clock) {
        if (records < 0) {
            throw new IllegalArgumentException("yiwang.vector-control.synthetic-survey-records must be 0 (off) or more: " + records);
        }
        this.records = records;
        this.basePath = basePath;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (records > 0) {
            load();
        }
    }

    /**
     * Writes the survey and its records in one transaction unless the survey is there already; two
     * instances starting together insert it once (the second waits on the survey's key and skips).
     *
     * @return whether this call wrote it
     */
    boolean load() {
        long started = System.nanoTime();
        Boolean written = transactions.execute(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            int inserted = jdbc.sql("""
                            insert into survey (id, region_code, period_start, period_end, status, table_version,
                                                opened_by, opened_at, evaluated_at, version)
                            values (:id, :region, :start, :end, 'OPEN', null, :by, :at, null, 0)
                            on conflict (id) do nothing""")
                    .param("id", SURVEY_ID).param("region", REGION).param("start", PERIOD_START)
                    .param("end", PERIOD_END).param("by", ENTERED_BY).param("at", now)
                    .update();
            if (inserted == 0) {
                return false;
            }
            jdbc.sql(RECORDS).param("survey", SURVEY_ID).param("start", PERIOD_START)
                    .param("days", (int) (PERIOD_END.toEpochDay() - PERIOD_START.toEpochDay() + 1))
                    .param("by", ENTERED_BY).param("at", now).param("records", records).update();
            return true;
        });
        String evaluation = basePath + "/surveys/" + SURVEY_ID + "/evaluation";
        if (Boolean.TRUE.equals(written)) {
            log.info("Synthetic survey loaded in {} ms: {} monitoring records of 渭滨区 ({}) {}…{}; evaluate it with GET {}",
                    (System.nanoTime() - started) / 1_000_000, records, REGION, PERIOD_START, PERIOD_END, evaluation);
        } else {
            int present = jdbc.sql("select count(*) from monitoring_record where survey_id = ?").param(SURVEY_ID)
                    .query(Integer.class).single();
            log.info("Synthetic survey already present with {} monitoring records (asked for {}): 渭滨区 ({}) {}…{}; "
                    + "evaluate it with GET {}", present, records, REGION, PERIOD_START, PERIOD_END, evaluation);
        }
        return Boolean.TRUE.equals(written);
    }
}
