package org.tocgraph.model;

import java.util.Locale;

/** The role an agent has in a mechanism. Each is a SKOS concept under {@code TG.ROLE_NS}. */
public enum Role {
    MEMBER, OBSERVER, PARTNER, PARTICIPANT, AD_HOC_PARTICIPANT;

    /** Slug used in IRIs and query results: {@code member}, {@code ad-hoc-participant}, ... */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a slug such as {@code observer}; accepts a plural form. */
    public static Role parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
        for (Role r : values()) {
            if (r.slug().equals(s) || (r.slug() + "s").equals(s)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role: " + text);
    }
}
