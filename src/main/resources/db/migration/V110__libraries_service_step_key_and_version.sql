-- A procedure step keeps one identity (step_key) however it is renamed or moved, and a standard is versioned: each
-- change of what a case is judged against (the steps, their order, timings, standards and checkpoints, or the
-- completion time) adds a version, and a case is judged against the version it was opened under.
alter table service_step add column step_key uuid not null default gen_random_uuid();
alter table service_step drop constraint service_step_pkey;
alter table service_step add primary key (library_id, service_id, step_key);
-- deferred: saving a reordered standard moves steps through each other's positions within one transaction
alter table service_step add constraint service_step_position unique (library_id, service_id, position)
    deferrable initially deferred;

alter table service add column version integer not null default 1;

create table service_version (
    library_id       integer     not null,
    service_id       bigint      not null,
    version          integer     not null,
    completion_value integer,
    completion_unit  text,
    created_at       timestamptz not null default now(),
    primary key (library_id, service_id, version),
    foreign key (library_id, service_id) references service (library_id, id) on delete cascade
);

create table service_version_step (
    library_id       integer  not null,
    service_id       bigint   not null,
    version          integer  not null,
    position         smallint not null,
    step_key         uuid     not null,
    timing           text     not null,
    standard_seconds integer,
    checkpoint       text,
    primary key (library_id, service_id, version, position),
    foreign key (library_id, service_id, version) references service_version (library_id, service_id, version)
        on delete cascade
);

insert into service_version (library_id, service_id, version, completion_value, completion_unit, created_at)
select library_id, id, 1, completion_value, completion_unit, updated_at from service;

insert into service_version_step (library_id, service_id, version, position, step_key, timing, standard_seconds,
                                  checkpoint)
select library_id, service_id, 1, position, step_key, timing, standard_seconds, checkpoint from service_step;
