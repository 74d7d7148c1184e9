package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.Measure;
import cn.yiwang.vectorcontrol.monitoring.domain.Method;
import cn.yiwang.vectorcontrol.monitoring.domain.StandardRooms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A record to add to a survey, as the CDC enters it. Room methods may give the spaces checked
 * (floor area, positive standard rooms) instead of room counts: 15 m² counts as one room.
 */
public record NewRecord(Method method, LocalDate observedOn, String location, Map<Measure, BigDecimal> measures,
                        List<StandardRooms.Space> spaces) {

    public NewRecord {
        measures = measures == null ? Map.of() : measures;
        spaces = spaces == null ? List.of() : List.copyOf(spaces);
    }

    public NewRecord(Method method, LocalDate observedOn, String location, Map<Measure, BigDecimal> measures) {
        this(method, observedOn, location, measures, List.of());
    }
}
