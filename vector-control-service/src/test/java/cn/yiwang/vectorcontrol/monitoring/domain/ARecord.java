package cn.yiwang.vectorcontrol.monitoring.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Test data builder: {@code ARecord.of(RAT_TRAP_NIGHT).with(EFFECTIVE_TRAPS, 200).with(RATS_CAUGHT, 3).build()}. */
final class ARecord {

    private final Method method;
    private final Map<Measure, BigDecimal> measures = new EnumMap<>(Measure.class);

    private ARecord(Method method) {
        this.method = method;
    }

    static ARecord of(Method method) {
        return new ARecord(method);
    }

    ARecord with(Measure measure, long value) {
        measures.put(measure, BigDecimal.valueOf(value));
        return this;
    }

    ARecord with(Measure measure, String value) {
        measures.put(measure, new BigDecimal(value));
        return this;
    }

    MonitoringRecord build() {
        return MonitoringRecord.of(method, measures);
    }
}
