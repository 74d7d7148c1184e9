/**
 * The official working-day calendar (Asia/Shanghai) as data, and the clocks of statutory time
 * limits that run on it: working days, natural days and hours, with pauses for special procedures.
 */
package cn.yiwang.common.calendar;
