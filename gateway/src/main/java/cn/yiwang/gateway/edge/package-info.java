/** Edge hygiene: CORS for the configured front ends, security headers, and the access log. */
package cn.yiwang.gateway.edge;
