/** An embedded PostgreSQL server with one database and one login per owner (service). */
package cn.yiwang.infra.postgres;
