package id.serambi.frontoffice;

/**
 * A library's guest-book rules.
 *
 * @param duplicateWindowMinutes a member scanned again within this many minutes is not counted twice
 * @param expiredCardPolicy refuse an expired card, or record the visit with a warning
 * @param defaultPurpose the purpose code preselected at the kiosk and used when none is given
 */
public record GuestBookSettings(int duplicateWindowMinutes, ExpiredCardPolicy expiredCardPolicy,
        String defaultPurpose) {
}
