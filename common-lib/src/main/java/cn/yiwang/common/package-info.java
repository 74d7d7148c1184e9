/** Platform defaults shared by every Yiwang service: infrastructure only, never domain types. */
package cn.yiwang.common;
