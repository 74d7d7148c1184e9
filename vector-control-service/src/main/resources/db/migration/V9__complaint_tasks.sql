-- Complaints become inspection tasks: assigned to the supervising department of the place (Art. 5)
-- or to the region's 爱卫办 ('AIWEI'), with a deadline in working days. Complaints received before
-- this are the 爱卫办's, without a deadline.
alter table complaint add column assigned_department varchar(24) not null default 'AIWEI';
alter table complaint add column assigned_org_code varchar(18);
alter table complaint add column place_id uuid;
alter table complaint add column task_due_at timestamptz;
create index complaint_assigned on complaint (assigned_org_code, status);
