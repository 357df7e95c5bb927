-- Members (KTA) of a library. NIK and mother's maiden name are stored encrypted (AES-GCM) with a keyed blind index
-- (HMAC-SHA256) for exact NIK lookups; only a masked NIK is kept in clear.
create extension if not exists pg_trgm;

create table membership_settings (
    library_id     integer not null references library (id),
    number_pattern text    not null,
    renewal_from   text    not null default 'TODAY',
    primary key (library_id),
    constraint renewal_from_value check (renewal_from in ('TODAY', 'OLD_EXPIRY')),
    constraint number_pattern_has_sequence check (number_pattern ~ '\{SEQ:[1-9][0-9]?\}')
);

-- One row per library and period (the year when the pattern holds one, else 0); issued numbers are never reused.
create table member_number_counter (
    library_id integer not null references library (id),
    period     integer not null,
    last_value bigint  not null,
    primary key (library_id, period)
);

create table member (
    library_id            integer     not null references library (id),
    id                    bigint generated always as identity,
    member_number         text        not null,
    channel               text        not null,
    full_name             text        not null,
    nik_cipher            bytea       not null,
    nik_index             bytea       not null,
    nik_masked            text        not null,
    birth_place           text,
    birth_date            date        not null,
    sex                   text        not null,
    address               text        not null,
    region_code           text,
    mother_name_cipher    bytea,
    phone_e164            text,
    email                 text,
    category_code         text        not null,
    institution           text,
    institution_region    text,
    guardian_name         text,
    status                text        not null,
    registered_on         date        not null,
    expires_on            date,
    replaces              text,
    replaced_by           text,
    warnings              text[]      not null default '{}',
    revision_token_hash   bytea,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    primary key (library_id, id),
    unique (library_id, member_number),
    foreign key (library_id, category_code) references member_category (library_id, code),
    constraint member_channel check (channel in ('DESK', 'ONLINE', 'REPLACEMENT')),
    constraint member_sex check (sex in ('M', 'F')),
    constraint member_status check (status in ('PENDING_VERIFICATION', 'REVISION_REQUESTED', 'APPROVED', 'REPLACED',
        'DEACTIVATED'))
);

-- A NIK belongs to one live member per library; a replaced card keeps its row but frees the NIK for the new card.
create unique index member_nik_live on member (library_id, nik_index) where status <> 'REPLACED';
create index member_name_trgm on member using gin (lower(full_name) gin_trgm_ops);
create index member_birth_date on member (library_id, birth_date);
create unique index member_revision_token on member (library_id, revision_token_hash) where revision_token_hash is not null;

create table member_document (
    library_id      integer not null,
    member_id       bigint  not null,
    document_type   text    not null,
    document_number text,
    primary key (library_id, member_id, document_type),
    foreign key (library_id, member_id) references member (library_id, id)
);

create table member_consent (
    library_id       integer     not null,
    member_id        bigint      not null,
    purpose          text        not null,
    retention        text        not null,
    given_by         text        not null,
    guardian_name    text,
    given_at         timestamptz not null,
    primary key (library_id, member_id, purpose),
    foreign key (library_id, member_id) references member (library_id, id),
    constraint consent_given_by check (given_by in ('APPLICANT', 'GUARDIAN'))
);

-- Every round of verification and every step of the member's life, kept for good.
create table member_history (
    library_id       integer     not null,
    member_id        bigint      not null,
    id               bigint generated always as identity,
    action           text        not null,
    note             text,
    initials         text,
    staff_account_id bigint,
    at               timestamptz not null,
    primary key (library_id, member_id, id),
    foreign key (library_id, member_id) references member (library_id, id)
);

create table member_photo (
    library_id integer     not null,
    member_id  bigint      not null,
    jpeg       bytea       not null,
    width      integer     not null,
    height     integer     not null,
    updated_at timestamptz not null,
    primary key (library_id, member_id),
    foreign key (library_id, member_id) references member (library_id, id)
);

-- Who saw a full NIK, when and why (UU PDP).
create table member_nik_disclosure (
    library_id       integer     not null,
    id               bigint generated always as identity,
    member_id        bigint      not null,
    staff_account_id bigint      not null,
    reason           text        not null,
    at               timestamptz not null,
    primary key (library_id, id),
    foreign key (library_id, member_id) references member (library_id, id)
);
