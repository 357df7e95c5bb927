package id.serambi.libraries;

import java.util.List;

/**
 * A requirement (persyaratan) as written, optionally for one patron category, with the documents that satisfy it.
 */
public record Requirement(String text, String categoryCode, List<DocumentType> documents) {
}
