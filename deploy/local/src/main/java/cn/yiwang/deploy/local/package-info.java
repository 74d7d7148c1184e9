/** The one-command local platform: infrastructure, identity, six services and the gateway on one machine. */
package cn.yiwang.deploy.local;
