package id.serambi.complaints.web;

import java.util.List;

import org.springframework.stereotype.Component;

import id.serambi.complaints.Complaint;
import id.serambi.complaints.ComplaintQueries;
import id.serambi.complaints.ComplaintService;
import id.serambi.complaints.ComplaintStatus;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryService;
import id.serambi.shared.security.CurrentStaff;
import id.serambi.shared.web.HomePanel;

/** On the home page of whoever answers complaints (Lebak: the Kepala Bidang), the verified ones awaiting an answer. */
@Component
class AwaitingAnswerPanel implements HomePanel {

    private final ComplaintQueries queries;
    private final ComplaintService complaints;
    private final LibraryService libraries;

    AwaitingAnswerPanel(ComplaintQueries queries, ComplaintService complaints, LibraryService libraries) {
        this.queries = queries;
        this.complaints = complaints;
        this.libraries = libraries;
    }

    @Override
    public String fragment() {
        return "complaints/home :: awaiting";
    }

    @Override
    public Object content(String libraryCode) {
        Library library = libraries.require(libraryCode);
        if (!CurrentStaff.holds(complaints.settings(library).answeringRole())) {
            return null;
        }
        return new Awaiting(library, queries.list(library, ComplaintStatus.VERIFIED, false));
    }

    /** The complaints waiting for the viewer's answer, oldest deadline first as the list gives them. */
    record Awaiting(Library library, List<Complaint> complaints) {
    }
}
