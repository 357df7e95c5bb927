package id.serambi.cases;

import java.util.List;

import id.serambi.libraries.ServiceKind;

/** The one mapping between subjects (and a member's channel) and the services whose cases they have. */
public final class ServiceRoutes {

    private static final List<ServiceKind> CARD_SERVICES =
            List.of(ServiceKind.KTA_DESK, ServiceKind.KTA_ONLINE, ServiceKind.KTA_REPLACEMENT);

    private ServiceRoutes() {
    }

    /** The service of a subject that came through the channel (for members: DESK, ONLINE or REPLACEMENT). */
    public static ServiceKind kindOf(SubjectKind subject, String channel) {
        return switch (subject) {
            case INTERNET_SESSION -> ServiceKind.INTERNET;
            case COMPLAINT -> ServiceKind.COMPLAINT;
            case MEMBER -> switch (channel == null ? "DESK" : channel) {
                case "ONLINE" -> ServiceKind.KTA_ONLINE;
                case "REPLACEMENT" -> ServiceKind.KTA_REPLACEMENT;
                default -> ServiceKind.KTA_DESK;
            };
        };
    }

    /** The services a step can belong to: one when the channel is known, else every card service of a member. */
    public static List<ServiceKind> kindsOf(SubjectKind subject, String channel) {
        return subject == SubjectKind.MEMBER && channel == null ? CARD_SERVICES : List.of(kindOf(subject, channel));
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
