package org.tocgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tocgraph.rdf.TG;

/** The structure of ontology/shapes.ttl: a labelled shape per class, messages everywhere. */
class ShapesTest {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final List<Resource> CLASSES = List.of(TG.Mechanism, TG.State, TG.Organization, TG.Group,
            TG.GroupMembership, TG.Membership, TG.Convening, TG.Coverage, TG.MeetingFrequency, TG.StatedCount, TG.Entry, TG.SourceSpan,
            TG.SourceDocument);
    private static final List<Resource> FACTS = List.of(TG.Membership, TG.Convening, TG.Coverage,
            TG.MeetingFrequency, TG.StatedCount);

    private static Model shapes;

    @BeforeAll
    static void load() {
        shapes = GraphValidator.read(Path.of("ontology", "shapes.ttl"));
    }

    private static Property sh(String local) {
        return shapes.createProperty(SH + local);
    }

    private static List<Resource> shapesFor(Resource cls) {
        return shapes.listSubjectsWithProperty(sh("targetClass"), cls).toList();
    }

    @Test
    void shapesParseAsShacl() {
        Shapes parsed = Shapes.parse(shapes.getGraph());
        assertTrue(parsed.numRootShapes() >= CLASSES.size());
    }

    @Test
    void everyClassHasALabelledNodeShape() {
        for (Resource cls : CLASSES) {
            List<Resource> found = shapesFor(cls);
            assertFalse(found.isEmpty(), "no shape targets " + cls);
            for (Resource shape : found) {
                assertTrue(shape.hasProperty(RDF.type, shapes.createResource(SH + "NodeShape")), shape.toString());
                assertTrue(shape.hasProperty(RDFS.label), shape + " has no rdfs:label");
                assertTrue(shape.hasProperty(sh("name")), shape + " has no sh:name");
            }
        }
    }

    @Test
    void everyPropertyShapeHasAnEnglishMessageNamingItsPath() {
        List<String> wrong = new ArrayList<>();
        for (RDFNode node : shapes.listObjectsOfProperty(sh("property")).toList()) {
            Resource ps = node.asResource();
            Resource path = ps.getPropertyResourceValue(sh("path"));
            RDFNode message = ps.hasProperty(sh("message")) ? ps.getProperty(sh("message")).getObject() : null;
            if (message == null || !"en".equals(message.asLiteral().getLanguage())) {
                wrong.add(path + " has no English sh:message");
                continue;
            }
            String curie = shapes.shortForm(path.getURI());
            if (!message.asLiteral().getString().startsWith(curie)) {
                wrong.add(path + ": message does not start with " + curie);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyFactMustCiteEvidence() {
        for (Resource fact : FACTS) {
            boolean required = false;
            for (Resource shape : shapesFor(fact)) {
                for (RDFNode ps : shapes.listObjectsOfProperty(shape, sh("property")).toList()) {
                    Resource p = ps.asResource();
                    if (p.hasProperty(sh("path"), TG.evidence) && p.hasProperty(sh("minCount"))
                            && p.getProperty(sh("minCount")).getInt() >= 1) {
                        required = true;
                    }
                }
            }
            assertTrue(required, fact + " does not require tg:evidence");
        }
    }
}
