package org.tocgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guards on the .txt input; the same guards protect the CSV/TSV readers. */
class InputGuardTest {
    @TempDir
    Path tmp;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static ExtractException refused(Path file, int line, String messagePart) {
        ExtractException e = assertThrows(ExtractException.class, () -> InputGuard.readLines(file));
        assertEquals(file.toString(), e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ": " + (line > 0 ? "[line " + line + "] " : "")),
                e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        return e;
    }

    @Test
    void readsTheSourceDocumentVerbatim() {
        List<String> lines = InputGuard.readLines(Path.of("data/source/000_1ac077aacd7d84d9.txt"));
        assertEquals(115, lines.size());
        assertEquals("Mechanism\tFrequency of meeting\tConvening bodies\tMembers", lines.get(12));
        assertEquals("Commission on Narcotic Drugs (CND)\tAnnually, intersessional meetings convened throughout the"
                + " year\tECOSOC; UNODC\t53 member states that are elected by ECOSOC", lines.get(13));
        assertTrue(lines.get(30).contains("Burkina Faso, C\u00f4te d'Ivoire, Ghana"), lines.get(30));
        assertEquals("Page 3", lines.get(22));
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        refused(write("empty.txt", new byte[0]), 0, "file is empty");
    }

    @Test
    void missingFileIsRefused() {
        refused(tmp.resolve("missing.txt"), 0, "no such file");
    }

    @Test
    void nulByteIsRefusedWithItsLineWhateverTheLineEndings() throws IOException {
        String[] endings = {"\n", "\r\n", "\r"};
        for (String eol : endings) {
            byte[] bytes = concat(("Mechanism\tFrequency of meeting" + eol + "Commission on Narcotic Drugs (CND)" + eol
                    + "Khartoum Process\t").getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 'x'});
            refused(write("nul.txt", bytes), 3, "binary data (NUL byte); expected UTF-8 text");
        }
    }

    @Test
    void invalidUtf8IsRefusedWithItsLineWhateverTheLineEndings() throws IOException {
        for (String eol : new String[] {"\n", "\r\n", "\r"}) {
            String text = "Mechanism\tMembers" + eol + "Horn of Africa Initiative\tDjibouti" + eol
                    + "IBSM\tWest Africa (Burkina Faso, C\u00f4te d'Ivoire)" + eol + "Khartoum Process\tUNODC" + eol;
            refused(write("latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1)), 3, "not valid UTF-8 text");
        }
        // A truncated multi-byte sequence at the very end of the file, with no newline after it.
        byte[] euro = "\u20ac".getBytes(StandardCharsets.UTF_8);
        refused(write("truncated.txt", concat("a\nb\n".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(euro, 2))),
                3, "not valid UTF-8 text");
    }

    @Test
    void utf16IsRefusedWithAHint() throws IOException {
        byte[] le = "\uFEFFMechanism\tMembers\n".getBytes(StandardCharsets.UTF_16LE);
        refused(write("le.txt", le), 0, "UTF-16 text; save the file as UTF-8");
        byte[] be = "\uFEFFMechanism\tMembers\n".getBytes(StandardCharsets.UTF_16BE);
        refused(write("be.txt", be), 0, "UTF-16 text; save the file as UTF-8");
    }

    @Test
    void controlCharacterIsRefusedButTabIsKept() throws IOException {
        refused(write("bell.txt", "Mechanism\tMembers\nKhartoum Process\u0007\tUNODC\n"), 2,
                "control character U+0007");
        assertEquals(List.of("Mechanism\tMembers", "Khartoum Process\t\tUNODC"),
                InputGuard.readLines(write("tabs.txt", "Mechanism\tMembers\nKhartoum Process\t\tUNODC\n")));
    }

    @Test
    void lineEndingsAreFolded() throws IOException {
        Path file = write("mixed.txt", "Khartoum Process\r\nEU, AU, ICMPD\rUNODC\n\nHorn of Africa Initiative");
        assertEquals(List.of("Khartoum Process", "EU, AU, ICMPD", "UNODC", "", "Horn of Africa Initiative"),
                InputGuard.readLines(file));
        // Only the terminator of the last line is dropped; a blank last line stays.
        assertEquals(List.of("Page 3", ""), InputGuard.readLines(write("blank-end.txt", "Page 3\r\n\r\n")));
    }

    @Test
    void byteOrderMarkIsDroppedOnlyAtTheStart() throws IOException {
        Path file = write("bom.txt", "\uFEFFMechanism\tMembers\r\nCND\u00a0\u201cquoted\u201d\uFEFF\r\n");
        assertEquals(List.of("Mechanism\tMembers", "CND\u00a0\u201cquoted\u201d\uFEFF"), InputGuard.readLines(file));
    }

    @Test
    void oversizedFileIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        byte[] bytes = new byte[(int) TableReader.MAX_BYTES];
        Arrays.fill(bytes, (byte) 'x');
        bytes[bytes.length - 1] = '\n';
        List<String> lines = InputGuard.readLines(write("limit.txt", bytes));
        assertEquals(1, lines.size());
        assertEquals(TableReader.MAX_BYTES - 1, lines.get(0).length());

        refused(write("big.txt", Arrays.copyOf(bytes, bytes.length + 1)), 0,
                "file is 5242881 bytes; the limit is 5242880 bytes");
    }
}
