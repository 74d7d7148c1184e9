-- Responsible units' places, the supervising department per place (Art. 5, overridable with a
-- reason), the departments' offices by credit code, and breeding sites (Art. 16).
create table place (
    id                         uuid primary key,
    unit_credit_code           varchar(18)  not null,
    unit_name                  varchar(200) not null,
    name                       varchar(200) not null,
    place_type                 varchar(40)  not null,
    address                    varchar(300) not null,
    region_code                varchar(12)  not null,
    responsible_person         varchar(100),
    responsible_phone          varchar(40),
    facilities                 varchar(400) not null,
    supervising_department     varchar(40)  not null,
    department_override_reason varchar(300),
    registered_at              timestamptz  not null,
    version                    integer      not null
);
create index place_region on place (region_code);
create index place_unit on place (unit_credit_code);

create table department_office (
    org_code    varchar(18) primary key,
    name        varchar(200) not null,
    department  varchar(40)  not null,
    region_code varchar(12)  not null,
    version     integer      not null
);

create table breeding_site (
    id                uuid primary key,
    region_code       varchar(12)  not null,
    place_id          uuid references place (id),
    site_type         varchar(40)  not null,
    location          varchar(300) not null,
    found_by          varchar(128) not null,
    found_by_role     varchar(40)  not null,
    found_on          date         not null,
    deadline          date         not null,
    status            varchar(24)  not null,
    remediation_note  varchar(500),
    last_recheck_on   date,
    last_recheck_by   varchar(128),
    version           integer      not null
);
create index breeding_site_region_status on breeding_site (region_code, status);
