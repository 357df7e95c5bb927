-- Complaints from every channel, their workflow steps and each library's deadlines (in working days).
create table complaint_settings (
    library_id     integer not null references library (id),
    verify_days    integer not null check (verify_days between 1 and 60),
    follow_up_days integer not null check (follow_up_days between 1 and 60),
    close_days     integer not null check (close_days between 1 and 60),
    answering_role text    not null,
    primary key (library_id)
);

create table complaint (
    library_id          integer     not null references library (id),
    tracking_code       text        not null,
    channel             text        not null,
    body                text        not null,
    complainant_name    text,
    complainant_contact text,
    anonymous           boolean     not null,
    confidential        boolean     not null,
    status              text        not null,
    received_at         timestamptz not null,
    due_at              timestamptz,
    public_response     text,
    overdue_notified_at timestamptz,
    primary key (library_id, tracking_code)
);

-- Tracking codes are unique across libraries (checked before insert); the public status page finds them by code.
create index complaint_by_code on complaint (tracking_code);
create index complaint_by_status on complaint (library_id, status, due_at);

create table complaint_step (
    library_id       integer     not null references library (id),
    tracking_code    text        not null,
    seq              integer     not null,
    status           text        not null,
    reached_at       timestamptz not null,
    staff_account_id bigint,
    note             text,
    primary key (library_id, tracking_code, seq),
    foreign key (library_id, tracking_code) references complaint (library_id, tracking_code)
);
