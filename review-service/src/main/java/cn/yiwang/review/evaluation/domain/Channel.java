package cn.yiwang.review.evaluation.domain;

import java.util.Arrays;

/**
 * The seven evaluation channels of the 好差评 system (DOMAIN.md §4), stored by name; the code is
 * the one the exchange interfaces use.
 */
public enum Channel {
    PC(1),
    MOBILE(2),
    QR_CODE(3),
    HALL_DEVICE(4),
    HALL_TERMINAL(5),
    PHONE(6),
    SMS(7);

    private final int code;

    Channel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Channels on which a walk-in service is rated by the short code shown at the window. */
    public boolean isOnSite() {
        return this == QR_CODE || this == HALL_DEVICE || this == HALL_TERMINAL || this == MOBILE;
    }

    public static Channel fromCode(int code) {
        return Arrays.stream(values()).filter(channel -> channel.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no evaluation channel " + code));
    }
}
