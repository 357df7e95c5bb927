-- Imports of members from older systems (INLISLite, SLiMS, any CSV): one row per run, and the rejected rows with
-- their reasons (message keys, resolved in the reader's language when the report is downloaded) and original cells.
create table import_run (
    library_id       integer     not null references library (id),
    id               bigint generated always as identity,
    file_name        text        not null,
    preset           text        not null,
    status           text        not null,
    total_rows       bigint      not null default 0,
    imported         bigint      not null default 0,
    rejected         bigint      not null default 0,
    renumbered       bigint      not null default 0,
    header           text[]      not null,
    failure          text,
    staff_account_id bigint,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    primary key (library_id, id),
    constraint import_run_status check (status in ('RUNNING', 'DONE', 'FAILED'))
);

create table import_rejection (
    library_id  integer not null,
    run_id      bigint  not null,
    row_number  bigint  not null,
    position    integer not null,
    field       text    not null,
    column_name text,
    message_key text    not null,
    args        text[]  not null,
    cells       text[]  not null,
    primary key (library_id, run_id, row_number, position),
    foreign key (library_id, run_id) references import_run (library_id, id)
);
