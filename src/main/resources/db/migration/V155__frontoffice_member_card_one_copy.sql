-- The front office's card copy becomes the only copy of member cards in Serambi (cards kept a second one, card_member,
-- with the same upsert): the door reads it in the statement that finds the earlier visit, so it stays here. Other
-- modules read it through this view, which leaves out the front office's own column (first_scanned_at); the print
-- queue reads it by status and age, hence the index (formerly card_member_by_status).
-- Rows only the print queue's copy held, or held newer, are taken over before V156 drops it.
insert into frontoffice_member_card (library_id, member_number, member_id, full_name, category_code, status,
    expires_on, replaced_by, changed_at)
select library_id, member_number, member_id, full_name, category_code, status, expires_on, replaced_by, changed_at
from card_member
on conflict (library_id, member_number) do update
set member_id = excluded.member_id, full_name = excluded.full_name, category_code = excluded.category_code,
    status = excluded.status, expires_on = excluded.expires_on, replaced_by = excluded.replaced_by,
    changed_at = excluded.changed_at
where frontoffice_member_card.changed_at < excluded.changed_at;

create index frontoffice_member_card_by_status on frontoffice_member_card (library_id, status, changed_at);

create view frontoffice_member_card_public as
select library_id, member_number, member_id, full_name, category_code, status, expires_on, replaced_by, changed_at
from frontoffice_member_card;
