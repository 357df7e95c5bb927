-- Free-internet room (seed 004): workstations, sessions with a per-session and per-day allowance, and a queue.

create table internet_settings (
    library_id      integer not null references library (id),
    session_minutes integer not null default 60 check (session_minutes between 5 and 600),
    daily_minutes   integer not null default 120 check (daily_minutes between 5 and 1440),
    primary key (library_id)
);

create table workstation (
    library_id integer     not null references library (id),
    id         bigint generated always as identity,
    name       text        not null,
    location   text,
    in_service boolean     not null default true,
    created_at timestamptz not null default now(),
    primary key (library_id, id)
);

create unique index workstation_name on workstation (library_id, lower(name));

create table internet_session (
    library_id     integer     not null references library (id),
    id             bigint generated always as identity,
    workstation_id bigint      not null,
    member_number  text        not null,
    category_code  text,
    started_at     timestamptz not null,
    started_on     date        not null,
    ends_at        timestamptz not null,
    ended_at       timestamptz,
    status         text        not null default 'ACTIVE' check (status in ('ACTIVE', 'ENDED', 'EXPIRED')),
    started_by     bigint,
    ended_by       bigint,
    tidied_at      timestamptz,
    tidied_by      bigint,
    primary key (library_id, id),
    foreign key (library_id, workstation_id) references workstation (library_id, id),
    constraint internet_session_times check (ends_at > started_at and (ended_at is null or ended_at >= started_at))
);

-- The database itself refuses a second running session on a workstation or for a member.
create unique index internet_session_one_per_workstation on internet_session (library_id, workstation_id)
    where status = 'ACTIVE';
create unique index internet_session_one_per_member on internet_session (library_id, member_number)
    where status = 'ACTIVE';
create index internet_session_by_day on internet_session (library_id, started_on);
create index internet_session_running on internet_session (library_id, ends_at) where status = 'ACTIVE';

create table internet_queue (
    library_id    integer     not null references library (id),
    id            bigint generated always as identity,
    member_number text        not null,
    queued_at     timestamptz not null,
    left_at       timestamptz,
    outcome       text check (outcome in ('SERVED', 'CANCELLED')),
    primary key (library_id, id)
);

create unique index internet_queue_one_per_member on internet_queue (library_id, member_number) where left_at is null;
