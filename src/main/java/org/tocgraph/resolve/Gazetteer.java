package org.tocgraph.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.tocgraph.model.AgentRef;

/**
 * Finds names of states, organizations and groups in tokenized text: longest match first, on
 * normalized tokens. Forms that look like acronyms ("US", "UN", "CoP") match only with the same
 * letter case, so "us" or "COP" cannot be taken for them.
 *
 * <pre>{@code
 * Gazetteer g = new Gazetteer(List.of(new Gazetteer.Name("Kyrgyz Republic", AgentRef.state("KG"))));
 * Optional<Gazetteer.Match> m = g.match(tokens, 0);
 * }</pre>
 */
public final class Gazetteer {
    /** A surface form and what it names. */
    public record Name(String form, AgentRef ref) {
    }

    /** A match: tokens {@code [first, last]} name {@code ref}. */
    public record Match(AgentRef ref, int first, int last, Name name) {
    }

    private record Candidate(Name name, List<Token> tokens, boolean caseSensitive) {
    }

    private final Map<String, List<Candidate>> byFirstToken = new HashMap<>();
    private final List<Name> names;
    private int longest;

    public Gazetteer(Collection<Name> names) {
        this.names = List.copyOf(names);
        for (Name n : names) {
            List<Token> tokens = Tokenizer.tokenize(n.form(), 0);
            if (tokens.isEmpty()) {
                continue;
            }
            if (tokens.size() > 1 && tokens.get(0).is("the")) {
                tokens = tokens.subList(1, tokens.size());
            }
            byFirstToken.computeIfAbsent(tokens.get(0).norm(), k -> new ArrayList<>())
                    .add(new Candidate(n, tokens, isAcronymLike(n.form())));
            longest = Math.max(longest, tokens.size());
        }
    }

    /** All names, as given. */
    public List<Name> names() {
        return names;
    }

    /**
     * The longest name starting at token {@code i}, not crossing {@code limit} (exclusive), or empty.
     * Ties between different referents are broken by the order the names were given in.
     */
    public Optional<Match> match(List<Token> tokens, int i, int limit) {
        List<Candidate> cands = byFirstToken.get(tokens.get(i).norm());
        if (cands == null) {
            return Optional.empty();
        }
        Match best = null;
        for (Candidate c : cands) {
            int n = c.tokens().size();
            if (i + n > limit || (best != null && n <= best.last() - best.first() + 1)) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                Token want = c.tokens().get(k);
                Token got = tokens.get(i + k);
                ok = c.caseSensitive() ? want.text().replace('’', '\'').equals(got.text().replace('’', '\''))
                        : want.norm().equals(got.norm());
            }
            if (ok) {
                best = new Match(c.name().ref(), i, i + n - 1, c.name());
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The most similar known form to {@code text} by Jaro-Winkler similarity, if at least
     * {@code threshold}. Only ever a suggestion for a reviewer; never applied.
     */
    public Optional<Name> suggest(String text, double threshold) {
        JaroWinklerSimilarity sim = new JaroWinklerSimilarity();
        String t = Tokenizer.normalize(text);
        Name best = null;
        double bestScore = threshold;
        for (Name n : names) {
            double s = sim.apply(t, Tokenizer.normalize(n.form()));
            if (s >= bestScore && (best == null || s > bestScore)) {
                best = n;
                bestScore = s;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "US", "UN", "CoP", "UNODC CCP": a form with an upper-case letter after its first character. */
    static boolean isAcronymLike(String form) {
        String letters = form.replaceAll("[^\\p{L}]", "");
        if (letters.length() < 2) {
            return false;
        }
        boolean noLower = letters.chars().noneMatch(Character::isLowerCase);
        boolean innerUpper = letters.substring(1).chars().anyMatch(Character::isUpperCase)
                && !form.contains(" ");
        return noLower || innerUpper;
    }
}
