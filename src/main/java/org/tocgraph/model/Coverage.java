package org.tocgraph.model;

/** A state or group that a mechanism covers without being a member ("Covers the Horn of Africa"). */
public record Coverage(AgentRef area, Span evidence) {
}
