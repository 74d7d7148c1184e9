-- catalog-service withdraws the current version of an item or bundle (item.withdrawn / bundle.withdrawn). The
-- withdrawn version is kept (its row is inserted if its published event has not arrived yet) and marked here, so
-- the latest version known decides: withdrawn → no new applications; a newer published version → open again.
alter table item_version add column withdrawn_at timestamptz;
alter table item_version add column withdrawal_reason text;
alter table bundle_version add column withdrawn_at timestamptz;
alter table bundle_version add column withdrawal_reason text;
