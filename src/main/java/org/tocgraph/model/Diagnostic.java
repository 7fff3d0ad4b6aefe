package org.tocgraph.model;

/**
 * Something the reader decided, or could not decide, that a reviewer should see.
 *
 * @param kind    what sort of note it is
 * @param line    source line it concerns (0 if none)
 * @param column  the column, or null
 * @param text    the source text concerned
 * @param message the reading taken, in a sentence
 */
public record Diagnostic(Kind kind, int line, Column column, String text, String message) {
    /** Kinds of note, in the order the report lists them. */
    public enum Kind {
        /** A rule moved text from one row or role to another. */
        REASSIGNED,
        /** A decision from the curation file was applied. */
        CURATION,
        /** The text allows more than one reading; the one taken is given. */
        AMBIGUITY,
        /** Two rows describe the same mechanism. */
        DUPLICATE,
        /** Two rows give different figures for the same thing. */
        CONFLICT,
        /** A stated count differs from the number of members the row names. */
        COUNT_MISMATCH,
        /** A name that could not be resolved to a state, organization or group. */
        UNRESOLVED,
        /** A fuzzy-match suggestion, never applied. */
        SUGGESTION,
        /** A line that is not part of any row. */
        SKIPPED
    }
}
