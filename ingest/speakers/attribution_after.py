"""Attribution after a quote: ``„…“, sagte X``, ``„…“ So X.``, a source signing it.

The patterns ``SpeakerFinder`` reads the words after a quotation with: a verb of saying and its subject,
``Mit diesen Worten …``, a statement's or verdict's author, a source in brackets or signing the quote; an
unclosed quotation ended at its attribution."""

from __future__ import annotations

import re

from ingest.names import HONORIFIC, split_name
from ingest.quotes import QuoteSpan
from ingest.speakers.vocabulary import _ADVERBIAL, _PARTICIPLE, _PRAISE, VERBS

_AFTER = re.compile(
    # also an offer after the quote (``„…“, bot der Bürgermeister den Kindern an``)
    rf"^\s*[,;]?\s*[–—-]?\s*(?:so\s+(?=[a-zäöüß]{{4,}}t(?:e)?\s))?(?:{VERBS}|{'|'.join(_PRAISE)}|bot)\b(?:(?<!gab)(?<!gibt)\s+es(?=\s+[A-ZÄÖÜ]))?"
    # (``bringt es X auf den Punkt``: the object ``es``, not ``gab es im Kulturzentrum …``)
    rf"(?:\s+(?!der\s+(?:\d{{1,3}}-J|[A-ZÄÖÜ][a-zäöüß]+j)ährige){_ADVERBIAL}\b)*\s+",
)
# the praised object after the praising subject (``… Landrat X deren Wirken``, ``… den Vorsitzenden, Y``)
_PRAISED_OBJECT = re.compile(r"\s(?:den|dem|die|das|deren|dessen|seine[nmr]?|ihre[nmr]?|sein|ihr)\s")
# the subject after a person named in an adverbial (``… von X der zuständige Bezirksstadtrat Y``)
_NOMINATIVE_AFTER = re.compile(r"^\s+(?:der|die)\s+(?:[a-zäöüß]+e\s+)?([A-ZÄÖÜ][\wäöüß-]*)\s+(?=[A-ZÄÖÜ])")
_WORDS_OF_GENITIVE = re.compile(
    r"^\s*[,.:–—-]?\s*[Mm]it\s+(?:diesen|den)\s+Worten\s+(des|der)\s+"
    r"((?:[A-ZÄÖÜ][\wäöüß.-]*\s+){1,4}[A-ZÄÖÜ][\wäöüß-]+)\s+[a-zäöüß]"
)
_WELCOME = re.compile(r"^[^.!?]{0,120}\bwillkommen\b")
# the verb after words quoted, not one of reading them out (``zitierte X aus dem Brief``)
_WORDS_VERB = (
    r"(?!zitiert|las\b|verlas|liest)[a-zäöüß]{3,}t(?:e|en)?\s+(?:sich\s+)?(?=(?:der|die|das)\s|[A-ZÄÖÜ])"
)
_WORDS_AFTER = re.compile(
    # not one who reads them out (``Mit diesen Worten zitierte X aus dem Brief …``); ``Mit dieser Lobrede``
    r"^\s*[.:,–—-]?\s*[Mm]it\s+(?:diesen|dieser|den|der|seinen|seiner|ihren|ihrer|jenen)\s+"
    # the verb next, or after the addressees (``Mit dieser Lobrede an 32 Handwerksmeister eröffnete …``), not
    # after whose words they are (``Mit den Worten der Rede von X …``, ``… aus dem Brief …``)
    r"(?:Worten|[A-ZÄÖÜ]?[a-zäöüß]*[Rr]ede|Ansprache|Begrüßung|Botschaft)\s+(?:(?:an|vor)\s+(?:\S+\s+){0,8}?)?"
    # ``Mit diesen Worten verabschiedete sich X``: a reflexive verb
    + _WORDS_VERB
)
# ``Mit den Worten „…“ verabschiedete X …``: the words before the quote, the verb and speaker after it
_WORDS_BEFORE = re.compile(r"(?:^|[.!?]\s+)[Mm]it\s+(?:den|diesen|seinen|ihren)\s+Worten\s*$")
_VERB_AFTER_WORDS = re.compile(r"^\s*" + _WORDS_VERB)
# after a closed quote, a sentence of saying that points back to it (``„…“ So fasst X den Abend zusammen.``)
_SO_SAID = re.compile(
    r"^\s*(?:So|Das|Dies|Diese\s+Worte)\s+(?:sagte|sagt|fasste|fasst|formulierte|formuliert|brachte|bringt|"
    r"betonte|betont|erklärte|erklärt|resümierte|resümiert|meinte|meint|"
    # ``„…“ So beschreibt es X.``, ``So sieht es X.`` (not ``So sah es auch X``: X agrees with the speaker)
    r"beschreibt|beschrieb|schildert|schilderte|(?:sieht|sah)(?!\s+es\s+auch\b)|nennt|nannte|begründet|begründete|"
    # ``„…“ Dies hat die Landesbeauftragte …, X, … hervorgehoben.``: the perfect, its participle at the end
    # (not where a relative clause follows: ``Das hat X aus der Zeitung erfahren, die … zitiert``)
    rf"(?:hat|hatte)(?=(?:(?!,\s+(?:der|die|das|dass|wie|weil)\s)[^.!?]|(?:(?<=\d)|(?<=Dr)|(?<=Prof))\.)*"
    rf"\b(?:{_PARTICIPLE.replace('|zitiert', '')})\.))"
    r"(?:\s+(?:es|auch|jedenfalls))*\s+(?=\S)"
)
# ``„…“, lautet das Fazit von X``
# ``„…“, heißt es in einer (ersten) Mitteilung von Bürgermeister X``: the statement's author
_STATEMENT_OF = re.compile(
    r"^\s*,\s*(?:heißt|hieß)\s+es\s+in\s+(?:einer|der|seiner|ihrer)\s+(?:(?:ersten|neuen|gemeinsamen|schriftlichen|"
    r"aktuellen)\s+)?(?:Presse)?(?:Mitteilung|Stellungnahme|"
    r"Erklärung|Botschaft|Grußbotschaft|Grußwort|Rede|Ansprache)\s+(?:von\s+|(?P<gen>des|der)\s+)(?=\S)"
)
_VERDICT_OF = re.compile(
    r"^\s*,\s*(?:lautet|lautete|ist|war)\s+das\s+(?:Fazit|Credo|Motto|Resümee|Urteil)\s+"
    r"(?:von\s+|(?P<gen>des|der)\s+)(?=\S)"
)
_WITH_THE_WORDS = re.compile(r"\b[Mm]it\s+(?:den|diesen|seinen|ihren)\s+Worten\s*:?\s*$")
_SO_ALSO = re.compile(r"^\s*,?\s*so\s+(?:auch\s+)?(?:bei|für|in|im|mit|an)\b")
_THEIR_MOTTO = re.compile(
    r"^\s*,\s*(?:lautet|lautete|ist|war)\s+(ihr|sein)\s+(?:Credo|Motto|Fazit|Rat|Appell|Wunsch|Resümee|"
    r"Leitsatz|Versprechen|Ratschlag|Lebensmotto)\b"
)
_ZUFOLGE = re.compile(r"^\s*[,;]?\s*(.{3,120}?)\s+zufolge\b")
_PAREN_SOURCE = re.compile(
    rf"^\s*\(((?:{HONORIFIC}\s+)*[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:von|van|de|zu)?\s*[A-ZÄÖÜ][\wäöüß-]+)?)"
    r"(?:,?\s+([^()]{3,160}))?\)"
)
# a signature of given name and initial after a quote (``„…“ – Roland M.``, ``„…“ Luisa P. „…“``)
_INITIAL_SIGNATURE = re.compile(
    r"^\s*(?:[–—-]\s*([A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ]\.)|([A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ]\.)(?=\s*(?:[„“\"»]|$)))"
)
# a question's asker after a dash (``„…?“ – die Frage stellte X in den Raum``)
_QUESTION_POSED = re.compile(
    r"^\s*[–—-]\s*(?:die|diese|eine|seine|ihre)\s+Frage\s+(?:stellte|stellt|warf|wirft|richtete|richtet)\s+"
)
# the lower-case words an office's apposition may hold (``Leiterin des Referates 112 für …``)
_APPOSITION_LINKS = {
    "der", "des", "den", "dem", "die", "das", "für", "und", "im", "in", "am", "an", "bei", "beim", "zum",
    "zur", "vom", "von", "zu", "e", "mbH", "gGmbH",
}  # fmt: skip
# a source signing the quote before it, office after the name, the sentence ended there (``„…“ Daniela
# van Wyk, Leiterin des Referates 112.``)
_BARE_SOURCE = re.compile(
    rf"^\s*((?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+(?:(?:von|van|de|zu)\s+)?"
    r"[A-ZÄÖÜ][\wäöüß-]+),\s+([A-ZÄÖÜ][^.!?„“\"»«:;()]{3,140}?)\.(?:\s|$)"
)
# a state of mind or a summing up after the quote (``„…“, ist sich Kurth sicher``, ``…, ist der Bürgermeister
# überzeugt``, ``…, zog Landrat X Bilanz``): the subject between the verb and its predicate
_SURE_AFTER = re.compile(
    r"^\s*,\s*(?:(?:ist|war|zeigt|zeigte)\s+(?:sich\s+)?(.{3,80}?)\s+(?:(?:ganz|absolut|fest|sehr)\s+)?"
    r"(?:sicher|überzeugt|gewiss|zuversichtlich|optimistisch|stolz|froh)"
    r"|(?:zog|zieht)\s+(.{3,80}?)\s+(?:(?:ein|eine|sein|ihr)\w*\s+)?(?:[a-zäöüß]+e\w*\s+)?(?:Bilanz|Fazit|Resümee)"
    # two of one mind (``„…“, sind sich X und Y einig``)
    r"|(?:sind|waren)\s+sich\s+(.{3,200}?)\s+(?:(?:völlig|absolut|ganz)\s+)?einig"
    # ``„…“, wird Bürgermeister X zitiert``, ``…, meldete sich X zu Wort``
    r"|(?:wird|wurde)\s+(.{3,80}?)\s+zitiert|(?:meldete|meldet)\s+sich\s+(.{3,80}?)\s+zu\s+Wort)"
    r"\s*[.,]"
)
# ``„…“ So die Worte von Bürgermeister X.``, ``„…“, so die Meinung des Bezirksbürgermeisters X.``
_WORDS_OF = re.compile(
    r"^\s*[,.]?\s*[Ss]o\s+(?:laut(?:en|et|ete)\s+)?(?:die|das)\s+(?:Worte|Meinung|Einschätzung|Ansicht|Fazit|Urteil)\s+"
    r"(?:von\s+|(?P<gen>des|der)\s+(?=[A-ZÄÖÜ]))"
)
_AND_VERB_END = re.compile(rf"\bund\s+(?:{VERBS})(?:\s+{_ADVERBIAL})*\s*:?\s*$")
# an attribution inside a quotation whose closing mark is missing (``„Die Kinder …, sagte Krumbach.``)
_UNCLOSED_ATTRIBUTION = re.compile(
    rf",\s+(?:{VERBS})\s+(?:(?:der|die)\s+)?(?:[A-ZÄÖÜ][\wäöüß.-]*\s+){{0,3}}[A-ZÄÖÜ][\wäöüß-]+[.,]"
)


def _closed_at_attribution(text: str, span: QuoteSpan) -> QuoteSpan:
    """An unclosed quotation ends where an attribution follows its words, not at the paragraph's end."""
    if span.closed or text[: span.start].rstrip().endswith(":"):
        return span  # ``erinnerte an die Anfänge: „Damals …, erzählte X. Heute …``: the introduced speaker's
    m = _UNCLOSED_ATTRIBUTION.search(text, span.start + 1, span.end)
    if m is None or len(text[span.start + 1 : m.start()].split()) < 3:
        # (or before a sentence about the speaker named before it: ``„Ihr helft … Wetter. Dollase hatte …``)
        told = next(
            (
                t
                for t in _NARRATED.finditer(text, span.start + 1, span.end)
                if _named_before(t.group(1), text[: span.start])
            ),
            None,
        )
        if told is None or len(text[span.start + 1 : told.start()].split()) < 3:
            return span
        return QuoteSpan(span.start, told.start(), text[span.start + 1 : told.start()].strip(), closed=False)
    return QuoteSpan(span.start, m.start(), text[span.start + 1 : m.start()].strip(), closed=False)


def _named_before(surname: str, text: str) -> bool:
    """``text`` names a person by ``surname`` after a given name (``Tobias Roth``, not ``Stadt Neustadt``)."""
    for m in re.finditer(rf"\b([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(surname)}\b", text):
        person = split_name([m.group(1), surname])
        if person is not None and person.given_name == m.group(1):
            return True
    return False


# a sentence narrating what a named person did (``Dollase hatte …``, ``Weber besuchte …``)
_NARRATED = re.compile(
    r"(?<=[.!?])\s+([A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+(?:hatte|hat|war|ist|[a-zäöüß]{3,}te)\b"
)
