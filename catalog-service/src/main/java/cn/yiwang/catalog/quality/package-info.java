/** Quality checks (要素统一、不存在空缺): configurable completeness and consistency rules, the publication gate and a region's pass rate (抽检合格率). */
package cn.yiwang.catalog.quality;
