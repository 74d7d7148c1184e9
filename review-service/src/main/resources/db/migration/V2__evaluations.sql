-- 好差评 (DOMAIN.md §4): invitations per service event, evaluations (first + at most one
-- follow-up), rectification work orders, appeals. Levels and channels are stored by name; codes are
-- mapped at each interface.

CREATE TABLE invitation (
    id                      uuid PRIMARY KEY,
    version                 integer      NOT NULL,
    source                  varchar(16)  NOT NULL,
    source_id               varchar(100) NOT NULL,
    service_number          varchar(100),
    item_codes              text[]       NOT NULL DEFAULT '{}',
    item_names              text[]       NOT NULL DEFAULT '{}',
    org_code                varchar(18),
    region_code             varchar(12)  NOT NULL,
    staff_ids               text[]       NOT NULL DEFAULT '{}',
    service_channel         varchar(20),
    served_at               timestamptz  NOT NULL,
    evaluator_id_hash       varchar(128),
    evaluator_type          varchar(16),
    short_code              varchar(16),
    expires_at              timestamptz  NOT NULL,
    first_evaluation_id     uuid,
    first_evaluated_at      timestamptz,
    follow_up_evaluation_id uuid,
    created_at              timestamptz  NOT NULL,
    -- one invitation per service event, however often the event is delivered
    CONSTRAINT invitation_one_per_service UNIQUE (source, source_id)
);
CREATE UNIQUE INDEX invitation_short_code ON invitation (short_code) WHERE short_code IS NOT NULL;
CREATE INDEX invitation_evaluator ON invitation (evaluator_id_hash, served_at DESC);

CREATE TABLE evaluation (
    id                uuid PRIMARY KEY,
    version           integer      NOT NULL,
    invitation_id     uuid         NOT NULL REFERENCES invitation (id),
    kind              varchar(16)  NOT NULL,
    level             varchar(24)  NOT NULL,
    indicators        text[]       NOT NULL DEFAULT '{}',
    text              text,
    channel           varchar(16)  NOT NULL,
    anonymous         boolean      NOT NULL,
    evaluator_id_hash varchar(128),
    evaluator_type    varchar(16),
    source            varchar(16)  NOT NULL,
    source_id         varchar(100) NOT NULL,
    service_number    varchar(100),
    item_codes        text[]       NOT NULL DEFAULT '{}',
    item_names        text[]       NOT NULL DEFAULT '{}',
    org_code          varchar(18),
    region_code       varchar(12)  NOT NULL,
    staff_ids         text[]       NOT NULL DEFAULT '{}',
    service_channel   varchar(20),
    served_at         timestamptz  NOT NULL,
    evaluated_at      timestamptz  NOT NULL,
    moderation        varchar(16)  NOT NULL,
    source_key        varchar(200) NOT NULL,
    excluded          boolean      NOT NULL DEFAULT false,
    excluded_at       timestamptz,
    -- 一次一评: the database refuses a second first evaluation (or follow-up) even under a race
    CONSTRAINT evaluation_once_per_kind UNIQUE (invitation_id, kind)
);
CREATE INDEX evaluation_org ON evaluation (org_code, evaluated_at DESC);
CREATE INDEX evaluation_region ON evaluation (region_code text_pattern_ops);
CREATE INDEX evaluation_evaluator ON evaluation (evaluator_id_hash, evaluated_at DESC);
CREATE INDEX evaluation_source_burst ON evaluation (source_key, evaluated_at);

CREATE TABLE work_order (
    id                        uuid PRIMARY KEY,
    version                   integer     NOT NULL,
    evaluation_id             uuid        NOT NULL UNIQUE REFERENCES evaluation (id),
    -- one rectification per service event: a negative follow-up after a negative first adds none
    invitation_id             uuid        NOT NULL UNIQUE REFERENCES invitation (id),
    org_code                  varchar(18),
    region_code               varchar(12) NOT NULL,
    level                     varchar(24) NOT NULL,
    real_name                 boolean     NOT NULL,
    opened_at                 timestamptz NOT NULL,
    status                    varchar(32) NOT NULL,
    verification_due_at       timestamptz NOT NULL,
    rectification_due_at      timestamptz NOT NULL,
    return_visit_due_at       timestamptz,
    verified_at               timestamptz,
    verified_by               varchar(200),
    verification_finding      text,
    rectified_at              timestamptz,
    rectified_by              varchar(200),
    rectification_actions     text,
    replied_at                timestamptz,
    replied_by                varchar(200),
    reply_text                text,
    return_visited_at         timestamptz,
    return_visited_by         varchar(200),
    return_visit_satisfaction varchar(24),
    return_visit_note         text,
    escalated_at              timestamptz,
    escalated_step            varchar(32),
    escalations               integer     NOT NULL DEFAULT 0,
    closed_at                 timestamptz
);
CREATE INDEX work_order_org ON work_order (org_code, opened_at DESC);
CREATE INDEX work_order_region ON work_order (region_code text_pattern_ops);
CREATE INDEX work_order_open ON work_order (status) WHERE status NOT IN ('CLOSED', 'WITHDRAWN');

CREATE TABLE appeal (
    id            uuid PRIMARY KEY,
    version       integer     NOT NULL,
    evaluation_id uuid        NOT NULL REFERENCES evaluation (id),
    org_code      varchar(18),
    region_code   varchar(12) NOT NULL,
    reason        varchar(16) NOT NULL,
    statement     text,
    evidence      text[]      NOT NULL DEFAULT '{}',
    filed_by      varchar(200) NOT NULL,
    filed_at      timestamptz NOT NULL,
    status        varchar(16) NOT NULL,
    decided_by    varchar(200),
    decided_at    timestamptz,
    decision_note text
);
-- one appeal in progress per evaluation
CREATE UNIQUE INDEX appeal_one_pending ON appeal (evaluation_id) WHERE status = 'PENDING';
CREATE INDEX appeal_region ON appeal (region_code text_pattern_ops, status);

-- Statistics as counters kept in the same transaction as each change (never recounted at query
-- time): one row per dimension value, period (day yyyy-MM-dd or month yyyy-MM of the service
-- date, Beijing time) and metric.
CREATE TABLE statistic_counter (
    dimension     varchar(16)  NOT NULL,
    dimension_key varchar(100) NOT NULL,
    period        varchar(10)  NOT NULL,
    metric        varchar(32)  NOT NULL,
    value         bigint       NOT NULL,
    PRIMARY KEY (dimension, dimension_key, period, metric)
);

-- Store-and-forward to the provincial/national 好差评 system: written with the evaluation, sent
-- by a scheduled job until the upstream accepts it.
CREATE TABLE upstream_forwarding (
    id              uuid PRIMARY KEY,
    evaluation_id   uuid        NOT NULL UNIQUE,
    payload         text        NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL
);
CREATE INDEX upstream_forwarding_due ON upstream_forwarding (next_attempt_at) WHERE sent_at IS NULL;
