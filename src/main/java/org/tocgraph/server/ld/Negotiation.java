package org.tocgraph.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proactive content negotiation on an {@code Accept} header, as RFC 9110 §12.5.1 describes it:
 * each representation gets the weight of the <em>most specific</em> media range that matches one
 * of its media types ({@code text/turtle} over {@code text/*} over {@code *}{@code /*}), so
 * {@code *}{@code /*, text/html;q=0} excludes HTML. A weight of 0 means "not acceptable".
 *
 * <p>Ties are broken first by specificity (a client that names {@code application/ld+json} and
 * also sends {@code *}{@code /*} gets JSON-LD), then by whether a representation matched through its
 * canonical media type rather than an alias ({@code application/*} picks JSON-LD, not Turtle through
 * {@code application/x-turtle}), then by the order of the offers, which is the server's preference.
 * A missing, empty or unparseable header accepts anything.
 *
 * <p>Jena's {@code AcceptList} is not used: it prefers the highest weight over the most specific
 * range and does not treat {@code q=0} as a refusal.
 */
public final class Negotiation {
    private Negotiation() {
    }

    /** One media range of an Accept header. Wildcards are {@code "*"}. */
    record Range(String type, String subtype, double q) {
        /** 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}. */
        int specificity() {
            return "*".equals(type) ? 0 : "*".equals(subtype) ? 1 : 2;
        }

        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            return specificity() == 0
                    || type.equals(mediaType.substring(0, slash))
                    && ("*".equals(subtype) || subtype.equals(mediaType.substring(slash + 1)));
        }
    }

    /**
     * Picks the representation to send.
     *
     * @param accept the Accept header, possibly null
     * @param offers what the server can send, most preferred first
     * @return the choice, or empty if the client finds none acceptable (a 406)
     */
    /**
     * The same choice for a document offered as Turtle, JSON-LD, N-Triples and RDF/XML, and HTML if
     * {@code withHtml}: the chosen representation's media type, e.g. {@code "text/turtle"}, or empty for 406.
     *
     * <pre>{@code
     * Negotiation.chooseMediaType("text/html,*\/*;q=0.8", true);   // Optional[text/html]
     * }</pre>
     */
    public static Optional<String> chooseMediaType(String accept, boolean withHtml) {
        List<Representation> offers = new ArrayList<>(List.of(Representation.values()));
        if (!withHtml) {
            offers.remove(Representation.HTML);
        }
        return choose(accept, offers).map(Representation::mediaType);
    }

    static Optional<Representation> choose(String accept, List<Representation> offers) {
        List<Range> ranges = parse(accept);
        if (ranges.isEmpty()) {
            ranges = List.of(new Range("*", "*", 1.0));
        }
        Representation best = null;
        Match bestMatch = null;
        for (Representation offer : offers) {
            Match m = forRepresentation(ranges, offer);
            if (m == null || m.range().q() <= 0) {
                continue;
            }
            if (bestMatch == null || m.beats(bestMatch)) {
                best = offer;
                bestMatch = m;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The range that decides a representation's weight, and whether it matched an alias of it. */
    private record Match(Range range, boolean alias) {
        /** Strictly better for the client: weight, then specificity, then the canonical type over an alias. */
        boolean beats(Match other) {
            if (range.q() != other.range.q()) {
                return range.q() > other.range.q();
            }
            if (range.specificity() != other.range.specificity()) {
                return range.specificity() > other.range.specificity();
            }
            return !alias && other.alias;
        }
    }

    /**
     * The range that decides a representation's weight: the most specific match over all its media
     * types, so {@code text/turtle;q=0} excludes Turtle even though {@code *}{@code /*} matches
     * its alias {@code application/x-turtle}. Of equally specific matches the highest weight counts,
     * and of equal weights the canonical type's.
     */
    private static Match forRepresentation(List<Range> ranges, Representation offer) {
        Match decisive = null;
        for (int i = 0; i < offer.mediaTypes.size(); i++) {
            Range r = mostSpecific(ranges, offer.mediaTypes.get(i));
            if (r == null) {
                continue;
            }
            if (decisive == null || r.specificity() > decisive.range().specificity()
                    || r.specificity() == decisive.range().specificity() && r.q() > decisive.range().q()) {
                decisive = new Match(r, i > 0);
            }
        }
        return decisive;
    }

    /** The most specific range matching a media type; of equally specific ones, the highest weight. */
    private static Range mostSpecific(List<Range> ranges, String mediaType) {
        Range found = null;
        for (Range r : ranges) {
            if (r.matches(mediaType) && (found == null || r.specificity() > found.specificity()
                    || r.specificity() == found.specificity() && r.q() > found.q())) {
                found = r;
            }
        }
        return found;
    }

    /** Parses an Accept header leniently: malformed ranges are skipped. */
    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        if (accept == null) {
            return ranges;
        }
        for (String item : accept.split(",")) {
            String[] parts = item.split(";");
            String mediaRange = parts[0].trim().toLowerCase(Locale.ROOT);
            if (mediaRange.equals("*")) {
                // Java's HttpURLConnection sends a bare "*".
                mediaRange = "*/*";
            }
            int slash = mediaRange.indexOf('/');
            if (slash <= 0 || slash == mediaRange.length() - 1 || mediaRange.indexOf('/', slash + 1) >= 0) {
                continue;
            }
            String type = mediaRange.substring(0, slash);
            String subtype = mediaRange.substring(slash + 1);
            if ("*".equals(type) && !"*".equals(subtype)) {
                continue;
            }
            Double q = 1.0;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                int eq = param.indexOf('=');
                if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("q")) {
                    q = weight(param.substring(eq + 1).trim());
                    // Parameters after the weight are accept-extensions; they do not matter here.
                    break;
                }
            }
            if (q != null) {
                ranges.add(new Range(type, subtype, q));
            }
        }
        return ranges;
    }

    /** A weight per RFC 9110 §12.4.2 ("0" to "1", up to three decimals), or null if malformed. */
    private static Double weight(String text) {
        if (!text.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
            return null;
        }
        return Double.valueOf(text);
    }
}
