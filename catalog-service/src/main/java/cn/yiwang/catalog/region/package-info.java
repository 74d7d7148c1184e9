/** The administrative regions the catalog knows (GB/T 2260), so items are never filed under a region that does not exist. */
package cn.yiwang.catalog.region;
