/** The parent case of a bundle application as plain Java: its children, when it concludes, what withdrawing it means. */
package cn.yiwang.cases.bundle.domain;
