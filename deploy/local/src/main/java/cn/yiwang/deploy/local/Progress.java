package cn.yiwang.deploy.local;

import java.io.PrintStream;

/** One line per state change of a component, with the time since launch, so a slow start shows where it waits. */
final class Progress {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    synchronized void report(String component, String state, String detail) {
        out.printf("[%6.1fs] %-24s %-9s %s%n", elapsedSeconds(), component, state, detail == null ? "" : detail);
        out.flush();
    }

    synchronized void print(String text) {
        out.println(text);
        out.flush();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
