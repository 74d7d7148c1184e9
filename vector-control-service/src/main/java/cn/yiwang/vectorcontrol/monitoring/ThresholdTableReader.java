package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.Comparison;
import cn.yiwang.vectorcontrol.monitoring.domain.Condition;
import cn.yiwang.vectorcontrol.monitoring.domain.Confidence;
import cn.yiwang.vectorcontrol.monitoring.domain.ControlLevel;
import cn.yiwang.vectorcontrol.monitoring.domain.Index;
import cn.yiwang.vectorcontrol.monitoring.domain.Indicator;
import cn.yiwang.vectorcontrol.monitoring.domain.Species;
import cn.yiwang.vectorcontrol.monitoring.domain.ThresholdTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a threshold table from its JSON data file ({@code monitoring/thresholds/<version>.json}). */
public final class ThresholdTableReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ControlLevel[] GRADES = {ControlLevel.A, ControlLevel.B, ControlLevel.C};

    private ThresholdTableReader() {
    }

    public static ThresholdTable read(InputStream in) {
        JsonNode root = JSON.readTree(in);
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode node : root.required("indicators")) {
            List<Condition> conditions = new ArrayList<>();
            for (JsonNode c : node.required("conditions")) {
                Map<ControlLevel, java.math.BigDecimal> thresholds = new EnumMap<>(ControlLevel.class);
                Map<ControlLevel, Confidence> confidence = new EnumMap<>(ControlLevel.class);
                for (ControlLevel grade : GRADES) {
                    thresholds.put(grade, c.required(grade.name()).decimalValue());
                    confidence.put(grade, Confidence.valueOf(c.required("confidence").required(grade.name()).asString()));
                }
                conditions.add(new Condition(Index.valueOf(c.required("index").asString()),
                        Comparison.valueOf(c.required("comparison").asString()), thresholds, confidence,
                        c.path("note").asString(null)));
            }
            indicators.add(new Indicator(node.required("code").asString(),
                    Species.valueOf(node.required("species").asString()), conditions));
        }
        return new ThresholdTable(root.required("version").asString(), root.path("source").asString(null), indicators);
    }

    public static ThresholdTable readResource(String path) {
        try (InputStream in = ThresholdTableReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no threshold table at classpath:" + path);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
