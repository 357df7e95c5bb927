package id.serambi.membership;

/** A member's photo, re-encoded as JPEG without metadata, portrait 3:4. */
public record MemberPhoto(byte[] jpeg) {

    public MemberPhoto {
        jpeg = jpeg.clone();
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }
}
