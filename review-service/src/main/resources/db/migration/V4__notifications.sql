-- The in-app inbox: a notification per recipient (a holder by keyed hash, an organisation, the
-- supervisors of a region), with the arguments of its text; the text itself is worded in the
-- reader's language when read. Read state is per reader, so an organisation's staff share one inbox.
CREATE TABLE notification (
    id             uuid PRIMARY KEY,
    recipient_type varchar(24)  NOT NULL,
    recipient_key  varchar(128) NOT NULL,
    kind           varchar(32)  NOT NULL,
    subject_type   varchar(16)  NOT NULL,
    subject_id     uuid         NOT NULL,
    args           text[]       NOT NULL DEFAULT '{}',
    created_at     timestamptz  NOT NULL
);
CREATE INDEX notification_inbox ON notification (recipient_type, recipient_key text_pattern_ops, created_at DESC);

CREATE TABLE notification_read (
    notification_id uuid         NOT NULL REFERENCES notification (id),
    reader          varchar(200) NOT NULL,
    read_at         timestamptz  NOT NULL,
    PRIMARY KEY (notification_id, reader)
);
