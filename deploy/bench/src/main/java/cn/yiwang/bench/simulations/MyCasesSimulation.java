package cn.yiwang.bench.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Issue #5 with many cases loaded: the applicant's first page of "my cases" (一人一档) and a case
 * by its number, each at {@code bench.rate}/s for {@code bench.duration} s, through the gateway —
 * my cases with the applicant's token ({@code bench.token}), the numbers ({@code bench.numbers})
 * with {@code bench.numbers-token} (a supervisor's for a sample of the city's cases, or the applicant's own).
 */
public class MyCasesSimulation extends Simulation {

    HttpProtocolBuilder protocol = http.baseUrl(Params.gateway()).acceptHeader("application/json")
            .acceptLanguageHeader("zh-CN").authorizationHeader(Params.bearer()).shareConnections();

    ScenarioBuilder mine = scenario("my cases")
            .exec(http("my cases").get("/api/v1/cases/mine?page=0&size=20").check(status().is(200)));

    ScenarioBuilder byNumber = scenario("case by number")
            .feed(csv(Params.text("numbers")).circular())
            .exec(http("case by number").get("/api/v1/cases/by-number/#{number}")
                    .header("Authorization", "Bearer " + Params.text("numbers-token")).check(status().is(200)));

    {
        setUp(mine.injectOpen(constantUsersPerSec(Params.number("rate")).during(Params.seconds("duration"))),
                byNumber.injectOpen(constantUsersPerSec(Params.number("rate")).during(Params.seconds("duration"))))
                .protocols(protocol);
    }
}
