-- A published bundle can be revised (a new version when published again) and withdrawn; every
-- version stays in bundle_version with the time its validity ended.
alter table bundle add column publication_withdrawn boolean not null default false;
alter table bundle_version add column ended_at timestamptz;
alter table bundle_version add column withdrawal_reason text;
