/** Public search and browse of published guides: by region subtree (with parent regions' cross-region items), department, type, theme, keyword and flags. */
package cn.yiwang.catalog.search;
