package org.tocgraph.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.resolve.Country;
import org.tocgraph.resolve.ReferenceData;

/**
 * One dynamic test per file in {@code queries/}, run on the real graph. Every expected value was
 * read off the source document (line numbers given), not off the program's output.
 */
class NamedQueriesTest {
    static Model graph;
    /** Stands in for the Wikidata endpoint, so the federated query runs offline. */
    static FusekiServer wikidata;
    static String wikidataUrl;

    @BeforeAll
    static void build() {
        graph = Pipeline.run(Config.defaults()).model();
        Dataset sample = DatasetFactory.create(RDFDataMgr.loadModel("src/test/resources/wikidata-sample.ttl"));
        wikidata = FusekiServer.create().loopback(true).port(0).add("/wikidata", sample, false).build().start();
        wikidataUrl = "http://localhost:" + wikidata.getPort() + "/wikidata/sparql";
    }

    @AfterAll
    static void stop() {
        wikidata.stop();
    }

    static final String WIKIDATA = "https://query.wikidata.org/sparql";

    /** A result row as strings: IRIs and literals by their lexical form. */
    record Row(Map<String, String> values) {
        String get(String var) {
            return values.getOrDefault(var, "");
        }
    }

    static List<Row> run(String name) throws IOException {
        String text = Files.readString(Path.of("queries", name + ".rq"), StandardCharsets.UTF_8)
                .replace("<" + WIKIDATA + ">", "<" + wikidataUrl + ">");
        List<Row> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(text).build()) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> {
                Map<String, String> m = new HashMap<>();
                s.varNames().forEachRemaining(v -> {
                    RDFNode n = s.get(v);
                    m.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(new Row(m));
            });
        }
        return rows;
    }

    private static final Map<String, Consumer<List<Row>>> EXPECTATIONS = Map.of(
            "memberships", NamedQueriesTest::memberships,
            "mechanisms", NamedQueriesTest::mechanisms,
            "states", rows -> {
                states(rows);
                statesAgreeWithTheReadingAndTheReferenceData(rows);
            },
            "states-by-mechanism-count", NamedQueriesTest::statesByMechanismCount,
            "shared-members", NamedQueriesTest::sharedMembers,
            "mechanism-overlap", NamedQueriesTest::mechanismOverlap,
            "organization-roles", NamedQueriesTest::organizationRoles,
            "member-state-population", NamedQueriesTest::memberStatePopulation);

    @TestFactory
    Stream<DynamicTest> everyQueryFileHasATest() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertFalse(names.isEmpty());
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String text = Files.readString(Path.of("queries", name + ".rq"), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# title:"), name + ".rq must start with a '# title:' comment");
            assertTrue(text.contains("# description:") && text.contains("# parameters:"),
                    name + ".rq must have description and parameters comments");
            Consumer<List<Row>> check = EXPECTATIONS.get(name);
            if (check == null) {
                fail("queries/" + name + ".rq has no expectations in NamedQueriesTest");
            }
            check.accept(run(name));
        }));
    }

    static Set<String> col(List<Row> rows, String var) {
        return rows.stream().map(r -> r.get(var)).collect(Collectors.toCollection(TreeSet::new));
    }

    static void memberships(List<Row> rows) {
        Row state = rows.stream().filter(r -> r.get("memberKind").equals("State")).findFirst().orElseThrow();
        assertEquals(Set.of("mechanism", "mechanismName", "member", "memberName", "memberKind", "role", "iso2",
                "basis"), state.values().keySet());
        assertEquals(Set.of("stated", "inferred"), col(rows, "basis"));
        assertEquals(Set.of("State", "Organization", "Group"), col(rows, "memberKind"));
        // Kazakhstan is named in six mechanisms (lines 48, 52, 54, 56, 57, 58).
        Set<String> kz = rows.stream().filter(r -> r.get("iso2").equals("KZ") && r.get("basis").equals("stated"))
                .map(r -> r.get("mechanism").replaceAll(".*/", "")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("sco", "iren", "arin-wca", "calentip", "jcn-casc", "racp-ca"), kz);
        // Line 48: "Mongolia and Afghanistan are observers UNODC, UNOCT, CICA, CAERT are partners".
        assertEquals(Set.of("AF", "MN"), rows.stream().filter(r -> r.get("mechanism").endsWith("/sco")
                && r.get("role").equals("observer")).map(r -> r.get("iso2")).collect(Collectors.toSet()));
        assertEquals(Set.of("UNODC", "UNOCT", "CICA", "CAERT").size(), rows.stream()
                .filter(r -> r.get("mechanism").endsWith("/sco") && r.get("role").equals("partner")).count());
        // Line 81: "ASEAN Member States" gives inferred memberships, dated October 2025: ten states,
        // not Timor-Leste (admitted 26 October 2025).
        Set<String> inferred = rows.stream().filter(r -> r.get("mechanism").endsWith("/asean-ammtc")
                && r.get("basis").equals("inferred") && r.get("memberKind").equals("State")
                && r.get("role").equals("member")).map(r -> r.get("iso2")).collect(Collectors.toSet());
        assertTrue(inferred.containsAll(Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN")),
                inferred.toString());
        assertFalse(inferred.contains("TL"));
        // Line 94: "All ASEAN Member States, except Myanmar".
        assertFalse(rows.stream().anyMatch(r -> r.get("mechanism").endsWith("/sea-pac") && r.get("iso2").equals("MM")));
        // Line 69: "UNODC as observer" for AIAMP.
        assertTrue(rows.stream().anyMatch(r -> r.get("mechanism").endsWith("/aiamp")
                && r.get("memberName").equals("United Nations Office on Drugs and Crime")
                && r.get("role").equals("observer") && r.get("basis").equals("stated")));
    }

    static void mechanisms(List<Row> rows) {
        // 47 rows; FATF (18, 45) and the Bali Process (49, 93) are each described twice.
        assertEquals(45, rows.size());
        Row cnd = byName(rows, "Commission on Narcotic Drugs (CND)");
        assertEquals("P1Y", cnd.get("frequency"));
        assertTrue(cnd.get("conveners").contains("United Nations Economic and Social Council"));
        assertTrue(cnd.get("conveners").contains("United Nations Office on Drugs and Crime"));
        assertEquals("3", cnd.get("page"));
        assertEquals("14", cnd.get("sourceLines"));
        Row fatf = byName(rows, "Financial Action Task Force (FATF)");
        assertEquals("P4M", fatf.get("frequency")); // "3 times per year"; "three plenary sessions"
        assertTrue(fatf.get("sourceLines").contains("18") && fatf.get("sourceLines").contains("45-47"));
        // "(APG)" in line 45-47 names the Asia/Pacific Group, a body of its own, not FATF.
        assertEquals("FATF", fatf.get("acronym"));
        Row bali = byName(rows, "Bali Process on People Smuggling, Trafficking in Persons and related Transnational Crime");
        // Line 49 "once every two years"; line 93 "Regularly, when convened by the co-chairmen" gives none.
        assertEquals("P2Y", bali.get("frequency"));
        assertEquals("49 | 93", bali.get("sourceLines"));
        // "(UNTOC)" names the Convention, not its Conference of the Parties.
        assertEquals("COP", byName(rows, "Conference of the Parties (COP) to the United Nations Convention against"
                + " Transnational Organized Crime (UNTOC)").get("acronym"));
        // "supported administratively by the AIAMP Permanent Secretariat (Spain)": Spain convenes nothing.
        assertEquals("", byName(rows, "Ibero-American Association of Public Prosecutors (AIAMP)").get("conveners"));
        Row globe = byName(rows, "Global Operational Network of Anti-Corruption Law Enforcement Authorities (GloBE)");
        assertEquals("43-44", globe.get("sourceLines"));
        assertEquals("P2Y", globe.get("frequency"));
        Row aimc = byName(rows, "Arab Interior Ministers Council (AIMC)");
        // Lists follow the document's order: page 3 (line 19) before page 4 (line 26).
        assertEquals("3, 4", aimc.get("page"));
        assertEquals("3 times per year | Annual with three plenary sessions", fatf.get("frequencyText"));
        assertEquals("3, 5", fatf.get("page"));
        assertEquals("19-26", aimc.get("sourceLines"));
        assertEquals("P3M", byName(rows, "Southeast Asia Coordination Against Trafficking (SEACAT)").get("frequency"));
        assertEquals("P1M", byName(rows,
                "Doha Process Counter Narcotics Working Group on Law Enforcement").get("frequency"));
        assertEquals("P4Y", byName(rows,
                "FAO-IMO-ILO Joint Working Group on IUU Fishing and Related Matters").get("frequency"));
        assertEquals("", byName(rows, "Horn of Africa Initiative").get("frequency")); // "Ad hoc": no duration
    }

    static Row byName(List<Row> rows, String name) {
        return rows.stream().filter(r -> r.get("mechanismName").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no mechanism named " + name));
    }

    static void states(List<Row> rows) {
        Row kz = rows.stream().filter(r -> r.get("iso2").equals("KZ")).findFirst().orElseThrow();
        assertEquals("KAZ", kz.get("iso3"));
        assertEquals("398", kz.get("m49"));
        assertEquals("http://www.wikidata.org/entity/Q232", kz.get("wikidata"));
        assertEquals("https://sws.geonames.org/1522867/", kz.get("geonames"));
        assertEquals("true", kz.get("unMember"));
        assertEquals("state", kz.get("status"));
        Row xk = rows.stream().filter(r -> r.get("iso2").equals("XK")).findFirst().orElseThrow(); // line 60
        assertEquals("", xk.get("m49"));
        assertEquals("http://www.wikidata.org/entity/Q1246", xk.get("wikidata"));
        // countries.csv: Kosovo is partially recognized, Puerto Rico (line 76, AMERIPOL) a US territory;
        // neither is a UN member.
        assertEquals("false", xk.get("unMember"));
        assertEquals("partially recognized", xk.get("status"));
        Row pr = rows.stream().filter(r -> r.get("iso2").equals("PR")).findFirst().orElseThrow();
        assertEquals("false", pr.get("unMember"));
        assertEquals("territory", pr.get("status"));
        assertTrue(col(rows, "iso2").containsAll(Set.of("PR", "CI", "KG", "LA", "VN", "PH", "CH", "US", "DE", "IT")));
        for (Row r : rows) {
            assertEquals(3, r.get("iso3").length(), r.toString());
            assertTrue(r.get("wikidata").startsWith("http://www.wikidata.org/entity/Q"), r.toString());
        }
    }

    /** Every state a person read as member or observer (expected/rows.csv) is in the states query. */
    static void statesAgreeWithTheReadingAndTheReferenceData(List<Row> rows) {
        ReferenceData ref = ReferenceData.load(Path.of("data/reference"));
        for (Row r : rows) {
            Country c = ref.country(r.get("iso2")).orElseThrow();
            assertEquals(c.iso3(), r.get("iso3"));
            assertEquals(c.m49().orElse(""), r.get("m49"));
            assertEquals("https://sws.geonames.org/" + c.geonamesId() + "/", r.get("geonames"));
            assertEquals("http://www.wikidata.org/entity/" + c.wikidataQid(), r.get("wikidata"));
            assertEquals(c.name(), r.get("name"));
            assertEquals(Boolean.toString(c.unMember()), r.get("unMember"));
            assertEquals(c.status(), r.get("status"));
        }
        Set<String> read = new TreeSet<>();
        try (var lines = Files.lines(Path.of("src/test/resources/expected/rows.csv"))) {
            CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            try (var parser = f.parse(new java.io.StringReader(String.join("\n", lines.toList())))) {
                parser.forEach(rec -> {
                    for (String col : List.of("member_states", "observer_states")) {
                        for (String code : rec.get(col).split(";")) {
                            if (!code.isBlank()) {
                                read.add(code.trim());
                            }
                        }
                    }
                });
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(read.size() > 80, "the reading names " + read.size() + " states");
        Set<String> missing = new TreeSet<>(read);
        missing.removeAll(col(rows, "iso2"));
        assertEquals(Set.of(), missing);
    }

    static void statesByMechanismCount(List<Row> rows) {
        // Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan are each named in six mechanisms (lines 48-58).
        Set<String> top = rows.stream().filter(r -> r.get("mechanisms").equals("6")).map(r -> r.get("iso2"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("KG", "KZ", "TJ", "UZ"), top);
        assertEquals("6", rows.get(0).get("mechanisms"));
        assertEquals("5", rows.stream().filter(r -> r.get("iso2").equals("TM")).findFirst().orElseThrow()
                .get("mechanisms"));
    }

    static void sharedMembers(List<Row> rows) {
        // GAFILAT (line 77) names 18 states, all of them also in AIAMP (line 68); UNODC observes both.
        Set<String> names = col(rows, "memberName");
        assertEquals(19, names.size(), names.toString());
        assertTrue(names.contains("Argentina") && names.contains("Dominican Republic")
                && names.contains("United Nations Office on Drugs and Crime"));
        assertFalse(names.contains("Spain"));
    }

    static void mechanismOverlap(List<Row> rows) {
        Set<Set<String>> top = new java.util.HashSet<>();
        for (Row r : rows.subList(0, 3)) {
            assertEquals("18", r.get("shared"));
            top.add(Set.of(r.get("a").replaceAll(".*/", ""), r.get("b").replaceAll(".*/", "")));
        }
        assertEquals(Set.of(Set.of("aiamp", "gafilat"), Set.of("ameripol", "gafilat"), Set.of("aiamp", "ameripol")),
                top);
        assertTrue(rows.get(3).get("shared").compareTo("18") != 0);
        assertEquals("0.857", rows.get(0).get("jaccard")); // 18 / 21, rounded
    }

    static void memberStatePopulation(List<Row> rows) {
        // Line 48: the SCO's members are China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan,
        // India, Pakistan, Iran and Belarus; Mongolia and Afghanistan are observers.
        assertEquals(Set.of("CN", "KZ", "KG", "RU", "TJ", "UZ", "IN", "PK", "IR", "BY"), col(rows, "iso2"));
        Row china = rows.stream().filter(r -> r.get("iso2").equals("CN")).findFirst().orElseThrow();
        assertEquals("1400000000", china.get("population")); // from the stand-in sample
        assertEquals("IND", rows.get(0).get("wikidataIso3")); // ordered by population, largest first
        for (Row r : rows) {
            assertFalse(r.get("wikidataIso3").isEmpty(), "the owl:sameAs link joined for " + r.get("iso2"));
        }
    }

    static void organizationRoles(List<Row> rows) {
        Set<String> seen = rows.stream().map(r -> r.get("mechanism").replaceAll(".*/", "") + " " + r.get("role")
                + " " + r.get("line")).collect(Collectors.toSet());
        assertTrue(seen.contains("cnd convener 14"), seen.toString());
        assertTrue(seen.contains("aiamp observer 69"));
        assertTrue(seen.contains("sco partner 48"));
        assertTrue(seen.contains("sea-pac ad-hoc-participant 95"));
        assertTrue(seen.contains("jwg-iuu observer 115"));
    }
}
