package org.tocgraph.interpret;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.tocgraph.interpret.Claim.CountInfo;
import org.tocgraph.interpret.Claim.RoleSource;
import org.tocgraph.interpret.Claim.Type;
import org.tocgraph.model.AgentKind;
import org.tocgraph.model.AgentRef;
import org.tocgraph.model.Cell;
import org.tocgraph.model.Fragment;
import org.tocgraph.model.Role;
import org.tocgraph.resolve.Gazetteer;
import org.tocgraph.resolve.Token;
import org.tocgraph.resolve.Tokenizer;

/**
 * Reads a Members or Convening bodies cell into claims. The cell is cut into lists of names: a
 * list ends at a line break, a sentence end, a semicolon, a count, a role phrase, or where two names
 * meet with no comma or "and" between them (the mark of two lines of the PDF run together). A list
 * takes the role of the phrase after it ("X, Y as observers"), else of a phrase before it
 * ("partners are X, Y"), else of the count it follows ("10 observer states OECD, UN"), else member.
 * A name embedded in prose (three or more ordinary words before it) is only a reference.
 *
 * <pre>{@code
 * List<Claim> claims = new CellParser(gazetteer, rules).parse(row.members());
 * }</pre>
 */
public final class CellParser {
    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "and", "in", "on", "to", "for",
            "with", "from", "that", "are", "is", "as", "at", "its", "their", "all", "each", "also", "or");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50));
    /** Words a count may have between its number and its noun ("187 UN Member States"). */
    private static final int MAX_QUALIFIERS = 3;
    /** Ordinary words before a name that make it a mention in prose rather than a list item. */
    private static final int PROSE_RUN = 3;

    private final Gazetteer gazetteer;
    private final Rules rules;

    public CellParser(Gazetteer gazetteer, Rules rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
    }

    /** A run of capitalised words that matched no name: a candidate unresolved name. */
    public record Unmatched(int line, String text) {
    }

    /** The claims of a cell, and the capitalised words it could not resolve. */
    public record Result(List<Claim> claims, List<Unmatched> unmatched) {
    }

    private sealed interface Item permits Mention, CountItem, RoleItem, MarkerItem, DateItem, Sep, Stop, Word {
    }

    private record Mention(Gazetteer.Match match, int line, String text, int start, int end) implements Item {
    }

    private record CountItem(CountInfo info, Role role, int line, String text, int start, int end) implements Item {
    }

    private record RoleItem(Rules.RolePhrase phrase, int line, int start, int end) implements Item {
    }

    private record MarkerItem(Rules.MarkerType type) implements Item {
    }

    private record DateItem(String value) implements Item {
    }

    /** A list separator: comma, "and", "&", "+"; or a bracket, which does not end a run of prose. */
    private record Sep(boolean bracket, boolean and, boolean opening) implements Item {
    }

    /** The end of a sentence or clause ({@code line} true for the end of a source line). */
    private record Stop(boolean line) implements Item {
    }

    private record Word(Token token, int line) implements Item {
    }

    /** Parses every fragment of the cell; punctuation-only fragments ("·", ", , ,") give nothing. */
    public Result parse(Cell cell) {
        List<Item> items = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Fragment f : cell.fragments()) {
            texts.add(f.text());
        }
        for (int fi = 0; fi < cell.fragments().size(); fi++) {
            Fragment f = cell.fragments().get(fi);
            List<Token> tokens = Tokenizer.tokenize(f.text(), fi);
            if (tokens.stream().noneMatch(Token::word)) {
                continue;
            }
            items.addAll(recognise(tokens, f));
            // A line ending in a comma continues its list on the next line ("CARIN, ARIN Asia Pacific," /
            // "ARIN South Africa, ... as observers"); any other line end closes it.
            if (!tokens.get(tokens.size() - 1).is(",") || fi == cell.fragments().size() - 1) {
                items.add(new Stop(true));
            }
        }
        return new Result(new Walker(texts, cell, unmatched).walk(items), unmatched);
    }

    private List<Item> recognise(List<Token> tokens, Fragment f) {
        List<Item> items = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            int next = -1;
            Item item = null;
            Optional<Integer> countEnd = Optional.empty();
            Integer number = number(tokens, i);
            if (number != null) {
                countEnd = countNoun(tokens, i, n);
            }
            if (countEnd.isPresent()) {
                int end = countEnd.get();
                boolean minimum = i + 1 < n && tokens.get(i + 1).is("+");
                Rules.CountNoun noun = matchedNoun(tokens, end);
                String text = f.text().substring(t.start(), tokens.get(end).end());
                Role role = noun.role();
                if (role == null) {
                    role = qualifierRole(tokens, i, end);
                }
                item = new CountItem(new CountInfo(number, minimum, noun.counted()), role, f.line(), text,
                        t.start(), tokens.get(end).end());
                next = end + 1;
            }
            if (item == null) {
                Optional<Gazetteer.Match> m = gazetteer.match(tokens, i, n);
                if (m.isPresent()) {
                    Gazetteer.Match match = m.get();
                    int start = t.start();
                    int end = tokens.get(match.last()).end();
                    item = new Mention(match, f.line(), f.text().substring(start, end), start, end);
                    next = match.last() + 1;
                }
            }
            if (item == null) {
                for (Rules.RolePhrase p : rules.roles()) {
                    if (phraseAt(tokens, i, p.words())) {
                        int last = i + p.words().size() - 1;
                        item = new RoleItem(p, f.line(), t.start(), tokens.get(last).end());
                        next = last + 1;
                        break;
                    }
                }
            }
            if (item == null) {
                String date = dateAt(tokens, i);
                if (date != null) {
                    item = new DateItem(date);
                    next = i + 5;
                }
            }
            if (item == null) {
                for (Rules.Marker mk : rules.markers()) {
                    if (phraseAt(tokens, i, mk.words())) {
                        item = new MarkerItem(mk.type());
                        next = i + mk.words().size();
                        break;
                    }
                }
            }
            if (item == null) {
                String s = t.norm();
                if (s.equals(",") || s.equals("and") || s.equals("&") || s.equals("+") || s.equals("/")
                        || s.equals(":")) {
                    item = new Sep(false, s.equals("and"), false);
                } else if (s.equals("(") || s.equals(")") || s.equals("-")) {
                    // A bracket or a dash breaks a list but not a run of prose ("the FAO-IMO- ILO JWG-IUU").
                    item = new Sep(true, false, s.equals("("));
                } else if (s.equals(";") || s.equals(".")) {
                    item = new Stop(false);
                } else {
                    item = new Word(t, f.line());
                }
                next = i + 1;
            }
            items.add(item);
            i = next;
        }
        return items;
    }


    private static Integer number(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumber() && t.text().length() <= 6) {
            return Integer.parseInt(t.text());
        }
        return NUMBER_WORDS.get(t.norm());
    }

    /** If tokens at {@code i} are "N [+] [qualifiers] noun", the index of the noun's last token. */
    private Optional<Integer> countNoun(List<Token> tokens, int i, int n) {
        int j = i + 1;
        if (j < n && tokens.get(j).is("+")) {
            j++;
        }
        for (int q = 0; q <= MAX_QUALIFIERS && j + q < n; q++) {
            int at = j + q;
            if (q > 0 && !tokens.get(at - 1).word()) {
                break;
            }
            for (Rules.CountNoun noun : rules.counts()) {
                if (phraseAt(tokens, at, noun.words())) {
                    return Optional.of(at + noun.words().size() - 1);
                }
            }
        }
        return Optional.empty();
    }

    private Rules.CountNoun matchedNoun(List<Token> tokens, int end) {
        for (Rules.CountNoun noun : rules.counts()) {
            int start = end - noun.words().size() + 1;
            if (start >= 0 && phraseAt(tokens, start, noun.words())) {
                return noun;
            }
        }
        throw new IllegalStateException("count noun vanished");
    }

    /** "18 observer states": a role word among the qualifiers. */
    private Role qualifierRole(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            String w = tokens.get(k).norm();
            if (w.startsWith("observ")) {
                return Role.OBSERVER;
            }
            if (w.startsWith("participat")) {
                return Role.PARTICIPANT;
            }
            if (w.startsWith("partner")) {
                return Role.PARTNER;
            }
        }
        return null;
    }

    private static boolean phraseAt(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).norm().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** "as of July 2025" gives "2025-07". */
    private static String dateAt(List<Token> tokens, int i) {
        if (i + 3 >= tokens.size() || !tokens.get(i).is("as") || !tokens.get(i + 1).is("of")) {
            return null;
        }
        Month month;
        try {
            month = Month.valueOf(tokens.get(i + 2).text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
        Token year = tokens.get(i + 3);
        if (!year.isNumber() || year.text().length() != 4) {
            return null;
        }
        return String.format("%s-%02d", year.text(), month.getValue());
    }

    /** Walks the items of a whole cell, building lists and assigning roles. */
    private final class Walker {
        private final List<String> texts;
        private final Cell cell;
        private final List<Claim> claims = new ArrayList<>();
        private final List<Mention> list = new ArrayList<>();
        private final List<Type> listTypes = new ArrayList<>();
        private int listId;
        private Role listRoleAfter;
        private RoleItem listRoleItem;
        private int listRoleLine;
        private Role prefixRole;
        private Role countRole;
        private boolean listFollowsCount;
        private int countClaimIndex = -1;
        private CountItem lastCount;
        private boolean coverage;
        private boolean description;
        private boolean referenceNext;
        /** The last name was a mere mention, so a bracket right after it qualifies it. */
        private boolean referenceQualified;
        private boolean exceptMode;
        private int proseRun;
        private boolean prevMention;
        private int lastGroupClaimIndex = -1;

        private final List<Unmatched> unmatched;
        /** Capitalised words that matched nothing, since the last other item. */
        private final List<Word> run = new ArrayList<>();
        /** Stopwords after the run that may join it to a following capitalised word ("Wildlife and Forest"). */
        private final List<Word> runGlue = new ArrayList<>();
        private boolean runListStart;
        private boolean proseSentence;
        private Item previous;

        Walker(List<String> texts, Cell cell, List<Unmatched> unmatched) {
            this.texts = texts;
            this.cell = cell;
            this.unmatched = unmatched;
        }

        /** True for items after which a name may start a list item. */
        private boolean listBoundary(Item item) {
            return item == null || item instanceof Sep || item instanceof Stop || item instanceof RoleItem
                    || item instanceof CountItem || (item instanceof MarkerItem mk
                            && mk.type() != Rules.MarkerType.PLAIN && mk.type() != Rules.MarkerType.REFERENCE)
                    || (item instanceof Mention && lastMentionWasListItem);
        }

        private boolean lastMentionWasListItem;

        /** Ends a run of unmatched capitalised words; reports it if it stands where a list item would. */
        private void flushRun(Item next) {
            if (run.isEmpty()) {
                runGlue.clear();
                return;
            }
            boolean listEnd = next == null || next instanceof Sep || next instanceof Stop || next instanceof RoleItem
                    || next instanceof CountItem || next instanceof Mention;
            if (runListStart && listEnd && !description && !proseSentence) {
                Word first = run.get(0);
                Word last = run.get(run.size() - 1);
                unmatched.add(new Unmatched(first.line(), lineText(first.line())
                        .substring(first.token().start(), last.token().end())));
            }
            run.clear();
            runGlue.clear();
        }

        private boolean capitalised(Word w) {
            return w.token().word() && Character.isUpperCase(w.token().text().charAt(0))
                    && !STOPWORDS.contains(w.token().norm());
        }

        List<Claim> walk(List<Item> items) {
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                trackRun(item);
                previous = item;
                if (item instanceof Stop s) {
                    close();
                    prefixRole = null;
                    description = false;
                    lastCount = null;
                    countRole = null;
                    exceptMode = false;
                    referenceNext = false;
                    referenceQualified = false;
                    proseRun = 0;
                    if (s.line()) {
                        coverage = false;
                    }
                } else if (item instanceof CountItem c) {
                    close();
                    Role role = c.role();
                    RoleSource source = RoleSource.COUNT;
                    Item after = k + 1 < items.size() ? items.get(k + 1) : null;
                    if (role == null && after instanceof RoleItem r
                            && r.phrase().position() == Rules.Position.AFTER) {
                        role = r.phrase().role();
                        source = RoleSource.PHRASE_AFTER;
                        k++;
                    }
                    if (role == null && lastCount != null) {
                        role = countRole;
                    }
                    if (role == null) {
                        role = Role.MEMBER;
                    }
                    lastCount = c;
                    countRole = role;
                    listFollowsCount = true;
                    countClaimIndex = claims.size();
                    claims.add(new Claim(Type.COUNT, null, role, source, listId, c.line(), c.text(),
                            c.text(), null, List.of(), c.info(), false));
                    proseRun = 0;
                    prevMention = false;
                } else if (item instanceof RoleItem r) {
                    if (r.phrase().position() == Rules.Position.AFTER) {
                        if (!list.isEmpty()) {
                            listRoleAfter = r.phrase().role();
                            listRoleItem = r;
                            listRoleLine = r.line();
                            close();
                        } else if (lastCount != null && countClaimIndex >= 0) {
                            Claim c = claims.get(countClaimIndex);
                            claims.set(countClaimIndex, c.withRole(r.phrase().role(), RoleSource.PHRASE_AFTER));
                            countRole = r.phrase().role();
                        }
                    } else {
                        close();
                        prefixRole = r.phrase().role();
                    }
                    proseRun = 0;
                    prevMention = false;
                } else if (item instanceof MarkerItem m && m.type() == Rules.MarkerType.PLAIN) {
                    proseRun++;
                    prevMention = false;
                } else if (item instanceof MarkerItem m) {
                    marker(m.type());
                    proseRun = 0;
                    prevMention = false;
                } else if (item instanceof DateItem d) {
                    if (!list.isEmpty()) {
                        dates.put(list.get(list.size() - 1), d.value());
                    }
                } else if (item instanceof Sep sep) {
                    if (!sep.bracket()) {
                        proseRun = 0;
                        referenceQualified = false;
                    } else if (sep.opening() && referenceQualified) {
                        // A bracket after a mere mention qualifies it: "supported by the AIAMP Permanent
                        // Secretariat (Spain)" names Spain as the secretariat's seat, not as a convener.
                        referenceNext = true;
                    }
                    prevMention = false;
                } else if (item instanceof Word w) {
                    if (w.token().word() && !STOPWORDS.contains(w.token().norm())) {
                        proseRun++;
                        if (proseRun >= PROSE_RUN) {
                            listFollowsCount = false;
                            proseSentence = true;
                        }
                    }
                    prevMention = false;
                } else if (item instanceof Mention m) {
                    mention(m);
                }
            }
            flushRun(null);
            close();
            return claims;
        }

        private void trackRun(Item item) {
            if (item instanceof Word w && capitalised(w)) {
                if (run.isEmpty()) {
                    runListStart = listBoundary(previous);
                } else {
                    runGlue.stream().filter(java.util.Objects::nonNull).forEach(run::add);
                }
                runGlue.clear();
                run.add(w);
            } else if (item instanceof Word w && !run.isEmpty() && (w.token().is("of") || w.token().is("the"))) {
                runGlue.add(w);
            } else if (item instanceof Sep sep && sep.and() && !run.isEmpty()) {
                runGlue.add(null);
            } else {
                flushRun(runGlue.isEmpty() ? item : runGlue.get(0) == null ? new Sep(false, true, false) : runGlue.get(0));
            }
            if (item instanceof Stop) {
                proseSentence = false;
            }
        }

        private final Map<Mention, String> dates = new java.util.HashMap<>();

        private void marker(Rules.MarkerType type) {
            switch (type) {
                case COVERAGE -> {
                    close();
                    coverage = true;
                }
                case DESCRIPTION -> {
                    close();
                    description = true;
                }
                case EXCEPT -> {
                    close();
                    exceptMode = true;
                }
                case REFERENCE -> referenceNext = true;
                case INCLUDING -> {
                    if (list.isEmpty() && lastCount != null) {
                        listFollowsCount = true;
                    }
                }
                default -> throw new IllegalStateException("not handled here: " + type);
            }
        }
        private final List<Boolean> adjacency = new ArrayList<>();

        private void mention(Mention m) {
            if (exceptMode) {
                if (lastGroupClaimIndex >= 0 && m.match().ref().kind() == AgentKind.STATE) {
                    Claim g = claims.get(lastGroupClaimIndex);
                    List<AgentRef> ex = new ArrayList<>(g.except());
                    ex.add(m.match().ref());
                    claims.set(lastGroupClaimIndex, new Claim(g.type(), g.ref(), g.role(), g.roleSource(), g.list(),
                            g.line(), g.surface(), g.spanText() + ", except " + m.text(), g.validFrom(), ex,
                            g.count(), g.nextName()));
                }
                prevMention = true;
                return;
            }
            Type type;
            if (description || referenceNext || proseRun >= PROSE_RUN) {
                type = Type.REFERENCE;
                lastMentionWasListItem = false;
            } else if (coverage) {
                type = Type.COVERAGE;
                lastMentionWasListItem = true;
            } else {
                type = Type.MEMBERSHIP;
                lastMentionWasListItem = true;
            }
            referenceNext = false;
            referenceQualified = type == Type.REFERENCE;
            if (prevMention && !list.isEmpty()) {
                adjacency.set(adjacency.size() - 1, true);
                close();
                listFollowsCount = false;
            }
            list.add(m);
            listTypes.add(type);
            adjacency.add(false);
            proseRun = 0;
            prevMention = true;
        }

        /** Ends the current list, giving its names their role. */
        private void close() {
            if (list.isEmpty()) {
                listRoleAfter = null;
                listRoleItem = null;
                return;
            }
            Role role;
            RoleSource source;
            if (listRoleAfter != null) {
                role = listRoleAfter;
                source = RoleSource.PHRASE_AFTER;
            } else if (prefixRole != null) {
                role = prefixRole;
                source = RoleSource.PHRASE_BEFORE;
            } else if (listFollowsCount && countRole != null) {
                role = countRole;
                source = RoleSource.COUNT;
            } else {
                role = Role.MEMBER;
                source = RoleSource.DEFAULT;
            }
            Mention first = list.get(0);
            Mention last = list.get(list.size() - 1);
            int spanStart = first.start();
            int endLine = listRoleItem != null ? listRoleLine : last.line();
            int spanEnd = listRoleItem != null ? listRoleItem.end() : last.end();
            if (source == RoleSource.COUNT && lastCount != null && lastCount.line() == first.line()
                    && lastCount.start() < spanStart) {
                spanStart = lastCount.start();
            }
            String text = spanText(first.line(), spanStart, endLine, spanEnd);
            for (int k = 0; k < list.size(); k++) {
                Mention m = list.get(k);
                Type type = listTypes.get(k);
                Role r = type == Type.MEMBERSHIP ? role : null;
                Claim c = new Claim(type, m.match().ref(), r, type == Type.MEMBERSHIP ? source : null, listId,
                        m.line(), m.text(), type == Type.MEMBERSHIP ? text : m.text(), dates.get(m), List.of(),
                        null, adjacency.get(k));
                if (m.match().ref().kind() == AgentKind.GROUP && type == Type.MEMBERSHIP) {
                    lastGroupClaimIndex = claims.size();
                }
                claims.add(c);
            }
            list.clear();
            listTypes.clear();
            adjacency.clear();
            listId++;
            listRoleAfter = null;
            listRoleItem = null;
            listFollowsCount = false;
        }

        /** The text from an offset on one line to an offset on the same or a later line of the cell. */
        private String spanText(int fromLine, int from, int toLine, int to) {
            if (fromLine == toLine) {
                return lineText(fromLine).substring(from, Math.max(from, to));
            }
            StringBuilder sb = new StringBuilder();
            boolean inside = false;
            for (int i = 0; i < cell.fragments().size(); i++) {
                int line = cell.fragments().get(i).line();
                String t = texts.get(i);
                if (line == fromLine) {
                    sb.append(t.substring(from));
                    inside = true;
                } else if (line == toLine) {
                    sb.append(' ').append(t, 0, to);
                    break;
                } else if (inside) {
                    sb.append(' ').append(t);
                }
            }
            return sb.toString();
        }

        private String lineText(int line) {
            for (int i = 0; i < cell.fragments().size(); i++) {
                if (cell.fragments().get(i).line() == line) {
                    return texts.get(i);
                }
            }
            throw new IllegalStateException("no fragment for line " + line);
        }
    }
}
