package cn.yiwang.vectorcontrol.monitoring.domain;

import java.math.BigDecimal;

/** How a value meets a threshold: most indices must stay at or under it, compliance rates reach it. */
public enum Comparison {
    AT_MOST {
        @Override
        public boolean meets(BigDecimal value, BigDecimal threshold) {
            return value.compareTo(threshold) <= 0;
        }
    },
    LESS_THAN {
        @Override
        public boolean meets(BigDecimal value, BigDecimal threshold) {
            return value.compareTo(threshold) < 0;
        }
    },
    AT_LEAST {
        @Override
        public boolean meets(BigDecimal value, BigDecimal threshold) {
            return value.compareTo(threshold) >= 0;
        }
    };

    public abstract boolean meets(BigDecimal value, BigDecimal threshold);
}
