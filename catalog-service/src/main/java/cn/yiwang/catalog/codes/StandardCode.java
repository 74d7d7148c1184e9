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

    /** Reads a constant's name or the standard's code (JSON input); anything else is a malformed request. */
    static <E extends Enum<E> & StandardCode> E fromNameOrCode(Class<E> table, String value) {
        for (E candidate : table.getEnumConstants()) {
            if (candidate.name().equals(value) || candidate.code().equals(value)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown " + table.getSimpleName() + ": " + value);
    }

    static <E extends Enum<E> & StandardCode> E requireCode(Class<E> table, String code) {
        return byCode(table, code).orElseThrow(
                () -> new IllegalArgumentException("no " + table.getSimpleName() + " with code " + code));
    }
}
