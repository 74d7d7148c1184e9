-- 12345 tickets (国办发〔2020〕53号, 国办函〔2025〕66号): the category tree, the dispatch catalogue,
-- tickets with their timeline. Personal data of callers is stored encrypted (*_cipher) with a keyed
-- hash beside what must be looked up (*_hash); see ARCHITECTURE.md "Personal data".

-- The configurable category tree. Codes are hierarchical (env.vector.rats under env.vector) and
-- double as Open311 service codes. transfer_to_110 / transfer_from_110 are the agreed one-key
-- transfer list of 国办发〔2022〕12号; vector_species marks the categories that become complaints in
-- vector-control-service.
create table category (
    code              varchar(64) primary key,
    parent_code       varchar(64) references category (code),
    name_zh           varchar(100) not null,
    name_en           varchar(100) not null,
    description_zh    text,
    description_en    text,
    keywords          varchar(200),
    vector_species    varchar(16) check (vector_species in ('RATS', 'MOSQUITOES', 'FLIES', 'COCKROACHES')),
    open311           boolean not null default false,
    transfer_to_110   boolean not null default false,
    transfer_from_110 boolean not null default false,
    service_notice_zh text,
    service_notice_en text,
    position          int not null default 0
);

-- Open311 service attributes (GeoReport v2 "service definition").
create table category_attribute (
    category_code  varchar(64) not null references category (code),
    code           varchar(64) not null,
    datatype       varchar(16) not null check (datatype in ('string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist')),
    required       boolean not null,
    description_zh text not null,
    description_en text not null,
    position       int not null,
    primary key (category_code, code)
);

create table category_attribute_value (
    category_code  varchar(64) not null,
    attribute_code varchar(64) not null,
    value_key      varchar(64) not null,
    name_zh        varchar(100) not null,
    name_en        varchar(100) not null,
    position       int not null,
    primary key (category_code, attribute_code, value_key),
    foreign key (category_code, attribute_code) references category_attribute (category_code, code)
);

-- The dispatch catalogue (派单目录): category × region → lead department and assisting ones. The most
-- specific category, then the most specific region wins.
create table dispatch_rule (
    id                  bigserial primary key,
    category_code       varchar(64) not null references category (code),
    region_code         varchar(12) not null,
    lead_org_code       varchar(18) not null,
    lead_org_name       varchar(100) not null,
    assisting_org_codes varchar(400),
    unique (category_code, region_code)
);

create sequence ticket_number_seq;

create table ticket (
    id                    varchar(36) primary key,
    version               bigint not null,
    number                varchar(32) not null unique,
    channel               varchar(16) not null,
    type                  varchar(16) not null,
    category_code         varchar(64) not null references category (code),
    region_code           varchar(12) not null,
    location              varchar(300),
    latitude              double precision,
    longitude             double precision,
    description           text,
    urgency               varchar(16) not null,
    media_url             varchar(500),
    external_ref          varchar(64),
    partner_id            varchar(64),
    caller_id_hash        varchar(128),
    caller_name_cipher    text,
    caller_phone_cipher   text,
    caller_phone_hash     varchar(128),
    caller_address_cipher text,
    emergency_line        varchar(16),
    legal_route           varchar(32),
    status                varchar(16) not null,
    answer                text,
    lead_org_code         varchar(18),
    lead_org_name         varchar(100),
    assisting_org_codes   varchar(400),
    ownership_decided     boolean not null,
    return_reason         text,
    return_count          int not null,
    limit_amount          int,
    limit_unit            varchar(16),
    clock_started_at      timestamptz,
    due_at                timestamptz,
    extension_requested   int,
    extension_reason      text,
    supervision_level     int not null,
    last_supervised_at    timestamptz,
    dispatched_at         timestamptz,
    accepted_at           timestamptz,
    reply                 text,
    replied_at            timestamptz,
    replied_on_time       boolean,
    reopen_count          int not null,
    satisfaction          varchar(16),
    resolved              boolean,
    transferred_to        varchar(16),
    transfer_reference    varchar(64),
    merged_into           varchar(36) references ticket (id),
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    closed_at             timestamptz
);

create index ticket_region_status on ticket (region_code, status);
create index ticket_lead_org on ticket (lead_org_code, status);
create index ticket_caller_id on ticket (caller_id_hash);
create index ticket_caller_phone on ticket (caller_phone_hash, created_at);
create index ticket_category_created on ticket (category_code, created_at);
create index ticket_due on ticket (due_at) where status in ('DISPATCHED', 'IN_HANDLING');

create table ticket_step (
    ticket_id     varchar(36) not null references ticket (id),
    position      int not null,
    action        varchar(32) not null,
    at            timestamptz not null,
    actor_subject varchar(100),
    actor_org     varchar(18),
    note          text,
    primary key (ticket_id, position)
);
