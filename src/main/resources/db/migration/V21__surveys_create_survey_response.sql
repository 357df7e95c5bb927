-- Answers to the community satisfaction survey (SKM, PermenPANRB 14/2017): nine elements U1..U9 scored 1..4,
-- and the respondent's age, sex, education and occupation; no personal identifiers.
create table survey_response (
    library_id   integer     not null references library (id),
    id           bigint      generated always as identity,
    service_code text        not null,
    submitted_at timestamptz not null,
    u1 smallint not null check (u1 between 1 and 4),
    u2 smallint not null check (u2 between 1 and 4),
    u3 smallint not null check (u3 between 1 and 4),
    u4 smallint not null check (u4 between 1 and 4),
    u5 smallint not null check (u5 between 1 and 4),
    u6 smallint not null check (u6 between 1 and 4),
    u7 smallint not null check (u7 between 1 and 4),
    u8 smallint not null check (u8 between 1 and 4),
    u9 smallint not null check (u9 between 1 and 4),
    age          smallint    not null,
    sex          text        not null,
    education    text        not null,
    occupation   text        not null,
    primary key (library_id, id)
);

create index survey_response_by_time on survey_response (library_id, submitted_at);
