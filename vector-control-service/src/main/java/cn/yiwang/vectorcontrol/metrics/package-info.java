/** Business gauges of the service for dashboards and alerts (Prometheus via Micrometer). */
package cn.yiwang.vectorcontrol.metrics;
