/**
 * The published implementation items (实施清单事项) this service files cases under: a local read
 * model kept from catalog-service's {@code item.published} events (GB/T 39046 guide elements the
 * case needs: codes, limits, kind, materials, result), with a REST fallback to catalog-service
 * behind a circuit breaker when an item is not known here yet.
 */
package cn.yiwang.cases.item;
