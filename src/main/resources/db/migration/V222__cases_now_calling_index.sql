-- The waiting-area screens poll the day's latest calls every few seconds.
create index case_file_called on case_file (library_id, queue_day, last_called_at desc)
    where last_called_at is not null;
