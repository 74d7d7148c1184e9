package cn.yiwang.deploy.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus target relabelling ({@code relabel_configs}, a ServiceMonitor endpoint's
 * {@code relabelings}) for the actions deploy/k8s uses: {@code replace} (the default) and
 * {@code labeldrop}. Regexes are anchored at both ends and {@code $n} in a replacement is the
 * n-th group, as in Prometheus; a replace whose result is empty removes the target label.
 * Any other action is refused rather than ignored.
 */
final class Relabel {

    private Relabel() {
    }

    /** The target labels after applying {@code relabelings}, in order, to {@code labels}. */
    static Map<String, String> apply(Map<String, String> labels, List<Map<String, Object>> relabelings) {
        Map<String, String> result = new LinkedHashMap<>(labels);
        for (Map<String, Object> rule : relabelings) {
            String action = (String) rule.getOrDefault("action", "replace");
            Pattern regex = Pattern.compile("^(?:" + rule.getOrDefault("regex", "(.*)") + ")$");
            switch (action.toLowerCase()) {
                case "replace" -> {
                    List<String> values = new ArrayList<>();
                    for (Object source : Kustomize.list(rule.get("sourceLabels"))) {
                        values.add(result.getOrDefault((String) source, ""));
                    }
                    Matcher matcher = regex.matcher(String.join((String) rule.getOrDefault("separator", ";"), values));
                    if (matcher.matches()) {
                        String target = (String) rule.get("targetLabel");
                        String value = matcher.replaceFirst(((String) rule.getOrDefault("replacement", "$1")).replace("\\", "\\\\"));
                        if (value.isEmpty()) {
                            result.remove(target);
                        } else {
                            result.put(target, value);
                        }
                    }
                }
                case "labeldrop" -> result.keySet().removeIf(name -> regex.matcher(name).matches());
                default -> throw new IllegalArgumentException("relabel action " + action + " is not supported here");
            }
        }
        return result;
    }
}
