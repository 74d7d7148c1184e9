/**
 * Escalation inboxes (升级督办): every supervision level of an overdue ticket reaches whom it presses —
 * the supervisors of the county, city or province, or the lead department — who read their notices,
 * newest first, and acknowledge each once (recorded in the ticket's timeline).
 */
package cn.yiwang.hotline.escalation;
