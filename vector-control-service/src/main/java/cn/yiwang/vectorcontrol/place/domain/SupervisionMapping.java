package cn.yiwang.vectorcontrol.place.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which department supervises which place type (Baoji regulation Art. 5), loaded from data
 * ({@code place/supervision-art5.json}) so an amended article is a data change. Every place type
 * must have a department: a place nobody supervises is the gap the article exists to close.
 */
public record SupervisionMapping(String version, Map<PlaceType, Department> departments) {

    public SupervisionMapping {
        Objects.requireNonNull(version, "version");
        EnumMap<PlaceType, Department> copy = new EnumMap<>(PlaceType.class);
        copy.putAll(departments);
        for (PlaceType type : PlaceType.values()) {
            if (!copy.containsKey(type)) {
                throw new IllegalArgumentException("mapping " + version + " names no supervising department for " + type);
            }
        }
        departments = Map.copyOf(copy);
    }

    public Department departmentFor(PlaceType type) {
        return departments.get(type);
    }
}
