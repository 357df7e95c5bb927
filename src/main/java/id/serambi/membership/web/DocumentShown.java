package id.serambi.membership.web;

import java.util.List;

import id.serambi.membership.DocumentSeen;

/**
 * An identity document the applicant showed at the desk, as a form or JSON body binds it: its type (e.g. KTP) and,
 * optionally, its number.
 */
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

    static DocumentShown of(DocumentSeen document) {
        return document == null ? null : new DocumentShown(document.type(), document.number());
    }

    /** The documents as the commands take them; an empty entry of a JSON list stays empty. */
    static List<DocumentSeen> seen(List<DocumentShown> documents) {
        return documents == null ? null : documents.stream()
                .map(d -> d == null ? null : new DocumentSeen(d.getType(), d.getNumber())).toList();
    }
}
