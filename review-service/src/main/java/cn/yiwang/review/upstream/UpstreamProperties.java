package cn.yiwang.review.upstream;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * {@code yiwang.review.upstream.*}: where evaluations are reported (the provincial or national
 * 好差评 system) and how the store-and-forward job retries.
 *
 * @param url         the upstream endpoint; while unset, evaluations wait in the table and nothing is sent
 * @param interval    pause between two runs of the forwarding job
 * @param batchSize   evaluations sent per run and instance
 * @param lease       how long a claimed evaluation is left to the instance sending it
 * @param maxBackoff  the longest wait between two attempts for one evaluation (doubling from {@code interval})
 * @param timeout     connect and read timeout of one call
 */
@ConfigurationProperties("yiwang.review.upstream")
public record UpstreamProperties(URI url, @DefaultValue("10s") Duration interval, @DefaultValue("50") int batchSize,
                                 @DefaultValue("2m") Duration lease, @DefaultValue("30m") Duration maxBackoff,
                                 @DefaultValue("5s") Duration timeout) {
}
