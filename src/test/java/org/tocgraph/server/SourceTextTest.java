package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /source} and {@code /source.txt}: the configured input, unchanged and with numbered lines. */
class SourceTextTest {
    @TempDir
    Path dir;

    @Test
    void servesTheConfiguredInputUnchangedAndNumbered() throws IOException {
        // CRLF, a lone CR and markup: line numbers as the converter counts them, text escaped.
        byte[] bytes = "Title\r\nMechanism\tMembers\r\n<b>A & B</b>\rlast line\n".getBytes(StandardCharsets.UTF_8);
        Path input = Files.write(dir.resolve("doc.txt"), bytes);
        try (TocgraphServer s = TocgraphServer.start(TestData.config().with("input", input.toString()),
                TestData.publication())) {
            HttpResponse<byte[]> txt = Http.get(s.url() + "source.txt");
            assertEquals(200, txt.statusCode());
            assertEquals("text/plain;charset=utf-8", Http.header(txt, "Content-Type").toLowerCase().replace(" ", ""));
            assertArrayEquals(bytes, txt.body());
            assertEquals(304, Http.get(s.url() + "source.txt", "If-None-Match", Http.header(txt, "ETag")).statusCode());

            HttpResponse<byte[]> r = Http.get(s.url() + "source");
            assertEquals("text/html", Http.mediaType(r));
            String page = Http.text(r);
            assertTrue(page.contains("<tr id=\"L3\"><td class=\"ln\"><a href=\"#L3\">3</a></td>"
                    + "<td class=\"text\">&lt;b&gt;A &amp; B&lt;/b&gt;</td>"), page);
            assertTrue(page.contains("<tr id=\"L4\"><td class=\"ln\"><a href=\"#L4\">4</a></td>"
                    + "<td class=\"text\">last line</td>"), page);
            assertFalse(page.contains("id=\"L5\""), "no line after the last");
            assertTrue(page.contains("Mechanism<span class=\"tab\">\t</span>Members"), "tabs marked");
            assertTrue(page.contains("<code>doc.txt</code>, 4 lines"));
            assertTrue(page.contains(Downloads.sha256(bytes)));
            assertTrue(page.contains("<a href=\"source\" aria-current=\"page\">"));
            assertFalse(page.contains("<style") || page.contains("<script"));
        }
    }

    @Test
    void noSourceTextWhenTheInputCannotBeRead() {
        try (TocgraphServer s = TocgraphServer.start(
                TestData.config().with("input", dir.resolve("missing.txt").toString()), TestData.publication())) {
            assertEquals(404, Http.get(s.url() + "source").statusCode());
            assertEquals(404, Http.get(s.url() + "source.txt").statusCode());
            assertEquals(200, Http.get(s.url()).statusCode(), "the rest is served");
        }
    }
}
