package id.serambi.frontoffice;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Makes the front office's card copy fail, as a subscriber whose database write fails would: a trigger refuses the
 * copies membership's events bring of the members whose name or number matches the pattern (LIKE), until closed.
 * A card the door reads through to membership (dated minus infinity) is let in.
 */
public final class FailingCardCopy implements AutoCloseable {

    private final JdbcClient jdbc;

    private FailingCardCopy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static FailingCardCopy of(JdbcClient jdbc, String pattern) {
        jdbc.sql("""
                create function test_refuse_card_copy() returns trigger language plpgsql as $$
                begin
                    raise exception 'card copy refused for %', new.member_number;
                end $$""").update();
        jdbc.sql("create trigger test_refuse_card_copy before insert or update on frontoffice_member_card "
                + "for each row when ((new.full_name like '" + pattern.replace("'", "''") + "' or new.member_number "
                + "like '" + pattern.replace("'", "''") + "') and new.changed_at > '-infinity') "
                + "execute function test_refuse_card_copy()").update();
        return new FailingCardCopy(jdbc);
    }

    @Override
    public void close() {
        jdbc.sql("drop trigger test_refuse_card_copy on frontoffice_member_card").update();
        jdbc.sql("drop function test_refuse_card_copy()").update();
    }
}
