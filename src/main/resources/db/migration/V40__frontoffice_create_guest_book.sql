-- Guest book (buku tamu): the front office's copy of member cards, the library's purposes of visit and rooms,
-- its guest-book settings, and the visits themselves.

-- Kept from membership's MemberCardChanged events (same transaction), so that a scan needs no other module.
create table frontoffice_member_card (
    library_id       integer     not null references library (id),
    member_number    text        not null,
    member_id        bigint      not null,
    full_name        text        not null,
    category_code    text,
    status           text        not null,
    expires_on       date,
    replaced_by      text,
    changed_at       timestamptz not null,
    first_scanned_at timestamptz,
    primary key (library_id, member_number)
);

-- A null name means the default purpose named in the message bundles by its code (both languages).
create table visit_purpose (
    library_id integer  not null references library (id),
    code       text     not null,
    name       text,
    position   smallint not null default 0,
    active     boolean  not null default true,
    primary key (library_id, code),
    constraint visit_purpose_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}$')
);

create table visit_location (
    library_id integer  not null references library (id),
    code       text     not null,
    name       text,
    position   smallint not null default 0,
    active     boolean  not null default true,
    primary key (library_id, code),
    constraint visit_location_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}$')
);

create table frontoffice_settings (
    library_id               integer not null references library (id),
    duplicate_window_minutes integer not null default 30 check (duplicate_window_minutes between 0 and 1440),
    expired_card_policy      text    not null default 'REFUSE' check (expired_card_policy in ('REFUSE', 'WARN')),
    default_purpose          text    not null default 'READING',
    primary key (library_id),
    foreign key (library_id, default_purpose) references visit_purpose (library_id, code) deferrable initially deferred
);

create table visit (
    library_id       integer     not null references library (id),
    id               bigint generated always as identity,
    visited_at       timestamptz not null,
    visited_on       date        not null,
    visitor_type     text        not null check (visitor_type in ('MEMBER', 'NON_MEMBER', 'GROUP')),
    member_number    text,
    purpose          text        not null,
    people           integer     not null check (people between 1 and 10000),
    location         text,
    visitor_name     text,
    category_code    text,
    card_warning     text,
    sex              text,
    occupation       text,
    education        text,
    institution      text,
    address          text,
    group_name       text,
    leader           text,
    contact          text,
    male             integer check (male >= 0),
    female           integer check (female >= 0),
    staff_account_id bigint,
    primary key (library_id, id),
    foreign key (library_id, purpose) references visit_purpose (library_id, code),
    constraint visit_member_has_number check ((visitor_type = 'MEMBER') = (member_number is not null))
);

create index visit_by_day on visit (library_id, visited_on);
create index visit_by_member on visit (library_id, member_number, visited_at) where member_number is not null;
