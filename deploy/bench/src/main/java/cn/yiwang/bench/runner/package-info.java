/**
 * The benchmark runner: starts the local platform on free ports, runs each scenario's Gatling
 * simulation or measurement through the gateway, checks the zero-loss counts in the services'
 * databases and writes the summary table (deploy/bench/results/summary.md).
 */
package cn.yiwang.bench.runner;
