-- Whether the hand-over of a card needs the member's phone number proven (a one-time code, or the number the member
-- shows typed again by staff). Barito Utara's standard (seed document 002, step 6) lets the applicant sign only when
-- the number is active and matches; a database seeded before this setting existed gets it here, a new one from the
-- seed file.
alter table library add column handover_requires_confirmed_phone boolean not null default false;
update library set handover_requires_confirmed_phone = true where code = 'barut';
