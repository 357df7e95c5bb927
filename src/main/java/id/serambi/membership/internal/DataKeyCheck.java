package id.serambi.membership.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a data key the database was not made with. Its blind indexes would differ from the stored
 * ones, so a NIK already registered would be accepted again, and the NIKs stored could not be read. The database keeps
 * the key's fingerprint ({@code member_data_key}); the first start with a key records it, after checking that the key
 * reads a NIK already stored (a database from before the fingerprint has NIKs but no fingerprint). Runs once every bean
 * is made and the schema migrated, before the web server takes requests.
 */
@Component
class DataKeyCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DataKeyCheck.class);

    private final DataCipher cipher;
    private final JdbcTemplate jdbc;

    DataKeyCheck(DataCipher cipher, JdbcTemplate jdbc) {
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> recorded = recorded();
        if (recorded.isEmpty()) {
            readsAStoredNik();
            jdbc.update("insert into member_data_key (fingerprint) values (?) on conflict do nothing",
                    cipher.fingerprint());
            recorded = recorded();
            log.info("Recorded the data key's fingerprint in the database");
        }
        if (!recorded.getFirst().equals(cipher.fingerprint())) {
            throw refused("its fingerprint differs from the one this database recorded");
        }
    }

    private List<String> recorded() {
        return jdbc.queryForList("select fingerprint from member_data_key", String.class);
    }

    private void readsAStoredNik() {
        List<byte[]> stored = jdbc.queryForList(
                "select nik_cipher from member where nik_cipher is not null limit 1", byte[].class);
        if (stored.isEmpty()) {
            return;
        }
        try {
            cipher.decrypt(Identities.NIK, stored.getFirst());
        } catch (IllegalStateException wrongKey) {
            throw refused("it cannot read the NIKs already stored in this database");
        }
    }

    private static IllegalStateException refused(String why) {
        return new IllegalStateException("Refusing to start: the data key (SERAMBI_DATA_KEY, or "
                + "$SERAMBI_DATA_DIR/keys/data.key when unset) is not this database's key; " + why + ". With it, NIKs "
                + "already registered would be accepted again and could not be read. Set SERAMBI_DATA_KEY to this "
                + "database's key, from the backup of $SERAMBI_DATA_DIR/keys/data.key of the server that first used "
                + "it, and start again.");
    }
}
