package cn.yiwang.deploy.manifests;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for exactly the subset of
 * Kustomize that deploy/k8s uses, and refuses everything else so the tree cannot drift out of it:
 * <ul>
 *   <li>{@code resources}: files (multi-document YAML) and directories with their own kustomization;</li>
 *   <li>{@code namespace}: set on every namespaced object;</li>
 *   <li>{@code labels} with {@code pairs} and {@code includeTemplates} (never selectors);</li>
 *   <li>{@code images}: {@code name} → {@code newName} and/or {@code newTag} in pod templates;</li>
 *   <li>{@code patches}: from {@code path} or inline {@code patch}, either a strategic-merge patch
 *       (maps merged, lists of named elements merged by name, other lists replaced) or a JSON 6902
 *       list of {@code add}/{@code replace}/{@code remove} operations with a {@code target} selecting
 *       by {@code group}, {@code kind} and {@code name}.</li>
 * </ul>
 * A patch that matches nothing, two objects with the same identity and any other key fail the
 * build, as they would (or should) with kustomize.
 */
final class Kustomize {

    private static final Set<String> SUPPORTED_KEYS = Set.of("apiVersion", "kind", "resources", "namespace", "labels", "images", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
            "PersistentVolume", "StorageClass", "PriorityClass");

    private Kustomize() {
    }

    /** All objects the kustomization in {@code directory} produces, in resource order. */
    static List<Map<String, Object>> build(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + directory);
        }
        Map<String, Object> kustomization = asMap(Yamls.loadOne(file), file.toString());
        Set<String> unsupported = new HashSet<>(kustomization.keySet());
        unsupported.removeAll(SUPPORTED_KEYS);
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException(file + " uses " + unsupported + ", outside the Kustomize subset this renderer supports");
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object entry : list(kustomization.get("resources"))) {
            Path resource = directory.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                objects.addAll(build(resource));
            } else {
                for (Object document : Yamls.loadAll(resource)) {
                    objects.add(asMap(document, resource.toString()));
                }
            }
        }
        rejectDuplicates(objects, directory);
        for (Object patch : list(kustomization.get("patches"))) {
            applyPatch(asMap(patch, file + " patches"), directory, objects);
        }
        if (kustomization.get("namespace") instanceof String namespace) {
            for (Map<String, Object> object : objects) {
                if (!CLUSTER_SCOPED.contains(kind(object))) {
                    metadata(object).put("namespace", namespace);
                }
            }
        }
        for (Object labelsEntry : list(kustomization.get("labels"))) {
            applyLabels(asMap(labelsEntry, file + " labels"), objects, file);
        }
        for (Object image : list(kustomization.get("images"))) {
            applyImage(asMap(image, file + " images"), objects, file);
        }
        return objects;
    }

    static String kind(Map<String, Object> object) {
        return (String) object.get("kind");
    }

    static String name(Map<String, Object> object) {
        return (String) metadata(object).get("name");
    }

    static String group(Map<String, Object> object) {
        String apiVersion = (String) object.get("apiVersion");
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> metadata(Map<String, Object> object) {
        return (Map<String, Object>) object.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
    }

    private static void rejectDuplicates(List<Map<String, Object>> objects, Path directory) {
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> object : objects) {
            String id = group(object) + "/" + kind(object) + "/" + metadata(object).get("namespace") + "/" + name(object);
            if (!seen.add(id)) {
                throw new IllegalStateException(directory + ": " + id + " is declared twice");
            }
        }
    }

    // ---- patches -------------------------------------------------------------------------------

    private static void applyPatch(Map<String, Object> spec, Path directory, List<Map<String, Object>> objects) {
        Object body;
        if (spec.get("path") instanceof String path) {
            body = Yamls.loadOne(directory.resolve(path));
        } else if (spec.get("patch") instanceof String inline) {
            body = Yamls.parse(inline);
        } else {
            throw new IllegalArgumentException(directory + ": a patch needs path or patch");
        }
        Map<String, Object> target = spec.get("target") == null ? null : asMap(spec.get("target"), "target");
        if (target != null) {
            Set<String> unsupported = new HashSet<>(target.keySet());
            unsupported.removeAll(Set.of("group", "kind", "name"));
            if (!unsupported.isEmpty()) {
                throw new IllegalArgumentException(directory + ": patch target selects by " + unsupported + ", not supported");
            }
        }
        int matched = 0;
        if (body instanceof List<?> operations) {
            if (target == null) {
                throw new IllegalArgumentException(directory + ": a JSON 6902 patch needs a target");
            }
            for (Map<String, Object> object : objects) {
                if (matches(target, object)) {
                    for (Object operation : operations) {
                        JsonPatch.apply(object, asMap(operation, "operation"));
                    }
                    matched++;
                }
            }
        } else {
            Map<String, Object> patch = asMap(body, directory + " patch");
            Map<String, Object> selector = target != null ? target
                    : Map.of("kind", patch.get("kind"), "name", metadata(patch).get("name"), "group", group(patch));
            for (Map<String, Object> object : objects) {
                if (matches(selector, object)) {
                    Map<String, Object> content = new LinkedHashMap<>(patch);
                    content.remove("apiVersion");
                    content.remove("kind");
                    StrategicMerge.merge(object, content);
                    matched++;
                }
            }
        }
        if (matched == 0) {
            throw new IllegalStateException(directory + ": patch " + spec + " matches no object");
        }
    }

    private static boolean matches(Map<String, Object> target, Map<String, Object> object) {
        return (target.get("kind") == null || target.get("kind").equals(kind(object)))
                && (target.get("name") == null || target.get("name").equals(name(object)))
                && (target.get("group") == null || target.get("group").equals(group(object)));
    }

    // ---- labels and images ---------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static void applyLabels(Map<String, Object> entry, List<Map<String, Object>> objects, Path file) {
        if (Boolean.TRUE.equals(entry.get("includeSelectors"))) {
            throw new IllegalArgumentException(file + ": labels with includeSelectors are not supported (selectors stay as written)");
        }
        Map<String, Object> pairs = asMap(entry.get("pairs"), "pairs");
        boolean templates = Boolean.TRUE.equals(entry.get("includeTemplates"));
        for (Map<String, Object> object : objects) {
            ((Map<String, Object>) metadata(object).computeIfAbsent("labels", k -> new LinkedHashMap<>())).putAll(pairs);
            if (templates && object.get("spec") instanceof Map<?, ?> spec && spec.get("template") instanceof Map<?, ?> template) {
                Map<String, Object> templateMetadata = (Map<String, Object>) ((Map<String, Object>) template)
                        .computeIfAbsent("metadata", k -> new LinkedHashMap<>());
                ((Map<String, Object>) templateMetadata.computeIfAbsent("labels", k -> new LinkedHashMap<>())).putAll(pairs);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void applyImage(Map<String, Object> image, List<Map<String, Object>> objects, Path file) {
        String name = (String) Objects.requireNonNull(image.get("name"), file + ": image without name");
        int replaced = 0;
        for (Map<String, Object> object : objects) {
            if (!(object.get("spec") instanceof Map<?, ?> spec && spec.get("template") instanceof Map<?, ?> template
                    && template.get("spec") instanceof Map<?, ?> podSpec)) {
                continue;
            }
            for (String field : List.of("containers", "initContainers")) {
                for (Object c : list(podSpec.get(field))) {
                    Map<String, Object> container = (Map<String, Object>) c;
                    String current = (String) container.get("image");
                    int tagAt = current.lastIndexOf(':') > current.lastIndexOf('/') ? current.lastIndexOf(':') : current.length();
                    if (!current.substring(0, tagAt).equals(name)) {
                        continue;
                    }
                    String newName = image.get("newName") != null ? (String) image.get("newName") : name;
                    String tag = image.get("newTag") != null ? ":" + image.get("newTag") : current.substring(tagAt);
                    container.put("image", newName + tag);
                    replaced++;
                }
            }
        }
        if (replaced == 0) {
            throw new IllegalStateException(file + ": image " + name + " is used by no container");
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(where + ": expected a mapping, found " + value);
        }
        return (Map<String, Object>) value;
    }

    /** YAML loading with SnakeYAML's safe constructor (plain maps, lists and scalars only). */
    static final class Yamls {

        private Yamls() {
        }

        private static Yaml yaml() {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            return new Yaml(new SafeConstructor(options));
        }

        static Object parse(String text) {
            return yaml().load(text);
        }

        static Object loadOne(Path file) {
            return parse(read(file));
        }

        static List<Object> loadAll(Path file) {
            List<Object> documents = new ArrayList<>();
            for (Object document : yaml().loadAll(read(file))) {
                if (document != null) {
                    documents.add(document);
                }
            }
            return documents;
        }

        static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
