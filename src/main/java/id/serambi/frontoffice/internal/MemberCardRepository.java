package id.serambi.frontoffice.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.frontoffice.MemberCard;
import id.serambi.libraries.LibraryId;
import id.serambi.membership.MemberCardChanged;
import id.serambi.membership.MemberStatus;

/**
 * The member cards copied from membership's events: the one copy in Serambi (the door reads it in the same statement
 * that finds the earlier visit). Other modules read it through the view {@code frontoffice_member_card_public} (V155).
 */
@Repository
public class MemberCardRepository {

    private final JdbcClient jdbc;

    MemberCardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the newest state of a card; the first-scan mark survives every change. */
    public void upsert(MemberCardChanged change) {
        upsertAll(change.library(), List.of(change));
    }

    /** Keeps the newest state of each card in one statement (an event handled twice changes nothing). */
    public void upsertAll(LibraryId library, List<MemberCardChanged> changes) {
        jdbc.sql("""
                insert into frontoffice_member_card (library_id, member_number, member_id, full_name, category_code,
                    status, expires_on, replaced_by, changed_at)
                select ?, c.number, c.id, c.name, c.category, c.status, c.expires::date, c.replaced_by,
                    c.at::timestamptz
                from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::text[]) as c(number, id, name, category, status, expires, replaced_by, at)
                on conflict (library_id, member_number) do update
                set member_id = excluded.member_id, full_name = excluded.full_name,
                    category_code = excluded.category_code, status = excluded.status,
                    expires_on = excluded.expires_on, replaced_by = excluded.replaced_by,
                    changed_at = excluded.changed_at
                where frontoffice_member_card.changed_at <= excluded.changed_at""")
                .params(library.value(),
                        changes.stream().map(MemberCardChanged::memberNumber).toArray(String[]::new),
                        changes.stream().map(MemberCardChanged::memberId).toArray(Long[]::new),
                        changes.stream().map(MemberCardChanged::fullName).toArray(String[]::new),
                        changes.stream().map(MemberCardChanged::categoryCode).toArray(String[]::new),
                        changes.stream().map(c -> c.status().name()).toArray(String[]::new),
                        changes.stream().map(c -> c.expiresOn() == null ? null : c.expiresOn().toString())
                                .toArray(String[]::new),
                        changes.stream().map(MemberCardChanged::replacedBy).toArray(String[]::new),
                        changes.stream().map(c -> c.at().toString()).toArray(String[]::new))
                .update();
    }

    /**
     * Writes a card read from membership because the copy had none yet (its event not handled so far), so that the
     * scan can mark the first visit; dated as old as can be, so that any event of the member still wins.
     */
    void insertMissing(LibraryId library, long memberId, MemberCard card) {
        jdbc.sql("""
                insert into frontoffice_member_card (library_id, member_number, member_id, full_name, category_code,
                    status, expires_on, replaced_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, '-infinity')
                on conflict (library_id, member_number) do nothing""")
                .params(library.value(), card.memberNumber(), memberId, card.fullName(), card.categoryCode(),
                        card.status().name(), card.expiresOn() == null ? null : Date.valueOf(card.expiresOn()),
                        card.replacedBy())
                .update();
    }

    public Optional<MemberCard> find(LibraryId library, String memberNumber) {
        return jdbc.sql("""
                select member_number, full_name, category_code, status, expires_on, replaced_by
                from frontoffice_member_card where library_id = ? and member_number = ?""")
                .params(library.value(), memberNumber).query(MemberCardRepository::card).optional();
    }

    static MemberCard card(ResultSet rs, int row) throws SQLException {
        Date expires = rs.getDate("expires_on");
        return new MemberCard(rs.getString("member_number"), rs.getString("full_name"),
                rs.getString("category_code"), MemberStatus.valueOf(rs.getString("status")),
                expires == null ? null : expires.toLocalDate(), rs.getString("replaced_by"));
    }
}
