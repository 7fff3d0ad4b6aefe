package org.tocgraph.interpret;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tocgraph.interpret.Claim.RoleSource;
import org.tocgraph.interpret.Claim.Type;
import org.tocgraph.interpret.Curation.Action;
import org.tocgraph.interpret.Curation.Decision;
import org.tocgraph.model.AgentKind;
import org.tocgraph.model.AgentRef;
import org.tocgraph.model.Column;
import org.tocgraph.model.Convening;
import org.tocgraph.model.Coverage;
import org.tocgraph.model.Diagnostic;
import org.tocgraph.model.Diagnostic.Kind;
import org.tocgraph.model.Entry;
import org.tocgraph.model.Fragment;
import org.tocgraph.model.Frequency;
import org.tocgraph.model.Membership;
import org.tocgraph.model.Role;
import org.tocgraph.model.Row;
import org.tocgraph.model.SkippedLine;
import org.tocgraph.model.Span;
import org.tocgraph.model.StatedCount;
import org.tocgraph.model.Table;
import org.tocgraph.rdf.Iris;
import org.tocgraph.resolve.Gazetteer;
import org.tocgraph.resolve.Lexicon;
import org.tocgraph.resolve.Token;
import org.tocgraph.resolve.Tokenizer;

/**
 * Turns the rows of the table into entries: the mechanism each row describes and the facts it
 * states, each with its source span. Applies the general rules, then the two spill-over rules
 * across rows, then the curation decisions, and collects a diagnostic for every judgement.
 *
 * <pre>{@code
 * Interpreter.Result r = new Interpreter(lexicon, rules, curation, false).interpret(table);
 * r.entries().forEach(e -> System.out.println(e.mechanism() + ": " + e.name()));
 * }</pre>
 */
public final class Interpreter {
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]*(?: Network)?)\\)");
    /** Share of a name's words a leading organization name must cover to identify the mechanism. */
    private static final double LEADING_NAME_SHARE = 0.5;
    /** Jaro-Winkler similarity above which an unresolved name gets a suggestion. */
    private static final double SUGGESTION_THRESHOLD = 0.92;
    /** Date at which collective references are expanded unless the curation file says otherwise. */
    private static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2025, 10, 1);

    private final Lexicon lexicon;
    private final Rules rules;
    private final Curation given;
    /** The decisions moved to where their text now stands; set for each interpretation. */
    private Curation curation;
    private final boolean strict;
    private final CellParser parser;

    /** The entries, in table order, and every diagnostic. */
    public record Result(Table table, List<Entry> entries, List<Diagnostic> diagnostics, LocalDate referenceDate) {
    }

    public Interpreter(Lexicon lexicon, Rules rules, Curation curation, boolean strict) {
        this.lexicon = lexicon;
        this.rules = rules;
        this.given = curation;
        this.curation = curation;
        this.strict = strict;
        this.parser = new CellParser(lexicon.gazetteer(), rules);
    }

    /** Per-row working state. */
    private static final class Work {
        final Row row;
        final String mechanism;
        final String name;
        final List<String> acronyms;
        final List<Claim> members;
        final List<Claim> conveners;
        final List<CellParser.Unmatched> unmatched = new ArrayList<>();

        Work(Row row, String mechanism, String name, List<String> acronyms, List<Claim> members,
                List<Claim> conveners) {
            this.row = row;
            this.mechanism = mechanism;
            this.name = name;
            this.acronyms = acronyms;
            this.members = members;
            this.conveners = conveners;
        }
    }

    public Result interpret(Table table) {
        List<Diagnostic> diags = new ArrayList<>();
        Set<Decision> used = new HashSet<>();
        Map<Integer, Integer> pageOf = new HashMap<>();
        for (Row r : table.rows()) {
            for (Column c : Column.values()) {
                r.cell(c).fragments().forEach(f -> pageOf.put(f.line(), f.page()));
            }
        }
        for (SkippedLine s : table.skipped()) {
            diags.add(new Diagnostic(Kind.SKIPPED, s.line(), null, s.text(), s.reason()));
        }
        LocalDate refDate = DEFAULT_REFERENCE_DATE;
        Optional<Decision> rd = curation.referenceDate();
        if (rd.isPresent()) {
            refDate = LocalDate.parse(rd.get().value());
            used.add(rd.get());
            diags.add(new Diagnostic(Kind.CURATION, rd.get().line(), null, rd.get().text(),
                    "collective references are expanded at " + refDate + ": " + rd.get().reason()));
        }

        List<CellParser.Result> members = new ArrayList<>();
        List<CellParser.Result> convening = new ArrayList<>();
        for (Row row : table.rows()) {
            members.add(parser.parse(row.members()));
            convening.add(parser.parse(row.conveners()));
        }
        curation = relocate(table, members, convening, diags);
        List<Work> works = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = table.rows().get(i);
            String name = row.mechanism().text();
            List<String> acronyms = acronyms(name);
            String slug = mechanismSlug(row, name, acronyms, diags, used);
            CellParser.Result m = members.get(i);
            CellParser.Result c = convening.get(i);
            Work w = new Work(row, slug, name, acronyms, new ArrayList<>(m.claims()), new ArrayList<>(c.claims()));
            w.unmatched.addAll(m.unmatched());
            w.unmatched.addAll(c.unmatched());
            applyCuration(w, Column.MEMBERS, w.members, diags, used);
            applyCuration(w, Column.CONVENERS, w.conveners, diags, used);
            works.add(w);
        }
        for (int k = 1; k < works.size(); k++) {
            danglingComma(works.get(k - 1), works.get(k), diags, used);
            leadingRoledClause(works.get(k - 1), works.get(k), diags, used);
        }
        Set<String> mechanisms = works.stream().map(w -> w.mechanism).collect(Collectors.toSet());
        List<Entry> entries = new ArrayList<>();
        for (Work w : works) {
            entries.add(entry(w, mechanisms, pageOf, refDate, diags, used));
        }
        duplicates(entries, diags);
        countMismatches(entries, diags);
        for (Decision d : curation.decisions()) {
            if (!used.contains(d)) {
                diags.add(new Diagnostic(Kind.CURATION, d.line(), null, d.text(), "decision in "
                        + curation.file().getFileName() + " line " + d.fileLine() + " matched nothing in the "
                        + "document and was not applied (" + d.describe() + ")"));
            }
        }
        if (strict) {
            List<String> problems = diags.stream()
                    .filter(d -> d.kind() == Kind.UNRESOLVED || (d.kind() == Kind.CURATION
                            && d.message().contains("matched nothing")))
                    .map(d -> "[line " + d.line() + "] " + (d.column() == null ? "" : d.column().header()
                            + " cell: ") + d.message())
                    .toList();
            if (!problems.isEmpty()) {
                throw new InterpretException("strict mode: " + problems.size() + " reading problem(s):\n  "
                        + String.join("\n  ", problems));
            }
        }
        diags.sort(java.util.Comparator.comparing(Diagnostic::kind).thenComparingInt(Diagnostic::line));
        return new Result(table, entries, diags, refDate);
    }

    // ---------------------------------------------------------------- curation targets

    /** Where a decision's text stands in this version of the document. */
    private record Occurrence(int line, Column column, String text, String row, String reading) {
    }

    /**
     * Moves each decision to the occurrence of its text nearest to the line it names, so decisions
     * written for one version of the document still find their text in a revised one. A decision
     * whose text no longer occurs stays where it was, and is reported as matching nothing.
     */
    private Curation relocate(Table table, List<CellParser.Result> members, List<CellParser.Result> convening,
            List<Diagnostic> diags) {
        List<Occurrence> names = new ArrayList<>();
        List<Occurrence> mentions = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = table.rows().get(i);
            String name = row.mechanism().text();
            names.add(new Occurrence(row.firstLine(), Column.MECHANISM, name, name, ""));
            if (!row.frequency().isEmpty()) {
                names.add(new Occurrence(row.firstLine(), Column.FREQUENCY, row.frequency().text(), name, ""));
            }
            for (Claim c : members.get(i).claims()) {
                mentions.add(new Occurrence(c.line(), Column.MEMBERS, c.surface(), name, reading(c)));
            }
            members.get(i).unmatched()
                    .forEach(u -> mentions.add(new Occurrence(u.line(), Column.MEMBERS, u.text(), name, "")));
            for (Claim c : convening.get(i).claims()) {
                mentions.add(new Occurrence(c.line(), Column.CONVENERS, c.surface(), name, reading(c)));
            }
            convening.get(i).unmatched()
                    .forEach(u -> mentions.add(new Occurrence(u.line(), Column.CONVENERS, u.text(), name, "")));
        }
        List<Decision> out = new ArrayList<>();
        for (Decision d : given.decisions()) {
            List<Occurrence> pool = switch (d.action()) {
                case REFERENCE_DATE -> List.of();
                case MECHANISM, CADENCE -> names.stream().filter(o -> o.column() == (d.action() == Action.MECHANISM
                        ? Column.MECHANISM : Column.FREQUENCY)).toList();
                default -> mentions;
            };
            Occurrence best = null;
            for (Occurrence o : pool) {
                // Same column and text, at any line; a decision without text is pinned to its line.
                boolean same = d.text().isEmpty() ? o.line() == d.line() : d.matches(d.line(), o.column(), o.text())
                        && (d.row().isEmpty()
                                || (" " + normName(o.row()) + " ").contains(" " + normName(d.row()) + " "))
                        // An ignore limited to one reading follows only a name read that way.
                        && (d.action() != Action.IGNORE || d.value().isEmpty() || d.value().equals(o.reading()));
                if (same && (best == null || Math.abs(o.line() - d.line()) < Math.abs(best.line() - d.line()))) {
                    best = o;
                }
            }
            if (best == null || best.line() == d.line()) {
                out.add(d);
                continue;
            }
            out.add(new Decision(best.line(), d.row(), d.column(), d.text(), d.action(), d.value(), d.reason(),
                    d.fileLine()));
            diags.add(new Diagnostic(Kind.CURATION, best.line(), best.column(), d.text(), "decision in "
                    + given.file().getFileName() + " line " + d.fileLine() + " names line " + d.line()
                    + "; its text now stands at line " + best.line() + ", where it is applied"));
        }
        return new Curation(given.file(), out);
    }

    /** How a claim reads its name, in the words an ignore decision's value uses. */
    private static String reading(Claim c) {
        return c.type().name().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- mechanisms

    static List<String> acronyms(String name) {
        List<String> out = new ArrayList<>();
        Matcher m = ACRONYM.matcher(name);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private String mechanismSlug(Row row, String name, List<String> acronyms, List<Diagnostic> diags,
            Set<Decision> used) {
        Optional<Decision> d = curation.forRow(Action.MECHANISM, row.firstLine(), name);
        if (d.isPresent()) {
            used.add(d.get());
            diags.add(new Diagnostic(Kind.CURATION, d.get().line(), Column.MECHANISM, name,
                    "row describes mechanism '" + d.get().value() + "': " + d.get().reason()));
            return d.get().value();
        }
        String norm = normName(name);
        String bare = normName(name.replaceAll("\\([^()]*\\)", " "));
        for (Lexicon.OrgNames o : lexicon.orgs()) {
            for (String form : o.names()) {
                String f = normName(form);
                if (f.equals(norm) || f.equals(bare)) {
                    return o.id();
                }
            }
        }
        for (String a : acronyms) {
            for (Lexicon.OrgNames o : lexicon.orgs()) {
                if (o.acronyms().contains(a)) {
                    return o.id();
                }
            }
        }
        List<Token> tokens = Tokenizer.tokenize(name, 0);
        int start = !tokens.isEmpty() && tokens.get(0).is("the") ? 1 : 0;
        if (start < tokens.size()) {
            Optional<Gazetteer.Match> m = lexicon.gazetteer().match(tokens, start, tokens.size());
            long words = tokens.stream().filter(Token::word).count();
            if (m.isPresent() && m.get().ref().kind() == AgentKind.ORGANIZATION
                    && (m.get().last() - m.get().first() + 1) >= LEADING_NAME_SHARE * words) {
                return m.get().ref().id();
            }
        }
        String basis = acronyms.isEmpty() ? name : acronyms.get(0);
        String slug = Iris.slugify(basis);
        if (slug.length() > 60) {
            slug = slug.substring(0, slug.lastIndexOf('-', 60));
        }
        diags.add(new Diagnostic(Kind.AMBIGUITY, row.firstLine(), Column.MECHANISM, name,
                "no organization in the reference data has this name; mechanism slug '" + slug
                        + "' made from the " + (acronyms.isEmpty() ? "name" : "acronym")));
        return slug;
    }

    private static String normName(String s) {
        String n = Tokenizer.normalize(s).replaceAll("[^a-z0-9]+", " ").trim();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    // ---------------------------------------------------------------- curation

    private void applyCuration(Work w, Column column, List<Claim> claims, List<Diagnostic> diags,
            Set<Decision> used) {
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (c.ref() == null) {
                continue;
            }
            Optional<Decision> ignore = curation.findIgnore(c.line(), column, c.surface(), reading(c));
            if (ignore.isPresent()) {
                used.add(ignore.get());
                diags.add(new Diagnostic(Kind.CURATION, c.line(), column, c.surface(),
                        "\"" + c.surface() + "\" is not read as a fact: " + ignore.get().reason()));
                claims.set(i, c.withType(Type.REFERENCE, null));
                continue;
            }
            Optional<Decision> role = curation.find(Action.ROLE, c.line(), column, c.surface());
            if (role.isPresent()) {
                used.add(role.get());
                Role r = Role.parse(role.get().value());
                String rules = c.type() == Type.MEMBERSHIP ? c.role().slug() : c.type().name().toLowerCase();
                diags.add(new Diagnostic(Kind.CURATION, c.line(), column, c.surface(),
                        "\"" + c.surface() + "\" read as " + r.slug()
                                + (c.type() == Type.MEMBERSHIP && c.role() == r ? " (confirms the rules' reading): "
                                        : " (rules gave " + rules + "): ")
                                + role.get().reason()));
                claims.set(i, c.withType(Type.MEMBERSHIP, r).withRole(r, RoleSource.CURATION));
                continue;
            }
            Optional<Decision> cov = curation.find(Action.COVERAGE, c.line(), column, c.surface());
            if (cov.isPresent()) {
                used.add(cov.get());
                diags.add(new Diagnostic(Kind.CURATION, c.line(), column, c.surface(),
                        "\"" + c.surface() + "\" read as an area covered, not a member: " + cov.get().reason()));
                claims.set(i, c.withType(Type.COVERAGE, null));
            }
        }
        // A curation "ignore" also settles capitalised words the rules could not resolve.
        w.unmatched.removeIf(u -> {
            Optional<Decision> d = curation.findIgnore(u.line(), column, u.text(), "");
            d.ifPresent(dec -> {
                used.add(dec);
                diags.add(new Diagnostic(Kind.CURATION, u.line(), column, u.text(),
                        "\"" + u.text() + "\" is not a name to resolve: " + dec.reason()));
            });
            return d.isPresent();
        });
    }

    // ---------------------------------------------------------------- spill-over rules

    /**
     * A Members cell ending in a comma whose list the next row's cell completes: the next cell's
     * first name runs straight into another name ("WBG Albania, ..."), so it is the last item of the
     * list above, split off by the extraction.
     */
    private void danglingComma(Work above, Work below, List<Diagnostic> diags, Set<Decision> used) {
        List<Fragment> frags = above.row.members().fragments().stream()
                .filter(f -> Tokenizer.tokenize(f.text(), 0).stream().anyMatch(Token::word)).toList();
        if (frags.isEmpty() || !frags.get(frags.size() - 1).text().endsWith(",") || below.members.isEmpty()) {
            return;
        }
        Claim first = below.members.get(0);
        int firstLine = below.row.members().lines().isEmpty() ? -1 : below.row.members().lines().get(0);
        if (first.type() != Type.MEMBERSHIP || !first.nextName() || first.line() != firstLine) {
            return;
        }
        if (kept(first, diags, used)) {
            return;
        }
        Claim lastAbove = null;
        for (Claim c : above.members) {
            if (c.type() == Type.MEMBERSHIP) {
                lastAbove = c;
            }
        }
        Claim moved = lastAbove == null ? first : first.withRole(lastAbove.role(), lastAbove.roleSource())
                .withList(lastAbove.list());
        below.members.remove(0);
        above.members.add(moved);
        diags.add(new Diagnostic(Kind.REASSIGNED, first.line(), Column.MEMBERS, first.surface(),
                "moved to the row above (" + above.name + "): that Members cell ends with a dangling comma and \""
                        + first.surface() + "\" runs into the next name with no separator; read as "
                        + moved.role().slug() + " like the list it completes"));
    }

    /**
     * A Members cell that opens with organizations in a stated role ("UNODC as observer") before its
     * own list of states: that clause is the last line of the row above, pushed down by the extraction.
     */
    private void leadingRoledClause(Work above, Work below, List<Diagnostic> diags, Set<Decision> used) {
        if (below.members.isEmpty()) {
            return;
        }
        int firstLine = below.row.members().lines().get(0);
        Claim first = below.members.get(0);
        if (first.line() != firstLine || first.role() == null || first.role() == Role.MEMBER
                || first.roleSource() != RoleSource.PHRASE_AFTER) {
            return;
        }
        List<Claim> clause = new ArrayList<>();
        if (first.type() == Type.COUNT) {
            clause.add(first);
            for (int i = 1; i < below.members.size(); i++) {
                Claim c = below.members.get(i);
                if (c.type() == Type.MEMBERSHIP && c.roleSource() == RoleSource.COUNT && c.role() == first.role()
                        && c.line() == first.line()) {
                    clause.add(c);
                } else {
                    break;
                }
            }
        } else if (first.type() == Type.MEMBERSHIP) {
            for (Claim c : below.members) {
                if (c.list() == first.list() && c.line() == first.line()) {
                    clause.add(c);
                } else {
                    break;
                }
            }
        } else {
            return;
        }
        List<Claim> rest = below.members.subList(clause.size(), below.members.size());
        boolean statesFollow = rest.stream().anyMatch(c -> (c.type() == Type.MEMBERSHIP
                && (c.ref().kind() == AgentKind.STATE || c.ref().kind() == AgentKind.GROUP))
                || (c.type() == Type.COUNT && "State".equals(c.count().counted())));
        if (!statesFollow) {
            return;
        }
        for (Claim c : clause) {
            if (c.ref() != null && kept(c, diags, used)) {
                return;
            }
        }
        String text = clause.stream().filter(c -> c.type() == Type.MEMBERSHIP || c.type() == Type.COUNT)
                .map(Claim::surface).collect(Collectors.joining(", "));
        int maxList = above.members.stream().mapToInt(Claim::list).max().orElse(0);
        for (Claim c : clause) {
            above.members.add(c.withList(maxList + 1000 + c.list()));
        }
        rest = new ArrayList<>(rest);
        below.members.clear();
        below.members.addAll(rest);
        diags.add(new Diagnostic(Kind.REASSIGNED, first.line(), Column.MEMBERS, first.spanText(),
                "moved to the row above (" + above.name + "): the Members cell opens with \"" + text + "\" in the role "
                        + first.role().slug() + " before its own list of states, the mark of a cell's last line"
                        + " pushed into the next row"));
    }

    private boolean kept(Claim c, List<Diagnostic> diags, Set<Decision> used) {
        if (c.ref() == null) {
            return false;
        }
        Optional<Decision> keep = curation.find(Action.KEEP, c.line(), Column.MEMBERS, c.surface());
        keep.ifPresent(d -> {
            used.add(d);
            diags.add(new Diagnostic(Kind.CURATION, c.line(), Column.MEMBERS, c.surface(),
                    "kept in its own row, against the spill-over rule: " + d.reason()));
        });
        return keep.isPresent();
    }

    // ---------------------------------------------------------------- entries

    private Entry entry(Work w, Set<String> mechanisms, Map<Integer, Integer> pageOf, LocalDate refDate,
            List<Diagnostic> diags, Set<Decision> used) {
        Row row = w.row;
        Frequency frequency = frequency(row, pageOf, diags, used);

        List<Convening> conveners = new ArrayList<>();
        Set<AgentRef> seenConveners = new HashSet<>();
        for (Claim c : w.conveners) {
            if (c.type() != Type.MEMBERSHIP) {
                continue;
            }
            AgentRef ref = asMechanism(c.ref(), mechanisms);
            if (seenConveners.add(ref)) {
                conveners.add(new Convening(ref, span(Column.CONVENERS, c.line(), pageOf, c.spanText())));
            }
        }
        if (!row.members().isEmpty()) {
            rules.caution(Column.MEMBERS, row.members().text()).ifPresent(caution -> diags.add(new Diagnostic(
                    Kind.AMBIGUITY, row.members().lines().get(row.members().lines().size() - 1), Column.MEMBERS,
                    row.members().text(), caution.note())));
        }
        if (!conveners.isEmpty()) {
            rules.caution(Column.CONVENERS, row.conveners().text()).ifPresent(caution -> diags.add(new Diagnostic(
                    Kind.AMBIGUITY, row.conveners().lines().get(0), Column.CONVENERS, row.conveners().text(),
                    caution.note() + ": " + conveners.stream().map(cv -> cv.convener().toString())
                            .collect(Collectors.joining(", ")))));
        }

        List<Membership> memberships = new ArrayList<>();
        List<StatedCount> counts = new ArrayList<>();
        List<Coverage> coverage = new ArrayList<>();
        Map<String, Claim> seen = new LinkedHashMap<>();
        for (Claim c : w.members) {
            switch (c.type()) {
                case COUNT -> counts.add(new StatedCount(c.count().value(), c.count().minimum(), c.role(),
                        c.count().counted(), span(Column.MEMBERS, c.line(), pageOf, c.spanText())
                                .withReading(reading(w, c))));
                case COVERAGE -> {
                    AgentRef ref = asMechanism(c.ref(), mechanisms);
                    if (seen.putIfAbsent("coverage " + ref, c) == null) {
                        coverage.add(new Coverage(ref, span(Column.MEMBERS, c.line(), pageOf, c.spanText())));
                    }
                }
                case MEMBERSHIP -> {
                    AgentRef ref = asMechanism(c.ref(), mechanisms);
                    if (ref.kind() == AgentKind.MECHANISM && ref.id().equals(w.mechanism)) {
                        diags.add(new Diagnostic(Kind.AMBIGUITY, c.line(), Column.MEMBERS, c.surface(),
                                "names the mechanism itself; not read as its own member"));
                        continue;
                    }
                    String key = ref + " " + c.role();
                    Claim before = seen.putIfAbsent(key, c);
                    if (before != null) {
                        diags.add(new Diagnostic(Kind.AMBIGUITY, c.line(), Column.MEMBERS, c.surface(),
                                "\"" + c.surface() + "\" is named again as " + c.role().slug()
                                        + " in the same row; read once (a repetition in the document)"));
                        continue;
                    }
                    memberships.add(new Membership(ref, c.role(), span(Column.MEMBERS, c.line(), pageOf,
                            c.spanText()).withReading(reading(w, c)), c.validFrom(), c.except(), null));
                }
                case REFERENCE -> {
                    // A name mentioned in prose states nothing about membership; it is kept in the cell text.
                }
                default -> throw new IllegalStateException();
            }
        }
        List<Membership> inferred = new ArrayList<>();
        for (Membership m : memberships) {
            if (m.member().kind() != AgentKind.GROUP) {
                continue;
            }
            List<AgentRef> members = lexicon.groups().membersAt(m.member().id(), refDate);
            if (members.isEmpty()) {
                diags.add(new Diagnostic(Kind.AMBIGUITY, m.evidence().firstLine(), Column.MEMBERS,
                        m.evidence().text(), "the group \"" + m.member().id() + "\" has no member list in the"
                                + " reference data; no membership inferred from it"));
            }
            for (AgentRef member : members) {
                if (!m.except().contains(member)) {
                    inferred.add(new Membership(member, m.role(), m.evidence(), null, List.of(), m.member()));
                }
            }
        }
        memberships.addAll(inferred);
        unresolved(w, diags);
        return new Entry(w.mechanism, w.name, w.acronyms, row, frequency, conveners, memberships, counts, coverage);
    }

    /**
     * Why a claim belongs to this row and role when its place in the text does not say so, for the
     * fact's provenance: without it, the evidence of a moved claim would lead to another row.
     */
    private String reading(Work w, Claim c) {
        List<String> notes = new ArrayList<>();
        if (!w.row.members().lines().contains(c.line())) {
            notes.add("Attributed to " + w.name + " by a spill-over rule: the text stands in the row below, where"
                    + " the extraction pushed the end of this row's Members cell (see the data-quality report).");
        }
        if (c.roleSource() == RoleSource.CURATION) {
            curation.find(Action.ROLE, c.line(), Column.MEMBERS, c.surface()).ifPresent(d -> notes.add(
                    "Role " + d.value() + " set by a curation decision (data/curation/decisions.csv): "
                            + d.reason()));
        }
        return notes.isEmpty() ? null : String.join(" ", notes);
    }

    private static AgentRef asMechanism(AgentRef ref, Set<String> mechanisms) {
        return ref.kind() == AgentKind.ORGANIZATION && mechanisms.contains(ref.id())
                ? AgentRef.mechanism(ref.id()) : ref;
    }

    private Frequency frequency(Row row, Map<Integer, Integer> pageOf, List<Diagnostic> diags,
            Set<Decision> used) {
        if (row.frequency().isEmpty()) {
            return null;
        }
        String text = row.frequency().text();
        Span span = new Span(Column.FREQUENCY, row.frequency().lines(), pages(row.frequency().lines(), pageOf), text);
        Optional<Decision> d = curation.forRow(Action.CADENCE, row.firstLine(), text);
        if (d.isPresent()) {
            used.add(d.get());
            String value = d.get().value().equals("none") ? null : d.get().value();
            diags.add(new Diagnostic(Kind.CURATION, d.get().line(), Column.FREQUENCY, text,
                    "cadence " + d.get().value() + ": " + d.get().reason()));
            return new Frequency(text, value, span);
        }
        Rules.CadenceRule chosen = null;
        Set<String> others = new TreeSet<>();
        for (Rules.CadenceRule r : rules.cadences()) {
            if (r.pattern().matcher(text).find()) {
                if (chosen == null) {
                    chosen = r;
                } else if (!r.cadence().equals(chosen.cadence())) {
                    others.add(r.cadence());
                }
            }
        }
        if (chosen == null) {
            diags.add(new Diagnostic(Kind.AMBIGUITY, row.frequency().lines().get(0), Column.FREQUENCY, text,
                    "no cadence stated; the text is kept, with no duration"));
            return new Frequency(text, null, span);
        }
        if (!others.isEmpty()) {
            diags.add(new Diagnostic(Kind.AMBIGUITY, row.frequency().lines().get(0), Column.FREQUENCY, text,
                    "also reads as " + String.join(", ", others) + "; read as " + chosen.cadence()
                            + " (the rule listed first in cadences.csv)"));
        }
        if (!chosen.note().isEmpty()) {
            diags.add(new Diagnostic(Kind.AMBIGUITY, row.frequency().lines().get(0), Column.FREQUENCY, text,
                    chosen.note()));
        }
        String cadence = chosen.cadence();
        rules.caution(Column.FREQUENCY, text).ifPresent(caution -> diags.add(new Diagnostic(Kind.AMBIGUITY,
                row.frequency().lines().get(0), Column.FREQUENCY, text, caution.note() + ": " + cadence)));
        return new Frequency(text, cadence, span);
    }

    private void unresolved(Work w, List<Diagnostic> diags) {
        for (CellParser.Unmatched u : w.unmatched) {
            Optional<Gazetteer.Name> s = lexicon.gazetteer().suggest(u.text(), SUGGESTION_THRESHOLD);
            Column col = w.row.conveners().lines().contains(u.line())
                    && w.row.conveners().fragments().stream().anyMatch(f -> f.text().contains(u.text()))
                    ? Column.CONVENERS : Column.MEMBERS;
            diags.add(new Diagnostic(Kind.UNRESOLVED, u.line(), col, u.text(),
                    "cannot resolve \"" + u.text() + "\"; left as text"));
            s.ifPresent(name -> diags.add(new Diagnostic(Kind.SUGGESTION, u.line(), col, u.text(),
                    "\"" + u.text() + "\" may be \"" + name.form() + "\" (" + name.ref()
                            + "); not applied: add a curation decision or an alias if it is")));
        }
    }

    private static Span span(Column column, int line, Map<Integer, Integer> pageOf, String text) {
        return new Span(column, List.of(line), List.of(Objects.requireNonNull(pageOf.get(line))), text);
    }

    private static List<Integer> pages(List<Integer> lines, Map<Integer, Integer> pageOf) {
        return lines.stream().map(pageOf::get).distinct().sorted().toList();
    }

    // ---------------------------------------------------------------- cross-row checks

    private static void duplicates(List<Entry> entries, List<Diagnostic> diags) {
        Map<String, List<Entry>> byMechanism = new LinkedHashMap<>();
        for (Entry e : entries) {
            byMechanism.computeIfAbsent(e.mechanism(), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> group : byMechanism.values()) {
            if (group.size() < 2) {
                continue;
            }
            Entry first = group.get(0);
            for (Entry other : group.subList(1, group.size())) {
                diags.add(new Diagnostic(Kind.DUPLICATE, other.row().firstLine(), Column.MECHANISM, other.name(),
                        "describes the same mechanism as the row at line " + first.row().firstLine() + " (\""
                                + first.name() + "\"); both rows are kept as two descriptions of mechanism '"
                                + first.mechanism() + "'"));
                for (StatedCount a : first.counts()) {
                    for (StatedCount b : other.counts()) {
                        if (a.role() != b.role() || a.value() == b.value()) {
                            continue;
                        }
                        boolean same = a.counted().equals(b.counted());
                        // "45 member states" against "48 members": a count of any kind of member
                        // overlaps a count of one kind, so the two may both hold, but a reader must see them.
                        boolean overlapping = a.counted().equals(AGENT) != b.counted().equals(AGENT);
                        if (same || overlapping) {
                            diags.add(new Diagnostic(Kind.CONFLICT, b.evidence().firstLine(), Column.MEMBERS,
                                    b.evidence().text(), "line " + a.evidence().firstLine() + " says \""
                                            + a.evidence().text() + "\" but line " + b.evidence().firstLine()
                                            + " says \"" + b.evidence().text() + "\""
                                            + (same ? "" : " (one counts members of every kind, the other only "
                                                    + (a.counted().equals(AGENT) ? b : a).counted().toLowerCase(Locale.ROOT)
                                                    + "s)")
                                            + "; both figures are kept"));
                        }
                    }
                }
                if (first.frequency() != null && other.frequency() != null
                        && !Objects.equals(first.frequency().cadence(), other.frequency().cadence())) {
                    diags.add(new Diagnostic(Kind.CONFLICT, other.frequency().evidence().firstLine(),
                            Column.FREQUENCY, other.frequency().text(), "read as "
                                    + cadenceName(other.frequency()) + " but line "
                                    + first.frequency().evidence().firstLine() + " as "
                                    + cadenceName(first.frequency()) + "; both are kept"));
                }
            }
        }
    }

    private static final String AGENT = "Agent";

    private static String cadenceName(Frequency f) {
        return f.cadence() == null ? "no cadence" : f.cadence();
    }

    private static void countMismatches(List<Entry> entries, List<Diagnostic> diags) {
        for (Entry e : entries) {
            for (StatedCount c : e.counts()) {
                if (c.minimum()) {
                    continue;
                }
                long named = e.memberships().stream().filter(m -> !m.inferred() && m.role() == c.role()
                        && switch (c.counted()) {
                            case "State" -> m.member().kind() == AgentKind.STATE;
                            case "Organization" -> m.member().kind() == AgentKind.ORGANIZATION
                                    || m.member().kind() == AgentKind.MECHANISM;
                            default -> true;
                        }).count();
                if (named > 0 && named != c.value()) {
                    diags.add(new Diagnostic(Kind.COUNT_MISMATCH, c.evidence().firstLine(), Column.MEMBERS,
                            c.evidence().text(), "states " + c.value() + " but the row names " + named + " "
                                    + c.role().slug() + (named == 1 ? "" : "s") + " of that kind"));
                }
            }
        }
    }
}
