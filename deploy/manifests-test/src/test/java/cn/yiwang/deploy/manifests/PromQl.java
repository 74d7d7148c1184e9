package cn.yiwang.deploy.manifests;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression (or a Grafana {@code label_values(metric, label)} query)
 * reads. Enough of PromQL for the dashboards and rules here: string literals, label matchers,
 * range/subquery brackets, grouping clauses and Grafana variables are removed, and of the
 * remaining identifiers those not called as functions and not keywords are metric names.
 */
final class PromQl {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan");

    private PromQl() {
    }

    static Set<String> metrics(String expression) {
        String e = expression;
        Matcher labelValues = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*,").matcher(e);
        if (labelValues.find()) {
            return Set.of(labelValues.group(1));
        }
        e = e.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", " ");
        e = e.replaceAll("'(?:[^'\\\\]|\\\\.)*'", " ");
        e = e.replaceAll("\\{[^}]*}", " ");
        e = e.replaceAll("\\[[^]]*]", " ");
        e = e.replaceAll("\\$\\{?[A-Za-z0-9_]+}?", " ");
        e = e.replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> metrics = new TreeSet<>();
        Matcher identifier = Pattern.compile("(?<![A-Za-z0-9_.:])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?").matcher(e);
        while (identifier.find()) {
            String name = identifier.group(1);
            if (identifier.group(2) == null && !KEYWORDS.contains(name.toLowerCase())) {
                metrics.add(name);
            }
        }
        return metrics;
    }
}
