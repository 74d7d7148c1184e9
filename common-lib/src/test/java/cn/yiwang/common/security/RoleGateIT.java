package cn.yiwang.common.security;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.common.test.WithEmbeddedPostgres;
import cn.yiwang.common.test.WithTokenIssuer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CallableBy} in a running servlet service: a caller without the role is refused before the
 * body is read, with the same RFC 9457 problem as any other refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = RoleGateIT.App.class)
@WithEmbeddedPostgres
@WithTokenIssuer
class RoleGateIT {

    private static final String MADE_UP = "{\"regionCode\": \"权限矩阵\"}";
    private static final String VALID = "{\"regionCode\": \"610326\"}";

    @LocalServerPort
    int port;

    @Autowired
    PlaceController places;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aCallerWithoutTheRoleWhoSendsAMadeUpBodyIsRefusedWith403NotWithAValidationError() throws Exception {
        HttpResponse<String> response = post(Tokens.forRoles(Roles.CITIZEN).subject("gate-citizen").bearer(), MADE_UP, "zh-CN");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:yiwang:problem:forbidden");
        assertThat(problem.path("title").asText()).isEqualTo("无权操作");
        assertThat(problem.path("detail").asText()).isEqualTo("您的角色无权执行此操作。");
        assertThat(problem.path("instance").asText()).isEqualTo("/places");
        assertThat(places.reachedBy).as("the controller never ran").doesNotContain("gate-citizen");
    }

    @Test
    void theRefusalReadsInEnglishForCallersWhoAskForIt() throws Exception {
        HttpResponse<String> response = post(Tokens.forRoles(Roles.OPS).bearer(), VALID, "en");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).path("detail").asText()).isEqualTo("Your role may not do this.");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
    }

    @Test
    void aCallerWithTheRoleStillHasTheBodyValidated() throws Exception {
        HttpResponse<String> response = post(Tokens.forRoles(Roles.AIWEI_OFFICER).bearer(), MADE_UP, "zh-CN");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json.readTree(response.body()).path("type").asText()).isEqualTo("urn:yiwang:problem:validation-failed");
    }

    @Test
    void aCallerWithTheRoleAndAValidBodyIsServed() throws Exception {
        HttpResponse<String> response = post(Tokens.forRoles(Roles.AIWEI_OFFICER).bearer(), VALID, "zh-CN");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("610326");
    }

    @Test
    void aCallerWithoutATokenIsStillRefusedWith401ByTheFilterChain() throws Exception {
        HttpResponse<String> response = post(null, MADE_UP, "zh-CN");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json.readTree(response.body()).path("type").asText()).isEqualTo("urn:yiwang:problem:unauthorized");
    }

    private HttpResponse<String> post(String bearer, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/places"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(PlaceController.class)
    static class App {
    }

    record PlaceRequest(@NotBlank @Pattern(regexp = "\\d{6}") String regionCode) {
    }

    @RestController
    static class PlaceController {

        final Set<String> reachedBy = ConcurrentHashMap.newKeySet();

        @PostMapping("/places")
        @CallableBy(Roles.AIWEI_OFFICER)
        String register(@Valid @RequestBody PlaceRequest request, Actor actor) {
            reachedBy.add(actor.subject());
            return request.regionCode();
        }
    }
}
