package id.serambi.cards.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.cards.CardDesign;
import id.serambi.cards.CardLayout;
import id.serambi.libraries.LibraryId;

@Repository
public class CardDesignRepository {

    private final JdbcClient jdbc;

    CardDesignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CardDesign> find(LibraryId library) {
        return jdbc.sql("select layout, primary_colour, logo_png, back_text from card_design where library_id = ?")
                .param(library.value())
                .query((rs, row) -> new CardDesign(CardLayout.valueOf(rs.getString("layout")),
                        rs.getString("primary_colour"), rs.getBytes("logo_png"), rs.getString("back_text")))
                .optional();
    }

    public void save(LibraryId library, CardDesign design, Instant at, Long staff) {
        jdbc.sql("""
                insert into card_design (library_id, layout, primary_colour, logo_png, back_text, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (library_id) do update set layout = excluded.layout,
                    primary_colour = excluded.primary_colour, logo_png = excluded.logo_png,
                    back_text = excluded.back_text, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(library.value(), design.layout().name(), design.primaryColour(), design.logoPng(),
                        design.backText(), Timestamp.from(at), staff)
                .update();
    }
}
