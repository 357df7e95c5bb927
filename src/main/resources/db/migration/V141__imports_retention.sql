-- How long an import's personal data stays: uploaded files and rejected rows (with their NIKs) are deleted this many
-- days after the upload or the run (7 unless the library sets otherwise), and at once when an upload is abandoned.
create table import_settings (
    library_id     integer not null references library (id),
    retention_days integer not null default 7,
    primary key (library_id),
    constraint import_retention_days check (retention_days between 1 and 90)
);
alter table import_run add column rejections_deleted_at timestamptz;
