package cn.yiwang.catalog.guide;

import java.util.List;

/** Whether the item is charged, on what legal basis, and for what. */
public record Fees(boolean charged, String basis, List<FeeItem> items) {

    public Fees {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Fees free() {
        return new Fees(false, null, List.of());
    }

    /** One charge: name and standard, e.g. "工本费" / "10 元/本". */
    public record FeeItem(String name, String standard) {
    }
}
