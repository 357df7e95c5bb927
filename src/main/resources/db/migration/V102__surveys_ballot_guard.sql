-- Ballot stuffing: a questionnaire from a burst is flagged and held out of the IKM until a KABID or KEPALA includes
-- it again or confirms its exclusion, each decision with who, when and why (survey_review). The client address is
-- kept only as a keyed hash whose key lives in the server's memory (a restart forgets it), for burst detection.
alter table survey_response
    add column address_key   text,
    add column flag          text check (flag in ('BURST_FROM_ADDRESS', 'IDENTICAL_EXTREMES')),
    add column review        text check (review in ('EXCLUDED', 'INCLUDED')),
    add column reviewed_by   text,
    add column reviewed_at   timestamptz,
    add column review_reason text;

create index survey_response_by_address on survey_response (library_id, address_key, submitted_at)
    where address_key is not null;
create index survey_response_flagged on survey_response (library_id, submitted_at) where flag is not null;

create table survey_review (
    library_id  integer     not null references library (id),
    id          bigint      generated always as identity,
    response_id bigint      not null,
    decision    text        not null check (decision in ('EXCLUDED', 'INCLUDED')),
    reason      text        not null,
    reviewed_by text        not null,
    reviewed_at timestamptz not null,
    primary key (library_id, id),
    foreign key (library_id, response_id) references survey_response (library_id, id)
);

create index survey_review_by_response on survey_review (library_id, response_id);
