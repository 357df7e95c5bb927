package id.serambi.shared.web;

/**
 * A module's section on a library's staff home page, so that the home page (module {@code libraries}) need not know
 * the modules that fill it: complaints waiting for their answerer, for instance.
 */
public interface HomePanel {

    /** The fragment that renders it, as {@code template :: selector}; it reads its content as {@code panel}. */
    String fragment();

    /** What it shows of this library to the signed-in viewer; null when the viewer has nothing to see in it. */
    Object content(String libraryCode);
}
