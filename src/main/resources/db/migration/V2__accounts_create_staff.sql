-- Staff accounts. The account itself is global (a username signs in once, whichever library it serves) and is a
-- reference table when distributed; what ties a person to a library is library_staff, a library table.

create table staff_account (
    id              bigint generated always as identity primary key,
    username        text        not null,
    password_hash   text        not null,
    full_name       text        not null,
    admin           boolean     not null default false,
    enabled         boolean     not null default true,
    failed_attempts integer     not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    password_changed_at timestamptz not null default now(),
    constraint username_format check (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$')
);

create unique index staff_account_username on staff_account (username);

create table library_staff (
    library_id integer     not null references library (id),
    account_id bigint      not null references staff_account (id),
    roles      text[]      not null,
    created_at timestamptz not null default now(),
    primary key (library_id, account_id),
    constraint library_staff_roles check (cardinality(roles) > 0
        and roles <@ array['PETUGAS', 'KASI', 'KABID', 'KEPALA']::text[])
);
