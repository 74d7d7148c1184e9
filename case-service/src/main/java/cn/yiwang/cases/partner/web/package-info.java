/** {@code /api/v1/cases/partner-records}: partner systems push their cases; the region's quality pass rate. */
package cn.yiwang.cases.partner.web;
