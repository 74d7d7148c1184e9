-- Service organisations (Art. 25), technicians and training, contracts and service records
-- (Art. 29) with the products used.
create table service_organisation (
    id                  uuid primary key,
    credit_code         varchar(18)  not null unique,
    name                varchar(200) not null,
    region_code         varchar(12)  not null,
    address             varchar(300) not null,
    contact_phone       varchar(40),
    qualification       boolean      not null,
    procedures          boolean      not null,
    premises_and_stores boolean      not null,
    pricing             boolean      not null,
    registered_at       timestamptz  not null,
    version             integer      not null
);
create index service_organisation_region on service_organisation (region_code);

create table technician (
    id                 uuid primary key,
    organisation_id    uuid         not null references service_organisation (id),
    name               varchar(100) not null,
    certificate_number varchar(60),
    version            integer      not null
);
create index technician_organisation on technician (organisation_id);

create table training_record (
    technician_id uuid         not null references technician (id),
    course        varchar(200) not null,
    provider      varchar(200) not null,
    completed_on  date         not null,
    hours         integer      not null
);
create index training_record_technician on training_record (technician_id);

create table service_contract (
    id               uuid primary key,
    organisation_id  uuid          not null references service_organisation (id),
    unit_credit_code varchar(18)   not null,
    unit_name        varchar(200)  not null,
    starts_on        date          not null,
    ends_on          date          not null,
    pests            varchar(100)  not null,
    price            numeric(12, 2),
    version          integer       not null
);
create index service_contract_organisation on service_contract (organisation_id);

create table service_record (
    id               uuid primary key,
    organisation_id  uuid          not null references service_organisation (id),
    contract_id      uuid references service_contract (id),
    unit_credit_code varchar(18)   not null,
    unit_name        varchar(200)  not null,
    service_date     date          not null,
    pests            varchar(100)  not null,
    service_price    numeric(12, 2),
    recorded_at      timestamptz   not null,
    version          integer       not null
);
create index service_record_organisation on service_record (organisation_id, service_date);

create table product_use (
    service_record_id   uuid          not null references service_record (id),
    position            integer       not null,
    product_name        varchar(200)  not null,
    registration_number varchar(40)   not null,
    active_ingredient   varchar(200)  not null,
    quantity            numeric(12, 3) not null,
    unit                varchar(20)   not null,
    price               numeric(12, 2),
    primary key (service_record_id, position)
);
