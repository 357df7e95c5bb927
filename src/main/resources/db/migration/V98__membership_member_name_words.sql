-- Name search by words. A trigram index over whole names could not find a name among a million quickly (the trigrams
-- of common Indonesian names each point at a large part of the library) and was the dearest index to keep up on an
-- import. Instead: each library's distinct name words, found by similarity, by part or by one typing slip, and an
-- index of the members' name words.

-- A name's words, lower case, split on anything that is not a letter or digit ("Nur'aini, S.Pd." -> nur, aini, s, pd).
create function member_name_words(name text) returns text[] language sql immutable parallel safe strict as $$
    select array_remove(regexp_split_to_array(lower(name), '[^[:alnum:]]+'), '')
$$;

-- One letter left out of a word, at each place: "budi" -> udi, bdi, bui, bud (words of three letters or more).
create function member_name_word_deletions(word text) returns setof text language sql immutable parallel safe strict
as $$
    select left(word, i - 1) || substr(word, i + 1) from generate_series(1, length(word)) as i where length(word) >= 3
$$;

create table member_name_word (
    library_id integer not null references library (id),
    word       text    not null,
    primary key (library_id, word)
);
create index member_name_word_trgm on member_name_word using gin (word gin_trgm_ops);

-- Each word under each of its one-letter deletions: two words one typing slip apart (a letter left out, added or
-- changed) share a deletion or one is a deletion of the other.
create table member_name_word_deletion (
    library_id integer not null references library (id),
    deletion   text    not null,
    word       text    not null,
    primary key (library_id, deletion, word)
);

-- Adds the words of a name (and their deletions) that the library does not know yet.
create function member_name_words_add(library integer, names text[]) returns void language sql as $$
    with fresh as (
        insert into member_name_word (library_id, word)
        select distinct library, w from unnest(names) as n, unnest(member_name_words(n)) as w
        on conflict do nothing
        returning word)
    insert into member_name_word_deletion (library_id, deletion, word)
    select distinct library, d, word from fresh, member_name_word_deletions(word) as d
    on conflict do nothing
$$;

create function member_name_word_keep() returns trigger language plpgsql as $$
begin
    perform member_name_words_add(new.library_id, array[new.full_name]);
    return null;
end $$;

-- Every way a name is written (registration, correction, replacement card) keeps the word list. A bulk import, whose
-- batches skip triggers, adds its words itself in one statement per batch.
create trigger member_name_word_keep after insert or update of full_name on member
    for each row execute function member_name_word_keep();

insert into member_name_word (library_id, word)
select distinct library_id, w from member, unnest(member_name_words(full_name)) as w;
insert into member_name_word_deletion (library_id, deletion, word)
select distinct library_id, d, word from member_name_word, member_name_word_deletions(word) as d;

create index member_name_words on member using gin (member_name_words(full_name));
drop index member_name_trgm;
