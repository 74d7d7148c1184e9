package cn.yiwang.deploy.local;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProcessTreeIT {

    @Test
    void killingAProcessAlsoKillsEveryProcessItStartedAtOnce() throws Exception {
        // Like kc.sh or a JVM that forked helpers: a shell with two children that ignore SIGTERM.
        Process shell = new ProcessBuilder("/bin/sh", "-c", "trap '' TERM; sleep 300 & sleep 300 & wait").start();
        await().atMost(Duration.ofSeconds(10)).until(() -> shell.toHandle().children().count() == 2);
        List<ProcessHandle> tree = ProcessTree.of(shell.pid());
        assertThat(tree).hasSize(3);

        long started = System.nanoTime();
        ProcessTree.kill(tree, Duration.ofSeconds(10));

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(ProcessTree.of(shell.pid())).isEmpty();
    }
}
