-- 办件汇聚: cases partner county systems handled in their own systems, one row per partner and partner
-- case number (a push of the same number replaces or confirms it). "passed" feeds the region's quality
-- pass rate; "record" keeps the pushed record with the ID number encrypted.
create table partner_case (
    partner             varchar(255) not null,   -- the partner's OAuth2 client
    partner_case_number varchar(50)  not null,
    region_code         varchar(12)  not null,
    item_code           varchar(64),
    status              varchar(32),
    outcome             varchar(16),
    applicant_id_hash   varchar(128),
    passed              boolean      not null,
    reasons             jsonb        not null,
    history_length      integer      not null,
    record_hash         varchar(64)  not null,
    record              jsonb        not null,
    received_at         timestamptz  not null,
    updated_at          timestamptz  not null,
    primary key (partner, partner_case_number)
);
create index partner_case_region on partner_case (region_code text_pattern_ops);
