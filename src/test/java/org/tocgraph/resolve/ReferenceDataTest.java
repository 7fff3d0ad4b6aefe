package org.tocgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {
    static final Path DIR = Path.of("data/reference");
    static final Path DOCUMENT = Path.of("data/source/000_1ac077aacd7d84d9.txt");
    static final List<String> FILES = List.of(ReferenceData.COUNTRIES, ReferenceData.ALIASES,
            ReferenceData.ORGANIZATIONS, ReferenceData.GROUPS, ReferenceData.GROUP_MEMBERS);

    static ReferenceData ref;

    @BeforeAll
    static void load() {
        ref = ReferenceData.load(DIR);
    }

    static Country country(String iso2) {
        return ref.country(iso2).orElseThrow(() -> new AssertionError("no country " + iso2));
    }

    static OrganizationInfo org(String id) {
        return ref.organization(id).orElseThrow(() -> new AssertionError("no organization " + id));
    }

    static Set<String> codes(List<GroupMember> members) {
        return members.stream().map(m -> m.isState() ? m.iso2() : "org:" + m.memberOrg())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // --- countries -------------------------------------------------------------------------------

    @Test
    void kazakhstanHasItsIdentifiers() {
        Country kz = country("KZ");
        assertEquals("KAZ", kz.iso3());
        assertEquals(Optional.of("398"), kz.isoNumeric());
        assertEquals(Optional.of("398"), kz.m49());
        assertEquals("Kazakhstan", kz.name());
        assertEquals("Q232", kz.wikidataQid());
        assertEquals("1522867", kz.geonamesId());
        assertEquals("state", kz.status());
        assertTrue(kz.unMember());
    }

    @Test
    void namibiaIsTheCodeNaNotAMissingValue() {
        Country na = country("NA");
        assertEquals("NAM", na.iso3());
        assertEquals("Namibia", na.name());
        assertEquals("Q1030", na.wikidataQid());
        assertEquals(Optional.of("516"), na.m49());
        assertTrue(ref.aliases().stream().anyMatch(a -> a.alias().equals("Namibia") && a.iso2().equals("NA")));
    }

    @Test
    void kosovoAndTaiwanHaveNoM49() {
        Country xk = country("XK");
        assertEquals(Optional.empty(), xk.m49());
        assertEquals(Optional.empty(), xk.isoNumeric());
        assertEquals("XKX", xk.iso3());
        assertEquals("Q1246", xk.wikidataQid());
        assertEquals("831053", xk.geonamesId());
        assertEquals("partially recognized", xk.status());
        assertFalse(xk.unMember());

        Country tw = country("TW");
        assertEquals(Optional.empty(), tw.m49());
        assertEquals(Optional.of("158"), tw.isoNumeric());
        assertEquals("Q865", tw.wikidataQid());
        assertFalse(tw.unMember());
    }

    @Test
    void namesAreTheUnM49Names() {
        assertEquals("Netherlands (Kingdom of the)", country("NL").name());
        assertEquals("Côte d’Ivoire", country("CI").name());
        assertEquals("Türkiye", country("TR").name());
        assertEquals("Russia", country("RU").nameCommon());
        assertEquals("Q219060", country("PS").wikidataQid());
        assertEquals("Q29999", country("NL").wikidataQid());
    }

    @Test
    void statusFollowsUntermMarks() {
        assertEquals(250, ref.countries().size());
        assertEquals(193, ref.countries().stream().filter(Country::unMember).count());
        // UNTERM marks the Holy See and Palestine "*", the Cook Islands and Niue "**".
        assertEquals("non-member observer state", country("VA").status());
        assertEquals("non-member observer state", country("PS").status());
        assertEquals("associated state", country("CK").status());
        assertEquals("associated state", country("NU").status());
        assertEquals("territory", country("PR").status());
        assertEquals("Commonwealth of US", country("PR").statusDetail());
        assertEquals("disputed territory", country("EH").status());
        // UN Member States whose UNTERM name was lost upstream.
        assertTrue(country("CI").unMember());
        assertTrue(country("TR").unMember());
        for (Country c : ref.countries()) {
            assertEquals(c.unMember(), c.status().equals("state"), c.iso2());
        }
    }

    // --- aliases ---------------------------------------------------------------------------------

    @Test
    void aliasesKeepTheDocumentFormsAndNoOdblOnlyOnes() {
        List<Alias> aliases = ref.aliases();
        // The reference README: 99 rows are forms taken from the document.
        assertEquals(99, aliases.stream().filter(Alias::inDocument).count());
        for (Alias a : aliases) {
            assertFalse(a.sources().stream().anyMatch(s -> s.startsWith("mledoze") || s.startsWith("dr5hn")),
                    a.alias());
        }
        // "Swaziland" was only in mledoze (ODbL).
        assertFalse(aliases.stream().anyMatch(a -> a.alias().equals("Swaziland")));
        assertTrue(aliases.stream().anyMatch(a -> a.alias().equals("Kyrgyz Republic") && a.iso2().equals("KG")));
        assertTrue(aliases.stream().anyMatch(a -> a.alias().equals("Lao PDR") && a.iso2().equals("LA")));
    }

    @Test
    void riskyAliasesCarryTheirNotes() {
        Alias southAfrica = ref.aliases().stream().filter(a -> a.alias().equals("South Africa")).findFirst()
                .orElseThrow();
        assertEquals("ZA", southAfrica.iso2());
        assertTrue(southAfrica.note().contains("ARIN South Africa"), southAfrica.note());
        assertTrue(ref.aliases().stream().anyMatch(a -> a.alias().equals("Niger") && a.note().contains("Nigeria")));
        assertTrue(ref.aliases().stream().anyMatch(a -> a.alias().equals("Korea") && !a.note().isEmpty()));
    }

    // --- organizations ---------------------------------------------------------------------------

    @Test
    void interpolIsOneOrganizationWithBothAcronyms() {
        OrganizationInfo interpol = org("interpol");
        assertTrue(interpol.acronyms().containsAll(List.of("INTERPOL", "ICPO-INTERPOL")), interpol.acronyms().toString());
        assertEquals("International Criminal Police Organization", interpol.label());
        assertEquals(Optional.of("Q8475"), interpol.wikidataQid());
        assertEquals("intergovernmental-organization", interpol.kind());
    }

    @Test
    void documentSpellingsResolveToTheRightIds() {
        assertTrue(org("un").acronyms().contains("UN"));
        assertEquals("United Nations", org("un").label());
        assertTrue(org("aseanapol").acronyms().contains("ASEANPOL"));
        assertTrue(org("caricom-impacs").acronyms().contains("Caricom IMPACTS"));
        assertTrue(org("un-act").acronyms().contains("UNACT"));
        assertTrue(org("gcc").names().contains("Gulf Co-operation Council"));
        assertTrue(org("us-dea").names().contains("U.S. Drug Enforcement Agency"));
        assertEquals("Drug Enforcement Administration", org("us-dea").label());
    }

    @Test
    void everyAcronymIsWrittenSoInTheDocument() throws IOException {
        String doc = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        for (OrganizationInfo o : ref.organizations()) {
            for (String acronym : o.acronyms()) {
                assertTrue(doc.contains(acronym), o.id() + ": " + acronym);
            }
        }
    }

    @Test
    void unodcHasNoQid() {
        assertEquals(Optional.empty(), org("unodc").wikidataQid());
        assertEquals("United Nations Office on Drugs and Crime", org("unodc").label());
        assertEquals("un-entity", org("unodc").kind());
    }

    @Test
    void exactlyTheConfirmedOrganizationsHaveQids() {
        // The 37 organizations the reference README lists as confirmed (section 3).
        Set<String> confirmed = Set.of("ecosoc", "cnd", "wbg", "iom", "ilo", "undp", "unep", "unece", "imf", "fao",
                "imo", "un", "incb", "fatf", "european-commission", "gcc", "eurojust", "europol", "interpol", "oecd",
                "osce", "wco", "arab-league", "au", "eu", "afdb", "icmpd", "sco", "coe", "ebrd", "idb", "oas", "caf",
                "cdb", "caricom", "us-dea", "asean");
        assertEquals(37, confirmed.size());
        Set<String> withQid = ref.organizations().stream().filter(o -> o.wikidataQid().isPresent())
                .map(OrganizationInfo::id).collect(Collectors.toSet());
        assertEquals(confirmed, withQid);
        assertEquals(Optional.of("Q622899"), org("us-dea").wikidataQid());
        assertEquals(Optional.of("Q8908"), org("coe").wikidataQid());
        // Candidates that were not verified stay empty.
        for (String id : List.of("unhcr", "ccpcj", "caricom-impacs", "apec")) {
            assertEquals(Optional.empty(), org(id).wikidataQid(), id);
        }
    }

    @Test
    void nationalAgenciesHaveTheirHostState() {
        assertEquals(Optional.of("AU"), org("dfat").hostState());
        assertEquals(Optional.of("DE"), org("de-federal-foreign-office").hostState());
        assertEquals(Optional.of("US"), org("us-dea").hostState());
        assertEquals(Optional.of("US"), org("us-ice").hostState());
        assertEquals(Optional.of("JP"), org("jp-npa").hostState());
        assertEquals(Optional.of("KR"), org("kr-spo").hostState());
        assertEquals(Optional.of("NO"), org("government-of-norway").hostState());
        for (OrganizationInfo o : ref.organizations()) {
            assertEquals(o.kind().equals("national-agency"), o.hostState().isPresent(), o.id());
        }
    }

    @Test
    void kindsAndParents() {
        assertEquals(126, ref.organizations().size());
        assertEquals("treaty", org("untoc").kind());
        assertEquals("treaty-body", org("cop-untoc").kind());
        assertEquals("network", org("carin").kind());
        assertEquals("ngo", org("gi-toc").kind());
        assertEquals(List.of("ecosoc"), org("cnd").parents());
        assertEquals(List.of("fao", "imo", "ilo"), org("jwg-iuu").parents());
        assertEquals(List.of(), org("unodc").parents());
    }

    // --- groups ----------------------------------------------------------------------------------

    @Test
    void aseanHasTenMembersBeforeTimorLesteAndElevenFromItsAdmission() {
        Set<String> ten = Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN");
        assertEquals(ten, codes(ref.membersAt("asean-member-states", LocalDate.of(2025, 10, 1))));
        assertEquals(ten, codes(ref.membersAt("asean-member-states", LocalDate.of(2025, 10, 25))));
        Set<String> eleven = new TreeSet<>(ten);
        eleven.add("TL");
        assertEquals(eleven, codes(ref.membersAt("asean-member-states", LocalDate.of(2025, 10, 26))));
        assertEquals(11, ref.members("asean-member-states").size());
        // Year-only accession: Brunei (1984) counts from 1 January.
        assertEquals(Set.of("ID", "MY", "PH", "SG", "TH", "BN"),
                codes(ref.membersAt("asean-member-states", LocalDate.of(1984, 1, 1))));
    }

    @Test
    void aseanDialoguePartnersIncludeTheEuAsAnOrganization() {
        List<GroupMember> partners = ref.membersAt("asean-dialogue-partners", LocalDate.of(2025, 10, 1));
        assertEquals(11, partners.size());
        GroupMember eu = partners.stream().filter(m -> !m.isState()).findFirst().orElseThrow();
        assertEquals("eu", eu.memberOrg());
        assertEquals("", eu.iso2());
        assertEquals(10, ref.membersAt("asean-dialogue-partners", LocalDate.of(2021, 8, 1)).size());
        assertTrue(codes(ref.membersAt("asean-dialogue-partners", LocalDate.of(2021, 8, 2))).contains("GB"));
    }

    @Test
    void shanghaiCooperationOrganisationByDate() {
        assertEquals(10, ref.membersAt("sco-member-states", LocalDate.of(2024, 7, 4)).size());
        assertEquals(9, ref.membersAt("sco-member-states", LocalDate.of(2024, 7, 3)).size());
        // The Tianjin summit (1 Sep 2025) made observers partners; the end date is exclusive.
        List<GroupMember> before = ref.membersAt("sco-observers-and-partners", LocalDate.of(2025, 8, 31));
        assertTrue(before.stream().anyMatch(m -> m.iso2().equals("MN") && m.role().equals("observer")));
        assertFalse(before.stream().anyMatch(m -> m.iso2().equals("LA")));
        List<GroupMember> after = ref.membersAt("sco-observers-and-partners", LocalDate.of(2025, 9, 1));
        assertTrue(after.stream().anyMatch(m -> m.iso2().equals("MN") && m.role().equals("partner")));
        assertFalse(after.stream().anyMatch(m -> m.role().equals("observer")));
        assertEquals(17, after.size());
    }

    @Test
    void hornOfAfricaIsTheCoreDefinition() {
        assertEquals(Set.of("DJ", "ER", "ET", "SO"), codes(ref.members("horn-of-africa")));
        assertTrue(ref.group("horn-of-africa").orElseThrow().labelsInDocument().contains("Horn of Africa"));
        assertEquals(22, ref.members("arab-league-member-states").size());
        assertTrue(codes(ref.members("arab-league-member-states")).contains("PS"));
    }

    @Test
    void groupsWithoutMemberListsStillResolve() {
        GroupInfo cites = ref.group("cites-parties").orElseThrow();
        assertEquals(List.of("CITES Parties"), cites.labelsInDocument());
        assertEquals(List.of(), ref.members("cites-parties"));
        assertEquals(List.of("ODA-eligible countries supporting Copenhagen Declaration"),
                ref.group("oda-eligible-countries-copenhagen").orElseThrow().labelsInDocument());
        assertThrows(IllegalArgumentException.class, () -> ref.members("no-such-group"));
    }

    @Test
    void everyGroupLabelIsWrittenSoInTheDocument() throws IOException {
        String doc = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        for (GroupInfo g : ref.groups()) {
            for (String label : g.labelsInDocument()) {
                assertTrue(doc.contains(label), g.id() + ": " + label);
            }
        }
        assertTrue(ref.group("asean-member-states").isPresent());
        assertTrue(ref.group("khartoum-process-african-states").isPresent());
    }

    @Test
    void dateRowsKeepTheirPrecision() {
        GroupMember tl = ref.members("asean-member-states").stream().filter(m -> m.iso2().equals("TL")).findFirst()
                .orElseThrow();
        assertEquals("2025-10-26", tl.validFrom());
        assertEquals(Optional.of(LocalDate.of(2025, 10, 26)), tl.start());
        GroupMember vn = ref.members("asean-member-states").stream().filter(m -> m.iso2().equals("VN")).findFirst()
                .orElseThrow();
        assertEquals("1995", vn.validFrom());
        assertEquals(Optional.of(LocalDate.of(1995, 1, 1)), vn.start());
        // A year-only end holds through that year.
        GroupMember y = new GroupMember("g", "FR", "", "member", "2001-06", "2011", "", "");
        assertEquals(Optional.of(LocalDate.of(2001, 6, 1)), y.start());
        assertTrue(y.activeAt(LocalDate.of(2011, 12, 31)));
        assertFalse(y.activeAt(LocalDate.of(2012, 1, 1)));
        assertFalse(y.activeAt(LocalDate.of(2001, 5, 31)));
    }

    // --- bad files -------------------------------------------------------------------------------

    @Nested
    class BadFiles {
        @TempDir
        Path tmp;

        /** Copies the real files to tmp, rewrites the lines of one, and returns the loader's error. */
        ResolveException loadWith(String file, UnaryOperator<List<String>> edit) throws IOException {
            for (String f : FILES) {
                Files.copy(DIR.resolve(f), tmp.resolve(f));
            }
            List<String> lines = Files.readAllLines(tmp.resolve(file), StandardCharsets.UTF_8);
            Files.write(tmp.resolve(file), edit.apply(new ArrayList<>(lines)), StandardCharsets.UTF_8);
            return assertThrows(ResolveException.class, () -> ReferenceData.load(tmp));
        }

        /** 1-based line of the first line that starts with {@code prefix}. */
        int lineStarting(String file, String prefix) throws IOException {
            List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
            throw new AssertionError("no line starting with " + prefix + " in " + file);
        }

        static UnaryOperator<List<String>> replaceIn(int line, String from, String to) {
            return lines -> {
                String old = lines.get(line - 1);
                assertTrue(old.contains(from), old);
                lines.set(line - 1, old.replaceFirst(java.util.regex.Pattern.quote(from), to));
                return lines;
            };
        }

        @Test
        void missingColumn() throws IOException {
            ResolveException e = loadWith(ReferenceData.COUNTRIES, replaceIn(1, ",geonames_id", ""));
            assertTrue(e.getMessage().startsWith("countries.csv: [line 1] "), e.getMessage());
            assertTrue(e.getMessage().contains("geonames_id"), e.getMessage());
            assertEquals(1, e.line());
        }

        @Test
        void unknownIso2InAliases() throws IOException {
            int line = lineStarting(ReferenceData.ALIASES, "Kyrgyzstan,");
            ResolveException e = loadWith(ReferenceData.ALIASES, replaceIn(line, ",KG,", ",ZZ,"));
            assertTrue(e.getMessage().startsWith("aliases.csv: [line " + line + "] "), e.getMessage());
            assertTrue(e.getMessage().contains("ZZ"), e.getMessage());
        }

        @Test
        void badQidInCountries() throws IOException {
            int line = lineStarting(ReferenceData.COUNTRIES, "KZ,");
            ResolveException e = loadWith(ReferenceData.COUNTRIES, replaceIn(line, ",Q232,", ",232,"));
            assertTrue(e.getMessage().startsWith("countries.csv: [line " + line + "] "), e.getMessage());
            assertTrue(e.getMessage().contains("wikidata_qid"), e.getMessage());
        }

        @Test
        void badQidInOrganizations() throws IOException {
            int line = lineStarting(ReferenceData.ORGANIZATIONS, "interpol,");
            ResolveException e = loadWith(ReferenceData.ORGANIZATIONS, replaceIn(line, ",Q8475,", ",Q84x75,"));
            assertTrue(e.getMessage().startsWith("organizations.csv: [line " + line + "] "), e.getMessage());
        }

        @Test
        void duplicateOrganizationId() throws IOException {
            int line = lineStarting(ReferenceData.ORGANIZATIONS, "unctad,");
            ResolveException e = loadWith(ReferenceData.ORGANIZATIONS, replaceIn(line, "unctad,UNCTAD,", "unodc,UNCTAD,"));
            assertTrue(e.getMessage().startsWith("organizations.csv: [line " + line + "] duplicate id"),
                    e.getMessage());
        }

        @Test
        void unknownParent() throws IOException {
            int line = lineStarting(ReferenceData.ORGANIZATIONS, "cnd,");
            ResolveException e = loadWith(ReferenceData.ORGANIZATIONS, replaceIn(line, ",ecosoc,", ",ecosok,"));
            assertTrue(e.getMessage().startsWith("organizations.csv: [line " + line + "] "), e.getMessage());
            assertTrue(e.getMessage().contains("ecosok"), e.getMessage());
        }

        @Test
        void unknownIso2InGroupMembers() throws IOException {
            int line = lineStarting(ReferenceData.GROUP_MEMBERS, "asean-member-states,TL,");
            ResolveException e = loadWith(ReferenceData.GROUP_MEMBERS,
                    replaceIn(line, "asean-member-states,TL,", "asean-member-states,TP,"));
            assertTrue(e.getMessage().startsWith("group-members.csv: [line " + line + "] "), e.getMessage());
        }

        @Test
        void groupMemberWithoutSource() throws IOException {
            int line = lineStarting(ReferenceData.GROUP_MEMBERS, "asean-member-states,TL,");
            ResolveException e = loadWith(ReferenceData.GROUP_MEMBERS, lines -> {
                lines.set(line - 1, "asean-member-states,TL,,member,2025-10-26,,,");
                return lines;
            });
            assertEquals("group-members.csv: [line " + line + "] empty source", e.getMessage());
        }

        @Test
        void badDateInGroupMembers() throws IOException {
            int line = lineStarting(ReferenceData.GROUP_MEMBERS, "asean-member-states,TL,");
            ResolveException e = loadWith(ReferenceData.GROUP_MEMBERS, replaceIn(line, "2025-10-26", "2025-13-26"));
            assertTrue(e.getMessage().startsWith("group-members.csv: [line " + line + "] valid_from"),
                    e.getMessage());
        }

        @Test
        void aliasWhoseNormalizedFormDisagrees() throws IOException {
            int line = lineStarting(ReferenceData.ALIASES, "Kyrgyzstan,");
            ResolveException e = loadWith(ReferenceData.ALIASES, replaceIn(line, ",kyrgyzstan,", ",Kyrgyzstan,"));
            assertTrue(e.getMessage().startsWith("aliases.csv: [line " + line + "] alias_normalized"),
                    e.getMessage());
        }

        @Test
        void lineNumbersCountLinesInsideQuotedFields() throws IOException {
            // A note spanning two lines before the broken row shifts the broken row down by one line.
            int kz = lineStarting(ReferenceData.COUNTRIES, "KZ,");
            int ad = lineStarting(ReferenceData.COUNTRIES, "AD,");
            ResolveException e = loadWith(ReferenceData.COUNTRIES, lines -> {
                lines.set(kz - 1, lines.get(kz - 1).replace(",Q232,", ",Qx,"));
                String andorra = lines.get(ad - 1);
                assertTrue(andorra.endsWith(",yes,"), andorra);
                lines.set(ad - 1, andorra + "\"first line");
                lines.add(ad, "second line\"");
                return lines;
            });
            assertTrue(e.getMessage().startsWith("countries.csv: [line " + (kz + 1) + "] "), e.getMessage());
        }

        @Test
        void aliasNamingTwoStates() throws IOException {
            ResolveException e = loadWith(ReferenceData.ALIASES, lines -> {
                lines.add("Kirghizia,kirghizia,KG,document,");
                lines.add("Kirghizia,kirghizia,KZ,document,");
                return lines;
            });
            // The second added row is the conflicting one.
            int added = Files.readAllLines(DIR.resolve(ReferenceData.ALIASES), StandardCharsets.UTF_8).size() + 2;
            assertTrue(e.getMessage().startsWith("aliases.csv: [line " + added + "] "), e.getMessage());
        }

        @Test
        void missingFile() throws IOException {
            for (String f : FILES) {
                Files.copy(DIR.resolve(f), tmp.resolve(f));
            }
            Files.delete(tmp.resolve(ReferenceData.GROUPS));
            ResolveException e = assertThrows(ResolveException.class, () -> ReferenceData.load(tmp));
            assertTrue(e.getMessage().startsWith("groups.csv: "), e.getMessage());
        }

        @Test
        void theUntouchedCopyLoads() throws IOException {
            for (String f : FILES) {
                Files.copy(DIR.resolve(f), tmp.resolve(f));
            }
            assertEquals(250, ReferenceData.load(tmp).countries().size());
        }
    }
}
