-- 待取数: concluded cases whose certificate waits for its data from case-service (ARCHITECTURE.md
-- flow 3). Recorded with the consumed event in one transaction, so nothing is lost while case-service
-- is down or slow; a scheduled job claims due rows (FOR UPDATE SKIP LOCKED, a lease into the future,
-- safe with several instances), asks case-service outside any transaction and settles each row under
-- its lock: issued, or handed to the failure queue (data that breaks the type, 404, 409).
CREATE TABLE case_issuance_pending
(
  case_number       VARCHAR(64) PRIMARY KEY,      -- one per case, however often its conclusion is delivered
  type_code         TEXT        NOT NULL,
  issuer_code       TEXT,
  region_code       TEXT,
  request_encrypted TEXT        NOT NULL,         -- what the event alone knows (IssueCertificate JSON), encrypted
  received_at       TIMESTAMPTZ NOT NULL,
  attempts          INT         NOT NULL DEFAULT 0,
  next_attempt_at   TIMESTAMPTZ NOT NULL,
  last_error        TEXT,
  settled_at        TIMESTAMPTZ,
  outcome           VARCHAR(16) CHECK (outcome IN ('ISSUED', 'QUEUED'))  -- certificate issued, or in the failure queue
);
CREATE INDEX case_issuance_pending_due ON case_issuance_pending (next_attempt_at) WHERE settled_at IS NULL;
