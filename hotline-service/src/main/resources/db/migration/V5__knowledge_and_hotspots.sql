-- The knowledge base agents answer from: published service guides (from catalog's item.published,
-- kept as the few fields the hotline needs) and the centre's own FAQs.
create table knowledge_entry (
    id            varchar(80) primary key,
    source        varchar(16) not null check (source in ('SERVICE_GUIDE', 'FAQ')),
    reference     varchar(64),
    title         varchar(300) not null,
    department    varchar(200),
    region_code   varchar(12) not null,
    region_prefix varchar(12) not null,
    body          text not null,
    version       int,
    updated_at    timestamptz not null
);

create index knowledge_entry_region on knowledge_entry (region_prefix);

-- 未诉先办: a rolling count of tickets by category and area crossed the configured threshold.
create table hotspot (
    id            varchar(36) primary key,
    category_code varchar(64) not null references category (code),
    region_code   varchar(12) not null,
    window_start  timestamptz not null,
    detected_at   timestamptz not null,
    ticket_count  int not null,
    ticket_ids    text not null
);

create index hotspot_key on hotspot (category_code, region_code, detected_at);
