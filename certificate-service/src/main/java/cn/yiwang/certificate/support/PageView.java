package cn.yiwang.certificate.support;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list as the API returns it. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** Page size bounds for every list: at least 1, at most 100. */
    public static int size(int requested) {
        return Math.max(1, Math.min(100, requested));
    }
}
