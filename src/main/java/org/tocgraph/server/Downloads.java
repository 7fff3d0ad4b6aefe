package org.tocgraph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The data dumps, generated once: every syntax of {@link RdfSyntax}, plain and gzipped, each with a
 * {@code sha256sum}-style checksum file, under versioned names ({@code tocgraph-0.1.0.ttl}) and stable
 * aliases ({@code tocgraph.ttl}) that are the same bytes.
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

    private Downloads(String version, List<Download> dumps, Map<String, Download> byName) {
        this.version = version;
        this.dumps = dumps;
        this.byName = byName;
    }

    /** Serializes the graph in every syntax; the graph's prefix mapping is used where the syntax has prefixes. */
    static Downloads build(Graph graph, String version) {
        List<Download> dumps = new ArrayList<>();
        Map<String, Download> byName = new LinkedHashMap<>();
        StringBuilder sums = new StringBuilder();
        for (RdfSyntax syntax : RdfSyntax.values()) {
            byte[] plain;
            try {
                plain = serialize(graph, syntax);
            } catch (RuntimeException e) {
                // E.g. a predicate RDF/XML cannot write. Fail the start: a missing dump must not go unnoticed.
                throw new ServerException("cannot write the " + syntax.label + " dump: " + e.getMessage(), e);
            }
            String name = PREFIX + "-" + version + "." + syntax.extension;
            Download p = new Download(name, syntax.contentType(), plain, syntax, false);
            Download z = new Download(name + ".gz", "application/gzip", gzip(plain), syntax, true);
            for (Download d : List.of(p, z)) {
                dumps.add(d);
                Download sum = checksumFile(d);
                String alias = PREFIX + d.name.substring((PREFIX + "-" + version).length());
                byName.put(d.name, d);
                byName.put(alias, d);
                byName.put(sum.name, sum);
                byName.put(alias + ".sha256", sum);
                sums.append(d.sha256).append("  ").append(d.name).append('\n');
            }
        }
        byName.put(SUMS, new Download(SUMS, "text/plain; charset=utf-8",
                sums.toString().getBytes(StandardCharsets.UTF_8), null, false));
        return new Downloads(version, Collections.unmodifiableList(dumps), Collections.unmodifiableMap(byName));
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
        return dumps.stream().filter(d -> d.syntax == syntax && d.gzip == gzip).findFirst().orElseThrow();
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

    private static byte[] serialize(Graph graph, RdfSyntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (syntax) {
            case TRIG -> RDFWriter.source(DatasetGraphFactory.wrap(graph)).format(syntax.format).output(out);
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
