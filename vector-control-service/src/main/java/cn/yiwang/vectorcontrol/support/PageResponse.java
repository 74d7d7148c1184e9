package cn.yiwang.vectorcontrol.support;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a list as every list endpoint answers it: items, page number, size and totals. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** Page size within 1–100, so no caller can ask for a whole city at once. */
    public static int size(int requested) {
        return Math.max(1, Math.min(100, requested));
    }
}
