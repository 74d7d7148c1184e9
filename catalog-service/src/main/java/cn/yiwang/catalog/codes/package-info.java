/** The code tables of GB/T 39046 (appendix A) that items, guides and searches share, each with the standard's codes. */
package cn.yiwang.catalog.codes;
