package cn.yiwang.deploy.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Duration;

/**
 * The whole platform (all six services and the gateway), started once for every test class that
 * asks for a {@link TestPlatform} parameter and stopped when the test run ends: a whole start
 * takes minutes on two cores, so {@link PlatformFlowsIT} and {@link PlatformFaultsIT} share one.
 *
 * <p>case-service re-checks pending e-certificates every 5 s here instead of every minute, and
 * sweeps its outbox every 5 s for entries older than 15 s instead of every 30 s for entries older
 * than a minute, so the fault tests' recoveries fit their bounds.
 */
final class WholePlatform implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WholePlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store lives as long as the test run and closes its AutoCloseable values at the end.
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(TestPlatform.class, type -> start(), TestPlatform.class);
    }

    private static TestPlatform start() {
        return TestPlatform.start("it-platform-whole", Component.all(), Duration.ofSeconds(480),
                options -> options.environment(Component.CASES, "YIWANG_CASES_SCAN_INTERVAL", "5s")
                        .environment(Component.CASES, "YIWANG_EVENTS_RESUBMIT_INTERVAL", "5s")
                        .environment(Component.CASES, "YIWANG_EVENTS_RESUBMIT_MINAGE", "15s"));
    }
}
