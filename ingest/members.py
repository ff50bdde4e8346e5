"""Member lists: block lists (``Angermünde, Stadt``), inline enumerations
(``die Städte A, B und C sowie die Gemeinden D und E``) and member tables (a column of municipality names,
kinds from an ``Art``/``Typ``/``Status`` column), labelled by their heading, caption or introducing
sentence."""

from __future__ import annotations

import re

from archive import gazetteer
from archive.record import Member, MemberList
from ingest.blocks import Block
from ingest.member_body import body_of
from ingest.names import is_role_word

KINDS = {
    "stadt": "Stadt",
    "städte": "Stadt",
    "gemeinde": "Gemeinde",
    "gemeinden": "Gemeinde",
    "amt": "Amt",
    "ämter": "Amt",
    "landkreis": "Landkreis",
    "landkreise": "Landkreis",
    "kreis": "Landkreis",
    "kreise": "Landkreis",
    "verband": "Verband",
    "verbände": "Verband",
    "zweckverband": "Verband",
    "zweckverbände": "Verband",
    "hansestadt": "Stadt",
    "große kreisstadt": "Stadt",
    "kreisstadt": "Stadt",
    "ortsgemeinde": "Gemeinde",
    "ortsgemeinden": "Gemeinde",
    "mitgliedsgemeinden": "Gemeinde",
    "verbandsgemeinde": "Verband",
    "samtgemeinde": "Verband",
    "amtsfreie gemeinde": "Gemeinde",
    "amtsfreie stadt": "Stadt",
    "marktgemeinde": "Gemeinde",
    "markt": "Gemeinde",
    "flecken": "Gemeinde",
    "verwaltungsgemeinschaft": "Verband",
}
_KIND_WORDS = "|".join(sorted((re.escape(k) for k in KINDS), key=len, reverse=True))
_SUFFIX = re.compile(rf"^(.+?),\s*({_KIND_WORDS})\s*$", re.I)
_PREFIX = re.compile(rf"^({_KIND_WORDS})\s+(.+)$", re.I)
_INTRO_CUE = re.compile(
    r"Mitglied|mitglied|aufgenommen|beigetreten|beitreten|gehören|angehören|gegründet|Gründung|Kommunen|"
    r"Städte|Gemeinden|Ämter|Landkreise|Verbandsgebiet|Gesellschafter|Träger|beteiligt",
)
_NOT_MEMBER = re.compile(
    r"Aufgabe|Präsidium|Vorstand|Gäste|Gast|Foto|Bild|v\.\s?l\.|Teilnehmer|Programm|Tagesordnung|Termine|"
    r"Preisträger|Jury|Referent|Ansprechpartner|Schwerpunkt|Ziele|Leistungen|Angebot",
)
_PARTICIPANTS = re.compile(r"\bTeilnehmer(?:innen)?\b|\bTeilnehmende\b")
# a joint project's noun (``Radverkehrskonzept``, ``gemeinsamen Vorhaben``), not a campaign or a programme
_PROJECT = (
    r"(?:[Pp]rojekt|[Vv]orhaben|[Kk]onzept|[Kk]ooperation|[Vv]erbund|[Nn]etzwerk|[Pp]lanung|[Zz]usammenarbeit)\w*"
)
# ``Am Radverkehrskonzept beteiligen sich:``: partners of a joint project
_TAKING_PART = re.compile(rf"^(A[mn]\s+(?:\S+\s+){{0,3}}?\S*{_PROJECT})\s+beteilig(?:en\s+sich|t)\b")


def _member_intro(intro: str, items: list[str]) -> bool:
    """An introducing sentence of a member list: not one of tasks, rosters, guests or prize winners;
    participants and partners count only where every item names a municipality, Amt or Kreis by its kind
    (``Teilnehmer der ersten Projektphase sind: Stadt Templin, Amt Gramzow …``)."""
    kinded = all((m := parse_member(i)) is not None and m.kind is not None for i in items)
    if _TAKING_PART.match(intro.strip().split("\n")[-1]) and not kinded:
        return False  # partners of a project only where each is named by its kind
    hits = {m.group(0) for m in _NOT_MEMBER.finditer(intro)}
    if not hits:
        return True
    return kinded and all(_PARTICIPANTS.fullmatch(h) for h in hits)


_NAME = re.compile(r"^[A-ZÄÖÜ][\wäöüßÄÖÜ.'’/\- ()]*[\w)]$")
_NUMBER_WORDS = {
    "ein": 1,
    "eine": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
}


# a place name ending in an abbreviation (``Gornau/Erzgeb.``, ``Weiden i.d.OPf.``)
_ABBREV_END = re.compile(
    r"(?:/[A-ZÄÖÜ][a-zäöü]{1,6}|\b(?:Erzgeb|Vogtl|Opf|OPf|Ofr|Mfr|Ufr|Obb|Ndb|Oldb|Westf|Holst|Thür|Sa|Uckerm|"
    r"Schwarzw|Allg|Fichtelgeb|Ostfr|Rhld|Württ|Bay|Brsg))\.$"
)


# a word glued to a capitalised name without a space or hyphen
_GLUED = re.compile(r"^\S*[a-zäöüß]([A-ZÄÖÜ][a-zäöüß]+(?:[- ][A-ZÄÖÜ][\wäöüß.]*)*)$")
_REGISTERED_VERBAND = {"samtgemeinde", "verbandsgemeinde", "verwaltungsgemeinschaft"}


def parse_member(item: str, default_kind: str | None = None) -> Member | None:
    """``Angermünde, Stadt`` / ``Amt Lebus`` / ``Panketal`` to a member, or ``None`` if not name-like."""
    # ``Stadt X mit 1 Stimme``: its votes; ``Gemeinde X (mit den Ortsteilen …)``: its parts
    item = re.sub(r"\s+(?:mit\s+)?\(?\d+\s+Stimmen?\)?\s*$", "", item)
    item = re.sub(_PARTS_OF, "", item)
    if item.count("(") != item.count(")"):
        return None  # ``Grafschaft Schaumburg (Apelern``: an enumeration in brackets cut apart
    abbrev = _ABBREV_END.search(item.strip(" ;,-–•„“”\"»«"))
    item = item.strip(" .;,-–•„“”\"»«")
    if abbrev:
        item += "."  # ``Gornau/Erzgeb.``: the period belongs to the abbreviation
    m = _SUFFIX.match(item)
    if m:
        return Member(name=m.group(1).strip(), kind=KINDS[m.group(2).lower()])  # type: ignore[arg-type]
    m = _PREFIX.match(item)
    if m and m.group(2)[:1].isupper() and not re.match(r"^(?:und|Gemeinde)", m.group(2)):
        word, name = m.group(1).lower(), m.group(2).strip()
        # a Samtgemeinde or Verbandsgemeinde is a Verband the register knows by its own kind
        found = gazetteer.link(name, kind=word, land=None) if word in _REGISTERED_VERBAND else None
        return Member(name=name, kind=KINDS[word], key=found.key if found else None)  # type: ignore[arg-type]
    if (glued := _GLUED.match(item)) and gazetteer.is_exact_name(glued.group(1)):
        item = glued.group(1)  # ``VG-GebäudeElsendorf``: an image's label glued to the name
    if not _NAME.match(item) or len(item.split()) > 6:
        return None
    lower = [
        w
        for w in item.split()
        if w[:1].islower()
        and w not in {"und", "bei", "an", "der", "am", "in", "im", "ob", "vor", "a.", "v."}
        and not re.fullmatch(r"[a-z]\.(?:[a-z]\.)?", w)  # ``Niendorf a.d. Stecknitz``
    ]
    if lower:
        return None
    if re.search(r"[a-zäöüß](?:verband|bund)$", item.split()[-1]) or re.search(r"[a-zäöüß]verband\b", item):
        return Member(name=item, kind="Verband")  # ``Wasser- und Bodenverband Mittlere Spree``
    return Member(name=item, kind=default_kind)  # type: ignore[arg-type]


_COPULA_LABEL = re.compile(
    r"([A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:der|des|die|im|am|in|für|[a-zäöüß]+en|[A-ZÄÖÜ][\wäöüß-]*)){0,5})"
    r"\s+(?:sind|waren|sind\s+dies)"
)


def label_from_intro(intro: str) -> str:
    """A short label from the sentence that introduces a list."""
    s = intro.strip().rstrip(":").strip()
    s = re.sub(r"\*+", "", s).strip().rstrip(":").strip()
    if _heading_like(s):
        return s  # ``Bisherige Mitglieder:``, ``Neue Mitglieder ab 1. Januar 2024:``: a heading line
    s = re.sub(r"^[„“\"»«]?\(\d{1,2}\)\s*", "", s.lstrip("„“\"»«"))  # a quoted paragraph of a statute
    every = re.search(
        r"\b(?:für|an|in)\s+(?:alle|die|den|allen)\s+(?:\w+\s+)?([a-zäöüß]+)e[nr]?\s+"
        r"(Gemeinden|Städte|Kommunen|Mitglieder|Ämter|Mitgliedsgemeinden)$",
        s,
    )
    if every:
        return f"{every.group(1)}e {every.group(2)}"  # ``… gilt für alle fünf amtsangehörigen Gemeinden``
    join = re.search(
        r"\b(?:treten|tritt|traten|beitreten|beigetreten)\b[^.]*?|\bBeitritt\b[^.]*?", s
    ) and re.search(r"\b(zum|ab|am)\s+(\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zäöü]+|\d{1,2}\.)\s*\d{4})", s)
    if join:
        return f"Beitritt {join.group(1)} {join.group(2)}"  # members joining at a stated date
    # (not a relative clause's: ``… dem Zweckverband an, der Teil des Landkreises X ist``)
    part = re.search(
        r"(?<!,\sder\s)(?<!,\sdie\s)(?<!,\sdas\s)\bTeil\s+(?:der|des)\s+[A-ZÄÖÜ][\w.-]*"
        r"(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}",
        s,
    )
    if part and not re.search(r"[Mm]itglied|gehör|beigetreten|aufgenommen", s):
        return part.group(0)  # ``… sind nach positiven Ratsbeschlüssen nun Teil der SIT und …``
    noun_an = re.search(
        r"\bgehör(?:en|ten)\s+(?:[a-zäöüß\d]+\s+){0,2}((?:[A-ZÄÖÜ]\w*(?:mitglied|kommun)|Mitglied|Kommun)\w*)"
        r"\s+an,",
        s,
    )
    if noun_an:
        return noun_an.group(1)  # ``Ihr gehören sechs Mitgliedsgemeinden an, die …``
    belong = re.search(
        r"\b([Dd]e[mr]\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?)?(?:gehören|gehörten)\s+(?:(?:folgende|die|alle|insgesamt|"
        r"derzeit|zurzeit|heute|aktuell|\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\w+zehn|\w+zig)\s+)*"
        r"([A-ZÄÖÜ][\wäöüß-]*(?:\s+und\s+[A-ZÄÖÜ][\wäöüß-]*)?)\s+an$",
        s,
    )
    if belong:
        noun = belong.group(2)
        if " und " not in noun and re.search(r"[Mm]itglied|[Kk]ommunen|[Gg]esellschafter", noun):
            return noun  # ``Dem Verband gehören sechs Mitgliedskommunen an``
        owner = re.search(r"(?:Zweck)?[Vv]erband\b", belong.group(1) or "")
        return "Verbandsmitglieder" if owner else "Mitglieder"
    if re.search(r"\b(?:gehören|gehörten)\s+an$|\bangehören$", s):
        return "Mitglieder"  # ``Dem Verband gehören [die Städte A und B] an``: the list was cut out
    at = r"(?:[Aa]m|[Ii]m|[Bb]eim|[Aa]n\s+de[rmn])\s+(?:[a-zäöüß]+e[nrs]?\s+)?"  # ``An dem gemeinsamen …``
    bet = re.search(rf"\b({at}[A-ZÄÖÜ][\wäöüß-]*)\b[^.]*?\bbeteilig", s)
    if bet:
        return bet.group(1)[0].upper() + bet.group(1)[1:] + " beteiligt"
    member_noun = r"\b((?:[A-ZÄÖÜ][\wäöüß-]*)?(?<![a-zäöüß])(?:[A-ZÄÖÜ][\wäöüß-]*m|M)itglieder)"
    last = re.split(r"(?<=[a-zäöüß)”“\"][.!?])\s+(?=[A-ZÄÖÜ])", s)[-1]
    # the dative (``Zu den 14 Gründungsmitgliedern gehören:``) only in the sentence that introduces the list
    m = re.search(member_noun + r"\b", s) or re.search(member_noun + r"n\b", last)
    if m:
        word = m.group(1)
        adj = re.search(rf"\b(neue[nr]?|weitere[nr]?)\s+{re.escape(word)}", s)
        return f"{adj.group(1).capitalize().rstrip('n')} {word}" if adj and word == "Mitglieder" else word
    copula = _COPULA_LABEL.fullmatch(s)
    if copula:
        return copula.group(1)  # ``Teilnehmer der ersten Projektphase sind:``
    fronted = re.match(
        r"^((?:(?:Neu|Erstmals)\s+)?(?:[A-ZÄÖÜa-zäöü][a-zäöüß]*?)?(?:[Gg]e[a-zäöüß]{3,}(?:t|en)|[Bb]eteiligt|Neu)"
        r"(?:\s+(?:im|in|am|an|beim|zum)\s+[A-ZÄÖÜ][\wäöüß-]*)?)\s+(?:sind|werden|wurden|waren|ist|wird|wurde)\b",
        last,
    )
    if fronted:
        return fronted.group(1)  # ``Gefördert werden die …``, ``Neu im Verband sind …``: fronted predicate
    group = re.search(r"\b(Landkreise|Städte|Gemeinden|Ämter|Kommunen|Verbände)\b", last)
    if group and re.search(r"Förderung|[Gg]efördert|Fördermittel", last):
        return f"Geförderte {group.group(1)}"  # ``… Landkreise erhalten eine Förderung …``
    if group and re.search(r"\b[Bb]eteiligt\b|\bBeteiligung\b", last):
        return f"Beteiligte {group.group(1)}"
    aux = re.search(r"\b(?:werden|wurden|sind|waren|wird|wurde|haben|hatten)\b\s+(.*)$", s)
    if aux:
        rest = aux.group(1)
        rest = re.sub(
            r"\b(?:in|an|auf)\s+(?:den|die|das)\s+[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)*", "", rest
        )
        rest = re.sub(r"\b(?:als|zum|zur)\s+[A-ZÄÖÜ][\wäöüß-]*", "", rest)
        rest = re.sub(r"\s+", " ", rest).strip(" ,")
        if rest and re.search(r"\b(?:ge\w+t|ge\w+en|\w+ge\w+en|\w+ge\w+t|aufgenommen|beigetreten)$", rest):
            return rest[0].upper() + rest[1:]
    s = re.sub(r"^(?:Folgende|Die folgenden|Zu den)\s+", "", last if last.strip() else s)
    return s[0].upper() + s[1:] if s else "Mitglieder"


_HEAD_LOWER = {
    "ab",
    "des",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "im",
    "in",
    "am",
    "an",
    "bis",
    "seit",
    "für",
    "und",
    "von",
    "vom",
    "zum",
    "zur",
    "mit",
    "nach",
    "zu",
    "sowie",
    "aus",
    "bei",
    "beim",
    "per",
}


def _heading_like(line: str) -> bool:
    """A short heading line rather than a sentence: every lowercase word a preposition or article."""
    words = line.split()
    return (
        0 < len(words) <= 8
        and not re.search(r"[.!?]$|[(:]", line)
        and all(w in _HEAD_LOWER or not w[:1].islower() for w in words)
    )


def _count_in(text: str) -> list[int]:
    counts = []
    rx = (
        r"\b(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:(weitere|neue)\s+)?(?:[a-zäöüß]+e[nr]?\s+)?"
        r"(?:Städte|Gemeinden|Ämter|Kommunen|Mitglieder|Landkreise|Kreise|"
        r"Verbände|Mitgliedskommunen|Gründungsmitglieder)n?\b"
    )
    for m in re.finditer(rx, text, re.I):
        w = m.group(1).lower()
        n = int(w) if w.isdigit() else _NUMBER_WORDS[w]
        tail = text[m.end() : m.end() + 120]
        extra = (
            1 if re.match(r"^[^.]{0,60}?\b(?:zusammen mit|sowie|und)\s+(?:dem|der)\s+[A-ZÄÖÜ]", tail) else 0
        )
        counts.append((n, extra, m.group(2) or ""))
    return counts  # type: ignore[return-value]


def _stem(label: str) -> str | None:
    m = re.search(r"(gründ|aufgenommen|beigetreten|neue|Mitglieder)", label, re.I)
    if not m:
        return None
    return {"aufgenommen": "aufgenommen|aufnahme|aufnehmen", "gründ": "gründ|gegründet"}.get(
        m.group(1).lower(), m.group(1)
    )


def _is_member_items(items: list[str]) -> list[Member] | None:
    members = [parse_member(i) for i in items]
    good = [m for m in members if m is not None]
    if len(items) < 2 or len(good) < max(2, int(0.8 * len(items))):
        return None
    return [m if m is not None else Member(name=i.strip()) for m, i in zip(members, items, strict=True)]


_NUM = r"(?:\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_GROUP = re.compile(
    # (``… als „sonstige Benutzer“ angeschlossenen Städte …``: a participle far from its article)
    r"(?:\b(?:die|den|der|das|dem|(?:^|(?<=[.:]\s))(?:Die|Der)|(?:mit\s+)?(seine[nr]?|ihre[nr]?)|alle|allen)\s+|"
    r"(?<=\s)(?=angeschlossenen\s))"
    r"(?:" + _NUM + r"\s+)?"
    r"(?:(?!(?:Städte|Gemeinden|Ämter|Landkreise)\b)([a-zäöüß][\wäöüß-]*e[nr]?)\s+)?"
    r"(Städte|Gemeinden|Ämter|Ämtern|Städten|Landkreise|Landkreisen|Kreise|Verbände|"
    r"Zweckverbände|Stadt|Gemeinde|Amt|Landkreis|Markt|Samtgemeinde|Verbandsgemeinde|Mitgliedsgemeinden|"
    # ``die Städte und Gemeinden A, B und C``: members of either kind
    r"Ortsgemeinden)(?P<either>\s+und\s+Gemeinden)?(?:\s+an\s*:|\s*:)?\s+"
)
_OWNER = re.compile(r"\b(Amt|Landkreis|Verband|Zweckverband|Stadt|Gemeinde)\s+[A-ZÄÖÜ][^,]{0,40}$")
_OWNER_GEN = {
    "Amt": "des Amtes",
    "Landkreis": "des Landkreises",
    "Verband": "des Verbandes",
    "Zweckverband": "des Verbandes",
    "Stadt": "der Stadt",
    "Gemeinde": "der Gemeinde",
}


_AMT_WITH = re.compile(
    r"\b(Amt|Amtes|Amts|Verbandsgemeinde|Samtgemeinde)\s+([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ(][\w()-]*)?)\s+"
    r"(?:mit|besteht\s+aus|bestand\s+aus|umfasst)\s+"  # ``Das Amt Eggebek besteht aus den Gemeinden …``
    r"(?:den|die|seinen|ihren)\s+(?:amtsangehörigen\s+|[a-zäöüß]+en\s+)?"
    r"(?:Gemeinden|Städten|Ortsgemeinden|Mitgliedsgemeinden)\b"
)
_AMT_KIND = {"Amtes": "Amt", "Amts": "Amt"}
_PARTAKE = re.compile(
    r"\b(?:[Bb]eteiligt|beteiligen\s+sich|[Gg]efördert|[Tt]eilnehmen|nehmen\b[^.]*\bteil|[Pp]artner(?:innen)?)\b"
)


_BELONG_TO = re.compile(
    r"\bgehör(?:en|ten)\s+(?:zum|zur|dem|der)\s+((?:Amt|Zweckverband|Verband|Landkreis|Kreis|Verbandsgemeinde|"
    r"Samtgemeinde|Verwaltungsgemeinschaft)\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ(][\w()-]*)?)"
)
_PARTS_OF = re.compile(r"\s*\((?:mit|für|ohne|nur)\s+(?:(?:dem|den)\s+)?Ortsteil(?:en)?\s+[^()]+\)")
_FOUNDING_ENUM = re.compile(
    r"\bgehör(?:en|ten)\s+((?:[A-ZÄÖÜ][\w-]+,\s+)+[A-ZÄÖÜ][\w-]+\s+und\s+[A-ZÄÖÜ][\w-]+)\s+zu\s+den\s+"
    r"(?:Gründungs)?(?:kommunen|[Mm]itgliedern|[Mm]itgliedskommunen)\s+(?:des|der)\s+"
    r"((?:Zweckverband|Verband|Verbund|Arbeitsgemeinschaft|Gesellschaft)\w*(?:\s+[A-ZÄÖÜ][\w-]+){1,4})"
)
# ``die interkommunale Zusammenarbeit der Gemeinden A, B und C``, ``die Verwaltungsgemeinschaft zwischen der
# Stadt A und dem Amt B``: the bodies that cooperate
_COOPERATION = re.compile(
    r"\b(interkommunalen?\s+(?:Zusammenarbeit|Kooperation)|Verwaltungsgemeinschaft|Zusammenschluss|"
    r"Arbeitsgemeinschaft)[“”\"«]?\s+(?:\([^()]{1,12}\)\s+)?(?:zwischen\s+)?"
    r"(?=(?:der|dem|den)\s+(?:Städte|Gemeinden|Stadt|Gemeinde|Ämter|Amt|Landkreise|Landkreis|Markt)\b)"
)
_FOUNDED_BODY = re.compile(
    r"\b(?:einen|eine|ein|den|die|das)\s+((?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Vv]erband|[Gg]emeinschaft)\b[^.,;:]{0,60})"
)


def _funded_only(sentence: str, partake: re.Match[str]) -> bool:
    """Funding is no membership: ``gefördert`` names members only when the bodies themselves are the
    funded subject (``Gefördert werden die Ämter A und B``), not attributes of what is funded
    (``Gefördert werden unter anderem Vorhaben der Landkreise A und B``)."""
    if partake.group(0).startswith("beteiligen"):
        # ``An der ersten Tranche beteiligen sich …``, ``Am Stadtradeln …``: only partners of a project count
        return re.search(_PROJECT, sentence[: partake.start()]) is None
    if not partake.group(0).lower().startswith("geförder"):
        return False
    g = _GROUP.search(sentence)
    if g is None:
        return True
    before = sentence[: g.start()].strip()
    direct = re.fullmatch(r"(?:[Aa]uch\s+)?[Gg]efördert\s+(?:werden|wurden|sind|waren)", before)
    return bool(before) and direct is None


_NAME_ENDS = re.compile(
    # not a name's particle or abbreviation (``Niendorf a.d. Stecknitz``, ``Grafing b.München``)
    r"\s+(?!(?:an|am|im|in|bei|ob|vor|zu|auf)\s+(?:(?:der|den|dem)\s+)?[A-ZÄÖÜ]|(?:der|den|dem|des)\s+[A-ZÄÖÜ]|"
    r"[a-zäöüß]{1,3}\.)[a-zäöüß]"
)


def _inline(sentence: str) -> list[Member]:
    members: list[Member] = []
    groups = list(_GROUP.finditer(sentence))
    for k, g in enumerate(groups):
        consists = r"(?<!besteht )(?<!bestehen )(?<!bestand )"  # ``besteht aus den Gemeinden``: its members
        # (``hat sich mit dem Landkreis X geeinigt``: a partner, no member)
        partner = "" if "zusammengeschlossen" in sentence else r"|sich\s+mit"  # joined with: co-members
        origin = re.search(rf"\b{consists}(?:aus|zwischen|in|über|für{partner})\s+$", sentence[: g.start()])
        if origin and g.group(3) != "Mitgliedsgemeinden":  # ``in den Mitgliedsgemeinden A – B``: members
            continue  # where the members come from (``aus den Landkreisen A und B``), not members
        before = sentence[: g.start()].split()
        if before and is_role_word(before[-1].strip(",")):
            continue  # ``den Bürgermeister der Gemeinde Raesfeld``: the body a role belongs to
        opener = len(before) == 1 and before[0] in _OPENING_WORDS  # ``Mit der Stadt A, der Gemeinde B …``
        genitive = before and before[-1][:1].isupper() and not before[-1].endswith(",") and not opener
        if genitive and re.match(r"der\s", g.group(0)):
            continue  # ``Die Fußballvereine der Gemeinden A und B``: a genitive, whose bodies are no members
        end = groups[k + 1].start() if k + 1 < len(groups) else len(sentence)
        chunk = re.sub(_PARTS_OF, "", sentence[g.end() : end])  # ``A (mit den Ortsteilen B und C)``
        chunk = re.split(
            r"(?<!\s[a-z])(?<!\.[a-z])(?<!\bSt)\.|[;:]|\s(?:haben|hat|hatte|ist|sind|waren|wurden|werden|wird|wurde|gehören|traten|treten|"
            r"beigetreten|als|bilden|sollen|soll|wollen|können|einen|eine|ein|gründeten|gründen|beim|zum|zur|für|über|"
            r"in\s+Kraft|"
            r"mit\s+(?:insgesamt|zusammen|rund|etwa|über))\b",
            chunk,
        )[0]
        chunk = re.sub(r"\s+(?:sowie|und)\s*$", "", chunk.strip())
        chunk = re.sub(r"\s+(?:an|bei|hinzu|mit|zu)$", "", chunk)
        noun = g.group(3)
        low = noun.lower()
        kind = KINDS[low.rstrip("n") if low.endswith(("ämtern", "städten", "landkreisen")) else low]
        kind = None if g.group("either") else kind
        # (``Mitgliedsgemeinden A – B – C``: a run of names set apart by dashes)
        dashes = r"|\s+[–-]\s+" if chunk.count(" – ") + chunk.count(" - ") >= 2 else ""
        for part in re.split(rf",\s*|\s+und\s+|\s+sowie\s+{dashes}", chunk):
            # the name ends before the sentence's verb (``… und Selent liegt in der …``), not at a particle;
            # the list ends with it
            goes_on = _NAME_ENDS.search(part.strip()) is not None
            part = _NAME_ENDS.split(part.strip(), maxsplit=1)[0].strip()
            if not part:
                continue
            named = re.fullmatch(r"(?:der|die|den|dem)\s+([A-ZÄÖÜ].+)", part)
            if named and gazetteer.is_exact_name(named.group(1)):
                part = named.group(1)  # ``… und der Saarpfalz-Kreis``: a Kreis named by its article
                county = gazetteer.link(part, land=None)
                if county is not None and len(county.key) == 5:
                    # ``sowie der Regionalverband Saarbrücken``: a Kreis whatever its name's kind
                    members.append(Member(name=county.name, kind="Landkreis", key=county.key))
                    continue
            mem = parse_member(part, kind)
            if mem is None:
                break
            if low in _REGISTERED_VERBAND and mem.key is None:
                found = gazetteer.link(mem.name, kind=low, land=None)
                mem.key = found.key if found else None
            members.append(mem)
            if low in _SINGULAR or goes_on:
                break  # ``die Gemeinde Raesfeld, Tobias Lensing``: a singular noun names one member
    return members


def _places_only(members: list[Member]) -> list[Member]:
    """Members cut to the register's place names: ``Boitzenburger Land im Bereich Tourismus`` →
    ``Boitzenburger Land``; a member no prefix of which is a place ends the list."""
    kept: list[Member] = []
    for m in members:
        words = m.name.split()
        n = next((k for k in range(len(words), 0, -1) if gazetteer.is_exact_name(" ".join(words[:k]))), 0)
        if not n:
            break
        kept.append(Member(name=" ".join(words[:n]), kind=m.kind, key=m.key))
    return kept


# capitalised words that open a sentence without being a noun whose genitive follows
_OPENING_WORDS = {
    "Mit", "Neben", "Zusammen", "Gemeinsam", "Auch", "Dazu", "Außerdem", "Zudem", "Ferner", "Sowohl"
}
_SINGULAR = {"stadt", "gemeinde", "amt", "landkreis", "markt", "samtgemeinde", "verbandsgemeinde"}


# --------------------------------------------------------------------------- member tables

_COL_NAME = re.compile(
    r"^(?:Name|Mitglied\w*|\w*[Kk]ommunen?|Gemeinden?|Städte|Stadt|Stadt\s*/\s*Gemeinde|Ort(?:sname)?|"
    r"Gebietskörperschaft(?:en)?|Körperschaft(?:en)?|Verbandsmitglied\w*|Ämter|Amt|Landkreise?|Kreise?)\b",
    re.I,
)
_COL_PRIMARY = re.compile(r"^(?:Name|Mitglied|Kommune|Gemeinde|Stadt|Städte|Mitgliedskommune)", re.I)
_COL_KIND = re.compile(r"^(?:Art|Typ|Status|Kategorie|Gebietsart|Rechtsform|Körperschaftsart)\b", re.I)
# membership, not just municipalities being named (a statistics table by Gemeinde is no member list)
_TABLE_CUE = re.compile(
    r"Mitglied|mitglied|gehören|angehören|beigetreten|beitreten|aufgenommen|Verbandsgebiet|Gesellschafter|"
    r"Träger|Gründung|gegründet|beteiligt"
)
MIN_TABLE_LINKED = 0.6
MIN_TABLE_DISTINCT = 0.8
_LAND_NAMES: dict[str, str] | None = None


def _lands() -> dict[str, str]:
    global _LAND_NAMES
    if _LAND_NAMES is None:
        _LAND_NAMES = {e.name: e.key for e in gazetteer.entries("land")}
    return _LAND_NAMES


def land_hint(text: str) -> str | None:
    """The one Land the text names (``Sachsen``; not ``Nordsachsen``), else ``None``."""
    named = {
        key
        for name, key in _lands().items()
        if name in text and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
    }
    return named.pop() if len(named) == 1 else None


def _kind_of(cell: str) -> str | None:
    return KINDS.get(re.sub(r"\s+", " ", cell.strip()).lower())


def _table_link(name: str, kind: str | None, land: str | None) -> gazetteer.Link | None:
    found = gazetteer.link(name, kind=kind, land=land)
    return found if found is not None and found.entry.level in {"gemeinde", "verband", "kreis"} else None


def table_members(block: Block, context: str) -> list[Member] | None:
    """Members of a data table: the column (header ``Gemeinde``/``Kommune``/``Mitglied``/``Name`` …
    preferred) whose distinct cells link mostly (≥ 60 %) to municipalities, Ämter or Kreise; kinds from an
    ``Art``/``Typ``/``Status`` column or the name's own kind word; keys linked in the Land ``context``
    names, else in the Land most names link to. ``None`` for other tables (layout, statistics, dates)."""
    rows = [r for r in block.rows or [] if any(r)]
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    land = land_hint(context)
    head = rows[0]
    has_header = block.header or (
        any(_COL_NAME.match(c) or _COL_KIND.match(c) for c in head)
        and not any(_table_link(c, None, land) for c in head if c and not _COL_NAME.match(c))
    )
    body = rows[1:] if has_header else rows
    if len(body) < 2:
        return None
    header = head if has_header else [""] * width
    kind_col = next((c for c in range(width) if _COL_KIND.match(header[c])), None)
    if kind_col is None:
        kind_col = next(
            (c for c in range(width) if sum(1 for r in body if _kind_of(r[c])) >= 0.8 * len(body)), None
        )
    if land is None:
        # the Land most of the names that link anywhere in Germany lie in
        votes: dict[str, int] = {}
        for c in range(width):
            if c == kind_col or (has_header and not _COL_NAME.match(header[c])):
                continue
            for r in body[:12]:
                found = _table_link(r[c], None, None) if r[c] else None
                if found is not None:
                    votes[found.entry.land] = votes.get(found.entry.land, 0) + 1
        if votes:
            land = max(votes, key=lambda k: votes[k])
    best: tuple[tuple[int, float, int], list[Member]] | None = None
    for c in range(width):
        if c == kind_col or (has_header and header[c] and not _COL_NAME.match(header[c])):
            continue
        cells = [r[c] for r in body]
        if len(set(cells)) < MIN_TABLE_DISTINCT * len(cells):
            continue  # a repeated attribute (the Kreis of each row), not the member names
        members: list[Member] = []
        linked = 0
        for r, cell in zip(body, cells, strict=True):
            parsed = parse_member(cell) if cell else None
            if parsed is None:
                members.append(Member(name=cell))
                continue
            kind = (_kind_of(r[kind_col]) if kind_col is not None else None) or parsed.kind
            found = _table_link(parsed.name, kind, land)
            if found is not None:
                linked += 1
            members.append(Member(name=parsed.name, kind=kind, key=found.key if found else None))  # type: ignore[arg-type]
        share = linked / len(cells)
        if share < MIN_TABLE_LINKED:
            continue
        score = (1 if _COL_PRIMARY.match(header[c]) else 0, share, -c)
        if best is None or score > best[0]:
            best = (score, [m for m in members if m.name])
    return best[1] if best else None


def _generic_label(label: str) -> bool:
    """A label that says nothing of its own (``Mitglieder`` from ``… gehören … an:``, a whole sentence)."""
    return label == "Mitglieder" or len(label.split()) > 5


def _heading_above(blocks: list[Block], i: int) -> str | None:
    """A short heading line directly above block ``i`` (``Mitglieder des Verbandes``)."""
    if i < 0:
        return None
    b = blocks[i]
    text = b.text.strip().rstrip(":").strip()
    short = _heading_like(text) and len(text.split()) <= 6
    if short and (b.is_heading or (b.hint == "strong" and "\n" not in text)):
        return text
    return None


def _table_list(blocks: list[Block], i: int, full_text: str) -> tuple[MemberList, str] | None:
    """A member list from the table ``blocks[i]`` and the text introducing it."""
    b = blocks[i]
    k = i - 1
    if b.caption and k >= 0 and blocks[k].text == b.caption:
        k -= 1
    heading = _heading_above(blocks, k)
    intro = ""
    if heading is None and k >= 0 and blocks[k].kind == "p":
        intro = blocks[k].text
        heading = _heading_above(blocks, k - 1)
    last = re.split(r"(?<=[.!?])\s+", intro.replace("\n", " ").strip())[-1] if intro else ""
    cue_text = " ".join(x for x in (b.caption, heading or "", last, " ".join((b.rows or [[]])[0])) if x)
    if not _TABLE_CUE.search(cue_text) or _NOT_MEMBER.search(" ".join((b.caption, heading or "", last))):
        return None
    context = " ".join(x for x in (b.caption, heading or "", intro, full_text) if x)
    members = table_members(b, context)
    if not members:
        return None
    if b.caption:
        label = label_from_intro(b.caption)
    elif last and (last.endswith(":") or _TABLE_CUE.search(last)):
        label = label_from_intro(last)
        if re.search(r"\bgehören\b[^.]*\ban\s*:?$", last) and not re.search(r"Mitglied", label):
            label = "Mitglieder"
        if heading and _generic_label(label):
            label = heading
    else:
        label = heading or "Mitglieder"
    ctx = " ".join(re.split(r"(?<=[.!?])\s+", intro.replace("\n", " "))[-2:]) if intro else b.caption
    return MemberList(label=label, members=members), ctx


def _short_line(b: Block) -> bool:
    """A list line standing as a paragraph of its own: a municipality by its kind or its register name."""
    single = b.kind == "p" and "\n" not in b.text and len(re.sub(_PARTS_OF, "", b.text).split()) <= 8
    member = parse_member(b.text) if single else None
    return member is not None and (member.kind is not None or gazetteer.is_exact_name(member.name))


def _kinded_run(blocks: list[Block], i: int) -> bool:
    """Three lines from ``blocks[i]`` on, each a municipality named with its kind (``Flecken Lauenau``)."""
    run = 0
    for b in blocks[i : i + 3]:
        plain = not re.search(r"[:\d]", b.text)  # ``Gemeinde Schorfheide: 12. April``: a date list
        m = parse_member(b.text) if _short_line(b) and plain else None
        run += m is not None and m.kind is not None
    return run == 3


# members that are municipalities (``Mitgliedsgemeinden``, ``amtsangehörige Gemeinden``, ``gehören …
# Gemeinden``)
_MEMBER_MUNICIPALITIES = re.compile(
    r"[Mm]itglieds(?:gemeinden|kommunen|städte)|amtsangehörige\w*\s+Gemeinden|"
    r"\bgehör(?:en|ten)\b[^.]*\b(?:Gemeinden|Städte|Kommunen)\b"
)


def _member_sentence(text: str) -> str:
    """The last sentence of ``text`` that speaks of member municipalities (``Ihr gehören sechs
    Mitgliedsgemeinden an``), else an empty string."""
    sents = re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", text.strip())
    return next((x for x in reversed(sents) if _MEMBER_MUNICIPALITIES.search(x)), "")


def find_member_lists(
    blocks: list[Block], full_text: str, headline: str = ""
) -> tuple[list[MemberList], list[str]]:
    """Member lists in ``blocks``, each with the body it belongs to (named in ``headline`` or the text),
    plus warnings on stated counts that differ from the list lengths."""
    lists: list[MemberList] = []
    contexts: list[str] = []  # the introducing text of each list
    for i, b in enumerate(blocks):
        if b.kind == "table":
            found = _table_list(blocks, i, full_text)
            if found:
                lists.append(found[0])
                contexts.append(found[1])
            continue
        intro = None
        above = i - 2  # where a heading over the introducing sentence stands
        if i > 0 and blocks[i - 1].text.rstrip("*").rstrip().endswith(":"):
            intro = blocks[i - 1].text
        elif i > 0 and blocks[i - 1].is_heading and re.search(r"[Mm]itglied", blocks[i - 1].text):
            intro = blocks[i - 1].text  # a list under the heading ``Mitglieder des Zweckverbandes``
        elif i > 1 and _kinded_run(blocks, i) and _heading_like(blocks[i - 1].text.strip()):
            # ``Ihr gehören sechs Mitgliedsgemeinden an …`` / a heading (``Gliederung``) / ``Gemeinde A`` …
            intro = _member_sentence(blocks[i - 2].text) or None
        items: list[str] = []
        if b.kind == "p" and "\n" in b.text:
            lines = b.text.split("\n")
            if lines[0].rstrip().endswith(":"):
                intro, lines, above = lines[0], lines[1:], i - 1
                # the list ends where a sentence or the next list's introduction begins
                end = next((k for k, x in enumerate(lines) if re.search(r"[.!?:]$", x.strip())), len(lines))
                lines = lines[:end]
            items = lines
        elif b.kind == "li" and (i == 0 or blocks[i - 1].kind != "li"):
            j = i
            while j < len(blocks) and blocks[j].kind == "li":
                items.append(blocks[j].text)
                j += 1
        elif intro and _short_line(b):
            # a dump with a paragraph to a line: the list's lines are paragraphs of their own
            j = i
            while j < len(blocks) and _short_line(blocks[j]):
                items.append(blocks[j].text)
                j += 1
            items = items if len(items) >= 2 else []
        taking = intro and _TAKING_PART.match(intro.strip().split("\n")[-1])
        cue = intro and (_INTRO_CUE.search(intro) or _PARTICIPANTS.search(intro) or taking)
        if items and cue and _member_intro(intro, items):
            members = _is_member_items(items)
            if members:
                label = label_from_intro(intro.split("\n")[-1])
                heading = _heading_above(blocks, above) if _generic_label(label) else None
                lists.append(MemberList(label=heading or label, members=members))
                contexts.append(" ".join(re.split(r"(?<=[.!?])\s+", intro.replace("\n", " "))[-2:]))
            continue
        if b.kind == "p":
            # sentences; not after ``a.d.`` (``Niendorf a.d. Stecknitz``)
            sents = re.split(r"(?<=[.!?])(?<!\s[a-z]\.[a-z]\.)(?<!\bSt\.)\s+(?=[A-ZÄÖÜ„»])", b.text)
            nb = blocks[i + 1] if i + 1 < len(blocks) else None
            list_follows = nb is not None and (nb.kind in {"li", "table"} or "\n" in nb.text)
            for si, sent in enumerate(sents):
                nxt = sents[si + 1] if si + 1 < len(sents) else ""
                if list_follows and si == len(sents) - 1 and sent.rstrip().endswith(":"):
                    continue  # the sentence introduces the list below: its members are there
                bilden = re.search(
                    r"\b(?:bilden|bildeten)\s+(?:gemeinsam\s+)?(?:die|den|das)\s+([^.]{3,60}?)\.?$", nxt
                ) or re.search(  # ``Die Städte A und B sowie die Landkreise C und D bilden den Verband.``
                    r"^(?:Die|Der)\s[^.;:]*\s(?:bilden|bildeten)\s+(?:gemeinsam\s+)?(?:die|den|das)\s+"
                    r"((?:[\w-]*(?:[Vv]erband|[Vv]erbund|[Gg]emeinschaft|[Kk]ooperation|[Aa]llianz|[Rr]egion|Amt))"
                    r"(?:\s[^.,;]{0,50})?)\.?$",
                    sent,
                )
                possessive = re.search(r"\bmit\s+(?:seine[nr]?|ihre[nr]?)\s+", sent)
                cue = re.search(
                    r"[Mm]itglied|aufgenommen|beigetreten|gehören|gegründet|gründeten|Gründung|"
                    # ``Zusammengeschlossen haben sich die Ämter …``, ``… sind nun Teil der SIT``
                    r"[Zz]usammengeschlossen|\b(?:sind|ist|wurden|werden)\s+(?:\w+\s+){0,4}Teil\s+(?:der|des)\s+"
                    r"(?:[A-ZÄÖÜ]{2,}\b|\S*(?:[Vv]erband|[Vv]erbund|Amt|Amtes|Region|[Gg]emeinschaft))",
                    sent,
                )
                # ``gründeten die Gemeinden A und B sowie der Markt C einen Zweckverband zur …``: its members
                founded = re.search(r"\bgründe(?:te)?n\b", sent) and _FOUNDED_BODY.search(sent)
                # participation: ``Beteiligt sind die Stadt A sowie die Gemeinden B und C``
                partake = _PARTAKE.search(sent)
                # ``Die Städte A und B sowie der Landkreis C … . … der drei Partner …``
                partners = re.search(rf"\b(?:der|die|den|alle)\s+({_NUM})\s+Partner\b", nxt)
                # ``des Amtes Britz-Chorin-Oderberg mit den Gemeinden A, B … und der Stadt C``: its members
                amt_with = None if possessive else _AMT_WITH.search(sent)
                owned = possessive or amt_with
                if (founders := _FOUNDING_ENUM.search(sent)) is not None:
                    # ``… gehören A, B und C zu den Gründungskommunen des Zweckverbands X``: by name only
                    names = re.split(r",\s*|\s+und\s+", founders.group(1))
                    if all(gazetteer.is_exact_name(n) for n in names):
                        body = re.sub(r"(?<=[a-zäöü])e?s$", "", founders.group(2).split()[0])
                        label = " ".join([body, *founders.group(2).split()[1:]])
                        named = [Member(name=n, kind=None) for n in names]
                        lists.append(MemberList(label=label, members=named))
                        contexts.append(sent)
                        continue
                coop = _COOPERATION.search(sent)
                allies = sent[coop.end() :] if coop else ""
                bilateral = re.search(r"\smit\s+(?:dem|der|den)\s", allies)  # ``der Stadt A mit dem Kreis B``
                found = _places_only(_inline(allies)) if coop and not bilateral else []
                if len(found) >= 2:
                    label = re.sub(r"^(\w+e)n\s", r"\1 ", coop.group(1))  # ``der interkommunalen …``
                    lists.append(MemberList(label=label[0].upper() + label[1:], members=found))
                    contexts.append(sent)
                    continue
                if not ((cue and _INTRO_CUE.search(sent)) or owned or bilden or partake or partners):
                    continue
                if partake and not (cue or owned or bilden or partners) and _funded_only(sent, partake):
                    continue
                members = _inline(sent)
                if len(members) < (2 if cue or partake or partners or amt_with else 3):
                    continue
                if partners and not (cue or partake or possessive or bilden):
                    w = partners.group(1).lower()
                    if (int(w) if w.isdigit() else _NUMBER_WORDS[w]) != len(members):
                        continue
                    label = "Partner"
                elif bilden:
                    label = re.sub(r"[„“\"»«]", "", bilden.group(1)).strip()
                elif founded:
                    label = founded.group(1).strip()
                elif not cue and amt_with:
                    label = f"{_AMT_KIND.get(amt_with.group(1), amt_with.group(1))} {amt_with.group(2)}"
                elif not cue and possessive:
                    g = next(x for x in _GROUP.finditer(sent) if x.group(1))
                    owner = _OWNER.search(sent[: g.start()])
                    if g.group(2):
                        label = f"{g.group(2).removesuffix('n')} {g.group(3)}"
                    else:
                        label = g.group(3) + (f" {_OWNER_GEN[owner.group(1)]}" if owner else "")
                elif belongs := _BELONG_TO.search(sent):
                    label = belongs.group(1)  # ``Die Gemeinden A, B und C gehören zum Amt Breitenfelde``
                elif re.search(r"\bgehören\b[^.]*\ban\s*:", sent):
                    label = "Mitglieder"
                elif (named := _GROUP.search(sent)) is not None and named.group(3) == "Mitgliedsgemeinden":
                    label = named.group(3)  # ``… besteht aus den Mitgliedsgemeinden Stadt A, B und C``
                else:
                    bare = re.sub(
                        _GROUP.pattern + r".*?(?=\s(?:haben|hatten|sind|waren|wurden|werden|gehören|"
                        r"beigetreten|aufgenommen|gegründet)\b|[.:]|$)",
                        "",
                        sent,
                    )
                    particle = re.search(r"\s(an|bei|hinzu)\.?$", sent)
                    bare = bare.rstrip(". ")
                    if particle and not bare.endswith(particle.group(1)):
                        bare += " " + particle.group(1)
                    label = label_from_intro(bare)
                    if "zusammengeschlossen" in sent.lower():
                        # ``… haben sich … zum Zweckverband Seeland zusammengeschlossen``: the body, if named
                        body = r"([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})"
                        joined = re.search(rf"\bzu(?:m|r)\s+{body}\s+zusammengeschlossen", sent)
                        label = joined.group(1) if joined else "Mitglieder"
                    split_off = sents[si - 1] if si and len(sents[si - 1].split()) <= 6 else ""
                    joined = label_from_intro((split_off + " " + sent).strip().rstrip(". "))
                    if joined.startswith("Beitritt "):
                        label = joined  # members joining at a stated date
                if si <= 1 and _generic_label(label):
                    label = _heading_above(blocks, i - 1) or label
                context = (sents[si - 1] + " " if si else "") + sent
                lists.append(MemberList(label=label, members=members))
                contexts.append(context)
    warnings: list[str] = []
    for ml, ctx in zip(lists, contexts, strict=True):
        others = {m.name for other in lists if other is not ml for m in other.members}
        ml.body = body_of(ml, ctx, f"{headline}\n{full_text}", others)
        # only a count stated where the list is introduced (``folgende 12 Mitglieder``, the sentence before)
        related = [
            (n, extra) for n, extra, qual in _count_in(ctx) if not qual or qual.lower() in ml.label.lower()
        ]
        if related and not any(len(ml.members) in {n, n + extra} for n, extra in related):
            stated = related[0][0] + related[0][1]
            warnings.append(
                f"Mitgliederliste „{ml.label}“: Text nennt {stated}, Liste hat {len(ml.members)} Einträge"
            )
    return lists, warnings
