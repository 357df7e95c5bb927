-- Personal-data rights (UU 27/2022 PDP): members' requests (access, correction, erasure) with their 3×24-hour
-- deadline, retention rules per library and their runs, the log of privacy actions, and API sign-in tokens.

-- An erased member keeps its row (numbers stay blocked, statistics keep counting) without personal data.
alter table member drop constraint member_status;
alter table member add constraint member_status check (status in ('PENDING_VERIFICATION', 'REVISION_REQUESTED',
    'APPROVED', 'REPLACED', 'DEACTIVATED', 'ERASED'));
alter table member alter column nik_cipher drop not null, alter column nik_index drop not null;
alter table member add constraint member_nik_unless_erased
    check (status = 'ERASED' or (nik_cipher is not null and nik_index is not null));

-- Members sign in to see their data with the same one-time codes as the digital card.
alter table card_code drop constraint card_code_purpose;
alter table card_code add constraint card_code_purpose check (purpose in ('PHONE_CHECK', 'DIGITAL_CARD',
    'DATA_ACCESS'));

create table privacy_request (
    library_id     integer     not null references library (id),
    id             bigint generated always as identity,
    member_number  text        not null,
    kind           text        not null,
    field          text,
    proposed_value text,
    reason         text,
    status         text        not null default 'OPEN',
    filed_at       timestamptz not null,
    due_at         timestamptz not null,
    decided_at     timestamptz,
    decided_by     bigint,
    decision_note  text,
    primary key (library_id, id),
    foreign key (library_id, member_number) references member (library_id, member_number),
    constraint privacy_request_kind check (kind in ('ACCESS', 'CORRECTION', 'ERASURE')),
    constraint privacy_request_status check (status in ('OPEN', 'APPROVED', 'REFUSED')),
    constraint privacy_request_correction check (kind <> 'CORRECTION' or (field is not null
        and proposed_value is not null)),
    constraint privacy_request_decided check ((status = 'OPEN') = (decided_at is null))
);

create index privacy_request_open on privacy_request (library_id, status, due_at);
create index privacy_request_by_member on privacy_request (library_id, member_number, filed_at desc);

create table privacy_retention (
    library_id                  integer     not null references library (id),
    unverified_application_days integer     not null default 30
        check (unverified_application_days between 1 and 3650),
    guest_book_months           integer     not null default 12 check (guest_book_months between 1 and 120),
    updated_at                  timestamptz,
    updated_by                  bigint,
    primary key (library_id)
);


create table privacy_retention_run (
    library_id             integer     not null references library (id),
    id                     bigint generated always as identity,
    ran_at                 timestamptz not null,
    applications_erased    integer     not null,
    visits_anonymised      integer     not null,
    staff_account_id       bigint,
    primary key (library_id, id)
);

-- What was done with a member's personal data through the privacy module (filed, decided, exported, erased).
create table privacy_action (
    library_id       integer     not null references library (id),
    id               bigint generated always as identity,
    member_number    text        not null,
    action           text        not null,
    detail           text,
    staff_account_id bigint,
    at               timestamptz not null,
    primary key (library_id, id)
);

create index privacy_action_by_member on privacy_action (library_id, member_number, at);

-- A member signed in through the API: only a hash of the bearer token is kept.
create table privacy_member_token (
    library_id    integer     not null references library (id),
    token_hash    bytea       not null,
    member_number text        not null,
    expires_at    timestamptz not null,
    primary key (library_id, token_hash)
);
