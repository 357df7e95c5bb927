package id.serambi.membership.internal;

/** An identity document the applicant showed at the desk: its type (e.g. KTP) and, optionally, its number. */
public class DocumentShown {

    private String type;
    private String number;

    public DocumentShown() {
    }

    public DocumentShown(String type, String number) {
        this.type = type;
        this.number = number;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
