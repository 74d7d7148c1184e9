/**
 * The case (办件) from application to delivery: acceptance, the one supplement notice, special
 * procedures and extension, conclusion and delivery, as the Administrative Licensing Law (§29–§45)
 * and GB/T 39046 (exchange data sets of acceptance, process, special procedure and result) describe it.
 */
package cn.yiwang.cases.casefile;
