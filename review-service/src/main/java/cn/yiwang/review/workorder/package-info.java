/**
 * Rectification work orders for negative evaluations: verify (核实) → rectify (整改) → reply →
 * return visit (回访), with working-day deadlines and escalation when overdue (国办发〔2019〕51号;
 * DOMAIN.md §3, §4).
 */
package cn.yiwang.review.workorder;
