/** Problem responses when a service is unavailable or too slow behind its circuit breaker. */
package cn.yiwang.gateway.fallback;
