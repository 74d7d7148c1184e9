/** Loopback networking helpers shared by the embedded infrastructure. */
package cn.yiwang.infra.net;
