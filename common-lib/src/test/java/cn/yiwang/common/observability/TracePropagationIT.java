package cn.yiwang.common.observability;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.common.test.WithEmbeddedPostgres;
import cn.yiwang.common.test.WithTokenIssuer;
import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway starts a trace; every service must continue it, so one request reads as one trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = TracePropagationIT.App.class)
@WithEmbeddedPostgres
@WithTokenIssuer
class TracePropagationIT {

    @LocalServerPort
    int port;

    @Test
    void aRequestCarryingATraceparentContinuesThatTraceInTheService() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/trace"))
                .header("Authorization", Tokens.forRoles("citizen").bearer())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(traceId);
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(TraceController.class)
    static class App {
    }

    @RestController
    static class TraceController {

        private final Tracer tracer;

        TraceController(Tracer tracer) {
            this.tracer = tracer;
        }

        @GetMapping("/trace")
        String trace() {
            return tracer.currentSpan() == null ? "none" : tracer.currentSpan().context().traceId();
        }
    }
}
