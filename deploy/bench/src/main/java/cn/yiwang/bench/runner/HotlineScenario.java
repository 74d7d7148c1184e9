package cn.yiwang.bench.runner;

import cn.yiwang.bench.simulations.HotlineSimulation;
import cn.yiwang.deploy.local.Component;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue #8: 10,000 12345 reports in 60 s through the gateway, every one stored and dispatched by
 * the dispatch rule at intake, none lost. The platform runs with
 * {@code YIWANG_HOTLINE_TICKETS_AUTODISPATCHCHANNELS=MOBILE} (run.sh), so an unflagged mobile
 * complaint goes straight to the department its category and county name (rats in Mei County → the
 * county's 爱卫办).
 */
final class HotlineScenario implements Scenario {

    static final long TARGET_TICKETS = 10_000;
    static final int TARGET_SECONDS = 60;

    /** A mobile complaint by the demo citizen; {@code #{n}} makes every place different (no duplicates). */
    static final String BODY = """
            {"channel":"MOBILE","type":"COMPLAINT","categoryCode":"env.vector.rats","regionCode":"610326",\
            "location":"眉县首善镇压测路#{n}号","description":"小区垃圾站附近老鼠很多（压测 #{n}）",\
            "caller":{"name":"压测","phone":"13800000000"}}""";

    @Override
    public String name() {
        return "hotline";
    }

    @Override
    public String target() {
        return "#8 hotline burst: 10,000 tickets in 60 s through the gateway, all stored and dispatched by rule, none lost";
    }

    @Override
    public List<Result> run(Bench bench) {
        Settings settings = bench.settings();
        long storedBefore = bench.count(Component.HOTLINE, "select count(*) from ticket");
        long dispatchedBefore = bench.count(Component.HOTLINE, "select count(*) from ticket where dispatched_at is not null");
        double rate = settings.number("hotline.rate");
        int seconds = settings.integer("hotline.duration");
        GatlingRun.Outcome outcome = bench.gatling(HotlineSimulation.class, Map.of(
                "token", bench.api().freshToken(Application.CITIZEN), "body", BODY,
                "rate", settings.text("hotline.rate"), "duration", Integer.toString(seconds)), "hotline burst");
        RequestStats stats = outcome.request("report to 12345");
        long acknowledged = stats.ok();
        long[] stored = {-1};
        Bench.await(Duration.ofSeconds(30), Duration.ofSeconds(2), () -> {
            long now = bench.count(Component.HOTLINE, "select count(*) from ticket") - storedBefore;
            boolean settled = now == stored[0];
            stored[0] = now;
            return settled && now >= acknowledged;
        });
        long dispatched = bench.count(Component.HOTLINE, "select count(*) from ticket where dispatched_at is not null")
                - dispatchedBefore;
        ZeroLoss loss = new ZeroLoss(acknowledged, stored[0]);
        boolean allDispatched = dispatched == stored[0];
        // The target: every ticket sent is stored and dispatched — a refusal (e.g. 503) fails it too.
        boolean met = loss.exact() && allDispatched && stats.ko() == 0 && acknowledged >= TARGET_TICKETS;
        boolean reproduced = rate * seconds >= TARGET_TICKETS && seconds <= TARGET_SECONDS;
        String notes = String.format(Locale.ROOT,
                "offered %.0f/s for %d s: %d acknowledged, %d refused or failed, %d stored, %d of them dispatched by rule at intake — %s%s",
                rate, seconds, acknowledged, stats.ko(), stored[0], dispatched, loss.describe(),
                allDispatched ? "" : "; **not all stored tickets were dispatched**");
        Result.Verdict verdict = !loss.noneLost() || !allDispatched ? Result.Verdict.NOT_MET
                : Verdicts.verdict(met, reproduced);
        return List.of(new Result("hotline burst (gateway)", "10,000 tickets in 60 s, all stored and dispatched by rule (#8)",
                stats.throughput(), stats.p50(), stats.p95(), stats.p99(), Result.errors(stats),
                bench.memory("gateway", "hotline-service", "vector-control-service"), verdict, bench.link(outcome), notes));
    }
}
