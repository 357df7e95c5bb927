-- One row per scheduled job (id.serambi.shared.scheduling.JobLock): the server that starts a job claims it until
-- locked_until, by the database's clock, so that several servers on one database run each job once.
create table shared_job_lock
(
    name         text primary key,
    locked_until timestamp with time zone not null,
    locked_by    text not null
);
