-- Visit statistics over millions of visits: people per library, day, visitor type and purpose, kept for CLOSED days
-- (before yesterday in UTC, so closed in every time zone of Indonesia). Statistics read these rows for rolled days
-- and the raw visits for the others (today, yesterday, and any day changed since it was rolled).
create table visit_day_total (
    library_id   integer not null references library (id),
    visited_on   date    not null,
    visitor_type text    not null,
    purpose      text    not null,
    people       bigint  not null,
    primary key (library_id, visited_on, visitor_type, purpose)
);

-- A day whose totals are complete. No marker: read the raw visits.
create table visit_day_rolled (
    library_id integer     not null references library (id),
    visited_on date        not null,
    rolled_at  timestamptz not null default now(),
    primary key (library_id, visited_on)
);

-- A visit written into a closed day (imports, corrections, erasure) drops that day's totals; the next roll-up
-- recounts it. Check-ins write today's date, so the WHEN clause keeps them off this path entirely.
create function visit_day_unroll() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from visit_day_total where library_id = old.library_id and visited_on = old.visited_on;
        delete from visit_day_rolled where library_id = old.library_id and visited_on = old.visited_on;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        delete from visit_day_total where library_id = new.library_id and visited_on = new.visited_on;
        delete from visit_day_rolled where library_id = new.library_id and visited_on = new.visited_on;
    end if;
    return null;
end
$$;

create trigger visit_closed_day_inserted after insert on visit for each row
    when (new.visited_on < (now() at time zone 'UTC')::date - 1)
    execute function visit_day_unroll();

create trigger visit_closed_day_updated
    after update of library_id, visited_on, visitor_type, purpose, people on visit for each row
    when (old.visited_on < (now() at time zone 'UTC')::date - 1 or new.visited_on < (now() at time zone 'UTC')::date - 1)
    execute function visit_day_unroll();

create trigger visit_closed_day_deleted after delete on visit for each row
    when (old.visited_on < (now() at time zone 'UTC')::date - 1)
    execute function visit_day_unroll();

-- Rolls every closed day not yet rolled, one library-day per transaction. The share lock waits for visits being
-- written and holds new ones back for the few milliseconds of one day's count, so no write slips between the count
-- and the marker.
create procedure visit_roll_up()
language plpgsql as $$
declare
    cutoff date := (now() at time zone 'UTC')::date - 1;
    pending record;
begin
    for pending in
        select l.id as library_id, day::date as visited_on
        from library l
        cross join lateral (select min(v.visited_on) as first from visit v where v.library_id = l.id) f
        cross join lateral generate_series(f.first, cutoff - 1, interval '1 day') day
        where f.first is not null
          and not exists (select 1 from visit_day_rolled r where r.library_id = l.id and r.visited_on = day::date)
        order by 2, 1
    loop
        lock table visit in share mode;
        -- another roll-up (a second instance, or the benchmark) may have rolled it meanwhile
        if exists (select 1 from visit_day_rolled r
                   where r.library_id = pending.library_id and r.visited_on = pending.visited_on) then
            commit;
            continue;
        end if;
        insert into visit_day_total (library_id, visited_on, visitor_type, purpose, people)
        select library_id, visited_on, visitor_type, purpose, sum(people) from visit
        where library_id = pending.library_id and visited_on = pending.visited_on
        group by library_id, visited_on, visitor_type, purpose;
        insert into visit_day_rolled (library_id, visited_on) values (pending.library_id, pending.visited_on);
        commit;
    end loop;
end
$$;
