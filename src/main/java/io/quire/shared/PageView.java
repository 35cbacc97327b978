package io.quire.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a listing, with what the pagination fragment needs to render real links.
 *
 * @param number zero-based page number
 */
public record PageView<T>(List<T> items, int number, int totalPages, long totalItems) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageView<>(page.getContent().stream().map(mapper).toList(), page.getNumber(),
                page.getTotalPages(), page.getTotalElements());
    }

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.getContent(), page.getNumber(), page.getTotalPages(), page.getTotalElements());
    }

    public boolean hasPrevious() {
        return number > 0;
    }

    public boolean hasNext() {
        return number + 1 < totalPages;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
