package org.tocgraph.model;

import java.util.List;

/**
 * One row of the table, interpreted: the mechanism it describes and every fact read from it.
 * Two entries with the same {@code mechanism} are two descriptions of one real-world mechanism.
 *
 * @param mechanism stable slug of the mechanism described
 * @param name      the mechanism's name, wrapped lines joined
 * @param acronyms  acronyms the name gives in parentheses
 * @param row       the row as read, with its source lines
 */
public record Entry(String mechanism, String name, List<String> acronyms, Row row, Frequency frequency,
        List<Convening> conveners, List<Membership> memberships, List<StatedCount> counts,
        List<Coverage> coverage) {
    public Entry {
        acronyms = List.copyOf(acronyms);
        conveners = List.copyOf(conveners);
        memberships = List.copyOf(memberships);
        counts = List.copyOf(counts);
        coverage = List.copyOf(coverage);
    }
}
