package org.tocgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tocgraph.config.Config;
import org.tocgraph.model.AgentRef;
import org.tocgraph.model.Column;
import org.tocgraph.model.Convening;
import org.tocgraph.model.Coverage;
import org.tocgraph.model.Entry;
import org.tocgraph.model.Fragment;
import org.tocgraph.model.Membership;
import org.tocgraph.model.Role;
import org.tocgraph.model.Row;
import org.tocgraph.model.SkippedLine;
import org.tocgraph.model.Span;
import org.tocgraph.model.StatedCount;
import org.tocgraph.model.Table;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.rdf.TG;

/**
 * A revised version of the document must convert with no code change. Each file in
 * {@code src/test/resources/variants} is the source edited as a revision or another export would
 * edit it (its README lists the edits). Its conversion is compared with the original's as a set of
 * facts that name no line or page: per mechanism its name, frequency text and cadence, conveners,
 * memberships (member, role, stated or via which group, from-date, exceptions), stated counts and
 * areas covered. Line numbers and pages are checked separately, against values read off the variant
 * files by hand.
 *
 * <p>Every variant is converted with the committed, unchanged {@code data/curation/decisions.csv}: a
 * decision names a line, but follows its text to where it now stands, so every decision must still
 * apply, and none may land on another row.
 */
class VariantsTest {
    private static final Path DIR = Path.of("src/test/resources/variants");
    private static final Path CURATION = Path.of("data/curation");
    private static final Map<String, Pipeline> CONVERTED = new HashMap<>();

    @TempDir
    static Path tmp;

    private static Pipeline convert(Path input, Path curationDir) {
        return CONVERTED.computeIfAbsent(input + " with " + curationDir, k -> Pipeline.run(
                Config.defaults().with("curation.dir", curationDir.toString()), input));
    }

    private static Pipeline original() {
        return convert(Config.DEFAULT_INPUT, CURATION);
    }

    /** The variant, converted with the committed decisions. */
    private static Pipeline variant(String file) {
        return convert(DIR.resolve(file), CURATION);
    }

    // ---------------------------------------------------------------- facts

    /** Everything the conversion states about the mechanisms, with no line or page. */
    static SortedSet<String> facts(Pipeline p) {
        SortedSet<String> facts = new TreeSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Entry e : p.result().entries()) {
            // A mechanism described by two rows keeps the facts of each row apart.
            int n = seen.merge(e.mechanism(), 1, Integer::sum);
            String key = e.mechanism() + (n > 1 ? "#" + n : "");
            facts.add(key + " name " + plain(e.name()));
            if (e.frequency() != null) {
                facts.add(key + " frequency \"" + plain(e.frequency().text()) + "\" cadence "
                        + e.frequency().cadence());
            }
            for (Convening c : e.conveners()) {
                facts.add(key + " convened by " + c.convener());
            }
            for (Membership m : e.memberships()) {
                facts.add(key + " " + m.role().slug() + " " + m.member() + " "
                        + (m.inferred() ? "via " + m.viaGroup() : "stated")
                        + (m.validFrom() == null ? "" : " from " + m.validFrom())
                        + (m.except().isEmpty() ? "" : " except " + m.except()));
            }
            for (StatedCount c : e.counts()) {
                facts.add(key + " count " + c.value() + (c.minimum() ? "+" : "") + " " + c.role().slug() + " "
                        + c.counted());
            }
            for (Coverage c : e.coverage()) {
                facts.add(key + " covers " + c.area());
            }
        }
        return facts;
    }

    /** Curly apostrophes straightened, no-break spaces and runs of white space as one space. */
    static String plain(String s) {
        return s.replace('\u2019', '\'').replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
    }

    private static List<String> slugs(Pipeline p) {
        return p.result().entries().stream().map(Entry::mechanism).toList();
    }

    private static void assertSameFacts(Set<String> expected, Set<String> actual, String what) {
        SortedSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        SortedSet<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail(what + ": " + missing.size() + " fact(s) missing, " + extra.size() + " unexpected"
                    + missing.stream().map(f -> "\n  missing:    " + f).collect(Collectors.joining())
                    + extra.stream().map(f -> "\n  unexpected: " + f).collect(Collectors.joining()));
        }
    }

    private static Entry entry(Pipeline p, String slug) {
        return p.result().entries().stream().filter(e -> e.mechanism().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError("no mechanism " + slug));
    }

    private static Membership membership(Pipeline p, String slug, AgentRef member, Role role) {
        return p.result().entries().stream().filter(e -> e.mechanism().equals(slug))
                .flatMap(e -> e.memberships().stream())
                .filter(m -> m.member().equals(member) && m.role() == role).findFirst()
                .orElseThrow(() -> new AssertionError("no " + role.slug() + " " + member + " in " + slug));
    }

    private static StatedCount count(Pipeline p, String slug, int value) {
        return p.result().entries().stream().filter(e -> e.mechanism().equals(slug))
                .flatMap(e -> e.counts().stream()).filter(c -> c.value() == value).findFirst()
                .orElseThrow(() -> new AssertionError("no count " + value + " in " + slug));
    }

    private static void assertSpan(List<Integer> lines, List<Integer> pages, Span span) {
        assertEquals(lines, span.lines(), "lines of \"" + span.text() + "\"");
        assertEquals(pages, span.pages(), "pages of \"" + span.text() + "\"");
    }

    // ---------------------------------------------------------------- the baseline

    /** Guards the comparisons below against an empty or degenerate baseline. */
    @Test
    void originalConversionHoldsKnownFacts() {
        SortedSet<String> facts = facts(original());
        assertTrue(facts.size() > 500, "only " + facts.size() + " facts");
        // Read off the document: lines 14, 48, 55 and 76.
        for (String f : List.of("cnd count 53 member State", "sco observer state/MN stated",
                "arin-wca observer organization/carin stated", "arin-wca member state/KG stated",
                "ameripol name AMERIPOL Regional Police Cooperation", "ibsm member state/SN stated from 2025-07")) {
            assertTrue(facts.contains(f), f);
        }
    }

    // ---------------------------------------------------------------- nothing dropped

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rewrapped.txt", "repaginated.txt", "rows-changed.txt", "crlf-nbsp-quotes.txt",
            "table.csv", "table.tsv"})
    void everyLineIsInARowOrSkipped(String file) throws IOException {
        List<String> lines = lines(DIR.resolve(file));
        Table table = variant(file).result().table();
        assertEquals(lines.size(), table.lineCount());
        Map<Integer, String> where = new TreeMap<>();
        for (Row r : table.rows()) {
            for (int l : r.lines()) {
                assertNull(where.put(l, "row " + r.index()), "line " + l + " in two rows");
            }
        }
        for (SkippedLine s : table.skipped()) {
            assertNull(where.put(s.line(), s.reason()), "line " + s.line() + " is both in a row and skipped");
            assertEquals(lines.get(s.line() - 1), s.text(), "skipped line " + s.line());
        }
        List<Integer> lost = IntStream.rangeClosed(1, lines.size()).filter(l -> !where.containsKey(l)).boxed()
                .toList();
        assertEquals(List.of(), lost, "lines neither in a row nor skipped");

        Map<Integer, List<String>> cellsOnLine = new TreeMap<>();
        for (Row r : table.rows()) {
            for (Column c : Column.values()) {
                for (Fragment f : r.cell(c).fragments()) {
                    assertTrue(lines.get(f.line() - 1).contains(f.text()), "line " + f.line() + " lacks \""
                            + f.text() + "\"");
                    cellsOnLine.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f.text());
                }
            }
        }
        if (file.endsWith(".txt")) {
            // Every non-empty cell of a row line is a fragment, in column order: no text is lost.
            for (Map.Entry<Integer, List<String>> e : cellsOnLine.entrySet()) {
                List<String> cells = Stream.of(lines.get(e.getKey() - 1).split("\t"))
                        .map(c -> c.replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", "")).filter(c -> !c.isEmpty())
                        .toList();
                assertEquals(cells, e.getValue(), "cells of line " + e.getKey());
            }
        }
    }

    /** The lines of a file as an editor counts them (LF, CRLF or CR). */
    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>(List.of(Files.readString(file).split("\r\n|\r|\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    // ---------------------------------------------------------------- same facts

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rewrapped.txt", "repaginated.txt", "crlf-nbsp-quotes.txt", "table.csv", "table.tsv"})
    void convertsToTheSameFactsAsTheOriginal(String file) {
        Pipeline v = variant(file);
        assertEquals(slugs(original()), slugs(v), "mechanisms in table order");
        assertSameFacts(facts(original()), facts(v), file);
    }

    @Test
    void rowsChangedLosesTwoMechanismsAndGainsOne() {
        Pipeline v = variant("rows-changed.txt");
        SortedSet<String> expected = new TreeSet<>(facts(original()));
        assertTrue(expected.removeIf(f -> f.startsWith("cybercrime-rp ")));
        assertTrue(expected.removeIf(f -> f.startsWith("doha-process-cnwg ")));
        expected.addAll(List.of(
                "caricc name Central Asian Regional Information and Coordination Centre for Combating the Illicit"
                        + " Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors (CARICC)",
                "caricc frequency \"Annual meeting of the Council of National Coordinators\" cadence annual",
                "caricc convened by organization/unodc",
                "caricc count 7 member State",
                "caricc member state/AZ stated", "caricc member state/KZ stated", "caricc member state/KG stated",
                "caricc member state/RU stated", "caricc member state/TJ stated", "caricc member state/TM stated",
                "caricc member state/UZ stated",
                "caricc observer organization/unodc stated"));
        assertSameFacts(expected, facts(v), "rows-changed.txt");

        List<String> order = new ArrayList<>(slugs(original()));
        order.remove("cybercrime-rp");
        order.remove("doha-process-cnwg");
        order.add(order.indexOf("arin-wca") + 1, "caricc");
        Collections.swap(order, order.indexOf("jcn-casc"), order.indexOf("racp-ca"));
        assertEquals(order, slugs(v));
    }

    // ---------------------------------------------------------------- provenance (lines read off the files)

    @Test
    void rewrappedFactsCiteTheirNewLines() {
        Pipeline v = variant("rewrapped.txt");
        Span eurojust = membership(v, "fatf", AgentRef.organization("eurojust"), Role.OBSERVER).evidence();
        assertSpan(List.of(22), List.of(3), eurojust);
        assertEquals("EU Organizations, EUROJUST, EUROPOL, IMF, INTERPOL, OECD, OSCE, UNODC, UNCTAD, WBG, WCO as"
                + " observers", eurojust.text());
        assertSpan(List.of(61), List.of(6), membership(v, "arin-wca", AgentRef.state("PK"), Role.MEMBER).evidence());
        assertSpan(List.of(85), List.of(8), membership(v, "ameripol", AgentRef.state("MX"), Role.MEMBER).evidence());
        Convening ffo = entry(v, "ibsm").conveners().stream()
                .filter(c -> c.convener().equals(AgentRef.organization("de-federal-foreign-office"))).findFirst()
                .orElseThrow();
        assertSpan(List.of(36), List.of(4), ffo.evidence());
        Entry ccpcj = entry(v, "ccpcj");
        assertEquals(List.of(15, 16), ccpcj.row().mechanism().lines());
        assertEquals(List.of(15, 17), ccpcj.frequency().evidence().lines());
        assertEquals(List.of(15, 16, 17), ccpcj.row().lines());
        assertEquals(List.of(105, 106), entry(v, "seapac").frequency().evidence().lines());
        assertEquals(List.of(106), membership(v, "seapac", AgentRef.organization("unodc"), Role.AD_HOC_PARTICIPANT)
                .evidence().lines());
    }

    @Test
    void repaginatedFactsCiteTheirNewLinesAndPages() {
        Pipeline v = variant("repaginated.txt");
        assertEquals(2, count(v, "cnd", 53).evidence().pages().get(0));
        Entry khartoum = entry(v, "khartoum-process");
        assertEquals(34, khartoum.row().firstLine());
        assertEquals(List.of(3, 4), khartoum.row().pages());
        assertSpan(List.of(39), List.of(4),
                membership(v, "khartoum-process", AgentRef.organization("iom"), Role.OBSERVER).evidence());
        assertEquals(List.of(5, 6), entry(v, "arin-wca").row().pages());
        assertSpan(List.of(59), List.of(6),
                membership(v, "arin-wca", AgentRef.organization("carin"), Role.OBSERVER).evidence());
        assertSpan(List.of(87, 92, 93), List.of(8, 9), entry(v, "mekong-mou").frequency().evidence());
        Entry cop = entry(v, "cites-cop");
        assertEquals(List.of(106, 111), cop.row().mechanism().lines());
        assertEquals(List.of(9, 10), cop.row().pages());
        Entry aimc = entry(v, "aimc");
        assertEquals(List.of(25, 26), aimc.row().lines());
        assertEquals(List.of(3), aimc.row().pages());
        Map<Integer, String> reasons = v.result().table().skipped().stream()
                .collect(Collectors.toMap(SkippedLine::line, SkippedLine::reason));
        assertEquals("footnote", reasons.get(19));
        assertEquals("page marker", reasons.get(21));
        assertEquals("repeated header row", reasons.get(50));
    }

    @Test
    void addedRowCitesItsLines() {
        Pipeline v = variant("rows-changed.txt");
        Entry caricc = entry(v, "caricc");
        assertEquals(List.of(55, 56, 57), caricc.row().lines());
        assertEquals(List.of(55, 56), caricc.row().mechanism().lines());
        Span kg = membership(v, "caricc", AgentRef.state("KG"), Role.MEMBER).evidence();
        assertSpan(List.of(55), List.of(6), kg);
        assertTrue(kg.text().contains("Kyrgyz Republic"), kg.text());
        assertSpan(List.of(56), List.of(6), membership(v, "caricc", AgentRef.state("TM"), Role.MEMBER).evidence());
        Span unodc = membership(v, "caricc", AgentRef.organization("unodc"), Role.OBSERVER).evidence();
        assertSpan(List.of(57), List.of(6), unodc);
        assertEquals("UNODC as observer", unodc.text());
        assertSpan(List.of(55), List.of(6), count(v, "caricc", 7).evidence());
        assertEquals(59, entry(v, "racp-ca").row().firstLine());
        assertEquals(60, entry(v, "jcn-casc").row().firstLine());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"table.csv", "table.tsv"})
    void delimitedFactsCiteTheLineInTheirCellAndThePageColumn(String file) {
        Pipeline v = variant(file);
        assertSpan(List.of(16), List.of(5),
                membership(v, "khartoum-process", AgentRef.organization("iom"), Role.OBSERVER).evidence());
        Entry apg = v.result().entries().stream().filter(e -> e.mechanism().equals("fatf")).skip(1).findFirst()
                .orElseThrow();
        StatedCount observing = apg.counts().stream().filter(c -> c.value() == 8).findFirst().orElseThrow();
        assertSpan(List.of(23), List.of(5), observing.evidence());
        assertEquals(List.of(12), membership(v, "ibsm", AgentRef.state("CI"), Role.MEMBER).evidence().lines());
    }

    // ---------------------------------------------------------------- the same graph

    /**
     * The CSV and TSV exports give the text extraction's graph. Compared as whole Jena models after
     * taking out what must differ: the line and page values ({@code tg:sourceLine},
     * {@code tg:firstLine}, {@code tg:lastLine}, {@code tg:page}), the source document's title and file
     * name (a CSV has no title), the line number in an entry's label, and the line numbers in IRIs
     * (entries, frequencies, counts and evidence spans are named by line: each such IRI becomes a blank
     * node). Everything else, including every evidence span's exact text and every cell text, must be
     * isomorphic.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"table.csv", "table.tsv"})
    void delimitedExportGivesTheSameGraphAsTheTextExtraction(String file) {
        Model text = withoutLinesAndPages(original().model());
        Model table = withoutLinesAndPages(variant(file).model());
        assertTrue(text.size() > 9000, "text graph has " + text.size() + " triples");
        assertIsomorphic(text, table);
        // The comparison can tell: a document with other rows is not the same graph.
        assertFalse(text.isIsomorphicWith(withoutLinesAndPages(variant("rows-changed.txt").model())));
    }

    /** Same layout, same lines: the CSV and TSV graphs differ only in the file name they cite. */
    @Test
    void csvAndTsvGraphsDifferOnlyInTheFileName() {
        Model csv = variant("table.csv").model();
        Model tsv = variant("table.tsv").model();
        assertEquals(Set.of("table.csv"), identifiers(csv));
        assertEquals(Set.of("table.tsv"), identifiers(tsv));
        assertIsomorphic(withoutIdentifier(csv), withoutIdentifier(tsv));
    }

    private static Set<String> identifiers(Model m) {
        return m.listObjectsOfProperty(DCTerms.identifier).mapWith(n -> n.asLiteral().getLexicalForm()).toSet();
    }

    private static Model withoutIdentifier(Model m) {
        Model out = ModelFactory.createDefaultModel().add(m);
        out.removeAll(null, DCTerms.identifier, null);
        return out;
    }

    private static final Set<Property> LINE_AND_PAGE = Set.of(TG.sourceLine, TG.firstLine, TG.lastLine, TG.page);

    static Model withoutLinesAndPages(Model m) {
        Model out = ModelFactory.createDefaultModel();
        Map<String, Resource> blanks = new HashMap<>();
        for (Statement s : m.listStatements().toList()) {
            Property p = s.getPredicate();
            if (LINE_AND_PAGE.contains(p) || p.equals(DCTerms.title) || p.equals(DCTerms.identifier)) {
                continue;
            }
            RDFNode o = s.getObject();
            if (o.isResource()) {
                o = unnumbered(o.asResource(), out, blanks);
            } else if (p.equals(RDFS.label) && o.asLiteral().getLexicalForm().startsWith("Row at line ")) {
                o = out.createLiteral(o.asLiteral().getLexicalForm().replaceFirst("^Row at line \\d+:", "Row:"),
                        o.asLiteral().getLanguage());
            }
            out.add(unnumbered(s.getSubject(), out, blanks), p, o);
        }
        return out;
    }

    /** An IRI with a line number in it ({@code entry/L18}, {@code .../L18-1}, {@code #members-L18}) as a blank node. */
    private static Resource unnumbered(Resource r, Model out, Map<String, Resource> blanks) {
        if (r.isURIResource() && r.getURI().matches(".*[/-]L\\d+(-\\d+)?$")) {
            return blanks.computeIfAbsent(r.getURI(), k -> out.createResource());
        }
        return r;
    }

    private static void assertIsomorphic(Model expected, Model actual) {
        if (expected.isIsomorphicWith(actual)) {
            return;
        }
        // Not isomorphic: show the ground triples each side lacks (those with blank nodes are too many to list).
        List<String> missing = ground(expected).difference(ground(actual)).listStatements()
                .mapWith(Statement::toString).toList();
        List<String> extra = ground(actual).difference(ground(expected)).listStatements()
                .mapWith(Statement::toString).toList();
        fail("graphs differ: " + expected.size() + " vs " + actual.size() + " triples; ground triples missing "
                + missing.stream().limit(20).toList() + ", unexpected " + extra.stream().limit(20).toList());
    }

    private static Model ground(Model m) {
        Model out = ModelFactory.createDefaultModel();
        m.listStatements().filterKeep(s -> !s.getSubject().isAnon() && !s.getObject().isAnon()).forEach(out::add);
        return out;
    }

    // ---------------------------------------------------------------- curation decisions

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rewrapped.txt", "repaginated.txt", "rows-changed.txt", "crlf-nbsp-quotes.txt",
            "table.csv", "table.tsv"})
    void everyDecisionApplies(String file) {
        List<String> unapplied = variant(file).result().diagnostics().stream()
                .filter(d -> d.message().contains("matched nothing")).map(d -> d.text() + ": " + d.message())
                .toList();
        assertEquals(List.of(), unapplied);
    }

    /**
     * A revised document converted with the unchanged decisions: a decision whose line now holds
     * another row must not rename that row. (A decision that finds nothing at its line is reported
     * as unapplied, which is fine.)
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rewrapped.txt", "repaginated.txt", "rows-changed.txt", "table.csv"})
    void unchangedDecisionsRenameOnlyTheRowTheyName(String file) throws IOException {
        Pipeline v = convert(DIR.resolve(file), CURATION);
        List<String> wrong = new ArrayList<>();
        for (List<String> d : decisions(CURATION.resolve("decisions.csv"))) {
            if (!d.get(3).equals("mechanism")) {
                continue;
            }
            for (Entry e : v.result().entries()) {
                if (e.mechanism().equals(d.get(4)) && !plain(e.name()).equals(plain(d.get(2)))) {
                    wrong.add("decision for line " + d.get(0) + " (\"" + d.get(2) + "\" is '" + d.get(4)
                            + "') applied to the row at line " + e.row().firstLine() + ", \"" + e.name() + "\"");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static List<List<String>> decisions(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            return parser.stream().map(CSVRecord::toList).toList();
        }
    }

    // ---------------------------------------------------------------- line endings, quotes, no-break spaces

    /** Guards the fixture: an editor or git must not have normalised it. */
    @Test
    void crlfVariantKeepsItsBytes() throws IOException {
        String s = Files.readString(DIR.resolve("crlf-nbsp-quotes.txt"));
        assertEquals(115, s.split("\r\n", -1).length - 1);
        assertFalse(s.replace("\r\n", "").contains("\n"));
        for (String t : List.of("C\u00f4te d\u2019Ivoire", "Officials\u2019 Meeting", "Kyrgyz\u00a0Republic",
                "53\u00a0member states", "Page\u00a07", "Frequency\u00a0of meeting")) {
            assertTrue(s.contains(t), t);
        }
        assertFalse(s.contains("'"), "a straight apostrophe is left");
    }

    private record Edit(String name, UnaryOperator<String> apply) {
    }

    /** One edit at a time of those in crlf-nbsp-quotes.txt, each on the original; line numbers do not move. */
    @TestFactory
    Stream<DynamicTest> eachSmallEditConvertsTheSame() throws IOException {
        String source = Files.readString(Config.DEFAULT_INPUT);
        String nbsp = "\u00a0";
        List<Edit> edits = List.of(
                new Edit("CRLF line endings", s -> s.replace("\n", "\r\n")),
                new Edit("curly apostrophes", s -> s.replace('\'', '\u2019')),
                new Edit("no-break space after a comma (line 56)",
                        s -> once(s, "\tKazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan UNODC",
                                "\tKazakhstan," + nbsp + "Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan UNODC")),
                new Edit("no-break space at the end of a cell (line 27)",
                        s -> once(s, "\tUNODC\t17 MENA", "\tUNODC" + nbsp + "\t17 MENA")),
                new Edit("no-break space in 'North Macedonia' (line 60)",
                        s -> once(s, "Montenegro, North Macedonia, Serbia\n",
                                "Montenegro, North" + nbsp + "Macedonia, Serbia\n")),
                new Edit("no-break space in 'Kyrgyz Republic' (line 54)",
                        s -> once(s, "Kyrgyz Republic", "Kyrgyz" + nbsp + "Republic")),
                new Edit("no-break space in '53 member states' (line 14)",
                        s -> once(s, "53 member states", "53" + nbsp + "member states")),
                new Edit("no-break space in the repeated header row (line 92)",
                        s -> once(s, "Mechanism\tFrequency of meeting\tConvening bodies\tMembers\nThe Bali",
                                "Mechanism\tFrequency" + nbsp + "of meeting\tConvening bodies\tMembers\nThe Bali")),
                new Edit("no-break space in the footer 'Page 7' (line 72)",
                        s -> once(s, "\nPage 7\n", "\nPage" + nbsp + "7\n")));
        SortedSet<String> expected = facts(original());
        return edits.stream().map(edit -> DynamicTest.dynamicTest(edit.name(), () -> {
            String edited = edit.apply().apply(source);
            assertFalse(edited.equals(source), "the edit changed nothing");
            Path file = tmp.resolve(edit.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".txt");
            Files.writeString(file, edited);
            assertSameFacts(expected, facts(convert(file, CURATION)), edit.name());
        }));
    }

    private static String once(String s, String old, String replacement) {
        int at = s.indexOf(old);
        assertTrue(at >= 0 && s.indexOf(old, at + 1) < 0, "\"" + old + "\" must occur exactly once");
        return s.replace(old, replacement);
    }

    @Test
    void crlfAndCurlyApostrophesKeepLinesAndVerbatimText() throws IOException {
        Path file = tmp.resolve("crlf-curly.txt");
        Files.writeString(file, Files.readString(Config.DEFAULT_INPUT).replace("\n", "\r\n").replace('\'', '\u2019'));
        Pipeline v = convert(file, CURATION);
        Span ci = membership(v, "ibsm", AgentRef.state("CI"), Role.MEMBER).evidence();
        assertEquals(List.of(31), ci.lines());
        assertTrue(ci.text().contains("C\u00f4te d\u2019Ivoire"), ci.text());
        assertEquals("Anti-Drug Liaison Officials\u2019 Meeting for International Cooperation",
                entry(v, "adlomico").name());
    }
}
