package org.tocgraph.model;

/**
 * A resolved reference to a state (by ISO 3166-1 alpha-2 code), an organization, a group or a
 * mechanism (by slug).
 */
public record AgentRef(AgentKind kind, String id) implements Comparable<AgentRef> {
    public static AgentRef state(String iso2) {
        return new AgentRef(AgentKind.STATE, iso2);
    }

    public static AgentRef organization(String id) {
        return new AgentRef(AgentKind.ORGANIZATION, id);
    }

    public static AgentRef group(String id) {
        return new AgentRef(AgentKind.GROUP, id);
    }

    public static AgentRef mechanism(String id) {
        return new AgentRef(AgentKind.MECHANISM, id);
    }

    @Override
    public int compareTo(AgentRef o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() {
        return kind.slug() + "/" + id;
    }
}
