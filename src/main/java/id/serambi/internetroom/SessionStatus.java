package id.serambi.internetroom;

/** Where an internet session stands: running, ended by staff or the member, or ended because time ran out. */
public enum SessionStatus {
    ACTIVE, ENDED, EXPIRED
}
