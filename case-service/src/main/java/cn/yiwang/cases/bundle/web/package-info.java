/** {@code /api/v1/cases/bundles}: apply for a 一件事 bundle, follow it, withdraw it. */
package cn.yiwang.cases.bundle.web;
