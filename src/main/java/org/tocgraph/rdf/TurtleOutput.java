package org.tocgraph.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a model as Turtle in one canonical order: prefixes by name, subjects by IRI, {@code rdf:type}
 * first, then predicates and objects by their written form. Jena's pretty writer follows the
 * graph's hash order, which for literals can change between runs; this does not, so the same input
 * always gives byte-identical Turtle.
 *
 * <pre>{@code
 * TurtleOutput.write(model, System.out);
 * }</pre>
 */
public final class TurtleOutput {
    private TurtleOutput() {
    }

    public static void write(Model model, OutputStream out) {
        PrefixMapping pm = model;
        Map<String, String> prefixes = new TreeMap<>(pm.getNsPrefixMap());
        Comparator<Node> byForm = Comparator.comparing(n -> FmtUtils.stringForNode(n, pm));
        Map<String, List<Triple>> bySubject = new TreeMap<>();
        List<Triple> triples = model.getGraph().find().toList();
        for (Triple t : triples) {
            if (!t.getSubject().isURI()) {
                throw new IllegalArgumentException("blank nodes are not written: " + t);
            }
            bySubject.computeIfAbsent(t.getSubject().getURI(), k -> new ArrayList<>()).add(t);
        }
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> p : prefixes.entrySet()) {
                w.write("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
            }
            for (List<Triple> ts : bySubject.values()) {
                ts.sort(Comparator.comparing((Triple t) -> !t.getPredicate().equals(RDF.type.asNode()))
                        .thenComparing(t -> FmtUtils.stringForNode(t.getPredicate(), pm))
                        .thenComparing(Triple::getObject, byForm));
                w.write("\n" + FmtUtils.stringForNode(ts.get(0).getSubject(), pm));
                Node lastPredicate = null;
                for (int i = 0; i < ts.size(); i++) {
                    Triple t = ts.get(i);
                    if (t.getPredicate().equals(lastPredicate)) {
                        w.write(" ,\n        " + FmtUtils.stringForNode(t.getObject(), pm));
                    } else {
                        if (lastPredicate != null) {
                            w.write(" ;");
                        }
                        String p = t.getPredicate().equals(RDF.type.asNode()) ? "a"
                                : FmtUtils.stringForNode(t.getPredicate(), pm);
                        w.write("\n    " + p + " " + FmtUtils.stringForNode(t.getObject(), pm));
                        lastPredicate = t.getPredicate();
                    }
                }
                w.write(" .\n");
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
