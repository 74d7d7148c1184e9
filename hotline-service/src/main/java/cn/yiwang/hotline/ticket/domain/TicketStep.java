package cn.yiwang.hotline.ticket.domain;

import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One entry of a ticket's timeline: what happened, when, by whom (subject and organisation) and
 * why. The timeline is the ticket's audit trail for supervision and KPIs.
 */
@Table("ticket_step")
public record TicketStep(StepAction action, Instant at, String actorSubject, String actorOrg, String note) {
}
