-- New and changed members flow back to the circulation system (SLiMS, INLISLite): the moment up to which each library's
-- members were last written, per format and per way out (DOWNLOAD: the page or the API without "since"; FOLDER: the
-- scheduled file), so that the next file holds only what changed since. The scheduled file is off unless the library
-- turns it on; its folder defaults to $SERAMBI_DATA_DIR/exports/<library>/.
create table member_export_mark (
    library_id     integer     not null references library (id),
    format         text        not null,
    channel        text        not null,
    exported_until timestamptz not null,
    primary key (library_id, format, channel),
    constraint member_export_format check (format in ('SLIMS', 'INLISLITE')),
    constraint member_export_channel check (channel in ('DOWNLOAD', 'FOLDER'))
);
alter table import_settings add column export_formats text[] not null default '{}',
    add column export_folder text;
