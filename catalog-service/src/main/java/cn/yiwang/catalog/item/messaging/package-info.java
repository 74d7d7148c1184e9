/** The item events on topic {@code catalog.item.v1}: wire records owned here, examples in {@code contracts/events/}. */
package cn.yiwang.catalog.item.messaging;
