-- Staff reads of a case view that show the applicant's personal data unmasked are logged too (ARCHITECTURE.md
-- "Personal data"): besides the subject, the log keeps the platform roles and the organisation the reader acted
-- for, so the applicant sees which office looked. Null for the rows of service reads written before this version.
alter table personal_data_access
    add column accessor_roles varchar(255),
    add column accessor_org   varchar(64);
