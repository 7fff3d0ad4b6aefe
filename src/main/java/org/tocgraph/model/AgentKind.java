package org.tocgraph.model;

import java.util.Locale;

/** What kind of thing a name in the table resolves to. */
public enum AgentKind {
    STATE, ORGANIZATION, GROUP, MECHANISM;

    /** Lower-case slug, also the IRI path segment: {@code state}, {@code organization}, ... */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
