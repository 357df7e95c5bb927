-- How many of a run's imported members came without a NIK, and how many minors without a guardian (legacy members
-- whose missing data staff record at the next visit): counted from the rows at the import, shown in its report.
alter table import_run add column without_nik bigint not null default 0;
alter table import_run add column minors_without_guardian bigint not null default 0;
