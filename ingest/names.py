"""Person names, honorifics and roles: splitting ``Bürgermeister Dr. Max Muster`` into parts."""

from __future__ import annotations

import re
from dataclasses import dataclass

HONORIFIC = (
    r"(?:Prof\.|Professor|Professorin|Dr\.-Ing\.|Dr\.\s?(?:med|phil|rer\.\s?nat|jur|rer\.\s?pol|h\.\s?c)\.|Dr\.|"
    r"Dipl\.-[A-ZÄÖÜ][a-zäöü]*\.|Dipl\.|Mag\.|Ing\.|PD|Priv\.-Doz\.)"
)
_HON_TOKEN = re.compile(rf"^{HONORIFIC}$")
_NAME_TOKEN = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáàçñóíúëï]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàçñóíú]+)?$")
PARTICLES = {"von", "van", "de", "der", "zu", "vom", "zur", "den", "ten", "da", "di", "le"}
_ROLE_SUFFIX = re.compile(
    r"(?:meister|meisterin|rat|rätin|leiter|leiterin|führer|führerin|präsident|präsidentin|sekretär|"
    r"sekretärin|minister|ministerin|sprecher|sprecherin|beauftragte|beauftragter|beauftragten|vorsitzende|"
    r"vorsitzender|direktor|direktorin|referent|referentin|beigeordnete|beigeordneter|dezernent|dezernentin|"
    r"chef|chefin|koordinator|koordinatorin|manager|managerin|vorstand|vorständin|kommandant|kommandantin|"
    r"pfarrer|pfarrerin|experte|expertin|mitarbeiter|mitarbeiterin|senator|senatorin|abgeordnete|"
    r"abgeordneter|kämmerer|kämmerin|inspekteur|rektor|rektorin|gründer|gründerin|inhaber|inhaberin|"
    r"obmann|vorsteher|vorsteherin|bischof|bischöfin|intendant|superintendent|superintendentin|trainer|"
    r"trainerin|planer|planerin|ingenieur|ingenieurin|arzt|ärztin|stellvertreter|stellvertreterin|"
    r"initiator|initiatorin|beigeordneter|pfleger|pflegerin|lehrer|lehrerin|erzieher|"
    r"erzieherin|architekt|architektin|moderator|moderatorin|organisator|organisatorin|verwalter|"
    r"verwalterin|landrat|landrätin|schöffe|richter|richterin|anwalt|anwältin|kanzler|kanzlerin|"
    r"vertreter|vertreterin|sachbearbeiter|sachbearbeiterin|kurator|kuratorin|wehrführer|polizist|"
    r"polizistin|ermittler|ermittlerin|kommissar|kommissarin|chefarzt|oberarzt|staatssekretär|"
    r"staatssekretärin|stadtverordnete|stadtverordneter|mitglied|vize|vizepräsident|vizepräsidentin|"
    r"schatzmeister|schatzmeisterin|schriftführer|schriftführerin|ortsvorsteher|ortsvorsteherin|"
    r"geschäftsführer|geschäftsführerin|leitung|leiterin|sprecherin|amtsdirektor|amtsdirektorin|"
    r"bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|dozent|dozentin|präses|"
    r"beirat|beirätin|kassierer|kassiererin|fachbereichsleiter|fachbereichsleiterin)$",
    re.I,
)
_ROLE_ADJ = re.compile(
    r"^(?:Erste[rn]?|Zweite[rn]?|Stellvertretende[rn]?|Amtierende[rn]?|Ehemalige[rn]?|Neue[rn]?|"
    r"Kommissarische[rn]?|Scheidende[rn]?|Designierte[rn]?|Leitende[rn]?|Technische[rn]?|Kaufmännische[rn]?)$"
)
NON_NAME = {
    "Stadt",
    "Gemeinde",
    "Amt",
    "Landkreis",
    "Kreis",
    "Polizei",
    "Verwaltung",
    "Rathaus",
    "Land",
    "Bund",
    "Verband",
    "Zweckverband",
    "Ministerium",
    "Feuerwehr",
    "Schule",
    "Kita",
    "Verein",
    "Die",
    "Der",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Herr",
    "Frau",
    "Herrn",
    "Damen",
    "Herren",
    "Brandenburg",
    "Sachsen",
    "Berlin",
    "Bayern",
    "Thüringen",
    "Hessen",
    "Deutschland",
    "Europa",
    "Landes",
    "Stadtverwaltung",
    "Kreisverwaltung",
    "Bürgerinnen",
    "Bürger",
    "Team",
    "Jahr",
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
    "Sonnabend",
    "Heute",
    "Dazu",
    "Auch",
    "Abschließend",
    "Zudem",
    "Außerdem",
    "Weiter",
    "Er",
    "Sie",
    "Es",
    "Wir",
    "Ich",
    "Man",
    "Dank",
    "Zum",
    "Zur",
    "Im",
    "Am",
    "Beim",
    "Vom",
    "Aus",
    "Mit",
    "Für",
    "Nach",
    "Bei",
    "Laut",
    "So",
    "Doch",
    "Aber",
    "Und",
    "Oder",
    "Denn",
    "Dabei",
    "Hier",
    "Dort",
    "Schon",
    "Noch",
    "Nun",
    "Jetzt",
    "Gemeinsam",
    "Alle",
    "Diese",
    "Dieser",
    "Dieses",
    "Jede",
    "Jeder",
    "Jedes",
    "Viele",
    "Beide",
    "Einige",
    "Manche",
    "Kein",
    "Keine",
    "Unser",
    "Unsere",
    "Ihr",
    "Ihre",
    "Sein",
    "Seine",
    "Mein",
    "Meine",
    "Hierzu",
    "Daher",
    "Deshalb",
    "Darum",
    "Zugleich",
    "Bereits",
    "Besonders",
    "Ebenso",
    "Ebenfalls",
    "Wer",
    "Was",
    "Wie",
    "Welche",
    "Weitere",
    "Weiterhin",
    "Vorab",
    "Anschließend",
    "Hinweis",
    "Zitat",
    "Presse",
    "Pressestelle",
}
CONNECTORS = {
    "der",
    "des",
    "die",
    "dem",
    "den",
    "für",
    "im",
    "in",
    "von",
    "vom",
    "am",
    "an",
    "zu",
    "zur",
    "zum",
    "und",
    "bei",
    "beim",
    "aus",
    "auf",
    "e.V.",
    "a.D.",
    "ob",
    "-",
    "&",
}


def is_role_word(token: str) -> bool:
    """A noun or adjective that names a function (``Bürgermeister``, ``Erster``, ``IT-Beauftragter``)."""
    t = token.strip(",.;:")
    if t.endswith("in") and len(t) > 5 and _ROLE_SUFFIX.search(t[:-2]):
        return True
    return bool(
        _ROLE_SUFFIX.search(t) or _ROLE_ADJ.match(t) or (t.endswith("s") and t[:1].isupper() and False)
    )


def is_name_token(token: str) -> bool:
    """A capitalised word that can be a given name or surname."""
    return bool(_NAME_TOKEN.match(token)) and token not in NON_NAME and not is_role_word(token)


@dataclass
class PersonName:
    """A person name split into parts, plus a role written before it."""

    name: str
    honorific: str | None
    given_name: str | None
    surname: str
    role_prefix: str | None


def split_name(tokens: list[str]) -> PersonName | None:
    """Split a token run like ``["Bürgermeister", "Dr.", "Max", "Muster"]`` into role and name."""
    toks = [t for t in tokens if t]
    # ``Polizeipräsidentin Frau Dr. Barbara Slowik``: the form of address is neither role nor name
    toks = [t for k, t in enumerate(toks) if not (t in {"Frau", "Herr", "Herrn"} and k + 1 < len(toks))]
    while toks and toks[0].lower() in {"der", "die", "den", "dem", "des", "das"}:
        toks = toks[1:]
    if not toks:
        return None
    i = len(toks) - 1
    name_toks: list[str] = []
    names = 0
    while i >= 0 and names < 2:
        t = toks[i]
        if is_name_token(t):
            name_toks.insert(0, t)
            names += 1
        elif t in PARTICLES and names == 1:
            j = i
            while j >= 0 and toks[j] in PARTICLES:
                j -= 1
            if j < 0 or not is_name_token(toks[j]):
                break
            name_toks[:0] = toks[j + 1 : i + 1]
            i = j + 1
        else:
            break
        i -= 1
    if not names:
        return None
    # a name directly after an article belongs to that article's noun phrase (``der Polizei Brandenburg``)
    if i >= 0 and toks[i].lower() in {"der", "des", "dem", "den", "die"}:
        return None
    # ``Bezirksstadtrat für Schule und Sport``: a lone name after a connector ends a noun phrase
    if (
        names == 1
        and i >= 0
        and toks[i] in {"und", "für", "von", "vom", "im", "in", "zur", "zum", "am", "an", "&"}
    ):
        return None
    hon: list[str] = []
    while i >= 0 and _HON_TOKEN.match(toks[i]):
        hon.insert(0, toks[i])
        i -= 1
    # ``Prof. Dr.`` may be written as one token run
    prefix = " ".join(toks[: i + 1]).strip() or None
    surname = name_toks[-1]
    given = None
    if names == 2:
        first_name_idx = next(k for k, t in enumerate(name_toks) if is_name_token(t))
        given = name_toks[first_name_idx]
        surname = " ".join(name_toks[first_name_idx + 1 :])
    honorific = " ".join(hon) or None
    has_role = prefix and (
        any(is_role_word(t) for t in prefix.split()) or (prefix.endswith("s") and len(prefix.split()[-1]) > 3)
    )
    if prefix and not has_role and names == 1:
        return None
    full = " ".join([*hon, *name_toks])
    return PersonName(full, honorific, given, surname, prefix)


def organisation_of(role: str | None) -> str | None:
    """The body named in a role: ``Bürgermeister der Stadt Wittenberge`` -> ``Stadt Wittenberge``."""
    if not role:
        return None
    first = re.split(
        r",\s+|(?<!-)\s+und\s+(?=(?:[A-ZÄÖÜ][\w-]*\s+)?[A-ZÄÖÜ][\w-]*(?:in|er|ent|or|te|ter|rat|führer|tin)\b)",
        role,
    )[0]
    m = re.search(
        r"\b(?:der|des|im|beim|vom|von der|vom|am|bei der|in der|für den|für die|für das)\s+([A-ZÄÖÜ].*)$",
        first,
    )
    if m:
        org = m.group(1).strip(" ,.")
        article = first[: m.start(1)].split()[-1]
        if article == "des" or first[: m.start(1)].rstrip().endswith("des"):
            org = _nominative(org)
        return org or None
    m = re.match(r"^((?:[A-ZÄÖÜ][\wäöüß-]*\s)*?[A-ZÄÖÜ][\wäöüß-]*s)\s+(?=\S)", first)
    if m and not is_role_word(m.group(1)) and any(is_role_word(t) for t in first[m.end() :].split()):
        return m.group(1)[:-1]
    return None


_GEN = re.compile(r"^(.*?[a-zäöüß])(es|s)$")


def _nominative(org: str) -> str:
    words = org.split()
    for k, w in enumerate(words):
        if w.endswith("-") or w in {"und", "für"} or not w[:1].isupper():
            continue
        if w.isupper() or len(w) < 4:
            return org
        if w.endswith("es") and len(w) >= 5 and w[-3] not in "aeiouäöü":
            words[k] = w[:-2]
        elif w.endswith("s") and not w.endswith(("ss", "us", "is", "os")):
            words[k] = w[:-1]
        break
    return " ".join(words)
