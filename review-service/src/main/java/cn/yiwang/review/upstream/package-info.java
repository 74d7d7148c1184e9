/**
 * Reporting to the provincial/national 好差评 system: store-and-forward with retry, so no evaluation is
 * lost while the upstream is away (国办发〔2019〕51号: data aggregated to the national system).
 */
package cn.yiwang.review.upstream;
