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
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/graph.ttl"), out -> RDFDataMgr.write(out, model, Lang.TURTLE));
 * AtomicFiles.writeString(Path.of("out/README.txt"), "hello\n");
 * }</pre>
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Writes {@code target} with what {@code writer} puts into the stream. Missing parent directories
     * are created. The writer may close the stream; that only flushes it.
     *
     * @throws IOException if writing or renaming fails; exceptions from the writer pass through unchanged
     */
    public static void write(Path target, IoConsumer<OutputStream> writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = null;
        try {
            temp = createTemp(dir, absolute.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
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
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException | Error e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /**
     * Creates an empty hidden file next to the target. Not {@link Files#createTempFile}: that makes the
     * file owner-only (0600), and the renamed output would keep those permissions instead of the umask's.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temp = dir.resolve("." + name + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /** Writes {@code text} as UTF-8 to {@code target}, atomically as {@link #write}. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
