/**
 * Evaluations (好差评评价): the person served rates a service event once — a first evaluation and at
 * most one follow-up — on five levels stored by name (国办发〔2019〕51号; GB/T 39734-2020 一次一评、一事一评;
 * GB/T 39735-2020), anonymous or real-name, with abuse controls and moderation of published text.
 */
package cn.yiwang.review.evaluation;
