package id.serambi.membership;

/** A member's photo, re-encoded as JPEG without metadata, portrait 3:4. */
public record MemberPhoto(byte[] jpeg) {

    /** The largest photo upload accepted, before it is re-encoded. */
    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

    public MemberPhoto {
        jpeg = jpeg.clone();
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }
}
