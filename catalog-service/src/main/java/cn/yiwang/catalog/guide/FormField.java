package cn.yiwang.catalog.guide;

/**
 * One field of the application form (申请表). The key is the field's identity across items
 * ({@code applicant.name}, {@code enterprise.creditCode}), by which a bundle's merged form asks for
 * it only once.
 */
public record FormField(String key, String label, String type, boolean required) {
}
