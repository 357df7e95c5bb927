-- The members' name-words index, per library. Its keys were the words alone, so that a name search in one library
-- read the members of every library holding the candidate words and dropped the others' afterwards: with a million
-- members in one library, a search in a library of 50,000 was as slow as one in the large library (p95 49 against
-- 48 ms). Each key is now the library and the word ("12:budi"), so a search reads its own library's members only.
-- Name words are letters and digits, so the ':' cannot occur in one.

-- A name's words (as member_name_words splits them) as keys of the library's name-words index: the name in lower case,
-- each run of other characters replaced by ' <library>:', then split on the spaces ('Nur''aini, S.Pd.' in library 4:
-- {4:nur,4:aini,4:s,4:pd}). One expression of built-in immutable functions only, so that PostgreSQL inlines it: about
-- 3.5 us a name, where a call with a subquery took 11 us. Not strict for the same reason (a null gives null anyway).
-- Built-in functions also because indexes are built and kept with a search path of pg_catalog only.
create function member_name_keys(library integer, name text) returns text[] language sql immutable parallel safe as $$
    select array_remove(
        string_to_array(library::text || ':'
            || regexp_replace(lower(name), '[^[:alnum:]]+', ' ' || library::text || ':', 'g'), ' '),
        library::text || ':')
$$;

create index member_name_keys on member using gin (member_name_keys(library_id, full_name));
drop index member_name_words;
