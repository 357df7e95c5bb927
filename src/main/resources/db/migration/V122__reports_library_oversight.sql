-- Which libraries a library oversees was called library_network; "network" now names the agreement between libraries
-- that honour each other's cards, so the oversight is called what it is. Same rows, keys and rules.
alter table library_network rename to library_oversight;
alter table library_oversight rename constraint library_network_not_itself to library_oversight_not_itself;
alter index library_network_pkey rename to library_oversight_pkey;
