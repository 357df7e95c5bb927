-- SLiMS's member_image of each imported row, with the number the member was imported under (kept, or the old one
-- when renumbered), so that a zip of SLiMS's images/persons/ folder sent after the run gives each member its photo.
create table import_photo (
    library_id integer not null,
    run_id     bigint  not null,
    row_number bigint  not null,
    old_number text,
    kept       boolean not null,
    image      text    not null,
    primary key (library_id, run_id, row_number),
    foreign key (library_id, run_id) references import_run (library_id, id)
);
