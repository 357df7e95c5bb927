-- Single cards are printed runs too: each gets its card_batch row (single = true), so that the print history lists
-- them beside the A4 batches. Single cards printed before this migration had no row; they get one now, with the time
-- and staff of the print, and their card_issue points at it.
alter table card_batch add column single boolean not null default false;

do $$
declare
    printed record;
    made bigint;
begin
    for printed in select library_id, id, printed_at, printed_by, staff_name from card_issue
                   where batch_id is null order by library_id, printed_at, id loop
        insert into card_batch (library_id, printed_at, printed_by, staff_name, card_count, single)
        values (printed.library_id, printed.printed_at, printed.printed_by, printed.staff_name, 1, true)
        returning id into made;
        update card_issue set batch_id = made where library_id = printed.library_id and id = printed.id;
    end loop;
end $$;
