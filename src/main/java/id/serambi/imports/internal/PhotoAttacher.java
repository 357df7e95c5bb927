package id.serambi.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import id.serambi.imports.ImportFileException;
import id.serambi.imports.PhotoWarning;
import id.serambi.imports.PhotosAdded;
import id.serambi.libraries.Library;
import id.serambi.membership.MemberImport;
import id.serambi.membership.Memberships;
import id.serambi.membership.StorePhoto;
import id.serambi.shared.DomainException;
import id.serambi.shared.Messages;

/**
 * Gives a run's imported members the photos their rows named, from a zip of the old system's photo folder, through the
 * membership facade (the desk's checks: size, type, pixel size from the header before decoding). A photo that is
 * missing or refused is a warning on its row; the member stays as imported.
 */
@Component
public class PhotoAttacher {

    private final ImportPhotoRepository references;
    private final Memberships memberships;
    private final MemberImport members;
    private final Messages messages;

    PhotoAttacher(ImportPhotoRepository references, Memberships memberships, MemberImport members,
            Messages messages) {
        this.references = references;
        this.memberships = memberships;
        this.members = members;
        this.messages = messages;
    }

    public PhotosAdded attach(Library library, long runId, InputStream zip) {
        Path file = copy(zip);
        try (PhotoZip photos = new PhotoZip(file)) {
            long stored = 0;
            List<PhotoWarning> warnings = new ArrayList<>();
            for (PhotoReference reference : references.find(library.id(), runId)) {
                String key = attach(library, photos, reference);
                if (key == null) {
                    stored++;
                } else {
                    warnings.add(new PhotoWarning(reference.rowNumber(), number(library, reference),
                            reference.image(), key, messages.get(key, reference.image())));
                }
            }
            return new PhotosAdded(stored, warnings);
        } finally {
            delete(file);
        }
    }

    /** Null when stored, else why not (a message key taking the image's name as its argument). */
    private String attach(Library library, PhotoZip photos, PhotoReference reference) {
        String number = number(library, reference);
        if (number == null) {
            return "imports.photos.noMember";
        }
        byte[] photo = photos.read(reference.image());
        if (photo == null) {
            return "imports.photos.missing";
        }
        try {
            memberships.storePhoto(library, new StorePhoto(number, photo));
            return null;
        } catch (DomainException refused) {
            return refused instanceof id.serambi.membership.ImageRefusedException ? "imports.photos.refused"
                    : "imports.photos.noMember";
        }
    }

    private String number(Library library, PhotoReference reference) {
        if (reference.kept() || reference.oldNumber() == null) {
            return reference.oldNumber();
        }
        return members.currentNumber(library.id(), reference.oldNumber()).orElse(null);
    }

    /** The zip on disk (a zip is read from its end), at most the bytes the reader would ever inflate. */
    private static Path copy(InputStream zip) {
        try {
            Path file = Files.createTempFile("serambi-photos-", ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > PhotoZip.MAX_TOTAL_BYTES) {
                        delete(file);
                        throw new ImportFileException("imports.photos.tooLarge", PhotoZip.MAX_TOTAL_BYTES / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
