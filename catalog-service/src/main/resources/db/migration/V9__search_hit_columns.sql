-- A search hit names the implementing body, which lives inside the guide (JSON, usually stored
-- out of line in TOAST). PostgreSQL computes a query's output columns before it sorts, so a keyword
-- matching 900 items read 900 guides to show 20 of them (deploy/bench, 200,000 items). As a stored
-- column the hit is read from the row itself.
alter table item_version add column implementing_body text generated always as (guide ->> 'implementingBody') stored;
