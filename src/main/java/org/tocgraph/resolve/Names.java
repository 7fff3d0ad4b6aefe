package org.tocgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one normalization used to compare names: the {@code alias_normalized} rule of the reference
 * data (see {@code data/reference/README.md}).
 *
 * <pre>{@code
 * Names.normalize("Côte d’Ivoire");   // "cote d'ivoire"
 * Names.normalize("the Philippines"); // "philippines"
 * }</pre>
 */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Unicode White_Space, which also covers the spaces NFKD leaves alone (line and paragraph separators).
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private Names() {
    }

    /**
     * NFKD, combining marks removed, curly quotes straightened, case-folded, white space collapsed
     * and trimmed, and one leading {@code "the "} removed.
     */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
        s = caseFold(s);
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    // Full case folding differs from lower-casing for a few letters; these are the ones that survive
    // NFKD in Latin and Greek names (the reference files were built with Python's str.casefold).
    private static String caseFold(String s) {
        return s.toLowerCase(Locale.ROOT).replace("ß", "ss").replace('ς', 'σ');
    }
}
