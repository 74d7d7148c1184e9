-- Open311 GeoReport v2 tokens: what a client gets back when it files a request, to look up the
-- service_request_id later (GET tokens/{token}).
create table open311_token (
    token      varchar(36) primary key,
    ticket_id  varchar(36) not null references ticket (id),
    created_at timestamptz not null
);
