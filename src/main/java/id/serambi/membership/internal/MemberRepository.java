package id.serambi.membership.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;
import id.serambi.membership.HomeRegion;
import id.serambi.membership.MemberStatus;
import id.serambi.membership.MemberView;

/** Members of a library in plain SQL; the library is always the first parameter. */
@Repository
public class MemberRepository {

    static final String VIEW_COLUMNS = """
            m.id, m.member_number, m.full_name, m.category_code, c.name as category_name, m.status,
            m.registered_on, m.expires_on, m.phone_e164, m.email, m.institution, m.nik_masked, m.birth_place,
            m.birth_date, m.sex, m.address, m.channel, m.replaces, m.replaced_by
            from member m join member_category_name c on c.library_id = m.library_id and c.code = m.category_code""";

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<MemberView> findView(LibraryId library, String memberNumber) {
        return jdbc.sql("select " + VIEW_COLUMNS + " where m.library_id = ? and m.member_number = ?")
                .params(library.value(), memberNumber).query(MemberRepository::view).optional();
    }

    public Optional<MemberRecord> find(LibraryId library, String memberNumber) {
        return jdbc.sql("select * from member where library_id = ? and member_number = ?")
                .params(library.value(), memberNumber).query(MemberRepository::record).optional();
    }

    /** Locks the member's row for a state change, so that two staff cannot decide at the same time. */
    public Optional<MemberRecord> lock(LibraryId library, String memberNumber) {
        return jdbc.sql("select * from member where library_id = ? and member_number = ? for update")
                .params(library.value(), memberNumber).query(MemberRepository::record).optional();
    }

    public Optional<MemberRecord> findByRevisionToken(LibraryId library, byte[] tokenHash) {
        return jdbc.sql("select * from member where library_id = ? and revision_token_hash = ?")
                .params(library.value(), tokenHash).query(MemberRepository::record).optional();
    }

    /** The live member holding this NIK, if any. */
    public Optional<String> nikHolder(LibraryId library, byte[] nikIndex) {
        return jdbc.sql("select member_number from member where library_id = ? and nik_index = ? "
                + "and status <> 'REPLACED' order by id limit 1").params(library.value(), nikIndex)
                .query(String.class).optional();
    }

    public boolean nikTaken(LibraryId library, byte[] nikIndex) {
        return jdbc.sql("select exists (select 1 from member where library_id = ? and nik_index = ? "
                + "and status <> 'REPLACED')").params(library.value(), nikIndex).query(Boolean.class).single();
    }

    /** Numbers of live members with the same birth date and a similar name (pg_trgm), for staff to look at. */
    public List<String> similar(LibraryId library, String fullName, LocalDate birthDate, long exceptId) {
        return jdbc.sql("""
                select member_number from member
                where library_id = ? and birth_date = ? and id <> ? and status <> 'REPLACED'
                  and similarity(lower(full_name), lower(?)) >= 0.5
                order by similarity(lower(full_name), lower(?)) desc limit 5""")
                .params(library.value(), birthDate, exceptId, fullName, fullName).query(String.class).list();
    }

    /** The new member's row as written (what {@link #find} would read back). */
    public MemberRecord insert(LibraryId library, String number, MemberRecord.Channel channel, ValidApplication a,
            EncryptedIdentity identity, LocalDate registeredOn, String replaces, byte[] tokenHash) {
        return jdbc.sql("""
                insert into member (library_id, member_number, channel, full_name, nik_cipher, nik_index, nik_masked,
                    birth_place, birth_date, sex, address, region_code, province_code, regency_code, district_code,
                    mother_name_cipher, phone_e164, email, category_code, institution, institution_region,
                    guardian_name, status, registered_on, replaces, warnings, revision_token_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    'PENDING_VERIFICATION', ?, ?, ?, ?)
                returning *""")
                .params(library.value(), number, channel.name(), a.fullName(), identity.nikCipher(),
                        identity.nikIndex(), identity.nikMasked(), a.birthPlace(), a.birthDate(), a.sex().name(),
                        a.address(), a.home().mostSpecific(), a.home().provinceCode(), a.home().regencyCode(),
                        a.home().districtCode(), identity.motherNameCipher(), a.phoneE164(), a.email(),
                        a.category().code(), a.institution(), a.institutionRegion(), a.guardianName(), registeredOn,
                        replaces, a.warnings().toArray(String[]::new), tokenHash)
                .query(MemberRepository::record).single();
    }

    public void correct(LibraryId library, long id, ValidApplication a, EncryptedIdentity identity) {
        jdbc.sql("""
                update member set full_name = ?, nik_cipher = ?, nik_index = ?, nik_masked = ?, birth_place = ?,
                    birth_date = ?, sex = ?, address = ?, region_code = ?, province_code = ?, regency_code = ?,
                    district_code = ?, mother_name_cipher = ?, phone_e164 = ?,
                    email = ?, category_code = ?, institution = ?, institution_region = ?, guardian_name = ?,
                    warnings = ?, status = 'PENDING_VERIFICATION', updated_at = now()
                where library_id = ? and id = ?""")
                .params(a.fullName(), identity.nikCipher(), identity.nikIndex(), identity.nikMasked(),
                        a.birthPlace(), a.birthDate(), a.sex().name(), a.address(), a.home().mostSpecific(),
                        a.home().provinceCode(), a.home().regencyCode(), a.home().districtCode(),
                        identity.motherNameCipher(), a.phoneE164(), a.email(), a.category().code(), a.institution(),
                        a.institutionRegion(), a.guardianName(), a.warnings().toArray(String[]::new),
                        library.value(), id)
                .update();
    }

    public void updateStatus(LibraryId library, long id, MemberStatus status, LocalDate expiresOn,
            String replacedBy) {
        jdbc.sql("""
                update member set status = ?, expires_on = ?, replaced_by = ?, updated_at = now()
                where library_id = ? and id = ?""")
                .params(status.name(), expiresOn, replacedBy, library.value(), id).update();
    }

    public void setRevisionToken(LibraryId library, long id, byte[] tokenHash) {
        jdbc.sql("update member set revision_token_hash = ? where library_id = ? and id = ?")
                .params(tokenHash, library.value(), id).update();
    }

    public void savePhoto(LibraryId library, long id, byte[] jpeg, int width, int height, Instant at) {
        jdbc.sql("""
                insert into member_photo (library_id, member_id, jpeg, width, height, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (library_id, member_id) do update
                set jpeg = excluded.jpeg, width = excluded.width, height = excluded.height,
                    updated_at = excluded.updated_at""")
                .params(library.value(), id, jpeg, width, height, java.sql.Timestamp.from(at)).update();
    }

    public Optional<byte[]> photo(LibraryId library, String memberNumber) {
        return jdbc.sql("""
                select p.jpeg from member_photo p join member m on m.library_id = p.library_id and m.id = p.member_id
                where m.library_id = ? and m.member_number = ?""")
                .params(library.value(), memberNumber).query(byte[].class).optional();
    }

    static MemberView view(ResultSet rs, int row) throws SQLException {
        return new MemberView(rs.getLong("id"), rs.getString("member_number"), rs.getString("full_name"),
                rs.getString("category_code"), rs.getString("category_name"),
                MemberStatus.valueOf(rs.getString("status")), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getString("phone_e164"), rs.getString("email"),
                rs.getString("institution"), rs.getString("nik_masked"), rs.getString("birth_place"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("sex"), rs.getString("address"),
                rs.getString("channel"), rs.getString("replaces"), rs.getString("replaced_by"));
    }

    private static MemberRecord record(ResultSet rs, int row) throws SQLException {
        return new MemberRecord(rs.getLong("id"), rs.getString("member_number"),
                MemberRecord.Channel.valueOf(rs.getString("channel")), rs.getString("full_name"),
                rs.getBytes("nik_cipher"), rs.getString("nik_masked"), rs.getString("birth_place"),
                rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
                rs.getString("address"), new HomeRegion(rs.getString("province_code"), rs.getString("regency_code"),
                        rs.getString("district_code")), rs.getBytes("mother_name_cipher"),
                rs.getString("phone_e164"), rs.getString("email"), rs.getString("category_code"),
                rs.getString("institution"), rs.getString("institution_region"), rs.getString("guardian_name"),
                MemberStatus.valueOf(rs.getString("status")), rs.getObject("registered_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getString("replaces"), rs.getString("replaced_by"),
                strings(rs.getArray("warnings")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of()
                : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
