package cn.yiwang.bench.runner;

import cn.yiwang.bench.simulations.ConclusionSimulation;
import cn.yiwang.deploy.local.Component;
import tools.jackson.databind.JsonNode;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Issue #11: the lag from {@code case.concluded} to the evaluation invitation at 100 conclusions/s
 * (target p99 ≤ 2 s), and — while those conclusions run — how soon the hall's public 好差评 figures
 * show a new evaluation.
 *
 * <p>Outside the measured window the citizen files the cases (即办件 of Mei County) and a few are
 * concluded and invited for the freshness probes. In the window the hall's clerk concludes the
 * rest at the set rate (Gatling); each conclusion's lag is review-service's
 * {@code invitation.created_at − served_at} (when it stored the invitation minus when the case was
 * concluded, as the event carries it), read from review-service's database.
 */
final class EventLagScenario implements Scenario {

    static final double TARGET_RATE = 100;
    static final long TARGET_P99_MS = 2_000;

    @Override
    public String name() {
        return "eventlag";
    }

    @Override
    public String target() {
        return "#11 event lag case.concluded → invitation: p99 ≤ 2 s at 100 conclusions/s; statistics freshness under load";
    }

    @Override
    public List<Result> run(Bench bench) throws Exception {
        Api api = bench.api();
        Settings settings = bench.settings();
        double rate = settings.number("lag.rate");
        int seconds = settings.integer("lag.duration");
        Application application = Application.find(api);

        // Invitations to rate during the window (one evaluation each), made before it.
        int probes = Math.max(3, seconds / 3);
        List<String> probeNumbers = new ArrayList<>();
        for (int i = 0; i < probes; i++) {
            JsonNode filed = application.submit(api);
            Api.expect(200, api.post(Application.CLERK, "/api/v1/cases/" + filed.path("id").asString()
                    + "/immediate-conclusion", Map.of("outcome", "APPROVED", "result", "准予办理")), "conclusion");
            probeNumbers.add(filed.path("number").asString());
        }
        List<String> invitations = new ArrayList<>();
        boolean invited = Bench.await(Duration.ofSeconds(120), Duration.ofSeconds(1), () -> {
            invitations.clear();
            for (int page = 0; page < 10; page++) {
                List<JsonNode> items = Pages.items(Api.expect(200, api.get(Application.CITIZEN,
                        "/api/v1/reviews/invitations/mine?size=100&page=" + page), "invitations"));
                items.stream().filter(i -> probeNumbers.contains(i.path("serviceNumber").asString()))
                        .forEach(i -> invitations.add(i.path("id").asString()));
                if (items.size() < 100) {
                    break;
                }
            }
            return invitations.size() == probes;
        });
        if (!invited) {
            throw new IllegalStateException("only " + invitations.size() + " of " + probes
                    + " probe invitations arrived within 120 s");
        }

        // The cases the window concludes: filed now, four at a time.
        int needed = (int) Math.ceil(rate * seconds * 1.05) + 5;
        List<String> caseIds = Collections.synchronizedList(new ArrayList<>());
        ExecutorService filing = Executors.newFixedThreadPool(4);
        List<Future<?>> filed = new ArrayList<>();
        for (int i = 0; i < needed; i++) {
            filed.add(filing.submit(() -> caseIds.add(application.submit(api).path("id").asString())));
        }
        for (Future<?> future : filed) {
            future.get();
        }
        filing.shutdown();
        String feeder = bench.feeder("cases-to-conclude.csv", "id", caseIds).toString();

        // The window: conclusions at the rate, evaluations probed alongside.
        String clerkToken = api.freshToken(Application.CLERK);
        ExecutorService probing = Executors.newSingleThreadExecutor();
        Future<List<Long>> freshness = probing.submit(() -> probeFreshness(api, invitations, seconds));
        GatlingRun.Outcome outcome = bench.gatling(ConclusionSimulation.class, Map.of("token", clerkToken,
                "cases", feeder, "rate", settings.text("lag.rate"), "duration", Integer.toString(seconds)),
                "conclusions for the event lag");
        List<Long> freshnessMs = freshness.get(5, TimeUnit.MINUTES);
        probing.shutdown();
        RequestStats conclusions = outcome.request("conclude case");

        // Every concluded case's invitation, as review-service stored it.
        List<Long> lags = new ArrayList<>();
        long expected = conclusions.ok();
        Bench.await(Duration.ofSeconds(120), Duration.ofSeconds(2), () -> {
            lags.clear();
            lags.addAll(lags(bench, caseIds));
            return lags.size() >= expected;
        });
        Percentiles lag = Percentiles.of(lags);
        long missing = expected - lag.count();
        boolean reproduced = rate >= TARGET_RATE;
        boolean met = missing == 0 && lag.p99() <= TARGET_P99_MS && conclusions.ko() == 0;
        Result.Verdict lagVerdict = missing > 0 ? Result.Verdict.NOT_MET : Verdicts.verdict(met, reproduced);
        String memory = bench.memory("gateway", "case-service", "review-service");
        String lagNotes = String.format(Locale.ROOT,
                "%d conclusions at %.0f/s for %d s (clerk, 即办件): %d invitations found, %d missing, max lag %d ms; "
                        + "the conclusion calls themselves: p50 %d ms, p99 %d ms, %d errors. Lag = invitation.created_at − served_at in review-service's database",
                conclusions.total(), rate, seconds, lag.count(), missing, lag.max(), conclusions.p50(), conclusions.p99(),
                conclusions.ko());
        Percentiles fresh = Percentiles.of(freshnessMs);
        Result lagResult = new Result("event lag case.concluded → invitation", "p99 ≤ 2 s at 100 conclusions/s (#11)",
                lag.count() / (double) seconds, lag.p50(), lag.p95(), lag.p99(), missing + " missing of " + expected, memory,
                lagVerdict, bench.link(outcome), lagNotes);
        Result freshnessResult = new Result("review statistics freshness under load",
                "none numeric in #11 (reported)", null, fresh.p50(), fresh.p95(), fresh.p99(),
                (probes - fresh.count()) + " not shown of " + probes, bench.memory("review-service"), Result.Verdict.INFO,
                null, String.format(Locale.ROOT,
                        "%d evaluations by the citizen during the conclusions; time from the evaluation's 201 until "
                                + "GET /api/v1/reviews/public/statistics/organisations/{hall} counts it (polled every 50 ms; max %d ms)",
                        fresh.count(), fresh.max()));
        return List.of(lagResult, freshnessResult);
    }

    /** Rates one invitation after another across the window; per evaluation, ms until the public figure counts it. */
    private static List<Long> probeFreshness(Api api, List<String> invitations, int seconds) throws InterruptedException {
        String period = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString().substring(0, 7);
        String figures = "/api/v1/reviews/public/statistics/organisations/" + Application.HALL + "?period=" + period;
        long pause = Math.max(200, seconds * 1000L / invitations.size());
        List<Long> result = new ArrayList<>();
        for (String invitation : invitations) {
            long before = Api.expect(200, api.get(null, figures), "hall figures").path("counts").path("rated").asLong();
            Api.expect(201, api.post(Application.CITIZEN, "/api/v1/reviews/evaluations", Map.of("invitationId", invitation,
                    "rating", Map.of("level", "VERY_SATISFIED", "text", "办理很快", "channel", 2))), "evaluation");
            long rated = System.nanoTime();
            boolean shown = Bench.await(Duration.ofSeconds(30), Duration.ofMillis(50), () ->
                    Api.expect(200, api.get(null, figures), "hall figures").path("counts").path("rated").asLong() > before);
            if (shown) {
                result.add((System.nanoTime() - rated) / 1_000_000);
            }
            Thread.sleep(pause);
        }
        return result;
    }

    private static List<Long> lags(Bench bench, List<String> caseIds) {
        List<Long> result = new ArrayList<>();
        try (Connection connection = bench.connect(Component.REVIEW);
             PreparedStatement statement = connection.prepareStatement("""
                     select (extract(epoch from (created_at - served_at)) * 1000)::bigint
                     from invitation where source = 'CASE' and source_id = any(?)""")) {
            Array ids = connection.createArrayOf("varchar", caseIds.toArray());
            statement.setArray(1, ids);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("review: " + e.getMessage(), e);
        }
        return result;
    }
}
