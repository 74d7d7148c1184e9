package cn.yiwang.common.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

import java.io.IOException;

/**
 * Adds the service's own bearer token to a {@code RestClient}'s requests. Attach it only to
 * clients of other Yiwang services ({@code RestClient.builder().requestInterceptor(...)}), never
 * to clients of outside systems, which must not receive platform tokens.
 */
public class ServiceTokenInterceptor implements ClientHttpRequestInterceptor {

    private final ServiceTokens tokens;

    public ServiceTokenInterceptor(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
        request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.accessToken());
        return execution.execute(request, body);
    }
}
