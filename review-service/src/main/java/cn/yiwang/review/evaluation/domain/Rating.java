package cn.yiwang.review.evaluation.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the person served chose: a level (never a default: 国办发〔2019〕51号 forbids counting an
 * unchosen "good" as a rating), indicator codes from the configured list, free text as given, the
 * channel, and whether the evaluation is anonymous.
 */
public record Rating(Level level, List<String> indicators, String text, Channel channel, boolean anonymous) {

    public Rating {
        Objects.requireNonNull(level, "a rating needs a level chosen by the evaluator");
        Objects.requireNonNull(channel, "channel");
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
