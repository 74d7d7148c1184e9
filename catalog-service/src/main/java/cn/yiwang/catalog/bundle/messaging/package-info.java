/** The bundle events on topic {@code catalog.bundle.v1}: wire records owned here, examples in {@code contracts/events/}. */
package cn.yiwang.catalog.bundle.messaging;
