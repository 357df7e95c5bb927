package id.serambi.membership.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.serambi.libraries.Library;
import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MemberStatus;
import id.serambi.shared.security.CurrentStaff;

/**
 * Writes a re-imported row over the member an earlier import brought in; new members are written by
 * {@link BulkMemberWriter}.
 */
@Component
public class ReimportedMembers {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ReimportedMembers(JdbcClient jdbc, ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Writes a re-imported row over the member an earlier import brought in (the same person, corrected in the old
     * system): the row's data replaces theirs, the number stays, a warning tells staff, the history says who did it.
     */
    public void update(Library library, long memberId, BulkMemberWriter.Row row, String note) {
        ValidApplication a = row.application();
        EncryptedIdentity identity = row.identity();
        List<String> warnings = new ArrayList<>(a.warnings());
        warnings.add("imports.warning.reimported");
        MemberCardChanged card = jdbc.sql("""
                update member set full_name = ?, nik_cipher = ?, nik_index = ?, nik_masked = ?, nik_recorded = ?,
                    birth_place = ?, birth_date = ?, sex = ?, address = ?, region_code = ?, province_code = ?,
                    regency_code = ?, district_code = ?, mother_name_cipher = coalesce(?, mother_name_cipher),
                    phone_e164 = ?, email = ?, category_code = ?, institution = ?, institution_region = ?,
                    guardian_name = ?, expires_on = ?, warnings = ?, member_since = coalesce(?, member_since),
                    postal_code = ?, notes = ?, updated_at = ?
                where library_id = ? and id = ?
                returning member_number, status""")
                .params(a.fullName(), identity.nikCipher(), identity.nikIndex(), identity.nikMasked(),
                        identity.nikIndex() != null, a.birthPlace(), a.birthDate(), a.sex().name(), a.address(),
                        a.home().mostSpecific(), a.home().provinceCode(), a.home().regencyCode(),
                        a.home().districtCode(), identity.motherNameCipher(), a.phoneE164(), a.email(),
                        a.category().code(), a.institution(), a.institutionRegion(), a.guardianName(), row.expiresOn(),
                        warnings.toArray(String[]::new), row.memberSince(), row.postalCode(), row.notes(),
                        Timestamp.from(clock.instant()), library.idValue(), memberId)
                .query((rs, n) -> new MemberCardChanged(library.id(), memberId, rs.getString(1), a.fullName(),
                        a.category().code(), MemberStatus.valueOf(rs.getString(2)),
                        row.expiresOn(), null, clock.instant()))
                .single();
        jdbc.sql("""
                insert into member_history (library_id, member_id, action, note, staff_account_id, at)
                values (?, ?, 'CORRECTED', ?, ?, ?)""")
                .params(library.idValue(), memberId, note, CurrentStaff.accountIdOrNull(),
                        Timestamp.from(clock.instant()))
                .update();
        publisher.publishEvent(card);
    }
}
