package org.tocgraph.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code service.allow} takes only absolute http(s) URLs, and a refusal names where the value came from. */
class ConfigServiceAllowTest {

    @Test
    void acceptsHttpAndHttpsEndpointsAndNone() {
        Config c = Config.defaults().with("service.allow",
                "https://query.wikidata.org/sparql, http://127.0.0.1:3031/q");
        assertEquals(List.of("https://query.wikidata.org/sparql", "http://127.0.0.1:3031/q"), c.serviceAllow());
        assertEquals(List.of(), Config.defaults().with("service.allow", "").serviceAllow());
    }

    @Test
    void refusesWhatIsNoHttpUrl() {
        for (String bad : List.of("notaurl", "file:///etc/passwd", "/sparql", "https:sparql", "ftp://example.org/",
                "http://[bad/")) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> Config.defaults().with("service.allow", "https://query.wikidata.org/sparql," + bad));
            assertEquals("'service.allow' in option: '" + bad + "' is not an absolute http or https URL with a host",
                    e.getMessage());
        }
        ConfigException e = assertThrows(ConfigException.class,
                () -> Config.defaults().with("service.allow", "https://user:secret@example.org/sparql"));
        assertEquals("'service.allow' in option: 'https://user:secret@example.org/sparql' has a user name;"
                + " an endpoint URL must not", e.getMessage());
    }

    @Test
    void refusalNamesTheEnvironmentVariableOrFile(@TempDir Path dir) throws IOException {
        ConfigException env = assertThrows(ConfigException.class,
                () -> Config.defaults().withEnv(Map.of("TOCGRAPH_SERVICE_ALLOW", "notaurl")));
        assertEquals("'service.allow' in environment variable TOCGRAPH_SERVICE_ALLOW: 'notaurl' is not an absolute"
                + " http or https URL with a host", env.getMessage());
        Path file = Files.writeString(dir.resolve("tocgraph.properties"), "service.allow = file:///etc/passwd\n");
        ConfigException fromFile = assertThrows(ConfigException.class, () -> Config.defaults().withFile(file));
        assertEquals("'service.allow' in " + file + ": 'file:///etc/passwd' is not an absolute http or https URL"
                + " with a host", fromFile.getMessage());
    }
}
