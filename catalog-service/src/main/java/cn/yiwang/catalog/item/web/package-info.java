/** REST API of implementation items: {@code /items} for editors and reviewers, {@code /public/items} for everybody. */
package cn.yiwang.catalog.item.web;
