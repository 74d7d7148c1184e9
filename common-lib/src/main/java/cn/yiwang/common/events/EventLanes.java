package cn.yiwang.common.events;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.event.TransactionalApplicationListener;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The service's asynchronous executor, in lanes: each lane is one thread that runs its tasks in the
 * order they were handed in. Sending an {@link IntegrationEvent} to Kafka is such a task (Spring
 * Modulith externalizes each committed event on this executor and waits there for the broker's
 * acknowledgement); it goes to the lane of its aggregate, so one aggregate's events are sent one
 * after another in commit order and stay in order on their partition (ARCHITECTURE.md "Events"),
 * while other aggregates' events are sent on the other lanes at the same time. With a single thread
 * every event waited for the previous one's acknowledgement and a service could not send more
 * than about 85 events/s: at 100 case conclusions/s the outbox fell 49 s behind (deploy/bench
 * eventlag, 2026-11-22).
 *
 * <p>Which lane: {@link #laneKeyCallback()} names the event's aggregate while the committing thread
 * hands the send over; any other task (another asynchronous listener, a resubmission by the
 * outbox sweep) goes to the first lane, one at a time in order, as before.
 */
public final class EventLanes implements AsyncTaskExecutor, DisposableBean {

    private static final ThreadLocal<String> AGGREGATE = new ThreadLocal<>();

    private final ExecutorService[] lanes;

    public EventLanes(int count, String threadNamePrefix) {
        if (count < 1) {
            throw new IllegalArgumentException("yiwang.events.lanes must be at least 1: " + count);
        }
        lanes = new ExecutorService[count];
        for (int i = 0; i < count; i++) {
            String name = threadNamePrefix + (i + 1);
            AtomicInteger restarts = new AtomicInteger();
            lanes[i] = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, restarts.getAndIncrement() == 0 ? name : name + "-" + restarts.get());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    public int lanes() {
        return lanes.length;
    }

    /** The lane of an aggregate: the same one for every event of that aggregate. */
    public int laneOf(String aggregateId) {
        return aggregateId == null ? 0 : Math.floorMod(aggregateId.hashCode(), lanes.length);
    }

    @Override
    public void execute(Runnable task) {
        lanes[laneOf(AGGREGATE.get())].execute(task);
    }

    /**
     * Names the aggregate of each committed {@link IntegrationEvent} around the hand-over of its
     * after-commit listener, so that the send lands in that aggregate's lane.
     */
    public static TransactionalApplicationListener.SynchronizationCallback laneKeyCallback() {
        return new TransactionalApplicationListener.SynchronizationCallback() {
            @Override
            public void preProcessEvent(ApplicationEvent event) {
                if (event instanceof PayloadApplicationEvent<?> payload
                        && payload.getPayload() instanceof IntegrationEvent integrationEvent) {
                    AGGREGATE.set(integrationEvent.aggregateId());
                }
            }

            @Override
            public void postProcessEvent(ApplicationEvent event, Throwable failure) {
                AGGREGATE.remove();
            }
        };
    }

    /** Runs what was handed in (sends waiting for their acknowledgement), for at most ten seconds. */
    @Override
    public void destroy() throws InterruptedException {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ExecutorService lane : lanes) {
            lane.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }
}
