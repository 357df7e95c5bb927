-- When the applicant was told that the card is ready for pick-up (null: not yet); one notice per card.
alter table card_issue add column pickup_notified_at timestamptz;
