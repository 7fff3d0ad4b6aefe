package org.tocgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;

/**
 * A fact whose text stands in another row, or whose role a reviewer set, says so in its evidence:
 * following the evidence alone would otherwise lead to the wrong mechanism.
 */
class ReadingNoteTest {
    private static Model graph;

    @BeforeAll
    static void convert() {
        graph = Pipeline.run(Config.defaults()).model();
    }

    /** The notes on the membership of {@code member} in the mechanism, with the evidence's source line. */
    private static List<String> notes(String mechanism, String member) {
        String q = """
                PREFIX tg: <https://w3id.org/tocgraph/def#>
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?line ?note {
                  ?m org:organization <https://w3id.org/tocgraph/id/mechanism/%s> ;
                     org:member <https://w3id.org/tocgraph/id/%s> ; tg:evidence ?ev .
                  ?ev tg:sourceLine ?line .
                  OPTIONAL { ?ev tg:readingNote ?note }
                }""".formatted(mechanism, member);
        List<String> out = new ArrayList<>();
        try (var qe = QueryExecutionFactory.create(q, graph)) {
            qe.execSelect().forEachRemaining(s -> out.add(s.getLiteral("line").getInt() + ": "
                    + (s.contains("note") ? s.getLiteral("note").getString() : "-")));
        }
        return out;
    }

    @Test
    void spilledTextSaysWhichRowItWasMovedTo() {
        // Line 65 is RAI's row, but its first word "WBG" ends GRECO's list on line 64 ("EBRD,").
        List<String> wbg = notes("greco", "organization/wbg");
        assertEquals(1, wbg.size(), wbg.toString());
        assertTrue(wbg.get(0).startsWith("65: Attributed to Group of States against Corruption"), wbg.toString());
        assertTrue(wbg.get(0).contains("spill-over rule"), wbg.toString());
        // Line 78 is the ASEAN drug row; "UNODC, CTED as observers" ends GAFILAT's cell.
        List<String> cted = notes("gafilat", "organization/cted");
        assertTrue(cted.size() == 1 && cted.get(0).startsWith("78: Attributed to GAFILAT"), cted.toString());
    }

    @Test
    void curatedRoleQuotesTheDecision() {
        // Line 107: "the SC systematically includes a representative from the Depositary Government (Switzerland)".
        List<String> ch = notes("cites-sc", "state/CH");
        assertEquals(1, ch.size(), ch.toString());
        assertTrue(ch.get(0).startsWith("107: Role member set by a curation decision"), ch.toString());
    }

    @Test
    void factsReadWhereTheyStandHaveNoNote() {
        // Line 48: "Belarus Mongolia and Afghanistan are observers", in SCO's own row.
        assertEquals(List.of("48: -"), notes("sco", "state/MN"));
    }
}
