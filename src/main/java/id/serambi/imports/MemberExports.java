package id.serambi.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.imports.internal.MemberFileWriter;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;
import id.serambi.membership.ChangedMember;
import id.serambi.membership.MemberChanges;
import id.serambi.shared.DataDirectory;
import id.serambi.shared.FieldProblem;
import id.serambi.shared.InvalidInputException;

/**
 * New and changed members written back for the circulation system (SLiMS, INLISLite): on demand, and on a schedule
 * into a folder per library. Each way out remembers per library and format the moment up to which it wrote, so the
 * next file holds only the members registered or changed since. Files never carry the NIK or the mother's maiden name.
 */
@Service
public class MemberExports {

    /** Where a file was last taken from: downloaded (page, API without "since") or written to the folder. */
    enum Channel {
        DOWNLOAD, FOLDER
    }

    /** A written file: its name, content, how many members and the span of changes it holds (since null = all). */
    public record MemberFile(String fileName, String content, int members, Instant since, Instant until) {
    }

    /** The scheduled file of a library: the formats written (none = off) and the folder. */
    public record Settings(Set<ExportFormat> formats, Path folder, boolean defaultFolder) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final JdbcClient jdbc;
    private final MemberChanges changes;
    private final LibraryService libraries;
    private final Path root;
    private final Clock clock;

    MemberExports(JdbcClient jdbc, MemberChanges changes, LibraryService libraries, DataDirectory data,
            @Value("${serambi.exports.root:}") String root, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.libraries = libraries;
        this.root = (root == null || root.isBlank() ? data.root().resolve("exports") : Path.of(root))
                .toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * The library's members registered or changed after {@code since}; when null, after the last download in this
     * format (every approved member the first time), and this download becomes the last one.
     */
    @Transactional
    public MemberFile download(Library library, ExportFormat format, Instant since) {
        Instant until = clock.instant();
        Instant from = since != null ? since : mark(library.id(), format, Channel.DOWNLOAD).orElse(null);
        MemberFile file = file(library, format, from, until);
        if (since == null) {
            setMark(library.id(), format, Channel.DOWNLOAD, until);
        }
        return file;
    }

    /**
     * Writes into each library's folder, in each format it turned on, a file of the members changed since the last
     * one (none when nothing changed). Returns the files written.
     */
    public List<Path> writeFolders() {
        List<Path> written = new java.util.ArrayList<>();
        for (Library library : libraries.all()) {
            Settings settings = settings(library);
            for (ExportFormat format : settings.formats()) {
                writeFolder(library, format, settings.folder()).ifPresent(written::add);
            }
        }
        return written;
    }

    /** One library's file in one format; the job runs on one server at a time, so the mark is not raced. */
    Optional<Path> writeFolder(Library library, ExportFormat format, Path folder) {
        Instant until = clock.instant();
        MemberFile file = file(library, format, mark(library.id(), format, Channel.FOLDER).orElse(null), until);
        Path target = null;
        if (file.members() > 0) {
            try {
                Files.createDirectories(folder);
                Path part = folder.resolve(file.fileName() + ".part");
                Files.writeString(part, file.content(), StandardCharsets.UTF_8);
                target = Files.move(part, folder.resolve(file.fileName()), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the member export into " + folder, e);
            }
        }
        setMark(library.id(), format, Channel.FOLDER, until);
        return Optional.ofNullable(target);
    }

    public Settings settings(Library library) {
        return jdbc.sql("select export_formats, export_folder from import_settings where library_id = ?")
                .param(library.idValue()).query((rs, n) -> {
                    Set<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
                    for (String name : (String[]) rs.getArray(1).getArray()) {
                        formats.add(ExportFormat.valueOf(name));
                    }
                    String folder = rs.getString(2);
                    return new Settings(formats, folder == null ? defaultFolder(library) : Path.of(folder),
                            folder == null);
                }).optional().orElseGet(() -> new Settings(Set.of(), defaultFolder(library), true));
    }

    /**
     * Turns the scheduled file on (one or both formats) or off (none), into {@code folder}: blank for the default
     * ({@code <exports root>/<library>}); else a folder that must lie inside the exports root
     * ({@code serambi.exports.root}, $SERAMBI_DATA_DIR/exports unless set), so that a web form cannot make the server
     * write anywhere else.
     */
    @Transactional
    public Settings changeSettings(Library library, Set<ExportFormat> formats, String folder) {
        String stored = null;
        if (folder != null && !folder.isBlank()) {
            Path path;
            try {
                path = root.resolve(folder.strip()).toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                path = null;
            }
            if (path == null || !path.startsWith(root)) {
                throw new InvalidInputException(List.of(new FieldProblem("folder", "imports.export.folderOutside",
                        root.toString())));
            }
            stored = path.equals(defaultFolder(library)) ? null : path.toString();
        }
        String[] names = formats.stream().map(Enum::name).sorted().toArray(String[]::new);
        jdbc.sql("""
                insert into import_settings (library_id, export_formats, export_folder) values (?, ?, ?)
                on conflict (library_id) do update set export_formats = excluded.export_formats,
                    export_folder = excluded.export_folder""")
                .params(library.idValue(), names, stored).update();
        return settings(library);
    }

    public Path root() {
        return root;
    }

    private Path defaultFolder(Library library) {
        return root.resolve(library.code());
    }

    private MemberFile file(Library library, ExportFormat format, Instant since, Instant until) {
        List<ChangedMember> members = changes.between(library.id(), since, until);
        String name = "serambi-" + library.code() + "-members-" + format.name().toLowerCase(java.util.Locale.ROOT)
                + "-" + STAMP.format(until.atZone(library.timezone())) + "." + format.extension();
        return new MemberFile(name, MemberFileWriter.write(format, members), members.size(), since, until);
    }

    private Optional<Instant> mark(LibraryId library, ExportFormat format, Channel channel) {
        return jdbc.sql("""
                select exported_until from member_export_mark where library_id = ? and format = ? and channel = ?
                for update""").params(library.value(), format.name(), channel.name())
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private void setMark(LibraryId library, ExportFormat format, Channel channel, Instant until) {
        jdbc.sql("""
                insert into member_export_mark (library_id, format, channel, exported_until) values (?, ?, ?, ?)
                on conflict (library_id, format, channel) do update set exported_until = excluded.exported_until""")
                .params(library.value(), format.name(), channel.name(), Timestamp.from(until)).update();
    }
}
