-- A bundle application (一件事) is rated once as the applicant's one matter (一事一评, GB/T 39734-2020):
-- its invitation, and the evaluation that keeps a copy of the service rated, carry the bundle's name and
-- lead department (牵头部门) beside every child's item.
ALTER TABLE invitation
    ADD COLUMN bundle_name     varchar(200),
    ADD COLUMN lead_department varchar(200);
ALTER TABLE evaluation
    ADD COLUMN bundle_name     varchar(200),
    ADD COLUMN lead_department varchar(200);
