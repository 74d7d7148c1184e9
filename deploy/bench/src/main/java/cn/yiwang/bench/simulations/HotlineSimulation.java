package cn.yiwang.bench.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Issue #8: a burst of 12345 reports from the mobile channel through the gateway — {@code bench.rate}/s
 * for {@code bench.duration} s — in categories that have a dispatch rule, so each is dispatched by
 * the rule at intake (the runner switches on auto-dispatch for MOBILE). Each report names a
 * different place so none is a duplicate of another.
 */
public class HotlineSimulation extends Simulation {

    private static final AtomicLong SERIAL = new AtomicLong();

    HttpProtocolBuilder protocol = http.baseUrl(Params.gateway()).acceptHeader("application/json")
            .contentTypeHeader("application/json").acceptLanguageHeader("zh-CN")
            .authorizationHeader(Params.bearer()).shareConnections();

    ScenarioBuilder intake = scenario("hotline burst")
            .exec(session -> session.set("n", SERIAL.incrementAndGet()))
            .exec(http("report to 12345").post("/api/v1/hotline/tickets")
                    .body(StringBody(Params.text("body"))).check(status().is(201)));

    {
        setUp(intake.injectOpen(constantUsersPerSec(Params.number("rate")).during(Params.seconds("duration"))))
                .protocols(protocol);
    }
}
