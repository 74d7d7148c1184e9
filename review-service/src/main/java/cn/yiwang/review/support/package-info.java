/** Service-local glue: configuration, access rules, problems and paging shared by the features. */
package cn.yiwang.review.support;
