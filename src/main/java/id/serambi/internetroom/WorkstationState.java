package id.serambi.internetroom;

/** A workstation with the session running on it, if any. */
public record WorkstationState(Workstation workstation, InternetSession session) {

    public boolean busy() {
        return session != null;
    }
}
