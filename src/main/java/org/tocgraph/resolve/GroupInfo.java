package org.tocgraph.resolve;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@code groups.csv}: a collective reference such as "ASEAN Member States". Members, if
 * known, come from {@link ReferenceData#members(String)}; some groups have none on purpose
 * (e.g. {@code cites-parties}).
 *
 * @param id               slug, e.g. {@code "asean-member-states"}
 * @param label            English label
 * @param labelsInDocument phrases exactly as the document writes them; may be empty
 * @param description      what the group is and which definition was chosen
 * @param source           document lines and where the member list comes from
 */
public record GroupInfo(String id, String label, List<String> labelsInDocument, String description,
        String source) {

    public GroupInfo {
        Objects.requireNonNull(id, "id");
        labelsInDocument = List.copyOf(labelsInDocument);
    }
}
