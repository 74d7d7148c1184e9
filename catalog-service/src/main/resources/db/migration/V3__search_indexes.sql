-- Public search runs on the current published versions only (partial indexes).
-- Region subtrees are prefix matches: pattern ops let LIKE '6103%' use the index.
create index item_version_current_region_prefix on item_version (region_code varchar_pattern_ops)
    where state = 'CURRENT';
create index item_version_current_initials on item_version (name_initials varchar_pattern_ops)
    where state = 'CURRENT';
-- Chinese substring search on names: trigram index (pg_trgm is a trusted extension since PostgreSQL 13).
create extension if not exists pg_trgm;
create index item_version_current_name_trgm on item_version using gin (name gin_trgm_ops)
    where state = 'CURRENT';
create index item_version_current_department on item_version (department, type) where state = 'CURRENT';
