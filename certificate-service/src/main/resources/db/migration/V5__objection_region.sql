-- Issuing bodies act within their region's subtree (ARCHITECTURE.md "Data scope"): an objection
-- keeps its certificate's region so the issuer's queue can be scoped without a join.
ALTER TABLE objection ADD COLUMN region_code VARCHAR(12);
UPDATE objection o SET region_code = c.region_code FROM certificate c WHERE c.id = o.certificate_id;
CREATE INDEX objection_by_issuer_region ON objection (issuer_code, status, region_code);
