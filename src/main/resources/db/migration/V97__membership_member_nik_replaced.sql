-- A NIK search finds the live card through member_nik_live and the replaced cards of the same NIK through this small
-- index (replaced cards are few; imports and registrations write only live cards, so they never touch it). Without
-- it the replaced cards' half of the search read every member of the library.
create index member_nik_replaced on member (library_id, nik_index) where status = 'REPLACED';
