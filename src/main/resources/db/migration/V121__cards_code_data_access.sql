-- One-time codes for a member's sign-in to the personal-data page (MemberSignIn, DATA_ACCESS) are cards' codes.
-- V70 (privacy) first allowed the purpose on cards' table; cards, which owns the codes, declares it again here.
alter table card_code
    drop constraint card_code_purpose,
    add constraint card_code_purpose check (purpose in ('PHONE_CHECK', 'DIGITAL_CARD', 'DATA_ACCESS'));
