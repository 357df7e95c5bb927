package id.serambi.membership;

/** The applicant sends a new photo through the private link, while a revision is asked for. */
public record StoreOwnPhoto(String revisionToken, byte[] photo) {

    public StoreOwnPhoto {
        photo = photo == null ? new byte[0] : photo.clone();
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }
}
