-- Libraries (tenants) and their published service standards (PermenPANRB 15/2014).
-- Every table that belongs to a library carries library_id first in its primary key and in every foreign key
-- to another library table, so that the schema can be distributed by library (Citus); see docs/scaling.md.

create table library (
    id                    integer generated always as identity primary key,
    code                  text        not null unique,
    name                  text        not null,
    agency                text        not null,
    address               text,
    postal_code           text,
    phone                 text,
    email                 text,
    website               text,
    region_code           text,
    timezone              text        not null,
    replacement_documents text[]      not null default '{}',
    created_at            timestamptz not null default now(),
    constraint library_code_format check (code ~ '^[a-z][a-z0-9-]{1,39}$')
);

create table library_service_hours (
    library_id integer  not null references library (id),
    weekday    smallint not null check (weekday between 1 and 7),
    opens_at   time     not null,
    closes_at  time     not null,
    primary key (library_id, weekday),
    constraint service_hours_order check (closes_at > opens_at)
);

create table library_holiday (
    library_id integer not null references library (id),
    day        date    not null,
    name       text    not null,
    primary key (library_id, day)
);

create table service (
    library_id             integer     not null references library (id),
    id                     bigint generated always as identity,
    code                   text        not null,
    kind                   text        not null,
    name                   text        not null,
    position               smallint    not null default 0,
    decree_number          text,
    procedure_summary      text,
    actors                 text[]      not null default '{}',
    completion_value       integer,
    completion_unit        text,
    completion_text        text,
    fee                    text,
    products               text[]      not null default '{}',
    complaint_handling     text,
    legal_basis            text,
    facilities             text,
    staff_competence       text,
    internal_supervision   text,
    staff_count            text,
    service_guarantee      text,
    safety_guarantee       text,
    performance_evaluation text,
    updated_at             timestamptz not null default now(),
    updated_by             bigint,
    primary key (library_id, id),
    unique (library_id, code),
    constraint service_code_format check (code ~ '^[a-z][a-z0-9-]{0,39}$'),
    constraint service_completion_unit check (completion_unit in ('MINUTES', 'WORKING_DAYS')),
    constraint service_completion_value check (completion_value is null or completion_value > 0)
);

create table service_requirement (
    library_id    integer  not null,
    service_id    bigint   not null,
    position      smallint not null,
    text          text     not null,
    category_code text,
    documents     text[]   not null default '{}',
    primary key (library_id, service_id, position),
    foreign key (library_id, service_id) references service (library_id, id) on delete cascade
);

create table service_step (
    library_id       integer  not null,
    service_id       bigint   not null,
    position         smallint not null,
    actor            text     not null,
    description      text     not null,
    timing           text     not null,
    standard_seconds integer,
    time_text        text,
    equipment        text,
    output           text,
    note             text,
    checkpoint       text,
    primary key (library_id, service_id, position),
    foreign key (library_id, service_id) references service (library_id, id) on delete cascade,
    constraint step_timing check (timing in ('FIXED', 'AS_NEEDED', 'NOT_STATED')),
    constraint step_seconds check ((timing = 'FIXED') = (standard_seconds is not null)
        and (standard_seconds is null or standard_seconds > 0))
);

create table service_complaint_channel (
    library_id integer  not null,
    service_id bigint   not null,
    position   smallint not null,
    channel    text     not null,
    contact    text,
    primary key (library_id, service_id, position),
    foreign key (library_id, service_id) references service (library_id, id) on delete cascade
);

create table member_category (
    library_id           integer  not null references library (id),
    code                 text     not null,
    name                 text     not null,
    position             smallint not null default 0,
    required_documents   text[]   not null default '{}',
    min_age              smallint,
    max_age              smallint,
    period_months        smallint not null default 60,
    institution_required boolean  not null default false,
    eligibility_rule     text,
    eligibility_region   text,
    active               boolean  not null default true,
    primary key (library_id, code),
    constraint category_code_format check (code ~ '^[a-z][a-z0-9-]{0,39}$'),
    constraint category_ages check (min_age is null or max_age is null or min_age <= max_age),
    constraint category_period check (period_months > 0)
);
