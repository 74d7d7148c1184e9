-- Test schema of PersonalDataProtectionIT: personal data only ever stored encrypted, beside its keyed hash.
create table person (
    id        bigserial primary key,
    id_number text not null,            -- FieldCipher output, never the number
    id_hash   text not null unique,     -- KeyedHash of the normalised number, for exact lookup
    phone     text                      -- FieldCipher output
);
