package id.serambi.membership;

/** The applicant corrects their own application through the private link, while a revision is asked for. */
public record CorrectOwnApplication(String revisionToken, ApplicationDetails application) {
}
