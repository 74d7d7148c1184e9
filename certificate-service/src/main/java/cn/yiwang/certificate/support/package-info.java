/** Service-local glue shared by the features: localised messages, paged answers, the clock. */
package cn.yiwang.certificate.support;
