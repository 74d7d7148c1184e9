package cn.yiwang.vectorcontrol.place.domain;

/** The supervising departments of the Baoji regulation Art. 5. */
public enum Department {
    HEALTH,
    MARKET_REGULATION,
    HOUSING,
    CITY_MANAGEMENT,
    EDUCATION,
    WATER,
    TRANSPORT,
    CULTURE_TOURISM,
    HERITAGE,
    AGRICULTURE,
    DEVELOPMENT,
    COMMERCE,
    RAILWAY
}
