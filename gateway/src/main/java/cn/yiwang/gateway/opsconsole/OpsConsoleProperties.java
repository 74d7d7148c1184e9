package cn.yiwang.gateway.opsconsole;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code yiwang.ops-console.*}.
 *
 * @param enabled          off by default: clusters and compose have Grafana; the local launcher turns it on
 * @param allowedAddresses callers allowed to see the console (addresses or CIDR blocks); loopback by
 *                         default, because the figures are operational and the page needs no login
 * @param scrapeInterval   how often every service is read (the page refreshes at the same pace)
 * @param scrapeTimeout    how long one service may take to answer before it counts as down
 * @param historySize      how many past readings the request-rate chart keeps
 * @param services         service name → base URI whose {@code /actuator/prometheus} is read
 */
@ConfigurationProperties("yiwang.ops-console")
public record OpsConsoleProperties(boolean enabled, List<String> allowedAddresses, Duration scrapeInterval,
                                   Duration scrapeTimeout, int historySize, Map<String, URI> services) {

    public OpsConsoleProperties {
        allowedAddresses = allowedAddresses == null || allowedAddresses.isEmpty()
                ? List.of("127.0.0.1/32", "::1/128") : List.copyOf(allowedAddresses);
        scrapeInterval = scrapeInterval == null ? Duration.ofSeconds(5) : scrapeInterval;
        scrapeTimeout = scrapeTimeout == null ? Duration.ofSeconds(2) : scrapeTimeout;
        historySize = historySize <= 0 ? 120 : historySize;
        services = services == null ? Map.of() : Map.copyOf(services);
    }
}
