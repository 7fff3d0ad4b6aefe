package org.tocgraph.cli;

import org.tocgraph.config.Config;

import picocli.CommandLine.Option;

/** The {@code --service-allow} option of the commands that run SPARQL ({@code serve}, {@code query}). */
final class ServiceOptions {
    @Option(names = "--service-allow", paramLabel = "URL,...", description = "Endpoints a SERVICE clause may "
            + "call (default: the Wikidata endpoint; empty for none).")
    String serviceAllow;

    /** The configuration with the option applied, if it was given. */
    Config apply(Config c) {
        return serviceAllow == null ? c : c.with("service.allow", serviceAllow);
    }
}
