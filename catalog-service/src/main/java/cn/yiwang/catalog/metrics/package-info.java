/** Business metrics of the catalog for operations: how many guides are public and how many pass the quality rules. */
package cn.yiwang.catalog.metrics;
