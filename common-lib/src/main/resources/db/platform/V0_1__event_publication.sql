-- The transactional outbox: Spring Modulith 2.0's JDBC event publication registry, schema v2 for
-- PostgreSQL (same layout as schema-postgresql.sql in spring-modulith-events-jdbc 2.0.3). Flyway
-- owns it so that every service's schema is versioned in one place; Modulith's own schema
-- initialization is off.
CREATE TABLE event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
