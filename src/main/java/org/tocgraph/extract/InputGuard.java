package org.tocgraph.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tocgraph.io.InputFiles;

/**
 * Reads an input file as UTF-8 text lines, refusing what cannot be the table: a missing, empty,
 * oversized, binary or non-UTF-8 file, or a
 * directory, device or pipe. Line endings (LF, CRLF, CR) are folded; a byte-order mark is
 * dropped; the text is otherwise kept verbatim for provenance.
 *
 * <pre>{@code
 * List<String> lines = InputGuard.readLines(Path.of("data/source/doc.txt"));
 * }</pre>
 */
public final class InputGuard {
    private InputGuard() {
    }

    /**
     * @return the lines of the file, without line terminators; index 0 is line 1
     * @throws ExtractException naming the file (and line, where there is one) when the file is unusable
     */
    public static List<String> readLines(Path file) {
        String name = file.toString();
        String refusal = InputFiles.refusal(file);
        if (refusal != null) {
            throw new ExtractException(name, 0, refusal);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > TableReader.MAX_BYTES) {
                throw new ExtractException(name, 0, "file is " + size + " bytes; the limit is "
                        + TableReader.MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ExtractException(name, 0, "no such file");
        } catch (IOException e) {
            throw new ExtractException(name, 0, "cannot read file: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new ExtractException(name, 0, "file is empty");
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            // Excel's "Unicode Text" export; without this it would be reported as binary.
            throw new ExtractException(name, 0, "UTF-16 text; save the file as UTF-8");
        }
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ExtractException(name, line, "binary data (NUL byte); expected UTF-8 text");
            }
            if (endsLine(bytes, i)) {
                line++;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ExtractException(name, firstBadLine(bytes), "not valid UTF-8 text; save the file as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            for (int j = 0; j < l.length(); j++) {
                char c = l.charAt(j);
                if (Character.isISOControl(c) && c != '\t') {
                    throw new ExtractException(name, i + 1, String.format(
                            "control character U+%04X; expected text", (int) c));
                }
            }
        }
        return lines;
    }

    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || endsLine(bytes, i)) {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    /**
     * Whether the byte at {@code i} ends a line (LF, CR, or the LF of CRLF), so that line numbers agree
     * with {@link #readLines}. Safe on raw UTF-8: bytes of multi-byte sequences are all above 0x7F.
     */
    private static boolean endsLine(byte[] bytes, int i) {
        return bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n');
    }
}
