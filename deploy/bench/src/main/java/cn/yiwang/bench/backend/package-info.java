/** A trivial backend that answers like a service, so the gateway's own cost can be measured. */
package cn.yiwang.bench.backend;
