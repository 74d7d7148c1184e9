/** RFC 9457 problem responses: a stable type per kind of error, messages in zh-CN and English. */
package cn.yiwang.common.problem;
