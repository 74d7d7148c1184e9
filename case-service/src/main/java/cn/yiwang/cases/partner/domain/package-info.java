/** The quality rules of a pushed case record, as plain Java. */
package cn.yiwang.cases.partner.domain;
