package cn.yiwang.deploy.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The add, replace and remove operations of RFC 6902 on parsed YAML (maps and lists). */
final class JsonPatch {

    private JsonPatch() {
    }

    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> document, Map<String, Object> operation) {
        String op = (String) operation.get("op");
        List<String> path = pointer((String) operation.get("path"));
        Object parent = document;
        for (String token : path.subList(0, path.size() - 1)) {
            parent = child(parent, token, operation);
        }
        String last = path.get(path.size() - 1);
        switch (op) {
            case "add" -> {
                if (parent instanceof Map<?, ?> map) {
                    ((Map<String, Object>) map).put(last, operation.get("value"));
                } else {
                    List<Object> list = (List<Object>) parent;
                    list.add("-".equals(last) ? list.size() : Integer.parseInt(last), operation.get("value"));
                }
            }
            case "replace" -> {
                if (parent instanceof Map<?, ?> map) {
                    if (!map.containsKey(last)) {
                        throw new IllegalStateException("replace of a missing member: " + operation);
                    }
                    ((Map<String, Object>) map).put(last, operation.get("value"));
                } else {
                    ((List<Object>) parent).set(Integer.parseInt(last), operation.get("value"));
                }
            }
            case "remove" -> {
                Object removed = parent instanceof Map<?, ?> map ? map.remove(last) : ((List<Object>) parent).remove(Integer.parseInt(last));
                if (removed == null) {
                    throw new IllegalStateException("remove of a missing member: " + operation);
                }
            }
            default -> throw new IllegalArgumentException("unsupported JSON patch operation: " + operation);
        }
    }

    private static Object child(Object parent, String token, Map<String, Object> operation) {
        Object child = parent instanceof Map<?, ?> map ? map.get(token) : ((List<?>) parent).get(Integer.parseInt(token));
        if (child == null) {
            throw new IllegalStateException("path does not exist: " + operation);
        }
        return child;
    }

    private static List<String> pointer(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + path);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : path.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
