package org.tocgraph.interpret;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tocgraph.model.Role;
import org.tocgraph.model.Column;
import org.tocgraph.resolve.Token;
import org.tocgraph.resolve.Tokenizer;

/**
 * The reading rules from {@code data/rules/}: role phrases, count nouns, markers and cadence
 * patterns. See the README there.
 *
 * <pre>{@code
 * Rules rules = Rules.load(Path.of("data/rules"));
 * }</pre>
 */
public final class Rules {
    /** Where a role phrase stands relative to the names it qualifies. */
    public enum Position { BEFORE, AFTER }

    /** What a marker does to the names next to it. */
    public enum MarkerType { COVERAGE, DESCRIPTION, INCLUDING, EXCEPT, REFERENCE, PLAIN }

    public record RolePhrase(List<String> words, Position position, Role role) {
    }

    /** A count noun: {@code counted} is State, Organization or Agent; {@code role} may be null. */
    public record CountNoun(List<String> words, String counted, Role role) {
    }

    public record Marker(List<String> words, MarkerType type) {
    }

    public record CadenceRule(Pattern pattern, String cadence, String note, int line) {
    }

    /**
     * Words that make a reading of a cell uncertain without changing it: every fact read from a cell
     * of {@code column} whose text contains them (or, if {@code atEnd}, ends with them) is reported
     * with {@code note}.
     */
    public record Caution(List<String> words, Column column, boolean atEnd, String note) {
    }

    private final List<RolePhrase> roles;
    private final List<CountNoun> counts;
    private final List<Marker> markers;
    private final List<CadenceRule> cadences;
    private final List<Caution> cautions;

    public Rules(List<RolePhrase> roles, List<CountNoun> counts, List<Marker> markers, List<CadenceRule> cadences,
            List<Caution> cautions) {
        // Longest phrase first, so "participated as observer" wins over "as observer".
        this.roles = roles.stream().sorted(Comparator.comparingInt((RolePhrase r) -> -r.words().size())).toList();
        this.counts = counts.stream().sorted(Comparator.comparingInt((CountNoun c) -> -c.words().size())).toList();
        this.markers = markers.stream().sorted(Comparator.comparingInt((Marker m) -> -m.words().size())).toList();
        this.cadences = List.copyOf(cadences);
        this.cautions = List.copyOf(cautions);
    }

    public List<RolePhrase> roles() {
        return roles;
    }

    public List<CountNoun> counts() {
        return counts;
    }

    public List<Marker> markers() {
        return markers;
    }

    public List<CadenceRule> cadences() {
        return cadences;
    }

    public List<Caution> cautions() {
        return cautions;
    }

    /**
     * The first caution for {@code column} whose words occur in {@code text} (matched as whole words)
     * or, for one {@code atEnd}, end it (trailing punctuation aside).
     */
    public java.util.Optional<Caution> caution(Column column, String text) {
        List<String> words = Tokenizer.tokenize(text, 0).stream().map(Token::norm).toList();
        List<String> endWords = Tokenizer.tokenize(text, 0).stream().filter(Token::word).map(Token::norm).toList();
        return cautions.stream().filter(c -> c.column() == column && (c.atEnd()
                ? endWords.size() >= c.words().size()
                        && endWords.subList(endWords.size() - c.words().size(), endWords.size()).equals(c.words())
                : java.util.Collections.indexOfSubList(words, c.words()) >= 0)).findFirst();
    }

    /** Loads {@code roles.csv}, {@code counts.csv}, {@code markers.csv}, {@code cadences.csv} and {@code cautions.csv}. */
    public static Rules load(Path dir) {
        List<RolePhrase> roles = new ArrayList<>();
        for (Row r : rows(dir.resolve("roles.csv"), "phrase", "position", "role")) {
            Position p = switch (r.get("position")) {
                case "before" -> Position.BEFORE;
                case "after" -> Position.AFTER;
                default -> throw r.error("position must be 'before' or 'after', not '" + r.get("position") + "'");
            };
            roles.add(new RolePhrase(words(r, r.get("phrase")), p, role(r, r.get("role"))));
        }
        List<CountNoun> counts = new ArrayList<>();
        for (Row r : rows(dir.resolve("counts.csv"), "noun", "counted", "role")) {
            String counted = r.get("counted");
            if (!List.of("State", "Organization", "Agent").contains(counted)) {
                throw r.error("counted must be State, Organization or Agent, not '" + counted + "'");
            }
            String role = r.get("role");
            counts.add(new CountNoun(words(r, r.get("noun")), counted, role.isEmpty() ? null : role(r, role)));
        }
        List<Marker> markers = new ArrayList<>();
        for (Row r : rows(dir.resolve("markers.csv"), "phrase", "type")) {
            MarkerType t;
            try {
                t = MarkerType.valueOf(r.get("type").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown marker type '" + r.get("type") + "'");
            }
            markers.add(new Marker(words(r, r.get("phrase")), t));
        }
        List<CadenceRule> cadences = new ArrayList<>();
        for (Row r : rows(dir.resolve("cadences.csv"), "pattern", "cadence")) {
            try {
                cadences.add(new CadenceRule(Pattern.compile(r.get("pattern"), Pattern.CASE_INSENSITIVE
                        | Pattern.UNICODE_CASE), r.get("cadence"), r.get("note"), r.line()));
            } catch (PatternSyntaxException e) {
                throw r.error("bad regular expression: " + e.getDescription());
            }
        }
        List<Caution> cautions = new ArrayList<>();
        for (Row r : rows(dir.resolve("cautions.csv"), "phrase", "column", "where", "note")) {
            Column column = java.util.Arrays.stream(Column.values()).filter(c -> c.header().equals(r.get("column")))
                    .findFirst().orElseThrow(() -> r.error("column must be a header of the table, such as"
                            + " \"Convening bodies\", not '" + r.get("column") + "'"));
            boolean atEnd = switch (r.get("where")) {
                case "anywhere" -> false;
                case "end" -> true;
                default -> throw r.error("where must be 'anywhere' or 'end', not '" + r.get("where") + "'");
            };
            cautions.add(new Caution(words(r, r.get("phrase")), column, atEnd, r.get("note")));
        }
        return new Rules(roles, counts, markers, cadences, cautions);
    }

    private static Role role(Row r, String text) {
        try {
            return Role.parse(text);
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }

    private static List<String> words(Row r, String phrase) {
        List<String> words = Tokenizer.tokenize(phrase, 0).stream().map(Token::norm).toList();
        if (words.isEmpty()) {
            throw r.error("empty phrase");
        }
        return words;
    }

    /** One CSV record with its file and line, for messages. */
    record Row(Path file, int line, CSVRecord record) {
        String get(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
        }

        InterpretException error(String message) {
            return new InterpretException(file + ": [line " + line + "] " + message);
        }
    }

    /** Columns that must be present but may be empty. */
    private static final Set<String> OPTIONAL = Set.of("role", "column", "text", "value", "row");

    static List<Row> rows(Path file, String... required) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (String col : required) {
                if (!parser.getHeaderMap().containsKey(col)) {
                    throw new InterpretException(file + ": [line 1] missing column '" + col + "'");
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                Row row = new Row(file, (int) parser.getCurrentLineNumber(), rec);
                for (String col : required) {
                    if (row.get(col).isEmpty() && !OPTIONAL.contains(col)) {
                        throw row.error("empty '" + col + "'");
                    }
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InterpretException(file + ": cannot read: " + e.getMessage(), e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InterpretException(file + ": malformed CSV: " + e.getMessage(), e);
        }
    }
}
