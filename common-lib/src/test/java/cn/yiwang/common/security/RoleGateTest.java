package cn.yiwang.common.security;

import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.ProblemKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.method.HandlerMethod;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleGateTest {

    private final RoleGate gate = new RoleGate();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCallerWithNoneOfTheRolesIsRefusedWithTheGatesOwnMessage() {
        signIn(Roles.CITIZEN);
        assertThatThrownBy(() -> gate.preHandle(request(), response(), handler(Places.class, "register")))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN);
                    assertThat(e.detailKey()).isEqualTo("place.forbidden.not-aiwei");
                });
    }

    @Test
    void aCallerWithAnyOneOfTheRolesGoesOnToTheController() throws Exception {
        signIn("default-roles-yiwang", Roles.INSPECTOR);
        assertThat(gate.preHandle(request(), response(), handler(Places.class, "reportSite"))).isTrue();
    }

    @Test
    void aGateWithoutItsOwnMessageRefusesWithThePlatformsRoleMessage() {
        signIn(Roles.OPS);
        assertThatThrownBy(() -> gate.preHandle(request(), response(), handler(Surveys.class, "open")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.detailKey()).isEqualTo("problem.forbidden.role"));
    }

    @Test
    void aControllersGateCoversItsMethodsAndAMethodsOwnGateOverridesIt() throws Exception {
        signIn(Roles.SUPERVISOR);
        assertThatThrownBy(() -> gate.preHandle(request(), response(), handler(Surveys.class, "open")))
                .isInstanceOf(ProblemException.class);
        assertThat(gate.preHandle(request(), response(), handler(Surveys.class, "evaluate"))).isTrue();
    }

    @Test
    void aMethodWithoutAGateIsLeftToItsOwnChecks() throws Exception {
        assertThat(gate.preHandle(request(), response(), handler(Places.class, "list"))).isTrue();
        assertThat(gate.preHandle(request(), response(), new Object())).isTrue();
    }

    @Test
    void aCallerWithoutATokenOnAGatedMethodIsAskedToSignIn() {
        assertThatThrownBy(() -> gate.preHandle(request(), response(), handler(Places.class, "register")))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNAUTHORIZED));
    }

    @Test
    void aGateNamingARoleThePlatformDoesNotHaveStopsTheServiceAtStartUp() {
        assertThatThrownBy(() -> RoleGate.verify(List.of(handler(Misspelt.class, "define"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("catalogue-admin");
        assertThatThrownBy(() -> RoleGate.verify(List.of(handler(Misspelt.class, "nobody"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> RoleGate.verify(List.of(handler(Places.class, "register"), handler(Surveys.class, "open"))))
                .doesNotThrowAnyException();
    }

    private static void signIn(String... roles) {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("u1")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).build();
        SecurityContextHolder.getContext().setAuthentication(new ActorJwtConverter().convert(jwt));
    }

    private static HandlerMethod handler(Class<?> controller, String method) {
        try {
            return new HandlerMethod(controller.getDeclaredConstructor().newInstance(),
                    java.util.Arrays.stream(controller.getDeclaredMethods())
                            .filter(m -> m.getName().equals(method)).findFirst().orElseThrow());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("POST", "/api/v1/things");
    }

    private static MockHttpServletResponse response() {
        return new MockHttpServletResponse();
    }

    static class Places {
        @CallableBy(value = Roles.AIWEI_OFFICER, detail = "place.forbidden.not-aiwei")
        void register() {
        }

        @CallableBy({Roles.CDC_MONITOR, Roles.INSPECTOR, Roles.AIWEI_OFFICER})
        void reportSite() {
        }

        void list() {
        }
    }

    @CallableBy(Roles.CDC_MONITOR)
    static class Surveys {
        void open() {
        }

        @CallableBy({Roles.CDC_MONITOR, Roles.SUPERVISOR})
        void evaluate() {
        }
    }

    static class Misspelt {
        @CallableBy({Roles.APPROVER, "catalogue-admin"})
        void define() {
        }

        @CallableBy({})
        void nobody() {
        }
    }
}
