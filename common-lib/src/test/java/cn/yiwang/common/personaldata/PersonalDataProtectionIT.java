package cn.yiwang.common.personaldata;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.common.test.WithEmbeddedPostgres;
import cn.yiwang.common.test.WithTokenIssuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service storing people through the protector, on a real PostgreSQL with real tokens: the
 * number is never in the table or the logs in clear, is found by its keyed hash, and is shown in
 * full only to its owner and authorised staff.
 */
@SpringBootTest(classes = PersonalDataTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.application.name=personal-data-it",
                "spring.flyway.locations=classpath:personaldata/migration",
                "yiwang.personal-data.encryption-keys.k1=" + PersonalDataProtectionIT.AES_KEY,
                "yiwang.personal-data.current-key-id=k1",
                "yiwang.personal-data.hash-key=" + PersonalDataProtectionIT.HASH_KEY})
@WithEmbeddedPostgres
@WithTokenIssuer
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataProtectionIT {

    /** Test-only keys: 32 bytes of 0x01 and of 0x09. */
    static final String AES_KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    static final String HASH_KEY = "CQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQk=";

    private static final String OWNER_ID = "610326199001011233";
    private static final String OWNER_PHONE = "13812341234";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataProtector protector;

    private final HttpClient http = HttpClient.newHttpClient();

    /**
     * The services fetch the issuer's metadata and keys on the first request with Nimbus' 500 ms
     * timeouts; the test issuer's very first answers are slower than that on a busy 2-core machine.
     */
    @BeforeAll
    static void warmUpTheTokenIssuer() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String path : new String[]{"/.well-known/openid-configuration", "/jwks"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(Tokens.issuerUri() + path))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anIdNumberIsStoredEncryptedFoundByItsHashAndShownOnlyToItsOwnerAndStaff(CapturedOutput output) throws Exception {
        String clerk = Tokens.forRoles("window-clerk").region("610326").bearer();
        HttpResponse<String> created = send("POST", "/persons", clerk,
                "{\"idNumber\":\"" + OWNER_ID.toLowerCase() + "\",\"phone\":\"" + OWNER_PHONE + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));

        String raw = jdbc.queryForObject("select id_number || ' ' || id_hash || ' ' || phone from person where id = ?",
                String.class, id);
        assertThat(raw).doesNotContain(OWNER_ID).doesNotContain(OWNER_PHONE).contains("v1:AES:k1:");
        assertThat(jdbc.queryForObject("select count(*) from person where id_hash = ?", Integer.class, protector.hash(OWNER_ID)))
                .as("found by the keyed hash of the number").isEqualTo(1);

        String owner = Tokens.forRoles("citizen").idHash(protector.hash(OWNER_ID)).bearer();
        assertThat(send("GET", "/persons/" + id, owner, null).body())
                .contains("\"idNumber\":\"" + OWNER_ID + "\"").contains("\"phone\":\"" + OWNER_PHONE + "\"");

        String anotherCitizen = Tokens.forRoles("citizen").idHash(protector.hash("11010519491231002X")).bearer();
        assertThat(send("GET", "/persons/" + id, anotherCitizen, null).body())
                .contains("\"idNumber\":\"6103**********1233\"").contains("\"phone\":\"138****1234\"").doesNotContain(OWNER_ID);

        String hotlineAgent = Tokens.forRoles("hotline-agent").region("610326").bearer();
        assertThat(send("GET", "/persons?idNumber=" + URLEncoder.encode(OWNER_ID, StandardCharsets.UTF_8), hotlineAgent, null).body())
                .as("staff without the right find the record but see it masked")
                .contains("\"idNumber\":\"6103**********1233\"").doesNotContain(OWNER_ID);

        assertThat(send("GET", "/persons?idNumber=" + OWNER_ID, clerk, null).body()).contains("\"idNumber\":\"" + OWNER_ID + "\"");

        // The controller logs the number and phone in clear on purpose; the guard must have masked them.
        assertThat(output.getAll()).contains("registering 6103**********1233 with phone 138****1234")
                .contains("6103**********1233").doesNotContain(OWNER_ID).doesNotContain(OWNER_PHONE);
    }

    @Test
    void aNumberWithAWrongCheckCharacterIsRefusedInTheCallersLanguage() throws Exception {
        String clerk = Tokens.forRoles("window-clerk").region("610326").bearer();
        String wrongCheck = "{\"idNumber\":\"610326199001011234\"}";
        HttpResponse<String> refused = send("POST", "/persons", clerk, wrongCheck, "zh-CN");
        assertThat(refused.statusCode()).as("the platform's validation status").isEqualTo(422);
        assertThat(refused.body()).contains("居民身份证号码校验码不正确");
        assertThat(send("POST", "/persons", clerk, wrongCheck, "en").body())
                .contains("the check character of the citizen identity number does not match");
    }

    @Test
    void withoutATokenNothingIsShown() throws Exception {
        assertThat(send("GET", "/persons/1", null, null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> send(String method, String path, String bearer, String json) throws Exception {
        return send(method, path, bearer, json, "zh-CN");
    }

    private HttpResponse<String> send(String method, String path, String bearer, String json, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language);
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
