-- Today's (and every day not yet rolled up's) visit counts kept as the visits are written, so that the guest book's
-- and the dashboard's "today" read a few counter rows instead of counting the day's visits on every refresh (90 ms of
-- PostgreSQL CPU a refresh at 60,000-136,000 visits a day). The same figures as the roll-up (V96): people per library,
-- day, visitor type and purpose, from every insert, change and deletion of a visit.
--
-- Each day's counts are split over slots, one per database connection (its backend's pid modulo 64): four desks
-- checking in at one library write four rows, so no desk waits for another's commit on a single counter row. A count
-- is the sum of its slots; a slot may go below zero (a deletion on another connection than the insert).
create table visit_day_live (
    library_id   integer not null references library (id),
    visited_on   date    not null,
    visitor_type text    not null,
    purpose      text    not null,
    slot         integer not null,
    people       bigint  not null,
    primary key (library_id, visited_on, visitor_type, purpose, slot)
);

-- One statement per written statement: a batch of card scans (QuickScans) is one insert and one upsert.
create function visit_day_live_inserted() returns trigger language plpgsql as $$
begin
    insert into visit_day_live (library_id, visited_on, visitor_type, purpose, slot, people)
    select library_id, visited_on, visitor_type, purpose, pg_backend_pid() % 64, sum(people)
    from new_visits group by library_id, visited_on, visitor_type, purpose
    on conflict (library_id, visited_on, visitor_type, purpose, slot)
        do update set people = visit_day_live.people + excluded.people;
    return null;
end
$$;

create function visit_day_live_deleted() returns trigger language plpgsql as $$
begin
    insert into visit_day_live (library_id, visited_on, visitor_type, purpose, slot, people)
    select library_id, visited_on, visitor_type, purpose, pg_backend_pid() % 64, -sum(people)
    from old_visits group by library_id, visited_on, visitor_type, purpose
    on conflict (library_id, visited_on, visitor_type, purpose, slot)
        do update set people = visit_day_live.people + excluded.people;
    return null;
end
$$;

-- A change moves people from the old row's counts to the new one's; changes of other columns (an erasure's blanked
-- names) net to nothing and write nothing.
create function visit_day_live_updated() returns trigger language plpgsql as $$
begin
    insert into visit_day_live (library_id, visited_on, visitor_type, purpose, slot, people)
    select library_id, visited_on, visitor_type, purpose, pg_backend_pid() % 64, sum(people)
    from (select library_id, visited_on, visitor_type, purpose, people from new_visits
          union all
          select library_id, visited_on, visitor_type, purpose, -people from old_visits) as changed
    group by library_id, visited_on, visitor_type, purpose
    having sum(people) <> 0
    on conflict (library_id, visited_on, visitor_type, purpose, slot)
        do update set people = visit_day_live.people + excluded.people;
    return null;
end
$$;

create trigger visit_day_live_inserted after insert on visit referencing new table as new_visits
    for each statement execute function visit_day_live_inserted();
create trigger visit_day_live_deleted after delete on visit referencing old table as old_visits
    for each statement execute function visit_day_live_deleted();
create trigger visit_day_live_updated after update on visit referencing old table as old_visits new table as new_visits
    for each statement execute function visit_day_live_updated();

insert into visit_day_live (library_id, visited_on, visitor_type, purpose, slot, people)
select library_id, visited_on, visitor_type, purpose, 0, sum(people)
from visit group by library_id, visited_on, visitor_type, purpose;
