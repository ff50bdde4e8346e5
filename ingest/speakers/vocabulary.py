"""Words and text units every stage shares: verbs of saying, sentences, quotations.

Verbs of saying with their adverbials and particles, the Konjunktiv of reported speech, relatives and
deputies, office words in the plural; sentences, abbreviations and the quotations that are speech."""

from __future__ import annotations

import re

from ingest.names import HONORIFIC, ROLE_ABBREV, TITLE_ADJ, is_role_word, land_of_adjective, place_adjective
from ingest.quotes import QuoteSpan, find_quotes

# plural verbs of saying, which name their speakers only as two people together (``„…“, betonten Minister X
# und die Landesbeauftragte Y``); not verbs a crowd does (``Viele Gäste lobten den Bau, so auch Landrat X:``)
_PLURAL_SAYING = {
    "betonten", "bekräftigten", "ergänzten", "erläuterten", "kommentierten", "berichteten", "bilanzierten",
    "versicherten", "bestätigten", "appellierten", "resümierten", "unterstrichen", "freuten",
}  # fmt: skip
VERBS = (
    r"sagte|sagt|sagten|erklärte|erklärt|erklärten|betonte|betont|bekräftigte|bekräftigt|unterstrich|"
    r"unterstreicht|ergänzte|ergänzt|meinte|meint|fügte|fügt|führte|führt|hob|hebt|stellte|stellt|machte|"
    r"macht|freute|freut|zeigte|zeigt|resümierte|resümiert|kommentierte|kommentiert|berichtete|berichtet|"
    r"bilanzierte|bilanziert|verdeutlichte|verdeutlicht|appellierte|appelliert|mahnte|mahnt|warnte|warnt|"
    r"versicherte|versichert|bestätigte|bestätigt|lobte|lobt|erläuterte|erläutert|schilderte|schildert|"
    r"beschrieb|beschreibt|fasste|fasst|kündigte|kündigt|teilte|teilt|verkündete|verkündet|äußerte|äußert|"
    r"antwortete|antwortet|fragte|fragt|forderte|fordert|rief|ruft|begrüßte|begrüßt|dankte|dankt|sprach|"
    r"spricht|zitierte|zitiert|weiß|wusste|hofft|hoffte|erinnerte|erinnert|wünschte|wünscht|resümiert|"
    r"schrieb|schreibt|so|laut|zufolge|bekannte|bekennt|gab|gibt|räumte|räumt|befand|findet|fand|"
    r"konstatierte|konstatiert|urteilte|urteilt|bemerkte|bemerkt|sagt|ermunterte|ermutigte|versprach|"
    r"verspricht|informiert|informierte|hat|habe|hatte|heißt|hieß|sagte|erklärte|berichtet|bekräftigte|lädt|lud|wirbt|warb|"
    r"bittet|bat|rät|riet|empfiehlt|empfahl|ermutigt|ermuntert|blickt|blickte|gratuliert|gratulierte|"
    r"kritisierte|kritisiert|beklagte|beklagt|klagte|klagt|monierte|moniert|bemängelte|bemängelt|"
    r"bedauerte|bedauert|begründete|begründet|argumentierte|"
    r"argumentiert|verwies|verweist|plädierte|plädiert|erzählte|erzählt|verriet|verrät|entgegnete|entgegnet|"
    r"erwiderte|erwidert|beteuerte|beteuert|präzisierte|präzisiert|betete|betet|"
    r"schlussfolgert|schlussfolgerte|bringt|brachte|sage|erkläre|betone|bedankte|bedankt|"
    r"hält(?=[^.!?„“\"]*\bfest\b)|hielt(?=[^.!?„“\"]*\bfest\b)|"  # ``hält X fest``, not ``hält X für``
    r"schätzt(?=[^.!?„“\"]*\bein\b)|schätzte(?=[^.!?„“\"]*\bein\b)|"  # ``schätzt X ein``
    r"merkt(?=[^.!?„“\"]*\ban\b)|merkte(?=[^.!?„“\"]*\ban\b)|"  # ``merkte X an``
    r"scherzte|scherzt|schwärmte|schwärmt|eröffnete|eröffnet|formulierte|formuliert|sagen|betonen|wendet|wandte|"
    r"gesteht|gestand|witzelte|witzelt|schmunzelte|schmunzelt|lachte|lacht|staunte|staunt|"
    r"prophezeite|prophezeit|prognostizierte|prognostiziert|mutmaßte|mutmaßt|signalisierte|signalisiert|"
    r"schloss|"  # ``„…“, schloss X seinen Vortrag``
    r"umreißt|umriss|skizzierte|skizziert|"  # ``„…“, umreißt X die Herausforderungen``
    rf"{'|'.join(sorted(_PLURAL_SAYING))}|"
    # a question (``„…?“, wollte X wissen``, ``erkundigte sich X``)
    r"erkundigte|erkundigt|wollte"
)
_PARTICIPLE = (
    r"gesagt|erklärt|betont|bekräftigt|unterstrichen|ergänzt|hervorgehoben|gemeint|versichert|bestätigt|"
    r"erläutert|kommentiert|berichtet|geäußert|gewarnt|gefordert|zitiert"
)
_ADVERBS = (
    r"(?:sich|auch|denn|dazu|dabei|weiter|weiterhin|abschließend|zufrieden|erfreut|überzeugt|heute|gestern|"
    r"zuversichtlich|optimistisch|begeistert|beeindruckt|erleichtert|dankbar|stolz|nun|bereits|ebenfalls|"
    r"noch|zudem|außerdem|anschließend|einleitend|bei|der|dem|Eröffnung|Übergabe|Veranstaltung|"
    r"Gelegenheit|diesem|Anlass|gegenüber|Presse|Medien|mit|Blick|auf|am|im|beim|vor|Ort|ergänzend)"
)
# a manner adverbial between a verb of saying and its subject (``sagte schmunzelnd``, ``sagte mit Freude``,
# ``sichtlich gerührt``, ``mit einem Augenzwinkern``): a preposition's noun, a participle or an adverb
_MANNER = (
    r"(?:(?:mit|voller|voll|unter)\s+(?:(?:einem|einer|großer|großem|viel|sichtlichem|sichtlicher|hörbarem|"
    r"hörbarer|berechtigtem|berechtigter|spürbarem|spürbarer)\s+)?[A-ZÄÖÜ][a-zäöüß]+"
    r"|sichtlich|hörbar|spürbar|merklich|sehr|ganz|(?!während|jemand|niemand)[a-zäöüß]{4,}(?:nd|lich|ig)"
    r"|ge[a-zäöüß]{3,}t)"
)
_ADVERBIAL = rf"(?:{_MANNER}|{_ADVERBS})"
# after a quote also the verbs of praise (``„…“, würdigte Landrat X deren Wirken``): the speaker follows
_PRAISE = {"würdigte", "würdigt", "lobte", "lobt"}
# a deputy's or an acting holder's qualifier, part of the office
# an ordinal before an office (``der erste Vizepräsident``)
_ORDINAL = r"(?:erste|zweite|dritte)r?"
_DEPUTY = rf"(?:(?:stellvertretende|kommissarische|amtierende)[nr]?|{_ORDINAL})"
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Prof|St|Nr|Co|bzw|ca|vgl|z\.B|u\.a|e\.V|a\.D|Ing|Dipl|Mag|inkl|ggf|evtl|Str|Jh|"
    rf"Abs|Art|gem|{ROLE_ABBREV})|"
    r"\b[A-ZÄÖÜa-zäöü]|(?<!\d{3})\d)\.$"  # an ordinal or a day (``3. Mai``), not a year ending a sentence
)
_TOKEN = re.compile(rf"{HONORIFIC}|e\.\s?[VG]\.|\bCo\.|[\wÄÖÜäöüß][\wÄÖÜäöüß'’./-]*|[,;:()–—.!?„“\"»«/]")


def _words(text: str) -> int:
    return len(text.split())


# a person's relatives or successors: a description of someone else than the one named (``sagt die Mutter``,
# ``die Ehefrau des Bürgermeisters, Anna X``, ``der Nachfolger des Rektors``)
_KIN = re.compile(
    r"(?:Mutter|Vater|Tochter|Sohn|Schwester|Bruder|Oma|Opa|Groß(?:mutter|vater|eltern)|Enkel\w*|Ehe\w+|Frau|"
    r"Mann|Kind|Nichte|Neffe|Partner(?:in)?|Witwer?|Nachfolger(?:in)?|Vorgänger(?:in)?|Gast|Gäste|"
    r"Tante|Onkel|Cousin\w*|Nachbar\w*|Freund\w*)$"
)


def _place_or_land(adjective: str) -> bool:
    """``Erfurter``, ``Thüringer``, ``Hessische``, ``niedersächsische``: an adjective of a place or a Land
    (not ``Sieger``, ``Erster``)."""
    if re.fullmatch(TITLE_ADJ, adjective[:1].lower() + adjective[1:]) or adjective == "Berliner":
        return True
    return bool(place_adjective(adjective) or land_of_adjective(adjective))


# a separable verb's particle closing the clause after an apposition (``…, Oberärztin an der Klinik an:``)
# a separable verb's particle (``merkt … an``, ``fasste … zusammen``)
_VERB_PARTICLE = r"(?:an|hinzu|fort|bei|dar|fest|ein|zusammen|hervor|heraus|hin|zu|vor|mit|auf|ab|aus)"
_KONJUNKTIV = re.compile(
    r"\b(?:sei|seien|habe|hätte|hätten|werde|würde|würden|könne|könnten|müsse|müssten|solle)\b"
)
# verbs of saying proper, in any tense (not ``zeigt``, ``gibt``, ``hat``, nor a source like ``laut``)
_IN_ONES_SPEECH = re.compile(
    r"\b[Ii]n\s+(?:seiner|ihrer)\s+(?:Ansprache|Rede|Begrüßung|Festrede|Laudatio|Eröffnungsrede|Dankesrede|"
    r"Predigt)\b|"
    r"\b[Ii]n\s+(?:seinem|ihrem)\s+(?:Grußwort|Vortrag|Festvortrag|Statement|Schlusswort)\b"
)
_SAYING = re.compile(
    r"\b(?:sag|erklär|beton|bekräftig|ergänz|meint|kommentier|bericht|erzähl|dank|bedank|wünsch|hoff|äußer|"
    r"schilder|erläuter|appellier|mahn|warn|forder|frag|antwort|begrüß|lob|kritisier|resümier|bilanzier|freu|"
    r"versicher|bezeichne|bitt|gratulier|würdig)(?:t|te|ten|e|en)?\b"
    r"|\b(?:unterstrich|unterstreicht|gesagt|erfahren|nannte|nennt|sprach|spricht|verwies|verweist)\b"
)


def _abbreviation_at(text: str, pos: int) -> bool:
    """The period at ``pos`` ends an abbreviation or a day (``Dr.``, ``3.``), or a party's name the sentence
    goes on after (``der Fraktion DIE LINKE. im Stadtrat``), not a sentence."""
    if _ABBREV.search(text[max(0, pos - 12) : pos + 1]):
        return True
    party = text[max(0, pos - 9) : pos + 1] == "DIE LINKE."
    return party and re.match(r"\s*[a-zäöüß,]", text[pos + 1 :]) is not None


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in '.!?:“”"«»' or before.endswith(("–", "—"))


def _plural_office(word: str) -> bool:
    """``Vorsitzende``, ``Geschäftsführerinnen``, ``Vorstandsmitgliedern``: an office word, also in the
    plural."""
    return is_role_word(word) or is_role_word(_singular_office(word) or "-")


def _sentences(text: str) -> list[str]:
    """Sentences of ``text``; a period after an abbreviation or a day (``Dr.``, ``3. Mai``) ends none."""
    out, start = [], 0
    for m in re.finditer(r"[.!?](?=\s+[A-ZÄÖÜ„\"»(])", text):
        if m.group(0) == "." and _abbreviation_at(text, m.start()):
            continue
        out.append(text[start : m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [x for x in out if x]


def _is_speech(span: QuoteSpan) -> bool:
    inner = span.text.strip()
    words = len(inner.split())
    return words >= 4 or bool(re.search(r"[.!?,…]$", inner))


def _clean_quote(text: str) -> str:
    q = re.sub(r"\s+", " ", text).strip()
    q = re.sub(r"\s*,$", "", q)  # a comma inside the closing mark is the sentence's (shared gold)
    if q.endswith("‘") and not re.search(r"[‚‘’']", q[:-1]):
        q = q[:-1]  # ``„… gewährleistet‘“``: a stray single mark before the closing one
    return q.strip()


def _last_sentence(before: str) -> str:
    """The last sentence of ``before`` if ``before`` ends a sentence (not at an abbreviation's full stop)."""
    if not before or (before[-1] not in ".!?" and not re.search(r"[.!?][“”\"«»]$", before)):
        return ""
    cut = 0
    for m in re.finditer(r"[.!?][“”\"«»]?(?=\s)", before[:-2]):
        if m.group(0)[0] == "." and _abbreviation_at(before, m.start()):
            continue
        cut = m.end()
    return before[cut:].strip()


def _quote_only(text: str) -> bool:
    """A paragraph that holds nothing but closed quotations."""
    spans = find_quotes(text)
    if not spans or not all(sp.closed for sp in spans):
        return False
    bounds = [0, *(x for sp in spans for x in (sp.start, sp.end)), len(text)]
    rest = "".join(text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2))
    return not re.search(r"\w", rest)


def _singular_office(plural: str) -> str | None:
    """``Bezirksstadträtinnen`` → ``Bezirksstadträtin``; ``Bezirksstadträte`` names a man's or a woman's
    office, the text does not say which: ``None``."""
    if plural.endswith(("mitglieder", "mitgliedern", "Mitglieder", "Mitgliedern")):
        return plural[: plural.rindex("glied") + 5]  # ``Vorstandsmitgliedern`` → ``Vorstandsmitglied``
    return plural[:-3] if plural.endswith("innen") else None
