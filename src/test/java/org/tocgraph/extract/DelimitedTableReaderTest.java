package org.tocgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tocgraph.model.Fragment;
import org.tocgraph.model.Row;
import org.tocgraph.model.SkippedLine;
import org.tocgraph.model.Table;

/**
 * The fixtures under src/test/resources/delimited hold rows copied by hand from
 * data/source/000_1ac077aacd7d84d9.txt; expected line numbers are counted by hand in the fixtures.
 */
class DelimitedTableReaderTest {
    static final Path DIR = Path.of("src/test/resources/delimited");
    static final String CSV_HEADER = "Mechanism,Frequency of meeting,Convening bodies,Members";

    @TempDir
    Path tmp;

    private static Table read(Path file) {
        return TableReader.forFile(file).read(file);
    }

    private static Fragment f(int line, int page, String text) {
        return new Fragment(line, page, text);
    }

    /** Every line of the file is in exactly one row or skipped, as with the text reader. */
    private static void assertEveryLineAccountedFor(Table table) {
        List<Integer> seen = new ArrayList<>();
        table.rows().forEach(r -> seen.addAll(r.lines()));
        table.skipped().forEach(s -> seen.add(s.line()));
        assertEquals(seen.size(), new TreeSet<>(seen).size(), "a line is counted twice: " + seen);
        assertEquals(IntStream.rangeClosed(1, table.lineCount()).boxed().toList(), new TreeSet<>(seen).stream()
                .toList());
    }

    @Test
    void csvRowsKeepRealLineNumbersAndPages() {
        Path file = DIR.resolve("mechanisms.csv");
        Table table = read(file);
        assertEquals(file.toString(), table.source());
        assertEquals("", table.title());
        assertEquals(10, table.lineCount());
        assertEquals(3, table.rows().size());

        Row cnd = table.rows().get(0);
        assertEquals(1, cnd.index());
        assertEquals(List.of(f(2, 3, "Commission on Narcotic Drugs (CND)")), cnd.mechanism().fragments());
        assertEquals(List.of(f(2, 3, "Annually, intersessional meetings convened throughout the year")),
                cnd.frequency().fragments());
        assertEquals(List.of(f(2, 3, "ECOSOC; UNODC")), cnd.conveners().fragments());
        assertEquals(List.of(f(2, 3, "53 member states that are elected by ECOSOC")), cnd.members().fragments());

        // The name is one quoted cell over lines 3-4, so the cells after it start on line 4;
        // line 5 (empty Mechanism) continues the row, and its empty Page cell keeps page 5.
        Row globe = table.rows().get(1);
        assertEquals(2, globe.index());
        assertEquals(List.of(f(3, 5, "Global Operational Network of"),
                f(4, 5, "Anti-Corruption Law Enforcement Authorities (GloBE)")), globe.mechanism().fragments());
        assertEquals("Global Operational Network of Anti-Corruption Law Enforcement Authorities (GloBE)",
                globe.mechanism().text());
        assertEquals(List.of(f(4, 5, "Held biennially")), globe.frequency().fragments());
        assertEquals(List.of(f(4, 5, "UNODC")), globe.conveners().fragments());
        assertEquals(List.of(f(4, 5, "129 member states"), f(5, 5, "UNODC")), globe.members().fragments());
        assertEquals(List.of(3, 4, 5), globe.lines());

        Row sco = table.rows().get(2);
        assertEquals(3, sco.index());
        assertEquals(List.of(f(7, 5, "Shanghai Cooperation Organization (SCO)")), sco.mechanism().fragments());
        assertEquals(List.of(f(7, 5, "The Council of Heads of State (HSC), the highest decision-making body in the"
                + " SCO, meets annually to discuss key issues and provide guidance and strategic cooperation and"
                + " address pressing issues.")), sco.frequency().fragments());
        assertEquals(List.of(f(7, 5, "SCO meetings facilitator: Member state holding the annual SCO Chairmanship"
                + " which rotates yearly.")), sco.conveners().fragments());
        assertEquals(List.of(
                f(7, 5, "China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan, India, Pakistan, Iran,"
                        + " Belarus"),
                f(8, 5, "Mongolia and Afghanistan are observers"),
                f(9, 5, "UNODC, UNOCT, CICA, CAERT are partners")), sco.members().fragments());

        assertEquals(List.of(new SkippedLine(1, "header row", CSV_HEADER + ",Page"),
                new SkippedLine(6, "blank", ""),
                new SkippedLine(10, "blank", ",,,,")), table.skipped());
        assertEveryLineAccountedFor(table);
    }

    @Test
    void tsvWithLooseHeaderContinuationsAndQuotedCells() {
        Path file = DIR.resolve("mechanisms.tsv");
        Table table = read(file);
        assertEquals(9, table.lineCount());
        assertEquals(3, table.rows().size());

        Row khartoum = table.rows().get(0);
        assertEquals(List.of(f(2, 1, "Khartoum Process")), khartoum.mechanism().fragments());
        assertEquals(List.of(f(2, 1, "28 European states, 11 African states"),
                f(3, 1, "UNODC, IOM and UNHCR are observers"),
                f(4, 1, "Observing the Horn of Africa")), khartoum.members().fragments());
        assertEquals(List.of(1), khartoum.pages());

        // The continuation line carries odd cells ("\u00b7", ", , ,") in the source too; kept verbatim.
        Row rcc = table.rows().get(1);
        assertEquals(2, rcc.index());
        assertEquals(List.of(f(5, 1, "Regional Cooperation Council (RCC)")), rcc.mechanism().fragments());
        assertEquals(List.of(f(5, 1, "Board Meetings \u2013 held at least twice a year, Annual Meetings,"),
                f(6, 1, "Specialized Working Groups and Committees meets periodically")),
                rcc.frequency().fragments());
        assertEquals(List.of(f(5, 1, "RCC Secretary General + SEECP Chairmanship"), f(6, 1, "\u00b7")),
                rcc.conveners().fragments());
        assertEquals(", , ,", rcc.members().fragments().get(1).text());

        // A quoted TSV cell may hold a tab and a line break; the next cell starts on the cell's last line.
        Row aiamp = table.rows().get(2);
        assertEquals(List.of(f(7, 1, "Host country's Public Prosecutor's Office,\tsupported administratively by"
                + " the AIAMP Permanent Secretariat (Spain);"), f(8, 1, "host states rotate yearly")),
                aiamp.conveners().fragments());
        assertEquals(List.of(f(8, 1, "Argentina, Bolivia, Brazil"), f(9, 1, "UNODC as observer")),
                aiamp.members().fragments());

        assertEquals(List.of(new SkippedLine(1, "header row",
                " mechanism \tFREQUENCY OF MEETING\tConvening  bodies\tmembers")), table.skipped());
        assertEveryLineAccountedFor(table);
    }

    @Test
    void quotedCellsWithCommasQuotesLineBreaksAndTypography() {
        Table table = read(DIR.resolve("quoting.csv"));
        assertEquals(4, table.rows().size());

        Row khartoum = table.rows().get(0);
        assertEquals(List.of(f(2, 1, "Khartoum Process (\"EU-Horn of Africa Migration Route Initiative\")")),
                khartoum.mechanism().fragments());
        assertEquals("EU, AU, ICMPD", khartoum.conveners().text());
        // The blank line inside the quoted cell gives no fragment (it is reported as skipped), and the
        // line after it keeps its real number.
        assertEquals(List.of(f(2, 1, "28 European states, 11 African states"),
                f(4, 1, "UNODC, IOM and UNHCR are observers")), khartoum.members().fragments());
        assertEquals(List.of(new SkippedLine(1, "header row", CSV_HEADER), new SkippedLine(3, "blank", "")),
                table.skipped());

        Row ibsm = table.rows().get(1);
        assertEquals(List.of(5), ibsm.lines());
        assertEquals("IOM, UNODC, UNOCT German Federal Foreign Office, Italy and US", ibsm.conveners().text());
        assertEquals("West Africa (Burkina Faso, C\u00f4te d\u2019Ivoire, Ghana, Mali, Niger, Togo + Senegal as of"
                + " July 2025)", ibsm.members().text());

        // Surrounding spaces (no-break ones too) are trimmed; the one inside is kept.
        Row cnd = table.rows().get(2);
        assertEquals(List.of(f(6, 1, "53\u00a0member states that are elected by ECOSOC")), cnd.members().fragments());

        Row aiamp = table.rows().get(3);
        assertEquals(List.of(7), aiamp.lines());
        assertEquals("\u201cHost country\u2019s Public Prosecutor\u2019s Office\u201d", aiamp.conveners().text());
        assertEveryLineAccountedFor(table);
    }

    @Test
    void lineEndingsAndByteOrderMarkDoNotChangeTheTable() throws IOException {
        Path lf = DIR.resolve("mechanisms.csv");
        Table expected = read(lf);
        String text = Files.readString(lf, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        String[][] variants = {
            {"crlf.csv", text.replace("\n", "\r\n")},
            {"cr.csv", text.replace("\n", "\r")},
            {"bom-crlf.csv", "\uFEFF" + text.replace("\n", "\r\n")},
        };
        for (String[] v : variants) {
            Path file = tmp.resolve(v[0]);
            Files.writeString(file, v[1], StandardCharsets.UTF_8);
            Table table = read(file);
            assertEquals(expected.rows(), table.rows(), v[0]);
            assertEquals(expected.skipped(), table.skipped(), v[0]);
            assertEquals(expected.lineCount(), table.lineCount(), v[0]);
        }
    }

    @Test
    void headerMayComeAfterBlankLinesAndColumnsMayBeReordered() throws IOException {
        Path file = tmp.resolve("reordered.csv");
        Files.writeString(file, "\n"
                + "Page,Members,Mechanism,Convening bodies,Frequency of meeting\n"
                + "3,53 member states that are elected by ECOSOC,Commission on Narcotic Drugs (CND),"
                + "ECOSOC; UNODC,Annually\n"
                + "page , MEMBERS,Mechanism,Convening bodies,Frequency of meeting\n"
                + "4,28 European states,Khartoum Process,\"EU, AU, ICMPD\",Annual Senior Officials Meeting\n");
        Table table = read(file);
        assertEquals(2, table.rows().size());
        Row cnd = table.rows().get(0);
        assertEquals(List.of(f(3, 3, "Commission on Narcotic Drugs (CND)")), cnd.mechanism().fragments());
        assertEquals(List.of(f(3, 3, "Annually")), cnd.frequency().fragments());
        assertEquals(List.of(f(3, 3, "53 member states that are elected by ECOSOC")), cnd.members().fragments());
        assertEquals(List.of(f(5, 4, "EU, AU, ICMPD")), table.rows().get(1).conveners().fragments());
        assertEquals(List.of("blank", "header row", "repeated header row"),
                table.skipped().stream().map(SkippedLine::reason).toList());
        assertEquals(List.of(1, 2, 4), table.skipped().stream().map(SkippedLine::line).toList());
    }

    @TestFactory
    Stream<DynamicTest> badFilesFailNamingFileAndLine() throws IOException {
        Properties expected = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve("bad-expectations.properties"), StandardCharsets.UTF_8)) {
            expected.load(r);
        }
        List<Path> bad;
        try (Stream<Path> files = Files.list(DIR)) {
            bad = files.filter(p -> p.getFileName().toString().matches("bad-.*\\.(csv|tsv)")).sorted().toList();
        }
        assertTrue(bad.size() >= 10, "bad-* fixtures not found in " + DIR.toAbsolutePath());
        Stream<DynamicTest> stale = Stream.of(dynamicTest("every expectation names a bad-* file", () -> {
            for (String name : expected.stringPropertyNames()) {
                assertTrue(Files.exists(DIR.resolve(name)), "no file " + name + " for its expectation");
            }
        }));
        return Stream.concat(stale, bad.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            String spec = expected.getProperty(file.getFileName().toString());
            assertNotNull(spec, "add the expected line and message of " + file.getFileName()
                    + " to bad-expectations.properties");
            int bar = spec.indexOf('|');
            assertFailure(file, Integer.parseInt(spec.substring(0, bar).trim()), spec.substring(bar + 1).trim());
        })));
    }

    private static void assertFailure(Path file, int line, String messagePart) {
        ExtractException e = assertThrows(ExtractException.class, () -> read(file));
        assertEquals(file.toString(), e.file());
        assertEquals(line, e.line(), e.getMessage());
        String prefix = file + ": " + (line > 0 ? "[line " + line + "] " : "");
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Test
    void binaryFileIsRefusedWithItsLine() throws IOException {
        Path file = tmp.resolve("bad-binary.csv");
        Files.write(file, (CSV_HEADER + "\nCommission on Narcotic Drugs (CND),Annually\0\0,ECOSOC; UNODC,53\n")
                .getBytes(StandardCharsets.UTF_8));
        assertFailure(file, 2, "binary data (NUL byte)");
    }

    @Test
    void latin1FileIsRefusedWithItsLine() throws IOException {
        Path file = tmp.resolve("bad-latin1.csv");
        Files.write(file, (CSV_HEADER + "\nCommission on Narcotic Drugs (CND),Annually,ECOSOC; UNODC,53\n"
                + "IBSM/ Integrated Border Stability Mechanism,Ad hoc,UNODC,\"Burkina Faso, C\u00f4te d'Ivoire\"\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertFailure(file, 3, "not valid UTF-8 text");
    }

    @Test
    void utf16ExportIsRefusedWithAHint() throws IOException {
        // Excel's "Unicode Text" export: UTF-16LE with a byte-order mark, tab-separated.
        Path file = tmp.resolve("bad-utf16.tsv");
        Files.write(file, ("\uFEFF" + CSV_HEADER.replace(',', '\t') + "\r\n").getBytes(StandardCharsets.UTF_16LE));
        assertFailure(file, 0, "UTF-16 text; save the file as UTF-8");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        String head = CSV_HEADER + "\nCommission on Narcotic Drugs (CND),Annually,ECOSOC; UNODC,53 member states";
        int padding = (int) (TableReader.MAX_BYTES - head.getBytes(StandardCharsets.UTF_8).length - 1);
        byte[] atLimit = (head + " ".repeat(padding) + "\n").getBytes(StandardCharsets.UTF_8);
        assertEquals(TableReader.MAX_BYTES, atLimit.length);
        Path ok = tmp.resolve("at-limit.csv");
        Files.write(ok, atLimit);
        assertEquals("53 member states", read(ok).rows().get(0).members().text());

        Path big = tmp.resolve("bad-large.csv");
        Files.write(big, (head + " ".repeat(padding + 1) + "\n").getBytes(StandardCharsets.UTF_8));
        assertFailure(big, 0, "file is 5242881 bytes; the limit is 5242880 bytes");
    }

    @Test
    void missingFileIsNamed() {
        assertFailure(tmp.resolve("nowhere.csv"), 0, "no such file");
    }
}
