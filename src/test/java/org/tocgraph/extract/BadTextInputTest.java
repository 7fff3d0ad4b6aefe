package org.tocgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every {@code bad-*.txt} under src/test/resources/bad must fail with its file and line named. */
class BadTextInputTest {
    static final Path DIR = Path.of("src/test/resources/bad");

    @TestFactory
    Stream<DynamicTest> badFilesFail() throws IOException {
        Properties expected = new Properties();
        try (Reader r = Files.newBufferedReader(DIR.resolve("expectations.properties"), StandardCharsets.UTF_8)) {
            expected.load(r);
        }
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().matches("bad-.*\\.txt")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        String exp = expected.getProperty(p.getFileName().toString());
                        assertTrue(exp != null, "no expectation for " + p.getFileName());
                        String[] parts = exp.split("\\|", 2);
                        ExtractException e = assertThrows(ExtractException.class,
                                () -> TableReader.forFile(p).read(p));
                        assertEquals(Integer.parseInt(parts[0]), e.line(), e.getMessage());
                        assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
                        assertTrue(e.getMessage().contains(parts[1]), e.getMessage());
                        if (e.line() > 0) {
                            assertTrue(e.getMessage().contains("[line " + e.line() + "]"), e.getMessage());
                        }
                    }));
        }
    }
}
