package cn.yiwang.bench.runner;

/**
 * One request's (or all requests') figures from a Gatling report: counts, mean throughput over the
 * run and the response-time percentiles in milliseconds.
 */
record RequestStats(long total, long ok, long ko, double throughput, long p50, long p95, long p99, long max) {
}
