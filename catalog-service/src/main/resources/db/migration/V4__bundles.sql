-- 一件事一次办: bundles of published items with a lead department.
create table bundle (
    id                uuid primary key,
    name              varchar(200) not null,
    region_code       varchar(12)  not null references region (code),
    lead_department   varchar(100) not null,
    description       text,
    status            varchar(20)  not null,
    published_version integer,
    version           bigint       not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null
);

create table bundle_item (
    bundle    uuid     not null references bundle (id),
    position  integer  not null,
    item_code char(31) not null,
    primary key (bundle, position)
);

-- Published bundles: the merged form and materials as bundle.published carries them.
create table bundle_version (
    bundle_id    uuid         not null references bundle (id),
    version_no   integer      not null,
    state        varchar(12)  not null,
    region_code  varchar(12)  not null,
    name         varchar(200) not null,
    published    jsonb        not null,
    published_at timestamptz  not null,
    primary key (bundle_id, version_no)
);

create index bundle_version_current_region on bundle_version (region_code varchar_pattern_ops) where state = 'CURRENT';
