-- The commitment verification task (告知承诺制): cases whose commitments still need checking.
alter table case_file add column commitment_pending boolean not null default false;
create index case_file_commitment_pending on case_file (deciding_region text_pattern_ops) where commitment_pending;
