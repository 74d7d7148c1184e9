package cn.yiwang.bench.runner;

import cn.yiwang.bench.simulations.MyCasesSimulation;
import cn.yiwang.deploy.local.Component;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue #5 at scale: with 1,000,000 cases in case-service, a case by its number (p99 ≤ 20 ms) and
 * the applicant's first page of "my cases" (p99 ≤ 50 ms), through the gateway with her token. The
 * cases are case-service's synthetic ones ({@code YIWANG_CASES_SYNTHETICCASES}) plus the demo
 * citizen's own, whose numbers are read from her list.
 */
final class MyCasesScenario implements Scenario {

    static final long TARGET_CASES = 1_000_000;
    /** Sees every case accepted or decided in Baoji (610300 and its counties). */
    static final String SUPERVISOR = "supervisor.baoji";

    @Override
    public String name() {
        return "mycases";
    }

    @Override
    public String target() {
        return "#5 with 1,000,000 cases: case by number p99 ≤ 20 ms, my cases p99 ≤ 50 ms";
    }

    @Override
    public List<Result> run(Bench bench) {
        Api api = bench.api();
        Settings settings = bench.settings();
        List<String> numbers = numbers(api);
        if (numbers.size() < 20) {
            Application application = Application.find(api);
            for (int i = 0; i < 20; i++) {
                application.submit(api);
            }
            numbers = numbers(api);
        }
        long cases = bench.count(Component.CASES, "select count(*) from case_file");
        // Numbers spread over the whole table where there is one (synthetic cases), read by Baoji's
        // supervisor, who may see every case accepted in the city; otherwise the citizen's own.
        String numbersUser = Application.CITIZEN;
        List<String> spread = bench.strings(Component.CASES, "select number from case_file where accepting_region like '6103%' "
                + "and random() < 0.05 limit 2000");
        if (spread.size() >= 100 && api.get(SUPERVISOR, "/api/v1/cases/by-number/" + spread.get(0)).status() == 200) {
            numbers = spread;
            numbersUser = SUPERVISOR;
        }
        String feeder = bench.feeder("case-numbers.csv", "number", numbers).toString();
        Map<String, String> parameters = Map.of("token", api.freshToken(Application.CITIZEN), "numbers", feeder,
                "numbers-token", api.freshToken(numbersUser),
                "rate", settings.text("mycases.rate"), "duration", settings.text("mycases.duration"));
        // Warm figures, as for the other read scenarios: the same requests at the same rate first, so
        // the optimising compiler has compiled the paths before the measured run.
        Map<String, String> warmUp = new java.util.HashMap<>(parameters);
        warmUp.put("duration", settings.text("warmup.duration"));
        bench.gatling(MyCasesSimulation.class, warmUp, "my cases warm-up");
        GatlingRun.Outcome outcome = bench.gatling(MyCasesSimulation.class, parameters, "my cases and case by number");
        String memory = bench.memory("gateway", "case-service");
        boolean reproduced = cases >= TARGET_CASES;
        String notes = cases + " cases in case-service; my cases: " + Application.CITIZEN + "'s first page; by number: "
                + numbers.size() + " numbers read by " + numbersUser
                + (numbersUser.equals(SUPERVISOR) ? " (a random sample of the cases accepted in Baoji)" : " (her own cases)") + "; "
                + settings.text("mycases.rate") + " req/s of each for " + settings.text("mycases.duration") + " s";
        RequestStats byNumber = outcome.request("case by number");
        RequestStats mine = outcome.request("my cases");
        return List.of(
                new Result("case by number (gateway)", "p99 ≤ 20 ms with 1,000,000 cases (#5)", byNumber.throughput(),
                        byNumber.p50(), byNumber.p95(), byNumber.p99(), Result.errors(byNumber), memory,
                        Verdicts.verdict(byNumber.p99() <= 20 && byNumber.ko() == 0, reproduced), bench.link(outcome), notes),
                new Result("my cases, first page (gateway)", "p99 ≤ 50 ms with 1,000,000 cases (#5)", mine.throughput(),
                        mine.p50(), mine.p95(), mine.p99(), Result.errors(mine), memory,
                        Verdicts.verdict(mine.p99() <= 50 && mine.ko() == 0, reproduced), bench.link(outcome), null));
    }

    private static List<String> numbers(Api api) {
        List<String> numbers = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            JsonNode answer = Api.expect(200, api.get(Application.CITIZEN, "/api/v1/cases/mine?size=100&page=" + page),
                    "my cases");
            List<JsonNode> items = Pages.items(answer);
            items.forEach(item -> numbers.add(item.path("number").asString()));
            if (items.size() < 100) {
                break;
            }
        }
        return numbers;
    }
}
