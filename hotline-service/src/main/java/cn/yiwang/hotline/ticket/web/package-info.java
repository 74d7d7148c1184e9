/** REST for tickets under {@code /api/v1/hotline/tickets}: records in, records out. */
package cn.yiwang.hotline.ticket.web;
