package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.ThresholdTable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every threshold table shipped in {@code monitoring/thresholds/*.json} and the one in force
 * ({@code yiwang.vector-control.threshold-table}). A revised standard is a new file and a changed
 * setting; surveys already evaluated keep the version that graded them.
 */
@Component
public class ThresholdTables {

    private final Map<String, ThresholdTable> byVersion;
    private final String current;

    public ThresholdTables(@Value("${yiwang.vector-control.threshold-table:2011}") String current) throws IOException {
        Map<String, ThresholdTable> tables = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:monitoring/thresholds/*.json")) {
            try (InputStream in = resource.getInputStream()) {
                ThresholdTable table = ThresholdTableReader.read(in);
                tables.put(table.version(), table);
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable threshold table " + resource, e);
            }
        }
        if (!tables.containsKey(current)) {
            throw new IllegalStateException("threshold table " + current + " is not shipped; available: " + tables.keySet());
        }
        this.byVersion = Collections.unmodifiableMap(tables);
        this.current = current;
    }

    public ThresholdTable current() {
        return byVersion.get(current);
    }

    public Optional<ThresholdTable> version(String version) {
        return Optional.ofNullable(byVersion.get(version));
    }
}
