/**
 * The configurable category tree of 12345 matters (data, seeded), including the vector
 * categories of DOMAIN.md §8 and the 110 transfer list; it is also the Open311 service list.
 */
package cn.yiwang.hotline.category;
