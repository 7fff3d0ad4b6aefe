package org.tocgraph.io;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses, before anything opens it, an input path that is not a regular file once symlinks are
 * followed: reading a device such as {@code /dev/zero} never ends and a size check sees 0 bytes, and
 * opening a FIFO blocks until a writer comes.
 *
 * <pre>{@code
 * InputFiles.requireRegular(Path.of("zero.txt")); // zero.txt -> /dev/zero
 * // FileException: zero.txt: is not a regular file (a device or pipe)
 * }</pre>
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Checks a path the user named; a missing path passes, so that each caller keeps its own words for
     * it.
     *
     * @throws FileException if the path is a directory, a device, a pipe or a socket
     */
    public static void requireRegular(Path file) {
        String reason = refusal(file);
        if (reason != null) {
            throw new FileException(file, reason);
        }
    }

    /**
     * Why an existing path cannot be read as a file, e.g. {@code "is a directory"}; {@code null} if it
     * is a regular file or does not exist. Only looks at the file's type: it never opens it.
     */
    public static String refusal(Path file) {
        if (Files.isRegularFile(file) || !Files.exists(file)) {
            return null;
        }
        return Files.isDirectory(file) ? "is a directory" : "is not a regular file (a device or pipe)";
    }
}
