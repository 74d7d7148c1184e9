-- Inspections by supervising departments with their rectification orders (Art. 30–31).
create table inspection (
    id                     uuid primary key,
    place_id               uuid         not null references place (id),
    region_code            varchar(12)  not null,
    department             varchar(40)  not null,
    inspector_org          varchar(18),
    inspected_by           varchar(128) not null,
    inspected_on           date         not null,
    complaint_id           uuid,
    status                 varchar(24)  not null,
    rectification_deadline date,
    reinspections          integer      not null,
    closed_on              date,
    escalated_at           timestamptz,
    version                integer      not null
);
create index inspection_open_orders on inspection (status, rectification_deadline);
create index inspection_place on inspection (place_id);

create table inspection_finding (
    inspection_id uuid         not null references inspection (id),
    position      integer      not null,
    subject       varchar(60)  not null,
    description   varchar(500) not null,
    primary key (inspection_id, position)
);
