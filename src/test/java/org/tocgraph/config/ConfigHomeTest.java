package org.tocgraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The default data folders are under {@code TOCGRAPH_HOME} (the checkout, set by {@code ./tocgraph})
 * when it is set, else under the working directory; paths the user gives stay relative to the working
 * directory either way.
 */
class ConfigHomeTest {
    private static final Path HOME = Path.of("/opt/tocgraph");

    @Test
    void homeComesFromTheEnvironment() {
        assertEquals(HOME, Config.home(Map.of("TOCGRAPH_HOME", "/opt/tocgraph")));
        assertEquals(Path.of(""), Config.home(Map.of()));
        assertEquals(Path.of(""), Config.home(Map.of("TOCGRAPH_HOME", " ")));
    }

    @Test
    void defaultFoldersAreUnderHome() {
        Config c = Config.defaults(HOME);
        assertEquals(HOME.resolve("data/source/000_1ac077aacd7d84d9.txt"), c.input());
        assertEquals(HOME.resolve("data/reference"), c.referenceDir());
        assertEquals(HOME.resolve("data/curation"), c.curationDir());
        assertEquals(HOME.resolve("data/rules"), c.rulesDir());
        assertEquals(HOME.resolve("queries"), c.queriesDir());
        assertEquals(HOME.resolve("ontology"), c.ontologyDir());
        assertEquals(HOME.resolve("data/release/release.properties"), c.release());
    }

    @Test
    void withoutHomeTheDefaultsStayRelativeToTheWorkingDirectory() {
        Config c = Config.defaults(Config.home(Map.of()));
        assertEquals(Config.defaults(), c);
        assertEquals(Path.of("data/source/000_1ac077aacd7d84d9.txt"), c.input());
        assertEquals(Path.of("queries"), c.queriesDir());
    }

    @Test
    void pathsTheUserGivesAreNotMovedUnderHome() {
        Config c = Config.defaults(HOME).withEnv(Map.of("TOCGRAPH_HOME", HOME.toString(),
                "TOCGRAPH_QUERIES_DIR", "my-queries")).with("input", "drafts/2026.txt");
        assertEquals(Path.of("drafts/2026.txt"), c.input());
        assertEquals(Path.of("my-queries"), c.queriesDir());
        assertEquals(HOME.resolve("data/reference"), c.referenceDir());
    }

    /** The checkout as home, absolute (as the script gives it), finds the committed data. */
    @Test
    void theCheckoutAsHomeFindsTheCommittedData() {
        Config c = Config.defaults(Path.of("").toAbsolutePath());
        assertTrue(c.input().isAbsolute());
        assertTrue(Files.isRegularFile(c.input()), c.input().toString());
        assertTrue(Files.isRegularFile(c.release()), c.release().toString());
        for (Path dir : new Path[] {c.referenceDir(), c.curationDir(), c.rulesDir(), c.queriesDir(), c.ontologyDir()}) {
            assertTrue(Files.isDirectory(dir), dir.toString());
        }
    }
}
