package org.tocgraph.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.tocgraph.rdf.TG;

/** Facts about the published data that the pages and the dataset description show, computed once. */
record Summary(long triples, long distinctSubjects, long properties, Map<Resource, Long> classCounts,
        List<Labelled> mechanisms, List<Labelled> states, List<Labelled> organizations,
        Optional<Resource> sourceDocument, Optional<String> sourceTitle, List<String> vocabularies,
        List<LinkCount> links) {

    /** A resource with a display label. */
    record Labelled(String iri, String label) {
    }

    /** A kind of link to another dataset: predicate, object namespace, and how many such triples there are. */
    record LinkTarget(String key, String title, Property predicate, String uriSpace, String datasetIri,
            String homepage, String sparqlEndpoint) {
    }

    record LinkCount(LinkTarget target, long triples) {
    }

    /** The outgoing links the dataset description reports as linksets. */
    static final List<LinkTarget> LINK_TARGETS = List.of(
            new LinkTarget("wikidata", "Wikidata", OWL.sameAs, "http://www.wikidata.org/entity/",
                    "https://www.wikidata.org/", "https://www.wikidata.org/", "https://query.wikidata.org/sparql"),
            new LinkTarget("geonames", "GeoNames", RDFS.seeAlso, "https://sws.geonames.org/",
                    "https://www.geonames.org/", "https://www.geonames.org/", null));

    static Summary of(Graph graph) {
        Model m = ModelFactory.createModelForGraph(graph);
        Map<Resource, Long> classCounts = new LinkedHashMap<>();
        m.listStatements(null, RDF.type, (RDFNode) null).forEach(s -> {
            if (s.getObject().isURIResource()) {
                classCounts.merge(s.getResource(), 1L, Long::sum);
            }
        });
        TreeSet<String> vocabularies = new TreeSet<>();
        TreeSet<String> predicates = new TreeSet<>();
        m.listStatements().forEach(s -> {
            predicates.add(s.getPredicate().getURI());
            vocabularies.add(namespace(s.getPredicate().getURI()));
        });
        classCounts.keySet().forEach(c -> vocabularies.add(namespace(c.getURI())));
        long subjects = m.listSubjects().toList().size();

        Optional<Resource> doc = m.listResourcesWithProperty(RDF.type, TG.SourceDocument).toList().stream()
                .filter(Resource::isURIResource).min(Comparator.comparing(Resource::getURI));
        Optional<String> title = doc.flatMap(d -> Optional.ofNullable(d.getProperty(DCTerms.title)))
                .map(Statement::getString);

        List<LinkCount> links = new ArrayList<>();
        for (LinkTarget t : LINK_TARGETS) {
            long n = m.listStatements(null, t.predicate(), (RDFNode) null).toList().stream()
                    .filter(s -> s.getObject().isURIResource()
                            && s.getResource().getURI().startsWith(t.uriSpace()))
                    .count();
            links.add(new LinkCount(t, n));
        }
        return new Summary(graph.size(), subjects, predicates.size(), Collections.unmodifiableMap(classCounts),
                labelled(m, TG.Mechanism),
                labelled(m, TG.State), labelled(m, TG.Organization), doc, title, List.copyOf(vocabularies),
                List.copyOf(links));
    }

    long count(Resource type) {
        return classCounts.getOrDefault(type, 0L);
    }

    /** Instances of a class with their labels, sorted by label, then IRI. */
    private static List<Labelled> labelled(Model m, Resource type) {
        return m.listResourcesWithProperty(RDF.type, type).toList().stream()
                .filter(Resource::isURIResource)
                .map(r -> new Labelled(r.getURI(), label(r)))
                .sorted(Comparator.comparing((Labelled l) -> l.label().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(Labelled::iri))
                .toList();
    }

    /** rdfs:label, else skos:prefLabel, preferring English or no language; else the last IRI segment. */
    static String label(Resource r) {
        for (Property p : List.of(RDFS.label, SKOS.prefLabel)) {
            Optional<String> best = r.listProperties(p).toList().stream()
                    .map(Statement::getObject).filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                    .min(Comparator.comparingInt(Summary::languageRank).thenComparing(Literal::getLexicalForm))
                    .map(Literal::getLexicalForm);
            if (best.isPresent()) {
                return best.get();
            }
        }
        String iri = r.getURI();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    private static int languageRank(Literal l) {
        String lang = l.getLanguage();
        return lang.isEmpty() ? 1 : lang.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? 0 : 2;
    }

    /** The namespace of a term: up to and including its last '#' or '/'. */
    static String namespace(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i < 0 ? iri : iri.substring(0, i + 1);
    }
}
