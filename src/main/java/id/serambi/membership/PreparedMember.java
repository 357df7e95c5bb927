package id.serambi.membership;

import java.time.LocalDate;

import id.serambi.membership.internal.BulkMemberWriter;

/** A row that passed every registration rule, encrypted and blind-indexed, ready to be written by the import. */
public final class PreparedMember {

    private final BulkMemberWriter.Row row;
    /** The member an earlier import brought this person in as, when this row corrects them; else null. */
    private final MemberImport.Earlier earlier;

    PreparedMember(BulkMemberWriter.Row row) {
        this(row, null);
    }

    private PreparedMember(BulkMemberWriter.Row row, MemberImport.Earlier earlier) {
        this.row = row;
        this.earlier = earlier;
    }

    MemberImport.Earlier earlier() {
        return earlier;
    }

    /** The number of the member an earlier import brought in, which this row updates; else null. */
    public String earlierNumber() {
        return earlier == null ? null : earlier.memberNumber();
    }

    /** Whether the row updates a member an earlier import brought in (a re-import after a correction). */
    public boolean updatesEarlier() {
        return earlier != null;
    }

    /** The same row as a correction of the member an earlier import brought in. */
    PreparedMember updating(MemberImport.Earlier member) {
        return new PreparedMember(row, member);
    }

    BulkMemberWriter.Row row() {
        return row;
    }

    /** The NIK's blind index (a copy), to find the same NIK twice without the NIK itself; null without a NIK. */
    public byte[] nikKey() {
        return row.identity().nikIndex() == null ? null : row.identity().nikIndex().clone();
    }

    /** Whether the member comes without a NIK (the old system had none): staff record it at the next visit. */
    public boolean nikMissing() {
        return row.identity().nikIndex() == null;
    }

    /** Whether the member is under age with no guardian recorded (the old system had none): asked at the next visit. */
    public boolean minorWithoutGuardian() {
        return row.application().minor() && row.application().guardianName() == null;
    }

    public String oldNumber() {
        return row.oldNumber();
    }

    public LocalDate expiresOn() {
        return row.expiresOn();
    }

    /** Gives the member a new number instead of the old one (taken, or not one this library can keep). */
    public PreparedMember renumbered() {
        return new PreparedMember(row.withoutOldNumber());
    }
}
