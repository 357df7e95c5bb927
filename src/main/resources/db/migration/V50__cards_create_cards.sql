-- Cards (KTA): design per library, the members' card-relevant state (a copy kept from membership's events),
-- card issues and print batches, the hand-over receipt book and one-time codes for phone checks and the digital card.

create table card_design (
    library_id    integer     not null references library (id),
    layout        text        not null,
    primary_colour text       not null,
    logo_png      bytea,
    back_text     text        not null,
    updated_at    timestamptz not null,
    updated_by    bigint,
    primary key (library_id),
    constraint card_design_layout check (layout in ('KLASIK', 'MODERN', 'VERTIKAL')),
    constraint card_design_colour check (primary_colour ~ '^#[0-9a-fA-F]{6}$'),
    constraint card_design_logo_size check (logo_png is null or octet_length(logo_png) <= 524288)
);

-- What cards needs to know of each member number, from MemberCardChanged events (membership owns the member).
create table card_member (
    library_id    integer     not null references library (id),
    member_number text        not null,
    member_id     bigint      not null,
    full_name     text        not null,
    category_code text,
    status        text        not null,
    expires_on    date,
    replaced_by   text,
    changed_at    timestamptz not null,
    primary key (library_id, member_number)
);

create index card_member_by_status on card_member (library_id, status, changed_at);

create table card_batch (
    library_id  integer     not null references library (id),
    id          bigint generated always as identity,
    printed_at  timestamptz not null,
    printed_by  bigint,
    staff_name  text,
    card_count  integer     not null check (card_count > 0),
    primary key (library_id, id)
);

create table card_issue (
    library_id       integer     not null references library (id),
    id               bigint generated always as identity,
    member_number    text        not null,
    printed_at       timestamptz not null,
    printed_by       bigint,
    staff_name       text,
    batch_id         bigint,
    replaces_card_id bigint,
    laminated_at     timestamptz,
    laminated_by     bigint,
    primary key (library_id, id),
    foreign key (library_id, batch_id) references card_batch (library_id, id),
    foreign key (library_id, replaces_card_id) references card_issue (library_id, id)
);

create index card_issue_by_member on card_issue (library_id, member_number, printed_at desc);
create index card_issue_by_batch on card_issue (library_id, batch_id);

-- The hand-over receipt book (buku tanda terima kartu).
create table card_handover (
    library_id      integer     not null references library (id),
    id              bigint generated always as identity,
    member_number   text        not null,
    member_name     text        not null,
    card_id         bigint,
    handed_over_at  timestamptz not null,
    staff_account_id bigint,
    staff_name      text,
    phone_e164      text,
    phone_confirmed boolean     not null,
    phone_check     text        not null,
    signature_name  text,
    signature_png   bytea,
    primary key (library_id, id),
    foreign key (library_id, card_id) references card_issue (library_id, id),
    constraint card_handover_phone_check check (phone_check in ('NONE', 'STAFF', 'CODE')),
    constraint card_handover_signed check (signature_name is not null or signature_png is not null)
);

create index card_handover_by_time on card_handover (library_id, handed_over_at);

-- One-time codes sent to a member: only a hash is kept; a code dies after its expiry or too many wrong tries.
create table card_code (
    library_id    integer     not null references library (id),
    id            bigint generated always as identity,
    member_number text        not null,
    purpose       text        not null,
    channel       text        not null,
    destination   text        not null,
    code_hash     text        not null,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    attempts      integer     not null default 0,
    verified_at   timestamptz,
    primary key (library_id, id),
    constraint card_code_purpose check (purpose in ('PHONE_CHECK', 'DIGITAL_CARD')),
    constraint card_code_channel check (channel in ('SMS', 'EMAIL'))
);

create index card_code_by_member on card_code (library_id, member_number, purpose, created_at desc);
