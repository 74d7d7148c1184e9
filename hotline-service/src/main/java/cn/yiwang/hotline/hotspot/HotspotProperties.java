package cn.yiwang.hotline.hotspot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code yiwang.hotline.hotspots.*}: how many new tickets of one category in one area (county-level
 * region code) within the window make a hotspot. Local practice, so configuration.
 */
@ConfigurationProperties("yiwang.hotline.hotspots")
public record HotspotProperties(@DefaultValue("24h") Duration window, @DefaultValue("5") int threshold) {
}
