/** The elements of a service guide (办事指南, DOMAIN.md §2) as plain values, shared by items, quality checks and bundles. */
package cn.yiwang.catalog.guide;
