/** The escalation inbox under {@code /api/v1/hotline/escalations}. */
package cn.yiwang.hotline.escalation.web;
