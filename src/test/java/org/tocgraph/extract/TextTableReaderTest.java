package org.tocgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocgraph.model.Row;
import org.tocgraph.model.SkippedLine;
import org.tocgraph.model.Table;

/** Expected values are read off data/source/000_1ac077aacd7d84d9.txt by a person. */
class TextTableReaderTest {
    static final Path SOURCE = Path.of("data/source/000_1ac077aacd7d84d9.txt");
    static Table table;

    @BeforeAll
    static void read() {
        table = new TextTableReader().read(SOURCE);
    }

    private static Row rowAt(int line) {
        return table.rows().stream().filter(r -> r.firstLine() == line).findFirst().orElseThrow();
    }

    @Test
    void readsAll47Rows() {
        assertEquals(47, table.rows().size());
        assertEquals(115, table.lineCount());
        assertEquals("Commission on Narcotic Drugs (CND)", table.rows().get(0).mechanism().text());
        assertEquals("FAO-IMO-ILO Joint Working Group on IUU Fishing and Related Matters",
                table.rows().get(46).mechanism().text());
    }

    @Test
    void everyLineIsInExactlyOneRowOrSkipped() {
        Set<Integer> seen = new HashSet<>();
        for (Row r : table.rows()) {
            for (int l : r.lines()) {
                assertTrue(seen.add(l), "line " + l + " in two rows");
            }
        }
        for (SkippedLine s : table.skipped()) {
            assertTrue(seen.add(s.line()), "line " + s.line() + " both skipped and in a row");
        }
        assertEquals(115, seen.size());
    }

    @Test
    void skipsPageMarkersHeadersFootnoteAndTitle() {
        assertEquals("page marker", skipped(23));
        assertEquals("page marker", skipped(104));
        assertEquals("header row", skipped(13));
        assertEquals("repeated header row", skipped(25));
        assertEquals("repeated header row", skipped(112));
        assertEquals("footnote", skipped(21));
        assertEquals("title", skipped(7));
        assertTrue(table.title().startsWith("The United Nations System and Transnational Organized Crime"));
    }

    private static String skipped(int line) {
        return table.skipped().stream().filter(s -> s.line() == line).findFirst().orElseThrow().reason();
    }

    @Test
    void joinsWrappedNames() {
        assertEquals("Global Operational Network of Anti-Corruption Law Enforcement Authorities (GloBE)",
                rowAt(43).mechanism().text());
        assertEquals("Financial Action Task Force (FATF) and its subsidiary bodies such as the Asia Pacific Group"
                + " on Money Laundering (APG)", rowAt(45).mechanism().text());
        assertEquals("Conference of the Parties (CoP) to the Convention on International Trade in Endangered"
                + " Species of Wild Fauna and Flora (CITES)", rowAt(100).mechanism().text());
        assertEquals(List.of(43, 44), rowAt(43).lines());
    }

    @Test
    void continuesARowOverAPageBreak() {
        Row aimc = rowAt(19);
        assertEquals("Arab Interior Ministers Council (AIMC)", aimc.mechanism().text());
        assertEquals(List.of(19, 26), aimc.lines());
        assertEquals(List.of(3, 4), aimc.pages());
        assertTrue(aimc.frequency().text().endsWith("cybercrime, and illegal migration"));
    }

    @Test
    void numbersPagesFromFootersAndRepeatedHeaders() {
        assertEquals(List.of(3), rowAt(14).pages());
        assertEquals(List.of(4), rowAt(28).pages());
        assertEquals(List.of(5), rowAt(48).pages());  // page 5 has no footer in the extraction
        assertEquals(List.of(6), rowAt(52).pages());
        assertEquals(List.of(7), rowAt(64).pages());
        assertEquals(List.of(7, 8), rowAt(70).pages());
        assertEquals(List.of(10), rowAt(93).pages());
        assertEquals(List.of(10, 11), rowAt(102).pages());
        assertEquals(List.of(12), rowAt(115).pages());
    }

    @Test
    void keepsContinuationLinesInTheirCells() {
        Row horn = rowAt(28);
        assertEquals(List.of(28, 29, 30), horn.lines());
        assertEquals(3, horn.members().fragments().size());
        assertEquals("IOM, UNHCR, UNODC, WBG, EU, IMF, AfDB are observer", horn.members().fragments().get(1).text());
    }

    @Test
    void rejectsAWrongNumberOfCells(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "Mechanism\tFrequency of meeting\tConvening bodies\tMembers\n"
                + "CND\tAnnually\tECOSOC\n", StandardCharsets.UTF_8);
        ExtractException e = assertThrows(ExtractException.class, () -> new TextTableReader().read(bad));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("bad.txt") && e.getMessage().contains("[line 2]"), e.getMessage());
    }

    @Test
    void rejectsAFileWithNoTable(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("prose.txt");
        Files.writeString(bad, "Just a letter.\nNo table here.\n", StandardCharsets.UTF_8);
        ExtractException e = assertThrows(ExtractException.class, () -> new TextTableReader().read(bad));
        assertTrue(e.getMessage().contains("no table"), e.getMessage());
    }

    /** A footer that disagrees with the header rows' count is followed, and the skipped line says so. */
    @Test
    void footerDisagreeingWithTheCountedPageIsNoted(@TempDir Path dir) throws IOException {
        String header = "Mechanism\tFrequency of meeting\tConvening bodies\tMembers\n";
        // Page 3 ends at line 3; the next footer says 5, but no header row opened a page in between.
        String text = header + "Alpha Network\tAnnually\tUNODC\tKenya\nPage 3\n" + header
                + "Beta Network\tAnnually\tUNODC\tGhana\nPage 5\n";
        Path f = dir.resolve("lost-break.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Table t = new TextTableReader().read(f);
        SkippedLine footer = t.skipped().stream().filter(s -> s.line() == 6).findFirst().orElseThrow();
        assertEquals("page marker; it says page 5 where the header rows since the previous footer (line 3) count"
                + " page 4; the footer's number is used", footer.reason());
        assertEquals(5, t.rows().get(1).mechanism().fragments().get(0).page());
        SkippedLine first = t.skipped().stream().filter(s -> s.line() == 3).findFirst().orElseThrow();
        assertEquals("page marker", first.reason());
    }
}
