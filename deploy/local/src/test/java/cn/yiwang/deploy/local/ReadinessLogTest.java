package cn.yiwang.deploy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher reads only this run's part of an application's log to see on which port it started. */
class ReadinessLogTest {

    @Test
    void aStartedLineFromAnEarlierRunDoesNotMakeTheApplicationReady(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gateway.log");
        Files.writeString(log, "Tomcat started on port 8080\n");
        long thisRun = Files.size(log);
        Files.writeString(log, "starting again\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(LocalPlatform.logMentions(log, thisRun, "started on port 8080")).isFalse();

        Files.writeString(log, "Netty started on port 8080\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(LocalPlatform.logMentions(log, thisRun, "started on port 8080")).isTrue();
    }

    @Test
    void aLogOfManyMegabytesFromEarlierRunsIsNotReadIntoMemory(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gateway.log");
        String line = "GET /api/v1/catalog/public/ping 200 1ms ".repeat(5) + "\n";
        try (var out = Files.newBufferedWriter(log)) {
            for (int i = 0; i < 200_000; i++) {
                out.write(line);
            }
        }
        long thisRun = Files.size(log);
        Files.writeString(log, "Netty started on port 8080\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(thisRun).isGreaterThan(40_000_000L);
        assertThat(LocalPlatform.logMentions(log, thisRun, "started on port 8080")).isTrue();
        assertThat(LocalPlatform.logMentions(log, thisRun + 1_000, "started on port 8080"))
                .as("an offset past the end (a log truncated meanwhile) reads nothing, never fails").isFalse();
    }

    @Test
    void noLogYetMeansNotReady(@TempDir Path dir) {
        assertThat(LocalPlatform.logMentions(dir.resolve("absent.log"), 0, "started on port 8080")).isFalse();
    }
}
