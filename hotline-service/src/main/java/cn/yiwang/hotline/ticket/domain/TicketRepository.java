package cn.yiwang.hotline.ticket.domain;

import org.springframework.data.repository.ListCrudRepository;

/** Tickets, stored whole with their timeline. Reads for lists go through the queries instead. */
public interface TicketRepository extends ListCrudRepository<Ticket, String> {
}
