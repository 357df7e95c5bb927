package id.serambi.membership;

/** An identity document the applicant showed: its type as typed (e.g. KTP) and, optionally, its number. */
public record DocumentSeen(String type, String number) {
}
