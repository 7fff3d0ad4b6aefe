package org.tocgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tocgraph.rdf.TG;
import org.tocgraph.validate.ValidationResult.Problem;

class GraphValidatorTest {
    private static final Path EXAMPLES = Path.of("ontology", "examples");
    private static final String ID = "https://w3id.org/tocgraph/id/";
    private static final String ORG = "http://www.w3.org/ns/org#";

    private static Model shapes;

    @BeforeAll
    static void load() {
        shapes = GraphValidator.defaultShapes();
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    private static Model example(String name) {
        return GraphValidator.read(EXAMPLES.resolve(name));
    }

    private static Resource id(Model m, String path) {
        return m.createResource(ID + path);
    }

    private static void assertConforms(Model data) {
        ValidationResult result = GraphValidator.validate(data, shapes);
        assertTrue(result.conforms(), result::report);
        assertEquals(List.of(), result.messages());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void eachExampleConformsOnItsOwn(Path file) {
        assertConforms(GraphValidator.read(file));
    }

    @Test
    void examplesCoverEveryClassAndConformTogether() throws IOException {
        List<Path> files = examples();
        assertEquals(14, files.size(), files.toString());
        Model union = GraphValidator.read(files.toArray(Path[]::new));
        for (Resource cls : List.of(TG.Mechanism, TG.State, TG.Organization, TG.Group, TG.GroupMembership,
                TG.Membership, TG.Convening,
                TG.Coverage, TG.MeetingFrequency, TG.StatedCount, TG.Entry, TG.SourceSpan, TG.SourceDocument)) {
            assertTrue(union.contains(null, RDF.type, cls), "no example of " + cls);
        }
        assertConforms(union);
        // Published together with the ontology, the data still conforms.
        union.add(GraphValidator.read(Path.of("ontology", "tocgraph.ttl")));
        assertConforms(union);
    }

    @Test
    void reportOfAConformingGraph() {
        // membership.ttl: 6 membership + 6 span + 4 mechanism + 7 entry + 4 state + 3 document triples.
        ValidationResult result = GraphValidator.validate(example("membership.ttl"), shapes);
        assertEquals("Valid: 30 triples conform to the tocgraph shapes.\n", result.report());
        assertEquals(30, result.triples());
    }

    @Test
    void missingEvidenceIsReportedWithItsSourceLine() {
        Model data = example("membership.ttl");
        Resource membership = id(data, "membership/sco/state/MN/observer");
        data.removeAll(membership, TG.evidence, null);

        ValidationResult result = GraphValidator.validate(data, shapes);

        assertFalse(result.conforms());
        assertEquals(List.of("[line 48] membership/sco/state/MN/observer: tg:evidence is missing"
                + " (a Membership must cite its source)"), result.messages());
        Problem p = result.problems().get(0);
        assertEquals("membership/sco/state/MN/observer", p.focus());
        assertEquals("tg:evidence", p.path());
        assertEquals(List.of(48), p.lines());
        assertEquals("Invalid: 1 problem on 1 node (29 triples checked).\n"
                + "  [line 48] membership/sco/state/MN/observer: tg:evidence is missing"
                + " (a Membership must cite its source)\n", result.report());
    }

    @Test
    void missingEvidenceAndItsSpanStillFindsTheLineThroughTheMechanism() {
        Model data = example("membership.ttl");
        Resource membership = id(data, "membership/sco/state/MN/observer");
        data.removeAll(id(data, "membership/sco/state/MN/observer#members-L48"), null, null);
        data.removeAll(membership, TG.evidence, null);

        List<String> messages = GraphValidator.validate(data, shapes).messages();

        assertEquals(List.of("[line 48] membership/sco/state/MN/observer: tg:evidence is missing"
                + " (a Membership must cite its source)"), messages);
    }

    @Test
    void sourceLineOfTheWrongDatatype() {
        Model data = example("stated-count.ttl");
        Resource span = id(data, "count/fatf/L18-1#members-L18");
        data.removeAll(span, TG.sourceLine, null);
        // What Model.addLiteral(s, p, 18) writes: xsd:int, not xsd:integer.
        data.addLiteral(span, TG.sourceLine, 18);

        ValidationResult result = GraphValidator.validate(data, shapes);

        assertFalse(result.conforms());
        assertEquals(1, result.problems().size(), result::report);
        Problem p = result.problems().get(0);
        assertEquals("count/fatf/L18-1#members-L18", p.focus());
        assertEquals("tg:sourceLine", p.path());
        assertEquals("\"18\"^^xsd:int", p.value());
        assertEquals("[line 18] count/fatf/L18-1#members-L18: tg:sourceLine must be one or more xsd:integer ≥ 1"
                + " (a span must say where in the source it is) (got \"18\"^^xsd:int)", p.text());
    }

    @Test
    void countAsAString() {
        Model data = example("stated-count.ttl");
        Resource count = id(data, "count/fatf/L18-1");
        data.removeAll(count, TG.countValue, null);
        data.add(count, TG.countValue, "38");

        List<String> messages = GraphValidator.validate(data, shapes).messages();

        assertEquals(List.of("[line 18] count/fatf/L18-1: tg:countValue must be exactly one xsd:integer ≥ 0"
                + " (got \"38\")"), messages);
    }

    @Test
    void badIsoCodeIsLocatedThroughTheMembershipThatNamesTheState() {
        Model data = example("membership.ttl");
        Resource mongolia = id(data, "state/MN");
        data.removeAll(mongolia, TG.iso2, null);
        data.add(mongolia, TG.iso2, "MNG");
        data.add(mongolia, TG.m49, "49");

        ValidationResult result = GraphValidator.validate(data, shapes);

        assertEquals(List.of(
                "[line 48] state/MN: tg:iso2 \"MNG\" does not match the state's IRI, which must end in /state/"
                        + " and the code",
                "[line 48] state/MN: tg:iso2 must be exactly one string of two capital letters"
                        + " (ISO 3166-1 alpha-2, e.g. \"MN\") (got \"MNG\")",
                "[line 48] state/MN: tg:m49 must be at most one string of three digits, leading zeros kept"
                        + " (e.g. \"496\") (got \"49\")"),
                result.messages());
    }

    @Test
    void inferredMembershipWithoutItsGroup() {
        Model data = example("membership-inferred.ttl");
        data.removeAll(id(data, "membership/sea-pac/state/ID/member/inferred"), TG.viaGroup, null);

        ValidationResult result = GraphValidator.validate(data, shapes);

        assertEquals(List.of("[line 94] membership/sea-pac/state/ID/member/inferred: tg:viaGroup is missing"
                + " (a Membership with tg:basis tg:inferred must name the group it is inferred from)"),
                result.messages());
        assertEquals(null, result.problems().get(0).path());
    }

    @Test
    void inferredMembershipWithoutTheDateOfItsGroupList() {
        Model data = example("membership-inferred.ttl");
        Resource membership = id(data, "membership/sea-pac/state/ID/member/inferred");
        data.removeAll(membership, DCTerms.date, null);

        assertEquals(List.of("[line 94] membership/sea-pac/state/ID/member/inferred: dcterms:date is missing"
                + " (a Membership with tg:basis tg:inferred must give the day whose group member list it uses)"),
                GraphValidator.validate(data, shapes).messages());

        // "October 2025" as the document writes it is not a day.
        data.add(membership, DCTerms.date, data.createTypedLiteral("2025-10", XSDDatatype.XSDgYearMonth));
        assertEquals(List.of("[line 94] membership/sea-pac/state/ID/member/inferred: dcterms:date must be at most"
                + " one xsd:date (the day whose group member list an inferred membership uses)"
                + " (got \"2025-10\"^^xsd:gYearMonth)"), GraphValidator.validate(data, shapes).messages());
    }

    @Test
    void statedMembershipWithAGroupAndAnUnknownRole() {
        Model data = example("membership.ttl");
        Resource membership = id(data, "membership/sco/state/MN/observer");
        data.add(membership, data.createProperty(TG.viaGroup.getURI()), id(data, "group/sco-member-states"));
        data.removeAll(membership, data.createProperty(ORG + "role"), null);
        data.add(membership, data.createProperty(ORG + "role"), data.createResource(TG.ROLE_NS + "chair"));

        List<String> messages = GraphValidator.validate(data, shapes).messages();

        // Constraints on the node itself (no path) come before those on its properties.
        assertEquals(List.of(
                "[line 48] membership/sco/state/MN/observer: tg:viaGroup is only for inferred memberships"
                        + " (this one's tg:basis is not tg:inferred)",
                "[line 48] membership/sco/state/MN/observer: org:role must be exactly one of the role concepts"
                        + " (tgrole:member, tgrole:observer, tgrole:partner, tgrole:participant,"
                        + " tgrole:ad-hoc-participant) (got tgrole:chair)",
                "[line 48] membership/sco/state/MN/observer: tg:viaGroup must link at most one tg:Group"
                        + " (got group/sco-member-states)"),
                messages);
    }

    @Test
    void groupMembershipWithoutMemberAndWithAnUndatedStart() {
        Model data = example("group-membership.ttl");
        Resource membership = id(data, "group/asean-member-states/member/ID");
        data.removeAll(membership, data.createProperty(ORG + "member"), null);
        data.removeAll(membership, TG.validFrom, null);
        data.add(membership, TG.validFrom, "yesterday");

        List<String> messages = GraphValidator.validate(data, shapes).messages();

        // Reference data cites no line of the document, so the messages have none.
        assertEquals(List.of(
                "group/asean-member-states/member/ID: org:member must link exactly one tg:State or tg:Organization",
                "group/asean-member-states/member/ID: tg:validFrom must be at most one xsd:date, xsd:gYearMonth"
                        + " or xsd:gYear (got \"yesterday\")"),
                messages);
    }

    @Test
    void parentStatedOnlyOneWay() {
        Model data = example("organization.ttl");
        data.remove(id(data, "organization/unodc-ccp"), data.createProperty(ORG + "subOrganizationOf"),
                id(data, "organization/wco"));

        List<String> messages = GraphValidator.validate(data, shapes).messages();

        assertEquals(List.of("organization/unodc-ccp: org:subOrganizationOf must link the same nodes as"
                + " tg:parentOrganization (got organization/wco)"), messages);
    }

    @Test
    void entryLinesOutOfOrder() {
        Model data = example("coverage.ttl");
        Resource entry = id(data, "entry/L28");
        data.removeAll(entry, TG.lastLine, null);
        data.addLiteral(entry, TG.lastLine, data.createTypedLiteral("27", XSDDatatype.XSDinteger));

        List<String> messages = GraphValidator.validate(data, shapes).messages();

        assertEquals(List.of("[line 28] entry/L28: tg:firstLine must not be after tg:lastLine (got 28)"), messages);
    }

    @Test
    void focusNodesAreShownRelativeToTheGivenBase() {
        Model data = ModelFactory.createDefaultModel();
        Resource state = data.createResource("http://localhost:8080/kg/id/state/MN");
        state.addProperty(RDF.type, TG.State).addProperty(TG.iso2, "MN");

        ValidationResult result = GraphValidator.validate(data, shapes, "http://localhost:8080/kg/");

        assertEquals(List.of("state/MN: rdfs:label is missing or not text (a State needs its UN M49 English name)",
                "state/MN: skos:prefLabel must be text, present, and at most one per language"), result.messages());
    }

    @Test
    void shortenUsesRootThenPrefixes() {
        PrefixMap prefixes = PrefixMapFactory.create();
        prefixes.add("tg", TG.NS);
        assertEquals("state/KZ", GraphValidator.shorten(NodeFactory.createURI(ID + "state/KZ"), ID, prefixes));
        assertEquals("tg:stated", GraphValidator.shorten(NodeFactory.createURI(TG.NS + "stated"), ID, prefixes));
        assertEquals("<http://example.org/x>",
                GraphValidator.shorten(NodeFactory.createURI("http://example.org/x"), ID, prefixes));
    }

    @Test
    void readNamesTheFileAndLineOfASyntaxError(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix tg: <https://w3id.org/tocgraph/def#> .\n<a> tgx:b <c> .\n");
        ValidationException e = assertThrows(ValidationException.class, () -> GraphValidator.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ": "), e.getMessage());
        assertEquals(bad + ": [line 2, column 5] Undefined prefix: tgx", e.getMessage());

        Path missing = dir.resolve("missing.ttl");
        ValidationException e2 = assertThrows(ValidationException.class, () -> GraphValidator.read(missing));
        assertEquals(missing + ": no such file", e2.getMessage());
    }

    @Test
    void invalidShapesAreAValidationException() {
        Model bad = ModelFactory.createDefaultModel();
        Resource shape = bad.createResource("urn:x:shape");
        bad.add(shape, RDF.type, bad.createResource("http://www.w3.org/ns/shacl#NodeShape"));
        bad.add(shape, bad.createProperty("http://www.w3.org/ns/shacl#targetClass"), TG.State);
        bad.add(shape, bad.createProperty("http://www.w3.org/ns/shacl#minCount"), "one");
        Resource property = bad.createResource();
        bad.add(shape, bad.createProperty("http://www.w3.org/ns/shacl#property"), property);
        bad.add(property, bad.createProperty("http://www.w3.org/ns/shacl#minCount"), "one");

        assertThrows(ValidationException.class,
                () -> GraphValidator.validate(example("state.ttl"), bad));
    }
}
