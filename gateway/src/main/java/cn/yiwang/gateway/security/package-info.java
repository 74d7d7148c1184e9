/** Token validation at the edge and problem responses for 401/403. */
package cn.yiwang.gateway.security;
