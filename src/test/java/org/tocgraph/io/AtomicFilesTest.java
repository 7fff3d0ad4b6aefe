package org.tocgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void writesANewFileAndItsDirectories() throws IOException {
        Path target = tmp.resolve("out/graph/mechanisms.ttl");
        AtomicFiles.writeString(target, TURTLE + "# C\u00f4te d\u2019Ivoire\n");
        assertEquals(TURTLE + "# C\u00f4te d\u2019Ivoire\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of("mechanisms.ttl"), names(target.getParent()));
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
        assertThrows(IOException.class, () -> AtomicFiles.writeString(target, TURTLE));
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
