/**
 * The ops console of the local platform (which has no Grafana): the gateway reads every service's
 * Prometheus endpoint and serves the key health and business figures as one JSON document and a
 * small chart page.
 */
package cn.yiwang.gateway.opsconsole;
