package cn.yiwang.vectorcontrol.monitoring.domain;

import java.util.Collection;

/**
 * Density control level (密度控制水平), best first. A value worse than C is below standard
 * (不达标); a national sanitary city needs C or better for all four species.
 */
public enum ControlLevel {
    A, B, C, BELOW_STANDARD;

    /** The worst of the levels: a species is only as good as its worst sub-indicator. */
    public static ControlLevel worstOf(Collection<ControlLevel> levels) {
        ControlLevel worst = null;
        for (ControlLevel level : levels) {
            if (worst == null || level.ordinal() > worst.ordinal()) {
                worst = level;
            }
        }
        return worst;
    }

    public boolean isWorseThan(ControlLevel other) {
        return ordinal() > other.ordinal();
    }
}
