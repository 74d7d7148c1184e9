-- Regions the catalog knows (GB/T 2260). Data, not code: operators add regions with SQL.
create table region (
    code        varchar(12) primary key,
    name        varchar(100) not null,
    parent_code varchar(12) references region (code)
);

insert into region (code, name, parent_code) values
    ('610000', '陕西省', null),
    ('610100', '西安市', '610000'),
    ('610111', '灞桥区', '610100'),
    ('610300', '宝鸡市', '610000'),
    ('610326', '眉县', '610300'),
    ('610900', '安康市', '610000'),
    ('610926', '平利县', '610900');

-- 基本目录: set by the line ministry or the province.
create table basic_item (
    id              uuid primary key,
    code            char(12)     not null unique,
    name            varchar(200) not null,
    type            char(2)      not null,
    line_department varchar(100) not null,
    legal_basis     text         not null,
    levels          varchar(20)  not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);

-- 实施清单: one per implementing body and region, claimed from a basic item. The working copy of
-- the guide is edited here; published versions are frozen in item_version.
create table implementation_item (
    id                  uuid primary key,
    code                char(31)     not null unique,
    basic_item_id       uuid         not null references basic_item (id),
    basic_code          char(12)     not null,
    name                varchar(200) not null,
    type                char(2)      not null,
    legal_basis         text         not null,
    level               char(1)      not null,
    region_code         varchar(12)  not null references region (code),
    implementing_body   varchar(200) not null,
    body_credit_code    char(18)     not null,
    department          varchar(100) not null,
    status              varchar(20)  not null,
    guide               jsonb        not null,
    published_version   integer,
    publication_withdrawn boolean    not null default false,
    version             bigint       not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);

create index implementation_item_region on implementation_item (region_code, status);
create index implementation_item_body on implementation_item (body_credit_code);

-- 调整申请: changes to a published item, reviewed by the region's approval office.
create table change_request (
    id                  uuid primary key,
    implementation_item uuid         not null references implementation_item (id),
    reason              text         not null,
    status              varchar(20)  not null,
    opened_by           varchar(100) not null,
    opened_at           timestamptz  not null,
    decided_by          varchar(100),
    decided_at          timestamptz,
    decision_comment    text
);

create index change_request_item on change_request (implementation_item);

-- Published versions, immutable once written except for the end of their validity. Exactly one
-- version of an item is current while the item is published; the guide column is the full
-- published guide (what item.published carries), the other columns are copies for search.
create table item_version (
    item_id            uuid         not null references implementation_item (id),
    version_no         integer      not null,
    state              varchar(12)  not null,
    code               char(31)     not null,
    basic_code         char(12)     not null,
    name               varchar(200) not null,
    name_initials      varchar(200) not null,
    type               char(2)      not null,
    region_code        varchar(12)  not null,
    department         varchar(100) not null,
    online_depth       char(1),
    fully_online       boolean      not null,
    at_most_one_visit  boolean      not null,
    immediate          boolean      not null,
    cross_region_scope varchar(20)  not null,
    high_frequency     boolean      not null,
    legal_limit_days   integer,
    promised_limit_days integer,
    quality_passed     boolean      not null,
    themes             varchar(400) not null default '',
    guide              jsonb        not null,
    published_at       timestamptz  not null,
    published_by       varchar(100) not null,
    ended_at           timestamptz,
    primary key (item_id, version_no)
);

create unique index item_version_one_current on item_version (item_id) where state = 'CURRENT';
create index item_version_current_code on item_version (code) where state = 'CURRENT';
create index item_version_current_region on item_version (region_code, department) where state = 'CURRENT';
create index item_version_current_type on item_version (type) where state = 'CURRENT';
create index item_version_current_name on item_version (name) where state = 'CURRENT';
