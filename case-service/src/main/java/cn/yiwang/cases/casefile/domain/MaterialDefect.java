package cn.yiwang.cases.casefile.domain;

import java.util.Objects;

/** One line of a supplement notice: which material, and what is missing or wrong with it. */
public record MaterialDefect(String materialCode, String problem) {

    public MaterialDefect {
        Objects.requireNonNull(materialCode, "materialCode");
        Objects.requireNonNull(problem, "problem");
    }
}
