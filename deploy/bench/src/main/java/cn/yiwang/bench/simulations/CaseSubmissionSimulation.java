package cn.yiwang.bench.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.UUID;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Issue #5: online applications by a demo citizen through the gateway at {@code bench.rate}/s for
 * {@code bench.duration} s, each with its own Idempotency-Key; the body ({@code bench.body}) is
 * the same valid application for the chosen item. Acknowledged = answered 201; the runner then
 * compares that with the rows case-service stored.
 */
public class CaseSubmissionSimulation extends Simulation {

    HttpProtocolBuilder protocol = http.baseUrl(Params.gateway()).acceptHeader("application/json")
            .contentTypeHeader("application/json").acceptLanguageHeader("zh-CN")
            .authorizationHeader(Params.bearer()).shareConnections();

    ScenarioBuilder submissions = scenario("case submission")
            .exec(session -> session.set("key", UUID.randomUUID().toString()))
            .exec(http("submit case").post("/api/v1/cases").header("Idempotency-Key", "#{key}")
                    .body(StringBody(Params.text("body"))).check(status().is(201)));

    {
        setUp(submissions.injectOpen(constantUsersPerSec(Params.number("rate")).during(Params.seconds("duration"))))
                .protocols(protocol);
    }
}
