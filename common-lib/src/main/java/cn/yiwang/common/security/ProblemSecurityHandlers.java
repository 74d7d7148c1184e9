package cn.yiwang.common.security;

import cn.yiwang.common.problem.ProblemKind;
import cn.yiwang.common.problem.ProblemMessages;
import cn.yiwang.common.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.Locale;

/** 401 and 403 from the security filters as problem responses, like every other error. */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final JsonMapper json;

    public ProblemSecurityHandlers(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        // RFC 6750 §3: tell the client which scheme to use, without echoing token details.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"yiwang\"");
        write(request, response, ProblemKind.UNAUTHORIZED, "problem.unauthorized.detail");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, ProblemKind.FORBIDDEN, "problem.forbidden.detail");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemKind kind, String detailKey) throws IOException {
        Locale locale = ProblemMessages.resolveLocale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail body = problems.of(kind, detailKey, new Object[0], locale, request.getRequestURI());
        response.setStatus(kind.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        json.writeValue(response.getOutputStream(), body);
    }
}
