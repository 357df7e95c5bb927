package id.serambi.membership;

/** Store a member's photo (JPEG or PNG, at most {@link MemberPhoto#MAX_UPLOAD_BYTES}). */
public record StorePhoto(String memberNumber, byte[] photo) {

    public StorePhoto {
        photo = photo == null ? new byte[0] : photo.clone();
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }
}
