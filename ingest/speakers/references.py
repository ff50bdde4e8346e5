"""Who a pronoun, an office alone, a surname alone or an unattributed quote means.

The patterns and helpers ``SpeakerFinder`` resolves references with: the grammatical gender of a role
(``_agrees``), informal names of an office, the subject of the sentence before an unattributed quote,
reported speech in the Konjunktiv and who closed it."""

from __future__ import annotations

import re

from ingest.names import HONORIFIC, is_role_word, organisation_of
from ingest.speakers.person_phrase import _form_of_address, _people_named, _Ref, _subject
from ingest.speakers.vocabulary import VERBS

# a sentence of report closed by who told it (``…, erzählte Organisatorin Edith X.``)
_TOLD_BY = re.compile(
    r"\s(?:erzählte|erzählt|sagte|sagt|berichtete|berichtet|erklärte|erklärt|betonte|betont|meinte|meint|"
    r"ergänzte|ergänzt|schilderte|schildert|erläuterte|erläutert)\s+"
    r"((?:(?:[A-ZÄÖÜ][\wäöüß.-]*|von|van|de|zu|vom|zur)\s+){1,4}[A-ZÄÖÜ][\wäöüß-]+)\.?$"
)
# the first word of Westphalian surnames of two words (``Schulze Pellengahr``, ``Große Kracht``)
# not a former holder of the office (``der ehemalige Landrat X`` is not ``der Landrat``)
_NOT_FORMER = "".join(
    rf"(?<!{w}e )(?<!{w}en )" for w in ("ehemalig", "früher", "damalig", "einstig", "verstorben")
)


_UNNAMED = re.compile(
    r"^(?:ein|eine|einer|der|die|das)\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*(?:sprecher|sprecherin|"
    r"leiter|leiterin|leitung|chef|chefin|team|vertreter|vertreterin|mitarbeiter|mitarbeiterin|"
    r"polizei|feuerwehr|verwaltung|behörde|ministerium|stadt|gemeinde|amt|verein|verband)|Sprecher\w*)"
    r"(?:\s+(?:der|des|von|vom|im)\s+[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?)?"
)
_ROLE_START = re.compile(r"(?:\b(?:Der|Die|der|die)\s+)?\b([A-ZÄÖÜ][\wäöüß-]+)")
_MENTIONED = re.compile(
    rf"\b([A-ZÄÖÜ][\wäöüß-]+)\s+((?:{HONORIFIC}\s+)*[A-ZÄÖÜ][^\W\d_]+\s+[A-ZÄÖÜ][^\W\d_-]*(?:-[^\W\d_]+)*)\b"
)
# a given name and surname (``Volker Kremer``), not a noun and the verb after it
# a source of its own in a sentence of reported speech (``Der Vorwurf der Opposition, …``, ``Das Gericht
# habe …``, ``In dem Artikel habe es geheißen``, ``Das Motto sei …``)
_OTHER_SOURCE = re.compile(
    r"\b(?:Gericht\w*|Opposition|Initiative|Artikel|Bericht|Zeitung|Studie|Umfrage|Gutachten|Gutachter\w*|"
    r"Motto|Titel|Slogan|Vorwurf|Kritik\w*|Antrag|Beschluss|Urteil|Schreiben|Brief|Mitteilung|Ergebnis\w*|"
    r"laut|zufolge|Ansicht|Meinung|heißt|hieß|geheißen)\b"
)
_NAMED_PAIR = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\b(?!\s+[a-zäöüß])"
)


_ANSWER = re.compile(
    rf"^((?:{HONORIFIC}\s+)*(?:[A-ZÄÖÜ][\wäöüß'-]+\s+){{0,2}}[A-ZÄÖÜ][\wäöüß'-]+)\s*:\s+(\S.*)$", re.S
)
# a person described by what they do, ending the clause (``die Gemüsebäuerin``, ``der Imker``)
_PERSON_NOUN = re.compile(
    r"(?:der|die)\s+([A-ZÄÖÜ][a-zäöüß]+(?<!ein)(?:in|er|ist|ent|ant|eur|ling))(?=\s*(?:[.,;!?]|$))"
)


# a field of work written after an office (``Vorstand Finanzen``, ``Referent Öffentlichkeitsarbeit``)
_FIELD_WORD = re.compile(
    r"(?:ung|arbeit|schaft|heit|keit|wesen|verkehr|finanzen|technik|politik|recht|ordnung|bildung|kultur|"
    r"umwelt|sport|jugend|soziales|wirtschaft|planung|bau|bauen|gesundheit|personal|marketing|vertrieb)$",
    re.I,
)
_DOUBLE_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+")
_LETTER_FROM = re.compile(r"(?:[Ss]chreiben|[Bb]rief|Grußwort|Botschaft)\s+(?:von|vom)\s+(.{5,300})$")
# ``Der Kreisjugendring, …``: a body as the sentence's subject
_SUBJECT_BODY = re.compile(r"^(?:Der|Die|Das)\s+((?:[A-ZÄÖÜ][\wäöüß-]*\s+){0,3}[A-ZÄÖÜ][\wäöüß-]*)\s*,")
# ``Das betonte auch X …``: a sentence whose subject follows its verb of saying
_INVERTED_SPEECH = re.compile(
    rf"^(?:Das|Dies|Darauf|Daran|Dazu|Darüber)\s+(?:{VERBS})\s+(?:(?:auch|ebenfalls|zudem|nochmals|erneut)\s+)?"
    r"(?=[A-ZÄÖÜ])"
)
# the person whose view a sentence in the Konjunktiv reports (``habe er erfahren``, ``sei für ihn``)
_REPORTED_PRONOUN = re.compile(
    r"\b(?:sei|habe|hätte|werde|würde|könne|müsse|solle)\s+(er|sie)\b|\bfür\s+(ihn)\b"
)
# ``Dann sorgte der Bürgermeister selbst für Spannung``: an adverb and the verb before the subject
_INVERTED_NARRATION = re.compile(
    r"^(?:Dann|Danach|Anschließend|Zudem|Außerdem|Schließlich|Später|Zuvor|Zunächst|Daraufhin|Nun)\s+"
    r"[a-zäöüß]{3,}\s+(?=(?:der|die)\s+[A-ZÄÖÜ]|[A-ZÄÖÜ])"
)
# a subordinate clause opening the attribution's sentence (``Wie X das Jahr erlebt hat, …``)
_SUBORDINATE_OPENING = re.compile(r"(?:Wie|Was|Warum|Wo|Wann|Ob|Dass|Nachdem|Als|Weil|Wenn)\s+([^,]+),")
# an office as the subject after the verb (``… hatte der OB schnell erklärt.``), no name after it
# (``der`` only for a man's office, ``die`` for a woman's: not ``dankten der Landrätin``), not after a
# preposition (``mit der Bürgermeisterin``) and not with a body of its own (``der Bürgermeister der …``)
_INVERTED_OFFICE = re.compile(
    r"\b(?!(?:mit|von|bei|nach|auf|für|über|unter|vor|aus|gegen|ohne|durch|neben|zwischen|hinter|an)\s)"
    r"[a-zäöüß]{3,}\s+(der|die)\s+([A-ZÄÖÜ][\wäöüß-]+)(?=\s+(?!(?:der|des|von|vom|aus)\b)[a-zäöüß]|\s*[.!?]?$)"
)
# an adverbial opening the sentence, then the finite verb and the subject (``Am Welttag hat Präsidentin X …``)
_INVERTED_SUBJECT = re.compile(
    r"^[A-ZÄÖÜ][^,.:;!?„“\"]{0,80}?\s(?:hat|hatte|haben|ist|war|wurde|sagte|betonte|unterstrich|erklärte|"
    r"freute|zeigte|hob|machte|bedankte|sprach|appellierte|warb|ergriff|richtete|überbrachte|hielt|begrüßte|"
    r"eröffnete|dankte|wandte|würdigte|gratulierte|beglückwünschte|erwies|lobte|erinnerte)\s+"
    # (``auch`` only after a verb of saying or congratulating: not ``Unter den Gästen war auch Landrat X``)
    r"(?:(?:(?<=sagte\s)|(?<=betonte\s)|(?<=dankte\s)|(?<=würdigte\s)|(?<=gratulierte\s)|(?<=wünschte\s)|(?<=sprach\s))"
    r"(?:auch|ebenfalls)\s+)?"
    r"(?=(?:der|die)\s+(?:[a-zäöüß]+e\s+)?[A-ZÄÖÜ]|[A-ZÄÖÜ])"
)
# a personal pronoun as the subject of a verb (of saying, checked with ``_SAYING``): ``Sie wünscht …``
_PRONOUN_INSIDE = re.compile(
    r"^(?P<p1>[Ee]r|[Ss]ie)\s+(?P<v1>[a-zäöüß]+)|\b(?P<v2>[a-zäöüß]+)\s+(?P<p2>er|sie)\b"
)


# a separable verb of saying with its particle (``strich … hervor``, ``wies … hin``, ``machte … deutlich``)
_SEPARABLE_SAYING = re.compile(
    r"\b(?:strich|streicht|hob|hebt|stellte|stellt|wies|weist|machte|macht)\b[^.!?]*?"
    r"\b(?:hervor|heraus|hin|deutlich|klar)\b(?=\s*[,.;]|$)"
)
# ``Müller gratuliert Laura Ludwig …``: a surname, perhaps after an office, then a verb in the third person
_HEADLINE_SUBJECT = re.compile(
    r"^(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+[a-zäöüß]{3,}t\b"
)
# informal names of an office (``Rathauschef``) and the offices they stand for
_OFFICE_SYNONYMS = {
    "Rathauschef": ("Oberbürgermeister", "Bürgermeister"),
    "Rathauschefin": ("Oberbürgermeisterin", "Bürgermeisterin"),
    "Stadtoberhaupt": ("Oberbürgermeister", "Bürgermeister", "Oberbürgermeisterin", "Bürgermeisterin"),
    "Kreischef": ("Landrat",),
    "Kreischefin": ("Landrätin",),
    # a Berlin district's mayor, introduced as ``Reinickendorfs Bürgermeisterin X``
    "Bezirksbürgermeister": ("Bürgermeister",),
    "Bezirksbürgermeisterin": ("Bürgermeisterin",),
}
# words of a sentence about a person speaking, thanking or praising
_SPEECH_WORD = re.compile(
    rf"\b(?:{VERBS}|dankt|dankte|Dank|Dankeschön|lobt|lobte|Lob|würdigt|würdigte|begrüßt|begrüßte|"
    r"gratuliert|gratulierte|appelliert|appellierte|wünscht|wünschte|mahnt|mahnte|warnt|warnte)\b"
)

# reported speech closed by its speaker: ``…, sagte Eggert.``
_REPORTED_END = re.compile(rf",\s+(?:{VERBS})\s+([^.!?]{{3,250}})\.$")


# a body's head named by the body's kind (``Sparkassenchef``, ``Messedirektorin``)
_BODY_HEAD = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{3,}?)(chef|vorstand|direktor|präsident|geschäftsführer)(in)?")
# an office heading a body, before the body's name
_HEAD_OFFICE = re.compile(
    r"(?:Vorstandsvorsitzende|Vorsitzende|Vorstand|Chef|Direktor|Präsident|Geschäftsführer|Leiter)"
    r"(?:in|r)?\s+(?:des\s+Vorstand(?:e?s)\s+)?(?:der|des)\s+"
)


def _thing_subject(sentence: str) -> bool:
    """The sentence's subject is a thing or a group, no office holder (``Die Lokalpresse bezeichnete …``,
    ``Der Chor sang …``, not ``Der Bürgermeister Armin Faber konnte …``)."""
    m = re.match(r"^(?:Der|Die|Das|Ein|Eine)\s+(?:[a-zäöüß]+\s+)*([A-ZÄÖÜ][\w-]*)\s+(\S+)", sentence)
    return m is not None and not is_role_word(m.group(1)) and m.group(2)[:1].islower()


def _level_of(office: str, title: str) -> bool:
    """``landesbischof`` is ``bischof`` at a higher level (not ``vizepräsident`` for ``präsident``)."""
    levels = {"landes", "bezirks", "kreis", "erz", "ober", "haupt"}
    return title.endswith(office) and title[: -len(office)] in levels


def _agrees(role: str | None, pronoun: str) -> bool:
    """A role's grammatical gender agrees with the pronoun (``Autorin`` … ``sie``); a missing role agrees,
    and so does an adjectival noun of either gender (``Kreistagsvorsitzende``)."""
    words = (role or "").split()
    if len(words) > 1 and not is_role_word(words[0]) and is_role_word(words[1]):
        words = words[1:]  # ``Kehler Oberbürgermeister``: the office after a place's adjective
    if not words or not is_role_word(words[0]) or words[0].endswith("e"):
        return True
    if re.search(r"(?:in|frau)$", words[0]):
        return pronoun == "sie"
    # a noun for either gender (``Vorstand``, ``Vorstandsmitglied``, ``Projektleitung``) agrees with both
    return pronoun == "er" or bool(re.search(r"(?:stand|glied|ung|schaft|team|kraft)$", words[0]))


def _addressed_lone(found: _Ref | None, subject: str) -> str | None:
    """The form of address ``subject`` gives the surname-only person ``found`` (``Herr Cayir hat …``)."""
    if found is None or found.person is None or found.person.given_name:
        return None
    return _form_of_address(found.person.surname, subject)


# the head of a body named by its abbreviation (``KBV-Chef``, ``SCN-Geschäftsführerin``)
_HEAD_OF_ABBREVIATION = re.compile(r"([A-ZÄÖÜ][A-ZÄÖÜa-z]{1,7})-(?:Chef|Geschäftsführer|Leiter)(in)?")
# a surname after the verb that closes a long opening phrase (``…, zeichnete Heidenau einen Vergleich``)
_VERB_THEN_SURNAME = re.compile(
    r",\s+[a-zäöüß]{3,}(?:te|t)\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+"
    r"(?=(?:den|die|das|einen|eine|ein)\s)"
)
_CLAUSE_CONJUNCTION = "Wobei|Während|Nachdem|Weil|Obwohl|Indem|Als"
# an adverb before the subject (``Auch X vom …``, ``Zudem der Pförtner …``)
_ALSO_FIRST = re.compile(r"^(?:Auch|Zudem|Ebenso|Außerdem)\s+(?=[A-ZÄÖÜ]|(?:der|die|er|sie)\s)")


# an office named with ``Als`` opening the sentence, its holder after the verb (``Als Bürgermeisterin der
# Gemeinde Petersberg gratulierte Claudia X den Meistern.``)
_AS_OFFICE_OPENING = re.compile(
    r"^Als\s+([^,.:;!?„“\"]{3,120}?)\s+(?:[a-zäöüß]{3,}ierte|begrüßte|eröffnete|dankte|betonte|sagte|erklärte|"
    r"überreichte|würdigte|richtete|ergänzte|bekräftigte|lobte|freute|sprach|hielt|hob|warb|rief)\s+(?=[A-ZÄÖÜ])"
)


def _office_opening(sentence: str) -> _Ref | None:
    """The person named in full after the verb of a sentence opened by ``Als`` and an office, with that
    office (up to ``und damit …``) as the role."""
    m = _AS_OFFICE_OPENING.match(sentence)
    if not m:
        return None
    office = re.split(r"\s+und\s+(?:damit|zugleich|somit)\s", m.group(1))[0]
    if not any(is_role_word(w) for w in office.split()[:2]):
        return None
    ref, _ = _subject(sentence[m.end() :])
    if ref is None or ref.person is None or not ref.person.given_name:
        return None
    if not ref.role:
        ref.role, ref.org = office, organisation_of(office)
    return ref


def _sole_subject(clause: str) -> _Ref | None:
    """The person ``clause`` names in full as its subject (``Als Staatssekretär verantwortet Dr. Ralf X, Chief
    Digital Officer des Landes Berlin, die Abteilungen:``), with the apposition after the name."""
    names = sorted(_people_named(clause), key=clause.find)
    if not names:
        return None
    honorifics = rf"(?:(?:{HONORIFIC})\s+)*"
    # the name opens the clause or follows its verb after an adverbial (not an object: ``Der Verein dankt X``)
    opened = re.match(rf"{honorifics}{re.escape(names[0])}\b", clause)
    inverted = re.match(
        rf"(?:Als|Seit|Am|Im|Nach|Zum|Zur|Bei|Beim|Heute|Dann|Jetzt|Damit|Deshalb|Dafür|Daher)\b[^:]*?\s"
        rf"[a-zäöüß]{{3,}}\s+({honorifics}{re.escape(names[0])})\b",
        clause,
    )
    if not (opened or inverted):
        return None
    ref, _ = _subject(clause[inverted.start(1) if inverted else 0 :])
    return ref if ref is not None and ref.person is not None and ref.person.given_name else None


# fields a minister's office is named by interchangeably (``Agrarministerin``, ``Landwirtschaftsministerin``)
_FIELD_SYNONYMS = (frozenset({"agrar", "landwirtschafts"}), frozenset({"kultus", "bildungs", "schul"}))
# an office and a full name alone as a sentence right before a quote (``Amtsärztin Dr. Eugenie X. „…``)
_NAME_LINE = re.compile(
    rf"(?:^|(?<=[.!?“”])\s+)((?:[A-ZÄÖÜ][\wäöüß-]+\s+){{1,2}}(?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\wäöüß-]+)\.\s*$"
)


# a photo's credit in a caption (``Foto: Stefan X``, ``© Kreis/Peter Y``)
_PHOTO_CREDIT = re.compile(r"(?:\b(?:Fotos?|Bild|Bildquelle|Quelle)\s*:|©)[^\n;]*")
