package id.serambi.internetroom;

/** A PC of the internet room. */
public record Workstation(long id, String name, String location, boolean inService) {
}
