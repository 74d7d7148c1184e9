/** "一件事一次办" bundles: a named set of published items with a lead department, one merged form and one merged set of materials. */
package cn.yiwang.catalog.bundle;
