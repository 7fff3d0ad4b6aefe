package org.tocgraph.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tocgraph.model.Cell;
import org.tocgraph.model.Column;
import org.tocgraph.model.Fragment;
import org.tocgraph.model.Row;
import org.tocgraph.model.SkippedLine;
import org.tocgraph.model.Table;

/**
 * Reads the table from the PDF text extraction: one tab-separated line per visual line of the
 * table, with page footers ({@code Page 4}), the header row repeated on every page, a footnote,
 * and wrapped cells continued on following lines.
 *
 * <p>A line starts a new row when its Mechanism cell and its Frequency or Convening cell have text;
 * any other table line continues the row above, cell by cell. This joins a wrapped name
 * ("Global Operational Network of" + "Anti-Corruption Law Enforcement Authorities (GloBE)") and a
 * row that runs over a page break. Every line of the file ends up either in exactly one row or in
 * {@link Table#skipped()} with its reason.
 *
 * <pre>{@code
 * Table table = new TextTableReader().read(Path.of("data/source/000_1ac077aacd7d84d9.txt"));
 * }</pre>
 */
public final class TextTableReader implements TableReader {
    // UNICODE_CHARACTER_CLASS: \s also matches the no-break spaces the extraction sometimes leaves.
    private static final Pattern PAGE_MARKER = Pattern.compile("^\\s*Page\\s+(\\d{1,4})\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    /** A footnote as the extraction writes it: {@code $^{...1}$ text} or {@code 1 text} or {@code ^1 text}. */
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s*(\\$\\^|\\^\\s*\\d|\\d{1,2}\\s+\\p{L}).*",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final int CELLS = Column.values().length;

    private enum Kind { BLANK, PAGE, HEADER, FOOTNOTE, TITLE, TABLE }

    @Override
    public Table read(Path file) {
        String name = file.toString();
        List<String> lines = InputGuard.readLines(file);
        int n = lines.size();
        Kind[] kinds = new Kind[n];
        int firstHeader = -1;
        for (int i = 0; i < n; i++) {
            String l = lines.get(i);
            if (isBlank(l)) {
                kinds[i] = Kind.BLANK;
            } else if (PAGE_MARKER.matcher(l).matches()) {
                kinds[i] = Kind.PAGE;
            } else if (isHeader(l)) {
                kinds[i] = Kind.HEADER;
                if (firstHeader < 0) {
                    firstHeader = i;
                }
            } else if (firstHeader < 0) {
                kinds[i] = Kind.TITLE;
            } else if (l.indexOf('\t') < 0 && FOOTNOTE.matcher(l).matches()) {
                kinds[i] = Kind.FOOTNOTE;
            } else {
                kinds[i] = Kind.TABLE;
            }
        }
        if (firstHeader < 0) {
            throw new ExtractException(name, 0, "no table: the header row \"Mechanism<TAB>Frequency of meeting"
                    + "<TAB>Convening bodies<TAB>Members\" was not found");
        }
        int[] pages = pages(kinds, lines);

        // Fragments are gathered per row and cell, then frozen once: a file of many continuation
        // lines must not cost a copy per line.
        List<List<List<Fragment>>> rowCells = new ArrayList<>();
        List<SkippedLine> skipped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int lineNo = i + 1;
            String l = lines.get(i);
            switch (kinds[i]) {
                case BLANK -> skipped.add(new SkippedLine(lineNo, "blank", l));
                case PAGE -> skipped.add(new SkippedLine(lineNo, pageNote(kinds, lines, pages, i), l));
                case HEADER -> skipped.add(new SkippedLine(lineNo,
                        i == firstHeader ? "header row" : "repeated header row", l));
                case FOOTNOTE -> skipped.add(new SkippedLine(lineNo, "footnote", l));
                case TITLE -> skipped.add(new SkippedLine(lineNo, "title", l));
                case TABLE -> {
                    String[] cells = cells(name, lineNo, l);
                    // A Mechanism cell starting in lower case continues a wrapped name ("and its subsidiary
                    // bodies ..."), even when the wrapped frequency text ends on the same line.
                    boolean startsRow = !cells[0].isEmpty() && !Character.isLowerCase(cells[0].codePointAt(0))
                            && (!cells[1].isEmpty() || !cells[2].isEmpty());
                    if (startsRow) {
                        List<List<Fragment>> row = new ArrayList<>();
                        for (int c = 0; c < CELLS; c++) {
                            row.add(new ArrayList<>());
                        }
                        rowCells.add(row);
                    } else if (rowCells.isEmpty()) {
                        throw new ExtractException(name, lineNo, "a continuation line (no Frequency or Convening"
                                + " bodies text) comes before the first row of the table");
                    }
                    List<List<Fragment>> current = rowCells.get(rowCells.size() - 1);
                    for (int c = 0; c < CELLS; c++) {
                        if (!cells[c].isEmpty()) {
                            current.get(c).add(new Fragment(lineNo, pages[i], cells[c]));
                        }
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        List<Row> rows = new ArrayList<>();
        for (List<List<Fragment>> rc : rowCells) {
            rows.add(new Row(rows.size() + 1, new Cell(rc.get(0)), new Cell(rc.get(1)), new Cell(rc.get(2)),
                    new Cell(rc.get(3))));
        }
        if (rows.isEmpty()) {
            throw new ExtractException(name, firstHeader + 1, "no table: the header row has no rows under it");
        }
        return new Table(name, n, title(lines, kinds), rows, skipped);
    }

    /**
     * Assigns a page to every line. A footer "Page N" ends page N; a repeated header with table
     * lines before it (since the last page end) starts a new page whose footer the extraction lost.
     * Pages before the first footer are numbered back from it.
     */
    private static int[] pages(Kind[] kinds, List<String> lines) {
        int n = kinds.length;
        int[] pages = new int[n];
        int page = 1;
        int pageStart = 0;
        boolean content = false;
        boolean footerSeen = false;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.PAGE) {
                Matcher m = PAGE_MARKER.matcher(lines.get(i));
                m.matches();
                int stated = Integer.parseInt(m.group(1));
                if (!footerSeen) {
                    int shift = stated - page;
                    for (int j = 0; j < pageStart; j++) {
                        pages[j] += shift;
                    }
                    footerSeen = true;
                }
                page = stated;
                for (int j = pageStart; j <= i; j++) {
                    pages[j] = page;
                }
                page++;
                pageStart = i + 1;
                content = false;
            } else if (kinds[i] == Kind.HEADER && content) {
                for (int j = pageStart; j < i; j++) {
                    pages[j] = page;
                }
                page++;
                pageStart = i;
                content = false;
            } else if (kinds[i] == Kind.TABLE) {
                content = true;
            }
        }
        for (int j = pageStart; j < n; j++) {
            pages[j] = page;
        }
        return pages;
    }

    /**
     * A footer's reason for skipping, saying so when it disagrees with the page counted from the
     * header rows before it: the footer wins, but a reviewer should know that a page break was lost
     * or added.
     */
    private static String pageNote(Kind[] kinds, List<String> lines, int[] pages, int i) {
        int previousFooter = -1;
        for (int j = i - 1; j >= 0 && previousFooter < 0; j--) {
            if (kinds[j] == Kind.PAGE) {
                previousFooter = j;
            }
        }
        if (previousFooter < 0) {
            return "page marker";
        }
        // The same count as pages(): a header after table lines opens a page.
        int counted = pages[previousFooter] + 1;
        boolean content = false;
        for (int j = previousFooter + 1; j < i; j++) {
            if (kinds[j] == Kind.HEADER && content) {
                counted++;
                content = false;
            } else if (kinds[j] == Kind.TABLE) {
                content = true;
            }
        }
        return counted == pages[i] ? "page marker" : "page marker; it says page " + pages[i] + " where the header"
                + " rows since the previous footer (line " + (previousFooter + 1) + ") count page " + counted
                + "; the footer's number is used";
    }

    private static String[] cells(String file, int lineNo, String line) {
        String[] raw = line.split("\t", -1);
        int count = raw.length;
        while (count > CELLS && trim(raw[count - 1]).isEmpty()) {
            count--;
        }
        if (count != CELLS) {
            throw new ExtractException(file, lineNo, "expected " + CELLS + " tab-separated cells (Mechanism, "
                    + "Frequency of meeting, Convening bodies, Members), found " + count);
        }
        String[] cells = new String[CELLS];
        for (int c = 0; c < CELLS; c++) {
            cells[c] = trim(raw[c]);
        }
        return cells;
    }

    private static boolean isHeader(String line) {
        String[] raw = line.split("\t", -1);
        List<String> cells = new ArrayList<>();
        for (String r : raw) {
            String t = trim(r);
            if (!t.isEmpty()) {
                cells.add(t.replaceAll("[\\s\\u00A0]+", " ").toLowerCase(Locale.ROOT));
            }
        }
        if (cells.size() != CELLS) {
            return false;
        }
        for (Column c : Column.values()) {
            if (!cells.get(c.ordinal()).equals(c.header().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The document title: the longest line above the table that is not a parenthesised note. */
    private static String title(List<String> lines, Kind[] kinds) {
        String title = "";
        for (int i = 0; i < kinds.length; i++) {
            String t = trim(lines.get(i));
            if (kinds[i] == Kind.TITLE && !t.startsWith("(") && t.length() > title.length()) {
                title = t;
            }
        }
        return title;
    }

    private static boolean isBlank(String s) {
        return trim(s).isEmpty();
    }

    /** Trims white space including no-break spaces, which the extraction leaves in some cells. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
