package id.serambi.membership.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;

/** Copies a member's row, photo and consent under a new number for a replacement card. */
@Component
class ReplacementCopier {

    private final JdbcClient jdbc;

    ReplacementCopier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long copy(Library library, MemberRecord old, String number, Instant now) {
        long id = jdbc.sql("""
                insert into member (library_id, member_number, channel, full_name, nik_cipher, nik_index, nik_masked,
                    birth_place, birth_date, sex, address, region_code, province_code, regency_code, district_code,
                    mother_name_cipher, phone_e164, email, category_code, institution, institution_region,
                    guardian_name, status, registered_on, replaces)
                select library_id, ?, 'REPLACEMENT', full_name, nik_cipher, nik_index, nik_masked, birth_place,
                    birth_date, sex, address, region_code, province_code, regency_code, district_code,
                    mother_name_cipher, phone_e164, email, category_code,
                    institution, institution_region, guardian_name, 'PENDING_VERIFICATION', ?, member_number
                from member where library_id = ? and id = ? returning id""")
                .params(number, LocalDate.ofInstant(now, library.timezone()), library.idValue(), old.id())
                .query(Long.class).single();
        jdbc.sql("""
                insert into member_photo (library_id, member_id, jpeg, width, height, updated_at)
                select library_id, ?, jpeg, width, height, ? from member_photo where library_id = ? and member_id = ?""")
                .params(id, Timestamp.from(now), library.idValue(), old.id()).update();
        jdbc.sql("""
                insert into member_consent (library_id, member_id, purpose, retention, given_by, guardian_name, given_at)
                select library_id, ?, purpose, retention, given_by, guardian_name, given_at
                from member_consent where library_id = ? and member_id = ?""")
                .params(id, library.idValue(), old.id()).update();
        return id;
    }
}
