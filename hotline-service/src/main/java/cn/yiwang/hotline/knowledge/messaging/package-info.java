/** Listens to catalog-service's {@code catalog.item.v1} with readers owned here. */
package cn.yiwang.hotline.knowledge.messaging;
