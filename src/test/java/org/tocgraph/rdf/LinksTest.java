package org.tocgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.config.Config;
import org.tocgraph.pipeline.Pipeline;
import org.tocgraph.resolve.GroupMember;
import org.tocgraph.resolve.OrganizationInfo;
import org.tocgraph.resolve.ReferenceData;

/** Links to other datasets agree with the reference data, and nothing is linked that it does not confirm. */
class LinksTest {
    static Model graph;
    static ReferenceData ref;
    static Iris iris = new Iris(Iris.DEFAULT_BASE);

    @BeforeAll
    static void build() {
        graph = Pipeline.run(Config.defaults()).model();
        ref = ReferenceData.load(Path.of("data/reference"));
    }

    private static Set<String> wikidata(Resource r) {
        Set<String> out = new TreeSet<>();
        r.listProperties(OWL.sameAs).forEach(s -> out.add(s.getObject().asResource().getURI()));
        return out;
    }

    @Test
    void organizationsLinkToWikidataExactlyWhereTheReferenceDataConfirmsIt() {
        int linked = 0;
        for (Resource o : graph.listResourcesWithProperty(RDF.type, TG.Organization).toList()) {
            String id = o.getURI().substring(iris.dataRoot().length() + "organization/".length());
            Optional<String> qid = ref.organization(id).flatMap(OrganizationInfo::wikidataQid);
            Set<String> expected = qid.map(q -> Set.of(GraphBuilder.WD + q)).orElse(Set.of());
            assertEquals(expected, wikidata(o), id);
            linked += expected.size();
        }
        assertTrue(linked > 15, "organizations linked: " + linked);
        // UNODC has no confirmed QID: no link rather than a guessed one.
        assertEquals(Set.of(), wikidata(graph.getResource(iris.organization("unodc"))));
        assertEquals(Set.of(GraphBuilder.WD + "Q8475"), wikidata(graph.getResource(iris.organization("interpol"))));
    }

    @Test
    void mechanismsThatAreOrganizationsLinkWhereConfirmed() {
        assertEquals(Set.of(GraphBuilder.WD + "Q681487"), wikidata(graph.getResource(iris.mechanism("fatf"))));
        assertEquals(Set.of(GraphBuilder.WD + "Q469618"), wikidata(graph.getResource(iris.mechanism("cnd"))));
        assertEquals(Set.of(), wikidata(graph.getResource(iris.mechanism("ccpcj")))); // candidate not confirmed
    }

    @Test
    void parentsAreLinkedAsTheReferenceDataGivesThemAndDescribed() {
        Property subOrganizationOf = graph.createProperty(TG.ORG_NS + "subOrganizationOf");
        Set<String> mechanisms = new TreeSet<>();
        graph.listResourcesWithProperty(RDF.type, TG.Mechanism).forEach(r -> mechanisms.add(id(r)));
        int linked = 0;
        for (Resource body : graph.listResourcesWithProperty(RDF.type, TG.Organization)
                .andThen(graph.listResourcesWithProperty(RDF.type, TG.Mechanism)).toList()) {
            Set<String> expected = new TreeSet<>();
            for (String p : ref.organization(id(body)).map(OrganizationInfo::parents).orElse(List.of())) {
                if (mechanisms.contains(p)) {
                    expected.add(iris.mechanism(p));
                    continue;
                }
                // Not dangling: described with its reference label and kind.
                OrganizationInfo info = ref.organization(p).orElseThrow();
                Resource parent = graph.getResource(iris.organization(p));
                assertEquals(info.label(), parent.getProperty(RDFS.label).getString(), p);
                assertTrue(parent.hasProperty(TG.kind, graph.createResource(TG.KIND_NS + info.kind())), p);
                expected.add(parent.getURI());
            }
            assertEquals(expected, uris(body, TG.parentOrganization), body.getURI());
            assertEquals(expected, uris(body, subOrganizationOf), body.getURI());
            linked += expected.size();
        }
        assertTrue(linked > 20, "parent links: " + linked);
        // organizations.csv: CND and CCPCJ belong to ECOSOC, GRECO to the Council of Europe, the COP to
        // UNTOC, Caricom IMPACS to CARICOM, NAUSS to the AIMC (a mechanism of its own, line 19).
        assertEquals(Set.of(iris.organization("ecosoc")), uris(graph.getResource(iris.mechanism("cnd")),
                TG.parentOrganization));
        assertEquals(Set.of(iris.organization("coe")), uris(graph.getResource(iris.mechanism("greco")),
                TG.parentOrganization));
        assertEquals(Set.of(iris.organization("untoc")), uris(graph.getResource(iris.mechanism("cop-untoc")),
                TG.parentOrganization));
        assertEquals(Set.of(iris.mechanism("aimc")), uris(graph.getResource(iris.organization("nauss")),
                TG.parentOrganization));
        Resource caricom = graph.getResource(iris.organization("caricom"));
        assertEquals(Set.of(caricom.getURI()), uris(graph.getResource(iris.organization("caricom-impacs")),
                TG.parentOrganization));
        // The document never names CARICOM or UNTOC as agents; they are described as parents.
        assertEquals("Caribbean Community", caricom.getProperty(RDFS.label).getString());
        assertEquals(Set.of(GraphBuilder.WD + "Q205995"), wikidata(caricom));
        Resource untoc = graph.getResource(iris.organization("untoc"));
        assertTrue(untoc.hasProperty(TG.kind, graph.createResource(TG.KIND_NS + "treaty")));
        assertEquals(Set.of(), wikidata(untoc));
    }

    private static String id(Resource r) {
        return r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
    }

    private static Set<String> uris(Resource r, Property p) {
        Set<String> out = new TreeSet<>();
        r.listProperties(p).forEach(s -> out.add(s.getObject().asResource().getURI()));
        return out;
    }

    @Test
    void territoriesAndNonUnStatesAreMarked() {
        Resource pr = graph.getResource(iris.state("PR")); // line 76: Puerto Rico, an AMERIPOL member
        assertEquals("territory", pr.getProperty(TG.territorialStatus).getString());
        assertFalse(pr.getProperty(TG.unMember).getBoolean());
        Resource xk = graph.getResource(iris.state("XK")); // line 60: Kosovo
        assertEquals("partially recognized", xk.getProperty(TG.territorialStatus).getString());
        assertFalse(xk.hasProperty(TG.m49));
    }

    @Test
    void inferredMembershipsAreDatedAndNameTheirGroup() {
        Resource th = graph.getResource(iris.membership("asean-ammtc", "state/TH", "member", true));
        assertTrue(th.hasProperty(TG.basis, TG.inferred));
        assertEquals(graph.getResource(iris.group("asean-member-states")), th.getPropertyResourceValue(TG.viaGroup));
        RDFNode date = th.getProperty(DCTerms.date).getObject();
        assertEquals("2025-10-01", date.asLiteral().getLexicalForm());
        assertFalse(graph.containsResource(graph.getResource(
                iris.membership("asean-ammtc", "state/TL", "member", true))));
    }

    @Test
    void groupMembershipsAreTypedAndAsTheReferenceDataDatesThem() {
        Property organization = graph.createProperty(TG.ORG_NS + "organization");
        int checked = 0;
        for (Resource g : graph.listResourcesWithProperty(RDF.type, TG.Group).toList()) {
            String id = g.getURI().substring(iris.dataRoot().length() + "group/".length());
            for (GroupMember gm : ref.members(id)) {
                Resource ms = graph.getResource(iris.groupMembership(id, gm.isState() ? gm.iso2() : gm.memberOrg()));
                assertTrue(ms.hasProperty(RDF.type, TG.GroupMembership), ms.getURI());
                assertEquals(g, ms.getPropertyResourceValue(organization));
                assertEquals(gm.validFrom(), lexical(ms, TG.validFrom), ms.getURI());
                assertEquals(gm.validTo(), lexical(ms, TG.validTo), ms.getURI());
                assertEquals(gm.source(), lexical(ms, DCTerms.source), ms.getURI());
                checked++;
            }
        }
        assertTrue(checked > 40, "group memberships checked: " + checked);
        assertEquals(graph.listResourcesWithProperty(RDF.type, TG.GroupMembership).toList().size(), checked);
        // Every membership of a group is typed, so the shapes reach it.
        for (Resource ms : graph.listResourcesWithProperty(organization).toList()) {
            boolean ofGroup = ms.getPropertyResourceValue(organization).hasProperty(RDF.type, TG.Group);
            assertEquals(ofGroup, ms.hasProperty(RDF.type, TG.GroupMembership), ms.getURI());
        }
        // group-members.csv: Timor-Leste joined ASEAN on 26 October 2025, Brunei in 1984 (year only).
        Resource tl = graph.getResource(iris.groupMembership("asean-member-states", "TL"));
        assertEquals(XSDDatatype.XSDdate.getURI(), tl.getProperty(TG.validFrom).getLiteral().getDatatypeURI());
        Resource bn = graph.getResource(iris.groupMembership("asean-member-states", "BN"));
        assertEquals(XSDDatatype.XSDgYear.getURI(), bn.getProperty(TG.validFrom).getLiteral().getDatatypeURI());
        assertEquals("1984", lexical(bn, TG.validFrom));
    }

    private static String lexical(Resource r, Property p) {
        return r.hasProperty(p) ? r.getProperty(p).getLiteral().getLexicalForm() : "";
    }
}
