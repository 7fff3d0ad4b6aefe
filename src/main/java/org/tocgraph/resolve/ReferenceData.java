package org.tocgraph.resolve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.tocgraph.rdf.Iris;

/**
 * The curated reference data of {@code data/reference/}: countries, their aliases, organizations,
 * groups and group members. Loading checks every file completely, so code that uses the data can
 * trust ids and codes to resolve; any problem is a {@link ResolveException} naming file and line.
 *
 * <pre>{@code
 * ReferenceData ref = ReferenceData.load(Path.of("data/reference"));
 * ref.country("KZ").map(Country::wikidataQid);                       // Optional[Q232]
 * ref.membersAt("asean-member-states", LocalDate.of(2025, 10, 1));  // the ten members before Timor-Leste
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ReferenceData {
    public static final String COUNTRIES = "countries.csv";
    public static final String ALIASES = "aliases.csv";
    public static final String ORGANIZATIONS = "organizations.csv";
    public static final String GROUPS = "groups.csv";
    public static final String GROUP_MEMBERS = "group-members.csv";

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern CODE3 = Pattern.compile("[0-9]{3}");
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private final Map<String, Country> countries;
    private final List<Country> countryList;
    private final List<Alias> aliases;
    private final Map<String, OrganizationInfo> organizations;
    private final List<OrganizationInfo> organizationList;
    private final Map<String, GroupInfo> groups;
    private final List<GroupInfo> groupList;
    private final Map<String, List<GroupMember>> members;

    private ReferenceData(Map<String, Country> countries, List<Alias> aliases,
            Map<String, OrganizationInfo> organizations, Map<String, GroupInfo> groups,
            Map<String, List<GroupMember>> members) {
        this.countries = Collections.unmodifiableMap(countries);
        this.countryList = List.copyOf(countries.values());
        this.aliases = List.copyOf(aliases);
        this.organizations = Collections.unmodifiableMap(organizations);
        this.organizationList = List.copyOf(organizations.values());
        this.groups = Collections.unmodifiableMap(groups);
        this.groupList = List.copyOf(groups.values());
        Map<String, List<GroupMember>> m = new LinkedHashMap<>();
        members.forEach((k, v) -> m.put(k, List.copyOf(v)));
        this.members = Collections.unmodifiableMap(m);
    }

    /**
     * Reads and checks the five files of {@code dir}.
     *
     * @throws ResolveException if a file is missing or unreadable, a column is missing, or a value is
     *                          malformed or refers to an unknown code or id
     */
    public static ReferenceData load(Path dir) {
        Map<String, Country> countries = new LinkedHashMap<>();
        read(dir, COUNTRIES, List.of("iso2", "iso3", "iso_numeric", "m49", "name", "name_common", "geonames_id",
                "wikidata_qid", "status", "status_detail", "un_member", "notes"), row -> {
                    String iso2 = row.match("iso2", ISO2, "an ISO 3166-1 alpha-2 code");
                    if (countries.containsKey(iso2)) {
                        throw row.error("duplicate iso2 \"" + iso2 + "\"");
                    }
                    countries.put(iso2, new Country(iso2,
                            row.match("iso3", ISO3, "an alpha-3 code"),
                            row.optionalMatch("iso_numeric", CODE3, "a 3-digit code"),
                            row.optionalMatch("m49", CODE3, "a 3-digit code"),
                            row.required("name"),
                            row.required("name_common"),
                            row.match("geonames_id", DIGITS, "a GeoNames id"),
                            row.match("wikidata_qid", QID, "a Wikidata QID (Q followed by digits)"),
                            row.oneOf("status", Country.STATUSES),
                            row.required("status_detail"),
                            row.oneOf("un_member", List.of("yes", "no")).equals("yes"),
                            row.get("notes")));
                });

        List<Alias> aliases = new ArrayList<>();
        Map<String, String> aliasCode = new HashMap<>();
        read(dir, ALIASES, List.of("alias", "alias_normalized", "iso2", "sources", "note"), row -> {
            String alias = row.required("alias");
            String normalized = row.required("alias_normalized");
            if (!normalized.equals(Names.normalize(alias))) {
                throw row.error("alias_normalized \"" + normalized + "\" is not the normalized form of \"" + alias
                        + "\" (\"" + Names.normalize(alias) + "\")");
            }
            List<String> sources = row.list("sources");
            if (sources.isEmpty()) {
                throw row.error("empty sources for \"" + alias + "\"");
            }
            String iso2 = row.knownCountry("iso2", countries);
            String other = aliasCode.putIfAbsent(normalized, iso2);
            if (other != null && !other.equals(iso2)) {
                throw row.error("\"" + normalized + "\" is already an alias of " + other + ", not " + iso2);
            }
            aliases.add(new Alias(alias, normalized, iso2, sources, row.get("note")));
        });

        Map<String, OrganizationInfo> organizations = new LinkedHashMap<>();
        Map<String, Long> orgLines = new HashMap<>();
        Map<String, String> acronymOwner = new HashMap<>();
        read(dir, ORGANIZATIONS, List.of("id", "acronyms", "names", "label", "kind", "kind_detail", "parent",
                "host_state", "wikidata_qid", "wikidata_evidence", "name_source", "notes"), row -> {
                    String id = row.slug("id");
                    if (organizations.containsKey(id)) {
                        throw row.error("duplicate id \"" + id + "\"");
                    }
                    List<String> acronyms = row.list("acronyms");
                    for (String acronym : acronyms) {
                        String other = acronymOwner.putIfAbsent(acronym, id);
                        if (other != null) {
                            throw row.error("acronym \"" + acronym + "\" is also the acronym of \"" + other + "\"");
                        }
                    }
                    String hostState = row.get("host_state");
                    if (!hostState.isEmpty()) {
                        row.knownCountry("host_state", countries);
                    }
                    organizations.put(id, new OrganizationInfo(id, acronyms, row.list("names"), row.required("label"),
                            row.oneOf("kind", OrganizationInfo.KINDS), row.get("kind_detail"), row.list("parent"),
                            Optional.of(hostState).filter(s -> !s.isEmpty()),
                            row.optionalMatch("wikidata_qid", QID, "a Wikidata QID (Q followed by digits)"),
                            row.get("wikidata_evidence"), row.get("name_source"), row.get("notes")));
                    orgLines.put(id, row.line);
                });
        // Parents may come later in the file, so they are checked once all ids are known.
        for (OrganizationInfo org : organizations.values()) {
            for (String parent : org.parents()) {
                if (!organizations.containsKey(parent) || parent.equals(org.id())) {
                    throw new ResolveException(ORGANIZATIONS, orgLines.get(org.id()),
                            "parent \"" + parent + "\" of \"" + org.id() + "\" is not another organization id");
                }
            }
        }

        Map<String, GroupInfo> groups = new LinkedHashMap<>();
        read(dir, GROUPS, List.of("group_id", "label", "labels_in_document", "description", "source"), row -> {
            String id = row.slug("group_id");
            if (groups.containsKey(id)) {
                throw row.error("duplicate group_id \"" + id + "\"");
            }
            groups.put(id, new GroupInfo(id, row.required("label"), row.list("labels_in_document"),
                    row.get("description"), row.get("source")));
        });

        Map<String, List<GroupMember>> members = new LinkedHashMap<>();
        groups.keySet().forEach(id -> members.put(id, new ArrayList<>()));
        read(dir, GROUP_MEMBERS, List.of("group_id", "iso2", "member_org", "member_role", "valid_from", "valid_to",
                "source", "notes"), row -> {
                    String groupId = row.required("group_id");
                    if (!groups.containsKey(groupId)) {
                        throw row.error("unknown group_id \"" + groupId + "\"");
                    }
                    String iso2 = row.get("iso2");
                    String org = row.get("member_org");
                    if (iso2.isEmpty() == org.isEmpty()) {
                        throw row.error("give exactly one of iso2 and member_org");
                    }
                    if (!iso2.isEmpty()) {
                        row.knownCountry("iso2", countries);
                    } else if (!organizations.containsKey(org)) {
                        throw row.error("unknown member_org \"" + org + "\"");
                    }
                    String from = row.date("valid_from", false);
                    String to = row.date("valid_to", true);
                    GroupMember member = new GroupMember(groupId, iso2, org, row.required("member_role"), from, to,
                            row.required("source"), row.get("notes"));
                    if (member.start().isPresent() && member.end().isPresent()
                            && !member.start().get().isBefore(member.end().get())) {
                        throw row.error("valid_to " + to + " is not after valid_from " + from);
                    }
                    members.get(groupId).add(member);
                });

        return new ReferenceData(countries, aliases, organizations, groups, members);
    }

    /** The country or territory with this ISO alpha-2 code (XK for Kosovo). */
    public Optional<Country> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    /** All 250 countries and territories, in file order (by alpha-2 code). */
    public List<Country> countries() {
        return countryList;
    }

    /** All state aliases, in file order. Several may share a normalized form; all such share a code. */
    public List<Alias> aliases() {
        return aliases;
    }

    public Optional<OrganizationInfo> organization(String id) {
        return Optional.ofNullable(organizations.get(id));
    }

    /** All organizations, in file order. */
    public List<OrganizationInfo> organizations() {
        return organizationList;
    }

    public Optional<GroupInfo> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    /** All groups, in file order, including those without a member list. */
    public List<GroupInfo> groups() {
        return groupList;
    }

    /**
     * Every member row of a group, whatever its dates; empty for a group without a member list.
     *
     * @throws IllegalArgumentException if there is no such group
     */
    public List<GroupMember> members(String groupId) {
        List<GroupMember> list = members.get(groupId);
        if (list == null) {
            throw new IllegalArgumentException("unknown group: " + groupId);
        }
        return list;
    }

    /**
     * The member rows that hold on {@code date} (see {@link GroupMember#activeAt}).
     *
     * @throws IllegalArgumentException if there is no such group
     */
    public List<GroupMember> membersAt(String groupId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return members(groupId).stream().filter(m -> m.activeAt(date)).toList();
    }

    // ---------------------------------------------------------------------------------------------

    private static void read(Path dir, String file, List<String> columns, Consumer<Row> handler) {
        String text;
        try {
            // Strict decoding, so that a file in another encoding fails here instead of producing mojibake.
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(dir.resolve(file))))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ResolveException(file, 0, "file not found in " + dir);
        } catch (CharacterCodingException e) {
            throw new ResolveException(file, 0, "not valid UTF-8");
        } catch (IOException e) {
            throw new ResolveException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVParser parser;
        try {
            parser = CSVParser.parse(text, FORMAT);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            // Commons CSV reports a duplicate or empty column name with IllegalArgumentException.
            throw new ResolveException(file, 1, "bad header: " + e.getMessage(), e);
        }
        LineIndex lines = new LineIndex(text);
        try (parser) {
            List<String> header = parser.getHeaderNames();
            for (String column : columns) {
                if (!header.contains(column)) {
                    throw new ResolveException(file, 1, "missing column \"" + column + "\" (header: "
                            + String.join(",", header) + ")");
                }
            }
            for (CSVRecord record : parser) {
                long line = lines.lineOf(record.getCharacterPosition());
                if (!record.isConsistent()) {
                    throw new ResolveException(file, line, "expected " + header.size() + " fields, found "
                            + record.size());
                }
                handler.accept(new Row(file, line, record));
            }
        } catch (UncheckedIOException | IOException e) {
            throw new ResolveException(file, parser.getCurrentLineNumber() + 1, "malformed CSV: " + e.getMessage(), e);
        }
    }

    /** Maps a character offset to its 1-based line, so that quoted multi-line fields keep lines right. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        long lineOf(long offset) {
            int i = Arrays.binarySearch(starts, (int) offset);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }

    /** One record with its location, and checked accessors that report it. */
    private static final class Row {
        final String file;
        final long line;
        final CSVRecord record;

        Row(String file, long line, CSVRecord record) {
            this.file = file;
            this.line = line;
            this.record = record;
        }

        ResolveException error(String message) {
            return new ResolveException(file, line, message);
        }

        String get(String column) {
            return record.get(column).strip();
        }

        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw error("empty " + column);
            }
            return v;
        }

        String match(String column, Pattern pattern, String what) {
            String v = get(column);
            if (!pattern.matcher(v).matches()) {
                throw error(column + " \"" + v + "\" is not " + what);
            }
            return v;
        }

        Optional<String> optionalMatch(String column, Pattern pattern, String what) {
            return get(column).isEmpty() ? Optional.empty() : Optional.of(match(column, pattern, what));
        }

        String oneOf(String column, List<String> allowed) {
            String v = get(column);
            if (!allowed.contains(v)) {
                throw error(column + " \"" + v + "\" is not one of " + allowed);
            }
            return v;
        }

        String slug(String column) {
            String v = get(column);
            try {
                return Iris.slug(v);
            } catch (IllegalArgumentException e) {
                throw error(column + " \"" + v + "\" is not a slug (lower-case letters and digits joined by hyphens)");
            }
        }

        String knownCountry(String column, Map<String, Country> countries) {
            String v = match(column, ISO2, "an ISO 3166-1 alpha-2 code");
            if (!countries.containsKey(v)) {
                throw error("unknown " + column + " \"" + v + "\" (not in " + COUNTRIES + ")");
            }
            return v;
        }

        /** A {@code ;}-separated list; blanks around items and empty items are dropped. */
        List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String item : get(column).split(";")) {
                if (!item.isBlank()) {
                    out.add(item.strip());
                }
            }
            return out;
        }

        String date(String column, boolean end) {
            String v = get(column);
            try {
                GroupMember.parse(v, end);
                return v;
            } catch (IllegalArgumentException e) {
                throw error(column + " \"" + v + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            }
        }
    }
}
