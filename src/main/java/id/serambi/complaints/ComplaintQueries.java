package id.serambi.complaints;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.serambi.complaints.internal.ComplaintRepository;
import id.serambi.complaints.internal.ComplaintSettingsRepository;
import id.serambi.complaints.internal.TrackingCodes;
import id.serambi.libraries.ChannelType;
import id.serambi.libraries.ComplaintChannel;
import id.serambi.libraries.Library;
import id.serambi.libraries.LibraryId;
import id.serambi.libraries.LibraryService;

/** Reads complaints: for staff (a confidential identity only for the answering role) and for the public. */
@Service
@Transactional(readOnly = true)
public class ComplaintQueries {

    private final ComplaintRepository complaints;
    private final ComplaintSettingsRepository settings;
    private final LibraryService libraries;
    private final ComplaintService service;
    private final Clock clock;

    ComplaintQueries(ComplaintRepository complaints, ComplaintSettingsRepository settings, LibraryService libraries,
            ComplaintService service, Clock clock) {
        this.complaints = complaints;
        this.settings = settings;
        this.libraries = libraries;
        this.service = service;
        this.clock = clock;
    }

    /** Newest first, optionally one status only or only the overdue ones. */
    public List<Complaint> list(Library library, ComplaintStatus status, boolean overdueOnly) {
        boolean identity = maySeeConfidentialIdentity(library);
        return complaints.list(library.id(), status, overdueOnly ? clock.instant() : null).stream()
                .map(c -> shown(c, identity)).toList();
    }

    public Complaint get(Library library, String code) {
        Complaint complaint = complaints.find(library.id(), normalised(code))
                .orElseThrow(() -> ComplaintNotFoundException.forCode(code));
        return shown(complaint, maySeeConfidentialIdentity(library));
    }

    public List<ComplaintStep> timeline(Library library, String code) {
        return complaints.steps(library.id(), normalised(code));
    }

    /** Status, timeline and published response by tracking code alone; 404 for an unknown code. */
    public PublicComplaintStatus publicStatus(String code) {
        String normalised = normalised(code);
        Library library = (TrackingCodes.looksValid(normalised) ? complaints.libraryOf(normalised)
                : Optional.<LibraryId>empty())
                .flatMap(libraries::find).orElseThrow(() -> ComplaintNotFoundException.forCode(code));
        return publicStatus(library, normalised);
    }

    /** The same, only for a complaint of this library (the library's own public page). */
    public PublicComplaintStatus publicStatus(Library library, String code) {
        Complaint complaint = complaints.find(library.id(), normalised(code))
                .orElseThrow(() -> ComplaintNotFoundException.forCode(code));
        List<PublicComplaintStatus.Step> steps = complaints.steps(library.id(), complaint.trackingCode()).stream()
                .map(step -> new PublicComplaintStatus.Step(step.status(), step.at())).toList();
        return new PublicComplaintStatus(complaint.trackingCode(), library.code(), library.name(),
                complaint.status(), steps, complaint.publicResponse(),
                complaint.status().awaitsLibrary() ? complaint.dueAt() : null);
    }

    /** The channels the library publishes in its service standards (all of them when it publishes none). */
    public List<ChannelType> channels(Library library) {
        Set<ChannelType> channels = new LinkedHashSet<>();
        libraries.standards(library.id()).forEach(standard -> standard.complaintChannels().stream()
                .map(ComplaintChannel::channel).forEach(channels::add));
        return channels.isEmpty() ? List.of(ChannelType.values()) : List.copyOf(channels);
    }

    /** The workflow steps the signed-in staff member may take from a status. */
    public List<ComplaintStatus> allowedSteps(Library library, ComplaintStatus from) {
        ComplaintSettings current = settings.find(library.id());
        return from.next().stream().sorted().filter(target -> service.inProcedure(library, target))
                .filter(target -> ComplaintService.holds(ComplaintService.requiredRole(target, current))).toList();
    }

    public boolean mayAnswer(Library library) {
        return ComplaintService.holds(settings.find(library.id()).answeringRole());
    }

    private boolean maySeeConfidentialIdentity(Library library) {
        return mayAnswer(library);
    }

    private static Complaint shown(Complaint complaint, boolean identity) {
        return complaint.confidential() && !identity ? complaint.withoutIdentity() : complaint;
    }

    private static String normalised(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
