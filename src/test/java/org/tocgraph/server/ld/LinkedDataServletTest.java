package org.tocgraph.server.ld;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.rdf.Iris;
import org.tocgraph.rdf.TG;

/** The linked-data servlet over real HTTP, on embedded Fuseki servers with port 0. */
class LinkedDataServletTest {
    private static final String LOCAL_BASE = "http://localhost:3030/";
    private static final String CHROME_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,"
            + "image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final Property ORG_ORGANIZATION = ResourceFactory.createProperty(ORG + "organization");
    private static final Property ORG_MEMBER = ResourceFactory.createProperty(ORG + "member");
    private static final Property ORG_ROLE = ResourceFactory.createProperty(ORG + "role");
    private static final Property FOAF_MEMBER = ResourceFactory.createProperty("http://xmlns.com/foaf/0.1/member");
    private static final String EVIL_LABEL = "<script>alert('x')</script> & Co";
    private static final String MN_TEXT = "Belarus Mongolia and Afghanistan are observers";
    private static final String KZ_TEXT = "China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Uzbekistan, India, Pakistan, Iran";
    private static final String SCO_CONVENING = "SCO meetings facilitator: Member state holding the annual SCO"
            + " Chairmanship which rotates yearly.";
    private static final String MEMBERS_CELL = KZ_TEXT + ", " + MN_TEXT + " UNODC, UNOCT, CICA, CAERT are partners";

    private static FusekiServer defaultServer;
    private static FusekiServer localServer;
    private static FusekiServer shuffledServer;
    private static Model defaultData;
    private static Model ontology;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        ontology = ontology();
        defaultData = data(new Iris(Iris.DEFAULT_BASE));
        defaultServer = serve(defaultData, Iris.DEFAULT_BASE);
        localServer = serve(data(new Iris(LOCAL_BASE)), LOCAL_BASE);
        // The same triples added in another order: output must not change.
        List<Statement> statements = new ArrayList<>(defaultData.listStatements().toList());
        Collections.reverse(statements);
        Model shuffled = ModelFactory.createDefaultModel().add(statements);
        shuffledServer = serve(shuffled, Iris.DEFAULT_BASE);
    }

    @AfterAll
    static void stop() {
        for (FusekiServer s : List.of(defaultServer, localServer, shuffledServer)) {
            s.stop();
        }
    }

    private static FusekiServer serve(Model data, String base) {
        LinkedDataServlet servlet = new LinkedDataServlet(data, ontology, base);
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .addServlet("/id/*", servlet).addServlet("/def/*", servlet).build();
        server.start();
        return server;
    }

    // ---- test data: SCO with three memberships, two states, two organizations, one table row

    private static Model data(Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        Resource sco = m.createResource(iris.mechanism("sco"));
        Resource kz = m.createResource(iris.state("KZ"));
        Resource mn = m.createResource(iris.state("MN"));
        Resource unodc = m.createResource(iris.organization("unodc"));
        Resource evil = m.createResource(iris.organization("evil"));
        Resource entry = m.createResource(iris.entry(48));

        sco.addProperty(RDF.type, TG.Mechanism)
                .addProperty(RDF.type, m.createResource(ORG + "OrganizationalCollaboration"))
                .addProperty(RDFS.label, "Shanghai Cooperation Organization")
                .addProperty(TG.acronym, "SCO")
                .addProperty(TG.frequencyText, "The Council of Heads of State meets annually")
                .addProperty(TG.cadence, TG.cadence("annual"))
                .addProperty(TG.entry, entry);
        kz.addProperty(RDF.type, TG.State).addProperty(RDFS.label, "Kazakhstan", "en")
                .addProperty(TG.iso2, "KZ").addLiteral(TG.unMember, true)
                .addProperty(OWL.sameAs, m.createResource("http://www.wikidata.org/entity/Q232"))
                .addProperty(RDFS.seeAlso, m.createResource("https://sws.geonames.org/1522867/"));
        mn.addProperty(RDF.type, TG.State).addProperty(RDFS.label, "Mongolia", "en").addProperty(TG.iso2, "MN");
        unodc.addProperty(RDF.type, TG.Organization)
                .addProperty(RDFS.label, "United Nations Office on Drugs and Crime")
                .addProperty(TG.acronym, "UNODC");
        evil.addProperty(RDF.type, TG.Organization).addProperty(RDFS.label, EVIL_LABEL)
                .addProperty(RDFS.seeAlso, m.createResource("javascript:alert(1)"));
        entry.addProperty(RDF.type, TG.Entry)
                .addLiteral(TG.firstLine, integer(m, 48)).addLiteral(TG.lastLine, integer(m, 48))
                .addLiteral(TG.page, integer(m, 4))
                .addProperty(TG.describes, sco)
                .addProperty(TG.nameText, "Shanghai Cooperation Organization (SCO)")
                .addProperty(TG.conveningText, SCO_CONVENING)
                .addProperty(TG.membersText, MEMBERS_CELL);
        // The document names the SCO's own chairmanship as its convener.
        String scoConvening = iris.convening("sco", "mechanism/sco");
        sco.addProperty(TG.convenedBy, sco).addProperty(TG.convening, m.createResource(scoConvening)
                .addProperty(RDF.type, TG.Convening).addProperty(TG.mechanism, sco).addProperty(TG.convener, sco)
                .addProperty(TG.evidence, m.createResource(iris.evidence(scoConvening, 48, "conveners"))
                        .addLiteral(TG.sourceLine, integer(m, 48))
                        .addProperty(TG.sourceText, "SCO meetings facilitator: Member state holding the annual SCO")
                        .addProperty(TG.inEntry, entry)));

        // CND (line 14): convened by ECOSOC and UNODC, "53 member states".
        Resource cnd = m.createResource(iris.mechanism("cnd"));
        Resource ecosoc = m.createResource(iris.organization("ecosoc"));
        Resource cndEntry = m.createResource(iris.entry(14));
        String countIri = iris.count("cnd", 14, 1);
        Resource count = m.createResource(countIri);
        cnd.addProperty(RDF.type, TG.Mechanism).addProperty(RDFS.label, "Commission on Narcotic Drugs")
                .addProperty(TG.acronym, "CND")
                .addProperty(TG.convenedBy, ecosoc).addProperty(TG.convenedBy, unodc)
                .addProperty(TG.conveningText, "ECOSOC; UNODC")
                .addProperty(TG.convening, m.createResource(iris.convening("cnd", "organization/ecosoc"))
                        .addProperty(RDF.type, TG.Convening)
                        .addProperty(TG.mechanism, cnd).addProperty(TG.convener, ecosoc))
                .addProperty(TG.statedCount, count)
                .addProperty(TG.entry, cndEntry);
        ecosoc.addProperty(RDF.type, TG.Organization).addProperty(RDFS.label, "Economic and Social Council");
        cndEntry.addProperty(RDF.type, TG.Entry).addLiteral(TG.firstLine, integer(m, 14))
                .addLiteral(TG.lastLine, integer(m, 14)).addProperty(TG.describes, cnd);
        count.addProperty(RDF.type, TG.StatedCount).addLiteral(TG.countValue, integer(m, 53))
                .addProperty(TG.countedRole, TG.role("member")).addProperty(TG.countedKind, TG.State)
                .addProperty(TG.evidence, m.createResource(iris.evidence(countIri, 14, "members"))
                        .addLiteral(TG.sourceLine, integer(m, 14))
                        .addProperty(TG.sourceText, "53 member states")
                        .addProperty(TG.inEntry, cndEntry));

        // ASEAN drug matters meeting (line 78): Thailand, inferred from "ASEAN Member States".
        Resource ammd = m.createResource(iris.mechanism("ammd"));
        Resource asean = m.createResource(iris.group("asean-member-states"));
        Resource th = m.createResource(iris.state("TH"));
        ammd.addProperty(RDF.type, TG.Mechanism).addProperty(RDFS.label, "ASEAN Ministerial Meeting on Drug Matters");
        asean.addProperty(RDF.type, TG.Group).addProperty(RDFS.label, "ASEAN Member States")
                .addProperty(FOAF_MEMBER, th);
        th.addProperty(RDF.type, TG.State).addProperty(RDFS.label, "Thailand", "en");
        // The group's dated member list: no role, a start date.
        m.createResource(iris.group("asean-member-states") + "/member/TH")
                .addProperty(RDF.type, m.createResource(ORG + "Membership"))
                .addProperty(ORG_ORGANIZATION, asean).addProperty(ORG_MEMBER, th)
                .addProperty(TG.validFrom, m.createTypedLiteral("1967-08-08", XSD.date.getURI()));
        String inferredIri = iris.membership("ammd", "state/TH", "member", true);
        m.createResource(inferredIri).addProperty(RDF.type, TG.Membership)
                .addProperty(ORG_ORGANIZATION, ammd).addProperty(ORG_MEMBER, th)
                .addProperty(ORG_ROLE, TG.role("member")).addProperty(TG.basis, TG.inferred)
                .addProperty(TG.viaGroup, asean)
                .addProperty(TG.evidence, m.createResource(iris.evidence(inferredIri, 78, "members"))
                        .addLiteral(TG.sourceLine, integer(m, 78))
                        .addProperty(TG.sourceText, "ASEAN Member States"));

        membership(m, iris, sco, "state/KZ", kz, "member", KZ_TEXT, entry);
        membership(m, iris, sco, "state/MN", mn, "observer", MN_TEXT, entry);
        membership(m, iris, sco, "organization/unodc", unodc, "partner", "UNODC, UNOCT, CICA, CAERT are partners", entry);
        membership(m, iris, sco, "organization/evil", evil, "partner", "evil", entry);
        return m;
    }

    private static void membership(Model m, Iris iris, Resource mechanism, String memberPath, Resource member,
            String role, String text, Resource entry) {
        String iri = iris.membership("sco", memberPath, role, false);
        Resource ms = m.createResource(iri);
        Resource span = m.createResource(iris.evidence(iri, 48, "members"));
        ms.addProperty(RDF.type, TG.Membership)
                .addProperty(ORG_ORGANIZATION, mechanism)
                .addProperty(ORG_MEMBER, member)
                .addProperty(ORG_ROLE, TG.role(role))
                .addProperty(TG.basis, TG.stated)
                .addProperty(TG.evidence, span);
        span.addProperty(RDF.type, TG.SourceSpan)
                .addLiteral(TG.sourceLine, integer(m, 48))
                .addLiteral(TG.page, integer(m, 4))
                .addProperty(TG.sourceText, text)
                .addProperty(TG.cell, "Members")
                .addProperty(TG.inEntry, entry);
    }

    private static Literal integer(Model m, int value) {
        return m.createTypedLiteral(Integer.toString(value), XSD.integer.getURI());
    }

    private static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(TG.ONTOLOGY).addProperty(RDF.type, OWL.Ontology)
                .addProperty(RDFS.label, "The tocgraph ontology");
        m.createResource(TG.Mechanism.getURI()).addProperty(RDF.type, OWL.Class)
                .addProperty(RDFS.label, "Mechanism")
                .addProperty(RDFS.comment, "An international coordination mechanism.");
        m.createResource(TG.State.getURI()).addProperty(RDF.type, OWL.Class).addProperty(RDFS.label, "State");
        m.createResource(TG.Organization.getURI()).addProperty(RDF.type, OWL.Class).addProperty(RDFS.label, "Organization");
        m.createResource(TG.acronym.getURI()).addProperty(RDF.type, OWL.DatatypeProperty)
                .addProperty(RDFS.label, "acronym").addProperty(RDFS.domain, TG.Mechanism);
        m.createResource(TG.hostState.getURI()).addProperty(RDF.type, OWL.ObjectProperty)
                .addProperty(RDFS.label, "host state").addProperty(RDFS.domain, m.createResource()
                        .addProperty(RDF.type, OWL.Class)
                        .addProperty(OWL.unionOf, m.createList(TG.Mechanism, TG.Organization)));
        Resource roles = m.createResource(TG.roles.getURI()).addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(RDFS.label, "Roles");
        for (String role : List.of("member", "observer", "partner")) {
            m.createResource(TG.role(role).getURI()).addProperty(RDF.type, SKOS.Concept)
                    .addProperty(RDF.type, TG.Role)
                    .addProperty(RDFS.label, role, "en")
                    .addProperty(SKOS.prefLabel, role, "en")
                    .addProperty(SKOS.definition, "Definition of the " + role + " role.", "en")
                    .addProperty(SKOS.inScheme, roles);
        }
        m.createResource(TG.cadence("annual").getURI()).addProperty(RDF.type, SKOS.Concept)
                .addProperty(RDFS.label, "annual", "en");
        return m;
    }

    // ---- HTTP helpers

    private static HttpResponse<byte[]> get(FusekiServer server, String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        return get(defaultServer, path, accept);
    }

    private static String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String contentType(HttpResponse<byte[]> r) {
        return r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static Model parse(HttpResponse<byte[]> r, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(m);
        return m;
    }

    private static Resource res(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static final String SCO = "https://w3id.org/tocgraph/id/mechanism/sco";
    private static final String MN_OBSERVER = "https://w3id.org/tocgraph/id/membership/sco/state/MN/observer";

    // ---- HTML

    @Test
    void browsersGetHtmlWithMembersByRoleAndSourceText() throws Exception {
        HttpResponse<byte[]> r = get("/id/mechanism/sco", CHROME_ACCEPT);
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(r));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        String html = body(r);
        assertTrue(html.contains("<title>Shanghai Cooperation Organization · tocgraph</title>"), html);
        // Members linked by label, grouped under their role, with the relative local path.
        assertTrue(html.contains("<a href=\"../../id/state/KZ\" title=\"https://w3id.org/tocgraph/id/state/KZ\">Kazakhstan</a>"));
        assertTrue(html.contains(">Mongolia</a>"));
        assertTrue(html.contains(">United Nations Office on Drugs and Crime</a>"));
        assertTrue(html.indexOf(">Member</a>") < html.indexOf(">Observer</a>"));
        assertTrue(html.indexOf(">Observer</a>") < html.indexOf(">Partner</a>"));
        assertTrue(html.contains("<td class=\"fit\">State</td>"));
        assertTrue(html.contains("<td class=\"fit\">Organization</td>"));
        assertTrue(html.contains("stated</span>"));
        // Source line links and the verbatim source row.
        assertTrue(html.contains(">L48</a>"));
        assertTrue(html.contains("<blockquote>" + MEMBERS_CELL.replace("&", "&amp;") + "</blockquote>"));
        assertTrue(html.contains("The Council of Heads of State meets annually"));
        assertTrue(html.contains(">annual</a>"));
        // Raw data, front page, query.
        assertTrue(html.contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"sco?format=ttl\""));
        assertTrue(html.contains("href=\"sco?format=jsonld\""));
        assertTrue(html.contains("<a href=\"../../\">Front page</a>"));
        assertTrue(html.contains("href=\"../../query\""));
        assertTrue(r.headers().firstValue("Link").orElse("").contains("<sco?format=ttl>; rel=\"alternate\"; type=\"text/turtle\""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }

    @Test
    void pagesShareTheSiteFrameAndStylesheetWithNoInlineStyle() throws Exception {
        for (String path : List.of("/id/mechanism/sco", "/def", "/def/role/observer", "/id/mechanism/no-such-thing")) {
            HttpResponse<byte[]> r = get(path, CHROME_ACCEPT);
            String html = body(r);
            String up = "../".repeat((int) path.chars().filter(c -> c == '/').count() - 1);
            assertTrue(html.contains("<link rel=\"stylesheet\" href=\"" + up + "static/tocgraph.css\">"), path + html);
            assertTrue(html.contains("<header class=\"site\">"), path);
            for (String nav : List.of("query", "source", "report", "def", "download/", ".well-known/void")) {
                assertTrue(html.contains("<a href=\"" + up + nav + "\""), path + " links to " + nav);
            }
            assertFalse(html.contains("<style") || html.contains(" style="), path + " has no inline style");
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("style-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
        }
        assertTrue(body(get("/def", CHROME_ACCEPT)).contains("<a href=\"def\" aria-current=\"page\">Ontology</a>"));
    }

    @Test
    void membershipPageShowsEvidenceWithLinePageAndQuotedText() throws Exception {
        String html = body(get("/id/membership/sco/state/MN/observer", "text/html"));
        assertTrue(html.contains("<article class=\"evidence\" id=\"members-L48\">"), html);
        assertTrue(html.contains("line 48"));
        assertTrue(html.contains("page 4"));
        assertTrue(html.contains("<blockquote>" + MN_TEXT + "</blockquote>"));
        assertTrue(html.contains("<a href=\"../../../../../id/entry/L48\""));
        assertTrue(html.contains(">source row L48</a>"));
        assertTrue(html.contains(">Mongolia</a>"));
        assertTrue(html.contains(">Shanghai Cooperation Organization</a>"));
        assertTrue(html.contains(">observer</a>"));
    }

    @Test
    void unlabelledMembershipsGetATitleFromTheirParts() throws Exception {
        String html = body(get("/id/membership/sco/state/MN/observer", "text/html"));
        assertTrue(html.contains("<h1>Mongolia &mdash; observer of Shanghai Cooperation Organization</h1>"), html);
        String entry = body(get("/id/entry/L48", "text/html"));
        assertTrue(entry.contains("<h1>Source row L48</h1>"), entry);
        assertTrue(entry.contains(">Kazakhstan &mdash; member of Shanghai Cooperation Organization</a>"));
    }

    @Test
    void mechanismPageShowsConvenersAndStatedCounts() throws Exception {
        String html = body(get("/id/mechanism/cnd", "text/html"));
        String convened = html.substring(html.indexOf("<dt>Convened by</dt>"));
        convened = convened.substring(0, convened.indexOf("</dd>"));
        assertTrue(convened.contains(">Economic and Social Council</a>"), convened);
        assertTrue(convened.contains(">United Nations Office on Drugs and Crime</a>"), convened);
        assertTrue(html.contains("<q>ECOSOC; UNODC</q>"));
        assertTrue(html.contains("<a href=\"../../id/convening/cnd/organization/ecosoc\" title=\"https://w3id.org/tocgraph/id/convening/cnd/organization/ecosoc\">Economic and Social Council convenes Commission on Narcotic Drugs</a>"), html);
        String counts = html.substring(html.indexOf("<section id=\"stated-counts\">"));
        counts = counts.substring(0, counts.indexOf("</section>"));
        assertTrue(counts.contains("<td>53</td>"), counts);
        assertTrue(counts.contains(">member</a>"));
        assertTrue(counts.contains(">State</a>"));
        assertTrue(counts.contains(">L14</a>"));
        assertTrue(body(get("/id/count/cnd/L14-1", "text/html")).contains("<h1>Stated count: 53 (member, State)</h1>"));
        String unodc = body(get("/id/organization/unodc", "text/html"));
        String convenes = unodc.substring(unodc.indexOf("<section id=\"convenes\">"));
        assertTrue(convenes.substring(0, convenes.indexOf("</section>")).contains(">Commission on Narcotic Drugs</a>"));
    }

    @Test
    void inferredMembershipsShowTheirGroup() throws Exception {
        String ammd = body(get("/id/mechanism/ammd", "text/html"));
        assertTrue(ammd.contains("<span class=\"badge inferred\">inferred</span> via <a href=\"../../id/group/asean-member-states\""),
                ammd);
        String th = body(get("/id/state/TH", "text/html"));
        assertTrue(th.contains(">ASEAN Ministerial Meeting on Drug Matters</a>"), th);
        assertTrue(th.contains("inferred</span> via"));
        assertTrue(th.contains("Listed in groups"));
        String inGroups = section(th, "in-groups");
        assertTrue(inGroups.contains(">ASEAN Member States</a>, <a href=\"../../id/group/asean-member-states/member/TH\""),
                inGroups);
        assertTrue(inGroups.contains(">member since 1967-08-08</a>"), inGroups);
        assertFalse(section(th, "member-of").contains("/member/TH\""), "a group's list is no mechanism membership");
    }

    /** The HTML of {@code <section id="...">}. */
    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id);
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void groupPageListsItsMembersWithTheirDatesAndNoRole() throws Exception {
        String group = body(get("/id/group/asean-member-states", "text/html"));
        String members = section(group, "members");
        assertTrue(members.contains("<th scope=\"col\" class=\"fit\">Member since</th>"), members);
        assertTrue(members.contains(">Thailand</a></td><td class=\"fit\">State</td><td class=\"fit\">1967-08-08</td>"),
                members);
        assertFalse(members.contains(">Role</") || members.contains("since 1967"), members);
        assertFalse(group.contains("id=\"group-members\""), "the member list is not shown twice");
    }

    @Test
    void typesAreNamedForPeopleWithThePrefixedNameAsTooltip() throws Exception {
        String html = body(get("/id/mechanism/sco", "text/html"));
        assertTrue(html.contains("<p class=\"kicker\"><a href=\"../../def#Mechanism\" title=\"tg:Mechanism\">Mechanism</a>"
                + " · <a href=\"http://www.w3.org/ns/org#OrganizationalCollaboration\" class=\"other\""
                + " title=\"org:OrganizationalCollaboration\">Organizational collaboration</a></p>"), html);
        try (var css = LinkedDataServlet.class.getResourceAsStream("/web/static/tocgraph.css")) {
            String text = new String(css.readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(text.contains("uppercase"), "no text-transform: prefixed names keep their case");
            assertTrue(text.matches("(?s).*\\.badge \\{[^}]*white-space: nowrap.*"), "badges do not wrap");
        }
    }

    @Test
    void aSelfConveningMechanismIsConvenedByItsOwnChairInWords() throws Exception {
        String html = body(get("/id/mechanism/sco", "text/html"));
        String convened = html.substring(html.indexOf("<dt>Convened by</dt>"));
        convened = convened.substring(0, convened.indexOf("</dd>"));
        assertTrue(convened.contains("itself, through its own chair or secretariat; the document says: <q>"
                + SCO_CONVENING + "</q> (<a href=\"../../source#L48\""), convened);
        assertFalse(html.contains("convenes Shanghai Cooperation Organization"), html);
        assertFalse(html.contains("<section id=\"convenes\">"), "it does not list itself as convened");
        String convening = body(get("/id/convening/sco/mechanism/sco", "text/html"));
        assertTrue(convening.contains("<h1>Shanghai Cooperation Organization: convened by its own chair or secretariat</h1>"),
                convening);
        assertTrue(convening.contains("</a> itself, through its own chair or secretariat</dd>"), convening);
    }

    @Test
    void statePageListsMechanismsItBelongsToWithRole() throws Exception {
        String html = body(get("/id/state/MN", "text/html"));
        assertTrue(html.contains("Member of"), html);
        String row = html.substring(html.indexOf("id=\"member-of\""));
        assertTrue(row.contains("<a href=\"../../id/mechanism/sco\""));
        assertTrue(row.contains(">observer</a>"));
        // External IRIs are plain outbound links.
        String kz = body(get("/id/state/KZ", "text/html"));
        assertTrue(kz.contains("<a href=\"http://www.wikidata.org/entity/Q232\" class=\"ext\""), kz);
        assertTrue(kz.contains("<a href=\"https://sws.geonames.org/1522867/\" class=\"ext\""));
    }

    @Test
    void entryPageShowsCellsAndTheFactsReadFromIt() throws Exception {
        String html = body(get("/id/entry/L48", "text/html"));
        assertTrue(html.contains("Source row L48"), html);
        assertTrue(html.contains("<blockquote>Shanghai Cooperation Organization (SCO)</blockquote>"));
        assertTrue(html.contains("Facts read from this row"));
        assertTrue(html.contains("href=\"../../id/membership/sco/state/MN/observer\""));
        assertTrue(html.contains("href=\"../../id/membership/sco/state/MN/observer#members-L48\""));
    }

    @Test
    void htmlEscapesDataAndNeverLinksNonWebIris() throws Exception {
        for (String path : List.of("/id/organization/evil", "/id/mechanism/sco")) {
            String html = body(get(path, "text/html"));
            assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; Co"), path);
            assertFalse(html.contains("<script"), path);
            assertFalse(html.contains("href=\"javascript:"), path);
        }
        assertTrue(body(get("/id/organization/evil", "text/html")).contains("<code>javascript:alert(1)</code>"));
    }

    @Test
    void valuesAreWrittenForPeople() throws Exception {
        String kz = body(get("/id/state/KZ", "text/html"));
        assertTrue(kz.contains("<dt>UN member</dt><dd>yes</dd>"), kz);
        assertTrue(kz.contains("class=\"ext\" title=\"http://www.wikidata.org/entity/Q232\">Wikidata Q232</a>"), kz);
        assertTrue(kz.contains("class=\"ext\" title=\"https://sws.geonames.org/1522867/\">GeoNames 1522867</a>"), kz);
        String def = body(get("/def", "text/html"));
        assertTrue(def.contains("<dt>Domain</dt><dd><a href=\"def#Mechanism\" title=\"" + TG.Mechanism.getURI()
                + "\">Mechanism</a> or <a href=\"def#Organization\""), def);
        assertFalse(def.contains("(expression)"));
    }

    // ---- RDF

    @Test
    void turtleHasTheDescriptionIncomingLinksAndLabels() throws Exception {
        HttpResponse<byte[]> r = get("/id/mechanism/sco", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle;charset=utf-8", contentType(r));
        Model m = parse(r, Lang.TURTLE);
        Resource sco = res(SCO);
        assertTrue(m.contains(sco, RDF.type, TG.Mechanism));
        assertTrue(m.contains(sco, TG.acronym, "SCO"));
        assertTrue(m.contains(res(MN_OBSERVER), ORG_ORGANIZATION, sco), "incoming link");
        assertTrue(m.contains(TG.Mechanism, RDFS.label, "Mechanism"), "label of the type, from the ontology");
        assertTrue(m.contains(TG.cadence("annual"), RDFS.label, m.createLiteral("annual", "en")));
        assertTrue(m.contains(res("https://w3id.org/tocgraph/id/entry/L48"), TG.describes, sco));
        // Not part of the description: the membership's own member, the state's codes.
        assertFalse(m.contains(res(MN_OBSERVER), ORG_MEMBER));
        assertFalse(m.contains(null, TG.iso2));
        String ttl = body(r);
        assertTrue(ttl.contains("PREFIX tg: <https://w3id.org/tocgraph/def#>"), ttl);
        assertTrue(ttl.indexOf("<" + SCO + ">") < ttl.indexOf("<" + MN_OBSERVER + ">"), "the resource comes first");
    }

    @Test
    void membershipDescriptionIncludesItsEvidenceNode() throws Exception {
        Model m = parse(get("/id/membership/sco/state/MN/observer", "text/turtle"), Lang.TURTLE);
        Resource span = res(MN_OBSERVER + "#members-L48");
        assertTrue(m.contains(res(MN_OBSERVER), TG.evidence, span));
        assertTrue(m.contains(span, TG.sourceText, MN_TEXT));
        assertTrue(m.contains(span, TG.sourceLine, integer(m, 48)));
        assertTrue(m.contains(res("https://w3id.org/tocgraph/id/state/MN"), RDFS.label, m.createLiteral("Mongolia", "en")));
    }

    @Test
    void allRdfFormatsParseToTheSameGraph() throws Exception {
        Model turtle = parse(get("/id/mechanism/sco", "text/turtle"), Lang.TURTLE);
        assertTrue(turtle.size() > 10);
        record Case(String accept, String type, Lang lang) {
        }
        for (Case c : List.of(new Case("application/ld+json", "application/ld+json", Lang.JSONLD),
                new Case("application/n-triples", "application/n-triples", Lang.NTRIPLES),
                new Case("application/rdf+xml", "application/rdf+xml;charset=utf-8", Lang.RDFXML))) {
            HttpResponse<byte[]> r = get("/id/mechanism/sco", c.accept());
            assertEquals(200, r.statusCode(), c.accept());
            assertEquals(c.type(), contentType(r));
            assertTrue(parse(r, c.lang()).isIsomorphicWith(turtle), c.accept());
        }
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        assertEquals("text/turtle;charset=utf-8", contentType(get("/id/mechanism/sco?format=ttl", CHROME_ACCEPT)));
        assertEquals("application/ld+json", contentType(get("/id/mechanism/sco?format=jsonld", CHROME_ACCEPT)));
        assertEquals("application/n-triples", contentType(get("/id/mechanism/sco?format=nt", "text/html")));
        assertEquals("application/rdf+xml;charset=utf-8", contentType(get("/id/mechanism/sco?format=xml", "text/html")));
        assertEquals("text/html;charset=utf-8", contentType(get("/id/mechanism/sco?format=html", "text/turtle")));
        // Even an Accept header that allows nothing.
        assertEquals(200, get("/id/mechanism/sco?format=rdf", "image/png").statusCode());
        HttpResponse<byte[]> bad = get("/id/mechanism/sco?format=pdf", null);
        assertEquals(400, bad.statusCode());
        assertTrue(body(bad).contains("ttl"));
    }

    @Test
    void weightsChooseTheRepresentation() throws Exception {
        assertEquals("text/turtle;charset=utf-8", contentType(get("/id/mechanism/sco", "text/html;q=0.5, text/turtle;q=0.9")));
        assertEquals("application/ld+json", contentType(get("/id/mechanism/sco", "text/turtle;q=0.1, application/ld+json")));
        assertEquals("text/turtle;charset=utf-8", contentType(get("/id/mechanism/sco", "*/*")));
        assertEquals("text/turtle;charset=utf-8", contentType(get("/id/mechanism/sco", null)));
        assertEquals("application/ld+json", contentType(get("/id/mechanism/sco", "*/*;q=0.8, text/turtle;q=0")));
        assertEquals("text/html;charset=utf-8", contentType(get("/id/mechanism/sco",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
    }

    // ---- errors, HEAD, caching

    @Test
    void aLongUnknownIriIsNotEchoedInFull() throws Exception {
        HttpResponse<byte[]> r = get("/id/mechanism/" + "x".repeat(900), "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(body(r).length() < 300, body(r).length() + " characters");
        assertTrue(body(r).contains("…"), body(r));
    }

    @Test
    void unknownIriIs404InHtmlOrText() throws Exception {
        HttpResponse<byte[]> html = get("/id/mechanism/no-such-thing", CHROME_ACCEPT);
        assertEquals(404, html.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(html));
        assertEquals("Accept", html.headers().firstValue("Vary").orElse(""));
        assertTrue(body(html).contains("https://w3id.org/tocgraph/id/mechanism/no-such-thing"));
        HttpResponse<byte[]> text = get("/id/mechanism/no-such-thing", "text/turtle");
        assertEquals(404, text.statusCode());
        assertEquals("text/plain;charset=utf-8", contentType(text));
        assertEquals(404, get("/id/", "text/turtle").statusCode());
        assertEquals(404, get("/def/role/no-such-role", "text/turtle").statusCode());
        // The hash child exists, the fragment-less prefix of it as a path does not.
        assertEquals(404, get("/id/membership/sco/state/MN", "text/turtle").statusCode());
        for (HttpResponse<byte[]> r : List.of(html, text)) {
            assertFalse(body(r).contains("Exception"));
            assertFalse(body(r).contains("\tat "));
        }
    }

    /** The dataset IRI, which VoID and the service description use, leads to the VoID document. */
    @Test
    void datasetIriIsASeeOtherToItsDescription() throws Exception {
        HttpResponse<byte[]> r = get("/id/dataset", CHROME_ACCEPT);
        assertEquals(303, r.statusCode());
        assertEquals("/.well-known/void", r.headers().firstValue("Location").orElse(""));
        HttpResponse<byte[]> json = get("/id/dataset?format=jsonld", "text/turtle");
        assertEquals(303, json.statusCode());
        assertEquals("/.well-known/void?format=jsonld", json.headers().firstValue("Location").orElse(""));
    }

    @Test
    void unacceptableAcceptIs406WithWhatIsAvailable() throws Exception {
        HttpResponse<byte[]> r = get("/id/mechanism/sco", "image/png, application/pdf");
        assertEquals(406, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        String text = body(r);
        for (String type : List.of("text/html", "text/turtle", "application/ld+json", "application/n-triples",
                "application/rdf+xml")) {
            assertTrue(text.contains(type), type);
        }
        assertEquals(406, get("/id/mechanism/sco", "*/*;q=0").statusCode());
    }

    @Test
    void headHasTheHeadersOfGetAndNoBody() throws Exception {
        HttpResponse<byte[]> getResponse = get("/id/mechanism/sco", "text/turtle");
        HttpRequest head = HttpRequest.newBuilder(URI.create("http://localhost:" + defaultServer.getHttpPort()
                + "/id/mechanism/sco")).header("Accept", "text/turtle").method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<byte[]> r = HTTP.send(head, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals(0, r.body().length);
        assertEquals(contentType(getResponse), contentType(r));
        assertEquals(Integer.toString(getResponse.body().length), r.headers().firstValue("Content-Length").orElse(""));
        assertEquals(getResponse.headers().firstValue("ETag"), r.headers().firstValue("ETag"));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void matchingEtagGives304() throws Exception {
        HttpResponse<byte[]> first = get("/id/mechanism/sco", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpRequest again = HttpRequest.newBuilder(URI.create("http://localhost:" + defaultServer.getHttpPort()
                + "/id/mechanism/sco")).header("Accept", "text/turtle").header("If-None-Match", etag).build();
        assertEquals(304, HTTP.send(again, HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertNotEquals(etag, get("/id/mechanism/sco", "application/ld+json").headers().firstValue("ETag").orElse(""));
    }

    @Test
    void writesAreRefused() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + defaultServer.getHttpPort()
                + "/id/mechanism/sco")).POST(HttpRequest.BodyPublishers.ofString("x")).build();
        HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD, OPTIONS", r.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void outputDoesNotDependOnInsertionOrder() throws Exception {
        for (String accept : List.of("text/turtle", "application/ld+json", "application/n-triples",
                "application/rdf+xml", "text/html")) {
            for (String path : List.of("/id/mechanism/sco", "/id/membership/sco/state/MN/observer", "/def")) {
                byte[] a = get(defaultServer, path, accept).body();
                byte[] b = get(shuffledServer, path, accept).body();
                assertArrayEquals(a, b, accept + " " + path);
            }
        }
    }

    // ---- ontology

    @Test
    void defServesTheWholeOntology() throws Exception {
        HttpResponse<byte[]> r = get("/def", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(parse(r, Lang.TURTLE).isIsomorphicWith(ontology));
        String html = body(get("/def", "text/html"));
        assertTrue(html.contains("<h1>The tocgraph ontology</h1>"), html);
        assertTrue(html.contains("<article class=\"term\" id=\"Mechanism\">"));
        assertTrue(html.contains("An international coordination mechanism."));
        assertTrue(html.contains("<a href=\"def/role/observer\""));
        assertTrue(html.contains("Definition of the observer role."));
    }

    @Test
    void conceptIrisDereferenceFromTheOntology() throws Exception {
        Model m = parse(get("/def/role/observer", "text/turtle"), Lang.TURTLE);
        Resource observer = TG.role("observer");
        assertTrue(m.contains(observer, SKOS.prefLabel, m.createLiteral("observer", "en")));
        assertTrue(m.contains(observer, SKOS.inScheme, TG.roles));
        assertTrue(m.contains(TG.roles, RDFS.label, "Roles"));
        String html = body(get("/def/role/observer", "text/html"));
        assertTrue(html.contains("Definition of the observer role."), html);
        assertTrue(html.contains("<a href=\"../../\">Front page</a>"));
        assertTrue(html.contains("<a href=\"../../def#roles\""));
    }

    // ---- a local base

    @Test
    void localBaseServesLocalIrisAndTheFixedOntology() throws Exception {
        Model m = parse(get(localServer, "/id/mechanism/sco", "text/turtle"), Lang.TURTLE);
        Resource sco = res(LOCAL_BASE + "id/mechanism/sco");
        assertTrue(m.contains(sco, RDF.type, TG.Mechanism));
        assertTrue(m.contains(res(LOCAL_BASE + "id/membership/sco/state/MN/observer"), ORG_ORGANIZATION, sco));
        assertFalse(m.contains(res(SCO), null, (org.apache.jena.rdf.model.RDFNode) null));
        String html = body(get(localServer, "/id/mechanism/sco", "text/html"));
        assertTrue(html.contains("<a href=\"../../id/state/KZ\" title=\"" + LOCAL_BASE + "id/state/KZ\">Kazakhstan</a>"), html);
        assertTrue(html.contains("href=\"../../def/role/observer\""));
        Model concept = parse(get(localServer, "/def/role/member", "text/turtle"), Lang.TURTLE);
        assertTrue(concept.contains(TG.role("member"), RDF.type, SKOS.Concept));
        assertEquals(200, get(localServer, "/def", "text/html").statusCode());
    }

    @Test
    void rejectsABadBase() {
        assertThrows(IllegalArgumentException.class, () -> new LinkedDataServlet(defaultData, ontology, "ftp://example.org/"));
        assertThrows(IllegalArgumentException.class, () -> new LinkedDataServlet(defaultData, ontology, "http://example.org"));
    }
}
