package org.tocgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.model.Role;
import org.tocgraph.rdf.TG;

/** The ontology file against TG.java and the model in ontology/README.md. */
class OntologyTest {
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";
    private static final String SCHEMA = "http://schema.org/";
    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final String EU_FREQ = "http://publications.europa.eu/resource/authority/frequency/";

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = GraphValidator.read(Path.of("ontology", "tocgraph.ttl"));
    }

    private static Resource r(String iri) {
        return ontology.createResource(iri);
    }

    private static Property p(String iri) {
        return ontology.createProperty(iri);
    }

    /** Every public static Resource (or Property) constant of TG, by field name. */
    private static Map<String, Resource> tgConstants() throws IllegalAccessException {
        Map<String, Resource> terms = new TreeMap<>();
        for (Field f : TG.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
                    && Resource.class.isAssignableFrom(f.getType())) {
                terms.put(f.getName(), (Resource) f.get(null));
            }
        }
        return terms;
    }

    private static String englishLiteral(Resource s, Property p) {
        List<String> values = new ArrayList<>();
        for (RDFNode o : ontology.listObjectsOfProperty(s, p).toList()) {
            if (o.isLiteral() && "en".equals(o.asLiteral().getLanguage()) && !o.asLiteral().getString().isBlank()) {
                values.add(o.asLiteral().getString());
            }
        }
        return values.isEmpty() ? null : values.get(0);
    }

    @Test
    void ontologyHeader() {
        Resource ont = r(TG.ONTOLOGY);
        assertTrue(ontology.contains(ont, RDF.type, OWL.Ontology));
        assertEquals(List.of(ont), ontology.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList());
        assertTrue(englishLiteral(ont, DCTerms.title) != null);
        assertTrue(englishLiteral(ont, DCTerms.description) != null);
        // Generic RDF tools label a resource by rdfs:label and rdfs:comment, not by DCMI terms.
        assertEquals(englishLiteral(ont, DCTerms.title), englishLiteral(ont, RDFS.label));
        assertTrue(englishLiteral(ont, RDFS.comment) != null);
        assertTrue(ontology.contains(ont, DCTerms.license, r("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(ont.hasProperty(OWL.versionInfo));
        assertEquals("tg", ont.getProperty(p(VANN + "preferredNamespacePrefix")).getString());
        assertEquals("https://w3id.org/tocgraph/def#", ont.getProperty(p(VANN + "preferredNamespaceUri")).getString());
    }

    @Test
    void everyTgConstantIsDefinedWithLabelAndComment() throws IllegalAccessException {
        Map<String, Resource> terms = tgConstants();
        // Guards against the reflection finding nothing: TG has 17 classes, 5 individuals, 45 properties.
        assertEquals(69, terms.size(), "TG constants found: " + terms.keySet());
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Resource> e : terms.entrySet()) {
            Resource term = r(e.getValue().getURI());
            if (!term.hasProperty(RDF.type)) {
                missing.add(e.getKey() + " has no rdf:type");
            }
            if (englishLiteral(term, RDFS.label) == null) {
                missing.add(e.getKey() + " has no English rdfs:label");
            }
            if (englishLiteral(term, RDFS.comment) == null) {
                missing.add(e.getKey() + " has no English rdfs:comment");
            }
            if (!term.hasProperty(RDFS.isDefinedBy, r(TG.ONTOLOGY))) {
                missing.add(e.getKey() + " has no rdfs:isDefinedBy");
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void constantsHaveTheRightKindOfDefinition() throws IllegalAccessException {
        List<String> wrong = new ArrayList<>();
        Set<String> individuals = Set.of("stated", "inferred", "roles", "cadences", "organizationKinds");
        for (Map.Entry<String, Resource> e : tgConstants().entrySet()) {
            Resource term = r(e.getValue().getURI());
            boolean ok;
            if (e.getValue() instanceof Property) {
                ok = term.hasProperty(RDF.type, OWL.ObjectProperty) || term.hasProperty(RDF.type, OWL.DatatypeProperty);
            } else if (individuals.contains(e.getKey())) {
                ok = term.hasProperty(RDF.type, r(TG.Basis.getURI()))
                        || term.hasProperty(RDF.type, SKOS.ConceptScheme);
            } else {
                ok = term.hasProperty(RDF.type, OWL.Class);
            }
            if (!ok) {
                wrong.add(e.getKey());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(r(TG.stated.getURI()).hasProperty(RDF.type, r(TG.Basis.getURI())));
        assertTrue(r(TG.inferred.getURI()).hasProperty(RDF.type, r(TG.Basis.getURI())));
        for (Resource scheme : List.of(TG.roles, TG.cadences, TG.organizationKinds)) {
            assertTrue(r(scheme.getURI()).hasProperty(RDF.type, SKOS.ConceptScheme), scheme.getURI());
        }
    }

    @Test
    void ontologyDefinesNoTermBeyondTg() throws IllegalAccessException {
        Set<String> known = tgConstants().values().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> extra = new TreeSet<>();
        ontology.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(TG.NS) && !known.contains(s.getURI())) {
                extra.add(s.getURI());
            }
        });
        assertEquals(Set.of(), extra, "terms in tocgraph.ttl without a TG constant");
    }

    @Test
    void propertiesHaveDomainsAndRanges() throws IllegalAccessException {
        // tg:validFrom and tg:validTo take two date types and tg:countedKind takes classes; none has a range.
        Set<String> noRange = Set.of("validFrom", "validTo", "countedKind");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Resource> e : tgConstants().entrySet()) {
            if (!(e.getValue() instanceof Property)) {
                continue;
            }
            Resource term = r(e.getValue().getURI());
            if (!term.hasProperty(RDFS.domain)) {
                wrong.add(e.getKey() + " has no domain");
            }
            if (term.hasProperty(RDFS.range) == noRange.contains(e.getKey())) {
                wrong.add(e.getKey() + (noRange.contains(e.getKey()) ? " has a range" : " has no range"));
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(r(TG.sourceLine.getURI()).hasProperty(RDFS.range, r(XSDDatatype.XSDinteger.getURI())));
        assertTrue(r(TG.isoDuration.getURI()).hasProperty(RDFS.range, r(XSDDatatype.XSDduration.getURI())));
        assertTrue(r(TG.viaGroup.getURI()).hasProperty(RDFS.range, r(TG.Group.getURI())));
        // The ontology must not narrow ORG's own properties.
        assertFalse(r(ORG + "member").hasProperty(RDFS.range));
    }

    @Test
    void classesAreLinkedToReusedVocabulariesAsTheReadmeSays() {
        String[][] links = {
            {"Mechanism", ORG + "OrganizationalCollaboration"},
            {"Membership", ORG + "Membership"},
            {"GroupMembership", ORG + "Membership"},
            {"Organization", ORG + "FormalOrganization"},
            {"State", FOAF + "Agent"},
            {"State", SCHEMA + "Country"},
            {"Group", FOAF + "Group"},
            {"Entry", PROV + "Entity"},
            {"SourceSpan", PROV + "Entity"},
            {"SourceDocument", PROV + "Entity"},
            {"SourceDocument", FOAF + "Document"},
            {"Role", ORG + "Role"},
            {"Role", SKOS.Concept.getURI()},
            {"Cadence", SKOS.Concept.getURI()},
            {"OrganizationKind", SKOS.Concept.getURI()},
        };
        for (String[] link : links) {
            assertTrue(r(TG.NS + link[0]).hasProperty(RDFS.subClassOf, r(link[1])), link[0] + " ⊑ " + link[1]);
        }
    }

    @Test
    void everyTypeTheConverterAssertsIsInTheOntologyOrItsSuperclasses() {
        // A type outside tg: must be one the ontology names, in the same namespace form
        // ("https://schema.org/Country" would not meet the ontology's schema:Country).
        Model graph = org.tocgraph.pipeline.Pipeline.run(org.tocgraph.config.Config.defaults()).model();
        Set<String> named = new TreeSet<>();
        ontology.listStatements().forEach(st -> {
            named.add(st.getSubject().toString());
            if (st.getObject().isURIResource()) {
                named.add(st.getObject().asResource().getURI());
            }
        });
        Set<String> unknown = new TreeSet<>();
        graph.listObjectsOfProperty(RDF.type).forEach(t -> {
            if (!named.contains(t.asResource().getURI())) {
                unknown.add(t.asResource().getURI());
            }
        });
        assertEquals(Set.of(), unknown);
        assertTrue(graph.contains(r("https://w3id.org/tocgraph/id/state/KZ"), RDF.type, r(SCHEMA + "Country")));
    }

    /** Concepts of a scheme, by local name after the namespace. */
    private static Set<String> conceptsOf(Resource scheme, String ns) {
        Set<String> names = new TreeSet<>();
        ontology.listSubjectsWithProperty(SKOS.inScheme, r(scheme.getURI())).forEach(c -> {
            assertTrue(c.getURI().startsWith(ns), c.getURI());
            names.add(c.getURI().substring(ns.length()));
        });
        return names;
    }

    private static void checkConcepts(Resource scheme, String ns, Resource type, Set<String> expected) {
        Resource s = r(scheme.getURI());
        assertEquals(expected, conceptsOf(scheme, ns));
        for (String name : expected) {
            Resource c = r(ns + name);
            assertTrue(c.hasProperty(RDF.type, SKOS.Concept), name);
            assertTrue(c.hasProperty(RDF.type, r(type.getURI())), name);
            assertTrue(c.hasProperty(SKOS.topConceptOf, s), name);
            assertTrue(s.hasProperty(SKOS.hasTopConcept, c), name);
            assertEquals(1, ontology.listObjectsOfProperty(c, SKOS.prefLabel).toList().size(), name);
            assertTrue(englishLiteral(c, SKOS.prefLabel) != null, name);
            assertTrue(englishLiteral(c, SKOS.definition) != null, name);
            assertTrue(englishLiteral(c, RDFS.label) != null, name);
            assertTrue(englishLiteral(c, RDFS.comment) != null, name);
        }
        assertEquals(expected.size(), ontology.listObjectsOfProperty(s, SKOS.hasTopConcept).toList().size());
        assertTrue(englishLiteral(s, SKOS.prefLabel) != null);
    }

    @Test
    void roleConceptsMatchTheRoleEnum() {
        Set<String> slugs = Arrays.stream(Role.values()).map(Role::slug).collect(Collectors.toSet());
        assertEquals(Set.of("member", "observer", "partner", "participant", "ad-hoc-participant"), slugs);
        checkConcepts(TG.roles, TG.ROLE_NS, TG.Role, slugs);
        for (String slug : slugs) {
            assertTrue(r(TG.ROLE_NS + slug).hasProperty(RDF.type, r(ORG + "Role")), slug);
        }
        assertEquals(TG.role("observer").getURI(), TG.ROLE_NS + "observer");
    }

    @Test
    void cadenceConceptsWithDurationsAndEuMatches() {
        Set<String> names = Set.of("monthly", "quarterly", "three-times-a-year", "semiannual", "annual", "biennial",
                "triennial", "quadrennial", "irregular", "ad-hoc");
        checkConcepts(TG.cadences, TG.CADENCE_NS, TG.Cadence, names);
        Map<String, String> durations = Map.of("monthly", "P1M", "quarterly", "P3M", "three-times-a-year", "P4M",
                "semiannual", "P6M", "annual", "P1Y", "biennial", "P2Y", "triennial", "P3Y", "quadrennial", "P4Y");
        for (String name : names) {
            Resource c = r(TG.cadence(name).getURI());
            List<RDFNode> d = ontology.listObjectsOfProperty(c, p(TG.isoDuration.getURI())).toList();
            if (durations.containsKey(name)) {
                assertEquals(1, d.size(), name);
                Literal l = d.get(0).asLiteral();
                assertEquals(durations.get(name), l.getLexicalForm(), name);
                assertEquals(XSDDatatype.XSDduration.getURI(), l.getDatatypeURI(), name);
            } else {
                assertEquals(List.of(), d, name);
            }
        }
        Map<String, String> exact = Map.of("monthly", "MONTHLY", "quarterly", "QUARTERLY",
                "three-times-a-year", "ANNUAL_3", "semiannual", "ANNUAL_2", "annual", "ANNUAL", "biennial", "BIENNIAL",
                "triennial", "TRIENNIAL", "quadrennial", "QUADRENNIAL", "irregular", "IRREG");
        for (String name : names) {
            Resource c = r(TG.cadence(name).getURI());
            if (exact.containsKey(name)) {
                assertTrue(c.hasProperty(SKOS.exactMatch, r(EU_FREQ + exact.get(name))), name);
            } else {
                assertFalse(c.hasProperty(SKOS.exactMatch), name);
            }
        }
        assertTrue(r(TG.cadence("ad-hoc").getURI()).hasProperty(SKOS.closeMatch, r(EU_FREQ + "AS_NEEDED")));
    }

    @Test
    void organizationKindConcepts() {
        checkConcepts(TG.organizationKinds, TG.KIND_NS, TG.OrganizationKind, Set.of("un-entity",
                "intergovernmental-organization", "regional-organization", "national-agency", "ngo", "network",
                "treaty", "treaty-body", "intergovernmental-process", "mechanism", "other"));
    }

    @Test
    void basisIsClosed() {
        RDFNode equivalent = r(TG.Basis.getURI()).getPropertyResourceValue(OWL.equivalentClass);
        List<RDFNode> members = equivalent.asResource().getPropertyResourceValue(OWL.oneOf)
                .as(org.apache.jena.rdf.model.RDFList.class).asJavaList();
        assertEquals(List.of(ResourceFactory.createResource(TG.stated.getURI()),
                ResourceFactory.createResource(TG.inferred.getURI())), members);
    }
}
