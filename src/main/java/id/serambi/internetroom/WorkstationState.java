package id.serambi.internetroom;

/** A workstation with the session running on it, if any, and whether it waits to be tidied. */
public record WorkstationState(Workstation workstation, InternetSession session, boolean awaitingTidy) {

    public boolean busy() {
        return session != null;
    }

    /** In service, nobody on it and tidied: the only state in which a session may start on it. */
    public boolean free() {
        return workstation.inService() && !busy() && !awaitingTidy;
    }
}
