-- A bundle parent's merged form (一件事: one form for every item) holds personal data and is shown decrypted to the
-- offices handling it: those reads are logged like a case's, against the parent (bundle_case), which case_file does
-- not hold. Each entry concerns exactly one case or one bundle parent.
alter table personal_data_access alter column case_id drop not null;
alter table personal_data_access add column bundle_case_id uuid references bundle_case (id);
alter table personal_data_access add constraint personal_data_access_one_subject
    check ((case_id is null) <> (bundle_case_id is null));
create index personal_data_access_bundle on personal_data_access (bundle_case_id, accessed_at)
    where bundle_case_id is not null;
