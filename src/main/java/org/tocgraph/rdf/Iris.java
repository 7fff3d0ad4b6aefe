package org.tocgraph.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.irix.IRIs;

/**
 * The one place where tocgraph mints IRIs. Every IRI is checked before it is handed out, so a bad
 * slug fails at conversion time rather than producing unparseable Turtle.
 *
 * <pre>{@code
 * Iris iris = new Iris("https://w3id.org/tocgraph/");
 * iris.state("KZ");          // https://w3id.org/tocgraph/id/state/KZ
 * iris.mechanism("sco");     // https://w3id.org/tocgraph/id/mechanism/sco
 * }</pre>
 */
public final class Iris {
    /** The default public base: a persistent namespace that redirects to the deployment. */
    public static final String DEFAULT_BASE = "https://w3id.org/tocgraph/";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    private final String base;

    /**
     * @param base absolute http(s) IRI ending in {@code /}; data IRIs go under {@code base + "id/"}
     * @throws IllegalArgumentException if the base is not such an IRI
     */
    public Iris(String base) {
        this.base = checkBase(base);
    }

    /** Checks and returns a base IRI: absolute, http or https, ending in a slash. */
    public static String checkBase(String base) {
        if (base == null || !base.endsWith("/")) {
            throw new IllegalArgumentException("base IRI must end with '/': " + base);
        }
        try {
            URI uri = new URI(base);
            String scheme = uri.getScheme();
            if (!uri.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme))
                    || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("base IRI must be an absolute http(s) IRI: " + base);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base IRI is not a valid IRI: " + base, e);
        }
        return base;
    }

    public String base() {
        return base;
    }

    /** Root of all data IRIs. */
    public String dataRoot() {
        return base + "id/";
    }

    public String mechanism(String slug) {
        return mint("mechanism/" + slug(slug));
    }

    public String state(String iso2) {
        if (iso2 == null || !ISO2.matcher(iso2).matches()) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + iso2);
        }
        return mint("state/" + iso2);
    }

    public String organization(String slug) {
        return mint("organization/" + slug(slug));
    }

    public String group(String slug) {
        return mint("group/" + slug(slug));
    }

    /**
     * A member of a group as the reference data lists it: {@code group/asean-member-states/member/ID}
     * (a state by its ISO code, an organization by its slug, e.g. {@code .../member/eu}).
     */
    public String groupMembership(String group, String member) {
        String id = member != null && ISO2.matcher(member).matches() ? member : slug(member);
        return mint("group/" + slug(group) + "/member/" + id);
    }

    /** A membership: one mechanism, one member, one role, one basis. */
    public String membership(String mechanism, String memberPath, String role, boolean inferred) {
        return mint("membership/" + slug(mechanism) + "/" + memberPath + "/" + slug(role)
                + (inferred ? "/inferred" : ""));
    }

    public String convening(String mechanism, String convenerPath) {
        return mint("convening/" + slug(mechanism) + "/" + convenerPath);
    }

    public String coverage(String mechanism, String areaPath) {
        return mint("coverage/" + slug(mechanism) + "/" + areaPath);
    }

    public String frequency(String mechanism, int line) {
        return mint("frequency/" + slug(mechanism) + "/L" + line);
    }

    public String count(String mechanism, int line, int ordinal) {
        return mint("count/" + slug(mechanism) + "/L" + line + "-" + ordinal);
    }

    /** One row of the source table, named by its first source line. */
    public String entry(int firstLine) {
        return mint("entry/L" + firstLine);
    }

    /** A piece of evidence for a fact: a fragment of the fact's own IRI, so it dereferences with it. */
    public String evidence(String factIri, int firstLine, String column) {
        String iri = factIri + "#" + slug(column) + "-L" + firstLine;
        return check(iri);
    }

    public String sourceDocument() {
        return mint("source/document");
    }

    public String dataset() {
        return mint("dataset");
    }

    /**
     * The path segment naming a member or convener: {@code state/KZ}, {@code organization/unodc},
     * {@code group/asean-member-states} or {@code mechanism/sco}.
     */
    public static String agentPath(String kind, String id) {
        return switch (kind) {
            case "state" -> {
                if (!ISO2.matcher(id).matches()) {
                    throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + id);
                }
                yield "state/" + id;
            }
            case "organization", "group", "mechanism" -> kind + "/" + slug(id);
            default -> throw new IllegalArgumentException("unknown agent kind: " + kind);
        };
    }

    private String mint(String path) {
        return check(dataRoot() + path);
    }

    private static String check(String iri) {
        if (!IRIs.check(iri)) {
            throw new IllegalArgumentException("invalid IRI: " + iri);
        }
        return iri;
    }

    /** Checks that a slug is lower-case letters and digits joined by single hyphens. */
    public static String slug(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a valid slug: " + slug);
        }
        return slug;
    }

    /**
     * Makes a slug from free text: accents stripped, lower case, runs of other characters to one
     * hyphen. {@code slugify("Côte d'Ivoire") = "cote-d-ivoire"}.
     */
    public static String slugify(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("text gives an empty slug: \"" + text + "\"");
        }
        return slug;
    }
}
