/** Rate limits at the edge: per source address before authentication, per client and user after it. */
package cn.yiwang.gateway.ratelimit;
