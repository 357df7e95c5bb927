-- A case opened on arrival holds a queue ticket (nomor antrian): a number per library, day and service prefix, the
-- moment it was first called (its waiting ends), how often it was called and by whom, or that it was skipped. A case
-- closes when the last step of the procedure it is judged against is reached, or when its ticket is skipped.
alter table case_file add column queue_day date;
alter table case_file add column queue_number text;
alter table case_file add column called_at timestamptz;
alter table case_file add column last_called_at timestamptz;
alter table case_file add column calls smallint not null default 0;
alter table case_file add column called_by bigint;
alter table case_file add column counter text;
alter table case_file add column skipped_at timestamptz;

create unique index case_file_ticket on case_file (library_id, queue_day, queue_number) where queue_number is not null;
create index case_file_open on case_file (library_id, opened_at) where closed_at is null;

create table case_queue_counter (
    library_id  integer not null references library (id),
    queue_day   date    not null,
    prefix      text    not null,
    last_number integer not null,
    primary key (library_id, queue_day, prefix)
);

-- cases already recorded whose last step (at the version they are judged against) was reached are closed then
with finished as (
    select f.library_id, f.id, min(e.reached_at) as at
    from case_file f
    join service_version_step s on s.library_id = f.library_id and s.service_id = f.service_id
         and s.version = f.standard_version
         and s.position = (select max(x.position) from service_version_step x where x.library_id = s.library_id
                           and x.service_id = s.service_id and x.version = s.version)
    join case_event e on e.library_id = f.library_id and e.case_id = f.id
         and coalesce(e.checkpoint, e.step_key::text) = coalesce(s.checkpoint, s.step_key::text)
    where f.closed_at is null
    group by f.library_id, f.id)
update case_file f set closed_at = finished.at from finished where f.library_id = finished.library_id
    and f.id = finished.id;

update case_subject s set closed = true from case_file f
where f.library_id = s.library_id and f.id = s.case_id and f.closed_at is not null and not s.closed;
