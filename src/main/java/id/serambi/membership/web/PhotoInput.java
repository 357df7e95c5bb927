package id.serambi.membership.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

import org.springframework.web.multipart.MultipartFile;

import id.serambi.membership.ImageRefusedException;
import id.serambi.membership.MemberPhoto;

/** A photo from a page: the webcam's canvas (a data URL in a hidden field) or an uploaded file. */
final class PhotoInput {

    private PhotoInput() {
    }

    /** The photo's bytes, or null when none was given. */
    static byte[] bytes(MultipartFile file, String dataUrl) {
        if (dataUrl != null && dataUrl.startsWith("data:image/") && dataUrl.contains(",")) {
            String base64 = dataUrl.substring(dataUrl.indexOf(',') + 1);
            if (base64.length() > MemberPhoto.MAX_UPLOAD_BYTES / 3 * 4 + 4) {
                throw ImageRefusedException.tooManyBytes(MemberPhoto.MAX_UPLOAD_BYTES / (1024 * 1024));
            }
            try {
                return Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw ImageRefusedException.notAnImage();
            }
        }
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
