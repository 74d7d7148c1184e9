-- 升级督办 notices: every supervision or escalation (ticket.supervised) lands in the inbox of whom it
-- presses — the supervisors of a region (REGION_SUPERVISOR, HIGHER_REGION) or the lead department
-- (DEPARTMENT) — until one of them acknowledges it (who and when, once). id = the event's id, so a
-- notice is stored once however often the event is heard.
create table escalation_notice (
    id                 varchar(36) primary key,
    ticket_id          varchar(36) not null references ticket (id),
    level              int not null,
    step               varchar(24) not null,
    notify_org_code    varchar(18),
    notify_region_code varchar(12),
    reason             varchar(16) not null,
    note               text,
    due_at             timestamptz,
    raised_at          timestamptz not null,
    acknowledged_by    varchar(100),
    acknowledged_org   varchar(18),
    acknowledged_at    timestamptz
);
create index escalation_notice_region_inbox on escalation_notice (notify_region_code, raised_at desc)
    where step <> 'DEPARTMENT';
create index escalation_notice_department_inbox on escalation_notice (notify_org_code, raised_at desc)
    where step = 'DEPARTMENT';
create index escalation_notice_ticket on escalation_notice (ticket_id);
