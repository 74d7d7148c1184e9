-- Idempotent consumption: one row per (consumer, ce_id) written in the same transaction as the
-- consumer's own changes, so a redelivered event is recognised and changes nothing.
CREATE TABLE processed_event
(
  consumer     TEXT                     NOT NULL,
  event_id     TEXT                     NOT NULL,
  processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (consumer, event_id)
);
-- Lets operations prune old markers once redelivery of them is no longer possible.
CREATE INDEX processed_event_by_processed_at_idx ON processed_event (processed_at);
