"""A speaker's organisation as the release names it in full.

``affiliation_in_text`` finds the body named beside a speaker; the helpers after it write out abbreviations
and bodies named by their kind, and name ministries, party groups and Berlin's departments and district
offices as the release does."""

from __future__ import annotations

import re

from archive import gazetteer
from archive.record import Speaker
from ingest.dates import MONTH_RE, WEEKDAY_RE
from ingest.names import (
    BERLIN_DISTRICTS,
    BODY_WORD,
    CONNECTORS,
    HONORIFIC,
    MINISTER_OFFICE,
    NON_NAME,
    PARTY,
    is_land,
    is_role_word,
    land_of_adjective,
    organisation_of,
    to_nominative,
)
from ingest.speakers.roles import _named_at, _occurrences, _other_person


def affiliation_in_text(sp: Speaker, full: str) -> str | None:
    """The body named beside ``sp`` anywhere (``Jens Adomeit, Technische Hochschule Brandenburg``); for one
    with a role only a ``vom``/``von der`` phrase right after the name that the punctuation closes
    (``Verkehrsplaner X vom Kreis Plön.``), not an object (``fordert X vom Land eine …``)."""
    for m in _occurrences(sp, full):
        if sp.role and not _CLOSED_AFFILIATION.match(full[m.end() :]):
            continue
        ref = _named_at(sp, full, m)
        if ref is not None and ref.org:
            return ref.org
    return None


def _minister_office_at(sp: Speaker, full: str) -> str | None:
    """A minister's office with its area stated right before the person's name (``die Bundesministerin der
    Justiz und für Verbraucherschutz, Dr. Stefanie X``)."""
    given = rf"(?:{re.escape(sp.given_name)}\s+)?" if sp.given_name else ""
    m = re.search(rf"\b({MINISTER_OFFICE}),?\s+(?:{HONORIFIC}\s+)*{given}{re.escape(sp.surname)}\b", full)
    return m.group(1) if m else None


def _office_body(sp: Speaker, full: str) -> str | None:
    """The body a sentence names for the person's bare office after the name, as the office the person
    holds (``Olaf X hat sein Amt als neuer Landrat des Landkreises Aurich angetreten`` -> ``Landkreis
    Aurich``), where no one else is named between; not another holder (``empfing den Bürgermeister der
    Partnerstadt``) nor a former office (``war zuvor Bürgermeister der Gemeinde …``)."""
    office = re.escape(sp.role or "")
    for m in re.finditer(
        rf"\b{re.escape(sp.surname)}\b([^.!?„“\"]{{0,100}}?)\bals\s+(?:neue[rn]?\s+)?{office}\s+(des|der)\s+"
        r"((?:[A-ZÄÖÜ][\wäöüß-]*\s+){0,3}[A-ZÄÖÜ][\wäöüß-]*)(?=\s+[a-zäöüß(]|[,.;:!?)]|$)",
        full,
    ):
        former = re.search(r"\b(?:zuvor|früher|einst|bisher|damals|bis)\b", m.group(1))
        if _other_person(m.group(1)) or former:
            continue
        body = organisation_of(f"{sp.role} {m.group(2)} {m.group(3)}")
        if body:
            return body
    return None


def _bracketed_body(sp: Speaker, full: str) -> str | None:
    """``Frank X (Stadtwerke Stade)``: the body in brackets after the full name; not a party, a place, a
    position in a photo (``(links)``), an age, an office or a word naming no body (``(Violine)``)."""
    if not sp.given_name:
        return None
    m = re.search(rf"{re.escape(sp.given_name)}\s+{re.escape(sp.surname)}\s*\(([^(),;]{{2,60}})\)", full)
    words = m.group(1).split() if m else []
    if not words or not all(w[0].isupper() or w in CONNECTORS for w in words) or PARTY.match(m.group(1)):
        return None
    if re.fullmatch(r"(?i:md[lba]|mdep)", m.group(1)):
        return None  # ``Sigrid X (MDL)``: a member's mandate, no body
    if is_role_word(words[0]) or gazetteer.is_exact_name(m.group(1)) or _abbreviates(m.group(1), sp.surname):
        return None
    return m.group(1) if _BODY_NAME.search(m.group(1)) else None


# a body's name (``Stadtwerke Stade``, ``Gemeindetag``, ``VDV``), not an instrument, a sport, a ward or a
# photo's label (``Violine``, ``Handball``, ``Ortsteil Neudorf``, ``Archivfoto``)
_BODY_NAME = re.compile(
    r"(?i:verband|verein|rat|tag|werke?|kasse|stiftung|gesellschaft|amt|behörde|verwaltung|zentrum|bund|"
    r"agentur|institut|kammer|ring|hilfe|netzwerk|initiative)\b|\be\.\s?V\.|\bG?GmbH\b|\b[A-ZÄÖÜ]{2,}[a-z]?\b"
)


def _abbreviates(short: str, word: str) -> bool:
    """``EBiG`` for ``Erwachsenenbildungsgesetz``: an abbreviation of ``word`` itself (its letters in order,
    from the first)."""
    if not re.fullmatch(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}", short) or short[0] != word[:1]:
        return False
    rest = iter(word[1:].lower())
    return all(letter in rest for letter in short[1:].lower())


# an office that names no body (``Vorsitzender``): a body in brackets after the name is the one
_BODILESS_OFFICE = re.compile(
    r"(?:stellvertretende[rn]?\s+)?(?:Vorsitzende|Geschäftsführer|Sprecher)(?:in|r)?"
)


def _without_unit(org: str | None) -> str | None:
    """``Präventionsteam der Polizeiinspektion Harburg`` → ``Polizeiinspektion Harburg``: the body, not its
    team or department."""
    unit = _UNIT_AFFILIATION.match(org or "")
    return to_nominative(unit.group(2), unit.group(1)) if unit else org


_UNIT_AFFILIATION = re.compile(
    r"^(?:[A-ZÄÖÜ]\w*team|Team|Abteilung|Referat|Fachbereich|Sachgebiet)\s+(der|des)\s+([A-ZÄÖÜ].*)$"
)
# ``… vom Kreis Schleswig-Flensburg.``: a body's name after the person, up to a punctuation mark
_AFFILIATION_ADJ = r"(?!(?:ein|eine|einen|einem|einer|den|die|das|dem|diese|diesen)\b)[a-zäöüß]+e[nrs]?"
_AFFILIATION_WORD = rf"(?:[A-ZÄÖÜ][\wäöüß-]*|für|und|der|des|{_AFFILIATION_ADJ})"
_CLOSED_AFFILIATION = re.compile(
    r",\s+[A-ZÄÖÜ][^,.;:!?]{2,80},|"  # ``Maria Schulz, Stadtwerke Cottbus GmbH, ergänzt``
    r"\s+(?:vom|von\s+der|von\s+dem)\s+(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|"
    rf"Oktober|November|Dezember)\b)(?:{_AFFILIATION_WORD}\s+){{0,7}}[A-ZÄÖÜ][\wäöüß-]*"
    # closed by punctuation, the sentence's verb going on (``X von der Inspektion Y kennt die Strecken``) or a
    # verb's particle (``macht X vom Landesbetrieb Y aufmerksam.``)
    r"(?:\s*[.,;:)]|\s+(?!(?:ein|eine|einen|einem|einer|den|die|das|dem|der)\b)[a-zäöüß]+\s+\w|"
    r"\s+(?:hin|an|auf|aufmerksam|zu|vor|aus|mit|fest|bei|dar)\s*[.,;])"
)


# ``… und Stadtrat für Soziales in Friedrichshain-Kreuzberg``: a Berlin district office
_DISTRICT_OFFICE = re.compile(
    rf"(?:[Ss]tadtr(?:at|ätin)|Bezirks\w+)\b.*?\b(?:(?:in|von)\s+)?({BERLIN_DISTRICTS})(?=$|,|\s+(?:sowie|und)\s)"
)


def _ministry_with_land(org: str | None, full: str) -> str | None:
    """``Staatsministerium der Justiz`` where the text names the ``Sächsische(s) Staatsministerium der
    Justiz`` (also in the genitive): the ministry with its Land's adjective."""
    if not org or not re.match(r"(?:Staats|Landes)?[Mm]inisterium\s", org):
        return org
    genitive = re.sub(r"^(\w*[Mm]inisterium)", r"\1s", org)
    named = rf"(?:{re.escape(org)}|{re.escape(genitive)})"
    for m in re.finditer(rf"\b([A-ZÄÖÜ][a-zäöüß-]+(?:es|en|e|er))[ \t]+{named}\b", full):
        if land_of_adjective(adjective := m.group(1)):
            return f"{re.sub(r'(?:es|en|e)$', 'es', adjective) if 'isch' in adjective else adjective} {org}"
    return org


def _expanded(org: str | None, full: str) -> str | None:
    """An abbreviation (``BSR``) as the name the text gives for it (``Berliner Stadtreinigung (BSR)``); a
    district assembly's ``BVV`` written out."""
    if org and (bvv := re.fullmatch(r"BVV((?:\s+[A-ZÄÖÜ][\w-]+)?)", org)):
        # ``BVV-Vorsteherin`` where the text names the ``Bezirksverordnetenversammlung Marzahn-Hellersdorf``
        named = set(re.findall(rf"\b(?:Bezirksverordnetenversammlung|BVV)\s+({BERLIN_DISTRICTS})\b", full))
        district = bvv.group(1) or (f" {named.pop()}" if len(named) == 1 else "")
        return f"Bezirksverordnetenversammlung{district}"  # ``Vorsteher der BVV Lichtenberg``
    # ``Stiftung zur Bewahrung … in Deutschland (Stiftung KiBa)``: the name a short form of words stands for
    kind = re.escape(org.split()[0]) if org and " " in org else None
    short_of = kind and re.search(
        rf"\b(der|des|die|dem)\s+({kind}\s+[^().;:„“]{{5,100}}?)\s+\({re.escape(org or '')}\)", full
    )
    rest = org.split(None, 1)[1].lower() if short_of and org else ""
    letters = ".*".join(map(re.escape, rest.replace(" ", "")))
    if short_of and re.search(letters, short_of.group(2).lower().replace(" ", "")):
        # (whose words spell the short form's rest in order: ``kirchlicher Baudenkmäler`` for ``KiBa``)
        return to_nominative(short_of.group(2), short_of.group(1))
    if org and re.fullmatch(r"[a-zäöü]{3,5}", org):
        return _lowercase_short(org, full)
    placed = re.fullmatch(r"([A-ZÄÖÜ]{2,5})\s+([A-ZÄÖÜ][a-zäöüß][\wäöüß-]*)", org or "")
    if placed:
        # ``LAK Hessen`` where the text names the ``Landesapothekerkammer Hessen``: one compound whose
        # letters spell the abbreviation in order, before the same place
        letters = ".*".join(map(re.escape, placed.group(1).lower()))
        compound = rf"\b({placed.group(1)[0]}[a-zäöüß]{{5,}})\s+{re.escape(placed.group(2))}\b"
        found = {m.group(0) for m in re.finditer(compound, full) if re.match(letters, m.group(1).lower())}
        return found.pop() if len(found) == 1 else org
    # ``3pc-Geschäftsführer`` → ``3pc GmbH Neue Kommunikation``, as the imprint names the company
    # (or the legal form alone in a sentence that goes on: ``in der govdigital eG sei …``)
    legal_form = (
        r"\s+(?:g?GmbH|AG|SE|KG|eG)(?:(?:\s+(?!Str\b|Straße\b)[A-ZÄÖÜ][\w-]*){0,3}(?=[,;]|\.?$|\.\s)"
        r"|(?=\s+[a-zäöüß]))"
    )
    legal = re.search(rf"(?<![\w-]){re.escape(org or '-')}{legal_form}", full)
    if org and " " not in org and legal and not gazetteer.is_exact_name(org) and org != "Berlin":
        return legal.group(0)
    # (``IB.SH``: with a dot; ``UK RLP``, ``BG ETEM``: in two parts)
    short = r"[A-ZÄÖÜ][A-ZÄÖÜa-z]{1,5}|[A-ZÄÖÜ]{1,4}\.[A-ZÄÖÜ]{1,4}|[A-ZÄÖÜ]{2,3} [A-ZÄÖÜ]{2,5}"
    if not org or not re.fullmatch(short, org) or sum(c.isupper() for c in org) < 2:
        return org  # ``BSR``, ``GdP`` (``Gewerkschaft der Polizei``)
    article = r"(?:\b(der|des|dem|den|die|das|[Bb]eim|[Ii]m|[Vv]om|[Zz]um)\s+)?"
    # ``Tierschutzverein für Berlin (TVB)``, ``Landesamtes für Umwelt, Landwirtschaft und Geologie (LfULG)``
    word = r"(?:[A-ZÄÖÜ][\wäöüß-]+,?|für|und|der|des|in)\s+"
    # the name's legal form stays (``Landesfrauenrat Niedersachsen e.V. (LFRN)``); the bracket may add a
    # place's abbreviation (``Wirtschaftsförderungsgesellschaft Nordwestmecklenburg mbH (WFG NWM)``)
    bracketed = rf"(e\.\s?V\.\s+|g?GmbH\s+|mbH\s+)?\({re.escape(org)}(?:\s+[A-ZÄÖÜ]{{2,6}})?\)"
    m = re.search(rf"{article}((?:[A-ZÄÖÜ][\wäöüß-]+\s+)(?:{word}){{0,7}}){bracketed}", full)
    if not m:
        return _acronym_of(org, full)
    words = [w for w in m.group(2).split() if w not in {"Der", "Die", "Das", "Des", "Dem", "Den"}]
    # (the parts of a hyphenated name count: ``Friedrich-Loeffler-Instituts (FLI)``; so do a compound's
    # parts: ``Wirtschaftsförderungsgesellschaft`` for ``WFG``)
    initials = [p for w in words for p in w.split("-") if p[:1].isupper() and p[0] in org]
    if len(initials) < 2 and words and re.search(".*".join(map(re.escape, org.lower())), words[0].lower()):
        initials = list(org)
    # (also a hyphenated word's later part: ``Leibniz-Institut für Plasmaforschung … (INP)``)
    first = next((k for k, w in enumerate(words) if any(p[:1] == org[0] for p in w.split("-"))), None)
    spelled = [k for k, w in enumerate(words) if any(p[:1] == org[0] for p in w.split("-"))]
    # (an abbreviation in two parts, or after a report's or a board's noun: not ``Verband der … (VVN)``)
    genitive = first is not None and first + 1 < len(words) and words[first + 1] in {"der", "des"}
    owner = first is not None and (" " in org or _OWNED_NOUN.fullmatch(words[first]) is not None)
    if owner and genitive and first is not None and len(spelled) > 1:
        first = spelled[1]  # ``Der Bericht der Berufsgenossenschaft … (BG ETEM)``: not the word before
    # (``Federführung der Thüringer Energie- und GreenTech-Agentur (ThEGA)``: the name after its article)
    after_article = bool(first) and words[first - 1] in {"der", "des", "dem", "den", "die"}
    if first and land_of_adjective(words[first - 1]) and (m.group(1) and first == 1):
        first -= 1  # ``des Sächsischen Landesamtes für … (LfULG)``: the Land's adjective is in the name
        after_article = True
    if len(initials) < 2 or first is None or (first > 0 and not org.isupper() and not after_article):
        return org  # ``Bayerische Landesamt für Umwelt (LfU)``: not the whole name, keep the abbreviation
    before = words[first - 1] if first else ""
    kind = re.fullmatch(r"(Zweckverband|Verband|Verein|Institut|Landesamt|Amt)(?:e?s)?", before)
    if kind:
        # ``des Zweckverbandes Kommunale Informationsverarbeitung Sachsen (KISA)``: the kind is in the name
        first -= 1
        words[first] = kind.group(1)
    # ``des Wirtschaftskreises Lichtenberg (WKHL)``: in the nominative
    name = " ".join(words[first:] + (m.group(3) or "").split())
    field = _FIELD_AFTER.match(full, m.end())
    if field and re.search(r"(?:[Ii]nstitut|[Zz]entrum|[Aa]mt|[Aa]nstalt|[Aa]kademie)$", name):
        name += field.group(0)  # ``Max-Planck-Institut (MPI) für Multidisziplinäre Naturwissenschaften``
    article_before = (m.group(1) if first == 0 else words[first - 1]) or ""
    if article_before.lower() in {"der", "des", "dem", "den", "die", "das", "im", "vom", "beim", "zum"}:
        # ``des Landesamtes für … (LAF)``, ``Im Kommunalen Rechenzentrum … (KRZN)``: in the nominative
        return to_nominative(name, article_before.lower())
    return name


def _lowercase_short(org: str, full: str) -> str:
    """``bpb`` → ``Bundeszentrale für politische Bildung``: the name written right before a lowercase
    abbreviation (``…/bpb``, ``… (bpb)``) whose words' initials spell it."""
    word = r"(?:für|und|der|des|[a-zäöüß]+e[nrs]?|[A-ZÄÖÜ][\wäöüß-]+)"
    for m in re.finditer(rf"([A-ZÄÖÜ][\wäöüß-]+(?:\s+{word}){{0,6}})\s*(?:/|\()\s*{org}\b", full):
        words = m.group(1).split()
        for start in range(len(words)):
            content = [w for w in words[start:] if w not in {"für", "und", "der", "des"}]
            if words[start][:1].isupper() and "".join(w[0] for w in content).lower() == org:
                return " ".join(words[start:])
    return org


# a body's field after its abbreviation in brackets
_FIELD_AFTER = re.compile(
    r"\s+für(?:\s+[A-ZÄÖÜ][\wäöüß-]*){1,3}(?:\s+und(?:\s+[A-ZÄÖÜ][\wäöüß-]*){1,2})?(?=\s*[,.;:)]|\s+[a-zäöüß])"
)
_ACRONYM_NAME = re.compile(
    r"[A-ZÄÖÜ][\wäöüß-]*(?:,?\s+(?:für|und|der|des|die|von|[A-ZÄÖÜ][\wäöüß-]*))*"
)


# a noun whose genitive names the body, not part of its name (``Die Bilanz der Bürgerstiftung X (BSN)``)
_OWNED_NOUN = re.compile(
    r"Bilanz|(?:Jahres|Geschäfts)?[Bb]ericht|Sitzung|(?:Mitglieder)?[Vv]ersammlung|Tagung|Studie|Umfrage|"
    r"Vorstand|Leitung|Präsidium|[\w-]*[Aa]mt|[\w-]*[Pp]reis|[\w-]*Award"
)


def _acronym_of(org: str, full: str) -> str:
    """``HZI`` → ``Helmholtz-Zentrum für Infektionsforschung``, ``LANUV`` → ``Landesamt für Natur, Umwelt und
    Verbraucherschutz``: the one name in the text whose words' and hyphenated parts' initials, with the
    heads of a compound's parts (``Landes|amt``), spell the abbreviation (of three letters or more, capitals
    only; of two letters only a name with ``für``: ``BA`` → ``Bundesagentur für Arbeit``)."""
    if not re.fullmatch(r"[A-ZÄÖÜ]{2,6}", org) or org in {"IT", "EU", "UN", "US", "KI", "TV", "PR", "OB"}:
        return org
    found = set()
    for m in _ACRONYM_NAME.finditer(full):
        words = m.group(0).split()
        # (not a sentence's article or preposition: ``Der Rettungsdienst Kamenz`` does not spell ``DRK``)
        for start in (k for k, w in enumerate(words) if w[0] == org[0] and w not in _OPENING_WORDS):
            for end in range(start + 1, len(words) + 1):
                name = words[start:end]
                # (commas only in a ``für`` list: not ``Ilmenau, Halle, Kiel`` for ``IHK``)
                listed = any(w.endswith(",") for w in name) and "für" not in name
                short = len(org) == 2 and "für" not in name
                closed = name[-1][0].isupper() and not name[-1].endswith(",")
                if closed and not listed and not short and _spells(name, org):
                    found.add(to_nominative(" ".join(name), "des"))
                if len(_initials(name)) >= len(org):
                    break
    return found.pop() if len(found) == 1 else org


# the heads of a compound's parts an abbreviation may spell (``Landes|amt``, ``Landes|kriminal|amt``)
_COMPOUND_PARTS = (
    "amt", "anstalt", "agentur", "bank", "betrieb", "bund", "dienst", "entwicklung", "gesellschaft", "kammer",
    "kasse", "kriminal", "verband", "verwaltung", "werk", "zentrum", "schutz", "planung", "wirtschaft",
    "förderung", "akademie", "archiv", "institut", "kommando", "polizei", "stelle", "versicherung",
)  # fmt: skip


def _spells(words: list[str], org: str) -> bool:
    """The capitalised words' initials spell ``org`` in order, each word perhaps adding the heads of its
    compound's later parts."""
    caps = [w.rstrip(",") for w in words if w[:1].isupper()]

    def from_word(k: int, j: int) -> bool:
        if k == len(caps):
            return j == len(org)
        initials = _initials([caps[k]])
        if org[j : j + len(initials)] != initials:
            return False
        low = caps[k].split("-")[-1].lower()
        heads = [i for i in range(3, len(low)) if low.startswith(_COMPOUND_PARTS, i)]
        return from_heads(k, j + len(initials), low, heads)

    def from_heads(k: int, j: int, low: str, heads: list[int]) -> bool:
        if from_word(k + 1, j):
            return True
        return any(
            j < len(org) and low[i].upper() == org[j] and from_heads(k, j + 1, low, heads[n + 1 :])
            for n, i in enumerate(heads)
        )

    return from_word(0, 0)


_OPENING_WORDS = {
    "Der", "Die", "Das", "Dem", "Den", "Des", "Ein", "Eine", "Am", "Im", "Zum", "Zur", "Beim", "Vom",
}  # fmt: skip


def _initials(words: list[str]) -> str:
    return "".join(p[0] for w in words for p in w.split("-") if p and p[0].isupper())


# bodies a role often names by their kind alone (``Geschäftsführerin der Handwerkskammer``)
_GENERIC_BODIES_NAMED = {
    "Handwerkskammer", "Hochschule", "Fachhochschule", "Universität", "Stadtwerke", "Sparkasse",
    "Kreishandwerkerschaft", "Volkshochschule", "Musikschule", "Stadtbibliothek", "Kreisvolkshochschule",
    "Oberschule", "Grundschule", "Gesamtschule", "Realschule", "Bücherei", "Bibliothek",
    "Energieagentur", "Klimaschutzagentur", "Landesjugendring", "Kreisjugendring", "Stadtjugendring",
    "Kinderschutzbund", "Landesmusikrat", "Landessportbund", "Kreissportbund", "Stadtsportbund",
    "Medienanstalt", "Landesmedienanstalt", "Investitionsbank", "Förderbank", "Studentenwerk",
    "Studierendenwerk", "Unfallkasse",
}  # fmt: skip
# a chamber's usual short form, written out where the text names it so (``IHK Erfurt``)
_CHAMBERS = {"IHK": "Industrie- und Handelskammer", "HWK": "Handwerkskammer"}


def _chamber_named(abbreviation: str, text: str) -> str | None:
    """The one chamber of this kind the text names with its place or region, written out where it is
    (``Industrie- und Handelskammer zu Berlin``), else as written (``IHK Ostwürttemberg``)."""
    named = [
        (m.group(2), m.group(0))
        for kind in (_CHAMBERS[abbreviation], abbreviation)
        for m in re.finditer(rf"\b({kind})(?:\s+(?:zu|für))?\s+([A-ZÄÖÜ][\wäöüß-]+)\b(?!-)", text)
        if gazetteer.is_name_head(m.group(2)) or _REGION_NAME.search(m.group(2))
    ]
    if len({place for place, _ in named}) != 1:
        return None  # (``IHK Potsdam und die Industrie- und Handelskammer zu Berlin``: two chambers)
    return named[0][1]  # written out where it is, the full kind listed first


# a region's name (``Ostwürttemberg``, ``Mittelfranken``, ``Ostbrandenburg``)
_REGION_NAME = re.compile(
    r"(?:württemberg|franken|brandenburg|westfalen|rhein|pfalz|schwaben|bayern|sachsen|hessen|thüringen|"
    r"friesland|holstein|land)$"
)


def _written_out(org: str | None, text: str) -> str | None:
    """``Handwerkskammer`` → ``Handwerkskammer Hannover``: a body named by its kind alone, by the one fuller
    name the text gives it (``von der Hochschule für nachhaltige Entwicklung Eberswalde.``)."""
    chamber = re.fullmatch(r"(IHK|HWK)(\s+.+)?", org or "")
    if chamber:
        full = _CHAMBERS[chamber.group(1)] + (chamber.group(2) or "")
        if chamber.group(2) is None and (named := _chamber_named(chamber.group(1), text)):
            return named  # ``IHK-Präsidentin``: the text names ``Industrie- und Handelskammer zu Berlin``
        return full if full in text else org  # ``Die Industrie- und Handelskammer Erfurt hat …``
    if org and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", org) and (BODY_WORD.search(org) or org.endswith("hof")):
        # ``Rechnungshof`` → ``Rechnungshof von Berlin``: the one place the text names the body of
        # (the body introduced so: not ``Der Rechnungshof … Auch der Rechnungshof von Hamburg …``, nor
        # ``Landesrechnungshof Brandenburg`` beside it)
        body = text.partition("\n")[2]  # (the text under the headline: ``Rechnungshof hilft …`` over it)
        first = re.search(rf"\b{org}\b(?:\s+von\s+([A-ZÄÖÜ][\wäöüß-]+))?", body)
        other = re.search(rf"\w{org.lower()}\b", text, re.I)
        if first and first.group(1) and gazetteer.is_name_head(first.group(1)) and not other:
            return first.group(0)
    if org not in _GENERIC_BODIES_NAMED:
        return org
    found = set()
    # ``für nachhaltige Entwicklung Eberswalde``: a field; else a place (``Hannover``)
    field = (
        r"für(?:[ \t]+(?:und|der|des|[a-zäöüß]+e[nrs]?|[A-ZÄÖÜ][\wäöüß-]*)){1,6}"
        r"(?=\s*[,.;:)]|[ \t]+[a-zäöüß])"  # up to the punctuation or the verb of the sentence
    )
    # (``Region Hannover``: a region's name)
    place = r"(?:Region[ \t]+)?[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+(?:an[ \t]+der|am|im|in)[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?"
    named = f"{field}|{place}" if org in {"Hochschule", "Fachhochschule"} else place  # ``für …``: a college
    # also a compound of the kind (``Bücherei`` → ``Gemeindebücherei Nottuln``)
    local = r"(?:Gemeinde|Stadt|Stadtteil|Orts|Kreis|Kreis-)"  # not ``Universitätsbibliothek``
    kinds = rf"(?:{org}|(?:[A-ZÄÖÜ][a-zäöüß]+-[ \t]+und[ \t]+)?{local}{org.lower()})"
    # (also in the genitive: ``des Kinderschutzbundes Passau``)
    for m in re.finditer(rf"\b({kinds})(?:e?s)?[ \t]+({named})", text):
        name = m.group(2)
        if re.search(rf"\s(?:am|im)[ \t]+(?:{WEEKDAY_RE}|{MONTH_RE}|Wochenende)$", name):
            name = name.split()[0]  # ``Oldenburg am Donnerstag``: the place, not the day
        # (``Region Hannover``: the region's place; not ``Sparkasse Vereine in Jena``)
        heads = (name, name.split()[0], *(name.split()[-1:] if name.startswith("Region ") else []))
        # (or a Land: ``Landesmusikrat Schleswig-Holstein``)
        if name.startswith("für") or any(gazetteer.is_name_head(x) or is_land(x) for x in heads):
            found.add(f"{m.group(1)} {name}")
    return found.pop() if len(found) == 1 else org


_PARTY_GROUP_ROLE = re.compile(r"(?:^|\s)([A-ZÄÖÜ][\wäöü/]*)-Fraktion\w+$")


def _party_group(party: str, full: str) -> str | None:
    """``SPD-Bundestagsfraktion``, ``Bundestagsfraktion Bündnis 90/Die Grünen``: the parliamentary group of
    ``party`` as the text names it."""
    p = re.escape(party)
    m = re.search(rf"\b{p}-(?:Bundestags|Landtags)?[Ff]raktion\b", full) or re.search(
        rf"\b(?:Bundestags|Landtags)?[Ff]raktion\s+(?:der\s+)?(?:[A-ZÄÖÜ0-9][\w/]*\s+){{0,3}}?{p}\b", full
    )
    return m.group(0) if m else None


# the offices of a party's parliamentary group
_GROUP_OFFICE = re.compile(r"Fraktion|Parlamentarische[rn]?\s+Geschäftsführer")
# the house a parliamentary group sits in (``im Rat der Stadt Köln``, ``im Hessischen Landtag``)
_HOUSE = (
    r"(?:im|in\s+der)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){0,3}?(?:Landtag|Bundestag|Stadtrat|Kreistag|Gemeinderat|"
    r"Rat\s+der\s+(?:Stadt|Gemeinde)\s+[A-ZÄÖÜ][\wäöüß-]+|Rat|Bürgerschaft|Abgeordnetenhaus|"
    r"Stadtverordnetenversammlung|Regionalversammlung|Bezirksverordnetenversammlung(?:\s+[A-ZÄÖÜ][\w-]+)?)\b"
)


def _districts_named(full: str) -> set[str]:
    """The Berlin districts the text names as a district or its office (``des Bezirks Pankow``)."""
    return set(re.findall(rf"\bBezirk(?:samt)?(?:es|s)?\s+\(?({BERLIN_DISTRICTS})\b", full))


def _group_in_house(org: str | None, full: str) -> str | None:
    """``SPD-Fraktion`` → ``SPD-Fraktion im Rat der Stadt Köln``: a parliamentary group by the one fuller
    name the text gives it, with the house it sits in."""
    if not org or "raktion" not in org or re.search(r"\s(?:im|in)\s", org):
        return org
    # (the text introduces the group so at its first mention: not ``auch von der SPD-Fraktion im Bundestag``)
    first = re.search(rf"(?<![\w-]){re.escape(org)}(?![\w-])", full)
    introduced = re.compile(rf"\s+{_HOUSE}").match(full, first.end()) if first else None
    return f"{org}{introduced.group(0)}" if introduced else org


def _full_department(org: str | None, full: str) -> str | None:
    """``Senatsverwaltung für Arbeit`` (from ``Arbeitssenatorin``) → the department's full name where the
    release states it (``Senatsverwaltung für Arbeit, Soziales, … und Antidiskriminierung``)."""
    # (named with its ``und``, it is whole: not ``… für Kultur und Europa und Kulturprojekte Berlin``)
    if not org or not org.startswith("Senatsverwaltung für ") or "," in org or " und " in org:
        return org
    word = r"(?!Bezirks|Senat|Land|Stadt)[A-ZÄÖÜ][\w-]*"
    m = re.search(rf"{re.escape(org)}(?:,\s+{word})*\s+und\s+{word}", full)
    if m:
        return m.group(0)
    area = re.escape(org.removeprefix("Senatsverwaltung für "))
    # ``Sozialsenatorin`` where the text names ``die Senatsverwaltung für Integration, Arbeit und Soziales``
    named = {
        d.group(0)
        for d in re.finditer(rf"Senatsverwaltung für {word}(?:,\s+{word})*\s+und\s+{word}", full)
        if re.search(rf"\b{area}\b", d.group(0))
    }
    if len(named) == 1:
        return named.pop()
    # the senator's full title (``Senatorin für Gesundheit, Pflege und Gleichstellung``) names the department
    former = r"(?<!damalige )(?<!damaligen )(?<!ehemalige )(?<!ehemaligen )(?<!frühere )(?<!früheren )"
    m = re.search(rf"{former}\bSenator(?:in)?\s+für\s+({area}(?:,\s+{word})*\s+und\s+{word})\b", full)
    if m and is_role_word(m.group(1).split()[-1]):
        return org  # ``Senator für Kultur und Europa und Stiftungsratsvorsitzende``: the next office
    return f"Senatsverwaltung für {m.group(1)}" if m else org


def _senate_office(role: str | None) -> str | None:
    """Berlin's Regierende(r) Bürgermeister(in) heads the Senatskanzlei."""
    return "Senatskanzlei" if role and re.match(r"^Regierende[r]?\s+Bürgermeister(?:in)?\b", role) else None


# a body named only by its kind (``Geschäftsführerin des Zweckverbandes``): the release names it in full
_GENERIC_BODIES = {
    "Zweckverband", "Verband", "Amt", "Landkreis", "Kreis", "Verein", "Stadt", "Gemeinde", "Hochschule",
}  # fmt: skip
# kinds of bodies written out where the text names the one body of the kind, else kept as written
_KINDS_WRITTEN_OUT = {
    "Verbandsgemeinde", "Samtgemeinde", "Naturpark", "Landeskommando", "Hauptzollamt", "Landesamt",
}  # fmt: skip
# (and councils, written out only with their place: not ``Jugendparlament Fahrradreparaturstationen``)
_COUNCILS_WRITTEN_OUT = {
    "Jugendparlament", "Behindertenbeirat", "Seniorenbeirat", "Integrationsbeirat", "Jugendbeirat",
}  # fmt: skip
_NAME_WORD = r"(?:[A-ZÄÖÜ][\wäöüß.()/-]*)"


# a body's board named alone (``Vorsitzender des Verwaltungsrates``): the body it belongs to is wanted
_BOARDS = {"Verwaltungsrat", "Aufsichtsrat", "Stiftungsrat", "Kuratorium", "Vorstand", "Präsidium"}


def _board_body(board: str, full: str) -> str | None:
    """``Verwaltungsrat`` → ``Medizinischer Dienst Berlin-Brandenburg`` where the text names the board once
    with its body, on one line (``im Verwaltungsrat des Medizinischen Dienstes Berlin-Brandenburg``); ``None``
    where it names none or several."""
    # (a name's words, not the next sentence's article)
    word = r"(?!(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Im|Am|Zum|Zur)\b)[A-ZÄÖÜ][\wäöüß-]*"
    rx = rf"\b{board}(?:e?s)?[ \t]+(des|der)[ \t]+((?:{word}[ \t]+){{0,4}}{word})"
    bodies = {to_nominative(m.group(2), m.group(1)) for m in re.finditer(rx, full)}
    return bodies.pop() if len(bodies) == 1 else None


# a body named by its kind as the head of its name (``Vertriebsdirektor der Sparkasse`` where the text
# names the ``Stadt- und Kreissparkasse Leipzig``)
_HEADED_BODIES = {"Sparkasse", "Stadtwerke", "Volksbank", "Raiffeisenbank", "Wohnungsbaugesellschaft"}


def _headed_body(kind: str, full: str) -> str | None:
    """``Sparkasse`` → the one name the text gives a body of that kind: ``Stadt- und Kreissparkasse
    Leipzig``, ``Sparkasse Barnim`` (a place after the kind), ``Mittelbrandenburgische Sparkasse`` (a regional
    adjective before it); ``None`` for none or several."""
    head = rf"(?:[A-ZÄÖÜ][a-zäöüß]+-\s+und\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*{kind.lower()}|{kind})"
    # the place after the kind (``Sparkasse Barnim``) or a regional adjective before it
    # (``bei den Stadtwerken Dietzenbach``: the plural's dative of a body named in the plural)
    dative = "n?" if kind.endswith("werke") else ""
    regional = rf"[A-ZÄÖÜ][a-zäöüß]{{3,}}(?:ische|ener|er)\s+{kind}"
    rx = rf"(?<![\w-])(?:({head}){dative}\s+([A-ZÄÖÜ][\w-]+)|({regional}))\b"
    names = set()
    for m in re.finditer(rx, full):
        if m.group(3):
            names.add(m.group(3))
        elif gazetteer.is_exact_name(m.group(2)):
            names.add(f"{m.group(1)} {m.group(2)}")
    return names.pop() if len(names) == 1 else None


# an office compounded with the kind of its body (``Kammerpräsident``, ``Verbandsvorsitzende``)
_BODY_COMPOUND = re.compile(
    r"^(Kammer|Verbands|Messe|Sparkasse|Tierpark|Tiergarten|Zoo|Wildpark|Stadtwerke|Klinikum|Flughafen)n?"
    r"(?=(?:vize)?(?:präsident|vorsitzende|geschäftsführer|direktor|vorsteher|sprecher|chef|vorstand|leiter)"
    r"(?:in|r)?$)"
)


def _compound_body(kind: str, full: str) -> str | None:
    """``Kammerpräsident`` → ``Handwerkskammer für Ostthüringen``, ``Messegeschäftsführer`` → ``Messe Erfurt
    GmbH``: the one body whose name is headed by ``kind`` and that the text names with its legal form, else
    with its place or field (not a partner it comes from: ``Pinguine aus dem Zoo Rostock``); ``None`` when
    it names none or several."""
    legal_form = rf"\b{kind}\s+(?:[A-ZÄÖÜ][\w-]+\s+){{1,2}}?(?:g?GmbH|mbH|AG|AöR)\b"
    legal = {m.group(0) for m in re.finditer(legal_form, full)}
    if len(legal) == 1:
        return legal.pop()
    head = kind.lower().removesuffix("s")
    rx = (
        rf"\b((?:[A-ZÄÖÜ][a-zäöüß]+-\s+und\s+)?[A-ZÄÖÜ][a-zäöüß]*{head})(?:es|s)?\s+"
        r"(für\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+und\s+[A-ZÄÖÜ][\wäöüß-]+)?|[A-ZÄÖÜ][\wäöüß-]+)"
    )
    names = {
        f"{m.group(1)} {m.group(2)}"
        for m in re.finditer(rx, full)
        if (m.group(2).startswith("für") or gazetteer.is_name_head(m.group(2)))
        and not re.search(r"\baus\s+(?:dem|der)\s+$", full[max(0, m.start() - 12) : m.start()])
    }
    return names.pop() if len(names) == 1 else None


def _named_body(kind: str, full: str) -> str | None:
    """``Zweckverband Kommunale Wärmeplanung Ostbrandenburg``: the one full name of a body of ``kind`` that
    the text states; ``None`` when it names none or several."""
    link = r"(?:(?:für|und|an der|am|ob der|bei)[ \t]+)?"
    # a name stays on its line (``Landkreis Stendal`` over the next list item ``Lea Fischer``)
    # (also with its field: ``Hochschule für öffentliche Verwaltung Kehl``)
    field = r"(?:für[ \t]+(?:[a-zäöüß]+e[ \t]+)?)?"
    rx = rf"\b{kind}(?:es|s)?\s+({field}{_NAME_WORD}(?:[ \t]+{link}{_NAME_WORD}){{0,5}})"
    names = {re.split(r"[.!?]\s", m.group(1))[0].strip(" .") for m in re.finditer(rx, full)}  # not ``X. Die``
    names = {n for n in names if not is_role_word(n.split()[0]) and n.split()[0] not in NON_NAME}
    shortest = min(names, key=len, default="")
    if len(names) > 1 and all(n.startswith(f"{shortest} ") for n in names - {shortest}):
        names = {shortest}  # ``Frauenbeirat Marzahn-Hellersdorf`` run into the next line's capitals
    if len(names) == 1:
        return f"{kind} {names.pop()}"
    if kind == "Verband" and not names:
        # ``Präsidentin des Verbandes`` where the text names one ``Tourismusverband Mecklenburg-Vorpommern``
        rx = rf"\b([A-ZÄÖÜ][a-zäöüß]+verband)(?:es|s)?\s+({_NAME_WORD}(?:[ \t]+{link}{_NAME_WORD}){{0,5}})"
        found = {(m.group(1), re.split(r"[.!?]\s", m.group(2))[0].strip(" .")) for m in re.finditer(rx, full)}
        named = {f"{head} {name}" for head, name in found if gazetteer.is_name_head(name.split()[0])}
        return named.pop() if len(named) == 1 else None
    if kind == "Verein" and not names:
        # ``Vorstandsmitglied des Vereins`` where the text names one association ``Der TJP e.V. lädt …``
        rx = r"\b(?:[Dd]er|[Dd]en|[Dd]em|[Dd]es)\s+((?:[A-ZÄÖÜ][\w&-]*\s+){1,4}e\.\s?V\.)"
        registered = {m.group(1) for m in re.finditer(rx, full)}
        registered = {n for n in registered if not is_role_word(n.split()[0])}
        return registered.pop() if len(registered) == 1 else None
    return None

