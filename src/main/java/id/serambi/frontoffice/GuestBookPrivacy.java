package id.serambi.frontoffice;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.libraries.LibraryId;

/**
 * The guest book under UU PDP: how often a member visited, and retention of non-members' personal fields. A visit
 * keeps its type, day, purpose, room, number of people, sex, occupation and education, so statistics do not change.
 */
@Service
public class GuestBookPrivacy {

    private final JdbcClient jdbc;

    GuestBookPrivacy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public long visitsOf(LibraryId library, String memberNumber) {
        return jdbc.sql("select count(*) from visit where library_id = ? and member_number = ?")
                .params(library.value(), memberNumber).query(Long.class).single();
    }

    /** Removes name, institution, address, group name, leader and contact of visits before the given day. */
    @Transactional
    public int anonymiseNonMembersBefore(LibraryId library, LocalDate day) {
        return jdbc.sql("""
                update visit set visitor_name = null, institution = null, address = null, group_name = null,
                    leader = null, contact = null
                where library_id = ? and visited_on < ? and visitor_type <> 'MEMBER'
                  and (visitor_name is not null or institution is not null or address is not null
                       or group_name is not null or leader is not null or contact is not null)""")
                .params(library.value(), Date.valueOf(day)).update();
    }
}
