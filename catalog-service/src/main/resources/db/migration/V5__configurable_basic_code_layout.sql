-- The basic code layout is configurable (yiwang.catalog.basic-code.segments, DOMAIN.md §2): codes
-- are no longer always 12 characters, nor implementation codes 31. char(n) would pad a shorter
-- code with blanks and refuse a longer one, so the code columns become varchar up to the longest
-- layout the service accepts (40 for a basic code, + 19 for credit code and level).
alter table basic_item alter column code type varchar(40);
alter table implementation_item alter column code type varchar(59);
alter table implementation_item alter column basic_code type varchar(40);
alter table item_version alter column code type varchar(59);
alter table item_version alter column basic_code type varchar(40);
alter table bundle_item alter column item_code type varchar(59);
