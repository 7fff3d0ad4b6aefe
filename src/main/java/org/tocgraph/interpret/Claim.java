package org.tocgraph.interpret;

import java.util.List;

import org.tocgraph.model.AgentRef;
import org.tocgraph.model.Role;

/**
 * One thing a cell says, before it becomes a fact: a name in some role, an area covered, a name
 * merely mentioned, or a count.
 *
 * @param type       what kind of claim
 * @param ref        the name's referent (null for a count)
 * @param role       the role read (null for coverage and references)
 * @param roleSource how the role was read, for the report
 * @param list       index of the list the name is in, within its cell
 * @param line       source line
 * @param surface    the name or count as written
 * @param spanText   the exact text the claim was read from (the list with its role phrase)
 * @param validFrom  "as of July 2025" gives {@code 2025-07}; otherwise null
 * @param except     states excluded from a collective reference
 * @param count      for a count, its value and what it counts; otherwise null
 * @param nextName   true when another name follows with no separator (a sign of text joined from two lines)
 */
public record Claim(Type type, AgentRef ref, Role role, RoleSource roleSource, int list, int line, String surface,
        String spanText, String validFrom, List<AgentRef> except, CountInfo count, boolean nextName) {

    /** Kinds of claim. */
    public enum Type { MEMBERSHIP, COVERAGE, REFERENCE, COUNT }

    /** Where a role came from. */
    public enum RoleSource { PHRASE_AFTER, PHRASE_BEFORE, COUNT, DEFAULT, CURATION }

    /** A stated count: "25+ countries" is {@code (25, true, "State")}. */
    public record CountInfo(int value, boolean minimum, String counted) {
    }

    public Claim {
        except = List.copyOf(except);
    }

    public Claim withRole(Role newRole, RoleSource source) {
        return new Claim(type, ref, newRole, source, list, line, surface, spanText, validFrom, except, count, nextName);
    }

    public Claim withType(Type newType, Role newRole) {
        return new Claim(newType, ref, newRole, roleSource, list, line, surface, spanText, validFrom, except, count,
                nextName);
    }

    public Claim withList(int newList) {
        return new Claim(type, ref, role, roleSource, newList, line, surface, spanText, validFrom, except, count,
                nextName);
    }
}
