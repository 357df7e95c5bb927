-- The print queue reads the front office's member cards (view frontoffice_member_card_public, V155): the cards
-- module's own copy, kept from the same events with the same upsert, goes.
drop table card_member;
