package cn.yiwang.hotline.open311.web;

import cn.yiwang.common.problem.ProblemMessages;
import cn.yiwang.hotline.open311.GeoReportDocuments;
import cn.yiwang.hotline.open311.Open311Exception;
import cn.yiwang.hotline.open311.Open311Requests;
import cn.yiwang.hotline.support.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Errors of the Open311 endpoints in the GeoReport v2 error format — a list of {code, description}
 * as JSON or {@code <errors><error>} as XML — instead of the platform's problem responses, because
 * existing Open311 clients parse exactly that. Ordered before common-lib's problem handler.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(Open311ErrorHandler.class);

    private final Messages messages;

    Open311ErrorHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<String> open311(Open311Exception e, HttpServletRequest request) {
        return error(request, e.code(), e.getMessage());
    }

    @ExceptionHandler(Open311Requests.InvalidParameter.class)
    ResponseEntity<String> invalid(Open311Requests.InvalidParameter e, HttpServletRequest request) {
        return error(request, 400, messages.text(locale(request), "hotline.open311.parameter.invalid", e.field(), e.value()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        log.error("Open311 request {} failed", request.getRequestURI(), e);
        return error(request, 500, messages.text(locale(request), "hotline.open311.internal"));
    }

    private static ResponseEntity<String> error(HttpServletRequest request, int code, String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        Open311Format format = Open311Format.ofPath(request.getRequestURI());
        String body = format == Open311Format.XML ? GeoReportDocuments.xmlList("errors", "error", List.of(error))
                : GeoReportDocuments.json(List.of(error));
        return format.respond(code, body);
    }

    private static Locale locale(HttpServletRequest request) {
        return ProblemMessages.resolveLocale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
