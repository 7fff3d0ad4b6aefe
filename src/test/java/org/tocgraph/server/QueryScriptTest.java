package org.tocgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The query page's result rendering ({@code static/results.js}): only http(s) IRIs become links, labels
 * replace compact names, the raw IRI stays as tooltip. Runs {@code src/test/js/results.test.js} in Node.js,
 * which this project's machines have; skipped where there is no {@code node}.
 */
class QueryScriptTest {
    @Test
    void resultsScriptLinksOnlyWebIrisAndShowsLabels() throws IOException, InterruptedException {
        assumeTrue(nodeAvailable(), "node is not installed");
        Process p = new ProcessBuilder("node", "src/test/js/results.test.js", "src/main/resources/web/static/results.js")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("all checks passed"), out);
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
