package id.serambi.membership;

/**
 * The applicant corrects their own application through the private link, while a revision is asked for; with a new
 * photo when {@code photo} holds one (JPEG or PNG), written with the data or not at all.
 */
public record CorrectOwnApplication(String revisionToken, ApplicationDetails application, byte[] photo) {

    public CorrectOwnApplication {
        photo = photo == null || photo.length == 0 ? null : photo.clone();
    }

    public CorrectOwnApplication(String revisionToken, ApplicationDetails application) {
        this(revisionToken, application, null);
    }

    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }
}
