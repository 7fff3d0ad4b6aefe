package org.tocgraph.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.tocgraph.interpret.Interpreter;
import org.tocgraph.model.AgentRef;
import org.tocgraph.model.Convening;
import org.tocgraph.model.Coverage;
import org.tocgraph.model.Entry;
import org.tocgraph.model.Membership;
import org.tocgraph.model.Row;
import org.tocgraph.model.Span;
import org.tocgraph.model.StatedCount;
import org.tocgraph.resolve.Country;
import org.tocgraph.resolve.GroupInfo;
import org.tocgraph.resolve.GroupMember;
import org.tocgraph.resolve.OrganizationInfo;
import org.tocgraph.resolve.ReferenceData;

/**
 * Maps the interpreted table to RDF under the tocgraph ontology ({@code ontology/README.md}).
 *
 * <pre>{@code
 * Model model = new GraphBuilder(new Iris(base), reference).build(result);
 * }</pre>
 */
public final class GraphBuilder {
    public static final String WD = TG.WD_NS;
    public static final String GEONAMES = "https://sws.geonames.org/";
    private static final String ORG = TG.ORG_NS;
    private static final String PROV = TG.PROV_NS;
    private static final String FOAF = TG.FOAF_NS;

    private final Iris iris;
    private final ReferenceData reference;
    private Model m;
    private final Set<AgentRef> agents = new TreeSet<>();
    private final Set<String> mechanisms = new TreeSet<>();
    private final Map<Integer, String> entryOfLine = new HashMap<>();
    private String referenceDate;

    public GraphBuilder(Iris iris, ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
    }

    /** Prefixes written in every output. */
    public static void prefixes(Model model, Iris iris) {
        model.setNsPrefixes(TG.PREFIXES);
        model.setNsPrefix("mechanism", iris.dataRoot() + "mechanism/");
        model.setNsPrefix("state", iris.dataRoot() + "state/");
        model.setNsPrefix("organization", iris.dataRoot() + "organization/");
        model.setNsPrefix("group", iris.dataRoot() + "group/");
        model.setNsPrefix("entry", iris.dataRoot() + "entry/");
    }

    public Model build(Interpreter.Result result) {
        m = ModelFactory.createDefaultModel();
        referenceDate = result.referenceDate().toString();
        prefixes(m, iris);
        agents.clear();
        entryOfLine.clear();
        for (Row r : result.table().rows()) {
            for (int line : r.lines()) {
                entryOfLine.put(line, iris.entry(r.firstLine()));
            }
        }
        Resource doc = m.createResource(iris.sourceDocument());
        doc.addProperty(RDF.type, TG.SourceDocument);
        doc.addProperty(RDF.type, m.createResource(PROV + "Entity"));
        doc.addProperty(RDF.type, m.createResource(FOAF + "Document"));
        if (!result.table().title().isEmpty()) {
            doc.addProperty(DCTerms.title, result.table().title(), "en");
        }
        doc.addProperty(DCTerms.identifier, fileName(result.table().source()));
        doc.addProperty(DCTerms.date, m.createTypedLiteral(result.referenceDate().toString().substring(0, 7),
                XSDDatatype.XSDgYearMonth));

        Map<String, List<Entry>> byMechanism = new LinkedHashMap<>();
        for (Entry e : result.entries()) {
            byMechanism.computeIfAbsent(e.mechanism(), k -> new ArrayList<>()).add(e);
            entry(e, doc);
        }
        mechanisms.clear();
        mechanisms.addAll(byMechanism.keySet());
        for (Map.Entry<String, List<Entry>> me : byMechanism.entrySet()) {
            mechanism(me.getKey(), me.getValue());
        }
        for (AgentRef a : new ArrayList<>(agents)) {
            describe(a);
        }
        Model out = m;
        m = null;
        return out;
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    private void entry(Entry e, Resource doc) {
        Row row = e.row();
        Resource r = m.createResource(iris.entry(row.firstLine()));
        r.addProperty(RDF.type, TG.Entry);
        r.addProperty(RDF.type, m.createResource(PROV + "Entity"));
        r.addProperty(RDFS.label, "Row at line " + row.firstLine() + ": " + e.name(), "en");
        r.addProperty(TG.describes, m.createResource(iris.mechanism(e.mechanism())));
        r.addLiteral(TG.firstLine, integer(row.firstLine()));
        r.addLiteral(TG.lastLine, integer(row.lastLine()));
        for (int p : row.pages()) {
            r.addLiteral(TG.page, integer(p));
        }
        text(r, TG.nameText, row.mechanism().text());
        text(r, TG.frequencyText, row.frequency().text());
        text(r, TG.conveningText, row.conveners().text());
        text(r, TG.membersText, row.members().text());
        r.addProperty(m.createProperty(PROV + "wasDerivedFrom"), doc);
    }

    private void text(Resource r, Property p, String text) {
        if (!text.isEmpty()) {
            r.addProperty(p, text);
        }
    }

    private void mechanism(String slug, List<Entry> entries) {
        Resource mech = m.createResource(iris.mechanism(slug));
        mech.addProperty(RDF.type, TG.Mechanism);
        mech.addProperty(RDF.type, m.createResource(ORG + "OrganizationalCollaboration"));
        Entry first = entries.get(0);
        mech.addProperty(RDFS.label, first.name(), "en");
        mech.addProperty(SKOS.prefLabel, first.name(), "en");
        reference.organization(slug).ifPresent(o -> {
            if (!o.label().equals(first.name())) {
                mech.addProperty(SKOS.altLabel, o.label(), "en");
            }
            mech.addProperty(TG.kind, m.createResource(TG.KIND_NS + o.kind()));
            o.wikidataQid().ifPresent(q -> mech.addProperty(OWL.sameAs, m.createResource(WD + q)));
            o.acronyms().forEach(a -> mech.addProperty(TG.acronym, a));
            parents(mech, o);
        });
        // Curated acronyms win; otherwise only a name's first bracket is the mechanism's own: later
        // ones name what the name mentions (the convention "(UNTOC)", a subsidiary body "(APG)").
        boolean curated = reference.organization(slug).map(o -> !o.acronyms().isEmpty()).orElse(false);
        for (Entry e : entries) {
            if (!e.name().equals(first.name())) {
                mech.addProperty(SKOS.altLabel, e.name(), "en");
            }
            if (!curated && !e.acronyms().isEmpty()) {
                mech.addProperty(TG.acronym, e.acronyms().get(0));
            }
            mech.addProperty(TG.entry, m.createResource(iris.entry(e.row().firstLine())));
            if (e.frequency() != null) {
                Resource f = m.createResource(iris.frequency(slug, e.frequency().evidence().firstLine()));
                f.addProperty(RDF.type, TG.MeetingFrequency);
                f.addProperty(TG.frequencyText, e.frequency().text());
                mech.addProperty(TG.frequency, f);
                mech.addProperty(TG.frequencyText, e.frequency().text());
                if (e.frequency().cadence() != null) {
                    Resource cad = TG.cadence(e.frequency().cadence());
                    f.addProperty(TG.cadence, cad);
                    mech.addProperty(TG.cadence, cad);
                    String d = CADENCE_DURATIONS.get(e.frequency().cadence());
                    if (d != null) {
                        f.addProperty(TG.duration, m.createTypedLiteral(d, XSDDatatype.XSDduration));
                    }
                }
                evidence(f, e.frequency().evidence());
            }
            if (!e.row().conveners().isEmpty()) {
                mech.addProperty(TG.conveningText, e.row().conveners().text());
            }
            for (Convening c : e.conveners()) {
                qualified(mech, iris.convening(slug, path(c.convener())), TG.Convening,
                        TG.convener, agent(c.convener()), TG.convening, TG.convenedBy, c.evidence());
            }
            for (Coverage c : e.coverage()) {
                qualified(mech, iris.coverage(slug, path(c.area())), TG.Coverage,
                        TG.area, agent(c.area()), TG.coverage, TG.covers, c.evidence());
            }
            int ordinal = 0;
            int lastLine = -1;
            for (StatedCount c : e.counts()) {
                int line = c.evidence().firstLine();
                ordinal = line == lastLine ? ordinal + 1 : 1;
                lastLine = line;
                Resource cr = m.createResource(iris.count(slug, line, ordinal));
                cr.addProperty(RDF.type, TG.StatedCount);
                cr.addLiteral(TG.countValue, integer(c.value()));
                cr.addLiteral(TG.isMinimum, m.createTypedLiteral(c.minimum()));
                cr.addProperty(TG.countedRole, TG.role(c.role().slug()));
                cr.addProperty(TG.countedKind, switch (c.counted()) {
                    case "State" -> TG.State;
                    case "Organization" -> TG.Organization;
                    default -> m.createResource(FOAF + "Agent");
                });
                cr.addProperty(RDFS.label, c.evidence().text(), "en");
                mech.addProperty(TG.statedCount, cr);
                evidence(cr, c.evidence());
            }
            for (Membership ms : e.memberships()) {
                Resource agent = agent(ms.member());
                Resource mr = m.createResource(iris.membership(slug, path(ms.member()), ms.role().slug(),
                        ms.inferred()));
                mr.addProperty(RDF.type, TG.Membership);
                mr.addProperty(RDF.type, m.createResource(ORG + "Membership"));
                mr.addProperty(m.createProperty(ORG + "organization"), mech);
                mr.addProperty(m.createProperty(ORG + "member"), agent);
                mr.addProperty(m.createProperty(ORG + "role"), TG.role(ms.role().slug()));
                mr.addProperty(TG.basis, ms.inferred() ? TG.inferred : TG.stated);
                if (ms.inferred()) {
                    mr.addProperty(TG.viaGroup, agent(ms.viaGroup()));
                    // The group's member list is taken as it stood on this date.
                    mr.addProperty(DCTerms.date, m.createTypedLiteral(referenceDate, XSDDatatype.XSDdate));
                }
                for (AgentRef ex : ms.except()) {
                    mr.addProperty(TG.except, agent(ex));
                }
                if (ms.validFrom() != null) {
                    mr.addProperty(TG.validFrom, date(ms.validFrom()));
                }
                evidence(mr, ms.evidence());
            }
        }
    }

    /** ISO 8601 duration of each cadence that has one. */
    public static final Map<String, String> CADENCE_DURATIONS = Map.of("monthly", "P1M", "quarterly", "P3M",
            "three-times-a-year", "P4M", "semiannual", "P6M", "annual", "P1Y", "biennial", "P2Y",
            "triennial", "P3Y", "quadrennial", "P4Y");

    /**
     * A mechanism's relation to an agent, both as a qualified node (with its evidence) and as a
     * direct shortcut, so that simple queries need not go through the node.
     */
    private void qualified(Resource mech, String iri, Resource type, Property agentProperty, Resource agent,
            Property qualifiedProperty, Property directProperty, Span evidence) {
        Resource node = m.createResource(iri);
        node.addProperty(RDF.type, type);
        node.addProperty(TG.mechanism, mech);
        node.addProperty(agentProperty, agent);
        mech.addProperty(qualifiedProperty, node);
        mech.addProperty(directProperty, agent);
        evidence(node, evidence);
    }

    private void evidence(Resource fact, Span span) {
        Resource ev = m.createResource(iris.evidence(fact.getURI(), span.firstLine(), span.column().slug()));
        ev.addProperty(RDF.type, TG.SourceSpan);
        for (int line : span.lines()) {
            ev.addLiteral(TG.sourceLine, integer(line));
        }
        for (int p : span.pages()) {
            ev.addLiteral(TG.page, integer(p));
        }
        ev.addProperty(TG.sourceText, span.text());
        ev.addProperty(TG.cell, span.column().header());
        if (span.reading() != null) {
            ev.addProperty(TG.readingNote, span.reading(), "en");
        }
        String entry = entryOfLine.get(span.firstLine());
        if (entry != null) {
            ev.addProperty(TG.inEntry, m.createResource(entry));
        }
        fact.addProperty(TG.evidence, ev);
    }

    private static String path(AgentRef a) {
        return Iris.agentPath(a.kind().slug(), a.id());
    }

    private Resource agent(AgentRef a) {
        agents.add(a);
        return m.createResource(switch (a.kind()) {
            case STATE -> iris.state(a.id());
            case ORGANIZATION -> iris.organization(a.id());
            case GROUP -> iris.group(a.id());
            case MECHANISM -> iris.mechanism(a.id());
        });
    }

    private void describe(AgentRef a) {
        switch (a.kind()) {
            case STATE -> state(a.id());
            case ORGANIZATION -> organization(a.id());
            case GROUP -> group(a.id());
            case MECHANISM -> {
                // described from its own rows
            }
            default -> throw new IllegalStateException();
        }
    }

    private void state(String iso2) {
        Resource s = m.createResource(iris.state(iso2));
        if (s.hasProperty(RDF.type, TG.State)) {
            return;
        }
        Country c = reference.country(iso2)
                .orElseThrow(() -> new IllegalStateException("no reference data for state " + iso2));
        s.addProperty(RDF.type, TG.State);
        s.addProperty(RDF.type, m.createResource(FOAF + "Agent"));
        s.addProperty(RDF.type, m.createResource(TG.SCHEMA_NS + "Country"));
        s.addProperty(RDFS.label, c.name(), "en");
        s.addProperty(SKOS.prefLabel, c.name(), "en");
        // The common (CLDR) name is used for matching only: publishing it would need the Unicode
        // licence notice with every copy of the graph.
        s.addProperty(TG.iso2, c.iso2());
        s.addProperty(TG.iso3, c.iso3());
        c.isoNumeric().ifPresent(n -> s.addProperty(TG.isoNumeric, n));
        c.m49().ifPresent(n -> s.addProperty(TG.m49, n));
        if (!c.geonamesId().isEmpty()) {
            s.addProperty(TG.geonamesId, c.geonamesId());
            s.addProperty(RDFS.seeAlso, m.createResource(GEONAMES + c.geonamesId() + "/"));
        }
        if (!c.wikidataQid().isEmpty()) {
            s.addProperty(OWL.sameAs, m.createResource(WD + c.wikidataQid()));
        }
        s.addLiteral(TG.unMember, m.createTypedLiteral(c.unMember()));
        s.addProperty(TG.territorialStatus, c.status());
    }

    private void organization(String id) {
        Resource o = m.createResource(iris.organization(id));
        if (o.hasProperty(RDF.type, TG.Organization)) {
            return;
        }
        OrganizationInfo info = reference.organization(id)
                .orElseThrow(() -> new IllegalStateException("no reference data for organization " + id));
        o.addProperty(RDF.type, TG.Organization);
        o.addProperty(RDF.type, m.createResource(ORG + "FormalOrganization"));
        o.addProperty(RDFS.label, info.label(), "en");
        o.addProperty(SKOS.prefLabel, info.label(), "en");
        info.acronyms().forEach(a -> o.addProperty(TG.acronym, a));
        o.addProperty(TG.kind, m.createResource(TG.KIND_NS + info.kind()));
        info.wikidataQid().ifPresent(q -> o.addProperty(OWL.sameAs, m.createResource(WD + q)));
        info.hostState().ifPresent(h -> {
            o.addProperty(TG.hostState, m.createResource(iris.state(h)));
            state(h);
        });
        parents(o, info);
    }

    /**
     * Links a mechanism or organization to the parents its reference row names, both as
     * tg:parentOrganization and as the ORG property it refines (so ORG-only clients see the hierarchy
     * without a reasoner), and describes each parent so that no link dangles.
     */
    private void parents(Resource body, OrganizationInfo info) {
        for (String id : info.parents()) {
            // The same rule as the interpreter's: an organization that is a mechanism is the mechanism.
            AgentRef ref = mechanisms.contains(id) ? AgentRef.mechanism(id) : AgentRef.organization(id);
            Resource parent = agent(ref);
            body.addProperty(TG.parentOrganization, parent);
            body.addProperty(m.createProperty(ORG + "subOrganizationOf"), parent);
            describe(ref);
        }
    }

    private void group(String id) {
        Resource g = m.createResource(iris.group(id));
        GroupInfo info = reference.group(id)
                .orElseThrow(() -> new IllegalStateException("no reference data for group " + id));
        g.addProperty(RDF.type, TG.Group);
        g.addProperty(RDF.type, m.createResource(FOAF + "Group"));
        g.addProperty(RDFS.label, info.label(), "en");
        if (!info.description().isEmpty()) {
            g.addProperty(DCTerms.description, info.description(), "en");
        }
        for (GroupMember gm : reference.members(id)) {
            AgentRef ref = gm.isState() ? AgentRef.state(gm.iso2()) : AgentRef.organization(gm.memberOrg());
            Resource member = agent(ref);
            if (gm.isState()) {
                state(gm.iso2());
            } else {
                organization(gm.memberOrg());
            }
            g.addProperty(m.createProperty(FOAF + "member"), member);
            Resource ms = m.createResource(iris.groupMembership(id, gm.isState() ? gm.iso2() : gm.memberOrg()));
            ms.addProperty(RDF.type, TG.GroupMembership);
            ms.addProperty(RDF.type, m.createResource(ORG + "Membership"));
            ms.addProperty(m.createProperty(ORG + "organization"), g);
            ms.addProperty(m.createProperty(ORG + "member"), member);
            if (!gm.validFrom().isEmpty()) {
                ms.addProperty(TG.validFrom, date(gm.validFrom()));
            }
            if (!gm.validTo().isEmpty()) {
                ms.addProperty(TG.validTo, date(gm.validTo()));
            }
            ms.addProperty(DCTerms.source, gm.source());
        }
    }

    /** A date at the precision it is written with: {@code 1997}, {@code 2025-07} or {@code 2025-10-26}. */
    private Literal date(String text) {
        return m.createTypedLiteral(text, switch (text.length()) {
            case 4 -> XSDDatatype.XSDgYear;
            case 7 -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDdate;
        });
    }

    private Literal integer(int value) {
        return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDinteger);
    }
}
