-- Art. 25: an organisation is listed publicly only after the region's 爱卫办 has verified the
-- conditions it declared (a new declaration goes back to PENDING). Organisations registered before
-- verification existed start as PENDING: nobody has checked them yet.
alter table service_organisation add column verification varchar(16) not null default 'PENDING'
    check (verification in ('PENDING', 'VERIFIED', 'REJECTED'));
alter table service_organisation add column verified_by varchar(100);
alter table service_organisation add column verified_at timestamptz;
alter table service_organisation add column verification_note varchar(1000);
