package cn.yiwang.common.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns every error of a servlet service into an RFC 9457 problem with a stable type and a
 * message in the caller's language. Stack traces and exception texts never reach the caller:
 * unexpected errors are logged with the request id, which the caller gets instead.
 */
@RestControllerAdvice
public class ServletProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ServletProblemHandler.class);

    private final Problems problems;

    public ServletProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException e, HttpServletRequest request) {
        return respond(problems.of(e, locale(request), request.getRequestURI()), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(lastNode(v.getPropertyPath().toString()),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                .toList();
        return respond(problems.validation(violations, locale(request), request.getRequestURI()), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return respond(ProblemKind.FORBIDDEN, "problem.forbidden.detail", request);
    }

    /** A concurrent change or a duplicate key: the caller's view of the state was out of date. */
    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ProblemDetail> concurrentChange(Exception e, HttpServletRequest request) {
        return respond(ProblemKind.CONFLICT, "problem.conflict.detail", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected error on {} {} (request id {})", request.getMethod(), request.getRequestURI(),
                request.getHeader(Problems.REQUEST_ID_HEADER), e);
        return respond(ProblemKind.INTERNAL_ERROR, "problem.internal-error.detail", request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            violations.add(new Violation(error.getField(), error.getCode(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                violations.add(new Violation(error.getObjectName(), error.getCode(), error.getDefaultMessage())));
        HttpServletRequest servletRequest = servlet(request);
        return widen(respond(problems.validation(violations, locale(servletRequest), servletRequest.getRequestURI()), servletRequest));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Violation> violations = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                violations.add(new Violation(result.getMethodParameter().getParameterName(),
                        error.getCodes() == null || error.getCodes().length == 0 ? "invalid" : lastNode(error.getCodes()[error.getCodes().length - 1]),
                        error.getDefaultMessage()))));
        HttpServletRequest servletRequest = servlet(request);
        return widen(respond(problems.validation(violations, locale(servletRequest), servletRequest.getRequestURI()), servletRequest));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        HttpServletRequest servletRequest = servlet(request);
        Locale locale = locale(servletRequest);
        ProblemKind kind = ProblemKind.forStatus(status.value());
        String detailKey = "problem." + kind.slug() + ".detail";
        Object[] args = new Object[0];
        if (e instanceof HttpMessageNotReadableException) {
            kind = ProblemKind.BAD_REQUEST;
            detailKey = "problem.bad-request.detail";
        } else if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            kind = ProblemKind.BAD_REQUEST;
            detailKey = "problem.bad-request.parameter";
            args = new Object[]{mismatch.getName()};
        } else if (e instanceof HttpRequestMethodNotSupportedException unsupported) {
            args = new Object[]{unsupported.getMethod()};
        } else if (e instanceof HttpMediaTypeNotSupportedException media) {
            args = new Object[]{String.valueOf(media.getContentType())};
        } else if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            detailKey = "problem.not-found.path";
        } else if (e instanceof MaxUploadSizeExceededException) {
            kind = ProblemKind.PAYLOAD_TOO_LARGE;
            detailKey = "problem.payload-too-large.detail";
        }
        ProblemDetail problem = problems.of(kind, detailKey, args, locale, servletRequest.getRequestURI());
        HttpHeaders responseHeaders = new HttpHeaders();
        responseHeaders.putAll(headers);
        responseHeaders.set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        return ResponseEntity.status(kind.status()).headers(responseHeaders).body(problem);
    }

    private ResponseEntity<ProblemDetail> respond(ProblemKind kind, String detailKey, HttpServletRequest request) {
        return respond(problems.of(kind, detailKey, new Object[0], locale(request), request.getRequestURI()), request);
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.CONTENT_LANGUAGE, locale(request).toLanguageTag())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }

    private static Locale locale(HttpServletRequest request) {
        return ProblemMessages.resolveLocale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
