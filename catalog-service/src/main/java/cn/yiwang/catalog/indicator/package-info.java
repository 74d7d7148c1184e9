/** Indicators per region and department (fully online, at most one visit, immediate, time reduction) against the configured targets. */
package cn.yiwang.catalog.indicator;
