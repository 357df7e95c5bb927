-- Remembers that the sample activity of SERAMBI_DEMO_DATA was added, so that a restart does not add it twice.
create table demo_data (
    added_at timestamptz not null primary key
);
