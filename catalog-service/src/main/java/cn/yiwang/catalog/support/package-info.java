/** Service-local glue: JSON columns, text helpers and access rules shared by the features. */
package cn.yiwang.catalog.support;
