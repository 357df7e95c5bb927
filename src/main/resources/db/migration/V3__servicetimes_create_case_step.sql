-- Real time stamps of case steps (one row per case and checkpoint), the raw material of service-time reports.
create table case_step (
    library_id       integer     not null references library (id),
    service_kind     text        not null,
    case_ref         text        not null,
    checkpoint       text        not null,
    reached_at       timestamptz not null,
    staff_account_id bigint,
    primary key (library_id, service_kind, case_ref, checkpoint)
);

create index case_step_by_time on case_step (library_id, service_kind, reached_at);
