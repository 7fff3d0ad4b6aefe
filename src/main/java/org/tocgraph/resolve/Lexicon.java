package org.tocgraph.resolve;

import java.time.LocalDate;
import java.util.List;

import org.tocgraph.model.AgentRef;

/**
 * What the interpreter needs to know about the world: the names to look for, how organizations
 * are named (to recognise a mechanism that is also an organization), and who belongs to a group at
 * a given date.
 *
 * @param gazetteer every state alias, organization form and group label
 * @param orgs      organizations by id, with their acronyms and full names as the document writes them
 * @param groups    group membership lookup
 */
public record Lexicon(Gazetteer gazetteer, List<OrgNames> orgs, GroupMembers groups) {
    /** An organization's id, acronyms (case as written) and names. */
    public record OrgNames(String id, List<String> acronyms, List<String> names) {
        public OrgNames {
            acronyms = List.copyOf(acronyms);
            names = List.copyOf(names);
        }
    }

    /** The members of a group at a date. */
    @FunctionalInterface
    public interface GroupMembers {
        List<AgentRef> membersAt(String groupId, LocalDate date);
    }

    public Lexicon {
        orgs = List.copyOf(orgs);
    }
}
