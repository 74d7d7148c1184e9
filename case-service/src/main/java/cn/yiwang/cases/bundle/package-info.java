/**
 * 一件事一次办: one application for a published bundle of items becomes one parent case and a child
 * case per item, handled in parallel by their departments; the parent concludes when every child
 * has, and withdrawing it withdraws the children still open.
 */
package cn.yiwang.cases.bundle;
