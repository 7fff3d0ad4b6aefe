package org.tocgraph.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tocgraph.config.Config;
import org.tocgraph.model.AgentRef;
import org.tocgraph.model.Coverage;
import org.tocgraph.model.Diagnostic;
import org.tocgraph.model.Diagnostic.Kind;
import org.tocgraph.model.Entry;
import org.tocgraph.pipeline.Pipeline;

/**
 * Readings that are uncertain are reported, and a truncated sentence is read only as far as it goes.
 * Expected values are read off data/source/000_1ac077aacd7d84d9.txt.
 */
class JudgementCallsTest {
    private static Interpreter.Result result;

    @BeforeAll
    static void convert() {
        result = Pipeline.run(Config.defaults()).result();
    }

    private static List<Diagnostic> ambiguities(int line) {
        return result.diagnostics().stream().filter(d -> d.kind() == Kind.AMBIGUITY && d.line() == line).toList();
    }

    private static boolean anyMessage(int line, String words) {
        return ambiguities(line).stream().anyMatch(d -> d.message().contains(words));
    }

    @Test
    void conveningOfficesAreReportedWithTheBodyRead() {
        // Line 78: "The Chairmanship follows that of ASEAN": the chair rotates among ASEAN's members.
        assertTrue(anyMessage(78, "chair's office") && anyMessage(78, "organization/asean"), ambiguities(78)
                .toString());
        // Line 98: "APEC host country"; line 93: "Bali Process co-chairmen".
        assertTrue(anyMessage(98, "host country's office"), ambiguities(98).toString());
        assertTrue(anyMessage(93, "co-chairs' office"), ambiguities(93).toString());
        // Line 14: "ECOSOC; UNODC" names bodies: nothing to report.
        assertTrue(ambiguities(14).stream().noneMatch(d -> d.column() != null
                && d.column().header().equals("Convening bodies")), ambiguities(14).toString());
    }

    @Test
    void hedgedAndMinimumCadencesAreReported() {
        assertTrue(anyMessage(70, "hedges the cadence") && anyMessage(70, "biennial"), ambiguities(70).toString());
        assertTrue(anyMessage(59, "minimum") && anyMessage(59, "monthly"), ambiguities(59).toString());
    }

    @Test
    void aCellEndingMidSentenceIsReported() {
        // Line 108 ends "CITES Task Force on illegal trade in specimens of".
        assertTrue(anyMessage(108, "ends mid-sentence on \"of\""), ambiguities(108).toString());
    }

    @Test
    void hornOfAfricaCoversOnlyItsCoreCountries() {
        // Line 30: "Covers the Horn of Africa, Egypt, Eritrea, Ethiopia, and Sudan as Core Countries; while
        // Djibouti, Kenya, Libya, Somalia, South Sudan, and Tunisia" -- the second clause lost its verb.
        Entry hoai = result.entries().stream().filter(e -> e.mechanism().equals("hoai")).findFirst().orElseThrow();
        Set<String> covered = new TreeSet<>();
        for (Coverage c : hoai.coverage()) {
            if (c.area().kind() == org.tocgraph.model.AgentKind.STATE) {
                covered.add(c.area().id());
            }
        }
        assertEquals(Set.of("EG", "ER", "ET", "SD"), covered);
        // Line 28 still makes Djibouti, Kenya, Somalia and South Sudan members.
        Set<AgentRef> members = new TreeSet<>();
        hoai.memberships().forEach(m -> members.add(m.member()));
        for (String iso : List.of("DJ", "KE", "SO", "SS")) {
            assertTrue(members.contains(AgentRef.state(iso)), iso);
        }
    }

    @Test
    void anIgnoreDecisionTakesOnlyMembershipOrCoverage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("decisions.csv");
        Files.writeString(file, "line,row,column,text,decision,value,reason\n30,,Members,Kenya,ignore,member,why\n");
        InterpretException e = assertThrows(InterpretException.class, () -> Curation.load(file));
        assertTrue(e.getMessage().contains("[line 2]") && e.getMessage().contains("'member'"), e.getMessage());
    }
}
