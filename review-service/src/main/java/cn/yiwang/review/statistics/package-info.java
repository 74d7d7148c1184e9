/**
 * 好差评 statistics kept as counters updated with every change (evaluation rate, satisfaction
 * distribution, good rate, rectification and return-visit rates, the "三个100%") by region,
 * organisation, staff, item, channel, day and month (国办发〔2019〕51号; GB/T 39735-2020).
 */
package cn.yiwang.review.statistics;
