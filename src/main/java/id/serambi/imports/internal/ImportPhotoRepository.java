package id.serambi.imports.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.serambi.libraries.LibraryId;

/** The photo file names of a run's imported rows (import_photo). */
@Repository
public class ImportPhotoRepository {

    private final JdbcClient jdbc;

    ImportPhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(LibraryId library, long runId, List<PhotoReference> photos) {
        for (int from = 0; from < photos.size(); from += 1000) {
            List<PhotoReference> part = photos.subList(from, Math.min(photos.size(), from + 1000));
            jdbc.sql("""
                    insert into import_photo (library_id, run_id, row_number, old_number, kept, image)
                    select ?, ?, r, o, k, i from unnest(?::bigint[], ?::text[], ?::boolean[], ?::text[]) as x(r, o, k, i)""")
                    .params(library.value(), runId, part.stream().map(PhotoReference::rowNumber).toArray(Long[]::new),
                            part.stream().map(PhotoReference::oldNumber).toArray(String[]::new),
                            part.stream().map(PhotoReference::kept).toArray(Boolean[]::new),
                            part.stream().map(PhotoReference::image).toArray(String[]::new))
                    .update();
        }
    }

    public List<PhotoReference> find(LibraryId library, long runId) {
        return jdbc.sql("""
                select row_number, old_number, kept, image from import_photo where library_id = ? and run_id = ?
                order by row_number""").params(library.value(), runId)
                .query((rs, n) -> new PhotoReference(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4)))
                .list();
    }
}
