package org.tocgraph.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

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
 * @param curationDir    reviewed curation decisions and reading rules
 * @param queriesDir     named SPARQL queries
 * @param ontologyDir    ontology, shapes and examples
 * @param queryTimeoutMs SPARQL query timeout in milliseconds
 * @param serviceAllow   endpoints a SPARQL {@code SERVICE} clause may call
 * @param strict         strict mode: unresolved names and other reading warnings are errors
 */
public record Config(String base, String host, int port, Path input, Path referenceDir,
        Path curationDir, Path queriesDir, Path ontologyDir, long queryTimeoutMs,
        List<String> serviceAllow, boolean strict) {

    /** The keys accepted in a properties file, and (upper-cased, dots to underscores) in the environment. */
    public static final List<String> KEYS = List.of("base", "host", "port", "input", "reference.dir",
            "curation.dir", "queries.dir", "ontology.dir", "query.timeout.ms", "service.allow", "strict");

    public static final Path DEFAULT_INPUT = Path.of("data/source/000_1ac077aacd7d84d9.txt");

    public Config {
        Iris.checkBase(base);
        if (port < 0 || port > 65535) {
            throw new ConfigException("port must be between 0 and 65535: " + port);
        }
        if (queryTimeoutMs <= 0) {
            throw new ConfigException("query.timeout.ms must be positive: " + queryTimeoutMs);
        }
        serviceAllow = List.copyOf(serviceAllow);
    }

    /** Built-in defaults: loopback, port 3030, the committed source and data folders. */
    public static Config defaults() {
        return new Config(Iris.DEFAULT_BASE, "127.0.0.1", 3030, DEFAULT_INPUT, Path.of("data/reference"),
                Path.of("data/curation"), Path.of("queries"), Path.of("ontology"), 10_000,
                List.of("https://query.wikidata.org/sparql"), false);
    }

    /** Layers a properties file over this configuration. */
    public Config withFile(Path file) {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Config c = this;
        for (String key : props.stringPropertyNames()) {
            c = c.with(key, props.getProperty(key), file.toString());
        }
        return c;
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
        String v = value.trim();
        try {
            return switch (key) {
                case "base" -> new Config(v, host, port, input, referenceDir, curationDir, queriesDir,
                        ontologyDir, queryTimeoutMs, serviceAllow, strict);
                case "host" -> new Config(base, v, port, input, referenceDir, curationDir, queriesDir,
                        ontologyDir, queryTimeoutMs, serviceAllow, strict);
                case "port" -> new Config(base, host, Integer.parseInt(v), input, referenceDir, curationDir,
                        queriesDir, ontologyDir, queryTimeoutMs, serviceAllow, strict);
                case "input" -> new Config(base, host, port, Path.of(v), referenceDir, curationDir, queriesDir,
                        ontologyDir, queryTimeoutMs, serviceAllow, strict);
                case "reference.dir" -> new Config(base, host, port, input, Path.of(v), curationDir,
                        queriesDir, ontologyDir, queryTimeoutMs, serviceAllow, strict);
                case "curation.dir" -> new Config(base, host, port, input, referenceDir, Path.of(v),
                        queriesDir, ontologyDir, queryTimeoutMs, serviceAllow, strict);
                case "queries.dir" -> new Config(base, host, port, input, referenceDir, curationDir,
                        Path.of(v), ontologyDir, queryTimeoutMs, serviceAllow, strict);
                case "ontology.dir" -> new Config(base, host, port, input, referenceDir, curationDir,
                        queriesDir, Path.of(v), queryTimeoutMs, serviceAllow, strict);
                case "query.timeout.ms" -> new Config(base, host, port, input, referenceDir, curationDir,
                        queriesDir, ontologyDir, Long.parseLong(v), serviceAllow, strict);
                case "service.allow" -> new Config(base, host, port, input, referenceDir, curationDir,
                        queriesDir, ontologyDir, queryTimeoutMs,
                        v.isEmpty() ? List.of() : Arrays.stream(v.split("[,\\s]+")).toList(), strict);
                case "strict" -> new Config(base, host, port, input, referenceDir, curationDir, queriesDir,
                        ontologyDir, queryTimeoutMs, serviceAllow, parseBoolean(v));
                default -> throw new ConfigException("unknown configuration key '" + key + "' in " + origin
                        + "; known keys: " + String.join(", ", KEYS));
            };
        } catch (NumberFormatException e) {
            throw new ConfigException("'" + key + "' in " + origin + " is not a number: " + value);
        } catch (IllegalArgumentException e) {
            if (e instanceof ConfigException) {
                throw e;
            }
            throw new ConfigException("'" + key + "' in " + origin + ": " + e.getMessage());
        }
    }

    private static boolean parseBoolean(String v) {
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException("not a boolean: " + v);
        };
    }
}
