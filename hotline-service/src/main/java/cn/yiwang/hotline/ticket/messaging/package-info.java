/**
 * The ticket stream {@code hotline.ticket.v1} (ARCHITECTURE.md flow 5) and the listener that turns
 * vector-control-service's complaint outcome into the department's reply.
 */
package cn.yiwang.hotline.ticket.messaging;
