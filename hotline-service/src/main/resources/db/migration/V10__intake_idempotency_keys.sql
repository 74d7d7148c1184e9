-- Intake files a ticket once per Idempotency-Key (apps and partner systems retry; Open311 and agents send
-- none): the key is claimed by the caller's subject in the transaction that files the ticket, with a hash of
-- the request, so a retry finds the ticket filed first and the same key with another request is refused.
-- common-lib's IdempotentSubmissions reads and writes this table.
create table ticket_request (
    subject         varchar(255) not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    ticket_id       uuid         not null,
    created_at      timestamptz  not null,
    primary key (subject, idempotency_key)
);
