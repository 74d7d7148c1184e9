/** Service-local glue: configuration, clock, messages in zh-CN and English. */
package cn.yiwang.hotline.support;
