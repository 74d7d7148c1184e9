package cn.yiwang.common.security;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Enforces {@link CallableBy} after the handler is chosen and before its arguments are resolved:
 * Spring MVC calls interceptors before it reads the body, converts and validates parameters, so
 * the role check comes first. The refusal is a {@link ProblemException}, rendered like every
 * other problem by the service's exception handlers. Callers without a token never get here on
 * a protected path (the filter chain answers 401); on a public path they get 401 here.
 */
public class RoleGate implements HandlerInterceptor {

    static final String DEFAULT_DETAIL = "problem.forbidden.role";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<CallableBy> gate = gateOf(method);
        if (gate.isEmpty()) {
            return true;
        }
        Actor actor = CurrentActor.find().orElseThrow(
                () -> new ProblemException(ProblemKind.UNAUTHORIZED, "problem.unauthorized.detail"));
        if (!actor.hasAnyRole(gate.get().value())) {
            throw ProblemException.forbidden(gate.get().detail());
        }
        return true;
    }

    /** The method's annotation, else its controller's. */
    static Optional<CallableBy> gateOf(HandlerMethod method) {
        CallableBy onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), CallableBy.class);
        if (onMethod != null) {
            return Optional.of(onMethod);
        }
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), CallableBy.class));
    }

    /**
     * Fails if a gate names a role outside {@link Roles#ALL} or no role at all: such a gate would
     * refuse everybody, which nobody means. Called once at start-up with every handler method.
     */
    static void verify(Collection<HandlerMethod> methods) {
        Map<String, Set<String>> wrong = new TreeMap<>();
        for (HandlerMethod method : methods) {
            gateOf(method).ifPresent(gate -> {
                Set<String> unknown = new LinkedHashSet<>(Arrays.asList(gate.value()));
                unknown.removeAll(Roles.ALL);
                if (gate.value().length == 0 || !unknown.isEmpty()) {
                    wrong.put(method.toString(), unknown);
                }
            });
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("@CallableBy must name at least one role of Roles.ALL; wrong: " + wrong);
        }
    }
}
