#!/usr/bin/env python3
"""Rebuild data/reference/*.csv from the compiled reference files.

Usage:  python3 curate.py SOURCE_DIR [OUT_DIR]
SOURCE_DIR holds countries.csv, aliases.csv, organizations.csv, groups.csv as described in
README.md (section "Rebuilding"); OUT_DIR defaults to this script's directory.

Python 3.8+, standard library only. The output is deterministic: same input, same bytes.
Every editorial decision is a table in this file, so the rules in README.md can be checked here.
"""
import csv
import re
import sys
import unicodedata
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Licensing: sources whose values are never copied (ODbL-1.0). See README.md, "Licences".
ODBL_ALIAS_SOURCES = ("mledoze", "dr5hn")


def read(path):
    # csv, not pandas: Namibia's code is the string "NA".
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])


def normalize(s):
    """The alias_normalized rule; Names.normalize in Java implements the same."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.casefold()
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


# --------------------------------------------------------------------------------------------
# countries.csv

STATUS_TERRITORY = re.compile(r"^(Territory|Territories|Part|Crown dependency|Commonwealth|Associated) ")
# UNTERM short names are missing for these two UN Member States only because of a name-join
# failure upstream (source README, countries.csv, name_en_unterm).
UNTERM_JOIN_FAILURES = {"CI", "TR"}

COUNTRY_NOTES = {
    "CI": "The UNSD M49 name is \"Côte d’Ivoire\" (curly apostrophe); the document writes \"Côte d'Ivoire\". "
          "UNTERM short name missing upstream (name-join failure); UN Member State.",
    "TR": "UNTERM short name missing upstream (name-join failure); UN Member State. Former English short name: Turkey.",
    "EH": "Wikidata QID is the item carrying ISO 3166-1 alpha-2 (P297); other datasets use another item for the same place.",
    "GS": "Wikidata QID is the item carrying ISO 3166-1 alpha-2 (P297); other datasets use another item for the same place.",
    "PN": "Wikidata QID is the item carrying ISO 3166-1 alpha-2 (P297); other datasets use another item for the same place.",
    "RE": "Wikidata QID is the item carrying ISO 3166-1 alpha-2 (P297); other datasets use another item for the same place.",
    "SH": "Wikidata QID is the item carrying ISO 3166-1 alpha-2 (P297); other datasets use another item for the same place.",
    "NA": "ISO alpha-2 is the string NA (not a missing value). Wikidata QID Q1030 (Wikidata, CC0) checked independently; "
          "the P297-based source lost it because \"NA\" was read as missing.",
    "NL": "Q29999 is the Kingdom of the Netherlands, the item carrying P297 NL (Q55 is the constituent country).",
    "PS": "Q219060 is the State of Palestine, the item carrying P297 PS (Q407199 is the Palestinian territories). "
          "UN non-member observer State. GeoNames: \"Palestinian Territory\"; World Bank: \"West Bank and Gaza\".",
    "VA": "UN non-member observer State (UNTERM). Wikidata Q237 is Vatican City, the item carrying P297 VA.",
    "TW": "No UN M49 code: the UNSD M49 download has no Taiwan row (a later hand-made row in datasets/country-codes "
          "is not used). ISO 3166-1 TW/TWN/158 kept. Name from ISO 3166-1/CLDR/GeoNames (no UNSD name). "
          "Not a UN Member State or observer.",
    "XK": "XK/XKX are user-assigned codes, not ISO 3166-1: no ISO numeric and no UN M49 code. Alpha-3 XKX as used by "
          "GeoNames and the World Bank. Name and GeoNames id from GeoNames. Wikidata QID Q1246 (Wikidata, CC0) checked "
          "independently. Reference to Kosovo without prejudice to status (UNSCR 1244).",
    "PR": "Territory (Commonwealth of the US); listed in the document as an AMERIPOL member.",
}


def country_status(r):
    """The documented status rule (README.md, countries.csv, status)."""
    code, unterm, indep = r["iso_alpha2"], r["name_en_unterm"], r["status"]
    if code == "XK":
        return "partially recognized"
    if unterm.endswith("**"):
        return "associated state"
    if unterm.endswith("*"):
        return "non-member observer state"
    if un_member(r):
        return "state"
    if indep == "Yes":
        return "partially recognized"  # independent per the Factbook, but not in UNTERM at all (TW)
    if indep == "In contention":
        return "disputed territory"
    if indep == "International":
        return "international territory"
    if STATUS_TERRITORY.match(indep):
        return "territory"
    raise SystemExit(f"countries.csv: no status rule for {code} ({indep!r})")


def un_member(r):
    unterm = r["name_en_unterm"]
    return (unterm != "" and "*" not in unterm) or r["iso_alpha2"] in UNTERM_JOIN_FAILURES


def countries(src):
    out = []
    for r in read(src / "countries.csv"):
        member = un_member(r)
        if member != (r["un_member"] == "yes"):
            # The ODbL-derived column is only compared with, never copied.
            print(f"warning: un_member differs from the source column for {r['iso_alpha2']}", file=sys.stderr)
        out.append({
            "iso2": r["iso_alpha2"],
            "iso3": r["iso_alpha3"],
            "iso_numeric": r["iso_numeric"],
            "m49": r["un_m49"],
            "name": r["name_en_short"],
            "name_common": r["name_en_common"],
            "geonames_id": r["geonames_id"],
            "wikidata_qid": r["wikidata_qid"],
            "status": country_status(r),
            # The Factbook-derived is_independent text, "Yes" spelled out.
            "status_detail": {"XK": "user-assigned code"}.get(r["iso_alpha2"],
                                                              "independent" if r["status"] == "Yes" else r["status"]),
            "un_member": "yes" if member else "no",
            "notes": COUNTRY_NOTES.get(r["iso_alpha2"], ""),
        })
    return out


# --------------------------------------------------------------------------------------------
# aliases.csv

def aliases(src):
    out = []
    for r in read(src / "aliases.csv"):
        sources = [s for s in r["sources"].split("; ") if not s.startswith(ODBL_ALIAS_SOURCES)]
        if not sources:
            continue
        assert normalize(r["alias"]) == r["alias_normalized"], r["alias"]
        out.append({
            "alias": r["alias"],
            "alias_normalized": r["alias_normalized"],
            "iso2": r["iso_alpha2"],
            "sources": "; ".join(sources),
            "note": r["note"],
        })
    return out


# --------------------------------------------------------------------------------------------
# organizations.csv

# Ordered: the first prefix that matches the source `kind` text wins.
KIND_RULES = [
    ("UN ", "un-entity"),                       # UN entity, UN specialized agency, UN system related, UN programme
    ("treaty body", "treaty-body"),
    ("treaty secretariat", "treaty-body"),
    ("treaty", "treaty"),
    ("intergovernmental organization", "intergovernmental-organization"),
    ("intergovernmental ", "intergovernmental-process"),  # forum, forum/process, process, initiative, arrangement
    ("regional ", "regional-organization"),     # regional organization (+ organ/body/agency), police org., dev. bank
    ("national ", "national-agency"),           # national agency (X), national government
    ("NGO", "ngo"),
    ("network", "network"),
    ("mechanism", "mechanism"),
    ("joint working group", "mechanism"),
    ("declaration", "other"),                   # a non-binding declaration is not a treaty
    ("unresolved", "other"),
]

# Acronym forms that contain a word with lower-case letters (the general rule would call them names).
ACRONYM_OVERRIDES = {"Caricom IMPACTS"}

# Forms listed in acronym_as_written that are the acronym of another row (the treaty), so they
# are kept only there: one acronym, one organization.
ACRONYMS_DROPPED = {"cop-untoc": {"UNTOC"}, "cosp-uncac": {"UNCAC"}}

# parent = the organization or instrument the body belongs to (org:subOrganizationOf). Hosts,
# secretariats and conveners are not parents; they stay in notes or come from the document.
PARENTS = {
    "cnd": "ecosoc", "ccpcj": "ecosoc", "cop-untoc": "untoc", "cosp-uncac": "uncac",
    "uncct": "unoct", "un-act": "undp", "unodc-ccp": "unodc;wco", "hlcp": "ceb",
    "european-commission": "eu", "eurojust": "eu", "europol": "eu", "nauss": "aimc",
    "sco-hsc": "sco", "caert": "au", "cites-secretariat": "cites", "cites-cop": "cites",
    "cites-sc": "cites", "cites-etf": "cites", "greco": "coe", "rcc": "seecp",
    "caricom-impacs": "caricom", "asean-ammd": "asean", "asean-asod": "asean",
    "asean-ammtc": "asean", "asean-somtc": "asean", "apec-actwg": "apec",
    "nauss-toc-wg": "nauss", "idb-alliance": "idb", "jwg-iuu": "fao;imo;ilo",
}

# Parentheticals in full_name_en that qualify the name rather than give another name for it.
QUALIFIERS = {
    "Japan", "e.g. CITES Big Cats Task Force", "NAUSS, UNODC, CTED", "Doha, Qatar",
    "Secretariat of the Copenhagen Declaration", "ICCF Group",
    "Copenhagen Declaration",  # names the Declaration (copenhagen-declaration), not the conference
}

# Preferred English label where the general rule (full_name_en without a trailing acronym or
# alternative name in parentheses) does not give the name.
LABELS = {
    "jp-npa": "National Police Agency (Japan)",
    "aseanapol": "ASEAN Chiefs of Police",
    "nauss-coe": "Center of Excellence (NAUSS, UNODC, CTED)",
    "cybercrime-rp": "Cybercrime Regional Partnership (Doha, Qatar)",
    "blue-justice-conf": "Blue Justice Conference on Parties supporting the International Declaration against "
                         "Transnational Organized Crime in the Global Fishing Industry (Copenhagen Declaration)",
}

ORG_NOTES = {
    "apec": "Candidate QID Q170481 not adopted: public code pairs it with APEC but also with G7, SCO and COMECON; "
            "supraverden has no code for the APEC Secretariat.",
    "cop-untoc": "Secretariat: UNODC. The document's form \"(UNTOC)\" names the Convention (untoc).",
    "cosp-uncac": "Secretariat: UNODC. The document's form \"(UNCAC)\" names the Convention (uncac).",
    "fatf": "Secretariat hosted by the OECD (per the document); not a sub-organization of it.",
    "cted": "Executive Directorate of the Security Council Counter-Terrorism Committee (CTC).",
    "unama": "Special political mission of the Security Council.",
    "padf": "Independent affiliate of the OAS, not a sub-organization.",
    "globe": "Convened by UNODC. Name is split across table rows in the extracted text; reconstructed.",
    "iofmc": "Convened by UNODC.",
    "cybercrime-rp": "Convened by UNODC.",
    "doha-process-cnwg": "Convened by UNAMA.",
    "adec": "Convened by the National Police Agency of Japan (jp-npa).",
    "adlomico": "Convened by the Supreme Prosecutor's Office of the Republic of Korea (kr-spo).",
}

PAREN = re.compile(r"^(.*\S)\s+\(([^()]*)\)$")


def is_acronym(form):
    """A form written as an acronym: one word, or words without lower-case letters ("UN GCTS")."""
    if form in ACRONYM_OVERRIDES:
        return True
    words = form.split()
    return len(words) == 1 or all(not any(c.islower() for c in w) for w in words)


def looks_like_acronym(text):
    """A parenthetical that abbreviates the name before it: "FATF", "ACSRT/CAERT", "CARICOM IMPACS", "HoAI"."""
    return all(sum(c.isupper() for c in w) >= 2 for w in text.split())


def split_name(name, acronyms):
    """"A (B)" -> (A, B, kind of B): kind is "acronym", "qualifier", "name" or None without a parenthetical."""
    m = PAREN.match(name)
    if not m:
        return name, None, None
    a, b = m.group(1), m.group(2)
    if b in QUALIFIERS:
        return a, b, "qualifier"
    if b.upper() in {x.upper() for x in acronyms} or looks_like_acronym(b):
        return a, b, "acronym"
    return a, b, "name"


def kind_slug(text):
    for prefix, slug in KIND_RULES:
        if text.startswith(prefix):
            return slug
    raise SystemExit(f"organizations.csv: no kind rule for {text!r}")


def host_state(r, alias_index):
    """ISO alpha-2 of the state named in the source text, for national agencies and governments."""
    kind = r["kind"]
    if not kind.startswith("national "):
        return ""
    m = re.search(r"\(([^()]+)\)$", kind)
    place = m.group(1) if m else None
    if place is None:
        m = re.match(r"Government of (.+)$", r["acronym_as_written"])
        place = m.group(1) if m else None
    if place is None:
        raise SystemExit(f"organizations.csv: no host state in the source text of {r['org_id']}")
    codes = alias_index.get(normalize(place))
    if codes is None or len(codes) != 1:
        raise SystemExit(f"organizations.csv: host state {place!r} of {r['org_id']} does not resolve")
    return next(iter(codes))


def organizations(src, alias_rows):
    alias_index = {}
    for a in alias_rows:
        alias_index.setdefault(a["alias_normalized"], set()).add(a["iso2"])
    out = []
    for r in read(src / "organizations.csv"):
        oid = r["org_id"]
        forms = [f.strip() for f in r["acronym_as_written"].split(";") if f.strip()]
        acronyms = [f for f in forms if is_acronym(f) and f not in ACRONYMS_DROPPED.get(oid, set())]
        names = [f for f in forms if not is_acronym(f)]
        acr_forms = [f for f in forms if is_acronym(f)]
        label = None
        if r["name_as_written"]:
            names.append(r["name_as_written"])  # verbatim, even with "(ACRONYM)"
            a, b, kind = split_name(r["name_as_written"], acr_forms)
            if kind == "acronym":
                names.append(a)
        if r["full_name_en"]:
            a, b, kind = split_name(r["full_name_en"], acr_forms)
            if kind is None:
                names.append(a)
            elif kind == "name" and is_acronym(a):  # "ASEANAPOL (ASEAN Chiefs of Police)"
                names.append(b)
            elif kind == "name":
                names += [a, b]
            else:
                names.append(a)
            label = a
        seen, uniq = set(), []
        for n in names:
            if n not in seen:
                seen.add(n)
                uniq.append(n)
        label = LABELS.get(oid) or label or r["acronym_as_written"]
        notes = ORG_NOTES.get(oid, r["notes"])
        if oid in ORG_NOTES and r["notes"] and oid not in ("apec", "globe"):
            notes = ORG_NOTES[oid] + " " + r["notes"]
        out.append({
            "id": oid,
            "acronyms": ";".join(acronyms),
            "names": ";".join(uniq),
            "label": label,
            "kind": kind_slug(r["kind"]),
            "kind_detail": r["kind"],
            "parent": PARENTS.get(oid, ""),
            "host_state": host_state(r, alias_index),
            "wikidata_qid": r["wikidata_qid"],  # confirmed only; the candidate column is never read
            "wikidata_evidence": r["wikidata_evidence"],
            "name_source": r["name_source"],
            "notes": notes,
        })
    return out


# --------------------------------------------------------------------------------------------
# groups.csv and group-members.csv

GROUP_IDS = {
    "asean_member_states": "asean-member-states",
    "asean_dialogue_partners": "asean-dialogue-partners",
    "arab_league_member_states": "arab-league-member-states",
    "horn_of_africa_core": "horn-of-africa",
    "horn_of_africa_broad": "horn-of-africa-broad",
    "horn_of_africa_initiative_members": "horn-of-africa-initiative-members",
    "document_hoa_core_countries": "document-hoa-core-countries",
    "khartoum_process_african_states": "khartoum-process-african-states",
    "sco_member_states": "sco-member-states",
    "sco_observers_and_partners": "sco-observers-and-partners",
}

# group_id, label, labels_in_document, description. The source column is computed: the document
# lines where a label occurs, and group-members.csv where the group has a member list.
GROUPS = [
    ("asean-member-states", "ASEAN Member States", "ASEAN Member States",
     "Member States of the Association of Southeast Asian Nations: ten until 26 October 2025, eleven "
     "from the admission of Timor-Leste on that date. Choose the set by date (membersAt)."),
    ("asean-dialogue-partners", "ASEAN Dialogue Partners", "ASEAN dialogue partners",
     "The eleven full Dialogue Partners of ASEAN (ten states and the European Union); sectoral "
     "dialogue partners are not included."),
    ("arab-league-member-states", "Member States of the League of Arab States", "Arab league states",
     "The 22 members of the League of Arab States, including the State of Palestine. Suspensions "
     "(Egypt 1979-1989, Syria 2011-2023) are in the notes, not as gaps in membership."),
    ("horn-of-africa", "Horn of Africa", "Horn of Africa",
     "The Horn of Africa in its core geographic definition: Djibouti, Eritrea, Ethiopia, Somalia "
     "(Britannica). The broader definition is horn-of-africa-broad."),
    ("horn-of-africa-broad", "Horn of Africa (broad definition)", "",
     "The core Horn of Africa plus Kenya, Sudan, South Sudan and Uganda, parts or all of which "
     "broader definitions include (Britannica)."),
    ("horn-of-africa-initiative-members", "Horn of Africa Initiative member countries", "",
     "The seven countries the document lists as members of the Horn of Africa Initiative, with "
     "dates where sourced."),
    ("document-hoa-core-countries", "Countries named in the Horn of Africa Initiative coverage sentence", "",
     "The document's truncated sentence \"Covers the Horn of Africa, Egypt, Eritrea, Ethiopia, and "
     "Sudan as Core Countries; while Djibouti, Kenya, Libya, Somalia, South Sudan, and Tunisia\" "
     "(in the Horn of Africa Initiative row; it appears to describe Khartoum Process coverage)."),
    ("khartoum-process-african-states", "African states of the Khartoum Process", "African states",
     "The African participants of the Khartoum Process: the ten at its launch on 28 November 2014. "
     "The document says \"11 African states\"; the eleventh was not identified."),
    ("khartoum-process-european-states", "European states of the Khartoum Process", "European states",
     "The European participants of the Khartoum Process (the document: \"28 European states\"). "
     "No member list in the reference data."),
    ("sco-member-states", "Member States of the Shanghai Cooperation Organisation", "",
     "The ten SCO Member States with accession dates; the document lists them by name."),
    ("sco-observers-and-partners", "SCO observers, dialogue partners and partners", "",
     "SCO observer states and dialogue partners until the Tianjin summit of 1 September 2025, "
     "which merged both categories into \"SCO partners\"; partners from that date."),
    ("cites-parties", "Parties to CITES", "CITES Parties",
     "The States Parties to the Convention on International Trade in Endangered Species of Wild "
     "Fauna and Flora (the document: \"185 CITES Parties\"). No member list in the reference data."),
    ("oda-eligible-countries-copenhagen", "ODA-eligible countries supporting the Copenhagen Declaration",
     "ODA-eligible countries supporting Copenhagen Declaration",
     "ODA-eligible countries that support the International Declaration against Transnational "
     "Organized Crime in the Global Fishing Industry. No member list in the reference data."),
    ("copenhagen-declaration-supporting-countries", "Countries supporting the Copenhagen Declaration",
     "Declaration supporting countries",
     "Countries supporting the International Declaration against Transnational Organized Crime in "
     "the Global Fishing Industry (the document: \"60 Declaration supporting countries\"). No member "
     "list in the reference data."),
    ("arab-states", "Arab states (AIMC)", "Arab states",
     "The document's \"22 Arab states\" in the Arab Interior Ministers Council row. Presumably the "
     "member states of the League of Arab States, but that is not confirmed, so no member list."),
    ("mena-region-states", "States of the Middle East and North Africa region", "MENA region states",
     "The document's \"17 MENA region states\" (Cybercrime Regional Partnership). No member list."),
    ("latin-american-states", "Latin American states", "Latin American member states",
     "The document's \"22 Latin American member states\" (IDB Regional Alliance). No member list."),
    ("west-africa", "West Africa", "West Africa",
     "West Africa as the IBSM row names it, followed by the states it lists. No member list."),
    ("east-africa", "East Africa", "East Africa",
     "East Africa as the Indian Ocean Forum on Maritime Crime row names it. No member list."),
    ("indian-ocean-region", "Indian Ocean Region", "Indian Ocean Region",
     "The Indian Ocean Region as the Indian Ocean Forum on Maritime Crime row names it. No member list."),
    ("un-entities", "United Nations entities", "UN entities",
     "Unnamed entities of the United Nations system (organizations, not states). No member list."),
    ("eu-entities", "European Union entities", "EU entities;EU Organizations",
     "Unnamed institutions and agencies of the European Union (organizations, not states). No member list."),
]

# The Tianjin summit (1 Sep 2025) turned every observer and dialogue partner into an "SCO
# partner" (TASS; source notes). These rows are derived from that note.
SCO_PARTNER_NOTE = "Partner from the Tianjin summit (1 Sep 2025), which merged observers and dialogue partners (TASS); derived from the source note."


def label_lines(label, doc_lines, longer_names):
    """1-based document lines where label occurs outside a longer name ("Horn of Africa Initiative")."""
    found = []
    for n, line in enumerate(doc_lines, 1):
        for name in longer_names:
            line = line.replace(name, "\0")
        if re.search(r"(?<![\w-])" + re.escape(label) + r"(?![\w-])", line):
            found.append(n)
    return found


def groups(src, doc_lines, org_rows):
    rows = read(src / "groups.csv")
    assert all(len(g) == 4 for g in GROUPS)
    out_groups = [dict(zip(("group_id", "label", "labels_in_document", "description"), g)) for g in GROUPS]
    known = {g["group_id"] for g in out_groups}
    members = []
    for r in rows:
        gid = GROUP_IDS[r["group_id"]]
        assert gid in known, gid
        iso2 = r["member_iso_alpha2"]
        m = {
            "group_id": gid,
            "iso2": iso2,
            "member_org": "" if iso2 else ("eu" if r["member_name"] == "European Union" else None),
            "member_role": r["member_role"],
            "valid_from": r["valid_from"],
            "valid_to": r["valid_to"],
            "source": r["source"],
            "notes": r["notes"],
        }
        if m["member_org"] is None:
            raise SystemExit(f"groups.csv: member without code: {r}")
        members.append(m)
        if gid == "sco-observers-and-partners" and r["valid_to"] == "2025-09-01":
            members.append(dict(m, member_role="partner", valid_from="2025-09-01", valid_to="",
                                notes=SCO_PARTNER_NOTE))
    org_names = [n for o in org_rows for n in (o["names"].split(";") + o["acronyms"].split(";")) if n]
    with_members = {m["group_id"] for m in members}
    for g in out_groups:
        parts = []
        labels = [x for x in g["labels_in_document"].split(";") if x]
        lines = sorted({n for label in labels
                        for n in label_lines(label, doc_lines, [x for x in org_names if label in x and x != label])})
        if labels and not lines:
            raise SystemExit(f"group label not in the document: {labels}")
        if g["group_id"] == "document-hoa-core-countries":
            lines = [n for n, line in enumerate(doc_lines, 1) if "as Core Countries" in line]
        if lines:
            parts.append("document, line" + ("s " if len(lines) > 1 else " ") + ", ".join(map(str, lines)))
        if g["group_id"] in with_members:
            parts.append("members and their sources: group-members.csv")
        g["source"] = "; ".join(parts)
    return out_groups, members


def check_unique(a, o, g):
    """One normalized name or case-sensitive acronym, one thing: the matcher relies on it."""
    owner = {}

    def claim(key, who):
        if key in owner and owner[key] != who:
            raise SystemExit(f"{key!r} names both {owner[key]} and {who}")
        owner[key] = who

    for r in a:
        claim(("name", r["alias_normalized"]), "state/" + r["iso2"])
    for r in o:
        for n in filter(None, r["names"].split(";")):
            claim(("name", normalize(n)), "organization/" + r["id"])
        for x in filter(None, r["acronyms"].split(";")):
            claim(("acronym", x), "organization/" + r["id"])
    for r in g:
        for n in filter(None, r["labels_in_document"].split(";")):
            claim(("name", normalize(n)), "group/" + r["group_id"])


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    src = Path(sys.argv[1])
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parent
    doc = Path(__file__).resolve().parent.parent / "source" / "000_1ac077aacd7d84d9.txt"
    doc_lines = doc.read_text(encoding="utf-8").splitlines()

    c = countries(src)
    a = aliases(src)
    o = organizations(src, a)
    g, m = groups(src, doc_lines, o)
    check_unique(a, o, g)
    write(out / "countries.csv", ["iso2", "iso3", "iso_numeric", "m49", "name", "name_common", "geonames_id",
                                  "wikidata_qid", "status", "status_detail", "un_member", "notes"], c)
    write(out / "aliases.csv", ["alias", "alias_normalized", "iso2", "sources", "note"], a)
    write(out / "organizations.csv", ["id", "acronyms", "names", "label", "kind", "kind_detail", "parent",
                                      "host_state", "wikidata_qid", "wikidata_evidence", "name_source", "notes"], o)
    write(out / "groups.csv", ["group_id", "label", "labels_in_document", "description", "source"], g)
    write(out / "group-members.csv", ["group_id", "iso2", "member_org", "member_role", "valid_from", "valid_to",
                                      "source", "notes"], m)
    print(f"countries {len(c)}, aliases {len(a)}, organizations {len(o)}, groups {len(g)}, members {len(m)}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
