package org.tocgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user runs it: exit codes, output files, messages. */
class CliTest {
    record Run(int code, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void convertIsDeterministicAndMatchesTheCommittedRelease(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.ttl");
        Path b = dir.resolve("b.ttl");
        assertEquals(0, run("convert", "--out", a.toString()).code());
        assertEquals(0, run("convert", "--out", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(Path.of("data/release/tocgraph.ttl")), Files.readAllBytes(a),
                "data/release/tocgraph.ttl is stale: run 'java -jar target/tocgraph.jar convert --out "
                        + "data/release/tocgraph.ttl' and review the diff");
        Model m = RDFDataMgr.loadModel(a.toString());
        assertTrue(m.size() > 5000);
    }

    @Test
    void badInputExitsNonZeroNamesFileAndLineAndWritesNothing(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.ttl");
        Run r = run("convert", "--input", "src/test/resources/bad/bad-wrong-cells.txt", "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad-wrong-cells.txt: [line 2]"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void badInputLeavesAnExistingOutputUntouched(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.ttl");
        Files.writeString(out, "previous release\n");
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {'M', 'e', 0, 1, 2, '\n'});
        Run r = run("convert", "--input", binary.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("binary.txt: [line 1]"), r.err());
        assertEquals("previous release\n", Files.readString(out));
    }

    @Test
    void unknownExtensionAndMissingFileAreClearErrors() {
        Run r = run("convert", "--input", "README.md");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("README.md: unknown input type"), r.err());
        r = run("convert", "--input", "no-such-file.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no-such-file.txt: no such file"), r.err());
    }

    @Test
    void inputThatIsADirectoryIsNamedSo(@TempDir Path dir) {
        assertOneLineError(run("convert", "--input", dir.toString()),
                dir + ": is a directory; give the document's file");
        assertOneLineError(run("report", "--input", "data/source"),
                "data/source: is a directory; give the document's file");
    }

    @Test
    void queryByNameAsCsv() {
        Run r = run("query", "states-by-mechanism-count", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("state,name,iso2,mechanisms,mechanismNames"), r.out());
        assertTrue(r.out().contains(",Kazakhstan,KZ,6,"), r.out());
        Run bad = run("query", "no-such-query");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("memberships"), "lists the available queries: " + bad.err());
    }

    @Test
    void statesAsCsvMarkTerritoriesAndNonUnStates() {
        Run r = run("query", "states", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        // The earlier columns keep their order; the status columns come last.
        assertEquals("state,name,iso2,iso3,m49,geonames,wikidata,unMember,status", lines.get(0));
        // countries.csv: Puerto Rico (line 76) is a territory of the US, Kosovo (line 60) has no M49 code.
        assertTrue(lines.contains("https://w3id.org/tocgraph/id/state/PR,Puerto Rico,PR,PRI,630,"
                + "https://sws.geonames.org/4566966/,http://www.wikidata.org/entity/Q1183,false,territory"), r.out());
        assertTrue(lines.contains("https://w3id.org/tocgraph/id/state/XK,Kosovo,XK,XKX,,"
                + "https://sws.geonames.org/831053/,http://www.wikidata.org/entity/Q1246,false,partially recognized"),
                r.out());
    }

    /** The SCO population query (queries/) with its Wikidata endpoint replaced. */
    private static Path populationQuery(Path dir, String name, String endpoint) throws IOException {
        String text = Files.readString(Path.of("queries", "member-state-population.rq"), StandardCharsets.UTF_8)
                .replace("<https://query.wikidata.org/sparql>", "<" + endpoint + ">");
        Path file = dir.resolve(name + ".rq");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void queryRefusesAServiceOffTheAllowListBeforeConnecting(@TempDir Path dir) throws IOException {
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + trap.getLocalPort() + "/sparql";
            Path q = populationQuery(dir, "internal", url);
            Run r = run("query", q.toString(), "--format", "csv");
            assertEquals(2, r.code(), r.err());
            assertEquals(List.of("tocgraph: " + q + ": SERVICE <" + url + "> is not allowed. Allowed endpoints:"
                    + " https://query.wikidata.org/sparql (--service-allow sets the list)"), r.err().lines().toList());
            assertEquals("", r.out());
            // A connection attempt would be waiting in the backlog; none is.
            trap.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, trap::accept);
        }
    }

    @Test
    void aFailingEndpointIsOneLineNamingItWithNothingOnStdout(@TempDir Path dir) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/sparql";
        Path q = populationQuery(dir, "closed", url);
        Run r = run("query", q.toString(), "--service-allow", url);
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("tocgraph: " + q + ": SERVICE <" + url + "> failed: it is unreachable (connection refused)."),
                r.err().lines().toList());
        assertEquals("", r.out(), "no header or partial table");
    }

    @Test
    void federatedQueryThroughAnAllowedEndpoint(@TempDir Path dir) throws IOException {
        Dataset sample = DatasetFactory.create(RDFDataMgr.loadModel("src/test/resources/wikidata-sample.ttl"));
        FusekiServer standIn = FusekiServer.create().loopback(true).port(0).add("/wikidata", sample, false).build()
                .start();
        try {
            String url = "http://localhost:" + standIn.getPort() + "/wikidata/sparql";
            Run ok = run("query", populationQuery(dir, "sample", url).toString(), "--format", "csv",
                    "--service-allow", url);
            assertEquals(0, ok.code(), ok.err());
            // Line 48 names India an SCO member; the sample gives it the largest population.
            assertTrue(ok.out().lines().toList().get(1).contains(",India,IN,"), ok.out());
            String missing = "http://localhost:" + standIn.getPort() + "/no-such-dataset/sparql";
            Path q = populationQuery(dir, "missing", missing);
            Run notFound = run("query", q.toString(), "--service-allow", missing);
            assertEquals(2, notFound.code(), notFound.err());
            assertEquals(List.of("tocgraph: " + q + ": SERVICE <" + missing + "> failed: it answered HTTP 404 Not Found."),
                    notFound.err().lines().toList());
            assertEquals("", notFound.out());
        } finally {
            standIn.stop();
        }
    }

    @Test
    void reportListsEveryKindOfJudgement() {
        Run r = run("report");
        assertEquals(0, r.code(), r.err());
        // The summary names the file, not where the checkout lives: 115 lines, 47 rows.
        assertTrue(r.out().contains("\n000_1ac077aacd7d84d9.txt: 115 lines, 47 rows"), r.out().lines().limit(3)
                .toList().toString());
        for (String section : List.of("Rule-based reassignments", "Curation decisions", "Remaining ambiguities",
                "Duplicates", "Conflicting figures", "Counts that disagree", "Unresolved names", "Skipped lines")) {
            assertTrue(r.out().contains("## " + section), section);
        }
        // Line 64 ends "EBRD," and line 65 starts "WBG Albania": WBG belongs to GRECO's list.
        assertTrue(r.out().contains("| 65 | Members | WBG | moved to the row above"), r.out());
        // FATF: "38 member states" (line 18) against "42 member states" (line 45).
        assertTrue(r.out().contains("line 18 says \"38 member states\" but line 45 says \"42 member states\""));
        // Bali Process: "45 member states" (line 49) against "48 members" (line 93), and nine against 10
        // observer organizations.
        assertTrue(r.out().contains("line 49 says \"45 member states\" but line 93 says \"48 members\""), r.out());
        assertTrue(r.out().contains("line 49 says \"nine observer organisations\" but line 93 says"
                + " \"10 multilateral agencies and organisations\""), r.out());
    }

    /** The summary counts memberships as the graph has them: the duplicate rows' shared ones once. */
    @Test
    void reportSummaryCountsTheGraphsMemberships() {
        Model m = RDFDataMgr.loadModel("data/release/tocgraph.ttl");
        String q = "PREFIX tg: <https://w3id.org/tocgraph/def#> SELECT (COUNT(?x) AS ?n) "
                + "{ ?x a tg:Membership ; tg:basis tg:%s }";
        long stated = count(m, q.formatted("stated"));
        long inferred = count(m, q.formatted("inferred"));
        assertTrue(stated > 250 && inferred > 0, stated + " / " + inferred);
        String out = run("report").out();
        assertTrue(out.contains(stated + " stated and " + inferred + " inferred memberships"), out.lines().limit(4)
                .toList().toString());
    }

    private static long count(Model m, String query) {
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(query, m)) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void strictModePassesOnTheDocumentBecauseEveryJudgementIsCurated() {
        assertEquals(0, run("convert", "--strict").code());
    }

    @Test
    void validateFailsOnABrokenGraph(@TempDir Path dir) throws IOException {
        String ttl = Files.readString(Path.of("data/release/tocgraph.ttl"));
        // Drop every line giving a source line: each fact's evidence then lacks tg:sourceLine.
        String broken = ttl.replaceAll("(?m)^\\s*tg:sourceLine \\d+ ;\\n", "");
        Path f = dir.resolve("broken.ttl");
        Files.writeString(f, broken);
        Run r = run("validate", "--data", f.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("tg:sourceLine"), r.out());
        assertEquals(0, run("validate", "--data", "data/release/tocgraph.ttl").code());
    }

    /** Exit code 2 and one line, in words: no Java class name, no stack frame, no temporary file. */
    static void assertOneLineError(Run r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals("tocgraph: " + expected, r.err().strip(), "exactly this one line");
        assertFalse(r.err().contains("Exception") || r.err().contains("java.") || r.err().contains(".tmp"),
                r.err());
    }

    @Test
    void outThatCannotBeWrittenIsAOneLineErrorAndLeavesNothing(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("file.csv"), "Mechanism\n");
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path missing = dir.resolve("missing/x.ttl");
        for (String command : List.of("convert", "report")) {
            assertOneLineError(run(command, "--out", sub.toString()), "--out " + sub + ": is a directory");
            assertOneLineError(run(command, "--out", file.resolve("x.ttl").toString()),
                    "--out " + file.resolve("x.ttl") + ": " + file + " is not a directory");
            assertOneLineError(run(command, "--out", missing.toString()),
                    "--out " + missing + ": directory " + missing.getParent() + " does not exist");
            assertOneLineError(run(command, "--out="), "--out \"\": no file name given");
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of("file.csv", "sub"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("Mechanism\n", Files.readString(file));
        try (var files = Files.list(sub)) {
            assertEquals(0, files.count());
        }
    }

    /** Like a shell redirection: the link stays and the file it leads to gets the output. */
    @Test
    void outThroughASymbolicLinkWritesTheFileItLeadsTo(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("report-2025.md"), "old report\n");
        Path link = Files.createSymbolicLink(dir.resolve("report.md"), real.getFileName());
        Run r = run("report", "--out", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).contains("## Skipped lines"));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void dataFileThatIsNoGraphIsAOneLineError(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b\n");
        Path empty = Files.writeString(dir.resolve("empty.ttl"), "@prefix ex: <http://example.org/> .\n");
        Path csv = Files.writeString(dir.resolve("table.csv"), "Mechanism\n");
        Path txt = Files.writeString(dir.resolve("notes.txt"), "<a> <b> <c> .\n");
        for (List<String> command : List.of(List.of("validate"), List.of("query", "memberships"))) {
            assertOneLineError(run(args(command, "--data", broken)),
                    broken + ": [line 3, column 1] Unrecognized (expected an RDF Term): [EOF]");
            assertOneLineError(run(args(command, "--data", empty)), empty + ": holds no triples (an empty graph)");
            assertOneLineError(run(args(command, "--data", dir)), dir + ": is a directory");
            assertOneLineError(run(args(command, "--data", dir.resolve("none.ttl"))),
                    dir.resolve("none.ttl") + ": no such file");
            for (Path f : List.of(csv, txt)) {
                String ext = f.toString().substring(f.toString().lastIndexOf('.'));
                assertOneLineError(run(args(command, "--data", f)), f + ": cannot read as RDF: unknown RDF syntax for '"
                        + ext + "'; use .ttl, .nt, .nq, .trig, .jsonld, .rdf, .owl");
            }
        }
    }

    private static String[] args(List<String> command, String option, Path value) {
        List<String> all = new java.util.ArrayList<>(command);
        all.add(option);
        all.add(value.toString());
        return all.toArray(String[]::new);
    }

    /**
     * RIOT logs a syntax error itself ("HH:MM:SS ERROR riot :: ...") unless told not to; only a separate
     * process shows that, since the log appender holds on to the standard error it found at start.
     */
    @Test
    void brokenDataFileIsReportedOnceWithNoLogLine(@TempDir Path dir) throws IOException, InterruptedException {
        Path broken = Files.writeString(dir.resolve("broken.ttl"), "@prefix ex: <http://example.org/> .\nex:a ex:b\n");
        assertEquals(List.of("tocgraph: " + broken + ": [line 3, column 1] Unrecognized (expected an RDF Term): [EOF]"),
                stderrOfFailedProcess(dir, "query", "memberships", "--data", broken.toString()));
    }

    /** Jena's graph sink would log "Only triples or default graph data expected" before the error. */
    @Test
    void namedGraphsOnlyIsOneLineWithNoLogLine(@TempDir Path dir) throws IOException, InterruptedException {
        Path trig = Files.writeString(dir.resolve("named.trig"), "<urn:x:g> { <urn:x:a> <urn:x:b> <urn:x:c> }\n");
        Path nq = Files.writeString(dir.resolve("named.nq"), "<urn:x:a> <urn:x:b> <urn:x:c> <urn:x:g> .\n");
        for (Path f : List.of(trig, nq)) {
            assertEquals(List.of("tocgraph: " + f + ": holds no triples in its default graph "
                    + "(named graphs are not read)"), stderrOfFailedProcess(dir, "validate", "--data", f.toString()));
        }
    }

    /** Runs tocgraph in a separate process, expecting exit code 2, and returns what it wrote to stderr. */
    private static List<String> stderrOfFailedProcess(Path dir, String... args) throws IOException,
            InterruptedException {
        Path err = dir.resolve("stderr.txt");
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "java").toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "finished");
        assertEquals(2, p.exitValue());
        return Files.readAllLines(err);
    }

    @Test
    void queryFileThatDoesNotParseIsOneLineWithItsPlace(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.rq"), "PREFIX org: <http://www.w3.org/ns/org#>\n"
                + "SELECT ?m WHERE {\n  ?m org:member ?x .\n  } }\n");
        assertOneLineError(run("query", bad.toString()),
                bad + ": [line 4, column 5] syntax error: unexpected \"}\"");
        Path open = Files.writeString(dir.resolve("open.rq"), "SELECT ?m WHERE { ?m ?p ?o\n");
        assertOneLineError(run("query", open.toString()),
                open + ": [line 1, column 27] syntax error: unexpected end of query");
        Path prefix = Files.writeString(dir.resolve("prefix.rq"), "SELECT ?m WHERE {\n  ?m org:member ?x }\n");
        assertOneLineError(run("query", prefix.toString()),
                prefix + ": [line 2, column 6] Unresolved prefixed name: org:member");
        Path update = Files.writeString(dir.resolve("insert.rq"), "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }\n");
        assertOneLineError(run("query", update.toString()),
                update + ": is a SPARQL update; only queries can be run");
    }

    @Test
    void serveOnAPortInUseIsOneLine() throws IOException {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertOneLineError(run("serve", "--port", Integer.toString(port)),
                    "cannot listen on 127.0.0.1:" + port + ": address already in use");
        }
    }

    /** Refused before the graph is built: a value that could never match would silently disable federation. */
    @Test
    void serviceAllowTakesOnlyHttpUrls() {
        for (String bad : List.of("notaurl", "file:///etc/passwd")) {
            assertOneLineError(run("serve", "--service-allow", bad),
                    "'service.allow' in option: '" + bad + "' is not an absolute http or https URL with a host");
        }
    }

    /** Each subcommand's line in the README's command-line section lists its options; shared ones follow. */
    @Test
    void readmeDocumentsEveryOption() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> shared = List.of("--config", "--base", "--strict", "--help", "--version");
        for (var sub : new picocli.CommandLine(new Main()).getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            String command = "java -jar target/tocgraph.jar " + sub.getKey() + " ";
            String line = readme.lines().filter(l -> l.startsWith(command)).findFirst()
                    .orElseThrow(() -> new AssertionError("no README line for " + sub.getKey()));
            for (var option : sub.getValue().getCommandSpec().options()) {
                String name = option.longestName();
                if (!shared.contains(name)) {
                    assertTrue(line.contains("[" + name + " "), sub.getKey() + " " + name + " in: " + line);
                }
            }
        }
        for (String option : List.of("`--config FILE`", "`--base IRI`", "`--strict`")) {
            assertTrue(readme.contains("Every subcommand also takes") && readme.contains(option), option);
        }
    }

    @Test
    void unreadableQueryOrConfigFileIsNamedInWords(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.rq"), new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        assertOneLineError(run("query", latin1.toString()), latin1 + ": not UTF-8 text");
        Path missing = dir.resolve("none.properties");
        assertOneLineError(run("validate", "--config", missing.toString()),
                "cannot read config file " + missing + ": no such file or directory");
        assertOneLineError(run("validate", "--config", dir.toString()),
                "cannot read config file " + dir + ": is a directory");
    }

    /** A device reads for ever (its size is 0, so no size check stops it); a FIFO blocks when opened. */
    @Test
    void inputThatIsADeviceOrPipeIsRefusedBeforeItIsOpened(@TempDir Path dir) throws Exception {
        Path dev = Path.of("/dev/null");
        assumeTrue(Files.exists(dev), "no /dev/null");
        Path fifo = org.tocgraph.io.InputFilesTest.fifo(dir);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String name : List.of("doc.txt", "data.ttl", "x.properties", "q.rq")) {
                Path link = Files.createSymbolicLink(dir.resolve("dev-" + name), dev);
                Path pipe = Files.createSymbolicLink(dir.resolve("pipe-" + name), fifo);
                for (Path p : List.of(link, pipe)) {
                    String refused = p + ": is not a regular file (a device or pipe)";
                    String s = p.toString();
                    switch (name) {
                        case "doc.txt" -> {
                            assertOneLineError(run("convert", "--input", s), refused);
                            assertOneLineError(run("report", "--input", s), refused);
                            assertOneLineError(run("serve", "--port", "0", "--input", s), refused);
                        }
                        case "data.ttl" -> {
                            assertOneLineError(run("query", "memberships", "--data", s), refused);
                            assertOneLineError(run("validate", "--data", s), refused);
                        }
                        case "x.properties" -> assertOneLineError(run("validate", "--config", s),
                                "cannot read config file " + refused);
                        default -> assertOneLineError(run("query", s), refused);
                    }
                    Files.delete(p);
                }
            }
        });
    }

    /** A parser recurses once per nesting level; running out of stack is the input's fault, not ours. */
    @Test
    void deeplyNestedDataIsOneLine(@TempDir Path dir) throws IOException {
        int depth = 100_000;
        Path ttl = Files.writeString(dir.resolve("deep.ttl"),
                "<urn:x:a> <urn:x:b> " + "(".repeat(depth) + ")".repeat(depth) + " .\n");
        Path jsonld = Files.writeString(dir.resolve("deep.jsonld"), "{\"@id\": \"urn:x:a\", \"urn:x:b\": "
                + "[".repeat(depth) + "]".repeat(depth) + "}\n");
        for (List<String> command : List.of(List.of("validate"), List.of("query", "memberships"))) {
            for (Path f : List.of(ttl, jsonld)) {
                Run r = run(args(command, "--data", f));
                assertEquals(2, r.code(), r.err());
                assertTrue(r.err().startsWith("tocgraph: " + f + ": "), r.err());
                assertEquals(1, r.err().strip().lines().count(), r.err());
                assertFalse(r.err().contains("Error") || r.err().contains("java."), r.err());
            }
        }
    }

    @Test
    void queryThatRunsTooLongTimesOut(@TempDir Path dir) throws IOException {
        StringBuilder turtle = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            turtle.append("<urn:x:s").append(i).append("> <urn:x:p> ").append(i).append(" .\n");
        }
        Path data = Files.writeString(dir.resolve("data.ttl"), turtle);
        Path config = Files.writeString(dir.resolve("fast.properties"), "query.timeout.ms=300\n");
        Path cross = Files.writeString(dir.resolve("cross.rq"),
                "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }\n");
        assertOneLineError(run("query", cross.toString(), "--data", data.toString(), "--config", config.toString()),
                cross + ": timed out after 300 ms (query.timeout.ms sets the limit; narrow the query)");
    }

    @Test
    void queryTooLargeOrDeepIsOneLine(@TempDir Path dir) throws IOException {
        Path flat = Files.writeString(dir.resolve("flat.rq"),
                "SELECT * {\n" + "?s ?p ?o .\n".repeat(100_000) + "}\n");
        assertOneLineError(run("query", flat.toString()), flat + ": too large or nested too deeply to parse");
        Path union = Files.writeString(dir.resolve("union.rq"),
                "SELECT * { " + String.join(" UNION ", java.util.Collections.nCopies(20_000, "{ ?s ?p ?o }")) + " }\n");
        Run r = run("query", union.toString(), "--data", "src/test/resources/wikidata-sample.ttl");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("tocgraph: " + union + ": too large or nested too deeply to run"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void queryFileThatIsEmptyOrADirectoryIsNamedSo(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.rq"), "\n");
        assertOneLineError(run("query", empty.toString()), empty + ": is empty; expected a SPARQL query");
        Path folder = Files.createDirectory(dir.resolve("folder.rq"));
        assertOneLineError(run("query", folder.toString()), folder + ": is a directory");
    }
}
