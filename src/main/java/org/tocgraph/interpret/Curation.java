package org.tocgraph.interpret;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.tocgraph.model.Column;
import org.tocgraph.model.Role;
import org.tocgraph.rdf.Iris;
import org.tocgraph.resolve.Tokenizer;

/**
 * The reviewed judgement calls in {@code data/curation/decisions.csv}: one line per decision, each
 * naming the source line, the row (by its mechanism name), the cell, the text it is about, the
 * decision, its value and the reason.
 * They are applied on top of the rules; every one shows in the report, and one that no longer
 * matches the document is reported too (in strict mode it is an error).
 *
 * <pre>{@code
 * Curation curation = Curation.load(Path.of("data/curation/decisions.csv"));
 * }</pre>
 */
public final class Curation {
    /** What a decision does. */
    public enum Action {
        /**
         * The name at the line is not a fact (not a member, convener or area). A value of
         * {@code membership} or {@code coverage} limits it to that reading of the name, for a name
         * the row names twice.
         */
        IGNORE,
        /** The name at the line has the role given as value, even where the rules read it as a mere mention. */
        ROLE,
        /** The name at the line is an area the mechanism covers, not a member. */
        COVERAGE,
        /** The name keeps to its own row: no spill-over rule may move it. */
        KEEP,
        /** The row starting at the line describes the mechanism whose slug is the value. */
        MECHANISM,
        /** The row's meeting cadence is the value (a cadence slug, or "none"). */
        CADENCE,
        /** The date at which collective references are expanded (ISO date). */
        REFERENCE_DATE
    }

    /**
     * One decision. {@code row} (optional) names the row the text stands in, by its Mechanism cell or
     * a part of it such as the acronym, so the decision finds its text in a revised document whose
     * lines have moved; {@code fileLine} is the decision's line in the curation file.
     */
    public record Decision(int line, String row, String column, String text, Action action, String value,
            String reason, int fileLine) {
        /** True if this decision is about the given name at the given line and column. */
        public boolean matches(int atLine, Column atColumn, String surface) {
            return line == atLine && (column.isEmpty() || column.equalsIgnoreCase(atColumn.header())
                    || column.equalsIgnoreCase(atColumn.slug()))
                    && (text.isEmpty() || normal(text).equals(normal(surface)));
        }

        private static String normal(String s) {
            return Tokenizer.normalize(s).replaceAll("\\s+", " ").trim();
        }

        /** A one-line description for the report. */
        public String describe() {
            return action.name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + (value.isEmpty() ? "" : " " + value) + ": " + reason;
        }
    }

    private final Path file;
    private final List<Decision> decisions;

    public Curation(Path file, List<Decision> decisions) {
        this.file = file;
        this.decisions = List.copyOf(decisions);
    }

    public static Curation empty() {
        return new Curation(Path.of("(none)"), List.of());
    }

    public Path file() {
        return file;
    }

    public List<Decision> decisions() {
        return decisions;
    }

    /** The first decision with this action about this name, if any. */
    public Optional<Decision> find(Action action, int line, Column column, String surface) {
        return decisions.stream().filter(d -> d.action() == action && d.matches(line, column, surface)).findFirst();
    }

    /**
     * The first ignore decision about this name read as {@code reading} ("membership", "coverage"),
     * or read in any way (null: a name the rules left unresolved).
     */
    public Optional<Decision> findIgnore(int line, Column column, String surface, String reading) {
        return decisions.stream().filter(d -> d.action() == Action.IGNORE && d.matches(line, column, surface)
                && (d.value().isEmpty() || d.value().equals(reading))).findFirst();
    }

    /**
     * The first decision with this action about the row starting at {@code firstLine} whose cell (the
     * name for a mechanism decision, the frequency text for a cadence decision) reads {@code cellText}.
     */
    public Optional<Decision> forRow(Action action, int firstLine, String cellText) {
        Column column = action == Action.MECHANISM ? Column.MECHANISM : Column.FREQUENCY;
        return decisions.stream().filter(d -> d.action() == action && d.matches(firstLine, column, cellText))
                .findFirst();
    }

    /** The reference date decision, if any. */
    public Optional<Decision> referenceDate() {
        return decisions.stream().filter(d -> d.action() == Action.REFERENCE_DATE).findFirst();
    }

    /** Loads the decisions; a missing file means no decisions. */
    public static Curation load(Path file) {
        if (!Files.exists(file)) {
            return new Curation(file, List.of());
        }
        List<Decision> out = new ArrayList<>();
        for (Rules.Row r : Rules.rows(file, "line", "column", "text", "decision", "value", "reason")) {
            int line;
            try {
                line = Integer.parseInt(r.get("line"));
            } catch (NumberFormatException e) {
                throw r.error("'line' is not a number: " + r.get("line"));
            }
            Action action;
            try {
                action = Action.valueOf(r.get("decision").toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown decision '" + r.get("decision") + "'");
            }
            String value = r.get("value");
            switch (action) {
                case ROLE -> {
                    try {
                        Role.parse(value);
                    } catch (IllegalArgumentException e) {
                        throw r.error(e.getMessage());
                    }
                }
                case MECHANISM -> {
                    try {
                        Iris.slug(value);
                    } catch (IllegalArgumentException e) {
                        throw r.error(e.getMessage());
                    }
                }
                case REFERENCE_DATE -> {
                    try {
                        LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        throw r.error("not an ISO date: " + value);
                    }
                }
                case IGNORE -> {
                    if (!List.of("", "membership", "coverage").contains(value)) {
                        throw r.error("an ignore decision's value is empty, 'membership' or 'coverage', not '"
                                + value + "'");
                    }
                }
                case CADENCE -> {
                    if (value.isEmpty()) {
                        throw r.error("a cadence decision needs a value (a cadence slug or 'none')");
                    }
                }
                default -> {
                }
            }
            if (r.get("reason").isEmpty()) {
                throw r.error("every decision needs a reason");
            }
            out.add(new Decision(line, r.get("row"), r.get("column"), r.get("text"), action, value, r.get("reason"),
                    r.line()));
        }
        return new Curation(file, out);
    }
}
