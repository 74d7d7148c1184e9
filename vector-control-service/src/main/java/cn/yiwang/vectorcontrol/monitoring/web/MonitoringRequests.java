package cn.yiwang.vectorcontrol.monitoring.web;

import cn.yiwang.vectorcontrol.monitoring.NewRecord;
import cn.yiwang.vectorcontrol.monitoring.domain.Measure;
import cn.yiwang.vectorcontrol.monitoring.domain.Method;
import cn.yiwang.vectorcontrol.monitoring.domain.StandardRooms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request bodies of the monitoring API. */
final class MonitoringRequests {

    private MonitoringRequests() {
    }

    record OpenSurveyRequest(@NotNull String regionCode, @NotNull LocalDate periodStart, @NotNull LocalDate periodEnd) {
    }

    /** Up to 2,000 records per call, which stays under the gateway's 2 MB body limit; a city survey comes in batches. */
    record AddRecordsRequest(@NotEmpty @Size(max = 2000) List<@Valid RecordRequest> records) {
    }

    /**
     * {@code measures} as the method needs them; room methods may instead list the {@code spaces}
     * checked (floor area and positive standard rooms per finding): 15 m² counts as one room.
     */
    record RecordRequest(@NotNull Method method, @NotNull LocalDate observedOn, @Size(max = 200) String location,
                         Map<Measure, BigDecimal> measures, @Size(max = 500) List<@Valid SpaceRequest> spaces) {

        NewRecord toNewRecord() {
            return new NewRecord(method, observedOn, location, measures,
                    spaces == null ? List.of() : spaces.stream().map(SpaceRequest::toSpace).toList());
        }
    }

    record SpaceRequest(@NotNull BigDecimal areaSquareMetres, Map<Measure, Integer> positiveRooms) {

        StandardRooms.Space toSpace() {
            return new StandardRooms.Space(areaSquareMetres, positiveRooms);
        }
    }
}
