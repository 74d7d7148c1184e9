/** REST endpoints of cases under {@code /api/v1/cases}. */
package cn.yiwang.cases.casefile.web;
