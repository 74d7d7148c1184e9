package cn.yiwang.cases.casefile.domain;

/** Where the application came in (GB/T 39046 A.5 handling forms, plus kiosks and partner systems). */
public enum Channel {
    PC, MOBILE, KIOSK, WINDOW, PARTNER;

    /** Online for the "online share" indicator: submitted without coming to a window. */
    public boolean online() {
        return this == PC || this == MOBILE;
    }
}
