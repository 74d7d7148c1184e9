package cn.yiwang.bench.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Issue #4: the public guide by code and the keyword search, half each, anonymous, through the
 * gateway; a fifth of the searches ask for a later page (2–10) of their answer. {@code bench.mode=rate}: {@code bench.rate} requests/s for {@code bench.duration} s
 * (the p99 target); {@code bench.mode=max}: {@code bench.users} callers back to back (the maximum
 * throughput).
 */
public class CatalogSimulation extends Simulation {

    HttpProtocolBuilder protocol = http.baseUrl(Params.gateway()).acceptHeader("application/json")
            .acceptLanguageHeader("zh-CN").shareConnections();

    ScenarioBuilder reads = scenario("catalog")
            .feed(csv(Params.text("codes")).circular())
            .feed(csv(Params.text("keywords")).random())
            .exec(randomSwitch().on(
                    percent(50.0).then(http("guide by code").get("/api/v1/catalog/public/items/#{code}")
                            .check(status().is(200))),
                    // Most searches read the first page, which the service's answer cache keeps; one in five
                    // goes on to a later page (2–10), the long tail that mostly reaches PostgreSQL.
                    percent(40.0).then(http("keyword search").get("/api/v1/catalog/public/items")
                            .queryParam("keyword", "#{keyword}").queryParam("size", "20")
                            .check(status().is(200))),
                    percent(10.0).then(http("keyword search").get("/api/v1/catalog/public/items")
                            .queryParam("keyword", "#{keyword}").queryParam("size", "20")
                            .queryParam("page", session -> 1 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9))
                            .check(status().is(200)))));

    {
        if ("max".equals(Params.text("mode"))) {
            setUp(reads.injectClosed(constantConcurrentUsers(Params.integer("users")).during(Params.seconds("duration"))))
                    .protocols(protocol);
        } else {
            setUp(reads.injectOpen(constantUsersPerSec(Params.number("rate")).during(Params.seconds("duration"))))
                    .protocols(protocol);
        }
    }
}
