-- Members imported from an older system keep what it had: its member number (also when Serambi gave a new one; found
-- by search and accepted at the kiosk whatever its letter case), the first registration (SLiMS member_since_date),
-- postal code and notes. A member that system registered without a NIK (SLiMS has none) comes without one: NIK "not
-- yet recorded" (nik_recorded = false), asked for at the next visit.
alter table member add column nik_recorded boolean not null default true,
    add column former_number text,
    add column member_since date,
    add column postal_code text,
    add column notes text;
alter table member drop constraint member_nik_unless_erased;
alter table member add constraint member_nik_unless_erased
    check (status = 'ERASED' or not nik_recorded or (nik_cipher is not null and nik_index is not null));
create index member_former_number on member (library_id, lower(former_number)) where former_number is not null;
create index member_number_lower on member (library_id, lower(member_number));
