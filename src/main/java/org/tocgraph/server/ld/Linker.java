package org.tocgraph.server.ld;

import org.tocgraph.rdf.TG;

/**
 * Turns IRIs into hrefs for a page served at a given path. Local IRIs (data under
 * {@code {base}id/} and the ontology under {@code https://w3id.org/tocgraph/def}) become links
 * relative to the page, so a click stays on this server, behind any proxy prefix; other http(s)
 * IRIs link out; anything else (a {@code javascript:} IRI in the data, say) is not linked at all.
 */
final class Linker {
    private final String dataRoot;
    private final String root;

    /**
     * @param dataRoot    {@code {base}id/}
     * @param requestPath the path of the page, e.g. {@code /id/mechanism/sco}
     */
    Linker(String dataRoot, String requestPath) {
        this.dataRoot = dataRoot;
        long depth = requestPath.chars().filter(c -> c == '/').count();
        this.root = "../".repeat((int) Math.max(0, depth - 1));
    }

    /** The server root relative to the page: {@code ../../} or {@code ./}. */
    String root() {
        return root.isEmpty() ? "./" : root;
    }

    /** The server root relative to the page as a prefix: {@code ../../} or the empty string. */
    String up() {
        return root;
    }

    /** A server path ({@code query}, {@code def}) relative to the page. */
    String path(String serverPath) {
        return root + serverPath;
    }

    /** The server path of a local IRI without its leading slash ({@code id/state/KZ}), or null. */
    String localPath(String iri) {
        if (iri.startsWith(dataRoot) && iri.length() > dataRoot.length()) {
            return "id/" + iri.substring(dataRoot.length());
        }
        if (iri.equals(TG.ONTOLOGY)) {
            return "def";
        }
        if (iri.startsWith(TG.ONTOLOGY + "#") || iri.startsWith(TG.ONTOLOGY + "/")) {
            return "def" + iri.substring(TG.ONTOLOGY.length());
        }
        return null;
    }

    /** The href for an IRI, or null if it should not be a link. */
    String href(String iri) {
        String local = localPath(iri);
        if (local != null) {
            return root + local;
        }
        return isWebIri(iri) ? iri : null;
    }

    boolean isLocal(String iri) {
        return localPath(iri) != null;
    }

    static boolean isWebIri(String iri) {
        return iri.startsWith("http://") || iri.startsWith("https://");
    }
}
