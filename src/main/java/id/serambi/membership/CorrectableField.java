package id.serambi.membership;

/** The member's fields a member may ask to have corrected (UU PDP), with the longest value accepted. */
public enum CorrectableField {
    FULL_NAME(100), BIRTH_PLACE(100), ADDRESS(300), PHONE(30), EMAIL(254), INSTITUTION(200);

    private final int maxLength;

    CorrectableField(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }
}
