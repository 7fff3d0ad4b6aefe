package org.tocgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    private static final String TURTLE = "<https://example.org/m/cnd> a <http://www.w3.org/ns/org#Organization> ;\n"
            + "    <http://www.w3.org/2000/01/rdf-schema#label> \"Commission on Narcotic Drugs (CND)\"@en .\n";

    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Writes a lot, so that part of it has reached the disk, and then fails. */
    private static void halfWayThenFail(java.io.OutputStream out, Exception failure) throws IOException {
        byte[] chunk = TURTLE.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 5000; i++) {
            out.write(chunk);
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        throw (RuntimeException) failure;
    }

    @Test
    void writesANewFile() throws IOException {
        Path target = tmp.resolve("mechanisms.ttl");
        AtomicFiles.writeString(target, TURTLE + "# C\u00f4te d\u2019Ivoire\n");
        assertEquals(TURTLE + "# C\u00f4te d\u2019Ivoire\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("mechanisms.ttl"), names(tmp));
    }

    /** A mistyped directory is an error, not a new directory holding the output where nobody looks. */
    @Test
    void missingDirectoryIsAnErrorNotCreated() throws IOException {
        Path target = tmp.resolve("out/graph/mechanisms.ttl");
        FileException e = assertThrows(FileException.class, () -> AtomicFiles.writeString(target, TURTLE));
        assertEquals(target + ": directory " + tmp.resolve("out/graph") + " does not exist", e.getMessage());
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void directoryThatIsAFileIsNamed() throws IOException {
        Path file = tmp.resolve("file.csv");
        Files.writeString(file, "Mechanism\n");
        for (Path target : List.of(file.resolve("x.ttl"), file.resolve("sub/x.ttl"))) {
            FileException e = assertThrows(FileException.class, () -> AtomicFiles.writeString(target, TURTLE));
            assertEquals(target + ": " + file + " is not a directory", e.getMessage());
        }
        assertEquals(List.of("file.csv"), names(tmp));
    }

    @Test
    void emptyPathIsRefused() {
        FileException e = assertThrows(FileException.class, () -> AtomicFiles.writeString(Path.of(""), TURTLE));
        assertEquals("\"\": no file name given", e.getMessage());
    }

    /** The link stays a link and what it points to gets the content, as with a shell redirection. */
    @Test
    void writesThroughASymbolicLink() throws IOException {
        Path real = Files.createDirectory(tmp.resolve("release")).resolve("tocgraph.ttl");
        Files.writeString(real, "old\n");
        Path link = Files.createSymbolicLink(tmp.resolve("current.ttl"), Path.of("release/tocgraph.ttl"));
        AtomicFiles.writeString(link, TURTLE);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("release/tocgraph.ttl"), Files.readSymbolicLink(link));
        assertEquals(TURTLE, Files.readString(real));
        assertEquals(List.of("tocgraph.ttl"), names(real.getParent()), "the temporary file was renamed away");
        assertEquals(real, AtomicFiles.destination(link));
    }

    @Test
    void danglingSymbolicLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("current.ttl"), tmp.resolve("new.ttl"));
        AtomicFiles.writeString(link, TURTLE);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(TURTLE, Files.readString(tmp.resolve("new.ttl")));
    }

    @Test
    void loopOfSymbolicLinksIsRefused() throws IOException {
        Path a = tmp.resolve("a.ttl");
        Files.createSymbolicLink(a, tmp.resolve("b.ttl"));
        Files.createSymbolicLink(tmp.resolve("b.ttl"), a);
        FileException e = assertThrows(FileException.class, () -> AtomicFiles.writeString(a, TURTLE));
        assertEquals(a + ": too many levels of symbolic links", e.getMessage());
    }

    @Test
    void symbolicLinkToADirectoryIsRefusedAndKept() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("dir"));
        Path link = Files.createSymbolicLink(tmp.resolve("out.ttl"), dir);
        FileException e = assertThrows(FileException.class, () -> AtomicFiles.writeString(link, TURTLE));
        assertEquals(link + ": is a directory (the symbolic link leads to " + dir + ")", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(List.of(), names(dir));
    }

    /** A named pipe (like a device) is not replaced by a regular file; skipped where mkfifo is missing. */
    @Test
    void namedPipeIsRefusedAndKept() throws IOException, InterruptedException {
        Path fifo = tmp.resolve("pipe.ttl");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo is not available");
        FileException e = assertThrows(FileException.class, () -> AtomicFiles.writeString(fifo, TURTLE));
        assertEquals(fifo + ": is not a regular file but a device, pipe or socket", e.getMessage());
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe is still there");
        assertEquals(List.of("pipe.ttl"), names(tmp));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = tmp.resolve("mechanisms.ttl");
        Files.writeString(target, "old content, much longer than the new one ".repeat(100));
        AtomicFiles.writeString(target, TURTLE);
        assertEquals(TURTLE, Files.readString(target));
        assertEquals(List.of("mechanisms.ttl"), names(tmp));
    }

    @Test
    void failingWriterLeavesNeitherTargetNorTemporaryFile() throws IOException {
        Path target = tmp.resolve("mechanisms.ttl");
        IOException diskFull = new IOException("No space left on device");
        IOException thrown = assertThrows(IOException.class,
                () -> AtomicFiles.write(target, out -> halfWayThenFail(out, diskFull)));
        assertSame(diskFull, thrown);
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names(tmp));
    }

    @Test
    void failingWriterLeavesAnExistingTargetUnchanged() throws IOException {
        Path target = tmp.resolve("mechanisms.ttl");
        Files.writeString(target, TURTLE);
        IllegalStateException bug = new IllegalStateException("serializer bug");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> AtomicFiles.write(target, out -> halfWayThenFail(out, bug)));
        assertSame(bug, thrown);
        assertEquals(TURTLE, Files.readString(target));
        assertEquals(List.of("mechanisms.ttl"), names(tmp));
    }

    @Test
    void writerMayCloseTheStream() throws IOException {
        Path target = tmp.resolve("mechanisms.ttl");
        AtomicFiles.write(target, out -> {
            try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write(TURTLE);
            }
        });
        assertEquals(TURTLE, Files.readString(target));
    }

    @Test
    void targetThatIsADirectoryFailsWithoutLeftovers() throws IOException {
        Path target = tmp.resolve("mechanisms.ttl");
        Files.createDirectories(target.resolve("inside"));
        FileException e = assertThrows(FileException.class, () -> AtomicFiles.writeString(target, TURTLE));
        assertEquals(target + ": is a directory", e.getMessage());
        assertEquals(List.of("mechanisms.ttl"), names(tmp));
        assertEquals(List.of("inside"), names(target));
    }

    @Test
    void outputGetsTheSamePermissionsAsAnOrdinaryNewFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = tmp.resolve("ordinary.ttl");
        Files.writeString(ordinary, TURTLE);
        Path atomic = tmp.resolve("atomic.ttl");
        AtomicFiles.writeString(atomic, TURTLE);
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(atomic));
    }
}
