package id.serambi.membership;

/** What an online applicant sees through their private link: the status and the staff's last revision note. */
public record ApplicantStatus(String memberNumber, MemberStatus status, String revisionNote) {

    public boolean correctable() {
        return status == MemberStatus.REVISION_REQUESTED;
    }
}
