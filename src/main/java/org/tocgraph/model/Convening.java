package org.tocgraph.model;

/** A body or state that convenes a mechanism, with the text naming it. */
public record Convening(AgentRef convener, Span evidence) {
}
