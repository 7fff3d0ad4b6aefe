package org.tocgraph;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;

/**
 * Checks the graph against {@code expected/rows.csv}: one line per table row, written by a person
 * reading {@code data/source/000_1ac077aacd7d84d9.txt} without looking at the converter's output.
 * The notes column of the CSV explains each judgement call; {@code borrowed_lines} lists lines
 * whose Members text the extraction pushed into the next row but which belong to this one.
 */
class DocumentReadingTest {

    private static final String PREFIXES = """
            PREFIX tg: <https://w3id.org/tocgraph/def#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String ROLE = "https://w3id.org/tocgraph/def/role/";
    private static final String CADENCE = "https://w3id.org/tocgraph/def/cadence/";

    /**
     * Other spellings under which the graph may rightly name what the document writes: full names
     * for acronyms and back, and the body a secretariat or office belongs to.
     */
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("European Commission", List.of("EC")),
            Map.entry("Gulf Co-operation Council", List.of("GCC", "Gulf Cooperation Council",
                    "Cooperation Council for the Arab States of the Gulf")),
            Map.entry("WBG", List.of("World Bank Group", "World Bank")),
            Map.entry("EU", List.of("European Union")),
            Map.entry("UN", List.of("United Nations")),
            Map.entry("INTERPOL", List.of("ICPO-INTERPOL", "International Criminal Police Organization")),
            Map.entry("ICPO-INTERPOL", List.of("INTERPOL", "International Criminal Police Organization")),
            Map.entry("Inter-American Development Bank", List.of("IDB", "IADB")),
            Map.entry("Caribbean Development Bank", List.of("CDB")),
            Map.entry("Caricom IMPACTS", List.of("CARICOM IMPACS", "IMPACS")),
            Map.entry("ARIN Asia Pacific", List.of("ARIN-AP", "Asset Recovery Interagency Network Asia Pacific",
                    "Asset Recovery Inter-Agency Network Asia Pacific")),
            // ARINSA covers Southern Africa; the document shortens it to "South Africa".
            Map.entry("ARIN South Africa", List.of("ARINSA", "Asset Recovery Inter-Agency Network for Southern Africa")),
            Map.entry("Lusaka Agreement Task Force", List.of("LATF", "Lusaka Agreement Task Force on Cooperative"
                    + " Enforcement Operations Directed at Illegal Trade in Wild Fauna and Flora")),
            Map.entry("DEA", List.of("Drug Enforcement Administration", "U.S. Drug Enforcement Agency")),
            Map.entry("ICE", List.of("U.S. Immigration and Customs Enforcement",
                    "Immigration and Customs Enforcement")),
            Map.entry("DFAT", List.of("Australian Department of Foreign Affairs and Trade",
                    "Department of Foreign Affairs and Trade")),
            Map.entry("UNODC CCP", List.of("CCP", "Container Control Programme",
                    "UNODC-WCO Container Control Programme")),
            Map.entry("German Federal Foreign Office", List.of("Federal Foreign Office", "Auswärtiges Amt")),
            Map.entry("FATF Secretariat", List.of("FATF")),
            Map.entry("ARIN-WCA Secretariat", List.of("ARIN-WCA")),
            Map.entry("RAI Secretariat", List.of("RAI")),
            Map.entry("GAFILAT Secretariat", List.of("GAFILAT")),
            Map.entry("Ameripol's Executive Secretariat", List.of("AMERIPOL")),
            Map.entry("RCC Secretary General", List.of("RCC", "Regional Cooperation Council")),
            Map.entry("SEECP Chairmanship", List.of("SEECP", "South-East European Cooperation Process")),
            Map.entry("Council of Europe", List.of("CoE")),
            // "Japan (National Police Agency)", "Republic of Korea (Supreme Prosecutor's Office)": the office convenes.
            Map.entry("Japan", List.of("National Police Agency of Japan", "National Police Agency (Japan)")),
            Map.entry("Republic of Korea", List.of("Supreme Prosecutor's Office of the Republic of Korea",
                    "Supreme Prosecutors' Office of the Republic of Korea")),
            Map.entry("Norway", List.of("Government of Norway")));

    /**
     * Rows where the graph and this reading still disagree after re-reading the document; the
     * reason says which side is judged wrong. A marked row is reported as aborted while it still
     * disagrees, and fails once it agrees, so the mark is removed with the fix.
     */
    private static final Map<Integer, String> KNOWN = Map.of();

    private record Row(int firstLine, String name, String cadence, Set<String> members, Set<String> observers,
            List<String> organizations, List<String> conveners, Set<Integer> lines) {
    }

    @TestFactory
    Stream<DynamicTest> eachRowAsReadInTheDocument() throws IOException {
        Model model = Pipeline.run(Config.defaults()).model();
        return readRows().stream().map(row -> DynamicTest.dynamicTest(
                "line " + row.firstLine() + ": " + row.name(), () -> check(model, row)));
    }

    private static void check(Model model, Row row) {
        List<String> problems = new ArrayList<>();
        String mechanism = entry(model, row, problems);
        if (mechanism != null) {
            frequency(model, row, mechanism, problems);
            states(model, row, mechanism, "member", row.members(), problems);
            states(model, row, mechanism, "observer", row.observers(), problems);
            organizations(model, row, mechanism, problems);
            conveners(model, row, mechanism, problems);
        }
        String known = KNOWN.get(row.firstLine());
        if (known != null) {
            if (problems.isEmpty()) {
                fail("line " + row.firstLine() + " is marked as a known disagreement but now agrees with the"
                        + " document; remove it from KNOWN");
            }
            Assumptions.abort("KNOWN DISAGREEMENT (" + known + "): " + String.join("; ", problems));
        }
        if (!problems.isEmpty()) {
            fail("line " + row.firstLine() + ":\n  " + String.join("\n  ", problems));
        }
    }

    private static String entry(Model model, Row row, List<String> problems) {
        List<QuerySolution> found = select(model, """
                SELECT ?m ?name WHERE {
                  ?e a tg:Entry ; tg:firstLine ?fl ; tg:nameText ?name ; tg:describes ?m .
                  FILTER (?fl = %d)
                }""".formatted(row.firstLine()));
        if (found.size() != 1) {
            problems.add("expected one tg:Entry with tg:firstLine " + row.firstLine() + ", found " + found.size());
            return null;
        }
        String name = found.get(0).getLiteral("name").getLexicalForm();
        if (!name.equals(row.name())) {
            problems.add("nameText: expected \"" + row.name() + "\" but was \"" + name + "\"");
        }
        return found.get(0).getResource("m").getURI();
    }

    private static void frequency(Model model, Row row, String mechanism, List<String> problems) {
        List<QuerySolution> found = select(model, """
                SELECT ?f ?cadence WHERE {
                  <%s> tg:frequency ?f . ?f tg:evidence/tg:sourceLine ?line .
                  FILTER (?line = %d)
                  OPTIONAL { ?f tg:cadence ?cadence }
                }""".formatted(mechanism, row.firstLine()));
        if (found.isEmpty()) {
            problems.add("no tg:frequency with evidence on line " + row.firstLine());
            return;
        }
        Set<String> cadences = found.stream().filter(s -> s.contains("cadence"))
                .map(s -> s.getResource("cadence").getURI().substring(CADENCE.length()))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = row.cadence().isEmpty() ? Set.of() : Set.of(row.cadence());
        if (!cadences.equals(expected)) {
            problems.add("cadence: expected " + expected + " but was " + cadences);
        }
    }

    private static void states(Model model, Row row, String mechanism, String role, Set<String> expected,
            List<String> problems) {
        Set<String> found = new TreeSet<>();
        for (QuerySolution s : select(model, """
                SELECT ?iso ?line WHERE {
                  ?ms a tg:Membership ; org:organization <%s> ; org:role <%s> ; tg:basis tg:stated ;
                      org:member ?state ; tg:evidence/tg:sourceLine ?line .
                  ?state a tg:State ; tg:iso2 ?iso .
                }""".formatted(mechanism, ROLE + role))) {
            if (row.lines().contains(s.getLiteral("line").getInt())) {
                found.add(s.getLiteral("iso").getLexicalForm());
            }
        }
        if (!found.equals(expected)) {
            problems.add(role + " states: expected " + expected + " but was " + found
                    + difference(expected, found));
        }
    }

    private static void organizations(Model model, Row row, String mechanism, List<String> problems) {
        // membership IRI -> "role" and the names its member is known by
        Map<String, String> roles = new LinkedHashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        for (QuerySolution s : select(model, """
                SELECT ?ms ?role ?name ?line WHERE {
                  ?ms a tg:Membership ; org:organization <%s> ; org:role ?role ; tg:basis tg:stated ;
                      org:member ?o ; tg:evidence/tg:sourceLine ?line .
                  { ?o a tg:Organization } UNION { ?o a tg:Mechanism }
                  ?o tg:acronym|rdfs:label|skos:prefLabel|skos:altLabel ?name .
                }""".formatted(mechanism))) {
            if (row.lines().contains(s.getLiteral("line").getInt())) {
                String ms = s.getResource("ms").getURI();
                roles.put(ms, s.getResource("role").getURI().substring(ROLE.length()));
                names.computeIfAbsent(ms, k -> new TreeSet<>()).add(normal(s.getLiteral("name").getLexicalForm()));
            }
        }
        Set<String> matched = new TreeSet<>();
        for (String pair : row.organizations()) {
            String role = pair.substring(0, pair.indexOf(':'));
            String name = pair.substring(pair.indexOf(':') + 1);
            Set<String> accepted = spellings(name);
            String hit = roles.keySet().stream()
                    .filter(ms -> roles.get(ms).equals(role) && names.get(ms).stream().anyMatch(accepted::contains))
                    .findFirst().orElse(null);
            if (hit == null) {
                problems.add("organization missing: " + pair);
            } else {
                matched.add(hit);
            }
        }
        roles.keySet().stream().filter(ms -> !matched.contains(ms))
                .forEach(ms -> problems.add("graph has an organization the document does not give this role: " + roles.get(ms) + ":"
                        + names.get(ms)));
    }

    private static void conveners(Model model, Row row, String mechanism, List<String> problems) {
        Set<String> names = new TreeSet<>();
        for (QuerySolution s : select(model, """
                SELECT ?name WHERE {
                  <%s> tg:convenedBy ?a .
                  ?a tg:acronym|rdfs:label|skos:prefLabel|skos:altLabel|tg:iso2 ?name .
                }""".formatted(mechanism))) {
            names.add(normal(s.getLiteral("name").getLexicalForm()));
        }
        for (String convener : row.conveners()) {
            if (spellings(convener).stream().noneMatch(names::contains)) {
                problems.add("convener missing: " + convener + " (convenedBy names: " + names + ")");
            }
        }
        // A state convenes only where the reading names it (Italy, US, Japan, Korea, Norway): a state
        // that the row only mentions, such as a secretariat's seat, is no convener.
        Set<String> expected = new TreeSet<>();
        row.conveners().forEach(c -> expected.addAll(spellings(c)));
        for (QuerySolution s : select(model, """
                SELECT ?iso WHERE {
                  ?c a tg:Convening ; tg:mechanism <%s> ; tg:convener ?state ; tg:evidence/tg:sourceLine ?line .
                  ?state a tg:State ; tg:iso2 ?iso .
                  VALUES ?line { %s }
                }""".formatted(mechanism, row.lines().stream().map(String::valueOf).collect(Collectors.joining(" "))))) {
            String iso = s.getLiteral("iso").getLexicalForm();
            Set<String> stateNames = new TreeSet<>(spellings(iso));
            for (QuerySolution n : select(model, """
                    SELECT ?name WHERE { ?s tg:iso2 "%s" ; rdfs:label|skos:prefLabel|skos:altLabel ?name }""".formatted(iso))) {
                stateNames.add(normal(n.getLiteral("name").getLexicalForm()));
            }
            if (stateNames.stream().noneMatch(expected::contains) && !expected.contains(normal(iso))) {
                problems.add("state " + iso + " is a convener, but the document names it as none");
            }
        }
    }

    private static Set<String> spellings(String name) {
        Set<String> all = new TreeSet<>();
        all.add(normal(name));
        ALIASES.getOrDefault(name, List.of()).forEach(a -> all.add(normal(a)));
        return all;
    }

    private static String normal(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static String difference(Set<String> expected, Set<String> found) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(found);
        Set<String> extra = new TreeSet<>(found);
        extra.removeAll(expected);
        return " (missing " + missing + ", unexpected " + extra + ")";
    }

    private static List<QuerySolution> select(Model model, String query) {
        try (QueryExecution qe = QueryExecution.model(model).query(PREFIXES + query).build()) {
            List<QuerySolution> out = new ArrayList<>();
            qe.execSelect().forEachRemaining(out::add);
            return out;
        }
    }

    /** A row's own lines run up to the line before the next row; borrowed lines are added. */
    private static List<Row> readRows() throws IOException {
        List<CSVRecord> records;
        try (InputStream in = DocumentReadingTest.class.getResourceAsStream("/expected/rows.csv")) {
            if (in == null) {
                throw new IOException("expected/rows.csv is missing from the test resources");
            }
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int first = Integer.parseInt(r.get("first_line"));
            int last = i + 1 < records.size() ? Integer.parseInt(records.get(i + 1).get("first_line")) - 1 : first;
            Set<Integer> lines = IntStream.rangeClosed(first, last).boxed().collect(Collectors.toCollection(TreeSet::new));
            split(r.get("borrowed_lines")).forEach(l -> lines.add(Integer.parseInt(l)));
            rows.add(new Row(first, r.get("name"), r.get("cadence"), new TreeSet<>(split(r.get("member_states"))),
                    new TreeSet<>(split(r.get("observer_states"))), split(r.get("organizations")),
                    split(r.get("conveners")), lines));
        }
        return rows;
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::trim).toList();
    }
}
