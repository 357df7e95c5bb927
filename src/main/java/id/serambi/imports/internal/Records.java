package id.serambi.imports.internal;

import java.util.List;

/** The records of an uploaded file, one at a time, whatever its dialect; null at the end. */
@FunctionalInterface
public interface Records {

    List<String> next();
}
