package cn.yiwang.gateway.security;

import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.problem.ProblemMessages;
import cn.yiwang.common.problem.Problems;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;

/** Writes problem responses from the gateway's filters, in the caller's language. */
@Component
public class ReactiveProblemWriter {

    private final Problems problems;
    private final JsonMapper json;

    public ReactiveProblemWriter(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemKind kind, String detailKey, Object... args) {
        Locale locale = ProblemMessages.resolveLocale(exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail body = problems.of(kind, detailKey, args, locale, exchange.getRequest().getPath().value());
        ServerHttpResponse response = exchange.getResponse();
        response.setRawStatusCode(kind.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        DataBuffer buffer = response.bufferFactory().wrap(json.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }
}
