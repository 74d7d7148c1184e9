-- Density monitoring (Baoji regulation Art. 21): surveys of a district and period, the CDC's
-- field records, and the control level per species once a survey is evaluated.
create table survey (
    id            uuid primary key,
    region_code   varchar(12)  not null,
    period_start  date         not null,
    period_end    date         not null,
    status        varchar(16)  not null,
    table_version varchar(32),
    opened_by     varchar(128) not null,
    opened_at     timestamptz  not null,
    evaluated_at  timestamptz,
    version       integer      not null,
    constraint survey_period check (period_end >= period_start)
);
create index survey_region_period on survey (region_code, period_start);

-- Measures vary by method (traps, rooms, km, lamp-nights …): one JSON object per record,
-- read back in one query per survey.
create table monitoring_record (
    id          uuid primary key,
    survey_id   uuid         not null references survey (id),
    method      varchar(40)  not null,
    species     varchar(16)  not null,
    observed_on date         not null,
    location    varchar(200),
    measures    jsonb        not null,
    entered_by  varchar(128) not null,
    entered_at  timestamptz  not null
);
create index monitoring_record_survey on monitoring_record (survey_id);

-- Written when a survey is evaluated: the levels over time for dashboards.
create table survey_level (
    survey_id uuid        not null references survey (id),
    species   varchar(16) not null,
    level     varchar(16),
    complete  boolean     not null,
    primary key (survey_id, species)
);
