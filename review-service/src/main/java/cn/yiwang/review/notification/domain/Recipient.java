package cn.yiwang.review.notification.domain;

import java.util.Objects;

/**
 * Whose inbox a notification is in: one person or enterprise (by the keyed hash of their ID number
 * or credit code, never the number), an organisation's staff who handle evaluations, or the
 * supervisors whose region covers {@code key}.
 */
public record Recipient(Type type, String key) {

    public enum Type {
        HOLDER,
        ORGANISATION,
        REGION_SUPERVISORS
    }

    public Recipient {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(key, "key");
    }

    public static Recipient holder(String idHash) {
        return new Recipient(Type.HOLDER, idHash);
    }

    public static Recipient organisation(String orgCode) {
        return new Recipient(Type.ORGANISATION, orgCode);
    }

    public static Recipient supervisorsOf(String regionCode) {
        return new Recipient(Type.REGION_SUPERVISORS, regionCode);
    }
}
