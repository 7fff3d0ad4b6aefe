package org.tocgraph.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files so that readers only ever see the old file or the complete new one: the
 * content goes to a hidden temporary file in the target's directory, is flushed to disk, and is then
 * renamed over the target. If writing fails, the temporary file is deleted and the target is left as
 * it was, so an interrupted run never leaves a truncated Turtle file behind.
 *
 * <p>A symbolic link is written through: the file it leads to is replaced and the link stays. A
 * target that cannot become a regular file (a directory, a device, a pipe) and a missing directory
 * are refused before anything is written.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/graph.ttl"), out -> RDFDataMgr.write(out, model, Lang.TURTLE));
 * AtomicFiles.writeString(Path.of("out/README.txt"), "hello\n");
 * }</pre>
 */
public final class AtomicFiles {
    /** Links followed before giving up; Linux gives up after 40 too (ELOOP). */
    private static final int MAX_LINKS = 40;

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with what {@code writer} puts into the stream. The writer may close the
     * stream; that only flushes it.
     *
     * @throws FileException naming {@code target} if it cannot be written: see {@link #destination}; or
     *                       the file system refuses the temporary file, a write or the rename
     * @throws IOException   exceptions from the writer pass through unchanged
     */
    public static void write(Path target, IoConsumer<OutputStream> writer) throws IOException {
        Path destination = destination(target);
        Path temp = createTemp(target, destination.getParent(), destination.getFileName().toString());
        try {
            writeTemp(target, temp, writer);
            move(target, temp, destination);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Where writing {@code target} puts the bytes: the target itself, or the file its symbolic links
     * lead to; absolute. Call it to check an output path before doing the work that fills it.
     *
     * @throws FileException naming {@code target} if it is empty, a directory, a device, pipe or socket,
     *                       a loop of links, or in a directory that does not exist
     */
    public static Path destination(Path target) {
        if (target.toString().isEmpty()) {
            throw new FileException(target, "no file name given");
        }
        Path absolute = target.toAbsolutePath();
        Path p = absolute;
        for (int links = 0; Files.isSymbolicLink(p); links++) {
            if (links == MAX_LINKS) {
                throw new FileException(target, "too many levels of symbolic links");
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p));
            } catch (IOException e) {
                throw new FileException(target, "cannot read the symbolic link: " + FileException.reason(e), e);
            }
        }
        String via = p.equals(absolute) ? "" : " (the symbolic link leads to " + p + ")";
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileException(target, "is a directory" + via);
        }
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileException(target, "is not a regular file but a device, pipe or socket" + via);
        }
        Path dir = p.getParent();
        if (!Files.isDirectory(dir)) {
            Path existing = dir;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !Files.isDirectory(existing)) {
                throw new FileException(target, existing + " is not a directory" + via);
            }
            throw new FileException(target, "directory " + dir + " does not exist" + via);
        }
        return p;
    }

    /** Writes the content to the temporary file and forces it to disk; file system errors name the target. */
    private static void writeTemp(Path target, Path temp, IoConsumer<OutputStream> writer) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
        try (OutputStream out = new BufferedOutputStream(new Reported(target, Channels.newOutputStream(channel)),
                1 << 16)) {
            writer.accept(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            });
            out.flush();
            try {
                channel.force(true);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }
    }

    private static void move(Path target, Path temp, Path destination) {
        try {
            try {
                Files.move(temp, destination, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new FileException(target, "cannot move the new file into place: " + FileException.reason(e), e);
        }
    }

    private static FileException cannotWrite(Path target, IOException e) {
        return new FileException(target, "cannot write: " + FileException.reason(e), e);
    }

    /** Turns the file system's write errors ("No space left on device") into {@link FileException}s. */
    private static final class Reported extends FilterOutputStream {
        private final Path target;

        Reported(Path target, OutputStream out) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw cannotWrite(target, e);
            }
        }
    }

    /**
     * Creates an empty hidden file next to the target. Not {@link Files#createTempFile}: that makes the
     * file owner-only (0600), and the renamed output would keep those permissions instead of the umask's.
     */
    private static Path createTemp(Path target, Path dir, String name) {
        for (int attempt = 1; ; attempt++) {
            Path temp = dir.resolve("." + name + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw new FileException(target, "cannot create a temporary file in " + dir, e);
                }
            } catch (NoSuchFileException e) {
                // The directory exists (destination checked it): /proc and the like take no new files.
                throw new FileException(target, "cannot create files in " + dir
                        + ": the file system does not allow it", e);
            } catch (IOException e) {
                throw new FileException(target, "cannot create files in " + dir + ": " + FileException.reason(e), e);
            }
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically as {@link #write}. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
