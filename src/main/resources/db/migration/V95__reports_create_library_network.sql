-- Which libraries a library oversees (a provincial library and the regency and city libraries it guides), set by the
-- administrator. Its staff (KABID and above) see those libraries' figures side by side and summed, never their
-- members: the overseen libraries' own pages and API stay closed to them.
create table library_network (
    library_id          integer     not null references library (id),
    overseen_library_id integer     not null references library (id),
    position            smallint    not null default 0,
    changed_at          timestamptz not null default now(),
    primary key (library_id, overseen_library_id),
    constraint library_network_not_itself check (library_id <> overseen_library_id)
);
