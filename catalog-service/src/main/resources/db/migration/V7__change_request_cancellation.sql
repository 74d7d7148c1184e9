-- The implementing body can cancel a pending change request; who, when and why stay on the row.
alter table change_request add column cancelled_by varchar(100);
alter table change_request add column cancelled_at timestamptz;
alter table change_request add column cancel_reason text;
