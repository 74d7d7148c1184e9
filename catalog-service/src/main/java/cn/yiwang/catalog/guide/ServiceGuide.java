package cn.yiwang.catalog.guide;

import java.time.Instant;
import java.util.UUID;

/**
 * A service guide (办事指南) as published from an implementation item: its identity and every
 * guide element. A published version is exactly this record, frozen; the same record is checked by
 * the quality rules before publication and carried whole by the {@code item.published} event.
 *
 * @param version     the published version number (the next one while a draft is checked)
 * @param publishedAt null while not yet published
 */
public record ServiceGuide(UUID itemId, String code, String basicCode, String name, String type, String typeName,
                           String legalBasis, String level, String regionCode, String regionName,
                           String implementingBody, String bodyCreditCode, String department, int version,
                           Instant publishedAt, Guide guide) {
}
