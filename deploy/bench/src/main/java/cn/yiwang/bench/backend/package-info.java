/** The backend of gateway.sh: a trivial endpoint and a published guide read from PostgreSQL, answered like a service. */
package cn.yiwang.bench.backend;
