package id.serambi.membership;

import org.springframework.http.HttpStatus;

import id.serambi.shared.DomainException;
import id.serambi.shared.ProblemCodes;

/** A photo that is not a real JPEG/PNG (415), too many bytes (413) or too many pixels (422). */
public class ImageRefusedException extends DomainException {

    private ImageRefusedException(HttpStatus status, String code, String key, Object... args) {
        super(status, code, key, args);
    }

    public static ImageRefusedException notAnImage() {
        return new ImageRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                "membership.photo.notAnImage");
    }

    public static ImageRefusedException tooManyBytes(int maxMegabytes) {
        return new ImageRefusedException(HttpStatus.CONTENT_TOO_LARGE, ProblemCodes.PAYLOAD_TOO_LARGE,
                "membership.photo.tooLarge", maxMegabytes);
    }

    public static ImageRefusedException badDimensions(int maxSide) {
        return new ImageRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "IMAGE_DIMENSIONS",
                "membership.photo.dimensions", maxSide);
    }
}
