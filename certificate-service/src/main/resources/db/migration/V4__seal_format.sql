-- Seals become electronic-seal structures (GB/T 38540 style, DER). Seals made before stay bare
-- signatures and keep verifying by the rule they were made with: the format is kept per seal.
ALTER TABLE certificate ADD COLUMN seal_format VARCHAR(8) NOT NULL DEFAULT 'RAW' CHECK (seal_format IN ('RAW', 'SES'));
