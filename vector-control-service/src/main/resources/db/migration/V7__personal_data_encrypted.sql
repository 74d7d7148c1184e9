-- Phones of responsible persons and complainants' addresses are stored encrypted (AES-GCM by
-- default, common-lib's PersonalDataProtector): the ciphertext needs more room than the text.
alter table place alter column responsible_phone type text;
alter table complaint alter column address type text;
