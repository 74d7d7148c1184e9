-- Complaints from 12345 (Art. 32); one per hotline ticket.
create table complaint (
    id            uuid primary key,
    ticket_id     varchar(64)   not null unique,
    region_code   varchar(12)   not null,
    pest          varchar(16)   not null,
    category      varchar(64)   not null,
    address       varchar(300),
    description   varchar(2000),
    received_at   timestamptz   not null,
    status        varchar(16)   not null,
    inspection_id uuid,
    substantiated boolean,
    reply         varchar(1000),
    answered_by   varchar(128),
    answered_at   timestamptz,
    version       integer       not null
);
create index complaint_region_status on complaint (region_code, status);
