package org.tocgraph.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The tocgraph vocabulary: every class, property and concept the converter writes, as constants,
 * in the manner of Jena's {@code DCTerms}. The terms are defined in {@code ontology/tocgraph.ttl}.
 *
 * <pre>{@code
 * model.add(mechanism, RDF.type, TG.Mechanism);
 * }</pre>
 */
public final class TG {
    /** Namespace of the ontology; fixed, whatever base the data IRIs use. */
    public static final String NS = "https://w3id.org/tocgraph/def#";
    /** The ontology IRI (the namespace without its hash). */
    public static final String ONTOLOGY = "https://w3id.org/tocgraph/def";
    /** Namespace of the role concepts. */
    public static final String ROLE_NS = "https://w3id.org/tocgraph/def/role/";
    /** Namespace of the meeting-cadence concepts. */
    public static final String CADENCE_NS = "https://w3id.org/tocgraph/def/cadence/";
    /** Namespace of the organization-kind concepts. */
    public static final String KIND_NS = "https://w3id.org/tocgraph/def/kind/";
    /** W3C Organization ontology. */
    public static final String ORG_NS = "http://www.w3.org/ns/org#";
    /** W3C PROV-O. */
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    /** FOAF. */
    public static final String FOAF_NS = "http://xmlns.com/foaf/0.1/";
    /** schema.org, in the http form its RDF terms (and Wikidata) use. */
    public static final String SCHEMA_NS = "http://schema.org/";
    /** Wikidata entities. */
    public static final String WD_NS = "http://www.wikidata.org/entity/";

    /** The vocabulary prefixes every output declares, in a fixed order (data prefixes depend on the base). */
    public static final Map<String, String> PREFIXES = prefixes();

    private static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("tg", NS);
        p.put("tgrole", ROLE_NS);
        p.put("tgcad", CADENCE_NS);
        p.put("tgkind", KIND_NS);
        p.put("org", ORG_NS);
        p.put("skos", SKOS.uri);
        p.put("dcterms", DCTerms.NS);
        p.put("prov", PROV_NS);
        p.put("foaf", FOAF_NS);
        p.put("schema", SCHEMA_NS);
        p.put("owl", OWL.NS);
        p.put("rdfs", RDFS.uri);
        p.put("xsd", XSD.NS);
        p.put("wd", WD_NS);
        return Collections.unmodifiableMap(p);
    }

    private TG() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Mechanism = resource("Mechanism");
    public static final Resource State = resource("State");
    public static final Resource Organization = resource("Organization");
    public static final Resource Group = resource("Group");
    public static final Resource Membership = resource("Membership");
    public static final Resource GroupMembership = resource("GroupMembership");
    public static final Resource Convening = resource("Convening");
    public static final Resource Coverage = resource("Coverage");
    public static final Resource MeetingFrequency = resource("MeetingFrequency");
    public static final Resource StatedCount = resource("StatedCount");
    public static final Resource Entry = resource("Entry");
    public static final Resource SourceSpan = resource("SourceSpan");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource Role = resource("Role");
    public static final Resource Cadence = resource("Cadence");
    public static final Resource OrganizationKind = resource("OrganizationKind");
    public static final Resource Basis = resource("Basis");

    // Individuals
    /** Basis of a fact the document states. */
    public static final Resource stated = resource("stated");
    /** Basis of a fact derived from a group's member list. */
    public static final Resource inferred = resource("inferred");
    /** Concept schemes. */
    public static final Resource roles = resource("roles");
    public static final Resource cadences = resource("cadences");
    public static final Resource organizationKinds = resource("organizationKinds");

    // Mechanism
    public static final Property acronym = property("acronym");
    public static final Property entry = property("entry");
    public static final Property frequency = property("frequency");
    public static final Property cadence = property("cadence");
    public static final Property frequencyText = property("frequencyText");
    public static final Property duration = property("duration");
    public static final Property convenedBy = property("convenedBy");
    public static final Property convening = property("convening");
    public static final Property conveningText = property("conveningText");
    public static final Property covers = property("covers");
    public static final Property coverage = property("coverage");
    public static final Property statedCount = property("statedCount");

    // Membership, convening, coverage
    public static final Property basis = property("basis");
    public static final Property viaGroup = property("viaGroup");
    public static final Property except = property("except");
    public static final Property validFrom = property("validFrom");
    public static final Property validTo = property("validTo");
    public static final Property mechanism = property("mechanism");
    public static final Property convener = property("convener");
    public static final Property area = property("area");

    // Counts
    public static final Property countValue = property("countValue");
    public static final Property isMinimum = property("isMinimum");
    public static final Property countedRole = property("countedRole");
    public static final Property countedKind = property("countedKind");

    // Provenance
    public static final Property evidence = property("evidence");
    public static final Property sourceLine = property("sourceLine");
    public static final Property page = property("page");
    public static final Property sourceText = property("sourceText");
    public static final Property cell = property("cell");
    public static final Property readingNote = property("readingNote");
    public static final Property inEntry = property("inEntry");
    public static final Property describes = property("describes");
    public static final Property firstLine = property("firstLine");
    public static final Property lastLine = property("lastLine");
    public static final Property nameText = property("nameText");
    public static final Property membersText = property("membersText");

    // States
    public static final Property iso2 = property("iso2");
    public static final Property iso3 = property("iso3");
    public static final Property isoNumeric = property("isoNumeric");
    public static final Property m49 = property("m49");
    public static final Property geonamesId = property("geonamesId");
    public static final Property unMember = property("unMember");
    public static final Property territorialStatus = property("territorialStatus");

    // Organizations
    public static final Property kind = property("kind");
    public static final Property hostState = property("hostState");
    public static final Property parentOrganization = property("parentOrganization");

    // Concepts
    public static final Property isoDuration = property("isoDuration");

    /** A role concept, e.g. {@code role("observer")}. */
    public static Resource role(String name) {
        return ResourceFactory.createResource(ROLE_NS + name);
    }

    /** A cadence concept, e.g. {@code cadence("annual")}. */
    public static Resource cadence(String name) {
        return ResourceFactory.createResource(CADENCE_NS + name);
    }
}
