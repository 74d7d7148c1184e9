/** The gateway: the one door of the platform, with routing, authentication and resilience. */
package cn.yiwang.gateway;
