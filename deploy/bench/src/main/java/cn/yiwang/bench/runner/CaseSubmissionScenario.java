package cn.yiwang.bench.runner;

import cn.yiwang.bench.simulations.CaseSubmissionSimulation;
import cn.yiwang.deploy.local.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Issue #5: online applications through the gateway for 60 s at a rate above 200/s; at least 200
 * acknowledged per second, and none lost — the rows case-service stored equal the 201s the
 * applicants got.
 */
final class CaseSubmissionScenario implements Scenario {

    static final double TARGET_RATE = 200;
    static final int TARGET_SECONDS = 60;

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public String target() {
        return "#5 case submission: ≥ 200 accepted/s for 60 s through the gateway, zero loss";
    }

    @Override
    public List<Result> run(Bench bench) {
        Settings settings = bench.settings();
        Application application = Application.find(bench.api());
        long before = bench.count(Component.CASES, "select count(*) from case_file");
        double rate = settings.number("cases.rate");
        int seconds = settings.integer("cases.duration");
        GatlingRun.Outcome outcome = bench.gatling(CaseSubmissionSimulation.class, Map.of(
                "token", bench.api().freshToken(Application.CITIZEN), "body", application.body(),
                "rate", settings.text("cases.rate"), "duration", Integer.toString(seconds)), "case submissions");
        RequestStats stats = outcome.request("submit case");
        long acknowledged = stats.ok();
        // A request that timed out on the client may still commit: wait until the count settles.
        long[] stored = new long[1];
        Bench.await(Duration.ofSeconds(30), Duration.ofSeconds(2), () -> {
            long now = bench.count(Component.CASES, "select count(*) from case_file") - before;
            boolean settled = now == stored[0];
            stored[0] = now;
            return settled && now >= acknowledged;
        });
        double acceptedPerSecond = acknowledged / (double) seconds;
        ZeroLoss loss = new ZeroLoss(acknowledged, stored[0]);
        boolean met = acceptedPerSecond >= TARGET_RATE && loss.exact() && stats.ko() == 0;
        boolean reproduced = rate >= TARGET_RATE && seconds >= TARGET_SECONDS;
        String notes = String.format(java.util.Locale.ROOT,
                "item %s (a 即办件 open to Mei County applicants, filed at its hall), offered %.0f/s for %d s: %d acknowledged (%.1f/s), %d refused or failed, %d stored by case-service — %s",
                application.itemCode(), rate, seconds, acknowledged, acceptedPerSecond, stats.ko(), stored[0], loss.describe());
        // Zero loss is checked at any load; the throughput only at the target's.
        Result.Verdict verdict = !loss.noneLost() ? Result.Verdict.NOT_MET : Verdicts.verdict(met, reproduced);
        return List.of(new Result("case submission (gateway)", "≥ 200 accepted/s for 60 s, zero loss (#5)",
                stats.throughput(), stats.p50(), stats.p95(), stats.p99(), Result.errors(stats),
                bench.memory("gateway", "case-service"), verdict, bench.link(outcome), notes));
    }
}
