package cn.yiwang.bench.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Issue #11's event lag: the hall's clerk concludes prepared 即办件 cases ({@code bench.cases}, one
 * id a line) at {@code bench.rate}/s for {@code bench.duration} s; each conclusion publishes
 * {@code case.concluded}, and the runner then measures when review-service created each invitation.
 */
public class ConclusionSimulation extends Simulation {

    HttpProtocolBuilder protocol = http.baseUrl(Params.gateway()).acceptHeader("application/json")
            .contentTypeHeader("application/json").acceptLanguageHeader("zh-CN")
            .authorizationHeader(Params.bearer()).shareConnections();

    ScenarioBuilder conclusions = scenario("case conclusions")
            .feed(csv(Params.text("cases")).queue())
            .exec(http("conclude case").post("/api/v1/cases/#{id}/immediate-conclusion")
                    .body(StringBody("{\"outcome\":\"APPROVED\",\"result\":\"准予办理\"}")).check(status().is(200)));

    {
        setUp(conclusions.injectOpen(constantUsersPerSec(Params.number("rate")).during(Params.seconds("duration"))))
                .protocols(protocol);
    }
}
