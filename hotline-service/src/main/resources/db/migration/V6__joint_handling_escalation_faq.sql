-- 联动 with 110 (国办发〔2022〕12号): the ticket stays open here, keeps 110's reference number and
-- whether 110's part is done (null: not a joint matter).
alter table ticket add column joint_police_reference varchar(64);
alter table ticket add column joint_police_done boolean;

-- Escalation (督办 → 升级督办) along the configured chain: whom the current level presses.
alter table ticket add column escalation_step varchar(24);
alter table ticket add column escalation_org_code varchar(18);
alter table ticket add column escalation_region_code varchar(12);
create index ticket_escalation_region on ticket (escalation_region_code) where escalation_step is not null;

-- FAQs are edited and retired by the centre: each change is a new version, kept in full.
alter table knowledge_entry add column retired_at timestamptz;
create table knowledge_faq_revision (
    faq_id      varchar(80) not null references knowledge_entry (id),
    version     int not null,
    change      varchar(16) not null check (change in ('CREATED', 'EDITED', 'RETIRED')),
    title       varchar(300) not null,
    body        text not null,
    department  varchar(200),
    region_code varchar(12) not null,
    note        varchar(1000),
    changed_by  varchar(100) not null,
    changed_at  timestamptz not null,
    primary key (faq_id, version)
);
-- FAQs added before revisions existed become version 1.
update knowledge_entry set version = 1 where source = 'FAQ' and version is null;
insert into knowledge_faq_revision (faq_id, version, change, title, body, department, region_code, note, changed_by, changed_at)
select id, 1, 'CREATED', title, body, department, region_code, null, 'unknown', updated_at from knowledge_entry where source = 'FAQ';
