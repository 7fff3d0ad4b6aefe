package org.tocgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class InputFilesTest {
    @TempDir
    Path tmp;

    /** A FIFO in the temporary folder, or the test is skipped where mkfifo is missing. */
    public static Path fifo(Path dir) throws IOException, InterruptedException {
        Path fifo = dir.resolve("pipe.ttl");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "no mkfifo");
            throw noMkfifo;
        }
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(fifo), "mkfifo failed");
        return fifo;
    }

    @Test
    void regularFilesAndMissingPathsPass() throws IOException {
        Path file = Files.writeString(tmp.resolve("a.ttl"), "<a:b> <a:c> <a:d> .\n");
        InputFiles.requireRegular(file);
        InputFiles.requireRegular(Files.createSymbolicLink(tmp.resolve("link.ttl"), file));
        assertNull(InputFiles.refusal(tmp.resolve("none.ttl")));
    }

    @Test
    void aDeviceBehindASymlinkIsRefused() throws IOException {
        Path dev = Path.of("/dev/null");
        assumeTrue(Files.exists(dev), "no /dev/null");
        Path link = Files.createSymbolicLink(tmp.resolve("zero.txt"), dev);
        FileException e = assertThrows(FileException.class, () -> InputFiles.requireRegular(link));
        assertEquals(link + ": is not a regular file (a device or pipe)", e.getMessage());
        assertEquals("is a directory", InputFiles.refusal(tmp));
        Files.delete(link);
    }

    /** Checked without opening it: opening a FIFO with no writer would block for ever. */
    @Test
    void aPipeIsRefusedWithoutOpeningIt() throws IOException, InterruptedException {
        Path fifo = fifo(tmp);
        FileException e = assertThrows(FileException.class, () -> InputFiles.requireRegular(fifo));
        assertEquals(fifo + ": is not a regular file (a device or pipe)", e.getMessage());
    }
}
