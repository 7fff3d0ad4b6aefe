package org.tocgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class NamesTest {

    /** The normalized column was computed by the reference build, not by this class: every row must agree. */
    @Test
    void agreesWithEveryRowOfAliasesCsv() throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        int rows = 0;
        try (Reader in = Files.newBufferedReader(Path.of("data/reference/aliases.csv"), StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord r : parser) {
                assertEquals(r.get("alias_normalized"), Names.normalize(r.get("alias")),
                        "row " + r.getRecordNumber() + ": " + r.get("alias"));
                rows++;
            }
        }
        // Far more rows than the 99 document forms: the check covers the dataset names too.
        assertTrue(rows > 500, "rows read: " + rows);
    }

    @Test
    void stripsDiacriticsAndStraightensQuotes() {
        assertEquals("cote d'ivoire", Names.normalize("Côte d’Ivoire"));
        assertEquals("cote d'ivoire", Names.normalize("Côte d'Ivoire"));
        assertEquals("sao tome and principe", Names.normalize("São Tomé and Príncipe"));
        assertEquals("turkiye", Names.normalize("Türkiye"));
        assertEquals("\"quoted\" name", Names.normalize("“Quoted” name"));
    }

    @Test
    void removesOneLeadingThe() {
        assertEquals("philippines", Names.normalize("the Philippines"));
        assertEquals("gambia", Names.normalize("The Gambia"));
        assertEquals("the x", Names.normalize("the the X"));
        assertEquals("theodore", Names.normalize("Theodore"));
        assertEquals("bali process on the sea", Names.normalize("Bali Process on the Sea"));
    }

    @Test
    void collapsesAllKindsOfSpace() {
        assertEquals("bosnia and herzegovina", Names.normalize("Bosnia\u00A0and Herzegovina"));
        assertEquals("bosnia and herzegovina", Names.normalize("  Bosnia \u202F\tand\nHerzegovina  "));
        assertEquals("philippines", Names.normalize("\u00A0the\u00A0Philippines"));
        assertEquals("viet nam", Names.normalize("Viet\u2003Nam"));
    }

    @Test
    void caseFoldsBeyondLowerCase() {
        assertEquals("strasse", Names.normalize("STRAßE"));
        assertEquals("fiji", Names.normalize("ﬁji"));
        assertEquals("kyrgyz republic", Names.normalize("KYRGYZ REPUBLIC"));
    }
}
