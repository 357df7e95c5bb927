-- security_version: raised when an account's password, roles or enabled state change; a page session or a
-- remembered API sign-in made with an older version is ended on its next request (on every server).
-- failures_since: start of the hour in which failed_attempts are counted for the account-wide lock.
-- unlocked_at / unlocked_by: the administrator's last unlock, shown on the staff page.
alter table staff_account
    add column security_version bigint not null default 0,
    add column failures_since   timestamptz,
    add column unlocked_at      timestamptz,
    add column unlocked_by      text;
