-- Bundle read model from catalog-service's bundle.published events (一件事).
create table bundle_version (
    bundle_id   uuid        not null,
    version     integer     not null,
    region_code varchar(12) not null,
    bundle      jsonb       not null,
    stored_at   timestamptz not null,
    primary key (bundle_id, version)
);

-- Bundle applications: the parent case, stored whole in "state"; its children are ordinary case_file rows.
create table bundle_case (
    id                uuid primary key,
    number            varchar(50)  not null unique,
    bundle_id         uuid         not null,
    applicant_id_hash varchar(128) not null,
    accepting_region  varchar(12)  not null,
    accepting_org     varchar(18)  not null,
    status            varchar(16)  not null,
    submitted_at      timestamptz  not null,
    state             jsonb        not null,
    version           bigint       not null,
    updated_at        timestamptz  not null
);
create index bundle_case_applicant on bundle_case (applicant_id_hash, submitted_at desc);

-- Which parent a child case belongs to: every case event looks its case up here.
create table bundle_case_child (
    case_id   uuid primary key,
    parent_id uuid not null references bundle_case (id)
);

-- Idempotency-Key of a bundle application.
create table bundle_application_request (
    subject         varchar(255) not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    bundle_case_id  uuid         not null,
    created_at      timestamptz  not null,
    primary key (subject, idempotency_key)
);
