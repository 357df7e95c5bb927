package id.serambi.accounts;

/** Who a staff account is, for other modules' logs that keep only the account's id. */
public record StaffName(long id, String username, String fullName) {
}
