package org.tocgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.tocgraph.rdf.TurtleOutput;

/**
 * The data dumps, generated once: every syntax of {@link RdfSyntax}, plain and gzipped, each with a
 * {@code sha256sum}-style checksum file, under versioned names ({@code tocgraph-0.1.0.ttl}) and stable
 * aliases ({@code tocgraph.ttl}) that are the same bytes.
 *
 * <p>The Turtle dump is written by the converter's canonical writer ({@link TurtleOutput}), so it is
 * byte for byte the file {@code convert} writes ({@code data/release/tocgraph.ttl}). The single-graph
 * syntaxes hold the data; TriG holds the endpoint's whole dataset: the data as the default graph, the
 * ontology and the dataset description as named graphs. The description lists the dumps with their
 * checksums, so TriG is built in a second step ({@link #withTrig}) from a description made without it.
 */
final class Downloads {

    /** One downloadable file. {@code syntax} is null for checksum files. */
    static final class Download {
        final String name;
        final String contentType;
        final byte[] bytes;
        final String sha256;
        final RdfSyntax syntax;
        final boolean gzip;

        Download(String name, String contentType, byte[] bytes, RdfSyntax syntax, boolean gzip) {
            this.name = name;
            this.contentType = contentType;
            this.bytes = bytes;
            this.sha256 = sha256(bytes);
            this.syntax = syntax;
            this.gzip = gzip;
        }

        boolean isDump() {
            return syntax != null;
        }
    }

    static final String PREFIX = "tocgraph";
    static final String SUMS = "SHA256SUMS";

    private final String version;
    private final List<Download> dumps;
    private final Map<String, Download> byName;

    private Downloads(String version, List<Download> dumps) {
        this.version = version;
        this.dumps = Collections.unmodifiableList(dumps);
        Map<String, Download> names = new LinkedHashMap<>();
        StringBuilder sums = new StringBuilder();
        for (Download d : dumps) {
            Download sum = checksumFile(d);
            String alias = alias(d);
            names.put(d.name, d);
            names.put(alias, d);
            names.put(sum.name, sum);
            names.put(alias + ".sha256", sum);
            sums.append(d.sha256).append("  ").append(d.name).append('\n');
        }
        names.put(SUMS, new Download(SUMS, "text/plain; charset=utf-8",
                sums.toString().getBytes(StandardCharsets.UTF_8), null, false));
        this.byName = Collections.unmodifiableMap(names);
    }

    /**
     * The single-graph dumps: Turtle of {@code published} as the converter writes it, the other syntaxes of
     * {@code data} (the same triples, with the prefixes the server adds for readability).
     */
    static Downloads build(Model published, Graph data, String version) {
        List<Download> dumps = new ArrayList<>();
        for (RdfSyntax syntax : RdfSyntax.GRAPH_SYNTAXES) {
            addDump(dumps, syntax, version, () -> serialize(published, data, syntax));
        }
        dumps.sort(Comparator.comparing(d -> d.syntax));
        return new Downloads(version, dumps);
    }

    /** These dumps plus TriG of the whole dataset. */
    Downloads withTrig(DatasetGraph dataset) {
        List<Download> all = new ArrayList<>(dumps);
        addDump(all, RdfSyntax.TRIG, version, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(dataset).format(RdfSyntax.TRIG.format).output(out);
            return out.toByteArray();
        });
        return new Downloads(version, all);
    }

    private static void addDump(List<Download> dumps, RdfSyntax syntax, String version, Supplier<byte[]> writer) {
        byte[] plain;
        try {
            plain = writer.get();
        } catch (RuntimeException e) {
            // E.g. a predicate RDF/XML cannot write. Fail the start: a missing dump must not go unnoticed.
            throw new ServerException("cannot write the " + syntax.label + " dump: " + e.getMessage(), e);
        }
        String name = fileName(version, syntax, false);
        dumps.add(new Download(name, syntax.contentType(), plain, syntax, false));
        dumps.add(new Download(name + ".gz", "application/gzip", gzip(plain), syntax, true));
    }

    /** The versioned file name of a dump, e.g. {@code tocgraph-0.1.0.trig.gz}. */
    static String fileName(String version, RdfSyntax syntax, boolean gzip) {
        return PREFIX + "-" + version + "." + syntax.extension + (gzip ? ".gz" : "");
    }

    String version() {
        return version;
    }

    /** The versioned dump files, plain and gzipped, in {@link RdfSyntax} order. */
    List<Download> dumps() {
        return dumps;
    }

    /** A file by versioned name or alias, including checksum files and {@code SHA256SUMS}. */
    Optional<Download> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The versioned dump of one syntax. */
    Download dump(RdfSyntax syntax, boolean gzip) {
        return built(syntax, gzip).orElseThrow();
    }

    /** The versioned dump of one syntax, unless it is not built yet (TriG before {@link #withTrig}). */
    Optional<Download> built(RdfSyntax syntax, boolean gzip) {
        return dumps.stream().filter(d -> d.syntax == syntax && d.gzip == gzip).findFirst();
    }

    /** The stable alias of a versioned file name: {@code tocgraph-0.1.0.ttl} to {@code tocgraph.ttl}. */
    String alias(Download d) {
        return PREFIX + d.name.substring((PREFIX + "-" + version).length());
    }

    private static Download checksumFile(Download d) {
        // Same line format as sha256sum, so "sha256sum -c" works next to the downloaded file.
        String line = d.sha256 + "  " + d.name + "\n";
        return new Download(d.name + ".sha256", "text/plain; charset=utf-8",
                line.getBytes(StandardCharsets.UTF_8), null, false);
    }

    private static byte[] serialize(Model published, Graph graph, RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (syntax) {
            case TURTLE -> {
                try {
                    TurtleOutput.write(published, out);
                } catch (IllegalArgumentException blankNodes) {
                    // Not the converter's output (it mints an IRI for every node): Jena's writer takes any graph.
                    out.reset();
                    RDFWriter.source(published.getGraph()).format(syntax.format).output(out);
                }
            }
            case NTRIPLES -> {
                // Sorted lines make dumps of the same data identical and versions diffable.
                RDFWriter.source(graph).format(syntax.format).output(out);
                StringBuilder sorted = new StringBuilder(out.size());
                out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).sorted()
                        .forEach(l -> sorted.append(l).append('\n'));
                return sorted.toString().getBytes(StandardCharsets.UTF_8);
            }
            default -> RDFWriter.source(graph).format(syntax.format).output(out);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
