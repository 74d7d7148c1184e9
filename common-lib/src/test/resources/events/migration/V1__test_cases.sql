-- A stand-in for a service's own tables: the state a command changes and a consumer's effect.
CREATE TABLE test_case
(
  id          TEXT PRIMARY KEY,
  region_code TEXT NOT NULL,
  status      TEXT NOT NULL
);
-- No unique constraint on purpose: a duplicate effect must show up as a second row.
CREATE TABLE test_invitation
(
  id      BIGSERIAL PRIMARY KEY,
  case_id TEXT NOT NULL
);
