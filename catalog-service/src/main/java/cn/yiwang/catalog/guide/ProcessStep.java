package cn.yiwang.catalog.guide;

/** One step of the handling process (受理 → 审查 → 决定 → 送达). */
public record ProcessStep(String name, String description) {
}
