package id.serambi.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import id.serambi.imports.ImportFileException;
import id.serambi.membership.MemberPhoto;

/**
 * A zip of SLiMS's images/persons/ folder, read safely: entries are found by their base name only (folders and
 * "../" are ignored, nothing is ever written out), at most {@link #MAX_ENTRIES} entries, and only the entries a
 * member names are read, each at most one byte over the photo limit and all together at most
 * {@link #MAX_TOTAL_BYTES} as actually inflated (the sizes a zip declares are not trusted).
 */
public final class PhotoZip implements AutoCloseable {

    static final int MAX_ENTRIES = 50_000;
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;

    private final ZipFile zip;
    private final Map<String, ZipEntry> byName = new HashMap<>();
    private long inflated;

    public PhotoZip(Path file) {
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ImportFileException("imports.photos.notZip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (zip.size() > MAX_ENTRIES) {
            close();
            throw new ImportFileException("imports.photos.tooManyEntries", MAX_ENTRIES);
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            String name = PhotoReference.baseName(entry.getName());
            if (!entry.isDirectory() && !name.isEmpty()) {
                byName.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), entry);
            }
        }
    }

    /** The bytes of the entry with this base name (letter case aside), or null when the zip has none. */
    public byte[] read(String image) {
        ZipEntry entry = byName.get(PhotoReference.baseName(image).toLowerCase(java.util.Locale.ROOT));
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            // One byte over the limit is enough for the photo check to refuse it as too large.
            byte[] bytes = in.readNBytes(MemberPhoto.MAX_UPLOAD_BYTES + 1);
            inflated += bytes.length;
            if (inflated > MAX_TOTAL_BYTES) {
                throw new ImportFileException("imports.photos.tooLarge", MAX_TOTAL_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (ZipException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
