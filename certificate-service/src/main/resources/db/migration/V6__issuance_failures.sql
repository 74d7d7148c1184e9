-- 自动制证/归集失败队列: certificates that could not be issued from a concluded case or imported,
-- with why and with what was to be issued (encrypted: an import carries the holder's ID number),
-- for the issuing body to retry or dismiss. Replaces case_issuance_failure.
CREATE TABLE issuance_failure
(
  id                UUID PRIMARY KEY,
  source            VARCHAR(8)  NOT NULL CHECK (source IN ('CASE', 'IMPORT')),
  dedupe_key        TEXT        NOT NULL UNIQUE,  -- one entry per case, or per imported record (type, issuer, serial)
  case_number       VARCHAR(64),
  type_code         TEXT,
  issuer_code       TEXT,
  region_code       TEXT,
  reasons           TEXT        NOT NULL,         -- JSON list of {field, code, message}
  request_encrypted TEXT,
  status            VARCHAR(16) NOT NULL CHECK (status IN ('OPEN', 'ISSUED', 'DISMISSED')),
  received_at       TIMESTAMPTZ NOT NULL,
  attempts          INT         NOT NULL DEFAULT 0,
  resolved_at       TIMESTAMPTZ,
  resolved_by       TEXT,
  resolution        TEXT                          -- the issued identifier, or why it was dismissed
);
CREATE INDEX issuance_failure_by_issuer ON issuance_failure (issuer_code, status, region_code, received_at);

-- Entries kept before: their reasons as recorded; without the request they can only be dismissed.
INSERT INTO issuance_failure (id, source, dedupe_key, case_number, type_code, issuer_code, reasons, status, received_at)
SELECT gen_random_uuid(), 'CASE', 'CASE:' || case_number, case_number, type_code, issuer_code,
       json_build_array(json_build_object('field', NULL, 'code', 'recorded', 'message', reasons))::text, 'OPEN', received_at
FROM case_issuance_failure;
DROP TABLE case_issuance_failure;
