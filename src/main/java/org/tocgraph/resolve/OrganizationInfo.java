package org.tocgraph.resolve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code organizations.csv}: an organization, body, treaty or network the document names.
 *
 * @param id               slug, e.g. {@code "unodc"}; the IRI path segment
 * @param acronyms         acronyms exactly as the document writes them (compare case-sensitively),
 *                         e.g. {@code [INTERPOL, ICPO-INTERPOL]}
 * @param names            full names and other forms to match (compare with {@link Names#normalize})
 * @param label            preferred English name
 * @param kind             one of {@link #KINDS} (the {@code tgkind:} concept slug)
 * @param kindDetail       the source's description of the kind, e.g. "UN entity (UN Secretariat office)"
 * @param parents          ids of the organizations or treaties this one belongs to; usually zero or one
 * @param hostState        ISO alpha-2 of the state a national agency or government belongs to
 * @param wikidataQid      confirmed Wikidata item only
 * @param wikidataEvidence why the QID is confirmed, or empty
 * @param nameSource       where the names come from
 * @param notes            remarks, or empty
 */
public record OrganizationInfo(String id, List<String> acronyms, List<String> names, String label, String kind,
        String kindDetail, List<String> parents, Optional<String> hostState, Optional<String> wikidataQid,
        String wikidataEvidence, String nameSource, String notes) {

    /** The organization-kind concept slugs of the ontology ({@code tgkind:}). */
    public static final List<String> KINDS = List.of("un-entity", "intergovernmental-organization",
            "regional-organization", "national-agency", "ngo", "network", "treaty", "treaty-body",
            "intergovernmental-process", "mechanism", "other");

    public OrganizationInfo {
        Objects.requireNonNull(id, "id");
        acronyms = List.copyOf(acronyms);
        names = List.copyOf(names);
        parents = List.copyOf(parents);
        Objects.requireNonNull(hostState, "hostState");
        Objects.requireNonNull(wikidataQid, "wikidataQid");
    }
}
