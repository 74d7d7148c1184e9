package cn.yiwang.deploy.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A process with all its descendants, found and killed through {@link ProcessHandle}. */
final class ProcessTree {

    private ProcessTree() {
    }

    /** The process with this pid and its descendants, as far as they are alive now (empty if it is gone). */
    static List<ProcessHandle> of(long pid) {
        List<ProcessHandle> tree = new ArrayList<>();
        ProcessHandle.of(pid).ifPresent(root -> {
            tree.add(root);
            root.descendants().forEach(tree::add);
        });
        return tree;
    }

    /**
     * SIGKILL to every process of {@code tree} and to their descendants (a child may have forked
     * since the list was taken), then waits up to {@code wait} until each has exited.
     */
    static void kill(List<ProcessHandle> tree, Duration wait) {
        List<ProcessHandle> all = new ArrayList<>(tree);
        for (ProcessHandle handle : tree) {
            handle.descendants().forEach(all::add);
        }
        all.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + wait.toNanos();
        for (ProcessHandle handle : all) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                handle.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // timed out: the caller sees it alive
            }
        }
    }
}
