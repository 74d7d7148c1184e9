-- The overdue gauge counts running cases past their promised deadline after each deadline scan.
create index case_file_open_due on case_file (promised_due_at)
    where status in ('ACCEPTED', 'UNDER_REVIEW', 'SPECIAL_PROCEDURE');
