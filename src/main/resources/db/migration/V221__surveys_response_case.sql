-- A questionnaire answered from a ticket's QR code belongs to that case; one answer per case.
alter table survey_response add column case_id uuid;
create unique index survey_response_case on survey_response (library_id, case_id) where case_id is not null;
