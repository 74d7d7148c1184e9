package cn.yiwang.infra.process;

import java.nio.file.Path;
import java.util.List;

/** A component did not become ready; carries where its log is and how it ends. */
public class StartupFailedException extends RuntimeException {

    private final String component;
    private final Path logFile;
    private final List<String> logTail;

    public StartupFailedException(String component, String reason, Path logFile, List<String> logTail) {
        super(component + " " + reason + " — log: " + logFile + System.lineSeparator()
                + String.join(System.lineSeparator(), logTail));
        this.component = component;
        this.logFile = logFile;
        this.logTail = List.copyOf(logTail);
    }

    public String component() {
        return component;
    }

    public Path logFile() {
        return logFile;
    }

    public List<String> logTail() {
        return logTail;
    }
}
