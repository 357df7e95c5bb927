-- The token a case's ticket carries to the satisfaction questionnaire: random, made when the ticket is first printed.
alter table case_file add column survey_token text;
create unique index case_file_survey_token on case_file (library_id, survey_token) where survey_token is not null;
