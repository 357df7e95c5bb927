-- One idea of a case for every measured service. A case belongs to one service of the library and is judged against
-- the version of its standard it was opened under; it is known by one or more subjects (a member number, a session
-- id, a complaint code; later a queue ticket before any member exists), references only, never names; and every
-- occurrence of its steps is kept (revision rounds, repeated ticks), not only the first.
create table case_file (
    library_id       integer     not null references library (id),
    id               uuid        not null,
    service_id       bigint      not null,
    service_kind     text        not null,
    standard_version integer     not null,
    opened_at        timestamptz not null,
    closed_at        timestamptz,
    primary key (library_id, id)
);

create index case_file_by_start on case_file (library_id, service_kind, opened_at);

-- position 1 is the subject the case was opened for; closed mirrors case_file.closed_at so that a subject has at
-- most one open case of a service
create table case_subject (
    library_id   integer  not null,
    case_id      uuid     not null,
    position     smallint not null,
    subject_kind text     not null,
    subject_ref  text     not null,
    service_kind text     not null,
    closed       boolean  not null default false,
    primary key (library_id, case_id, position),
    foreign key (library_id, case_id) references case_file (library_id, id)
);

create unique index case_subject_open on case_subject (library_id, subject_kind, subject_ref, service_kind)
    where not closed;

-- checkpoint: the moment Serambi recorded; step_key: the step staff ticked (service_step.step_key), or both
create table case_event (
    library_id       integer     not null,
    case_id          uuid        not null,
    id               bigint generated always as identity,
    checkpoint       text,
    step_key         uuid,
    reached_at       timestamptz not null,
    staff_account_id bigint,
    recorded_at      timestamptz not null default now(),
    primary key (library_id, case_id, id),
    foreign key (library_id, case_id) references case_file (library_id, id),
    constraint case_event_mark check (checkpoint is not null or step_key is not null)
);

-- the recorded case steps so far, each case under the service of its kind and the first version of its standard;
-- ticks (STEP_n) become the key of the step now in position n
create temporary table case_migration on commit drop as
select s.library_id, s.service_kind, s.case_ref, gen_random_uuid() as case_id, min(s.reached_at) as opened_at,
       (select v.id from service v where v.library_id = s.library_id and v.kind = s.service_kind
        order by v.position, v.id limit 1) as service_id
from case_step s
group by s.library_id, s.service_kind, s.case_ref;

insert into case_file (library_id, id, service_id, service_kind, standard_version, opened_at)
select library_id, case_id, service_id, service_kind, 1, opened_at from case_migration where service_id is not null;

insert into case_subject (library_id, case_id, position, subject_kind, subject_ref, service_kind)
select library_id, case_id, 1,
       case service_kind when 'INTERNET' then 'INTERNET_SESSION' when 'COMPLAINT' then 'COMPLAINT' else 'MEMBER' end,
       case_ref, service_kind
from case_migration where service_id is not null;

insert into case_event (library_id, case_id, checkpoint, step_key, reached_at, staff_account_id, recorded_at)
select s.library_id, m.case_id, case when t.step_key is null then s.checkpoint end, t.step_key, s.reached_at,
       s.staff_account_id, s.reached_at
from case_step s
join case_migration m on m.library_id = s.library_id and m.service_kind = s.service_kind and m.case_ref = s.case_ref
left join service_step t on t.library_id = s.library_id and t.service_id = m.service_id
      and s.checkpoint = 'STEP_' || t.position
where m.service_id is not null and (s.checkpoint not like 'STEP\_%' or t.step_key is not null);

drop table case_step;

-- Published read model: the first moment of each step of each case, by the reference the case was opened for (the
-- shape servicetimes kept before; what the service-time figures are computed from)
create view case_step as
select f.library_id, f.service_kind, s.subject_ref as case_ref, coalesce(e.checkpoint, e.step_key::text) as checkpoint,
       min(e.reached_at) as reached_at,
       (array_agg(e.staff_account_id order by e.reached_at, e.id))[1] as staff_account_id
from case_file f
join case_subject s on s.library_id = f.library_id and s.case_id = f.id and s.position = 1
join case_event e on e.library_id = f.library_id and e.case_id = f.id
group by f.library_id, f.service_kind, f.id, s.subject_ref, coalesce(e.checkpoint, e.step_key::text);
