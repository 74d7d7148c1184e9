package cn.yiwang.deploy.manifests;

import java.util.List;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch that deploy/k8s relies on: mappings merge key by
 * key, a null value deletes the key, lists whose elements all carry a {@code name} (containers,
 * env, volumes, ports) merge element by element on that name, any other list is replaced.
 * Patch directives ({@code $patch}, {@code $setElementOrder}) are refused.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.startsWith("$")) {
                throw new IllegalArgumentException("strategic-merge directive " + key + " is not supported");
            }
            Object current = target.get(key);
            if (value == null) {
                target.remove(key);
            } else if (current instanceof Map<?, ?> currentMap && value instanceof Map<?, ?> valueMap) {
                merge((Map<String, Object>) currentMap, (Map<String, Object>) valueMap);
            } else if (current instanceof List<?> currentList && value instanceof List<?> valueList
                    && named(currentList) && named(valueList)) {
                mergeByName((List<Object>) currentList, valueList);
            } else {
                target.put(key, value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void mergeByName(List<Object> current, List<?> patch) {
        for (Object element : patch) {
            Map<String, Object> patchElement = (Map<String, Object>) element;
            current.stream()
                    .map(e -> (Map<String, Object>) e)
                    .filter(e -> e.get("name").equals(patchElement.get("name")))
                    .findFirst()
                    .ifPresentOrElse(e -> merge(e, patchElement), () -> current.add(patchElement));
        }
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(e -> e instanceof Map<?, ?> m && m.get("name") instanceof String);
    }
}
