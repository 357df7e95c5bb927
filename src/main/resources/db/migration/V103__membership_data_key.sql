-- The fingerprint of the data key (SERAMBI_DATA_KEY) that encrypts this database's NIKs and computes their blind
-- index: HMAC-SHA256(key, 'serambi-data-key-fingerprint'), which does not reveal the key. One row, written at the
-- first start with a key; a start with another key is refused (DataKeyCheck), since its blind indexes would let a NIK
-- already registered be registered again and it could not read the NIKs stored.
create table member_data_key (
    id          boolean     not null default true primary key check (id),
    fingerprint text        not null,
    recorded_at timestamptz not null default now()
);
