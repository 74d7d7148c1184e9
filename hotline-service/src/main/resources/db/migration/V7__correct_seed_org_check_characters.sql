-- The organisations seeded by V3 carried unified social credit codes whose 18th character was not
-- the GB 32100 check character (found by the end-to-end flows). V3 stays as it ran; this corrects
-- the seeded dispatch rules and any ticket already routed with one of those codes.
create temporary table corrected_org_code (wrong varchar(18) primary key, right_code varchar(18) not null) on commit drop;
insert into corrected_org_code (wrong, right_code) values
('11610326MB0100001A', '11610326MB01000018'),
('11610326MB0200002B', '11610326MB0200002X'),
('11610326MB0300003C', '11610326MB0300003K'),
('11610326MB0400004D', '11610326MB04000049'),
('11610326MB0500005E', '11610326MB0500005Y'),
('11610326MB0600006F', '11610326MB0600006L'),
('11610326MB0700007G', '11610326MB0700007A'),
('11610326MB0800008H', '11610326MB08000080'),
('11610326MB0900009J', '11610326MB0900009M'),
('11610326MB1000010K', '11610326MB1000010R'),
('11610300MB0100001L', '11610300MB0100001J'),
('11610300MB0400004M', '11610300MB0400004K');

update dispatch_rule d set lead_org_code = c.right_code from corrected_org_code c where d.lead_org_code = c.wrong;
update ticket t set lead_org_code = c.right_code from corrected_org_code c where t.lead_org_code = c.wrong;

-- assisting_org_codes is a comma-separated list.
do $$
declare
    r record;
begin
    for r in select wrong, right_code from corrected_org_code loop
        update dispatch_rule set assisting_org_codes = replace(assisting_org_codes, r.wrong, r.right_code)
        where assisting_org_codes like '%' || r.wrong || '%';
        update ticket set assisting_org_codes = replace(assisting_org_codes, r.wrong, r.right_code)
        where assisting_org_codes like '%' || r.wrong || '%';
    end loop;
end $$;
