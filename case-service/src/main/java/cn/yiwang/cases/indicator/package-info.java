/**
 * Handling indicators per region, organisation and item (一网通办 performance reporting, DOMAIN.md
 * §2 targets): on-time rate against the promised limit, overdue count, online share, fully-online
 * share and average handling time in working days on the official calendar.
 */
package cn.yiwang.cases.indicator;
