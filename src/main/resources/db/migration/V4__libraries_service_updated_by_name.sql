-- Who last changed a service standard, by name as it was then: the account lives in another module, and the
-- published page must show who answered for the change even after the account is renamed or removed.
alter table service add column updated_by_name text;
