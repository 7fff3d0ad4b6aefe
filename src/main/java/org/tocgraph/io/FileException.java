package org.tocgraph.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file cannot be read or written. The message names the file as the user gave it and says why in
 * words, e.g. {@code out/graph.ttl: directory /home/me/out does not exist}, never a Java class name or
 * a temporary file's name.
 */
public final class FileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public FileException(Path file, String reason) {
        super((file.toString().isEmpty() ? "\"\"" : file.toString()) + ": " + reason);
        this.file = file;
    }

    public FileException(Path file, String reason, Throwable cause) {
        this(file, reason);
        initCause(cause);
    }

    /** The file as the user named it. */
    public Path file() {
        return file;
    }

    /**
     * What the operating system said, in words: "permission denied", "no space left on device".
     * {@link FileSystemException#getMessage()} would name the file (maybe a temporary one) instead.
     */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        String why = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (why == null || why.isBlank()) {
            return "input/output error";
        }
        return why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1);
    }
}
