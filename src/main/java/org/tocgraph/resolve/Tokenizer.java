package org.tocgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits cell text into words and punctuation for matching. Abbreviations such as "U.S." stay one
 * word; a possessive "'s" is split off ("Ameripol's" gives "Ameripol", "'s").
 *
 * <pre>{@code
 * List<Token> tokens = Tokenizer.tokenize("Côte d’Ivoire, U.S.", 0);
 * // cote, d'ivoire, ",", u.s.
 * }</pre>
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                  // U.S.
            + "|\\p{N}+(?:\\.\\p{N}+)+"                            // 11.3
            + "|[\\p{L}\\p{N}]+(?:['’\\-&][\\p{L}\\p{N}]+)*(?=['’][sS]\\b)"  // word before a possessive
            + "|['’][sS]\\b"                                     // the possessive itself
            + "|[\\p{L}\\p{N}]+(?:['’\\-&][\\p{L}\\p{N}]+)*"       // words, numbers, hyphenated names
            + "|\\S", Pattern.UNICODE_CHARACTER_CLASS);  // any other character (no-break spaces are white space here)

    private Tokenizer() {
    }

    /** Tokenizes one fragment of text; {@code fragment} is recorded on every token. */
    public static List<Token> tokenize(String text, int fragment) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean word = Character.isLetterOrDigit(t.codePointAt(0));
            tokens.add(new Token(t, normalize(t), m.start(), m.end(), fragment, word));
        }
        return tokens;
    }

    /** Accents stripped, curly quotes straightened, dashes unified, lower case, no-break spaces folded. */
    public static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-').replace('\u00A0', ' ');
        return n.toLowerCase(Locale.ROOT);
    }
}
