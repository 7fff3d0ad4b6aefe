package org.tocgraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration layers: defaults, then file, then environment, then options; and the release file. */
class ConfigTest {

    @Test
    void defaultsBindToLoopback() {
        Config c = Config.defaults();
        assertEquals("127.0.0.1", c.host());
        assertEquals(3030, c.port());
        assertEquals(List.of("https://query.wikidata.org/sparql"), c.serviceAllow());
    }

    @Test
    void laterLayersWin(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tocgraph.properties");
        Files.writeString(file, "port=4000\nhost=0.0.0.0\nquery.timeout.ms=500\n");
        Config fromFile = Config.defaults().withFile(file);
        assertEquals(4000, fromFile.port());
        Config fromEnv = fromFile.withEnv(Map.of("TOCGRAPH_PORT", "5000", "TOCGRAPH_SERVICE_ALLOW", ""));
        assertEquals(5000, fromEnv.port());
        assertEquals("0.0.0.0", fromEnv.host(), "a key the environment leaves alone keeps the file's value");
        assertEquals(List.of("https://query.wikidata.org/sparql"), fromEnv.serviceAllow(), "blank is ignored");
        Config fromOption = fromEnv.with("port", "6000");
        assertEquals(6000, fromOption.port());
        assertEquals(500, fromOption.queryTimeoutMs());
    }

    @Test
    void badValuesNameTheirOrigin(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "port=eighty\n");
        ConfigException e = assertThrows(ConfigException.class, () -> Config.defaults().withFile(file));
        assertTrue(e.getMessage().contains("'port' in " + file) && e.getMessage().contains("eighty"), e.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> Config.defaults().with("prot", "1"));
        assertTrue(unknown.getMessage().contains("unknown configuration key 'prot'"), unknown.getMessage());
        assertThrows(ConfigException.class, () -> Config.defaults().withEnv(Map.of("TOCGRAPH_PORT", "70000")));
    }

    @Test
    void releaseFileGivesVersionAndDate(@TempDir Path dir) throws IOException {
        Release committed = Release.load(Config.defaults().release());
        assertTrue(committed.version().matches("\\d+\\.\\d+\\.\\d+"), committed.version());
        Path good = dir.resolve("release.properties");
        Files.writeString(good, "version=1.2.0\ndate=2026-01-31\n");
        Release r = Release.load(good);
        assertEquals(new Release("1.2.0", LocalDate.of(2026, 1, 31)), r);
        assertEquals("2026-01-31T00:00:00Z", r.instant().toString());

        Path missing = dir.resolve("missing.properties");
        assertEquals("cannot read release file " + missing + ": no such file or directory",
                assertThrows(ConfigException.class, () -> Release.load(missing)).getMessage());
        Path noDate = dir.resolve("no-date.properties");
        Files.writeString(noDate, "version=1.2.0\n");
        assertTrue(assertThrows(ConfigException.class, () -> Release.load(noDate)).getMessage()
                .contains(noDate + ": needs both 'version' and 'date'"));
        Path badDate = dir.resolve("bad-date.properties");
        Files.writeString(badDate, "version=1.2.0\ndate=31/01/2026\n");
        assertTrue(assertThrows(ConfigException.class, () -> Release.load(badDate)).getMessage()
                .contains("31/01/2026"));
        Path badVersion = dir.resolve("bad-version.properties");
        Files.writeString(badVersion, "version=../../x\ndate=2026-01-31\n");
        assertThrows(ConfigException.class, () -> Release.load(badVersion));
    }
}
