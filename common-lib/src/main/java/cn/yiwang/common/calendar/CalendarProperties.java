package cn.yiwang.common.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param location a calendar file or a directory of {@code <year>.txt} files that operators add
 *                 without a release (e.g. next year's arrangement); merged over the shipped years
 */
@ConfigurationProperties("yiwang.calendar")
public record CalendarProperties(Path location) {
}
