package org.tocgraph.model;

/**
 * A number the document states about a mechanism's membership, e.g. "18 observer states".
 *
 * @param value   the number
 * @param minimum true when the document gives a floor ("25+ countries")
 * @param role    the role counted
 * @param counted what is counted: {@code State}, {@code Organization} or {@code Agent} (any member)
 */
public record StatedCount(int value, boolean minimum, Role role, String counted, Span evidence) {
}
