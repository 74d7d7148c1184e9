package cn.yiwang.vectorcontrol.complaint;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * {@code yiwang.vector-control.complaint.*}: which 12345 dispatch categories are vector complaints
 * and which pest each names. The hotline's dispatch catalogue is local (DOMAIN.md §7), so the
 * codes are configuration, with defaults in application.yml.
 */
@ConfigurationProperties("yiwang.vector-control.complaint")
public record ComplaintProperties(Map<String, String> categories) {

    public ComplaintProperties {
        categories = categories == null ? Map.of() : Map.copyOf(categories);
    }

    /** The pest a category names, or null when the category is not about vectors. */
    public String pestOf(String category) {
        return category == null ? null : categories.get(category);
    }
}
