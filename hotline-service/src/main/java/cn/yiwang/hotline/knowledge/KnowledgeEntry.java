package cn.yiwang.hotline.knowledge;

import java.time.Instant;

/** One answer in the knowledge base, as search returns it. */
public record KnowledgeEntry(String id, String source, String reference, String title, String department,
                             String regionCode, String body, Integer version, Instant updatedAt) {
}
