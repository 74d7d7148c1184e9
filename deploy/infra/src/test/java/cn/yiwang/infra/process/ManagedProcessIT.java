package cn.yiwang.infra.process;

import cn.yiwang.infra.net.Loopback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ManagedProcessIT {

    @Test
    void aComponentThatDiesWhileStartingIsReportedAtOnceWithTheEndOfItsLog(@TempDir Path dir) {
        try (ManagedProcess process = ManagedProcess.start("broken", List.of("/bin/sh", "-c", "echo 'port already bound'; exit 3"),
                Map.of(), dir, dir.resolve("broken.log"))) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> process.awaitHttpOk("http://127.0.0.1:" + Loopback.freePort() + "/health",
                    Duration.ofMinutes(2)))
                    .isInstanceOf(StartupFailedException.class)
                    .hasMessageContaining("exited with code 3")
                    .hasMessageContaining("port already bound")
                    .hasMessageContaining(dir.resolve("broken.log").toString());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void aComponentThatNeverBecomesReadyFailsAfterItsTimeoutInsteadOfHanging(@TempDir Path dir) {
        try (ManagedProcess process = ManagedProcess.start("slow", List.of("/bin/sh", "-c", "echo waiting; sleep 120"),
                Map.of(), dir, dir.resolve("slow.log"))) {
            assertThatThrownBy(() -> process.awaitCondition(() -> false, Duration.ofSeconds(2), "never"))
                    .isInstanceOf(StartupFailedException.class)
                    .hasMessageContaining("not ready after 2 s");
        }
    }

    @Test
    void stoppingAScriptAlsoStopsTheProcessesItStarted(@TempDir Path dir) throws Exception {
        // Like kc.sh: a shell that runs the real server as its child.
        ManagedProcess process = ManagedProcess.start("script", List.of("/bin/sh", "-c", "sleep 300 & wait"),
                Map.of(), dir, dir.resolve("script.log"));
        ProcessHandle root = ProcessHandle.of(process.pid()).orElseThrow();
        long until = System.currentTimeMillis() + 5_000;
        while (root.children().findAny().isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        List<ProcessHandle> children = root.children().toList();
        assertThat(children).isNotEmpty();

        process.stop(Duration.ofSeconds(5));

        assertThat(process.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }
}
