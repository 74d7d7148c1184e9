/**
 * The Gatling simulations (Java DSL) of the benchmark suite: each sends one kind of load through
 * the gateway, open-model at a fixed rate or closed-model at a fixed concurrency, bounded in time.
 */
package cn.yiwang.bench.simulations;
