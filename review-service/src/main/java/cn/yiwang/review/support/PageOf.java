package cn.yiwang.review.support;

import java.util.List;

/** One page of a list: the items, the page asked for (from 0), its size and the total count. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    /** Page and size as the caller asked, within sane bounds. */
    public static int size(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }

    public static long offset(int page, int size) {
        return (long) Math.max(0, page) * size(size);
    }
}
