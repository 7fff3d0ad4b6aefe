package org.tocgraph.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.tocgraph.io.FileException;
import org.tocgraph.io.InputFiles;
import org.tocgraph.rdf.Iris;

/**
 * The one immutable configuration of tocgraph. Values are layered: built-in defaults, then a
 * properties file, then {@code TOCGRAPH_*} environment variables, then command-line options.
 *
 * <pre>{@code
 * Config cfg = Config.defaults().withFile(Path.of("tocgraph.properties")).withEnv(System.getenv())
 *         .with("port", "8080");
 * }</pre>
 *
 * @param base           public base IRI; data IRIs are minted under {@code base + "id/"}
 * @param host           interface the server binds to (loopback by default)
 * @param port           server port; 0 picks a free one
 * @param input          the source document (text extraction, CSV or TSV)
 * @param referenceDir   curated reference data (countries, aliases, organizations, groups)
 * @param curationDir    reviewed curation decisions
 * @param rulesDir       general reading rules (role phrases, count nouns, markers, cadences)
 * @param queriesDir     named SPARQL queries
 * @param ontologyDir    ontology, shapes and examples
 * @param release        the release's properties: dataset version and release date
 * @param queryTimeoutMs SPARQL query timeout in milliseconds
 * @param serviceAllow   endpoints a SPARQL {@code SERVICE} clause may call
 * @param strict         strict mode: unresolved names and other reading warnings are errors
 */
public record Config(String base, String host, int port, Path input, Path referenceDir,
        Path curationDir, Path rulesDir, Path queriesDir, Path ontologyDir, Path release, long queryTimeoutMs,
        List<String> serviceAllow, boolean strict) {

    /** The keys accepted in a properties file, and (upper-cased, dots to underscores) in the environment. */
    public static final List<String> KEYS = List.of("base", "host", "port", "input", "reference.dir",
            "curation.dir", "rules.dir", "queries.dir", "ontology.dir", "release", "query.timeout.ms", "service.allow",
            "strict");

    public static final Path DEFAULT_INPUT = Path.of("data/source/000_1ac077aacd7d84d9.txt");

    /**
     * Environment variable naming the checkout whose data folders are the defaults; the {@code ./tocgraph}
     * script sets it, so that it need not change the user's working directory.
     */
    public static final String HOME_VARIABLE = "TOCGRAPH_HOME";

    public Config {
        Iris.checkBase(base);
        if (port < 0 || port > 65535) {
            throw new ConfigException("port must be between 0 and 65535: " + port);
        }
        if (queryTimeoutMs <= 0) {
            throw new ConfigException("query.timeout.ms must be positive: " + queryTimeoutMs);
        }
        serviceAllow = List.copyOf(serviceAllow);
        serviceAllow.forEach(Config::checkEndpoint);
    }

    /**
     * Built-in defaults: loopback, port 3030, the committed source and data folders relative to the
     * working directory.
     */
    public static Config defaults() {
        return defaults(Path.of(""));
    }

    /** Built-in defaults with the source and data folders under {@code home}, the checkout. */
    public static Config defaults(Path home) {
        return new Config(Iris.DEFAULT_BASE, "127.0.0.1", 3030, home.resolve(DEFAULT_INPUT),
                home.resolve("data/reference"), home.resolve("data/curation"), home.resolve("data/rules"),
                home.resolve("queries"), home.resolve("ontology"), home.resolve("data/release/release.properties"),
                10_000,
                List.of("https://query.wikidata.org/sparql"), false);
    }

    /**
     * The checkout the default folders are under: {@value #HOME_VARIABLE} if set, else the working
     * directory (an empty path, so that the defaults stay relative).
     */
    public static Path home(Map<String, String> env) {
        String home = env.get(HOME_VARIABLE);
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    /** A SERVICE endpoint must be a plain http(s) URL: anything else would never match the allow-list. */
    private static void checkEndpoint(String url) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            u = null;
        }
        String scheme = u == null || u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
            throw new ConfigException("'" + url + "' is not an absolute http or https URL with a host");
        }
        if (u.getRawUserInfo() != null) {
            throw new ConfigException("'" + url + "' has a user name; an endpoint URL must not");
        }
    }

    /** Layers a properties file over this configuration. */
    public Config withFile(Path file) {
        Properties props = readProperties(file, "config");
        Config c = this;
        for (String key : props.stringPropertyNames()) {
            c = c.with(key, props.getProperty(key), file.toString());
        }
        return c;
    }

    /**
     * Reads a UTF-8 properties file; {@code what} names it in the error ("cannot read config file x: ...").
     *
     * @throws ConfigException if it is not a readable regular file
     */
    static Properties readProperties(Path file, String what) {
        String refusal = InputFiles.refusal(file);
        if (refusal != null) {
            throw new ConfigException("cannot read " + what + " file " + file + ": " + refusal);
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + what + " file " + file + ": " + FileException.reason(e));
        }
        return props;
    }

    /** Layers {@code TOCGRAPH_*} environment variables, e.g. {@code TOCGRAPH_PORT}. */
    public Config withEnv(Map<String, String> env) {
        Config c = this;
        for (String key : KEYS) {
            String var = "TOCGRAPH_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
            String value = env.get(var);
            if (value != null && !value.isBlank()) {
                c = c.with(key, value, "environment variable " + var);
            }
        }
        return c;
    }

    /** Returns a copy with one key set, e.g. {@code with("port", "8080")}. */
    public Config with(String key, String value) {
        return with(key, value, "option");
    }

    private Config with(String key, String value, String origin) {
        if (!KEYS.contains(key)) {
            throw new ConfigException("unknown configuration key '" + key + "' in " + origin + "; known keys: "
                    + String.join(", ", KEYS));
        }
        Map<String, String> values = new java.util.LinkedHashMap<>(toMap());
        values.put(key, value.trim());
        try {
            return fromMap(values);
        } catch (NumberFormatException e) {
            throw new ConfigException("'" + key + "' in " + origin + " is not a number: " + value);
        } catch (ConfigException e) {
            throw new ConfigException("'" + key + "' in " + origin + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("'" + key + "' in " + origin + ": " + e.getMessage());
        }
    }

    /** This configuration as key-value text, in the order of {@link #KEYS}. */
    public Map<String, String> toMap() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("base", base);
        m.put("host", host);
        m.put("port", Integer.toString(port));
        m.put("input", input.toString());
        m.put("reference.dir", referenceDir.toString());
        m.put("curation.dir", curationDir.toString());
        m.put("rules.dir", rulesDir.toString());
        m.put("queries.dir", queriesDir.toString());
        m.put("ontology.dir", ontologyDir.toString());
        m.put("release", release.toString());
        m.put("query.timeout.ms", Long.toString(queryTimeoutMs));
        m.put("service.allow", String.join(",", serviceAllow));
        m.put("strict", Boolean.toString(strict));
        return m;
    }

    private static Config fromMap(Map<String, String> m) {
        String allow = m.get("service.allow");
        return new Config(m.get("base"), m.get("host"), Integer.parseInt(m.get("port")), Path.of(m.get("input")),
                Path.of(m.get("reference.dir")), Path.of(m.get("curation.dir")), Path.of(m.get("rules.dir")),
                Path.of(m.get("queries.dir")), Path.of(m.get("ontology.dir")), Path.of(m.get("release")),
                Long.parseLong(m.get("query.timeout.ms")),
                allow.isEmpty() ? List.of() : Arrays.stream(allow.split("[,\\s]+")).toList(),
                parseBoolean(m.get("strict")));
    }

    private static boolean parseBoolean(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException("not a boolean: " + v);
        };
    }
}
