-- An erased member keeps its row (numbers stay blocked, statistics keep counting) without its NIK. V70 (privacy)
-- first declared this on membership's table; applied migrations cannot change, so membership, which owns the member
-- and erases it (MemberErasure), declares the same rules again here: the next change to them starts from its own file.
-- Same definitions as before, so every existing row satisfies them; one statement, one pass over the table.
alter table member
    alter column nik_cipher drop not null,
    alter column nik_index drop not null,
    drop constraint member_status,
    add constraint member_status check (status in ('PENDING_VERIFICATION', 'REVISION_REQUESTED', 'APPROVED',
        'REPLACED', 'DEACTIVATED', 'ERASED')),
    drop constraint member_nik_unless_erased,
    add constraint member_nik_unless_erased
        check (status = 'ERASED' or (nik_cipher is not null and nik_index is not null));
