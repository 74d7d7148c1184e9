-- Search at benchmark size (200,000 items): every public search shape can be served by an index.
--
-- Chinese substrings: pg_trgm finds no trigrams in Chinese text when the database's LC_CTYPE is C
-- (as the platform's databases are: show_trgm('户籍迁移') is empty), so the trigram index of V3
-- cannot serve LIKE '%户籍%'. Instead every name's single characters and character pairs are kept
-- in an array with a GIN index; a keyword's pairs (or its one character) select the candidates
-- and LIKE confirms the substring. Works in any locale and for keywords of any length.
create function catalog_name_grams(name text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct gram), '{}')
    from (select substr(name, i, 1) as gram from generate_series(1, length(name)) as i
          union all
          select substr(name, i, 2) from generate_series(1, length(name) - 1) as i) as grams
$$;

-- The trigram index is dropped: it cannot help there, and for a keyword without trigrams the
-- planner still picks it and reads the whole index.
drop index item_version_current_name_trgm;

alter table item_version add column name_grams text[] generated always as (catalog_name_grams(name)) stored;
-- fastupdate off: a pending list (filled by bulk loads until the next vacuum) makes the planner
-- price the index above a full scan, and each search would have to read the list anyway.
create index item_version_current_name_grams on item_version using gin (name_grams) with (fastupdate = off)
    where state = 'CURRENT';

-- Themes (person/enterprise life events) are a comma-separated list; LIKE '%,x,%' cannot use an
-- index, an array containment can.
alter table item_version add column theme_list text[] generated always as (string_to_array(themes, ',')) stored;
create index item_version_current_themes on item_version using gin (theme_list) with (fastupdate = off)
    where state = 'CURRENT';

-- sort=publishedAt pages through the newest guides without sorting the whole catalog.
create index item_version_current_published_at on item_version (published_at, code) where state = 'CURRENT';

-- /public/items/{code}/versions/{n} reads any version by code, not only the current one.
create unique index item_version_code_version on item_version (code, version_no);
