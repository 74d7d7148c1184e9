/**
 * 12345 tickets (DOMAIN.md §7, ARCHITECTURE.md flow 5): intake from every channel, direct answer,
 * dispatch, return and review, ownership ruling, handling limits, extension, supervision, reply,
 * return visit, reopening, 110 transfer and merging, with the ticket stream {@code hotline.ticket.v1}.
 */
package cn.yiwang.hotline.ticket;
