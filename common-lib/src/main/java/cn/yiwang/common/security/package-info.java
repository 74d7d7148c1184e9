/** JWT resource-server defaults, Keycloak realm roles as authorities, and the caller as an {@link cn.yiwang.common.security.Actor}. */
package cn.yiwang.common.security;
