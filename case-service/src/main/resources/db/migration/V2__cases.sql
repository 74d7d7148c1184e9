-- Cases (办件). The aggregate is stored whole in "state" (jsonb); the columns beside it are what
-- queues, "my cases" and the deadline scan filter and sort on, rewritten on every save.
create table case_file (
    id                  uuid primary key,
    number              varchar(50)  not null unique,   -- GB/T 39046: case number <= 50 chars
    status              varchar(32)  not null,
    item_code           varchar(64)  not null,
    item_name           varchar(300) not null,
    applicant_type      varchar(16)  not null,
    applicant_id_hash   varchar(128) not null,          -- keyed hash: "my cases" lookups
    channel             varchar(16)  not null,
    accepting_region    varchar(12)  not null,
    accepting_org       varchar(18)  not null,
    deciding_region     varchar(12)  not null,
    deciding_org        varchar(18)  not null,
    submitted_at        timestamptz  not null,
    accepted_at         timestamptz,
    concluded_at        timestamptz,
    outcome             varchar(16),
    legal_due_at        timestamptz,                    -- null before acceptance or while paused
    promised_due_at     timestamptz,
    warning_at          timestamptz,
    awaits_verification boolean      not null,
    open_gap_due        date,                           -- earliest due day of an open accepted gap
    warned              boolean      not null,
    overdue             boolean      not null,
    state               jsonb        not null,
    version             bigint       not null,
    updated_at          timestamptz  not null
);

create index case_file_applicant on case_file (applicant_id_hash, submitted_at desc);
create index case_file_accepting on case_file (accepting_region text_pattern_ops, status, submitted_at desc);
create index case_file_deciding on case_file (deciding_region text_pattern_ops, status, submitted_at desc);
-- The deadline scan reads only running cases that have something left to announce.
create index case_file_deadline_scan on case_file (warning_at)
    where status in ('ACCEPTED', 'UNDER_REVIEW', 'SPECIAL_PROCEDURE') and not overdue;
create index case_file_pending_verification on case_file (updated_at) where awaits_verification;

-- One counter per case-number prefix (item + day by default): numbers stay unique under concurrency.
create table case_number_counter (
    counter_key varchar(64) primary key,
    last_value  bigint not null
);

-- Idempotency-Key of an application: a retry returns the case the first attempt created.
create table application_request (
    subject         varchar(255) not null,
    idempotency_key varchar(255) not null,
    request_hash    varchar(64)  not null,
    case_id         uuid,
    created_at      timestamptz  not null,
    primary key (subject, idempotency_key)
);

-- Applicants found to have made a false commitment (告知承诺制): their next commitment is refused.
create table false_commitment_mark (
    applicant_id_hash varchar(128) primary key,
    case_id           uuid         not null,
    reason            text         not null,
    marked_at         timestamptz  not null
);

-- Item read model from catalog-service's item.published events.
create table item_version (
    implementation_code varchar(64) not null,
    version             integer     not null,
    region_code         varchar(12) not null,
    item                jsonb       not null,
    stored_at           timestamptz not null,
    primary key (implementation_code, version)
);
