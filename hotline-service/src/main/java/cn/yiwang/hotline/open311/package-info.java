/**
 * Open311 GeoReport v2 at {@code /open311/v2} (JSON and XML): services from the category tree,
 * service definitions (attributes), creating requests as tickets, listing and reading them with
 * the spec's filters, and token lookup — so existing Open311 clients work unchanged (DOMAIN.md §7).
 */
package cn.yiwang.hotline.open311;
