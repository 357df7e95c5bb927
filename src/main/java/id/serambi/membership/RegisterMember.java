package id.serambi.membership;

/** Register a member (at the desk or through KTA Online), with an optional photo checked before anything is written. */
public record RegisterMember(ApplicationDetails application, byte[] photo) {

    public RegisterMember {
        photo = photo == null ? null : photo.clone();
    }

    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }
}
