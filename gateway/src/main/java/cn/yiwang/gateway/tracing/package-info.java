/** A request id and a W3C traceparent on every request and response through the gateway. */
package cn.yiwang.gateway.tracing;
