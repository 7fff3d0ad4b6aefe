package org.tocgraph.resolve;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@code aliases.csv}: a name by which a state is written.
 *
 * @param alias      the spelling, e.g. "Kyrgyz Republic"
 * @param normalized {@code Names.normalize(alias)}: compare on this
 * @param iso2       the state's code in {@code countries.csv}
 * @param sources    where this exact spelling occurs, e.g. "UNSD M49 name", "document"
 * @param note       a caution for matching (e.g. "match before \"Sudan\""), or empty
 */
public record Alias(String alias, String normalized, String iso2, List<String> sources, String note) {

    public Alias {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(iso2, "iso2");
        sources = List.copyOf(sources);
        Objects.requireNonNull(note, "note");
    }

    /** The spelling is written this way in the source document. */
    public boolean inDocument() {
        return sources.contains("document");
    }
}
