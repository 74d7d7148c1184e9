-- Duplicate detection (TicketQueries.duplicateCandidates) looks up each kind of match through its own
-- index, oldest first, and stops at 20: the same caller by ID hash, the same address text in the same
-- category and county, and a bounding box around the coordinates. Without these, a burst of tickets of
-- one category in one county made every intake read every ticket of the burst (issue 8's benchmark).
drop index ticket_caller_id;
create index ticket_caller_id on ticket (caller_id_hash, created_at);
create index ticket_same_place on ticket (category_code, region_code, location, created_at) where location is not null;
create index ticket_same_spot on ticket (category_code, region_code, latitude) where latitude is not null;
