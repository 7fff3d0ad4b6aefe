package org.tocgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.tocgraph.model.Cell;
import org.tocgraph.model.Column;
import org.tocgraph.model.Fragment;
import org.tocgraph.model.Row;
import org.tocgraph.model.SkippedLine;
import org.tocgraph.model.Table;

/**
 * Reads the table from a spreadsheet export: CSV (RFC 4180) or TSV (tab-delimited, same quoting).
 *
 * <p>The first non-blank record is the header row {@code Mechanism, Frequency of meeting, Convening
 * bodies, Members}, matched case-insensitively in any order, plus an optional {@code Page} column
 * (an empty Page cell repeats the page of the record above; without the column every row is on page
 * 1). A record whose Mechanism cell is empty continues the row above, cell by cell, as a continuation
 * line does in the text extraction. A quoted cell holding line breaks gives one {@link Fragment} per
 * line, numbered with its real line in the file, so provenance points at the exact source line.
 *
 * <pre>{@code
 * Table table = new DelimitedTableReader(DelimitedTableReader.Format.CSV).read(Path.of("mechanisms.csv"));
 * }</pre>
 */
public final class DelimitedTableReader implements TableReader {
    /** The two delimited formats. */
    public enum Format { CSV, TSV }

    private static final String PAGE = "Page";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String EXPECTED_HEADER = "\"" + Column.MECHANISM.header() + ", "
            + Column.FREQUENCY.header() + ", " + Column.CONVENERS.header() + ", " + Column.MEMBERS.header() + "\"";

    // ignoreEmptyLines(false): a skipped blank line would shift the next record's character position.
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final CSVFormat TSV = CSV.builder().setDelimiter('\t').get();

    private final Format format;

    public DelimitedTableReader(Format format) {
        this.format = format;
    }

    @Override
    public Table read(Path file) {
        String name = file.toString();
        List<String> lines = InputGuard.readLines(file);
        Builder table = new Builder(name, lines);
        parse(name, String.join("\n", lines), table::accept);
        return table.finish();
    }

    /** Turns records into rows as they are parsed, so a large file is not held twice. */
    private final class Builder {
        private final String name;
        private final List<String> lines;
        private final List<SkippedLine> skipped = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private Record headerRecord;
        private Header header;
        // The row being built; fragments are collected in lists rather than with Cell.plus, which
        // copies and would make a long run of continuation rows quadratic.
        private Map<Column, List<Fragment>> current;
        private int page = 1;

        Builder(String name, List<String> lines) {
            this.name = name;
            this.lines = lines;
        }

        void accept(Record rec) {
            if (rec.isBlank()) {
                skip(rec, "blank");
                return;
            }
            if (header == null) {
                headerRecord = rec;
                header = Header.of(name, rec, otherDelimiterHint(rec));
                skip(rec, "header row");
                return;
            }
            if (rec.values.size() != header.size()) {
                throw new ExtractException(name, rec.line, "expected " + header.size() + " cells ("
                        + header.describe() + "), found " + rec.values.size() + spanHint(rec));
            }
            if (header.matches(rec)) {
                skip(rec, "repeated header row");
                return;
            }
            page = header.page(name, rec, page);
            Map<Column, List<Fragment>> cells = new EnumMap<>(Column.class);
            for (Column c : Column.values()) {
                cells.put(c, rec.fragments(header.index(c), page));
            }
            if (!cells.get(Column.MECHANISM).isEmpty()) {
                endRow();
                current = new EnumMap<>(Column.class);
                for (Column c : Column.values()) {
                    current.put(c, new ArrayList<>());
                }
            } else if (current == null) {
                throw new ExtractException(name, rec.line, "a continuation row (empty Mechanism cell) comes"
                        + " before the first row of the table");
            }
            Set<Integer> used = new HashSet<>();
            for (Column c : Column.values()) {
                current.get(c).addAll(cells.get(c));
                cells.get(c).forEach(f -> used.add(f.line()));
            }
            // A quoted cell can span a line that gives no text, e.g. a blank line inside it.
            for (int l = rec.line; l <= rec.lastLine(); l++) {
                if (!used.contains(l)) {
                    String text = lines.get(l - 1);
                    skipped.add(new SkippedLine(l, TextTableReader.trim(text).isEmpty() ? "blank" : "no cell text",
                            text));
                }
            }
        }

        Table finish() {
            if (header == null) {
                throw new ExtractException(name, 0, "no table: the header row " + EXPECTED_HEADER
                        + " was not found; the file holds only blank lines");
            }
            endRow();
            if (rows.isEmpty()) {
                throw new ExtractException(name, headerRecord.line, "no table: the header row has no rows under it");
            }
            return new Table(name, lines.size(), "", rows, skipped);
        }

        private void endRow() {
            if (current != null) {
                rows.add(new Row(rows.size() + 1, new Cell(current.get(Column.MECHANISM)),
                        new Cell(current.get(Column.FREQUENCY)), new Cell(current.get(Column.CONVENERS)),
                        new Cell(current.get(Column.MEMBERS))));
                current = null;
            }
        }

        private void skip(Record rec, String reason) {
            for (int l = rec.line; l <= rec.lastLine(); l++) {
                skipped.add(new SkippedLine(l, reason, lines.get(l - 1)));
            }
        }
    }

    /** Parses the records, passing each with the line it starts on. */
    private void parse(String name, String text, Consumer<Record> sink) {
        long consumed = 0;
        int cursor = 0;
        int line = 1;
        try (CSVParser parser = CSVParser.parse(text, format == Format.TSV ? TSV : CSV)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException e) {
                    // The failing record starts right after the last one read: that is where its quote opened.
                    throw new ExtractException(name, (int) consumed + 1, quoteProblem(e));
                }
                consumed = parser.getCurrentLineNumber();
                int position = (int) record.getCharacterPosition();
                while (cursor < position) {
                    if (text.charAt(cursor++) == '\n') {
                        line++;
                    }
                }
                sink.accept(new Record(line, record.toList()));
            }
        } catch (IOException e) {
            throw new ExtractException(name, 0, "cannot parse " + format + ": " + e.getMessage());
        }
    }

    private static String quoteProblem(UncheckedIOException e) {
        String detail = String.valueOf(e.getCause().getMessage());
        if (detail.contains("EOF")) {
            return "unbalanced quotes: a quoted cell in the record starting on this line is never closed";
        }
        if (detail.toLowerCase(Locale.ROOT).contains("between encapsulated token and delimiter")) {
            return "unbalanced quotes: a quoted cell in the record starting on this line is followed by text"
                    + " after its closing quote; write a quote inside a quoted cell as two quotes (\"\")";
        }
        return "cannot parse the record starting on this line: " + detail;
    }

    /** A CSV saved as .tsv (or the reverse) has its whole header in one cell. */
    private String otherDelimiterHint(Record header) {
        if (header.values.size() != 1) {
            return "";
        }
        String cell = header.values.get(0);
        if (format == Format.TSV && cell.contains(",")) {
            return "; the file looks comma-separated: name it .csv";
        }
        if (format == Format.CSV && cell.contains("\t")) {
            return "; the file looks tab-separated: name it .tsv";
        }
        return "";
    }

    private static String spanHint(Record rec) {
        int last = rec.lastLine();
        return last == rec.line ? ""
                : "; the record runs to line " + last + " because of a quoted cell: check for an unbalanced quote";
    }

    /** One parsed record: its cell values, verbatim, and the line it starts on. */
    private static final class Record {
        final int line;
        final List<String> values;
        /** Line on which each cell starts: cells before it may hold line breaks. */
        private final int[] starts;
        private final int lastLine;

        Record(int line, List<String> values) {
            this.line = line;
            this.values = values;
            this.starts = new int[values.size()];
            int l = line;
            for (int i = 0; i < values.size(); i++) {
                starts[i] = l;
                String v = values.get(i);
                for (int j = v.indexOf('\n'); j >= 0; j = v.indexOf('\n', j + 1)) {
                    l++;
                }
            }
            this.lastLine = l;
        }

        boolean isBlank() {
            for (String v : values) {
                if (!TextTableReader.trim(v).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        int lastLine() {
            return lastLine;
        }

        int lineOf(int index) {
            return starts[index];
        }

        /** One fragment per non-blank line of the cell, trimmed, with its line in the file. */
        List<Fragment> fragments(int index, int page) {
            String[] parts = values.get(index).split("\n", -1);
            List<Fragment> out = new ArrayList<>(parts.length);
            for (int i = 0; i < parts.length; i++) {
                String text = TextTableReader.trim(parts[i]);
                if (!text.isEmpty()) {
                    out.add(new Fragment(starts[index] + i, page, text));
                }
            }
            return out;
        }
    }

    /** Where each column sits in the file's header row. */
    private record Header(Map<Column, Integer> columns, int page, List<String> names) {
        static Header of(String file, Record rec, String hint) {
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            int page = -1;
            List<String> names = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < rec.values.size(); i++) {
                String cell = normalise(rec.values.get(i));
                Column column = null;
                for (Column c : Column.values()) {
                    if (cell.equalsIgnoreCase(c.header())) {
                        column = c;
                    }
                }
                if (column != null) {
                    if (columns.put(column, i) != null) {
                        throw new ExtractException(file, rec.line, "column \"" + column.header()
                                + "\" appears twice in the header row");
                    }
                    names.add(column.header());
                } else if (cell.equalsIgnoreCase(PAGE)) {
                    if (page >= 0) {
                        throw new ExtractException(file, rec.line, "column \"Page\" appears twice in the header row");
                    }
                    page = i;
                    names.add(PAGE);
                } else {
                    unknown.add("\"" + cell + "\"");
                }
            }
            if (columns.isEmpty()) {
                throw new ExtractException(file, rec.line, "no table: the header row " + EXPECTED_HEADER
                        + " was not found: the first row starts with \"" + abbreviate(TextTableReader.trim(
                                rec.values.get(0))) + "\"" + hint);
            }
            if (!unknown.isEmpty()) {
                throw new ExtractException(file, rec.line, "unknown column" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown) + " in the header row; the columns are " + EXPECTED_HEADER
                        + " and optionally \"Page\"");
            }
            List<String> missing = new ArrayList<>();
            for (Column c : Column.values()) {
                if (!columns.containsKey(c)) {
                    missing.add("\"" + c.header() + "\"");
                }
            }
            if (!missing.isEmpty()) {
                throw new ExtractException(file, rec.line, "the header row lacks column"
                        + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
            }
            return new Header(columns, page, names);
        }

        int size() {
            return names.size();
        }

        int index(Column c) {
            return columns.get(c);
        }

        /** The columns in file order, e.g. {@code Mechanism, Frequency of meeting, Convening bodies, Members}. */
        String describe() {
            return String.join(", ", names);
        }

        /** A header row repeated further down, as when two exports are pasted together. */
        boolean matches(Record rec) {
            for (int i = 0; i < names.size(); i++) {
                if (!normalise(rec.values.get(i)).equalsIgnoreCase(names.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** The record's page: its Page cell, else the page of the record above. */
        int page(String file, Record rec, int previous) {
            if (page < 0) {
                return 1;
            }
            String text = TextTableReader.trim(rec.values.get(page));
            if (text.isEmpty()) {
                return previous;
            }
            try {
                int p = Integer.parseInt(text);
                if (p >= 1) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ExtractException(file, rec.lineOf(page), "the Page cell must be a whole number of 1 or"
                    + " more, found \"" + abbreviate(text) + "\"");
        }

        private static String normalise(String cell) {
            return SPACES.matcher(TextTableReader.trim(cell)).replaceAll(" ");
        }

        private static String abbreviate(String s) {
            String one = s.replace('\n', ' ');
            return one.length() <= 80 ? one : one.substring(0, 77) + "...";
        }
    }

    @Override
    public String toString() {
        return "DelimitedTableReader[" + format + "]";
    }
}
