package id.serambi.cases;

import java.util.List;

import id.serambi.libraries.ServiceKind;

/** The one mapping between subjects (and a member's channel) and the services whose cases they have. */
public final class ServiceRoutes {

    /** The services that give a member a first card, whose procedures may end at the door. */
    private static final List<ServiceKind> FIRST_CARD_SERVICES = List.of(ServiceKind.KTA_DESK, ServiceKind.KTA_ONLINE);

    private ServiceRoutes() {
    }

    /** The service of a subject that came through the channel (for members: DESK, ONLINE or REPLACEMENT). */
    public static ServiceKind kindOf(SubjectKind subject, String channel) {
        return switch (subject) {
            case INTERNET_SESSION -> ServiceKind.INTERNET;
            case COMPLAINT -> ServiceKind.COMPLAINT;
            case TICKET, VISIT -> throw new IllegalArgumentException(subject + " names no service of its own");
            case MEMBER -> switch (channel == null ? "DESK" : channel) {
                case "ONLINE" -> ServiceKind.KTA_ONLINE;
                case "REPLACEMENT" -> ServiceKind.KTA_REPLACEMENT;
                default -> ServiceKind.KTA_DESK;
            };
        };
    }

    /**
     * The services a step can belong to without a case in hand: one when the channel is known, else each service of
     * a first card; none for a ticket or a guest-book entry, which join only the case they were made for.
     */
    public static List<ServiceKind> kindsOf(SubjectKind subject, String channel) {
        if (subject == SubjectKind.TICKET || subject == SubjectKind.VISIT) {
            return List.of();
        }
        return subject == SubjectKind.MEMBER && channel == null ? FIRST_CARD_SERVICES
                : List.of(kindOf(subject, channel));
    }

    /** Whose cases a service has. */
    public static SubjectKind subjectOf(ServiceKind kind) {
        return switch (kind) {
            case INTERNET -> SubjectKind.INTERNET_SESSION;
            case COMPLAINT -> SubjectKind.COMPLAINT;
            default -> SubjectKind.MEMBER;
        };
    }
}
