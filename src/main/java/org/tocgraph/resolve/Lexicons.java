package org.tocgraph.resolve;

import java.util.ArrayList;
import java.util.List;

import org.tocgraph.model.AgentRef;

/**
 * Builds the interpreter's {@link Lexicon} from the curated reference data: every state alias,
 * every organization acronym and name, every group label as the document writes it.
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicons.from(ReferenceData.load(Path.of("data/reference")));
 * }</pre>
 */
public final class Lexicons {
    private Lexicons() {
    }

    public static Lexicon from(ReferenceData ref) {
        List<Gazetteer.Name> names = new ArrayList<>();
        for (GroupInfo g : ref.groups()) {
            AgentRef r = AgentRef.group(g.id());
            for (String label : g.labelsInDocument()) {
                names.add(new Gazetteer.Name(label, r));
            }
        }
        List<Lexicon.OrgNames> orgs = new ArrayList<>();
        for (OrganizationInfo o : ref.organizations()) {
            AgentRef r = AgentRef.organization(o.id());
            for (String a : o.acronyms()) {
                names.add(new Gazetteer.Name(a, r));
            }
            for (String n : o.names()) {
                names.add(new Gazetteer.Name(n, r));
            }
            orgs.add(new Lexicon.OrgNames(o.id(), o.acronyms(), o.names()));
        }
        for (Alias a : ref.aliases()) {
            names.add(new Gazetteer.Name(a.alias(), AgentRef.state(a.iso2())));
        }
        for (Country c : ref.countries()) {
            names.add(new Gazetteer.Name(c.name(), AgentRef.state(c.iso2())));
        }
        return new Lexicon(new Gazetteer(names), orgs, (groupId, date) -> ref.membersAt(groupId, date).stream()
                .map(m -> m.isState() ? AgentRef.state(m.iso2()) : AgentRef.organization(m.memberOrg()))
                .toList());
    }
}
