/** Defaults every service runs with: loopback binding, health groups, metrics tags, exposure. */
package cn.yiwang.common.observability;
