package cn.yiwang.catalog.codes;

import java.util.Arrays;
import java.util.Optional;

/** A value of a code table: the code the standard assigns and the Chinese name documents use. */
public interface StandardCode {

    String code();

    String label();

    static <E extends Enum<E> & StandardCode> Optional<E> byCode(Class<E> table, String code) {
        return Arrays.stream(table.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }

    static <E extends Enum<E> & StandardCode> E requireCode(Class<E> table, String code) {
        return byCode(table, code).orElseThrow(
                () -> new IllegalArgumentException("no " + table.getSimpleName() + " with code " + code));
    }
}
