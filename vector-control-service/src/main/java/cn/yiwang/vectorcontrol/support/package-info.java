/** Service-local glue shared by the features: the clock, the caller's language, paging. */
package cn.yiwang.vectorcontrol.support;
