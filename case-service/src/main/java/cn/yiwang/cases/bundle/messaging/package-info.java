/** The bundle feature's wire records: catalog-service's {@code bundle.published} as read here, and the parent case's events. */
package cn.yiwang.cases.bundle.messaging;
