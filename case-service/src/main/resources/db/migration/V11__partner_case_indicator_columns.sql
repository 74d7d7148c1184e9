-- 办件汇聚 records count in the indicators (period by submission, scope by region and organisation): the submission
-- time (the first step of the record's history) and the accepting body as columns, filled for kept records that passed.
alter table partner_case add column submitted_at  timestamptz;
alter table partner_case add column accepting_org varchar(64);
update partner_case
   set submitted_at  = (record -> 'history' -> 0 ->> 'at')::timestamptz,
       accepting_org = record ->> 'acceptingOrgCode'
 where passed and (record -> 'history' -> 0 ->> 'at') ~ '^\d{4}-\d{2}-\d{2}T';
create index partner_case_indicators on partner_case (submitted_at, region_code text_pattern_ops) where passed;
