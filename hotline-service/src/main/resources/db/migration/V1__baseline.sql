-- hotline-service owns this database alone: no other service reads or writes these tables.
-- Features add their tables in V2 and later; platform tables (outbox, processed events) come
-- from common-lib's own migrations.
comment on schema public is 'hotline-service';
