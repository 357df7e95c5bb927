package id.serambi.membership;

import java.util.List;

/** Replace a lost or damaged card ({@code reason} LOST or DAMAGED) after the library's documents were seen. */
public record ReplaceCard(String memberNumber, String reason, List<DocumentSeen> documents) {
}
