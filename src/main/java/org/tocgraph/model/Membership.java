package org.tocgraph.model;

import java.util.List;

/**
 * An agent's membership of a mechanism in one role.
 *
 * @param member    the state, organization, group or mechanism
 * @param role      member, observer, partner, ...
 * @param evidence  where the document says so; for an inferred membership, where it names the group
 * @param validFrom ISO date or year-month from which the membership holds ("Senegal as of July
 *                  2025"), or null
 * @param except    states a collective reference excludes ("All ASEAN Member States, except Myanmar")
 * @param viaGroup  for an inferred membership, the group it was derived from; otherwise null
 */
public record Membership(AgentRef member, Role role, Span evidence, String validFrom, List<AgentRef> except,
        AgentRef viaGroup) {
    public Membership {
        except = List.copyOf(except);
    }

    public boolean inferred() {
        return viaGroup != null;
    }
}
