-- Certificate directory, certificates with their seals, issuer keys, show-on-phone tokens,
-- use authorisations with their access log, objections, and auto-issue bookkeeping.

-- 证照目录 (GB/T 36902): one row per type; the metadata schema is JSON (GB/T 36903 fields).
CREATE TABLE certificate_type
(
  code               VARCHAR(21) PRIMARY KEY,          -- defining authority credit code (18) + 3-digit sequence
  name_zh            TEXT        NOT NULL,
  name_en            TEXT        NOT NULL,
  defining_authority VARCHAR(18) NOT NULL,
  holder_kind        VARCHAR(16) NOT NULL CHECK (holder_kind IN ('CITIZEN', 'ORGANISATION')),
  metadata_schema    TEXT        NOT NULL,
  validity_kind      VARCHAR(16) NOT NULL CHECK (validity_kind IN ('PERMANENT', 'FIXED_YEARS', 'ISSUER_SETS')),
  validity_years     INT
);

-- Signing keys per issuer; private keys wrapped with a key from the environment.
CREATE TABLE issuer_key
(
  key_id              VARCHAR(64) PRIMARY KEY,
  issuer_code         VARCHAR(18) NOT NULL,
  algorithm           VARCHAR(32) NOT NULL,
  public_key          TEXT        NOT NULL,
  wrapped_private_key TEXT        NOT NULL,
  wrap_key_id         VARCHAR(64) NOT NULL,
  created_at          TIMESTAMPTZ NOT NULL,
  retired_at          TIMESTAMPTZ
);
-- At most one active key per issuer: a rotation retires the old key in the same transaction.
CREATE UNIQUE INDEX issuer_key_one_active ON issuer_key (issuer_code) WHERE retired_at IS NULL;

-- Serial numbers per type, issuer and year.
CREATE TABLE serial_counter
(
  type_code   VARCHAR(21) NOT NULL,
  issuer_code VARCHAR(18) NOT NULL,
  year        INT         NOT NULL,
  last_value  BIGINT      NOT NULL,
  PRIMARY KEY (type_code, issuer_code, year)
);

-- One row per certificate version; a correction adds a row and supersedes the previous one.
CREATE TABLE certificate
(
  id                  UUID PRIMARY KEY,
  identifier          VARCHAR(120) NOT NULL UNIQUE,
  type_code           VARCHAR(21)  NOT NULL REFERENCES certificate_type (code),
  issuer_code         VARCHAR(18)  NOT NULL,
  serial              VARCHAR(40)  NOT NULL,
  version             INT          NOT NULL,
  holder_id_type      VARCHAR(3)   NOT NULL,
  holder_id_hash      VARCHAR(64)  NOT NULL,       -- keyed hash: the holder's wallet lookup
  holder_id_encrypted TEXT,                        -- null when only the hash is known (from a case event)
  holder_name         TEXT         NOT NULL,
  metadata            TEXT         NOT NULL,
  valid_from          DATE         NOT NULL,
  valid_until         DATE,
  issued_at           TIMESTAMPTZ  NOT NULL,
  region_code         VARCHAR(12),
  status              VARCHAR(16)  NOT NULL,
  status_reason       TEXT,
  status_changed_at   TIMESTAMPTZ,
  superseded_by       VARCHAR(120),
  seal_algorithm      VARCHAR(32)  NOT NULL,
  seal_key_id         VARCHAR(64)  NOT NULL,
  seal_value          TEXT         NOT NULL,
  case_number         VARCHAR(64),
  imported            BOOLEAN      NOT NULL DEFAULT FALSE,
  UNIQUE (type_code, issuer_code, serial, version)
);
CREATE INDEX certificate_by_holder ON certificate (holder_id_hash, issued_at DESC);
CREATE INDEX certificate_by_issuer ON certificate (issuer_code, issued_at DESC);
-- A case yields at most one certificate, however often its conclusion is delivered.
CREATE UNIQUE INDEX certificate_one_per_case ON certificate (case_number) WHERE case_number IS NOT NULL AND version = 1;

-- 亮证: one-time tokens; only the SHA-256 of the token is stored, so a database reader cannot replay one.
CREATE TABLE display_token
(
  token_hash     VARCHAR(64) PRIMARY KEY,
  certificate_id UUID        NOT NULL REFERENCES certificate (id),
  shown_fields   TEXT        NOT NULL,
  created_at     TIMESTAMPTZ NOT NULL,
  expires_at     TIMESTAMPTZ NOT NULL,
  used_at        TIMESTAMPTZ
);

-- 用证授权: the holder's consent for one agency or one case to use one certificate.
CREATE TABLE use_grant
(
  id             UUID PRIMARY KEY,
  certificate_id UUID         NOT NULL REFERENCES certificate (id),
  holder_id_hash VARCHAR(64)  NOT NULL,
  grantee_kind   VARCHAR(16)  NOT NULL CHECK (grantee_kind IN ('ORGANISATION', 'CASE')),
  grantee        VARCHAR(64)  NOT NULL,
  reason         VARCHAR(200) NOT NULL,
  valid_until    TIMESTAMPTZ  NOT NULL,
  granted_at     TIMESTAMPTZ  NOT NULL,
  withdrawn_at   TIMESTAMPTZ
);
CREATE INDEX use_grant_by_certificate ON use_grant (certificate_id);

-- Every read of a certificate by someone other than its holder.
CREATE TABLE access_log
(
  id              UUID PRIMARY KEY,
  certificate_id  UUID        NOT NULL REFERENCES certificate (id),
  holder_id_hash  VARCHAR(64) NOT NULL,
  grant_id        UUID REFERENCES use_grant (id),
  accessor        TEXT        NOT NULL,
  accessor_org    VARCHAR(64),
  purpose         TEXT        NOT NULL,
  accessed_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX access_log_by_holder ON access_log (holder_id_hash, accessed_at DESC);

-- 异议: a holder's objection and the issuer's decision.
CREATE TABLE objection
(
  id                   UUID PRIMARY KEY,
  certificate_id       UUID         NOT NULL REFERENCES certificate (id),
  issuer_code          VARCHAR(18)  NOT NULL,
  holder_id_hash       VARCHAR(64)  NOT NULL,
  field                VARCHAR(64),
  description          VARCHAR(1000) NOT NULL,
  status               VARCHAR(16)  NOT NULL,
  raised_at            TIMESTAMPTZ  NOT NULL,
  due_at               TIMESTAMPTZ  NOT NULL,
  decided_at           TIMESTAMPTZ,
  decision_reason      TEXT,
  corrected_identifier VARCHAR(120)
);
CREATE INDEX objection_by_issuer ON objection (issuer_code, status, raised_at);

-- Conclusions of cases whose certificate could not be issued automatically, for the issuer to finish.
CREATE TABLE case_issuance_failure
(
  case_number VARCHAR(64) PRIMARY KEY,
  type_code   VARCHAR(21) NOT NULL,
  issuer_code VARCHAR(18) NOT NULL,
  reasons     TEXT        NOT NULL,
  received_at TIMESTAMPTZ NOT NULL
);
