-- Who read a case's personal data, when and why (ARCHITECTURE.md "Personal data": access to a person's
-- file is written to an access log). The applicant sees the entries of their own case.
create table personal_data_access (
    id          bigserial    primary key,
    case_id     uuid         not null references case_file (id),
    accessed_at timestamptz  not null,
    accessor    varchar(255) not null,   -- the OAuth2 client (service) or subject that read the data
    purpose     varchar(64)  not null,
    fields      varchar(500) not null    -- which personal data was read, comma-separated
);
create index personal_data_access_case on personal_data_access (case_id, accessed_at);

-- A bundle's child cases name their parent in their own state (and so in every event): fill it in for
-- the children filed before this version, from the bundle_case_child rows that recorded the link.
update case_file f
   set state = jsonb_set(f.state, '{bundle}', jsonb_build_object('bundleCaseId', b.id, 'bundleCaseNumber', b.number))
  from bundle_case_child c
  join bundle_case b on b.id = c.parent_id
 where c.case_id = f.id;
