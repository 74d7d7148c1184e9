package cn.yiwang.vectorcontrol.place;

import cn.yiwang.vectorcontrol.place.domain.Department;
import cn.yiwang.vectorcontrol.place.domain.PlaceType;
import cn.yiwang.vectorcontrol.place.domain.SupervisionMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** Reads the Art. 5 place-type → department mapping from its data file. */
public final class SupervisionMappingReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SupervisionMappingReader() {
    }

    public static SupervisionMapping readResource(String path) {
        try (InputStream in = SupervisionMappingReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no supervision mapping at classpath:" + path);
            }
            JsonNode root = JSON.readTree(in);
            Map<PlaceType, Department> departments = new EnumMap<>(PlaceType.class);
            for (Map.Entry<String, JsonNode> entry : root.required("departments").properties()) {
                departments.put(PlaceType.valueOf(entry.getKey()), Department.valueOf(entry.getValue().asString()));
            }
            return new SupervisionMapping(root.required("version").asString(), departments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
