-- Spring Modulith's event publication table (its schema v2 for PostgreSQL), created here rather than by Modulith's own
-- initializer at start-up, which ran its DDL while the application was being built and so made every start wait for
-- the database. "if not exists": deployments before this migration have it already, made by that initializer.
create table if not exists event_publication
(
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
