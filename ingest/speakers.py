"""Speakers and their direct quotes: attribution after, before or around a quotation,
role-only and pronoun references, continuation quotes, surname-only references."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise

from archive import gazetteer
from archive.record import Speaker
from ingest.blocks import Block
from ingest.boilerplate import split_sentences
from ingest.dates import MONTH_RE, WEEKDAY_RE
from ingest.names import (
    BERLIN_DISTRICTS,
    BODY_WORD,
    CONNECTORS,
    DOUBLE_SURNAME_FIRST,
    HONORIFIC,
    MINISTER_OFFICE,
    NON_NAME,
    PARTY,
    RESPONSIBLE_FOR,
    ROLE_ABBREV,
    ROLE_ABBREVIATIONS,
    TITLE_ADJ,
    WORDS_SPOKEN,
    PersonName,
    common_given_name,
    is_land,
    is_name_token,
    is_role_noun,
    is_role_word,
    is_surname_like_role,
    land_of_adjective,
    middle_initials,
    minister_house,
    ministry_of,
    ministry_stated,
    nominative_role,
    organisation_of,
    place_adjective,
    senate_department,
    spelled_alike,
    split_name,
    to_nominative,
    with_initials,
    without_initials,
)
from ingest.quotes import CLOSING_ATTRIBUTION, QuoteSpan, find_quotes, sounds_spoken

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
# an office's colloquial name (``Kreischefin``, ``Rathauschef``, ``Verwaltungschef``)
_COLLOQUIAL_OFFICE = re.compile(
    r"(Kreis|Rathaus|Stadt|Verwaltungs|Gemeinde|Amts|Landkreis)(?:chef(?:in)?|oberhaupt)"
)
_MAYOR = "(?:Ober)?[Bb]ürgermeister"
_COLLOQUIAL_FOR = {  # the offices a colloquial name stands for
    "Kreis": "Landr", "Landkreis": "Landr", "Rathaus": _MAYOR, "Stadt": _MAYOR, "Gemeinde": _MAYOR,
    "Verwaltungs": f"{_MAYOR}|Landr|Amtsdirektor", "Amts": "Amtsdirektor",
}  # fmt: skip
# a sentence of report closed by who told it (``…, erzählte Organisatorin Edith X.``)
_TOLD_BY = re.compile(
    r"\s(?:erzählte|erzählt|sagte|sagt|berichtete|berichtet|erklärte|erklärt|betonte|betont|meinte|meint|"
    r"ergänzte|ergänzt|schilderte|schildert|erläuterte|erläutert)\s+"
    r"((?:(?:[A-ZÄÖÜ][\wäöüß.-]*|von|van|de|zu|vom|zur)\s+){1,4}[A-ZÄÖÜ][\wäöüß-]+)\.?$"
)
# a deputy's or an acting holder's qualifier, part of the office
_DEPUTY = r"(?:(?:stellvertretende|kommissarische|amtierende)[nr]?|(?:erste|zweite|dritte)r?)"
# an adjective of an apposition's office (``…, der allgemeine Vertreter des Bürgermeisters``), no pronoun
_APPOSED_ADJ = (
    r"(?!(?:seine|ihre|unsere|keine|meine|deine|eure|diese|jene|beide|welche)[nrs]?\b)[a-zäöüß]{3,}e[rn]?"
)
# a dateline of place and date opening a paragraph (``Berlin, 5. Januar 2024 – ``)
_DATELINE_LEAD = re.compile(
    r"^[A-ZÄÖÜ][\wäöüß/.-]*(?:\s+[A-ZÄÖÜ][\wäöüß.-]*)?,?\s+(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)"
    r"\s*\d{4}\s*[–—-]\s+"
)
_PLACE_DOT_BEFORE = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?\.\s+(?=[„“\"»])")
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
# the same speaker goes on after a quote (``Und weiter: „…“``, ``Außerdem:``)
_GOES_ON = re.compile(r"(?:^|[.!?]\s+)(?:Und\s+)?(?:[Ww]eiter|[Ff]erner|[Aa]ußerdem|[Zz]udem)\s*:\s*$")
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
# a word before a quoted title (``das Büchlein „…“``, ``mit „…“``): the quote is a name
_DETERMINER_WORD = r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|unser\w*|ihr\w*|sein\w*)"
_TITLE_BEFORE = re.compile(
    rf"\b(?:{_DETERMINER_WORD}|auf|mit|für|von|zu|zum|zur|im|in|an|am|aus|bei|über|unter|durch|gegen|ohne|um|"
    rf"{_DETERMINER_WORD}\s+(?!(?:Worten?|Sätzen?|Satz|Appell|Aufruf|Fazit|Mahnung|Warnung|Bitte)\s*$)"
    r"[A-ZÄÖÜ][\wäöüß-]+)\s*$"
)
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
# a verb of saying closing the clause before a quote that has no colon (``X erklärt hierzu „…“``)
_SAID_UNMARKED = re.compile(
    r"\s(?:sagte|sagt|erklärte|erklärt|betonte|betont|ergänzte|ergänzt|meinte|meint|unterstrich|unterstreicht)"
    r"(?:\s+(?:hierzu|dazu|dabei|weiter|außerdem|abschließend|zudem|auch|noch))*"
    # (also with the topic: ``betont zur Bedeutung der Veranstaltung für den Bezirk „…“``, or the speaker
    # after the verb: ``Dazu erklärt Justizsenator Dr. Dirk X „…“``)
    r"(?:\s+(?:zur|zum|zu)\s+(?:[\wäöüßÄÖÜ-]+\s+){0,7}[\wäöüßÄÖÜ-]+|(?:\s+(?:Dr\.|Prof\.|[A-ZÄÖÜ][\wäöüß-]+)){2,6})?$"
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
# a sentence opened by its source: ``Laut Hafenmeister X ist der Steg „…“``, ``X zufolge ist …``
_LAUT_BEFORE = re.compile(
    r"^(?:Laut|(?:Nach (?:den )?(?:Worten|Ansicht|Auffassung|Meinung|Einschätzung|Aussage)|"
    r"Aus (?:der )?Sicht) "
    r"(?:von|(des|der)(?= [A-ZÄÖÜ])))\s+"
)
# the first word of Westphalian surnames of two words (``Schulze Pellengahr``, ``Große Kracht``)
# not a former holder of the office (``der ehemalige Landrat X`` is not ``der Landrat``)
_NOT_FORMER = "".join(
    rf"(?<!{w}e )(?<!{w}en )" for w in ("ehemalig", "früher", "damalig", "einstig", "verstorben")
)
# a sentence opened by whom it concerns: ``Für Bürgermeister X ist klar: „…“``
_FOR_BEFORE = re.compile(
    # (``Für die Staatssekretärin für Mieterschutz und Quartiersentwicklung X leisten die Siedlungen …: „…“``)
    # (also with an apposition: ``Für Johannes X, Vorsitzender der Geschäftsführung, stellen die Zahlen …``)
    r"^Für\s+(?:den\s+|die\s+)?((?:(?:[A-ZÄÖÜ][\wäöüß-]*|für|und)\s+){0,8}[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:,\s+[A-ZÄÖÜ][^,:]{3,100},)?)\s+"
    r"(?:ist|sind|war|waren|bedeutet|bedeuten|bedeutete|bedeuteten|steht|stand|stehen|bleibt|bleiben|"
    r"leistet|leisten|liegt|liegen|gilt|gelten|zählt|zählen|stellt|stellen|stellte|stellten)\b"
)
_ZUFOLGE_BEFORE = re.compile(r"^(.{3,100}?)\s+zufolge\b")
_LAUT_INSIDE = re.compile(r",\s+laut\s+((?:der|dem|des)?\s*[A-ZÄÖÜ][^,;:.!?]{2,80})$")


def _source_before(clause: str) -> str | None:
    """The source named at the start of the sentence that contains a quote, or ``None``."""
    if m := _LAUT_BEFORE.match(clause):
        # ``Aus Sicht des Präsidenten der …, Christian X, ist …``: the office in the nominative (not two
        # people, ``der Landrätin X und des Bürgermeisters Y``, nor a relative, ``des Vaters X``)
        office, _, rest = clause[m.end() :].partition(" ")
        if not m.group(1):
            return clause[m.end() :]
        nominative = nominative_role(office, m.group(1))
        if _KIN.fullmatch(nominative) or re.search(r"\s(?:und|sowie)\s+(?:des|der)\s", rest[:150]):
            return None
        return f"{nominative} {rest}"
    if m := _LAUT_INSIDE.search(clause):
        return m.group(1)  # ``Eine Ehrung erfuhr X, laut Bürgermeister „einer der ältesten …“``
    if m := _FOR_BEFORE.match(clause):
        # not two people (``Für Bürgermeisterin X und Landrat Y stellt der Bund …``)
        second = [w for w in re.findall(r"\bund\s+([A-ZÄÖÜ]\w+)", m.group(1)) if is_role_word(w)]
        return None if second else m.group(1)  # ``Für Stralsunds Oberbürgermeister X bedeuten die …``
    if m := _ZUFOLGE_BEFORE.match(clause):
        # ``Dem Landrat zufolge ist …``: the article opening the sentence, as inside one
        return re.sub(r"^(Dem|Der|Den)\b", lambda a: a.group(1).lower(), m.group(1))
    return None
# a person's relatives or friends, named by whose they are (``die Eltern von Anna X``)
_RELATIVE_OF = re.compile(
    r"^(?:der|die|den|dem|sein\w*|ihr\w*)\s+(?:Eltern|Mutter|Vater|Tochter|Sohn|Schwester|Bruder|Großeltern|Oma|"
    r"Opa|Ehefrau|Ehemann|Frau|Mann|Kinder|Freunde|Freundin|Freund|Nachbarn?|Nachbarin)\s+(?:von|des|der)\s"
)
# a person by age, a noun (``der 58-Jährige``, ``die Achtzigjährige``), not ``die langjährige Leiterin``
_AGED = re.compile(r"^(der|die)\s+(?:\d{1,3}-Jährige|[A-ZÄÖÜ][a-zäöüß]+jährige)\b(?!\s+[A-ZÄÖÜ])")
# (``er`` is the subject before an object, ``rief er den Teilnehmern zu``; ``sie die …`` may be the object)
_PRONOUN = re.compile(r"^(er|Er|sie|Sie)\b(?!(?<=[sS]ie)\s+(?:Ihnen|uns|den|die|das|alle))")
_ROLE_ONLY = re.compile(r"^(?:der|die|dem)\s+((?:[A-ZÄÖÜ][\wäöüß-]*\s+)*[A-ZÄÖÜ][\wäöüß-]*)\b")
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Prof|St|Nr|Co|bzw|ca|vgl|z\.B|u\.a|e\.V|a\.D|Ing|Dipl|Mag|inkl|ggf|evtl|Str|Jh|"
    rf"Abs|Art|gem|{ROLE_ABBREV})|"
    r"\b[A-ZÄÖÜa-zäöü]|(?<!\d{3})\d)\.$"  # an ordinal or a day (``3. Mai``), not a year ending a sentence
)
_TOKEN = re.compile(rf"{HONORIFIC}|e\.\s?[VG]\.|\bCo\.|[\wÄÖÜäöüß][\wÄÖÜäöüß'’./-]*|[,;:()–—.!?„“\"»«/]")


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
_TITLE_ADJ = re.compile(TITLE_ADJ)
# a Land's or town's adjective after an article, right before an office (``den Erfurter Oberbürgermeister``,
# ``der Hessische Innenminister``): part of the role as written
_PLACE_ADJ_BEFORE = re.compile(
    rf"\b(?:[Dd]e[rnms]|[Dd]ie)\s+((?i:{TITLE_ADJ})|[A-ZÄÖÜ][a-zäöüß]{{2,}}er)\s+$"
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
_ADJ = re.compile(
    r"^(?:neue[nrs]?|alte[nrs]?|erster?|zweiter?|dritter?|scheidende[nr]?|langjährige[nr]?|stellvertretende[nr]?|"
    rf"zuständige[nr]?|ehemalige[nr]?|amtierende[nr]?|designierte[nr]?|frühere[nr]?|regierende[nr]?|"
    rf"{TITLE_ADJ}|"  # ``israelische``, ``evangelische``: the office's country or church
    rf"(?i:{ROLE_ABBREV})\.?)$"
)


@dataclass
class _Ref:
    """Who a quote is attributed to."""

    person: PersonName | None = None
    role: str | None = None
    pronoun: str | None = None  # ``er`` or ``sie``
    role_only: str | None = None
    org: str | None = None  # an affiliation without a role noun (``Maren Lüdecke vom Institut für …``)
    addressed: bool = False  # named with ``Herr``/``Frau``: a person even by the surname alone
    aged: bool = False  # ``der 58-Jährige``: like a pronoun, but only where one person is named before


@dataclass
class _Person:
    speaker: Speaker
    roles: list[str] = field(default_factory=list)


_ANSWER = re.compile(
    rf"^((?:{HONORIFIC}\s+)*(?:[A-ZÄÖÜ][\wäöüß'-]+\s+){{0,2}}[A-ZÄÖÜ][\wäöüß'-]+)\s*:\s+(\S.*)$", re.S
)
_PAREN = re.compile(r"^\s*\([^()]{1,60}\)")
_PAREN_ROLE = re.compile(r"^\s*\(([^()]{4,200})\)")
_SEGMENT_END = re.compile(r"[:„“\"»«(]|[.!?](?:\s|$)")


# a leading determiner or possessive before a role noun (``Deren Landesvorsitzender``, ``Ihr Sprecher``)
_DETERMINER = re.compile(
    r"^(?:[Dd](?:er|ie|as|en|em|es|eren|essen)|[Ss]ein(?:e[mnrs]?)?|[Ii]hr(?:e[mnrs]?)?|[Uu]nser(?:e[mnrs]?)?|"
    r"[Ee]in(?:e[mnrs]?)?)\s+(?=[A-ZÄÖÜ])"
)


_PREPOSITIONS = {
    "Zur", "Zum", "Bei", "Beim", "Mit", "Nach", "Im", "Am", "Auf", "In", "An", "Vor", "Seit", "Während",
    "Für", "Über", "Unter", "Von", "Vom", "Aus", "Durch", "Gegen", "Ohne", "Um", "Neben", "Zwischen",
    "Hinter", "Laut", "Gemäß", "Als", "Nachdem", "Obwohl", "Weil", "Wenn", "Dass", "Sobald", "Bevor",
    "Seitdem", "Zu",
}
# a short noun phrase before a name, read as its role though the noun is not in our list
# (``Grafiker``, ``Brandenburger Amtskollege``, ``Gäste-Beraterin``)
_ROLE_NOUN_PHRASE = re.compile(
    r"(?:[A-ZÄÖÜ][\wäöüß]*er\s+|[a-zäöüß]+e[nr]?\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
)


def _words(text: str) -> int:
    return len(text.split())




# how an office is held, before its noun
_ORDINALS = {"erste", "erster", "zweite", "zweiter", "dritte", "dritter"}
_OFFICE_KIND = re.compile(r"(?:haupt|neben|ehren)amtliche[nr]?|geschäftsführende[nr]?|kommissarische[nr]?")


def _role_comma_name(s: str) -> tuple[_Ref | None, int]:
    """``Die Senatorin für Integration, Arbeit und Soziales, Katja Kipping`` (role, then the name)."""
    present = re.match(r"^((?:der|die|Der|Die)\s+)(?:anwesende|bisherige|künftige)[nr]?\s+", s)
    if present:  # ``die anwesende Staatsministerin für …, Petra X``: the office without the adjective
        ref, end = _role_comma_name(present.group(1) + s[present.end() :])
        return (ref, end + present.end() - len(present.group(1))) if ref is not None else (None, 0)
    head = re.match(r"^(?:(?:der|die|das|Der|Die|Das)\s+)?", s)
    rest = s[head.end() :] if head else s
    first, *more = rest.split(" ", 2)
    first = first.strip(",")
    # ``Berlins Senatorin für Justiz, …, Prof. Dr. Lena Kreck``: a genitive place before the office
    genitive = (
        re.fullmatch(r"[A-ZÄÖÜ][\wäöüß-]{3,}s", first)
        and first not in _NOT_GENITIVE
        and more
        and is_role_word(more[0].strip(","))
    )
    # ``der Berliner Senator für Kultur und Europa, Dr. Klaus X``: a place's adjective before the office
    # (or an office's capitalised adjective: ``der Ärztliche Direktor …, Prof. X``)
    adjectival = re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich|ig|al)e[nr]?", first) is not None
    placed = bool(more) and is_role_word(more[0].strip(",")) and (_place_or_land(first) or adjectival)
    # (``der hauptamtliche Beigeordnete des LWV Hessen, Dieter Schütz``; an ordinal only before an office:
    # not ``Der Dritte im Bunde, X``)
    placed_office = bool(more) and is_role_word(more[0].strip(","))
    if not (
        is_role_word(first)
        or (_ADJ.match(first.lower()) and not (first.lower() in _ORDINALS and not placed_office))
        or _OFFICE_KIND.fullmatch(first.lower())
        or genitive
        or placed
    ):
        return None, 0
    limit = len(s)
    named_until = -1
    for stop in _SEGMENT_END.finditer(s):
        # ``der Bundesagentur für Arbeit (BA), Daniel Terzenbach``: an abbreviation in the role; ``der
        # Verbandsgemeinde Kirchberg (Hunsrück), Harald X``: a place's qualifier
        bracket = re.match(
            # (or mixed case: ``Der Landesbeauftragte für den Datenschutz … (LfDI), Prof. Dr. X``)
            r"\(((?:[A-ZÄÖÜ]{2,6}|[A-ZÄÖÜ][a-zäöü]{0,2}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,5}|"
            r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)?))\),",
            s[stop.start() :],
        )
        in_role = ", " not in s[: stop.start()] and bracket is not None  # a party is stripped below
        if stop.start() <= named_until or in_role:
            continue
        if stop.group(0)[0] == "." and _abbreviation_at(s, stop.start()):
            continue  # ``Dr. Dirk Behrendt``
        named = re.match(r"[„»\"]([^„“”\"»«.!?;:]{2,60})[“”\"«]", s[stop.start() :])
        # ``Parkleiterin der „Gärten am See“, Henrike Moll``, ``Leiterin der Kita "Käte Duncker", Frau X``
        body_name = r"\b(?:der|des|die|das|dem|den|im|vom|beim|am|für)(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?\s*$"
        if named and re.search(body_name, s[: stop.start()]):
            named_until = stop.start() + named.end() - 1
            continue
        limit = stop.start()
        break
    parts = s[:limit].split(", ")
    if len(parts) > 6:
        # a roster of people and offices, unless the sentence opens with the office, the name and the verb
        # (``Der Regierende Bürgermeister von Berlin, Michael Müller, hat … gratuliert``; ``Die
        # Bezirksstadträtin für Weiterbildung, Kultur, …, Straßen und Grünflächen, Sabine X, informiert``)
        fields = _fields_listed(parts)
        verb = parts[fields + 2].split()[0] if parts[fields + 2].split() else ""
        if not (head and head.group(0) and verb[:1].islower() and verb not in CONNECTORS):
            return None, 0
        parts = parts[: fields + 3]
    if len(parts) < 2:
        return None, 0
    if re.search(
        # (a preposition inside an office: ``Landesbeauftragte für die Belange von Menschen mit …``)
        r"\b(?!(?:Der|Die|Das|Den|Dem|Des)\b)[A-ZÄÖÜ][\wäöüß-]*\s+"
        r"(?!(?:" + "|".join(CONNECTORS) + r"|mit|ohne)\b)"
        r"[a-zäöüß]{3,}\b",
        parts[0],
    ):
        return None, 0  # ``Die Kulturstadträtin gratulierte der Vorsitzenden, X``: a verb, not a role phrase
    # ``Vorstand Sandra Wiegmann, Bezirksstadträtin …, Karin Kortmann``: someone else is named first
    opener = split_name(parts[0].split())
    if opener is not None and opener.given_name and is_role_word((opener.role_prefix or "-").split()[-1]):
        return None, 0
    for pm in re.finditer(r"(\S+)\s+([A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+)\s+(?:und|sowie)\s", parts[0]):
        pair = split_name(pm.group(2).split())
        if is_role_word(pm.group(1)) and pair is not None and pair.given_name:
            # ``Bezirksbürgermeister Frank Balzer und der Bezirksstadtrat für …, X``: another person first
            return None, 0
    pos = len(parts[0])
    for k in range(1, len(parts)):
        seg = parts[k]
        words = seg.split()
        # ``an die Leiterin der Kita „Käte Duncker“, Frau Kiwatt,``: the office, then the addressed surname
        addressed = re.fullmatch(r"(?:Frau|Herrn?)\s+((?:Dr\.\s+)?[A-ZÄÖÜ][\wäöüß-]+)", seg.strip(" .;:"))
        if addressed and is_name_token(addressed.group(1).split()[-1]):
            person = split_name(addressed.group(1).split())
            if person is not None:
                role = re.sub(r"^(?:der|die|Der|Die)\s+", "", ", ".join(parts[:k]))
                # ``Die Bürgermeisterin und die Leiterin der Kita, Frau X``: the office next to the name
                role = re.split(r"\s+und\s+(?:der|die)\s+(?=[A-ZÄÖÜ])", role)[-1]
                return _Ref(person=person, role=role, addressed=True), pos + 2 + len(seg.rstrip(".;:"))
        # the name may be followed by its verb (``…, Rainer Hölmer sagt hierzu``)
        cut = next((j for j, w in enumerate(words) if w[:1].islower() and w not in CONNECTORS), len(words))
        cut2 = next((j for j, w in enumerate(words) if w[:1].islower()), len(words))
        for name_words in dict.fromkeys((tuple(words[:cut]), tuple(words[:cut2]))):
            if not 2 <= len(name_words) <= 5:
                continue
            person = split_name(list(name_words))
            tail = person.role_prefix if person is not None else None
            office = tail is not None and is_role_word(tail.split()[0])  # ``…, Landrat X, sagte``
            # (or with an honorific alone: ``der Ärztliche Direktor und Chefarzt der Kinderklinik, Prof. X``)
            named = person is not None and (person.given_name or (person.honorific and k == len(parts) - 1))
            if person is not None and named and (tail is None or k == len(parts) - 1 or office):
                # ``…, Arbeit und Soziales Kevin Hönicke``: the last item of the list runs into the name;
                # ``Präsident des Landkreistages, Landrat Max Muster``: the leading role phrase is the role
                # ``Schirmpatin des Projekts, Stadträtin X``: an honorary part yields to the office
                honorary = k == 1 and _HONORARY_PART.match(parts[0])
                lead = [] if tail and honorary and is_role_word(tail.split()[0]) else parts[:k]
                if tail and is_role_word(tail.split()[0]) and lead:
                    tail = None
                role = ", ".join([*lead, *([tail] if tail else [])])
                neuter = re.match(r"(?:das|Das)\s+([\wäöüß]+e)(?=\s+[A-ZÄÖÜ])", role)
                if neuter:  # ``das Geschäftsführende Mitglied`` → ``Geschäftsführendes Mitglied``
                    role = f"{neuter.group(1)}s{role[neuter.end() :]}"
                role = re.sub(r"^(?:der|die|das|Der|Die|Das)\s+", "", role)
                party = re.search(r"\s*\(([^()]+)\)$", role)
                if party and PARTY.match(party.group(1)):
                    role = role[: party.start()]  # ``Bezirksstadtrat … (CDU), X``: the office, not the party
                end = pos + 2 + len(" ".join(name_words))
                return _Ref(person=person, role=role), end
        pos += 2 + len(seg)
        if k >= 1 and not re.match(r"^[A-ZÄÖÜ]", seg):
            break
    return None, 0


def _fields_listed(parts: list[str]) -> int:
    """The index of the last item of an office's list of fields (``für Kultur``, ``Umwelt``, ``Straßen und
    Grünflächen``), 0 where ``parts`` does not open with one; at least three parts stay after it."""
    if " für " not in parts[0]:
        return 0
    for k in range(1, len(parts) - 2):
        if not _FIELD_ITEM.fullmatch(parts[k]):
            return 0
        if re.search(r"\s(?:und|sowie)\s", parts[k]):
            return k
    return 0


# one item of an office's list of fields: capitalised words (``Öffentlichen Raum``, ``Straßen und
# Grünflächen``)
_FIELD_ITEM = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:und|sowie|[A-ZÄÖÜ][\wäöüß-]*)){0,3}")
# the surname after its particle (``de Maizière``), ending the name
_SURNAME_NEXT = re.compile(r"\s+(?:der\s+|den\s+)?[A-ZÄÖÜ][^\W\d_]+(?:-[^\W\d_]+)*(?:[\s,.;:!?)]|$)")
# an honorary part of an event, not an office (``Schirmpatin des Projekts``, ``Lesepate``)
_HONORARY_PART = re.compile(r"^(?:(?:der|die|Der|Die)\s+)?(?:Schirm|[A-ZÄÖÜ]\w*pat)")
# a person's relatives or successors: a description of someone else than the one named (``sagt die Mutter``,
# ``die Ehefrau des Bürgermeisters, Anna X``, ``der Nachfolger des Rektors``)
_KIN = re.compile(
    r"(?:Mutter|Vater|Tochter|Sohn|Schwester|Bruder|Oma|Opa|Groß(?:mutter|vater|eltern)|Enkel\w*|Ehe\w+|Frau|"
    r"Mann|Kind|Nichte|Neffe|Partner(?:in)?|Witwer?|Nachfolger(?:in)?|Vorgänger(?:in)?|Gast|Gäste|"
    r"Tante|Onkel|Cousin\w*|Nachbar\w*|Freund\w*)$"
)
# a person described by what they do, ending the clause (``die Gemüsebäuerin``, ``der Imker``)
_PERSON_NOUN = re.compile(
    r"(?:der|die)\s+([A-ZÄÖÜ][a-zäöüß]+(?<!ein)(?:in|er|ist|ent|ant|eur|ling))(?=\s*(?:[.,;!?]|$))"
)
_ARTICLE_NEXT = re.compile(r"\s+(?:den|dem|die|der|das)\s")
_WHEN_NEXT = re.compile(
    r"\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Rande|Vormittag|"
    r"Nachmittag|Abend|Morgen|Anschluss|Rahmen|Gespräch|Interview|Namen|Rathaus|Vorfeld|Nachgang)"
)
_OCCASION_NEXT = re.compile(
    r"\s+(?:Abschluss|Schluss|Auftakt|Start|Ende|Beginn|Abschied|Begrüßung|Eröffnung|Einstimmung|Einstieg|"
    r"Einweihung|Übergabe)\b"
)
# besides the bodies, words naming where someone works (``Fachdienst``, ``Schuldnerberatungsstelle``)
_WORKPLACE = re.compile(
    r"(?:stelle|haus|team|initiative|sekretariat|dezernat|dienst|büro|schule|kita|polizei|feuerwehr|bibliothek|"
    r"bücherei|museum|theater|klinik|klinikum|revier|direktion|gericht|werke?)$",
    re.I,
)
# after an office named with ``als``: the verb's object, a time or an occasion (``als Kommandantin beim
# Festakt``, ``als Kreishandwerksmeister der Kreishandwerkerschaft X die anwesenden …``)
_OFFICE_ENDS = re.compile(
    r"(?<=[A-ZÄÖÜa-zäöüß]{3})\s+(?:(?:die|den|das|dem)\s+[a-zäöüß]|beim\b|während\b|gegenüber\b|vor\s+(?:rund\s+)?\d"
    r"|im\s+(?:Gespräch|Rahmen|Anschluss|Interview)\b).*$"
)


def _office_phrase(text: str) -> str:
    """The office an ``als`` names, without what the sentence goes on with."""
    return _ROLE_WHEN.sub("", _OFFICE_ENDS.sub("", text)).strip()


_AS_OFFICE = re.compile(r"^\s+(?:in\s+(?:seiner|ihrer)\s+(?:Funktion|Eigenschaft)\s+)?als\s+(?=[A-ZÄÖÜ])")
_ALIAS = re.compile(r"^\s*,?\s+alias\s+((?:[A-ZÄÖÜ][a-zäöüß]+\s+){1,2}[A-ZÄÖÜ][\wäöüß-]+)")
_SURNAME_THEN_PLACE = re.compile(
    r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?=\s+(?:vom|von|aus|bei|am|im)\s)"
)
_ADDRESSED_FROM = re.compile(
    r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+(vom|von\s+der)\s+"
    r"([A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:der|des|für)\s+[A-ZÄÖÜ][\wäöüß-]+|\s+[A-ZÄÖÜ][\wäöüß-]+)*)"
    r"(?=\s*[,.;:!?)]|\s*$|\s+[a-zäöüß])"
)
_ADDRESS = re.compile(r"(?:Herr|Herrn|Frau)\s+(?=[A-ZÄÖÜ])")
_NOT_GENITIVE = {"Alles", "Etwas", "Dieses", "Jedes", "Eines", "Unseres", "Anders", "Bereits", "Abends"}
_RESPONSIBLE = re.compile(
    rf"^(?:(?:der|die|Der|Die)\s+)?(?:(?:ebenfalls|auch|neue|neuen)\s+)?({RESPONSIBLE_FOR})\s+(?=[A-ZÄÖÜ])"
)
_PARTICLE_SURNAME = re.compile(
    r"^((?:[Vv]on|[Vv]an|de|zu|[Vv]on der|[Vv]an der)\s+[A-ZÄÖÜ][\wäöüß-]+)(?=\s*(?:[.,;:]|$))"
)


# a noun for the person before the form of address (``Der Nachbar Herr Brandt``)
_NOUN_BEFORE_ADDRESS = re.compile(
    r"^(?:(?:Der|Die|der|die)\s+)?([A-ZÄÖÜ][a-zäöüß]+)\s+(?=(?:Herrn?|Frau)\s+[A-ZÄÖÜ])"
)
# a full name right before an office that a phrase continues (``Manuela X Bezirksstadträtin für …``)
_UNMARKED_APPOSITION = re.compile(
    r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+"
    # (also after its article: ``Stefan X der General Manager des Hotels hat …``)
    r"(?P<article>(?:der|die)\s+)?(?P<office>(?:[A-ZÄÖÜ][\wäöüß-]+\s+)??[A-ZÄÖÜ][\wäöüß-]+)\s+"
    r"(?:für|der|des|im|in|von|vom)\s"
)

# where an office without commas around it ends: a punctuation mark, a lower-case word other than a
# connector, or a second subject (``und die QPK``)
_OFFICE_LINK = r"(?:für|und|der|des|dem|den|im|in|von|vom|am|an|zur|zum|bei|beim|mit|aus)"
_UNMARKED_OFFICE_END = re.compile(
    r"\s*[,;:.!?(]|\s+und\s+(?:der|die|das)\b|"
    # (with the links before it: ``… für Umwelt in einer Mitteilung``; a time: ``… am Montag in Berlin``)
    rf"(?:\s+{_OFFICE_LINK})*\s+(?!{_OFFICE_LINK}\b)[a-zäöüß]|"
    rf"\s+(?:am|an|vom|im)\s+(?:{WEEKDAY_RE}|Wochenende|Rande|Rahmen|\d)"
)


# a parliamentary mandate after a name (``MdL``, ``MdB``, ``MdEP``, ``MdA``)
_MANDATE = re.compile(r"(?<=[a-zäöüß])\s+Md(?:L|B|EP|A|BB)(?=[\s,.;:)]|$)")


# an office's genitive body, then the verb's object without a comma (``… des Ordnungsamtes das Jahr``)
_GENITIVE_THEN_OBJECT = re.compile(
    r"^(.*?\b(?:des|eines)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+)*[A-ZÄÖÜ][\wäöüß-]*e?s)\s+(?:die|den|das|dem)\s+[a-zäöüß]"
)


# lowercase words before an office that are no brand's name (``unser Geschäftsführer``)
_NO_BRAND = {"unser", "ihr", "sein", "euer", "mein", "dein", "kein", "jener", "dieser", "jeder", "laut", "so"}


_POSSESSIVE_LEAD = re.compile(r"^\s*(?:deren|dessen)\s+(?=([A-ZÄÖÜ][\wäöüß-]+)\s+[A-ZÄÖÜ])")


def _subject(text: str) -> tuple[_Ref | None, int]:
    """Parse the grammatical subject at the start of ``text``: a name, role+name, pronoun or role."""
    # a member's mandate after the name (``Muhterem Aras MdL``) is blanked out, the offsets kept
    text = _MANDATE.sub(lambda m: " " * len(m.group(0)), text)
    # (a possessive before the office: ``sagt deren Leiter Marcus X``)
    if (lead := _POSSESSIVE_LEAD.match(text)) and is_role_noun(lead.group(1)):
        text = " " * lead.end() + text[lead.end() :]  # (not ``sagt dessen Sohn X``)
    s = text.lstrip()
    off = len(text) - len(s)
    m = _PRONOUN.match(s)
    if m:
        return _Ref(pronoun=m.group(1).lower()), off + m.end()
    if _RELATIVE_OF.match(s):
        return None, 0  # ``sagen die Eltern von Anna X``: someone's relatives, unnamed
    if am := _AGED.match(s):  # ``sagt der 58-Jährige``: the person just spoken of, as a pronoun would
        return _Ref(pronoun="er" if am.group(1) == "der" else "sie", aged=True), off + am.end()
    if (nm := _NOUN_BEFORE_ADDRESS.match(s)) and not is_role_word(nm.group(1)):
        ref, end = _subject(s[nm.end() :])  # ``Der Nachbar Herr Brandt hatte …``: the person, no office
        return (ref, off + nm.end() + end) if ref is not None else (None, 0)
    if am := _ADDRESS.match(s):
        # ``Herr Bewig, Bezirksbürgermeister von Spandau``: the form of address is no part of the name
        wm = _ADDRESSED_FROM.match(s, am.end())
        place = wm.group(3).split()[0] if wm else ""
        # not ``vom Rednerpult``; ``vom Fraunhofer IPA``: a name with an abbreviation
        abbreviated = wm is not None and re.search(r"\s[A-ZÄÖÜ]{2,6}$", wm.group(3)) is not None
        if wm and (BODY_WORD.search(place) or _WORKPLACE.search(place) or abbreviated):
            # ``Frau Schönfelder vom Ordnungsamt``: a surname and where the person works
            person = PersonName(wm.group(1), None, None, wm.group(1), None)
            org = to_nominative(wm.group(3), "von der" if wm.group(2).endswith("der") else "dem")
            return _Ref(person=person, org=org, addressed=True), off + wm.end()
        ref, end = _subject(s[am.end() :])
        lone = _SURNAME_THEN_PLACE.match(s, am.end())
        if (ref is None or ref.person is None) and lone and is_name_token(lone.group(1)):
            # ``rief Frau Lehmann vom Rednerpult aus``: the surname, then where she stands
            surname = lone.group(1)
            ref, end = _Ref(person=PersonName(surname, None, None, surname, None)), lone.end(1) - am.end()
        if ref is None or ref.person is None:
            return None, 0
        ref.addressed = True
        return ref, off + am.end() + end
    um = _UNMARKED_APPOSITION.match(s)
    # (not a possessive: ``Petra Kellers Sprecher im Ministerium Jonas X``)
    possessive = um is not None and um.group("name").endswith("s")
    named = um is not None and not possessive and all(is_name_token(w) for w in um.group("name").split())
    office_words = um.group("office").split() if um else []
    # (an office of two words after an article only: ``der General Manager``)
    office_ok = um is not None and is_role_word(office_words[-1])
    office_ok = office_ok and (len(office_words) == 1 or bool(um.group("article")))
    if um and named and office_ok:
        # ``erklärt Manuela X Bezirksstadträtin für Ordnung``: the apposition's commas left out; the office
        # ends where the words stop being its (``… für Gesundheit und die QPK laden …``)
        cut = um.end("name")
        stop = _UNMARKED_OFFICE_END.search(s, um.start("office"))
        close = stop.start() if stop else len(s)
        lead = re.sub(r"\S", " ", s[cut : um.start("office")])  # an article blanked, the offsets kept
        ref, end = _subject(f"{s[:cut]},{lead}{s[um.start('office') : close]},{s[close:]}")
        if ref is None or end < close + 1:
            return None, 0
        return ref, off + end - (1 if end == close + 1 else 2)
    zm = _RESPONSIBLE.match(s)
    if zm:  # ``der ebenfalls für Sport zuständige Bezirksstadtrat Harald Muschner``
        ref, end = _subject(s[zm.end() :])
        if ref is not None and ref.person is not None and ref.role:
            ref.role = f"{zm.group(1)} {ref.role}"
            return ref, off + zm.end() + end
    pm = _PARTICLE_SURNAME.match(s)
    if pm:  # ``so von Kleewitz``, ``Von Broock:`` at a sentence start: a surname with its particle
        surname = pm.group(1)[0].lower() + pm.group(1)[1:]
        return _Ref(person=PersonName(surname, None, None, surname, None)), off + pm.end(1)
    if ", " in s[:200]:
        ref, end = _role_comma_name(s)
        if ref is not None:
            return ref, off + end
    tokens: list[str] = []
    end = 0
    first = True
    qualified = False  # an attributive word skipped after the article (``so ein enttäuschter …``)
    skip_to = 0
    brand_name = None  # a lowercase brand written apart before its office (``bremenports``)
    for tm in _TOKEN.finditer(s):
        tok = tm.group(0)
        if tm.start() < skip_to:
            continue  # inside a body's abbreviation taken whole
        if first:
            first = False
            # ``degewo-Vorstand Sandra Wehrmann``: a lowercase brand's office opens the subject
            brand_role = re.fullmatch(r"[a-zäöü][\wäöü]*-[A-ZÄÖÜ][\wäöüß-]*", tok) and is_role_word(tok)
            # (or written apart: ``so bremenports Geschäftsführer Robert Howe``)
            apart = re.match(r"[a-zäöü][a-zäöü]+\s+([A-ZÄÖÜ][\wäöüß-]+)\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ]", s)
            brand = apart and tok not in _NO_BRAND and not re.search(r"(?:e|en|er|es|em)$", tok)
            if brand and is_role_word(apart.group(1)):
                brand_role, brand_name = True, tok
            articles = {"der", "die", "dem", "den", "ein", "eine"}
            lower = tok[:1].islower() and tok not in articles and not _ADJ.match(tok)
            if lower and not brand_role:
                return None, 0  # ``führte zum Verkauf …``: no subject here
            if tok in _PREPOSITIONS:
                return None, 0  # ``Zur Eröffnung … von Top Tegel``: an adverbial, not the subject
        if (
            len(tokens) == 1
            and tokens[0].lower() in {"der", "die", "dem", "den", "ein", "eine"}  # ``so ein enttäuschter …``
            and re.fullmatch(r"[a-zäöüß]+(?:e|en|er)|ebenfalls|auch|sichtlich|frisch|neu", tok)
            and not _TITLE_ADJ.fullmatch(tok)
            and tok != "zuständige"  # ``die zuständige Bezirksstadträtin X``: the office as stated
            # ``der stellvertretende Landrat``: part of the office
            and not re.fullmatch(_DEPUTY, tok)
        ):
            qualified = True
            continue  # ``die strahlende Irina Palina``, ``die ebenfalls anwesende …``: attributive words
        if (
            tok
            in {
                "der",
                "die",
                "das",
                "den",
                "dem",
                "des",
                "bei",
                "beim",
                "im",
                "am",
                "in",
                "auf",
                "aus",
                "für",
                "an",
                "mit",
                "zum",
                "zur",
                "nach",
                "vor",
            }
            and (
                (
                    len(tokens) >= 2
                    # ``Landrat Ralf Leßmeister die Reihe``: a surname that is also a role noun, after a name
                    and (is_name_token(tokens[-1]) or is_surname_like_role(tokens[-1]))
                    and is_name_token(tokens[-2])
                    and tokens[-3:-2] not in (["des"], ["der"])  # ``Beauftragte des Berliner Senats für …``
                )
                # ``„…“ bringt Frieber auf den Punkt``: a surname, then an adverbial
                or (len(tokens) == 1 and is_name_token(tokens[0]) and _ARTICLE_NEXT.match(s[tm.end() :]))
            )
        ) or (
            # ``fordert Landrat Schellhaas zur Unterstützung auf``, ``wollte Professor Dr. Ungerer zum
            # Einstieg … wissen``: an office or honorific and a surname, then an adverbial
            tok in {"zur", "zum", "bei", "beim", "im", "am", "auf", "nach", "vor", "mit"}
            and 2 <= len(tokens) <= 4
            and all(is_role_word(t) or re.fullmatch(HONORIFIC, t) for t in tokens[:-1])
            and is_name_token(tokens[-1])
        ) or (
            # ``bedankte sich Duschka bei Landrat Marx``: a surname alone, then a preposition's object
            tok in {"bei", "beim", "gegenüber", "an", "mit", "nach", "über", "aus", "zu"}
            and len(tokens) == 1
            and is_name_token(tokens[0])
            and re.match(r"\s+[A-ZÄÖÜ]", s[tm.end() :]) is not None
        ) or (
            # ``dankte Krumbach den Gästen``: a surname alone, then the verb's object
            tok in {"den", "dem", "die", "das"}
            and len(tokens) == 1
            and is_name_token(tokens[0])
            and re.match(r"\s+[A-ZÄÖÜ]", s[tm.end() :]) is not None
        ) or (
            # ``sagte der Bürgermeister zum Abschluss``, ``so Krumbach zur Begrüßung``: the occasion
            tok in {"zum", "zur"}
            and tokens
            and (is_name_token(tokens[-1]) or is_role_word(tokens[-1]))
            and _OCCASION_NEXT.match(s[tm.end() :]) is not None
        ) or (
            # ``sagte Matthiesen am Mittwoch``, ``Bürgermeister Kahl beim Rundgang``: a time or occasion
            0 < len(tokens) <= 3
            and all(t[:1].isupper() for t in tokens)  # a name with its office, not ``… der Abteilung``
            and is_name_token(tokens[-1])
            and (tok == "beim" or (tok in {"am", "im"} and _WHEN_NEXT.match(s[tm.end() :])))
        ):
            break  # ``Prof. Dr. Geraldine Rauch die Bedeutung …``: the name ends before the object
        domain = "für" in tokens[1:] and is_role_word(tokens[tokens.index("für") - 1])
        if tok == "," and domain and _DOMAIN_LIST_ON.match(s[tm.end() :]):
            tokens.append(tok)  # ``Bezirksstadtrat für Bauen, Planen und Facility Management X``: the office
            end = tm.end()
            continue
        short = tok == "(" and re.match(r"([A-ZÄÖÜ][A-Za-zÄÖÜ]{1,7})\)\s+(?=[A-ZÄÖÜ])", s[tm.end() :])
        body_short = short and not PARTY.match(short.group(1))  # (not ``… des Bauausschusses (SPD) Tom X``)
        if short and body_short and {"des", "der"} & set(tokens) and any(is_role_word(t) for t in tokens[:2]):
            # ``der Präsident des Deutschen Tourismusverbandes e.V. (DTV) Reinhard X``: the body's short form
            tokens.append(f"({short.group(1)})")
            end = skip_to = tm.end() + short.end(1) + 1
            continue
        if tok in {",", ";", ":", "(", ")", "–", "—", ".", "!", "?", "„", "“", '"', "»", "«"}:
            break
        if tok in {"die", "das", "den", "dem"} and tokens and is_role_word(tokens[-1]):
            break  # ``verabschiedete der Bürgermeister die Ratsmitglieder``: the office, then its object
        if tok == "/" and len(tokens) >= 2 and is_name_token(tokens[-1]) and is_name_token(tokens[-2]):
            break  # ``Bezirksbürgermeister Kai Kahl /Die Linke``: a party after the name
        if re.fullmatch(r"\d{4}", tok) and len(tokens) >= 2 and is_name_token(tokens[-1]):
            break  # ``die Schriftstellerin Ruth Andreas-Friedrich 1948 in ihrem Tagebuch``: a year follows
        if tok in {"Der", "Die", "Das", "Ein", "Eine"} and len(tokens) >= 2 and is_name_token(tokens[-1]):
            break  # ``erklärt Baustadtrat Florian Schmidt Das Kreuzberger …``: a lost full stop
        if tok in WORDS_SPOKEN and tokens and (is_name_token(tokens[-1]) or is_role_word(tokens[-1])):
            break  # ``richtete Landrat X Worte der Anerkennung an …``: the name, then the verb's object
        next_phrase = re.match(r"\s+(?:[A-ZÄÖÜ]|(?:der|die)\s)", s[tm.end() :])  # ``und der israelische …``
        if tok in {"und", "sowie"} and len(tokens) >= 3 and next_phrase:
            named = split_name(tokens)
            prefix = named.role_prefix if named is not None and named.given_name else None
            if prefix and any(is_role_word(w) for w in prefix.split()):
                break  # ``Oberbürgermeister Stefan Kramm und Prof. Dr. …``: the first person's phrase ends
        office_surname = len(tokens) == 2 and is_role_word(tokens[0]) and is_name_token(tokens[1])
        if tok in {"und", "sowie"} and office_surname:
            break  # ``Landrat Huber und Bürgermeisterin Petra X``: the first person ends
        named = len(tokens) >= 2 and is_name_token(tokens[-1]) and is_name_token(tokens[-2])
        attributive = _ADJ.match(tok.rstrip(".")) and not named  # not after a complete name
        # ``Bundesinnenminister Dr. de Maizière``: a surname's particle after the honorific, or after a given
        # name where the surname ends the name (not ``Jean Morel de Paris aus …``)
        after_given = len(tokens) == 1 or (len(tokens) >= 2 and not is_name_token(tokens[-2]))
        particle = (
            tok in {"de", "van", "ten", "le"}
            and tokens
            and (re.fullmatch(HONORIFIC, tokens[-1]) or (is_name_token(tokens[-1]) and after_given))
            and _SURNAME_NEXT.match(s[tm.end() :])
        )
        lower = tok[:1].islower() and tok not in {*CONNECTORS, *_LEGAL_FORMS}
        if lower and not attributive and not particle and tokens:
            break  # ``Bürgermeister Ralph Spiegler neuer Präsident …``: the name is complete
        # ``Vorsitzender des Bauhaus-Archiv e.V. Dr. Markus Klimmer``: the body's legal form inside a role
        # ``Hermann Hamma vom Volksbund … e. V. in Biberach``: or inside an affiliation
        in_role = tok in _LEGAL_FORMS and any(is_role_word(t) or t in {"vom", "von"} for t in tokens)
        abbreviation = re.fullmatch(rf"{HONORIFIC}|[A-ZÄÖÜ]\.|(?:{ROLE_ABBREV})\.", tok)
        # ``der 1. stv. Bürgermeister``: an ordinal opening the office
        ordinal = re.fullmatch(r"\d{1,2}\.", tok) and tokens[-1:] in ([], ["der"], ["die"])
        office_next = re.match(rf"\s+(?:(?:{ROLE_ABBREV})\.|([A-ZÄÖÜ][\wäöüß-]+))", s[tm.end() :])
        office_next = office_next and (office_next.group(1) is None or is_role_word(office_next.group(1)))
        abbreviation = abbreviation or (ordinal and office_next)
        if tok.endswith(".") and not in_role and not abbreviation:
            tokens.append(tok[:-1])
            end = tm.end() - 1
            break
        tokens.append(tok)
        end = tm.end()
        if len(tokens) > 14:
            break
    while tokens and tokens[-1] in CONNECTORS:
        tokens.pop()
    if not tokens:
        return None, 0
    org = None
    for j in range(2, len(tokens) - 1):
        # ``Prof. Dr. Maren Lüdecke vom Institut für Biowissenschaften``: name, then the affiliation
        t, nxt = tokens[j], tokens[j + 1]
        bare_von = t == "von" and nxt[:1].isupper() and len(tokens) - j - 1 >= 2
        if not (t == "vom" or (t == "von" and nxt in {"der", "dem", "den"}) or bare_von):
            continue
        # ``Roland Prejawa von Urban Contemporary``: a full name, then ``von`` and two or more words;
        # a single word after ``von`` is a name particle (``Stephan von Dassel``)
        named = split_name(tokens[:j])
        tail = tokens[j + 1 :] if t == "vom" or bare_von else tokens[j + 2 :]
        if named is not None and named.given_name and tail and tail[0][:1].isupper():
            article = nxt if t == "von" and nxt in {"der", "den"} else "dem"
            # the name ends with its legal form (not ``… e. V. in Biberach``, ``… e.G. am Montag``)
            form = next((f for f in _LEGAL_FORMS if f in tail), None)
            tail = tail[: tail.index(form) + 1] if form else tail
            # (not the verb's object after it: ``vom Bezirksamt X von Berlin die Bedeutung des Projekts``)
            cut = next((k for k, t in enumerate(tail) if k and t in {"die", "das", "den"}), None)
            tail = tail[:cut] if cut else tail
            # (not the occasion after it: ``vom Landratsamt Regen bei der Begrüßung der Teilnehmer``)
            body = _ROLE_OCCASION.sub("", " ".join(tail))
            org = to_nominative(body, "von der" if article == "der" else "dem")
            if article == "den" and len(tail) == 1 and org.endswith("en"):
                org = org[:-1]  # ``von den Grünen``: the party, in the nominative plural
            tokens = tokens[:j]
        break
    body_subject = (
        len(tokens) >= 4
        and tokens[0] in {"der", "die", "das"}
        and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß-]+[^rs]", tokens[1]) is not None
        # a noun, not an office's adjective (``die Parlamentarische Staatssekretärin``)
        and re.search(r"(?:isch|lich|ig|en|et|nd|er|al|iv)e$", tokens[1]) is None
        and not is_role_word(tokens[1])
        and not place_adjective(tokens[1])
        and is_role_word(tokens[2])
    )
    if body_subject:
        return None, 0  # ``so begrüßte die Stadtkapelle Bürgermeister X``: the body greets, X is greeted
    person = split_name(tokens)
    run_on = person is not None and person.role_prefix and len(tokens) >= 5 and is_role_noun(tokens[2])
    first = split_name(tokens[:2]) if run_on else None
    # (a name, not a place's genitive and an office's adjective: ``Berlins Regierender Bürgermeister X``)
    if first is not None and (
        any(_ADJ.match(t.lower()) or is_role_word(t) for t in tokens[:2])
        or (tokens[0].endswith("s") and gazetteer.is_exact_name(tokens[0][:-1]))
        or tokens[1].endswith("s")  # (``Petra Kellers Sprecher Jonas X``: her office's holder)
    ):
        first = None
    if first is not None and first.given_name:
        # ``„…“, so Jörg X Familienstadträtin Julia Y: „…“``: the full stop after the name is missing; the
        # subject ends with the first name, the next sentence's office and name are another's
        second = re.search(rf"{re.escape(tokens[0])}\s+{re.escape(tokens[1])}", s)
        # (only where the next speaker's words follow a colon: not ``so Werder Bremen Geschäftsführer X.``)
        colon = person is not None and re.search(rf"{re.escape(person.surname)}\s*:", s) is not None
        if second is not None and colon and not gazetteer.is_exact_name(tokens[1]):
            return _Ref(person=first), off + second.end()
    named_office = qualified and len(tokens) <= 6 and all(t[:1].isupper() for t in tokens[1:])
    if tokens[0] in {"ein", "eine"} and not (named_office and person is not None and person.given_name):
        # ``sagte ein Sprecher der Polizeidirektion West``, ``ein Sprecher von Bürgermeister X``: someone
        # unnamed; only ``so ein enttäuschter Bürgermeister Dirk X`` names the speaker
        return None, 0
    plain = [t for t in tokens if not re.fullmatch(HONORIFIC, t)]  # ``Dr. Kollatz`` is one name
    if person is not None and person.given_name is None and person.role_prefix is None and len(plain) > 1:
        person = None
    if person is None:
        m2 = _ROLE_ONLY.match(" ".join(tokens))
        if m2 and is_role_word(m2.group(1).split()[0]):
            return _Ref(role_only=_ROLE_WHEN.sub("", " ".join(tokens[1:]))), off + end
        if tokens and is_role_word(tokens[0]):
            return _Ref(role_only=_ROLE_WHEN.sub("", " ".join(tokens))), off + end
        # ``so der Potsdamer Landrat``: adjectives before the role noun
        # ``das Stadtoberhaupt``: also a neuter office
        words = tokens[1:] if tokens and tokens[0].lower() in {"der", "die", "das"} else tokens
        if len(words) == 2 and is_role_word(words[1]) and gazetteer.is_exact_name(words[0][:-1]) and (
            words[0].endswith("s")
        ):
            return _Ref(role_only=" ".join(words)), off + end  # ``sagte Brandenburgs Rathauschef``
        k = next((j for j, t in enumerate(words[:3]) if is_role_word(t)), None)
        # (``der Regierende Bürgermeister``: an office's capitalised adjective, which stays in the office)
        titled = [j for j, t in enumerate(words[: k or 0]) if t[:1].isupper() and _ADJ.match(t.lower())]
        plain = all(re.fullmatch(r"[A-ZÄÖÜ][\w-]*er|[a-zäöüß]+e[nr]?", t) for t in words[: k or 0])
        if k is not None and (plain or titled):
            if k and place_adjective(words[k - 1]):
                k -= 1  # ``so der Stendaler Landrat``: the place stays in the office
            k = titled[0] if titled else k
            return _Ref(role_only=_ROLE_WHEN.sub("", " ".join(words[k:]))), off + end
        return None, 0
    prefix = person.role_prefix.replace(" ,", ",") if person.role_prefix else None
    if prefix and not re.match(rf"^{RESPONSIBLE_FOR}\s", prefix):
        # leading articles and adjectives go; ``für Bildung zuständige Beigeordnete`` stays whole
        prefix = _LEADING_WORDS.sub("", prefix) or None
    conj = _CONJUNCTION.match(prefix or "")
    if prefix and conj and is_role_word(prefix[conj.end() :].split()[0]):
        prefix = prefix[conj.end() :]  # ``Wie Bezirksstadtrat X mitteilte``: the clause's conjunction goes
    vm = re.search(r"\b(?:von|vom|bei|beim|mit)\s+(?=\S)", prefix or "")  # ``Stippvisite bei Landrat X``
    if prefix and vm and not is_role_word(prefix.split()[0]) and is_role_word(prefix[vm.end() :].split()[0]):
        prefix = prefix[vm.end() :]  # ``Grußwort von Bürgermeister Michael Müller``: the role after ``von``
    if prefix and _DETERMINER.match(prefix) and not is_role_word(prefix.split()[0]):
        prefix = _DETERMINER.sub("", prefix, count=1)  # ``Ihr Brandenburger Amtskollege``
    # ``Vorsitzende des Caritasrates Dekan X``, ``Kammerpräsident Ökonomierat X``, ``Leiter des Hauptzollamtes
    # Hamburg - Direktor bei der Zollverwaltung X``: the office, not the title or rank after it
    titled = re.match(
        r"^(.+\s(?:des|der)\s+[A-ZÄÖÜ][\w-]*|[A-ZÄÖÜ][\w-]*)\s+([A-ZÄÖÜ][\w-]*)$|^(.+?)\s+[-–]\s+(.+)$",
        prefix or "",
    )
    office = (titled.group(1) or titled.group(3)) if titled else ""
    rank = (titled.group(2) or titled.group(4)) if titled else ""
    # (not after ``Neuer``, ``Erster``; an abbreviated office stays: ``Kuratoriumsvorsitzende OB X``)
    qualified = titled and (_ADJ.match(office.split()[0].lower()) or rank in ROLE_ABBREVIATIONS)
    # (one person's offices agree in gender: not ``lobte die Ministerin Landrat X``; ``Vorsitzende`` is both)
    hers, his = office.split()[0] if titled else "", rank.split()[0] if titled else ""
    qualified = qualified or (hers.endswith("in") and not his.endswith("in"))
    qualified = qualified or (his.endswith("in") and not hers.endswith(("in", "e")))
    if titled and not qualified and is_role_word(rank.split()[0]) and is_role_word(office.split()[0]):
        event = re.match(
            r"\w*[Rr]edner|Laudator|Gastgeber|Moderator|Initiator|Organisator|Veranstalter|Schirm|Ideengeber",
            office,
        )
        prefix = rank if event or _HONORARY_PART.match(office) else office
    # a noun phrase, not a sentence adverb (``Auch``)
    noun_phrase = _ROLE_NOUN_PHRASE.fullmatch(prefix or "") and prefix.split()[-1] not in NON_NAME
    if prefix and not (any(is_role_word(w) for w in prefix.split()) or noun_phrase):
        prefix = None  # words before a full name that name no function (``Kunstrasensanierung in``)
    at = s.rfind(person.surname, 0, end + 1)  # the name's own occurrence
    name_end = at + len(person.surname) if at >= 0 else len(s)
    body = _OF_QUOTED_BODY.match(s, name_end)
    if body and org is None and prefix is None and person.given_name:
        org, end = body.group(1), body.end()  # ``Ousman Noor von „Stop Killer Robots“ sagt:``
    member = _MEMBER_OF.match(s, name_end)
    member = member if member and not _PEOPLE.search(member.group(2)) else None
    if member and org is None and prefix is None and person.given_name:
        # ``so Jutta Schreiber aus dem Team der Partei Mensch Umwelt Tierschutz``: a member, no office
        org, end = to_nominative(member.group(2), member.group(1)), member.end()
    if brand_name and org is None and not (prefix or "").startswith(brand_name):
        # ``so bremenports Geschäftsführer Robert Howe``: the brand is the body where the text names it
        # elsewhere too (not an adverb: ``so etwa Geschäftsführer X``)
        org = brand_name if len(re.findall(rf"(?<![\w-]){re.escape(brand_name)}\b", text)) >= 2 else None
    ref = _Ref(person=person, role=prefix, org=org)
    rest = s[end:]
    alias = _ALIAS.match(rest) if person.role_prefix is None else None  # not ``Direktor X, alias Y``
    if alias and (real := split_name(alias.group(1).split())) and real.given_name:
        # ``Clown Pippo, alias Gerry Sheridan``: the real name, the noun before the stage name the role
        stage = None if person.honorific else person.given_name
        return _Ref(person=real, role=stage), off + end + alias.end()
    pm = _PAREN_ROLE.match(rest)
    segments = pm.group(1).split(", ") if pm else []
    office = next((seg for seg in segments if any(is_role_noun(w) for w in seg.split()[:4])), None)
    if pm and office and not ref.role:
        # ``Prof. Dr. Alexander X (Theologieprofessor und Referent für Liturgie …) erklärt``, ``Anna X (Grüne,
        # Vorsitzende des Umweltausschusses)``: the office, not a party, an age or a place in the picture
        ref.role, rest, end = office.strip(), rest[pm.end() :], end + pm.end()
    elif pm := _PAREN.match(rest):  # ``Uwe Brockhausen (SPD), …``
        rest = rest[pm.end() :]
        end += pm.end()
    if (bm := _RESPONSIBLE_AT.match(rest)) is not None and not (ref.role or ref.org):
        # ``Sebastian X, bei den Stadtwerken für das Marketing verantwortlich, …``: where the person works
        plural = bm.group(1) == "den" and bm.group(2).endswith("en")  # ``den Stadtwerken``: a dative plural
        ref.org = bm.group(2)[:-1] if plural else to_nominative(bm.group(2), bm.group(1) or "dem")
        return ref, off + end + bm.end()
    am = re.match(
        # ``…, zuständiger Bezirksstadtrat``, ``…, 1. Vorsitzender``, ``…, stellv. Bezirksbürgermeisterin``,
        # ``…; Leiter der Musikschule`` (a semicolon for a comma)
        # (``…, seit 2014 Vorsitzende des …``: the term before the office)
        # (``…, alter und neuer zweiter Vorsitzender``: the term's words before the office go)
        rf"^\s*[,;]\s+(?:seit\s+(?:dem\s+Jahr\s+)?\d{{4}}\s+)?(?:(?:alte[rn]?\s+und\s+)?neue[rn]?\s+(?=[a-z]+e[rn]?\s))?"
        rf"(?:(?:der|die)\s+(?=[A-ZÄÖÜ]|{_APPOSED_ADJ}\s+[A-ZÄÖÜ]))?"
        rf"(?=[A-ZÄÖÜ]|(?:\d{{1,2}}|{ROLE_ABBREV})\.\s+[A-ZÄÖÜ]|[a-zäöüß]{{3,}}e[rn]?\s+[A-ZÄÖÜ])",
        rest,
    )
    if am is None and not (ref.role or ref.org) and (qm := _AS_OFFICE.match(rest)):
        # ``Anna X als Vorsitzende des Fördervereins``, ``… in ihrer Funktion als …``: her office
        role_text, read = _apposition(rest[qm.end() :])
        role_text = _office_phrase(_ROLE_VERB_ON.sub(r"\1", role_text))  # ``… des Vereins betonte``: no verb
        if role_text and is_role_word(role_text.split()[0]):
            ref.role = role_text
            return ref, off + end + qm.end() + len(role_text)
    if am:
        role_text, read = _apposition(rest[am.end() :])
        if cut := _GENITIVE_THEN_OBJECT.match(role_text):
            # ``Ralf X, Amtsleiter des Dresdner Ordnungsamtes das zurückliegende Jahr``: the verb's object
            read -= len(role_text) - len(cut.group(1))
            role_text = cut.group(1)
        nxt = rest[am.end() + read :]
        led = re.match(r"^\s*[,;]\s+(der|die)\s", rest)
        # (``Kinder- und Jugendmedizin``: one field written short, no second person)
        # ``…, der Leiter des Sportamts und die Kämmerin …``: another person with an article of her own (not
        # a second office, ``… von Berlin und Senator für …``, nor a field, ``Kinder- und Jugendmedizin``)
        people = re.search(r"(?<!-) und\s+(?:der|die)\s", role_text)
        if led and (_person_in_role(role_text) or people):
            role_text = ""  # ``…, der Leiter des Sportamts Max Muster und Berta Schmidt``: a list of people
        elif led and led.group(1) == "der":
            role_text = re.sub(r"^([A-ZÄÖÜ][\wäöüß-]*(?:nde|te))\b", r"\1r", role_text)  # ``der Vorsitzende``
        other = split_name(re.split(r"\s+(?:und|sowie)\s+", role_text)[0].split())
        # a list of people goes on after it (not ``Jan X, Leiter Jugendclub Waldau.``)
        listed = re.search(r"\s(?:und|sowie)\s", role_text) or re.match(r"^\s*,\s+[A-ZÄÖÜ]", nxt)
        if other is not None and other.given_name and other.role_prefix and " " not in other.role_prefix and (
            listed
        ):
            role_text = ""  # ``Präsidentin X, Vizepräsidentin Heike Gothe, …``: the next person
        elif (ref.role or led) and _NEXT_PERSON.match(nxt):
            # ``Vorstand X, Bezirksstadträtin für Bildung, Karin Korte, …``: a list of role-name pairs, the
            # apposition is the next person's role
            role_text = ""
        if role_text and any(is_role_noun(w) for w in role_text.split()[:3]):
            # ``der stellvertretende Verbandsvorsteher Jörg Tammerlin, Bürgermeister der Gemeinde Letschin``:
            # the apposition is the role (as in the reference record)
            ref.role = role_text
            end += am.end() + read
        elif not (ref.role or ref.org) and _words(role_text) < 9 and (
            _AFFILIATION.search(role_text) or _place_named_body(role_text)
        ):
            ref.org = role_text  # ``Prof. Dr. Jens Adomeit, Technische Hochschule Brandenburg``: an employer
            end += am.end() + read
    return ref, off + end


# a field of work written after an office (``Vorstand Finanzen``, ``Referent Öffentlichkeitsarbeit``)
_FIELD_WORD = re.compile(
    r"(?:ung|arbeit|schaft|heit|keit|wesen|verkehr|finanzen|technik|politik|recht|ordnung|bildung|kultur|"
    r"umwelt|sport|jugend|soziales|wirtschaft|planung|bau|bauen|gesundheit|personal|marketing|vertrieb)$",
    re.I,
)
# a given name and surname inside a role phrase: another person
_NAME_IN_ROLE = re.compile(
    r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+([A-ZÄÖÜ][a-zäöüß]+)(?:-[A-ZÄÖÜ][a-zäöüß]+)?$|"
    r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+([A-ZÄÖÜ][a-zäöüß]+)\s+und\b"
)


def _place_or_land(adjective: str) -> bool:
    """``Erfurter``, ``Thüringer``, ``Hessische``, ``niedersächsische``: an adjective of a place or a Land
    (not ``Sieger``, ``Erster``)."""
    if re.fullmatch(TITLE_ADJ, adjective[:1].lower() + adjective[1:]) or adjective == "Berliner":
        return True
    return bool(place_adjective(adjective) or land_of_adjective(adjective))


def _object_after_person(role_text: str) -> bool:
    """``Ministerin Maria Roth den Erfurter Oberbürgermeister``: a subject named in full, then the object
    that names the office of another."""
    m = re.search(r"\b([A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+)\s+(?:den|dem|die|das)\s", role_text)
    return m is not None and _names_person(m.group(1))


def _person_in_role(role_text: str) -> bool:
    """``der Leiter des Sportamts Max Muster und …``: a role phrase that names a person, not a body with its
    place (``der Beauftragte … im Bezirksamt Mitte``)."""
    return any(
        is_name_token(m.group(1) or m.group(3))
        and (is_name_token(m.group(2) or m.group(4)) or is_surname_like_role(m.group(2) or m.group(4)))
        # (not a genitive body with its place: ``der Präsident des Rechnungshofs Baden-Württemberg``)
        and not re.search(r"\b(?:des|der|dem|vom|im)\s+$", role_text[: m.start()])
        for m in _NAME_IN_ROLE.finditer(role_text)
    )
_OF_QUOTED_BODY = re.compile(r"\s+von\s+[„»\"“]([^„“”\"»«]{2,60})[“”\"«]")
_MEMBER_OF = re.compile(
    r"\s+(?:aus\s+dem\s+(?:Team|Vorstand)|Mitglied)\s+(der|des)\s+"
    r"([A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:für\s+|und\s+)?[A-ZÄÖÜ][\wäöüß-]*)*)"
)
# people, not a body (``der Anwohnerinnen und Anwohner``, ``der Eltern``)
_PEOPLE = re.compile(r"^(?:Eltern|Familien|Kinder|Jugendlichen)\b|innen\b|(?:er|en)$")
_DOUBLE_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+-[A-ZÄÖÜ][a-zäöüß]+")
# a listed person after a role apposition: the role is theirs, not the name's before it
_NEXT_PERSON = re.compile(r"^,\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+){1,2}[A-ZÄÖÜ][\wäöüß-]+\s*(?:,|\(|und\b)")
# an apposition naming a body, not a function (``…, Technische Hochschule Brandenburg``)
_AFFILIATION = re.compile(
    r"^(?:[A-ZÄÖÜ][\wäöüß-]*\s+)*(?:Hochschule|Universität|Institut|Verein|Verband|Kammer|Stiftung|Akademie|"
    r"[A-ZÄÖÜ][\wäöüß-]*(?:schaft|verein|verband|kammer|institut|werk|werke|amt|behörde|ausschuss|beirat|"
    r"kommission|zentrum|netzwerk|bündnis))\b|\b(?:GmbH|e\.\s?V\.|AG)$"
)
def _place_named_body(text: str) -> bool:
    """``Wohnstätte Stade``: a word and the place that names it, not a place alone (``Bad Belzig``)."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not is_role_word(words[0])
        and not re.search(r"(?:bürger|einwohner|bewohner)(?:in)?$", words[0])  # ``Ehrenbürger Potsdam``
        and gazetteer.is_exact_name(words[-1])
        and not gazetteer.is_exact_name(text)
    )


# ``Darin heißt es:``, ``In dem Schreiben heißt es unter anderem:``: the words of a letter named before
_LETTER_SAYS = re.compile(
    r"^(?:Darin|Dort|In\s+(?:dem|diesem|ihrem|seinem|einem)\s+[\wäöüß-]*(?:[Ss]chreiben|[Bb]rief))\s+heißt\s+es"
    r"(?:\s+unter\s+anderem|\s+u\.\s?a\.)?\s*:$"
)
_LETTER_FROM = re.compile(r"(?:[Ss]chreiben|[Bb]rief|Grußwort|Botschaft)\s+(?:von|vom)\s+(.{5,300})$")
# ``…, bei den Stadtwerken für das Marketing verantwortlich,``: the body a person works for, no office
_RESPONSIBLE_AT = re.compile(
    r"^\s*,\s+(?:bei|beim)\s+(?:(der|dem|den)\s+)?((?:[A-ZÄÖÜ][\wäöüß-]+\s+)?[A-ZÄÖÜ][\wäöüß-]*(?i:werken?|"
    r"verwaltung|amt|ämtern|behörde|polizei|feuerwehr|verein|verband|kammer|gmbh|schule|hochschule|"
    r"universität|klinikum|sparkasse|bank|betrieben?|gesellschaft|kreis|stadt|gemeinde)(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)\s+"
    r"[^,.;:]{0,80}?\b(?:verantwortlich|zuständig|tätig|beschäftigt|angestellt)\s*,"
)
# ``Der Kreisjugendring, …``: a body as the sentence's subject
_SUBJECT_BODY = re.compile(r"^(?:Der|Die|Das)\s+((?:[A-ZÄÖÜ][\wäöüß-]*\s+){0,3}[A-ZÄÖÜ][\wäöüß-]*)\s*,")
_ENUM_TAIL = re.compile(
    r"^,\s+(?:[A-ZÄÖÜ][\w/-]*(?:\s+[a-zäöüß]+)?(?:\s+[A-ZÄÖÜ][\w/-]*)?,\s+)*"
    # (not a verb's past tense: ``…, begrüßte Teilnehmer und Gäste``; but ``ambulante Pflege und …``)
    r"(?:(?!(?:begrüßte|dankte|eröffnete|lobte|ehrte|würdigte|betonte|stellte|nannte|besuchte|überreichte|"
    r"verabschiedete|beglückwünschte|gratulierte|informierte)\s)[a-zäöüß]+\s+)?"
    r"(?:[A-ZÄÖÜ][\w/-]*\s+)?[A-ZÄÖÜ][\w/-]*\s+(?:und|sowie|&)\s+"
    r"(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w/-]*"
)


# ``Bürgermeister der Stadt Storkow (Mark)``, ``Leiter der Familienkasse der Bundesagentur für Arbeit (BA)``
# ``(Mark)``, ``(BA)``, ``(LesLeFam)``: a place's qualifier or a body's abbreviation
_PLACE_QUALIFIER = re.compile(
    r"\(([A-ZÄÖÜ][a-zäöüß]{2,12}|[A-ZÄÖÜ]{2,6}|[A-ZÄÖÜ](?=[a-zäöü]*[A-ZÄÖÜ])[A-Za-zÄÖÜäöü]{2,10})\)"
)
# party labels in parentheses are neither name nor role
_PARTY_WORDS = {
    "Grüne", "Linke", "Piraten", "Freie", "Volt", "SPD", "CDU", "CSU", "FDP", "PDS", "BSW", "ÖDP", "NPD",
    "DKP", "MLPD", "FW", "LINKE", "GRÜNE", "AfD", "MdA", "MdB", "MdL", "MdEP", "Grünen",
}


def _apposition(text: str) -> tuple[str, int]:
    """The role apposition and how many characters of ``text`` it covers: up to the next comma, colon,
    opening quote or sentence end (a comma list closed by ``und`` stays inside: ``Senatorin für Bildung,
    Jugend und Familie``); a term of office, an occasion, a next verb or person are cut from the role."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == ",":
            em = _ENUM_TAIL.match(text[i:])
            # (also a department's fields after a dash: ``Klinik für Innere Medizin – Gastroenterologie, …``)
            if em and re.search(r"\b(?:für|der|des)\s+(?:\S+\s+){0,2}(?:[–-]\s+)?\S+$", "".join(out)):
                out.append(em.group(0))
                i += em.end()
                continue
            break
        if c in "„»\"“" and re.search(
            r"(?:\b(?:der|des|die|das|dem|den|im|vom|von|beim|am|für)|[A-ZÄÖÜ][\wäöüß-]+)\s*$", "".join(out)
        ):
            close = re.match(r"[„»\"“]([^„“”\"»«.!?]{2,60})[“”\"«]", text[i:])
            if close:
                out.append(close.group(0))  # ``Parkleiterin der „Gärten der Welt“``: a quoted name
                i += close.end()
                if not re.match(r"\s+[a-zäöüß]", text[i:]):
                    break  # the role ends with the name unless a lowercase word carries it on
                continue
        after_word = c == "(" and re.search(r"(?:[A-ZÄÖÜ]\w+|\be\.\s?V\.) $", text[:i])  # also ``… e.V. (X)``
        qualifier = _PLACE_QUALIFIER.match(text, i) if after_word else None
        if qualifier and qualifier.group(1) not in _PARTY_WORDS:
            out.append(qualifier.group(0))  # ``Bürgermeister der Stadt Storkow (Mark)``
            i = qualifier.end()
            continue
        if c in ';:(„“"»«\n':
            break
        if (
            c in ".!?"
            and (i + 1 >= n or text[i + 1] in ' \n“"”„»')
            and not _abbreviation_at(text, i)
        ):
            break
        out.append(c)
        i += 1
        registered = c == "." and re.search(r"\be\.\s?V\.$", text[max(0, i - 5) : i])
        if registered and re.match(r"\s+[A-ZÄÖÜ]", text[i:]):
            break  # ``Vorsitzender des Vereins Plus e.V. Der Preis …``: the name ends the sentence
    role = _ROLE_OCCASION.sub("", "".join(out).strip())
    role = _ROLE_VERB_ON.sub(r"\1", role)
    # ``Dem schließt sich X, Oberärztin an der Kinderklinik an:`` (not a body's verb: ``… X packt an``)
    role = _TRAILING_PARTICLE.sub(r"\1", role)
    role = _ROLE_AND_VERB.sub("", _ROLE_SINCE.sub("", role))
    # (the verb's object after the body, the comma left out: ``…, Verbandsvorsitzender des BFBahnen die
    # Entscheidung.``)
    role = re.sub(
        r"(\b(?:des|der)\s+\S+)\s+(?:die|den|das)\s+(?!Linke\b|Grünen\b)[A-ZÄÖÜ][a-zäöüß]+$",
        r"\1",
        role,
    )
    # (a verb of saying after it before the colon, the comma left out: ``X, Vorsitzender des … betont:``)
    role = _SAID_AFTER_ROLE.sub("", role) if text[i : i + 1] in (":", ",") else role
    return _without_next_person(role), i


# a verb of saying closing an apposition whose comma is left out
_SAID_AFTER_ROLE = re.compile(rf"\s+(?:{VERBS})(?:\s+(?:{_ADVERBS}))*$")
# a department led by the office (``unter Leitung des Bezirksstadtrates``)
_UNDER_LEAD = re.compile(r"(?:unter\s+)?(?:der\s+)?Leitung\s+(des|der)\s+([A-ZÄÖÜ][\wäöüß-]+)")
# a separable verb's particle closing the clause after an apposition (``…, Oberärztin an der Klinik an:``)
# a separable verb's particle (``merkt … an``, ``fasste … zusammen``)
_VERB_PARTICLE = r"(?:an|hinzu|fort|bei|dar|fest|ein|zusammen|hervor|heraus|hin|zu|vor|mit|auf|ab|aus)"
_TRAILING_PARTICLE = re.compile(
    # (also an object pronoun and the verb of a ``wie X, Amt es zusammenfasste`` clause)
    rf"(\b[A-ZÄÖÜ][\wäöüß-]*[a-zäöüß])\s+(?:{_VERB_PARTICLE}|(?:es|dies|das)\s+[a-zäöüß]+(?:te|t|en))$"
)


def _without_next_person(role: str) -> str:
    """``Bezirksbürgermeister von X und Dr. Torsten Kühne``, ``Erster Beigeordneter und die
    Ausbildungsverantwortliche Linda Rein``: the next person and their office are not part of the role (a
    body's name is: ``… und der Stadtwerke Bad Oberdorf``)."""
    m = _ROLE_AND_PERSON.search(role)
    if m is None:
        return role
    person = split_name(m.group("name").split())
    office = m.group("office")
    if person is None or not person.given_name or (office and not is_role_word(office)):
        return role
    return role[: m.start()]


# ``Bezirksbürgermeisterin Steglitz-Zehlendorf eröffnete die Diskussion``: no comma, the verb ends the role
_ROLE_VERB_ON = re.compile(
    r"\b([A-ZÄÖÜ][\wäöüß-]*\)?)\s+(?!(?:seit|nicht|jetzt|selbst|zuletzt|gegen|neben|zwischen|unten|oben|wegen|"
    r"binnen)\b)[a-zäöüß]{3,}(?:te|t|en)\s+(?:die|den|das|dem|der|des|ein|eine|einen|einem|sich|auch|"
    r"ihre|ihren|ihrem|seine|seinen|seinem|zur|zum|ins)\b.*$"
)
# ``…, Geschäftsführer der X und ergänzt „…“``: the next verb is not part of the role
_ROLE_AND_VERB = re.compile(rf"\s+und\s+(?:(?:{VERBS})$|[a-zäöüß]+t(?:e)?\b.*$)")
# ``Bezirksbürgermeister von Marzahn-Hellersdorf und Dr. Torsten Kühne``: the next person is not either
# ``Erster Beigeordneter und die Ausbildungsverantwortliche Linda Rein``: nor the next person with an office
_ROLE_AND_PERSON = re.compile(
    rf"\s+und\s+(?:(?:{HONORIFIC}\s+)+|(?:der|die)\s+(?:[a-zäöüß]+e\s+)?(?P<office>[A-ZÄÖÜ][\wäöüß-]+)\s+"
    rf"(?:{HONORIFIC}\s+)*)(?P<name>[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+)$"
)
# ``Bezirksstadtrat für Wirtschaft anlässlich der Änderung …``: the occasion is not part of the role
_ROLE_OCCASION = re.compile(
    r"\s+(?:anlässlich|angesichts|aufgrund|wegen|trotz|gegenüber|bei\s+(?:der|dem|einer|einem)\s+(?:Eröffnung|"
    r"Einweihung|Übergabe|Feier\w*|Veranstaltung|Verleihung|Vorstellung|Präsentation|Begrüßung|Sitzung|Tagung|"
    r"\w*[Vv]ersammlung|Pressekonferenz|Auftaktveranstaltung|Preisverleihung|Besuch(?:s|es)?|Rundgang|Termin)|"
    # (``… des LSVBW im Anschluss an die Abstimmung``, ``… am Rande der Sitzung``, ``… zum Abschluss``)
    r"im\s+Anschluss\s+an|am\s+Rande\s+(?:der|des)|zum\s+(?:Abschluss|Auftakt)\s+(?:der|des)|"
    # (what the speaker is pleased about: ``… und Familie über die neueste Veröffentlichung …``)
    r"über\s+(?:die|den|das|dem|diese[nmrs]?)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?(?=(?:Veröffentlichung|Ausgabe|"
    r"Broschüre|Auszeichnung|Ergebnis|Entscheidung|Förderung|Zusage|Eröffnung|Unterstützung|Spende|"
    r"Fertigstellung|Resonanz|Beteiligung|Wahl|Ehrung|Nachricht)))(?:\b|(?=[A-ZÄÖÜ])).*$"
)  # (``Geschäftsführerin der X GmbH bei der Eröffnung des …``: the occasion)
# ``Das betonte auch X …``: a sentence whose subject follows its verb of saying
_INVERTED_SPEECH = re.compile(
    rf"^(?:Das|Dies|Darauf|Daran|Dazu|Darüber)\s+(?:{VERBS})\s+(?:(?:auch|ebenfalls|zudem|nochmals|erneut)\s+)?"
    r"(?=[A-ZÄÖÜ])"
)
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
# the person whose view a sentence in the Konjunktiv reports (``habe er erfahren``, ``sei für ihn``)
_REPORTED_PRONOUN = re.compile(
    r"\b(?:sei|habe|hätte|werde|würde|könne|müsse|solle)\s+(er|sie)\b|\bfür\s+(ihn)\b"
)
# ``Dann sorgte der Bürgermeister selbst für Spannung``: an adverb and the verb before the subject
_INVERTED_NARRATION = re.compile(
    r"^(?:Dann|Danach|Anschließend|Zudem|Außerdem|Schließlich|Später|Zuvor|Zunächst|Daraufhin|Nun)\s+"
    r"[a-zäöüß]{3,}\s+(?=(?:der|die)\s+[A-ZÄÖÜ]|[A-ZÄÖÜ])"
)
# ``sagte der Ministerpräsident am Samstag in Potsdam``: when and where are not part of the role
_ROLE_WHEN = re.compile(
    r"\s+(?:am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|Rande|\d)"
    r"|heute|gestern|vorgestern|morgen|anlässlich|bei\s+(?:der|dem|einem|einer)\b|(?:den|dem)\s+(?=[A-ZÄÖÜ]))\b.*$"
)
# ``Verbandsvorsteherin seit 2007``: the term of office is not part of the role
_ROLE_SINCE = re.compile(
    r"\s+(?:seit|von|ab)\s+(?:dem\s+Jahr\s+)?(?:\d{1,2}\.\s*)?(?:\w+\s+)?\d{4}(?:\s+bis\s+\d{4})?$"
)


_DATELINE_BEFORE_QUOTE = re.compile(r"^\((?:[^()]|\([^()]*\)){1,60}\)\s*(?=[„“\"»«‚])")


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


def _clause_before(text: str, pos: int) -> str:
    before = text[max(0, pos - 600) : pos]
    cut = -1
    # (``unter dem Motto „Gedenken. Hoffnung. Zukunft“ Teil … zu sein:``: a quoted title inside the clause)
    titles = [t.span(1) for t in _QUOTED_TITLE.finditer(before)]
    for m in _CLAUSE_END.finditer(before):
        if any(start <= m.start() < end for start, end in titles):
            continue
        if m.group(0)[0] == "." and _abbreviation_at(before, m.start()):
            continue  # ``Dr. Max Muster:`` is one clause
        if m.group(0) in "“”\"" and _QUOTED_NAME_END.search(before, 0, m.end()):
            continue  # ``Ousman Noor von „Stop Killer Robots“ sagt:``: a quoted name inside the clause
        cut = m.start()
    return before[cut + 1 :].strip() if cut >= 0 else before.strip()


# (also a bracket closing a flattened info block before a name and its apposition: ``… (Alter Markt 2, 12555
# Berlin) Marco X, Bezirksstadtrat für …, teilt mit:``)
# (and a bullet run into the line: ``… feiern Jubiläum • Ministerin X dankt …``)
_CLAUSE_END = re.compile(
    r"[.!?“”\"](?= )|[“”\"](?=,)|\n|[•▪]|\)(?= [A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß-]+,)"
    # (an address's postcode and town run into the next sentence: ``…, 13599 Berlin Bezirksbürgermeister X``)
    r"|(?<=\b\d{5} )[A-ZÄÖÜ][a-zäöüß-]+(?= [A-ZÄÖÜ])"
)
_QUOTED_TITLE = re.compile(
    r"\b(?:Motto|Titel|Thema|Leitmotiv|Slogan|"
    # (a text the statement answers: ``zur Pressemitteilung „Starttermin … wackelt“ der CDU-Fraktion:``)
    r"(?<=zur\s)(?:Pressemitteilung|Meldung|Aussage|Anfrage)|(?<=zum\s)(?:Antrag|Artikel|Bericht|Beitrag))"
    r"\s+([„»\"“][^„“”\"»«]{2,80}[“”\"«])"
)
_QUOTED_NAME_END = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+\s+von\s+[„»\"“][^„“”\"»«.!?,]{2,60}[“”\"«]$"
)


_LEAD_ADVERB = re.compile(
    r"^(?:(?:Dazu|Hierzu|Auch|Abschließend|Zudem|Außerdem|Dabei|Weiter|Anschließend|Ergänzend|Daher|"
    r"Darüber hinaus|Zum Abschluss|Und|Doch|Aber|Denn)\s+)+"
)
# a list summed up before a quote (``… – kurzum:``, ``…, kurz gesagt:``)
_SUMMING_UP = re.compile(r"(?:^|[\s,–—-])(?:kurzum|kurz gesagt|kurz|mit einem Wort|zusammengefasst|also)\s*$")
_INVERTED_PRONOUN = re.compile(
    r"^[A-ZÄÖÜ][a-zäöüß]+\s+[a-zäöüß]+\s+(sie|er)\b(?!\s+(?:sei|seien|habe|hätten?)\b).*\bund$"
)
# the person a question or a word is addressed to, ending the clause before the colon
_ADDRESSEE = re.compile(
    r"\ban\s+(?:(?:den|die|das|dem)\s+)?(?:[A-ZÄÖÜ][\wäöüß-]+\s+){0,2}(?:Dr\.\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+"
    r"[A-ZÄÖÜ][\wäöüß-]+$"
)
_RELATIVE = re.compile(
    r",\s+(?:der|die|welche[rs]?)(?:(?:\s+[a-zäöüß]+)*\s*|"
    # (``…, der in seinem Grußwort an die Anfänge erinnerte:``: a preposition or adverb, then any words)
    r"\s+(?:in|im|bei|beim|auf|an|am|mit|nach|vor|zum|zur|dabei|dazu|damals|heute|ebenfalls|zuvor|später|"
    r"sich)\s+[^,]*)$"
)


# (also with the pronoun: ``so Kassel und er machte auch klar:``)
_AND_NEXT_VERB = r"\s+und\s+(?:(?:er|sie)\s+[a-zäöüß]+(?:\s+[a-zäöüß]+){0,2}|[a-zäöüß]+(?:\s+[a-zäöüß]+)?)"
_ADVERBS_AND_PARTICLE = (
    r"(?:\s+(?:weiter|noch|auch|dabei|dazu|abschließend|zudem|außerdem|ferner|schließlich|nochmals|ebenfalls))*"
    rf"(?:\s+{_VERB_PARTICLE})?"
)
_DEGREE_SO = re.compile(r"so\s+(?!(?:der|die|das|ein|eine|auch)\b)[a-zäöüß]")


# a talk's or an event's topic before a colon, its title after it (unless a sentence: one's own words)
_TOPIC_BEFORE = re.compile(
    r"\b(?:zum|zu\s+dem|über\s+das|unter\s+dem)\s+(?:\w+e[nms]?\s+)?(?:Thema|Motto|Titel)\s*:\s*$"
)
# a title's noun right before the colon (``über das Thema:``, ``unter dem Motto:``)
# (also another's maxim the clause praises or quotes: ``würdigte … seinen Grundsatz in der Amtsführung:``)
_TOPIC_NOUN = re.compile(
    r"\b(?:über\s+das|unter\s+dem|mit\s+dem)\s+(?:\w+e[nms]?\s+)?"
    r"(?:Thema|Titel|Motto|Leitthema|Vortragsthema)$|"
    # a title's label before its colon (``…, Physikalische Chemie, Projekttitel: “Solvated Ions …”``)
    r"(?:^|,\s*)(?:(?:Projekt|Arbeits|Vortrags|Buch|Film|Ausstellungs)(?:titel|thema)|Titel|Thema)$|"
    # a work named after a colon, the verb's object (``eröffnet … die Ausstellung: „Ein Teil von jener
    # Kraft…“``; not ``die Idee hinter der Ausstellung:``, ``begeistert über das Konzert:``)
    r"(?<!\büber )(?<!\bfür )(?<!\bmit )(?<!\bvon )(?<!\bbei )(?<!\bzur )(?<!\bzum )(?<!\bhinter )(?<!\bauf )"
    r"\b(?:die|das|den|eine|ein|einen|seine|ihre|unsere)\s+(?:\w+e[nrs]?\s+)?(?:Ausstellung|Schau|"
    r"Lesung|Broschüre|Publikation|Buch|Film|Theaterstück|Stück|Konzert|Kampagne|Reihe|Veranstaltungsreihe)$|"
    r"\b(?:würdigte|lobte|zitierte|würdigt|lobt|zitiert)\b.*\b(?:sein|seine[nm]?|ihr|ihre[nm]?)\s+"
    r"(?:\w+e[nms]?\s+)?(?:Grundsatz|Leitsatz|Credo|Devise|Wahlspruch|Motto)"
    r"(?:\s+(?:in|bei|für|im|als)\s+[^:„“]{1,40})?$"
)


_LATE_PRONOUN_SUBJECT = re.compile(r"\bund\s+(?:auch|dann|zudem)\s+(er|sie)\s+[a-zäöüß]{3,}te\b[^,;„“]*$")


# a heading run into the sentence without its stop: a capitalised sentence adverb after a lowercase word
_RUN_IN_HEADING = re.compile(
    r"(?<=[a-zäöüß])\s+(?=(?:Dazu|Hierzu|Abschließend|Außerdem)\s+(?:der|die|sagt|sagte|erklärt)\b)"
)


# an attribution after a quote run into the next speaker's office, name and colon, its full stop missing
_RUN_ON_ATTRIBUTION = re.compile(
    rf"(?:^|[“”\"])\s*,?\s*so\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?=([A-ZÄÖÜ][\wäöüß-]+)\s+"
    rf"(?:{HONORIFIC}\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+\s*$)"
)
# a subordinate clause opening the attribution's sentence (``Wie X das Jahr erlebt hat, …``)
_SUBORDINATE_OPENING = re.compile(r"(?:Wie|Was|Warum|Wo|Wann|Ob|Dass|Nachdem|Als|Weil|Wenn)\s+([^,]+),")
# ``neue`` before an office: the person's, not the office's (``der neue Vorstandsvorsitzende``)
_NEW_IN_OFFICE = re.compile(r"^[Nn]eue[nr]?\s+(?=[A-ZÄÖÜ])")


def _attribution_before(clause: str) -> tuple[_Ref | None, bool, bool]:
    """``X betonte: „…“`` / ``X: „…“`` / ``Dazu sagte X:``; the flag says an attribution was stated."""
    if not clause.endswith(":"):
        return None, False, False
    clause = re.sub(r"(?<=[a-zäöüß]{3})\.$", "", clause[:-1].strip())  # ``… an die Erzgebirger.: „…“``
    if re.search(r"\b\d{1,2}(?:[:.]\d{2})?\s*Uhr$", clause) and not re.search(rf"\b(?:{VERBS})\b", clause):
        return None, False, False  # ``16:00 bis 18:00 Uhr: „Der Kaffee ist fertig…“``: a programme's item
    if run_in := _RUN_IN_HEADING.search(clause):
        clause = clause[run_in.end() :]  # ``Dank an Gärtnerei und Verein Dazu die Bezirksstadträtin …, X:``
    if (run_on := _RUN_ON_ATTRIBUTION.search(clause)) and is_role_noun(run_on.group(1)):
        clause = clause[run_on.end() :]  # ``„…“ so Jörg X Familienstadträtin Julia Y:``: a full stop missing
    if ": " in clause:  # ``… teilt mit: Die Regierende Bürgermeisterin, X, erklärt:``: the last sentence
        whole, clause = clause, clause.rsplit(": ", 1)[1]
        if _SUMMING_UP.search(clause) and not re.search(rf"\b(?:{VERBS})\b", clause):
            # ``Landrat X erklärte den Kindern, welche Themen …: Krankenversorgung, … – kurzum:``: a list the
            # speaker sums up in the quote; the sentence's subject speaks
            clause = whole.split(": ", 1)[0]
    aged = re.split(r"\s\(\d{1,3}\)\s+(?=[A-ZÄÖÜ])", clause)
    if len(aged) > 1 and _named_in_full(_subject(aged[-1])[0]) and not is_role_word(aged[-1].split()[0]):
        clause = aged[-1]  # ``… Schriftführung: Helga X (68) Gunar Y zur Weiterarbeit:``: a roster, then Y
    if (am := _ADDRESSEE.search(clause)) and not _names_someone(clause[: am.start()]):
        return None, True, False  # ``… auch an die Privatperson X: „Bist Du verheiratet?“``: asked, not said
    if _TOPIC_NOUN.search(clause):
        return None, True, False  # ``… sprach über das Thema: „Europafähigkeit des …“``: a title, not words
    if late := _LATE_PRONOUN_SUBJECT.search(clause):
        # ``X lobte die Arbeit von Y, … und auch sie schwärmte von …:``: the last clause's own subject
        return _Ref(pronoun=late.group(1)), True, True
    someone = re.search(rf",\s+(?:der|die)\s[^,]*\b(?:{VERBS})\b[^,]*$", clause)
    antecedent = clause[: someone.start()] if someone else ""
    if someone and _SOMEONE.search(antecedent) and not _FULL_NAME.search(antecedent):
        return None, True, True  # ``… erzählt von einem jungen Mann, der … sagte:``: someone unnamed
    # not ``so`` before an adverb (``…, so stark etabliert, sagte Locke …``): a degree, no source; an
    # auxiliary (``Nicht umsonst habe sich der Begriff …``) only where no verb of saying proper follows
    verbs = [
        v
        # (not the article of ``sagte der 52-Jährige``)
        for v in re.finditer(rf"\b(?:{VERBS})\b(?:\s+(?!der\s+\d{{1,3}}-Jährige){_ADVERBIAL}\b)*", clause)
        if not _DEGREE_SO.match(clause, v.start())
    ]
    said = [v for v in verbs if v.group(0).split()[0] not in {"hat", "habe", "hatte", "so"}]
    vm = verbs[0] if verbs else None
    auxiliary = vm is not None and vm.group(0).split()[0] == "habe"  # reported speech, then its source
    if auxiliary and said and vm is not None and not _names_someone(clause[: vm.start()]):
        vm = said[0]
    elif vm is not None and vm.group(0).split()[0] in {"hat", "hatte"} and said and (
        "," in clause[vm.end() : said[0].start()]
    ):
        vm = said[0]  # ``Wie X das Jahr erlebt hat …, schilderte er …:``: the main clause's verb
    candidates = []
    if vm:
        head = _LEAD_ADVERB.sub("", clause[: vm.start()]).strip().rstrip(",").strip()
        head = re.sub(r"^Wie\s+(?=(?:der|die)\s+[A-ZÄÖÜ])", "", head)  # ``Wie die Senatorin betont, …:``
        if im := _INVERTED_PRONOUN.match(head):
            # ``Deshalb fühlt sie sich … und gibt … weiter:``: the pronoun after the clause's first verb
            return _Ref(pronoun=im.group(1).lower()), True, True
        named, end = _subject(head)
        whole = end >= len(head) - 1
        person = named.person if named is not None else None
        known = person is not None and (person.given_name or named.addressed)  # also ``Frau X vom Amt``
        if named is not None and person is not None and known and whole:
            office = re.match(r"\s*als\s+(.+)$", clause[vm.end() :])  # ``X betonte als Vorsitzende des …:``
            if office and not named.role and is_role_word(office.group(1).split()[0]):
                named.role = _office_phrase(office.group(1))
            return named, True, True  # ``Alexander Straßmeir ermutigt Berliner Arbeitgebende:``: the subject
        led = re.match(r"^Als\s+(.+)$", head)
        office, read = _subject(led.group(1)) if led else (None, 0)
        whole_office = office is not None and office.role_only and read >= len(led.group(1).rstrip(", ")) - 1
        if led and whole_office and is_role_word(led.group(1).split()[0]):
            named, end = _subject(clause[vm.end() :])  # ``Als Vorsitzende des … betonte Anna X:``
            if named is not None and named.person is not None and named.person.given_name and not named.role:
                named.role = led.group(1)
                return named, True, True
        if not (named is not None and _OBJECT_VERB.match(vm.group(0))):
            # after a verb taking an object (``gratulierte der Vorsitzenden, X``) the subject is before it;
            # an object pronoun is not (``Konkret verdeutlicht es Frau Dr. Leistner:``)
            rest = re.sub(
                rf"^\s*(?:es|dies)\s+(?=(?:Herrn?|Frau|{HONORIFIC})\s|[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])",
                "",
                clause[vm.end() :],
            )
            if pm := re.match(r"\s*(er|sie)\s+(?:den|die|das)\s", rest):
                # ``In ihrer Ansprache betonte sie die Verantwortung:``: the pronoun before the verb's object
                return _Ref(pronoun=pm.group(1)), True, True
            candidates.append(_LEAD_ADVERB.sub("", rest))
        rel = _RELATIVE.search(head)
        if rel:
            # ``…, Birgit Bursee, die dabei betonte:``: the antecedent before the relative pronoun
            segs = [x for x in re.split(r",\s+", head[: rel.start()]) if x]
            last = re.sub(rf"\s+{_VERB_PARTICLE}$", "", segs[-1]) if segs else ""
            named_last = _trailing_subject(last) if re.match(r"(?:Er|Sie)\s", last) else None
            pronoun = "er" if rel.group(0).split()[1] == "der" else "sie"
            if named_last is not None and _agrees(named_last.role, pronoun):
                # ``Sie weist auf die Position des Ratsvorsitzenden … Heinrich X hin, der sagt:``: the person
                # the relative pronoun follows, not the main clause's subject
                return named_last, True, True
            # (a full name first: not ``…, Bezirksstadträtin für Ordnung und Öffentlicher Raum, die …``)
            candidates.extend(sorted(reversed(segs[-2:]), key=lambda x: not _named_in_full(_subject(x)[0])))
        else:
            candidates.append(head)
    else:
        if (pm := _PUBLISHED_LETTER.search(clause)) is not None:
            # ``…, veröffentlicht sie das untenstehende Antwortschreiben:``: her letter, in her words
            if pm.group("pronoun"):
                return _Ref(pronoun=pm.group("pronoun")), True, True
            named, _ = _subject(_LEAD_ADVERB.sub("", clause))
            if named is not None and named.person is not None and named.person.given_name:
                return named, True, True
        if (st := _TAKES_A_STAND.search(clause)) is not None:
            named, end = _subject(st.group(1))  # ``nimmt Bezirkssozialstadtrat Frank Mückisch Stellung:``
            if named is not None and named.person is not None and end >= len(st.group(1)) - 1:
                return named, True, True
        if (sm := _INVERTED_STATE.search(clause)) is not None:
            subject = sm.group(1) or sm.group(2)
            named, end = _subject(subject)
            whole = end >= len(subject) - 1
            if named is not None and named.person is not None and named.person.given_name and whole:
                return named, True, True
        if (am := _SPEECH_ACT.match(clause)) is not None:
            # ``Antwort der Staatssekretärin Susanne Baumann vom 12. Januar 2022:``: her written words
            named, _ = _subject(am.group(2))
            if named is not None and named.person is not None and named.person.given_name:
                named.role = nominative_role(named.role, am.group(1)) if named.role else None
                named.org = named.org or organisation_of(named.role)
                return named, True, False  # no verb: a title (``Grußwort von X: „Kultur im Kiez“``) stays one
        if (occasion := _IN_ONES_SPEECH.search(clause)) is not None:
            # ``würdigte der Innenminister …, Herr Klaus X, in seiner Festrede die Arbeit …:``: the speech's
            # holder, named right before it
            head = clause[: occasion.start()].rstrip(" ,")
            named = _trailing_subject(head)
            pronoun = "er" if occasion.group(0).split()[1].startswith("sein") else "sie"
            if named is not None and _agrees(named.role, pronoun):
                return named, True, True
        # ``Die Regierende Bürgermeisterin, Franziska Giffey, dazu:``: no verb, a pointer to the topic
        candidates.append(_LEAD_ADVERB.sub("", _without_topic(clause)))
    for cand in candidates:
        if not cand.strip():
            continue
        ref, _ = _subject(cand)
        if ref is not None and ref.person is not None and not (
            ref.person.given_name or ref.person.honorific or ref.role
        ):
            # ``Schirmfrau ist Arbeitssenatorin Cansel Kiziltepe:``: a lone noun yields to a named person
            ref = _trailing_subject(cand) or _named_in(cand) or ref
        elif ref is not None and ref.role_only and re.search(r"\s(?:ist|war)\s+(?:der|die)\s", cand):
            # ``Schirmherr des Fachforums ist der Senator für …, Dr. Dirk X:``: the person it names
            ref = _trailing_subject(cand) or ref
        if (
            ref is not None
            and ref.person is not None
            and not (ref.person.given_name or ref.person.honorific or ref.role)
            and " " not in ref.person.surname  # ``sagt von Broock:``: a particle surname is a name
            # ``… unterstreicht Scheeres:``, ``führte Steinmetz weiter aus:``: the surname alone, perhaps with
            # adverbs and the verb's particle
            and not re.fullmatch(rf"{re.escape(ref.person.surname)}{_ADVERBS_AND_PARTICLE}", cand.strip())
            # ``sagte Locke und fügte hinzu:``: the surname, then the next verb
            and not re.fullmatch(rf"{re.escape(ref.person.surname)}{_AND_NEXT_VERB}", cand.strip())
            and cand is not candidates[-1]
        ):
            continue  # ``hatte vor der Abstimmung …``: a lone noun is no speaker, try the subject
        if ref is not None:
            return ref, True, vm is not None
    prep = _PREPOSITION_HEAD.match(head) if vm is not None else None
    subject_after = (
        re.match(r"\S+\s+(?:\w+\s+)?(?:der|die|das|ein|eine)\s+([A-ZÄÖÜ][\wäöüß-]*)", clause[vm.start() :])
        if vm is not None
        else None
    )
    # after ``Für``/``Bei`` the person's view follows (``Für Landrätin X stellt die Halle einen Meilenstein
    # dar:``) unless a public body is the subject (``Für X stellt der Bund die Mittel bereit:``)
    viewpoint = prep is not None and prep.group(1) in {"Für", "Bei"}
    if (
        prep is not None
        and subject_after is not None
        and (not viewpoint or BODY_WORD.search(subject_after.group(1)) or subject_after.group(1) in _STATES)
    ):
        # ``Für Landrat X stellt der Bund die Mittel bereit:``: the person is the one done for, the subject
        # after the verb is no person
        return None, True, True
    for cand in candidates[-1:]:
        # ``… 12051 Berlin Jochen Biedermann, Bezirksstadtrat …:``: the subject ends the clause
        ref = _trailing_subject(cand) or _named_in(cand)
        if ref is not None:
            return ref, True, vm is not None
    stated = vm is not None or len(clause.split()) <= 6
    return None, stated, vm is not None


# a registered association's or cooperative's legal form, one token
_LEGAL_FORMS = {"e.V.", "e. V.", "e.G.", "e. G."}
# the rest of an office's list of fields, single words (``für Bauen, Planen und Facility Management``)
_DOMAIN_LIST_ON = re.compile(r"\s*[A-ZÄÖÜ][\wäöüß-]*(?:,\s*[A-ZÄÖÜ][\wäöüß-]*)*\s+(?:und|sowie)\s+[A-ZÄÖÜ]")
# a prepositional phrase opening a clause before its verb (``Für Landrat X stellt …``)
_PREPOSITION_HEAD = re.compile(
    r"^(Für|Mit|Bei|Neben|Gegenüber|Ohne|Dank|Wegen|(?:Zusammen|Gemeinsam) mit)\s"
)
_STATES = {"Land", "Freistaat", "EU"}  # bodies ``BODY_WORD`` does not name
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
# a given name and surname
_FULL_NAME = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\b")


def _name_pairs(text: str) -> Iterator[re.Match[str]]:
    """Capitalised pairs that may be a given name and a surname, overlapping (``Bürgermeister Hans X``)."""
    return re.finditer(rf"(?=({_GIVEN_AND_SURNAME}))", text)


def _names_another(role: str) -> bool:
    """Whether a role phrase names a person by given name and surname, neither an office's word
    (``Berlins Regierender Bürgermeister`` names nobody; ``der Vorsitzende der Stiftung … Hans X sowie``
    does)."""
    for m in _name_pairs(role):
        words = m.group(1).split()
        person = split_name(words)
        nxt = role[m.end(1) :].split()[:1]
        # (``Berlins Regierender Bürgermeister``: a participle before the office, no surname)
        participle = re.search(r"end(?:e[rn]?)?$", words[-1]) is not None
        before_office = bool(nxt) and is_role_word(nxt[0]) and participle
        named = person is not None and person.given_name and not any(is_role_word(w) for w in words)
        if named and not before_office:
            return True
    return False


# a separable verb of saying with its particle (``strich … hervor``, ``wies … hin``, ``machte … deutlich``)
_SEPARABLE_SAYING = re.compile(
    r"\b(?:strich|streicht|hob|hebt|stellte|stellt|wies|weist|machte|macht)\b[^.!?]*?"
    r"\b(?:hervor|heraus|hin|deutlich|klar)\b(?=\s*[,.;]|$)"
)


def _names_someone(sentence: str) -> bool:
    """Whether ``sentence`` names a person by given name and surname (not ``Der Bundespräsident``)."""
    for m in _name_pairs(sentence):
        person = split_name(m.group(1).split())
        if person is not None and person.given_name and not is_role_word(m.group(1).split()[0]):
            return True
    return False


# an indefinite antecedent (``von einem jungen Mann``): someone the text does not name
_SOMEONE = re.compile(
    r"\b(?:von|mit|an|über|bei|zu)\s+(?:ein|eine|einem|einer|eines|einen)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]+$"
)
# a speech act of a named person (``Antwort der Staatssekretärin X``, ``Frage des Abgeordneten X``)
_SPEECH_ACT = re.compile(
    r"^(?:[A-ZÄÖÜ][a-zäöüß]+e\s+)?(?:Antwort|Frage|Stellungnahme|Erklärung|Statement|Grußwort|Appell|Fazit)\s+"
    r"(der|des|von)\s+(.+?)(?:\s+\([^()]{2,30}\))?(?:\s+vom\s+[^,]{4,30})?$"
)
# ``Müller gratuliert Laura Ludwig …``: a surname, perhaps after an office, then a verb in the third person
_HEADLINE_SUBJECT = re.compile(
    r"^(?:[A-ZÄÖÜ][\wäöüß-]+\s+)?([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+[a-zäöüß]{3,}t\b"
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
_TAKES_A_STAND = re.compile(r"\b(?:nimmt|nahm)\s+(.{4,120}?)\s+(?:wie\s+folgt\s+|dazu\s+)?Stellung$")
# a speaker publishing or reading out a letter or statement of theirs, which the colon introduces
_PUBLISHED_LETTER = re.compile(
    r"\b(?:veröffentlicht|veröffentlichte|verliest|verlas|dokumentiert|dokumentierte)\s+"
    r"(?:(?P<pronoun>sie|er)\s+)?"
    r"(?:hier\s+)?(?:(?:ihr|ihre|ihren|sein|seine|seinen)\s+(?:[a-zäöüß]+e[nrs]?\s+)?"
    r"(?:Antwortschreiben|Schreiben|Brief|Antwort|Stellungnahme|Erklärung|Grußwort|Rede)"
    r"|(?:das|die|den)\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?:Antwortschreiben|Antwort))(?:\s+im\s+Wortlaut)?$"
)
# a verb of calling or stressing after the speaker, the marked words following ``als``
_CALLS = re.compile(
    rf"^\s*,?\s*(?:{VERBS}|bezeichnet|bezeichnete|nennt|nannte|würdigt|würdigte|lobt|lobte|wertet|wertete|"
    r"beschreibt|beschrieb)\b[^.!?:„“\"»«]{0,120}\sals$"
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
# words cited from a letter or speech of the person named before (``In seinem Kondolenzschreiben heißt es``)
_OWN_WRITING_CITED = re.compile(
    r"^(?:In|Im|Aus)\s+(sein|ihr)e[mnr]?\s+(?:[a-zäöüß]+e[nmr]?\s+)?[A-ZÄÖÜ][a-zäöüß-]*"
    r"(?:[Ss]chreiben|[Bb]rief|[Ww]ort|[Tt]elegramm|[Bb]otschaft|[Ee]rklärung|[Rr]ede|[Aa]nsprache|[Nn]achricht)"
    r"(?:\s+an\s+[^,:]{2,80}?)?\s+(?:heißt|hieß)\s+es\b"
)
_AND_VERB_END = re.compile(rf"\bund\s+(?:{VERBS})(?:\s+{_ADVERBIAL})*\s*:?\s*$")
# ``…, ist Emine Demirbüken-Wegner beeindruckt:``: a state of the speaker's, subject after the verb
_INVERTED_STATE = re.compile(
    r"\b(?:ist|war|sind|zeigt\s+sich|zeigte\s+sich)\s+(.{4,80}?)\s+(?:(?:sehr|besonders|tief|sichtlich|"
    r"ganz|ebenso)\s+)?(?:beeindruckt|überzeugt|sicher|begeistert|erfreut|zufrieden|stolz|optimistisch|"
    r"zuversichtlich|dankbar|froh|glücklich|gespannt|besorgt|enttäuscht|bewegt|berührt|erleichtert)$"
    # ``Das kann X, Pflegerin im …, nur bestätigen:``: a modal verb, the subject, a verb of saying
    r"|^(?:Das|Dies|Dem|Dazu)\s+(?:kann|konnte|muss|musste|will|wollte|möchte|mag)\s+(.{4,200}?)\s+"
    r"(?:(?:nur|auch|ebenfalls|voll|voll\s+und\s+ganz|uneingeschränkt)\s+)*(?:bestätigen|unterstreichen|"
    r"zustimmen|beipflichten|sagen|betonen|hinzufügen|ergänzen|berichten|erzählen)$"
)

# reported speech closed by its speaker: ``…, sagte Eggert.``
_REPORTED_END = re.compile(rf",\s+(?:{VERBS})\s+([^.!?]{{3,250}})\.$")
_OBJECT_VERB = re.compile(
    r"(?:gratuliert|dankt|begrüßt|lobt|ermutigt|ermuntert|fragt|bittet|bat|lädt|lud|rät|riet|empfiehlt|empfahl|"
    r"wirbt|warb)e?\b"
)
_TOPIC_TAIL = re.compile(r",?\s+(?:dazu|hierzu|darüber|ergänzend|abschließend|zu\w*\s+[A-ZÄÖÜ][\w-]+)$")


def _without_topic(clause: str) -> str:
    """The clause without the topic it ends with (``X, Bürgermeisterin, zum Haushalt``); not a body's place
    (``Vorsitzender des Architekten- und Ingenieurvereins zu Berlin-Brandenburg``)."""
    tail = _TOPIC_TAIL.search(clause)
    place = tail and re.fullmatch(r",?\s+zu\s+([A-ZÄÖÜ][\w-]+)", tail.group(0))
    body = re.search(r"[A-ZÄÖÜ][a-zäöüß]{5,}(?:e?s|kammer)$", clause[: tail.start()]) if place else None
    known = place and (gazetteer.is_name_head(place.group(1).split("-")[0]) or place.group(1) == "Berlin")
    if body and known:
        return clause  # (a body's genitive before ``zu``, not a person: ``Landrat X zu Potsdam:``)
    return clause[: tail.start()] if tail else clause


def _joint(text: str) -> list[_Ref] | None:
    """Two people under one attribution, each in full (``X, Konzerthaus Berlin, und Y, Komische Oper Berlin
    (Projektleiter)``, ``die Stadträtin X und der Baustadtrat Y stellen fest``): each with the role or body
    stated at the name, a role in brackets or in the plural after both (``Geschäftsführerinnen der …``)
    shared; ``None`` unless the text is just these two and perhaps a plural verb."""
    text = re.sub(r"[\s:.,]+$", "", _LEAD_ADVERB.sub("", text.strip()))
    for m in re.finditer(r",?\s+und\s+", text):
        a, a_end = _subject(text[: m.start()])
        b, b_end = _subject(text[m.end() :])
        if not (_named_in_full(a) and _named_in_full(b)) or a.person.surname == b.person.surname:
            continue
        body_a = _body_apposition(text[a_end : m.start()])
        apposition = bool(body_a) or (a.role is not None and not a.person.role_prefix)
        if apposition and not m.group(0).startswith(",") and (b.person.role_prefix or not b.role):
            # ``X, Stadträtin im Bezirk Mitte und Vorsitzende der …``: the apposition runs on; a second
            # person is joined only with an apposition of his own (``X, Senatorin … und Dr. Y, Senator …``)
            continue
        if body_a and re.search(r"\b(?:von|vom|der|des)\s+[A-ZÄÖÜ][\w-]*$", body_a):
            continue  # ``Alan Ross, Enkel von Arthur, und …``: a relation, not a body
        tail = _JOINT_TAIL.fullmatch(text[m.end() + b_end :])
        if body_a is None or tail is None or (body_a and (a.role or is_role_word(body_a.split()[0]))):
            continue  # ``X, Stadträtin für Schule, Sport und Facility Management``: one office's fields
        if any(_PLACE_KIND.fullmatch(r.person.given_name or "") for r in (a, b)):
            continue  # ``Erster Bürgermeister der Freien und Hansestadt Hamburg``: a place, not a person
        shared = tail.group("bracket")
        if shared and PARTY.fullmatch(re.sub(r"\s*/\s*", "/", shared)):
            shared = None  # ``… Korinna X (Bündnis 90 / Die Grünen):``: the second person's party
        if shared and not is_role_word(shared.split()[0]):
            continue
        app = (tail.group("app") or "").strip()
        after_b = b.role if b.role and not b.person.role_prefix else ""  # ``Y, Vorsitzende der …`` parsed
        office = (app or after_b).split()[0] if (app or after_b) else ""
        if office and not (a.role or body_a) and _PLURAL_ROLE.match(office) and _plural_office(office):
            shared, app = app or after_b, ""  # ``X und Y, Vorsitzende der …``: the office of both
        if a.role and a.person.role_prefix and not b.role and not shared:
            # ``die beiden VRS-Geschäftsführer X und Y``: an office in the plural before both names
            plural = re.match(rf"(?:die\s+)?(beiden\s+|beide\s+)?{re.escape(a.role)}\s", text)
            if plural and (plural.group(1) or re.search(r"(?:er|innen)$", a.role)) and text.startswith("die"):
                shared = a.role.removesuffix("nen")  # ``die Geschäftsführerinnen X und Y``
                a.role = shared
        for ref, body in ((a, body_a), (b, app)):
            if body and is_role_word(body.split()[0]):
                ref.role, body = ref.role or body, ""  # ``X und Y, Landrat``: his role
            ref.org = ref.org or body or None
            if shared and not ref.role:
                ref.role, ref.org = shared, ref.org or organisation_of(shared)
        return [a, b]
    return None


def _plural_office(word: str) -> bool:
    """``Vorsitzende``, ``Geschäftsführerinnen``, ``Vorstandsmitgliedern``: an office word, also in the
    plural."""
    return is_role_word(word) or is_role_word(_singular_office(word) or "-")


# the plural of an office that names its holders' gender or none (``Bezirksstadträtinnen``,
# ``Vorstandsmitgliedern``); ``Bezirksstadträte`` may be men or women
_PLURAL_OFFICE_END = r"(?:räte|innen|[mM]itglieder|[mM]itgliedern)$"


# a plural office before the list of its holders (``die Geschäftsführer der Kommunalen Landesverbände, X
# (Gemeindetag), Y (Städteverband) und Z (Landkreistag)``)
_ROSTER = re.compile(
    r"^\s*(?:[Dd]ie|[Dd]er)\s+(?P<office>[A-ZÄÖÜ][\wäöüß-]*(?:er|innen)|Vorstand|Geschäftsführung|Doppelspitze)"
    r"(?P<of>\s+(?:der|des)\s+[^,;:.()–]{3,80}?)?"
    # (also set off by dashes: ``Der Vorstand der KVB – Dr. X, Dr. Y und Dr. Z – erklärte``)
    r"\s*(?:,|\s[–—])\s+(?=[A-ZÄÖÜ]|(?:Dr|Prof)\.)"
)
_ROSTER_NAME = re.compile(
    rf"(?P<name>(?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\wäöüß-]+)"
    r"(?:\s+\((?P<body>[^()]{2,60})\))?(?P<sep>\s*,\s+|\s+(?:und|sowie)\s+)?"
)


def _roster(text: str) -> list[_Ref] | None:
    """The holders of a plural office listed after it, each with the body in brackets after the name (the
    office then theirs alone) or else the office as written; ``None`` unless two or more are named."""
    m = _ROSTER.match(text)
    collective = m is not None and m.group("office") in {"Vorstand", "Geschäftsführung", "Doppelspitze"}
    if m is None or not (collective or _plural_office(m.group("office"))):
        return None
    office = m.group("office").removesuffix("nen")  # ``Geschäftsführerinnen`` → ``Geschäftsführerin``
    refs: list[_Ref] = []
    pos, joined = m.end(), False
    while nm := _ROSTER_NAME.match(text, pos):
        person = split_name(nm.group("name").split())
        if person is None or not person.given_name or person.role_prefix:
            return None
        body = nm.group("body")
        body = body if body and body[:1].isupper() and not PARTY.match(body) else None  # not an age (``16``)
        role = office if body else f"{office}{m.group('of') or ''}"
        refs.append(_Ref(person=person, role=role, org=body or organisation_of(role)))
        sep = (nm.group("sep") or "").strip()
        if joined or not sep:
            return refs if joined and len(refs) >= 2 else None  # the name after ``und`` closes the list
        joined = sep in {"und", "sowie"}
        pos = nm.end()
    return None


def _named_in_full(ref: _Ref | None) -> bool:
    return ref is not None and ref.person is not None and bool(ref.person.given_name)


def _body_apposition(text: str) -> str | None:
    """``, Konzerthaus Berlin,``: a body after a name (empty string when there is none); ``None`` for words
    that are not a name."""
    text = text.strip(" ,")
    if not text:
        return ""
    words = text.split()
    if "," in text or len(words) > 6 or not all(w[0].isupper() or w in CONNECTORS for w in words):
        return None  # ``…, Kultur, Sport und Facility Management``: the rest of an office's fields
    return text


# words before a surname that name no given name (``Firma Müller``, ``Familie Brandt``)
_NOT_GIVEN = {
    "Firma", "Familie", "Haus", "Praxis", "Kanzlei", "Bäckerei", "Autohaus", "Metzgerei", "Gärtnerei",
}  # fmt: skip
# two surnames under one attribution: after the quote (``, so König und Peter.``), before it with a plural
# verb (``König und Peter pflichteten bei:``)
_SURNAME = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
_SURNAME_PAIR_AFTER = re.compile(rf"(?P<a>{_SURNAME})\s+und\s+(?P<b>{_SURNAME})\s*[.,]?")
_SURNAME_PAIR_BEFORE = re.compile(
    # (also with no verb: ``Wegner und Woidke: „…“``)
    rf"(?P<a>{_SURNAME})\s+und\s+(?P<b>{_SURNAME})(?:\s+(?:(?:{'|'.join(sorted(_PLURAL_SAYING))}|sagten|"
    r"erklärten|meinten|fügten|pflichteten|stimmten)(?:\s+[a-zäöüß]+){0,2}|(?:sind|waren)\s+sich\s+einig|dazu))?\s*:"
)
_PLURAL_VERB_FIRST = re.compile(
    r"^(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?[a-zäöüß]+en\s+(?:gemeinsam\s+)?(?=(?:die\s+|der\s+)?[A-ZÄÖÜ])"
)
# after the second name of a joint attribution: its body, a shared role in brackets or in the plural, a
# plural verb (``stellen fest``, ``betonten gemeinsam``)
_JOINT_TAIL = re.compile(
    r"(?:,\s+(?P<app>[A-ZÄÖÜ][^,()]{1,80}?))?\s*(?:\((?P<bracket>[^()]{2,60})\))?"
    # (also after the second apposition's comma: ``…, Ephraim Gothe, erklären``)
    r"(?:,?\s+[a-zäöüß]+en\b(?:\s+[a-zäöüß]+)?)?"
    # when and where they said it (``…, Matthias Rösch, heute in Mainz``)
    r"(?:,?\s+(?:heute|gestern|gemeinsam|übereinstimmend|einhellig)\b)?"
    # (``… nach Abschluss des Treffens``)
    r"(?:\s+(?:in|im|am|beim|bei|auf|vor|nach|zum|zur)\s+(?:der\s+|dem\s+)?[A-ZÄÖÜ][\wäöüß-]*"
    r"(?:\s+(?:des|der)\s+[A-ZÄÖÜ][\wäöüß-]*)?)?"
    # (and on which day: ``… bei der Einweihung am 4. April 2014``)
    r"(?:\s+am\s+\d{1,2}\.\s*(?:[A-ZÄÖÜ][a-zä]+|\d{1,2}\.)\s*(?:\d{4})?)?"
)
_PLACE_KIND = re.compile(
    r"(?:Hanse|Landeshaupt|Kreis|Universitäts)?[Ss]tadt|Gemeinde|Land|Freistaat|Bezirk|Kreis"
)
# an office in a form that is also plural (``Geschäftsführerinnen``, ``Vorsitzende``, ``Projektleiter``)
_PLURAL_ROLE = re.compile(r"[A-ZÄÖÜ][\w-]*(?:innen|e|er)$")


def _trailing_subject(text: str) -> _Ref | None:
    """The longest end of ``text`` that is a named person with an optional role apposition, so that words
    before it (an address, a run-in heading) do not hide the speaker."""
    for m in re.finditer(r"(?:^|(?<=\s))(?=[A-ZÄÖÜ])", text):
        before = text[: m.start()].split()
        if before and before[-1] in _NOT_BEFORE_SUBJECT:
            continue  # ``die Arbeit von Wolfgang Ganter:``, ``der Gärten der Welt:``: not the subject
        ref, end = _subject(text[m.start() :])
        if ref is None or ref.person is None or not ref.person.given_name:
            continue
        lead = (ref.role or "").split()[:1]
        if lead and lead[0][:1].isupper() and not _may_open_role(lead[0]):
            continue  # ``… 18.00 Uhr Wirtschaftsstadtrat X``: a word before the office is none of it
        # (or the verb's object after an office's genitive body: ``…, Amtsleiter des Amtes das Jahr positiv``)
        rest = text[m.start() + end :]
        if re.fullmatch(r"\s*(?:\([^()]{1,15}\))?[\s,]*|\s+(?:das|den|die|dem)\s+[a-zäöüß][^,;:()„“]*", rest):
            return ref  # ``… Berlin-Brandenburg (UVB):``: an abbreviation may close the role
    return None


def _may_open_role(word: str) -> bool:
    """A role's first word: an office, an adjective (``Pankower``, ``Ärztliche``), a place's genitive
    (``Spandaus``) or an abbreviation (``SPD``, ``Stellv.``); not a noun before the office (``Uhr``)."""
    # (declined adjectives too: ``Wissenschaftliche``, ``Frühere``; an abbreviation: ``Stellv.``)
    return is_role_word(word) or bool(re.search(r"(?:s|')$|e[nrs]?$|\.$", word)) or word.isupper()


# a body's head named by the body's kind (``Sparkassenchef``, ``Messedirektorin``)
_BODY_HEAD = re.compile(r"([A-ZÄÖÜ][a-zäöüß]{3,}?)(chef|vorstand|direktor|präsident|geschäftsführer)(in)?")
# an office heading a body, before the body's name
_HEAD_OFFICE = re.compile(
    r"(?:Vorstandsvorsitzende|Vorsitzende|Vorstand|Chef|Direktor|Präsident|Geschäftsführer|Leiter)"
    r"(?:in|r)?\s+(?:des\s+Vorstand(?:e?s)\s+)?(?:der|des)\s+"
)


_NOT_BEFORE_SUBJECT = {
    "von", "vom", "mit", "bei", "beim", "für", "durch", "über", "an", "auf", "der", "die", "das", "des",
    "dem", "den", "und", "sowie", "oder", "zu", "zum", "zur", "im", "in", "einer", "eines", "einem",
}


def _named_in(clause: str) -> _Ref | None:
    """``Für das Bezirksamt wird Gesundheitsstadtrat Christoph Keller teilnehmen:``: the one person named
    with role and full name inside an attribution clause."""
    found = {}
    for m in _MENTIONED.finditer(clause):
        if is_role_word(m.group(1)):
            ref, _ = _subject(clause[m.start() :])
            if ref is not None and ref.person is not None and ref.person.given_name:
                found[ref.person.name] = ref
    if not found:
        # ``Bereits am Donnerstag präsentierte der zuständige Bezirksstadtrat Maack (AfD) … und freut sich:``
        for m in _ROLE_SURNAME.finditer(clause):
            if is_role_word(m.group(1)) and not is_role_word(m.group(2)) and m.group(2) not in NON_NAME:
                surname = PersonName(m.group(2), None, None, m.group(2), None)
                found[m.group(2)] = _Ref(person=surname, role=m.group(1))
    if len(found) != 1:
        return None
    ref = next(iter(found.values()))
    body = _FOR_BODY.search(clause)  # ``Für das Bezirksamt Mitte wird Gesundheitsstadtrat X …``
    if body and not ref.org and not organisation_of(ref.role):
        ref.org = body.group(1)
    return ref


_ROLE_SURNAME = re.compile(
    r"\b([A-ZÄÖÜ][\wäöüß-]+)\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:\s+\([^()]{1,15}\))?\s+(?=[a-zäöüß])"
)
_FOR_BODY = re.compile(
    r"\b[Ff]ür\s+(?:das|die|den)\s+((?:Bezirksamt|Landratsamt|Ministerium|Amt|Landkreis|Stadt|Gemeinde|"
    r"Senatsverwaltung)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)"
)


def _name_run(text: str, m: re.Match[str]) -> list[str]:
    """The words of a name found at ``m``; after an article or conjunction the first word belongs to the noun
    phrase before (``des Tierheims Jan Berge``, ``Umwelt und Verkehr Martin Schaefer``)."""
    words = m.group(0).split()
    before = text[max(0, m.start() - 30) : m.start()].split()
    last = before[-1] if before else ""
    peer = is_role_word(last) or re.search(r"(?:olleg(?:e|en|in)|artner)$", last) is not None
    # (after an honorific the second word is a second given name: ``Professor Dr. Jörg Rüdiger X``)
    titled = re.match(rf"{HONORIFIC}\s", m.group(0)) is not None
    if m.group("second") and not peer and not titled:
        return [w for w in words if w != m.group("second").strip()]
    return words


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


def _thing_subject(sentence: str) -> bool:
    """The sentence's subject is a thing or a group, no office holder (``Die Lokalpresse bezeichnete …``,
    ``Der Chor sang …``, not ``Der Bürgermeister Armin Faber konnte …``)."""
    m = re.match(r"^(?:Der|Die|Das|Ein|Eine)\s+(?:[a-zäöüß]+\s+)*([A-ZÄÖÜ][\w-]*)\s+(\S+)", sentence)
    return m is not None and not is_role_word(m.group(1)) and m.group(2)[:1].islower()


def _misspelt(a: str, b: str) -> bool:
    """``Habibullah``/``Habibullay``: one spelling of a long name differs from the other in one letter."""
    # not ``Jan``/``Jana``, ``Paul``/``Paula``, ``Michael``/``Michaela``: relatives, two people
    return len(a) == len(b) >= 6 and sum(x != y for x, y in zip(a, b, strict=True)) == 1


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


# an apposition after a quoted title (``„Titel“, den zweiten Teil der Reihe``)
_APPOSED_AFTER = re.compile(r"\s*,\s+(?:den|die|das|der|dem|des|ein|eine|einen|einem|eines)\s")


def _is_speech(span: QuoteSpan) -> bool:
    inner = span.text.strip()
    words = len(inner.split())
    return words >= 4 or bool(re.search(r"[.!?,…]$", inner))


_GIVEN_AND_SURNAME = r"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\wäöüß-]+"


def _form_of_address(surname: str, text: str) -> str | None:
    """``Herr`` or ``Frau`` where ``text`` gives ``surname`` with a form of address (``Herr Cayir``)."""
    m = re.search(rf"\b(Herrn?|Frau)\s+{re.escape(surname)}\b", text)
    return m.group(1) if m else None


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


# a text read out, recited or answered: someone else's words (``verlas das Grußwort der Ministerin:``)
_READ_OUT = re.compile(
    r"\b(?:verlas|verliest|zitierte|zitiert|beantwortet\w*)\b|\bvor:$|"
    r"\b(?:Grußwort|Gedicht|Brief|Schreiben|Fragen?|Gästebuch|Botschaft|Zuschrift)\b"
)
# a verb that introduces the subject's own words after a colon
_OWN_WORDS_VERB = re.compile(
    r"\b(?:bedankte|bedankt|betonte|betont|sagte|sagt|erklärte|erklärt|unterstrich|mahnte|appellierte|warnte)\b"
)
# a verb of saying opening the sentence after a quote (``„…“ Sagt der Student X …``)
_SAID_CAPITALISED = re.compile(r"(\s+)([SEBM])(?:agt|agte|rklärt|rklärte|etont|etonte|eint|einte)\s")
# a time or a day before a colon and a quotation: a programme's entry and its title
_PROGRAMME_ENTRY = re.compile(
    r"(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?:[^„“\".!?]{0,40}?\d\s*Uhr)?|\d{1,2}[.:]\d{2}\s*Uhr)\s*:\s*$"
)
# a verb that makes the quotation before it a name (``„…“ heißt ein Projekt``, ``„…“ lautet das Motto``)
_NAMES_IT = re.compile(
    r"\s+(?:heißt|hieß|lautet|lautete|nennt\s+sich|nannte\s+sich)\s+(?:ein|eine|das|der|die)\s"
)
# a quote opening in the first person
_FIRST_PERSON = re.compile(r"\s*(?:Ich|Mir|Mich|Wir|Uns|Unser\w*|Mein\w*)\b")


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


def _people_named(text: str) -> set[str]:
    """The given names and surnames ``text`` names, overlapping pairs tried (``Ehrenbürger Hans Lehmann``)."""
    found = set()
    for m in _name_pairs(text):
        before = text[: m.start()]
        # not a body or an amount (``im Ortsteil Nord``, ``vier Millionen Euro``)
        amount = re.search(r"(?:\d|\b(?:zwei|drei|vier|fünf|zehn|hundert))\s*$", before)
        if _BEFORE_A_BODY.search(before) or amount:
            continue
        if _names_person(m.group(1)):
            found.add(m.group(1))
    return found


def _names_person(pair: str) -> bool:
    """``Ann-Christin Pieper``: a given name and a surname, not a body (``Fachdienst Bürgerservice``)."""
    person = split_name(pair.split())
    if person is None or not person.given_name or _GENITIVE_BODY.search(pair.split()[0]):
        return False  # ``des Medizinischen Dienstes Berlin-Brandenburg``: a body's genitive, no given name
    return all(is_name_token(w) for w in pair.split())


_GENITIVE_BODY = re.compile(r"(?i:dienstes|amtes|verbandes|vereins|kreises|landes|bundes|rates)$")
# a preposition or an article before a capitalised pair: a body (``vom Fachdienst Bürgerservice``)
_BEFORE_A_BODY = re.compile(r"\b(?:vom|von|der|des|dem|den|im|am|beim|zum|zur|die|das)\s*$")
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


def _clean_quote(text: str) -> str:
    q = re.sub(r"\s+", " ", text).strip()
    q = re.sub(r"\s*,$", "", q)  # a comma inside the closing mark is the sentence's (shared gold)
    if q.endswith("‘") and not re.search(r"[‚‘’']", q[:-1]):
        q = q[:-1]  # ``„… gewährleistet‘“``: a stray single mark before the closing one
    return q.strip()


class SpeakerFinder:
    """Collects speakers over the paragraphs of one document."""

    def __init__(self, full_text: str, headline: str = "", captions: str = "") -> None:
        self.people: list[_Person] = []
        self.full_text = full_text
        self.headline = headline  # title and subtitle: a last source for a quoted surname's full name
        self.captions = captions  # photo captions outside the body: a last source for an office's holder
        self.last: _Person | None = None
        self._text = ""
        self.warnings: list[str] = []
        self._pos = 0
        self.prev_tail = ""
        self.prev_para = ""
        self.ended_with: _Person | None = None  # the speaker whose attributed quote closed the last paragraph

    def _resolve(self, ref: _Ref) -> _Person | None:
        if ref.pronoun:
            # ``Die Schulleiterin …, Kerstin Abendroth, zeigte sich erleichtert. „…“, sagte sie.``
            before = self._text[max(0, self._pos - 400) : self._pos]
            named = _people_named(before) or _people_named(self.prev_tail)
            if ref.aged and len(named) != 1:
                return None  # ``besuchte Bürgermeister X den Ehrenbürger Y. „…“, sagte der 90-Jährige``
            # after the last words spoken before it, not a marked phrase (``von dem „herausragenden Rahmen“``)
            spoken = [q for q in find_quotes(before) if _is_speech(q)]
            cut = spoken[-1].end - 1 if spoken else -1
            if (subject := self._sentence_subject(before[cut + 1 :], ref.pronoun)) is not None:
                return subject
            if (named_first := self._subordinate_person(before[cut + 1 :], ref.pronoun)) is not None:
                return named_first
            # ``Ursula Schäfer sagt, sie sei nie allein. … „…“ … gibt sie zu: „…“``: the narration before the
            # last quotation, its quotations left out
            narration = self._text[: self._pos]
            for q in reversed(find_quotes(narration)):
                narration = narration[: q.start] + narration[q.end :]
            if (subject := self._sentence_subject(narration[-600:], ref.pronoun)) is not None:
                return subject
            lead = self._text[: self._pos]
            # a marked word in the paragraph before (``dankte den „Ehemaligen“``) is no speech of another
            spoken_before = any(len(q.text.split()) > 2 for q in find_quotes(self.prev_tail))
            opening = cut < 0 and len(_sentences(lead.strip())) <= 1 and not spoken_before
            if opening and (subject := self._sentence_subject(self.prev_tail, ref.pronoun)) is not None:
                return subject  # ``Förster X leitete an.`` ¶ ``Er erläuterte: „…“``
            for m in reversed(list(_ROLE_START.finditer(before[cut + 1 :]))):
                if not is_role_word(m.group(1)):
                    continue
                head = before[cut + 1 : cut + 1 + m.start()].strip()
                ahead = "" if re.search(r"[.!?]$", head) else (_sentences(head) or [""])[-1]
                if re.search(rf"\b{ref.pronoun}\b", ahead, re.I):
                    return None  # ``leitete sie als Vorgängerin der Hausleiterin X …``: X is someone else
                found, _ = _subject(before[cut + 1 + m.start() :])
                if found is not None and found.person is not None and found.person.given_name:
                    if not _agrees(found.role, ref.pronoun):
                        break  # ``Autorin Daniela Dahn …``, then ``„…“, erzählt er``: someone else
                    return self._add(found.person, None)  # role only where the attribution states it
                break
            if self.last is None:
                found = list(_MENTIONED.finditer(self._text))
                for m in reversed(found):
                    if is_role_word(m.group(1)) and _agrees(m.group(1), ref.pronoun):
                        person = split_name(m.group(2).split())
                        if person:
                            return self._add(person, None)
            if self.last is not None and not _agrees(self.last.speaker.role, ref.pronoun):
                return None  # ``berichtet sie`` after ``Abteilungsleiter X``: someone else
            return self.last
        if ref.role_only:
            if is_surname_like_role(ref.role_only):
                # ``so Richter`` after ``Mathis Richter``: the surname, not the judge
                lone = PersonName(ref.role_only, None, None, ref.role_only, None)
                if (who := self._add(lone, None)) is not None:
                    return who
            # (also the head's office for ``SCN-Chef X``: ``so der SCN-Geschäftsführer``)
            head = _HEAD_OF_ABBREVIATION.fullmatch(ref.role_only)
            named_chief = head and re.search(rf"\b{re.escape(ref.role_only)}\s+[A-ZÄÖÜ]", self.full_text)
            if head and head.group(1)[1:2].isupper() and not named_chief:
                # ``so der KBV-Chef``: the one person quoted whose office or body names the abbreviation
                # (of the chief's gender; not where the text names someone ``KBV-Chef X``)
                pronoun = "sie" if head.group(2) else "er"
                heads = [
                    p
                    for p in self.people
                    if re.search(rf"\b{head.group(1)}\b", " ".join(p.roles))
                    and _agrees(p.speaker.role, pronoun)
                ]
                if len(heads) == 1:
                    return heads[0]
                # the one person the text names as the body's head (``SCN-Chef Thomas X``)
                ending = "in" if head.group(2) else "(?!in)"
                named = {
                    m.group(1)
                    for m in re.finditer(
                        rf"{_NOT_FORMER}(?<!Ex-)\b{head.group(1)}-(?:Chef|Geschäftsführer){ending}\s+"
                        rf"((?:{HONORIFIC}\s+)?[A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ][\w-]+)",
                        self.full_text,
                    )
                }
                person = split_name(named.pop().split()) if len(named) == 1 and not heads else None
                if person is not None and person.given_name:
                    return self._add(person, None)
            if (chief := self._head_of_body(ref.role_only)) is not None:
                return chief  # ``so der Sparkassenchef`` after ``X, Vorstandsvorsitzender der Sparkasse …``
            words = ref.role_only.split()
            placed = len(words) > 1 and (_GENITIVE_PLACE.match(ref.role_only) or place_adjective(words[0]))
            # ``Brandenburgs Rathauschef``, ``Stendaler Landrat``, ``Stellvertretende Landrat``
            qualified = len(words) > 1 and _ADJ.match(words[0].lower()) is not None
            noun = words[1] if placed or qualified else words[0]
            key = noun.lower()
            stem = words[0].lower()[:-1] if qualified else ""  # ``Stellvertretende``: only the deputy
            for p in reversed(self.people):
                if stem and not any(stem in r.lower() for r in p.roles):
                    continue
                # ``der Landesbischof`` after ``Bischof X``, ``der Bischof`` after ``Landesbischof X``
                # (``die Schulleiterin`` for ``Schulleitung X``: the head named by the office's function)
                led = re.sub(r"leiter(?:in)?$", "leitung", key)
                if any(
                    key in r.lower() or led in r.lower() or _level_of(r.split()[0].lower(), key)
                    for r in p.roles
                ):
                    if p.speaker.role and p.speaker.role.split() == [f"{words[0]}n", *words[1:]]:
                        p.speaker.role = ref.role_only  # ``vom Stellvertretenden Landrat``: the nominative
                    return p
            # an office's abbreviation (``hatte der OB erklärt``) stands for the office written out
            spelled = ROLE_ABBREVIATIONS.get(noun)
            synonyms = (*_OFFICE_SYNONYMS.get(noun, ()), *((spelled, f"{spelled}in") if spelled else ()))
            offices = "|".join(re.escape(o) for o in (noun, *synonyms))
            m = re.search(
                # also in the genitive (``auf Einladung des Landrates Dr. X``)
                # also a second office after it (``Landrat und Behördenleiter Dr. Axel X``)
                # (not the city's ``Regierende Bürgermeisterin X`` for a district's)
                rf"{_NOT_FORMER}(?<!Regierende )(?<!Regierender )(?<!Regierenden )\b(?:{offices})(?:e?s)?"
                r"(?:\s+und\s+[A-ZÄÖÜ][\w-]+)?"
                rf"\s+((?:{HONORIFIC}\s+)?[A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ][\w-]+)",
                self.full_text,
            )
            if stem:
                # ``vom Stellvertretenden Landrat X``; ``Bürgermeister X`` is not ``der Stellvertretende …``
                deputy = rf"\b{stem}\w*\s+{noun}\s+((?:{HONORIFIC}\s+)?[A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ][\w-]+)"
                dm = re.search(deputy, self.full_text, re.I)
                person = split_name(dm.group(1).split()) if dm else None
                return self._add(person, ref.role_only) if person else None
            if m:
                person = split_name(m.group(1).split())
                whole, _ = _subject(self.full_text[m.start() : m.start() + 200])
                double = whole is not None and whole.person is not None and whole.person.surname.split()[0]
                if person and double in DOUBLE_SURNAME_FIRST and whole.person.name.startswith(person.name):
                    person = whole.person  # ``Landrat Dr. Christian Schulze Pellengahr``: a two-word surname
                if person:
                    return self._add(person, ref.role_only)
            # ``die Bezirksstadträtin für Kultur, Juliane Witt, …`` elsewhere in the text
            first = noun
            tail = rf"(?i:{re.escape(first[0])}){re.escape(first[1:])}"
            for m in re.finditer(rf"{_NOT_FORMER}\b[\wäöüß-]*{tail}\b", self.full_text):
                # (with its article: ``die Bezirksstadträtin für …, Dagmar X, gemeinsam mit …``)
                article = re.search(r"\b(?:der|die)\s+$", self.full_text[max(0, m.start() - 4) : m.start()])
                start = m.start() - (len(article.group(0)) if article else 0)
                found, _ = _subject(self.full_text[start : m.start() + 300])
                if found is not None and found.person is not None and found.person.given_name:
                    return self._add(found.person, found.role or ref.role_only)
            if len(words) == 1 and (elected := self._elected_holder(first)) is not None:
                return elected  # (not ``die Präsidentin des Landgerichts``: an office of its own body)
            # ``der Bischof`` where the text writes ``Bischof Stäblein`` of a speaker already quoted
            for m in re.finditer(rf"\b{re.escape(first)}\s+([A-ZÄÖÜ][\w-]+)", self.full_text):
                known = [p for p in self.people if p.speaker.surname == m.group(1)]
                if known:
                    return known[0]
            if (holder := self._headline_holder(noun)) is not None:
                return holder
            if (minister := self._one_minister(key)) is not None:
                return minister
            # ``Anna X, Abfallberaterin des Landkreises Stade, …``: the one holder the text names before the
            # office (not a deputy, ``Tom Y, stellvertretender Bürgermeister``, nor a former holder, ``…,
            # Bürgermeisterin a.D.``, ``… von 1998 bis 2014``)
            apposition = rf"((?:{HONORIFIC}\s+)?[A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ][\w-]+),\s+(?:{offices})\b"
            apposed = {
                m.group(1)
                for m in re.finditer(apposition, self.full_text)
                if not re.match(r"\s*(?:a\.\s?D\.|von\s+\d{4}|bis\s+\d{4})", self.full_text[m.end() :])
            }
            holder = split_name(apposed.pop().split()) if len(apposed) == 1 else None
            if holder is not None and holder.given_name and not stem:
                return self._add(holder, None)
            # ``„…“, so der Bürgermeister.`` named only in the photo's caption (``Bürgermeister Christian X``)
            # not a former holder nor a deputy (``Der frühere Bürgermeister X (links)``)
            deputy = "".join(rf"(?<!{w} )" for w in ("stellvertretende", "stellvertretender"))
            name = rf"((?:{HONORIFIC}\s+)?[A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ][\w-]+)"
            holder_rx = rf"{_NOT_FORMER}{deputy}\b(?:{offices})\s+{name}"
            pictured = re.findall(holder_rx, self.captions)
            if len(set(pictured)) == 1 and (person := split_name(pictured[0].split())) is not None:
                return self._add(person, ref.role_only)
            return None if is_role_word(noun) else self._described(ref.role_only)
        assert ref.person is not None
        return self._add(ref.person, ref.role, ref.org, lone=ref.addressed)

    def _head_of_body(self, office: str) -> _Person | None:
        """``der Sparkassenchef``, ``der Messedirektor``: the one person quoted who heads a body of that kind
        (``Vorstandsvorsitzender der Sparkasse Vorderpfalz``), of the office's gender."""
        m = _BODY_HEAD.fullmatch(office)
        if m is None or is_role_word(m.group(1)):
            return None
        kind = m.group(1).lower()
        kinds = {kind, kind[:-1]} if kind.endswith(("n", "s")) else {kind}
        pronoun = "sie" if m.group(3) else "er"
        # the body's head: the office, then the body of that kind (``Vorstandsvorsitzender der Sparkasse …``)
        heads = [
            p
            for p in self.people
            if any(
                # (also a compound of the kind: ``des Fördervereins …`` for ``der Vereinschef``)
                (hm := _HEAD_OFFICE.match(r))
                and any(k in r[hm.end() :].split(" ", 1)[0].lower() for k in kinds)
                for r in p.roles
            )
            and _agrees(p.speaker.role, pronoun)
        ]
        return heads[0] if len(heads) == 1 else None

    def _known_surname(self, word: str) -> PersonName | None:
        """The full name of the one person already quoted whose surname is ``word``."""
        found = [p.speaker for p in self.people if p.speaker.surname == word and p.speaker.given_name]
        givens = set(re.findall(rf"\b([A-ZÄÖÜ][a-zäöüß]+)\s+{re.escape(word)}\b", self.full_text))
        if len(found) != 1 or len(givens - {"Dr", "Prof", "Herr", "Frau"}) > 1:
            return None  # (not ``Christoph`` and ``Maria Hoppenheit``: ``erklärte Hoppenheit`` names neither)
        sp = found[0]
        return PersonName(sp.name, sp.honorific, sp.given_name, sp.surname, None)

    def _one_minister(self, office: str) -> _Person | None:
        """``sagte die Landwirtschaftsministerin`` after ``Niedersachsens Agrarministerin Barbara X``: the
        one minister (or senator) of that gender the text names, whatever the field in the compound."""
        head = re.search(r"(ministerin|minister|senatorin|senator)$", office)
        if head is None:
            return None
        group = next((g for g in _FIELD_SYNONYMS if office[: head.start()] in g), frozenset())
        kind = rf"(?i:{head.group(1)[0]}){head.group(1)[1:]}"
        name = rf"((?:{HONORIFIC}\s+)?[A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ][\w-]+)"
        # (of a field of the same name: ``Agrarministerin`` for ``die Landwirtschaftsministerin``)
        # (or by the bare office: ``Hamburgs Senator Tim X`` for ``der Bausenator``)
        fields = rf"(?i:{'|'.join(sorted(group))})?" if group else ""
        rx = rf"{_NOT_FORMER}\b{fields}{kind}\s+{name}"
        named = {m.group(1) for m in re.finditer(rx, self.full_text)}
        person = split_name(named.pop().split()) if len(named) == 1 else None
        return self._add(person, None) if person is not None and person.given_name else None

    def _elected_holder(self, office: str) -> _Person | None:
        """``wurde Hanna X … zur neuen Landtagspräsidentin gewählt`` … ``sagte die Präsidentin``: the one
        person the text elects to the office, or states it with ``ist``."""
        holders = set()
        for m in _name_pairs(self.full_text):
            pair = m.group(1)
            after = self.full_text[m.start() + len(pair) : m.start() + len(pair) + 200]
            role = _elected_role(after) or _predicate_role(after) or ""
            noun = next((w for w in role.split() if is_role_noun(w)), "").lower()  # ``Landtagspräsidentin``
            # the same office in any ending (``Vorsitzende``, ``Ortsvorsitzender``), not a deputy's or an
            # honorary one (``Vizepräsidentin``, ``stellvertretende Präsidentin``, ``Ehrenbürgermeister``)
            same = noun.rstrip("rn").endswith(office.lower().rstrip("rn"))
            deputy = re.search(r"vize|ehren|stellv|kommissarisch|ehemalig|früher", role, re.I)
            if same and not deputy and _names_person(pair):
                holders.add(pair)
        if len(holders) != 1:
            return None
        person = split_name(holders.pop().split())
        return self._add(person, None) if person is not None else None

    def _headline_holder(self, office: str) -> _Person | None:
        """``Landrat eröffnet Bildergalerie`` over ``… eröffnet Dr. Ansgar Müller am Donnerstag …``: the
        holder of an office named only in the headline is the person doing in the text what it says."""
        hm = re.search(rf"(?:^|:\s*){re.escape(office)}(?:in)?\s+([a-zäöüß]{{4,}}t)\b", self.headline)
        if hm is None:
            return None
        # ``eröffnet Dr. Ansgar Müller am Donnerstag``: the person as the subject after the verb, nothing else
        # in front of the name (not ``gratuliert Enkel Thomas Schulz``)
        name = rf"((?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+)"
        verb = hm.group(1)
        m = re.search(rf"\b{verb}\s+{name}(?=\s+[a-zäöüß]|\s*[,.;])", self.full_text) or re.search(
            rf"(?:^|[.!?]\s+){name}\s+{verb}\b", self.full_text, re.M  # ``Anna Krüger eröffnet am Montag …``
        )
        person = split_name(m.group(1).split()) if m else None
        if person is None or not person.given_name or person.role_prefix or is_role_word(person.given_name):
            return None
        return None if _KIN.match(person.given_name) else self._add(person, office)

    def _described(self, description: str) -> _Person | None:
        """``Carola Wendt kommt seit 25 Jahren … . „…“, sagt die Gemüsebäuerin.``: a person described by what
        they do, no office, is the one named as the subject of the sentence right before the quote."""
        before = self._text[max(0, self._pos - 400) : self._pos]
        cut = max(before.rfind(c) for c in "“”\"»")
        sentences = _sentences(before[cut + 1 :].strip())
        found, end = _subject(sentences[-1]) if sentences else (None, 0)
        if found is None or found.person is None or not found.person.given_name:
            return None
        other = re.search(
            r"\b(?:eine?[mnr]?)\s+(?:[a-zäöüß]+e[nrs]?\s+)?(?:Dame|Herr|Frau|Mann|Kind|Jung\w*|Mädchen|[A-ZÄÖÜ]\w*(?:in|er))\b",
            sentences[-1],
        )
        if _KIN.match(description) or other:
            return None  # ``sagt die Mutter``, ``… für eine ältere Dame. „…“, sagt die Rentnerin``: another
        if not re.match(r"^\s*[a-zäöüß]{2,}\b", sentences[-1][end:]):
            return None  # no finite verb after the name: not the sentence's subject
        return self._add(found.person, description)

    def _sentence_subject(self, text: str, pronoun: str) -> _Person | None:
        """``Gudrun Pätzold, Verbandsvorsteherin, dankte … . „…“, sagte sie.``: the named subject of the
        nearest sentence before the quote whose role (where stated) agrees with the pronoun's gender."""
        looked = 0  # sentences with a pronoun subject go on from the one before and do not count
        chained = 0
        for sentence in reversed(_sentences(text.strip())[-8:]):
            if looked == 3:
                break
            looked += 1
            body = re.match(r"(Der|Die|Das)\s+([A-ZÄÖÜ][\wäöüß-]+)\s+[a-zäöüß]", sentence)
            if body and BODY_WORD.fullmatch(body.group(2)) and (body.group(1) == "Die") == (pronoun == "sie"):
                return None  # ``Die Stadt bittet um Verständnis. Sie verweist …``: the body, not a person
            inverted = _INVERTED_SPEECH.match(sentence)
            if inverted and re.search(r"\b(?:nichts|nicht|kein|keine)\b", sentence):
                inverted = None  # ``Dazu sagte Jan Roth nichts.``
            if inverted:
                sentence = sentence[inverted.end() :]  # ``Das betonte auch X in einer Ansprache.``: X
            elif narrated := _INVERTED_NARRATION.match(sentence):
                sentence = sentence[narrated.end() :]  # ``Dann sorgte der Bürgermeister selbst für …``
            elif (
                (iv := _INVERTED_SUBJECT.match(sentence))
                and _subject(sentence)[0] is None
                and not re.search(r"\b(?:nichts|nicht|kein|keine)\b", sentence)
            ):
                inverted = iv  # ``In Anwesenheit der Belegschaft betonte der Landrat, dass …``
                sentence = sentence[iv.end() :]
            sentence = _ALSO_FIRST.sub("", sentence)  # ``Auch der Pförtner … Herr X hat …``
            found, end = _subject(sentence)
            late = _VERB_THEN_SURNAME.search(sentence) if found is None and not inverted else None
            lone = PersonName(late.group(1), None, None, late.group(1), None) if late else None
            full = self._full_name(lone) if lone is not None else None
            if late and full is not None and full.given_name and full.name in text:
                # ``Mit Inspirationen von …, was …, zeichnete Heidenau einen Vergleich …``: the subject after
                # the verb, a surname the text names in full before
                found, end, inverted = _Ref(person=full), late.end(), late
            if found is not None and found.pronoun:
                looked, chained = looked - 1, chained + 1
                continue  # ``Sie erinnerte an …``: the subject named before
            # (no subject, or a capitalised adverb read as a name; not ``Der Bürgermeister führte sie …``)
            named = found is not None and (found.person is None or found.person.given_name or found.role)
            unnamed = not named
            after_verb = re.match(rf"^(?:[\wäöüß-]+\s+){{1,4}}?[a-zäöüß]+\s+{pronoun}\b", sentence)
            # (or after a conjunction: ``Wobei er, anders als …, das Abitur als Zwischenziel ansah.``)
            after_conjunction = re.match(rf"^(?:{_CLAUSE_CONJUNCTION})\s+{pronoun}\b", sentence)
            if unnamed and (after_verb or after_conjunction):
                looked, chained = looked - 1, chained + 1
                continue  # ``Derzeit ist er …``, ``Im Gespräch erläutert er …``: the pronoun after the verb
            form = _addressed_lone(found, sentence[:end])  # ``Herr Cayir``: a person's surname
            lone_noun = (
                found is not None
                and found.person is not None
                and not (found.person.given_name or found.person.honorific or found.role or form)
                and not any(p.speaker.surname == found.person.surname for p in self.people)
            )
            names_role = any(is_role_word(w.strip(",.")) for w in sentence.split())
            if (found is None or lone_noun) and not names_role:
                continue  # a sentence of paraphrase with no person in it (``Die Zusammenarbeit sei …``)
            if found is not None and found.person is None and found.role_only:
                who = self._resolve(found)  # ``Der Landrat betonte …``, else ``Die Eigentümer müssten …``
                if who is not None:
                    return who
                continue
            if found is not None and found.person is not None and not found.person.given_name:
                # ``Ministerpräsident Rhein war …``; ``Imhoff kündigte an, …`` after his quote
                quoted = any(p.speaker.surname == found.person.surname for p in self.people)
                found.person = self._full_name(found.person) if found.role or quoted else found.person
            if form and found is not None and found.person and (form == "Frau") == (pronoun == "sie"):
                # ``Auch der Pförtner des Rathauses Herr Cayir hat … . „…“, sagt er.``: a surname given with
                # the form of address, the occupation before it his role
                return self._add(found.person, found.role or found.person.role_prefix, found.org, lone=True)
            if found is None or found.person is None or not found.person.given_name:
                return None
            if chained and len(_people_named(sentence)) > 1:
                return None  # ``X überreichte Y die Nadel. Seit 30 Jahren ist er …``: X or Y, unsaid which
            known = any(p.speaker.surname == found.person.surname for p in self.people)
            # ``Ute Scharf sagt, …``
            says = inverted or re.match(rf"^\s*(?:{VERBS})\b", sentence[end:]) is not None
            # (also one the text goes on to speak of in two sentences: ``X ist … . Derzeit ist er … . Er …``)
            presented = found.role or found.person.honorific or known or says or chained >= 2
            if not (presented or self._protagonist(found.person)):
                return None  # ``Einen Tag lang wird …``: only a person the text presents as one
            if not inverted and not re.match(r"^\s*,?\s*[a-zäöüß]{2,}\b", sentence[end:]):
                return None  # no finite verb after the name: not the sentence's subject
            if not _agrees(found.role, pronoun):
                return None
            return self._add(found.person, found.role, found.org)
        return None

    def _known_in(self, clause: str) -> _Person | None:
        """The one speaker already quoted whose surname ``clause`` names as its subject (``Für Ricking kein
        Problem:``, ``sagt Ricking,``), if it names no other person; not an addressee (``ein Brief an X``)."""
        named = [
            p
            for p in self.people
            if (m := re.search(rf"\b{re.escape(p.speaker.surname)}\b", clause))
            and not (m.start() > 4 and _NOT_BEFORE_SUBJECT & set(clause[: m.start()].split()[-1:]))
        ]
        if len(named) != 1:
            return None
        others = re.sub(rf"\b{re.escape(named[0].speaker.surname)}\b", "", clause)
        # (a capitalised pair that names no one stays: ``Einen Grund … sieht Lehmkemper in …:``)
        return None if _names_someone(others) else named[0]

    def _double_surname(self, word: str) -> bool:
        """``Bedford-Strohm``: a double surname, not a place (``Sachsen-Anhalt``, ``Treptow-Köpenick``) or a
        thing the text gives an article (``die Corona-Pandemie``)."""
        if not _DOUBLE_NAME.fullmatch(word) or is_role_word(word) or gazetteer.is_exact_name(word):
            return False
        if re.fullmatch(BERLIN_DISTRICTS, word):
            return False
        halves = word.split("-")
        if any(len(h) < 4 or gazetteer.is_exact_name(h) or is_role_word(h) for h in halves):
            return False  # ``Rot-Weiß``, ``Berlin-Brandenburg``, ``Priv-Doz``
        if re.search(r"(?:in|innen|ung|heit|keit|schaft)$", halves[-1]):
            return False  # ``Kiez-Bewohnerin``: a noun of persons or things
        article = r"(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|im|am|vom|zum|zur|in|aus|nach)"
        return re.search(rf"\b{article}\s+{re.escape(word)}\b", self.full_text, re.IGNORECASE) is None

    def _add(
        self, person: PersonName, role: str | None, org: str | None = None, lone: bool = False
    ) -> _Person | None:
        if role:
            role = _DETERMINER.sub("", role, count=1) or role  # ``Deren Landesvorsitzender`` → the noun
        for p in self.people:
            sp = p.speaker
            variant = bool(person.given_name) and sp.given_name == person.given_name and spelled_alike(
                sp.surname, person.surname
            )  # ``Clara Herrmann`` … ``Clara Hermann``: one person, the first spelling kept
            if (sp.surname == person.surname or variant) and (
                person.given_name is None or sp.given_name is None or sp.given_name == person.given_name
            ):
                if person.given_name and sp.given_name is None:
                    sp.name, sp.given_name, sp.honorific = person.name, person.given_name, person.honorific
                if role and not sp.role:
                    sp.role, sp.organisation = role, organisation_of(role)
                if role:
                    p.roles.append(role)
                if org and not sp.organisation:
                    sp.organisation = org
                return p
        if person.given_name is None:
            # surname-only: the full name elsewhere in the text, else in the headline
            person = self._full_name(person)
            # (a surname the text gives with ``Herr``/``Frau`` is a person's: ``Herr Kurze begrüßte …``)
            addressed = _form_of_address(person.surname, self.full_text)
            if person.given_name is None and not person.honorific and not role and not lone and not addressed:
                return None  # a lone capitalised word (``Motto``, ``Hellersdorf``) is no person
        sp = Speaker(
            name=person.name,
            honorific=person.honorific,
            given_name=person.given_name,
            surname=person.surname,
            role=role,
            organisation=organisation_of(role) or org,
        )
        entry = _Person(sp, [role] if role else [])
        self.people.append(entry)
        return entry

    def _protagonist(self, person: PersonName) -> bool:
        """A person the release is about: named in full in the headline (``Ursula Schäfer: Mit 100 Jahren …``)
        or as the subject of two sentences of the text."""
        if person.name in self.headline:
            return True
        if len(re.findall(rf"(?:^|[.!?]\s+){re.escape(person.name)}\s+[a-zäöüß]", self.full_text)) >= 2:
            return True
        # or one the text presents with an office elsewhere (``Bürgermeister Theo X konnte … begrüßen``)
        probe = Speaker(
            name=person.name, honorific=None, given_name=person.given_name, surname=person.surname
        )
        return role_in_text(probe, self.full_text) is not None

    def _subordinate_person(self, before: str, pronoun: str) -> _Person | None:
        """``Wie Ehehalt das Jahr erlebt hat …, schilderte er …:``: the person whose surname, given in full
        elsewhere, is the subject opening a clause before the attribution (of the pronoun's gender)."""
        own = _sentences(before.strip())[-1:]
        opening = _SUBORDINATE_OPENING.match(own[0]) if own else None
        surname = re.match(r"[A-ZÄÖÜ][a-zäöüß]{2,}\b", opening.group(1)) if opening else None
        if surname is None:
            return None
        person = self._full_name(PersonName(surname.group(0), None, None, surname.group(0), None))
        stated = role_in_text(Speaker(name=person.name, surname=person.surname), self.full_text)
        if not person.given_name or not _agrees(stated, pronoun):
            return None  # (``Wie schon Jung im Vorjahr, lobte er …`` after ``Bürgermeisterin Anna Jung``)
        return self._add(person, None)

    def _full_name(self, person: PersonName) -> PersonName:
        """``Lederer`` → ``Dr. Klaus Lederer``: the first full form of a surname in the text, headline or
        captions."""
        surname = re.escape(person.surname)
        given = r"[A-ZÄÖÜ][^\W\d_]+"  # also ``René``, ``Zoë``; ``von Kleewitz`` → ``Dorothea von Kleewitz``
        # on one line; ``Klaus Peter Schellhaas``: a second given name, if ``split_name`` takes it as one
        pattern = rf"(?<![\w-])(?:{HONORIFIC} +)*(?P<second>{given} +)?{given}(?:-{given})? +{surname}\b"
        # (a caption last, without its credit, for a surname the text gives with ``Herr``/``Frau`` only)
        addressed = _form_of_address(person.surname, self.full_text)
        captions = _PHOTO_CREDIT.sub("", self.captions) if addressed and not person.role_prefix else ""
        for source in (self.full_text, self.headline, captions):
            found = [f for m in re.finditer(pattern, source) if (f := split_name(_name_run(source, m)))]
            named = [f for f in found if f.given_name]
            givens = sorted({f.given_name for f in named if f.given_name})
            if len(givens) > 1 and not (len(givens) == 2 and _misspelt(*givens)):
                return person  # ``Inge Barby`` and ``Günter Barby``: ``Herr Barby`` names neither for sure
            if named:
                return named[0]
        # ``Bischof Rudolf`` for ``Bischof Rudolf Voderholzer``: a bishop's given name after the same office
        office = (person.role_prefix or "").split()[-1:]
        church = office and re.fullmatch(r"(?:Erz|Weih)?[Bb]ischof|Kardinal|Abt|Äbtissin|Pater", office[0])
        title = office[0] if church else "-"
        full = {
            m.group(1)
            for m in re.finditer(rf"\b{title}\s+{surname}\s+([A-ZÄÖÜ][a-zäöüß-]+)\b", self.full_text)
            if is_name_token(m.group(1))
        }
        if church and len(full) == 1 and person.given_name is None:
            last = full.pop()
            return PersonName(f"{person.surname} {last}", person.honorific, person.surname, last, None)
        return person

    def paragraph(self, text: str) -> None:
        """Attribute the quotes of one paragraph."""
        text = _DATELINE_BEFORE_QUOTE.sub("", text)  # ``(Kyritz) „…“, sagte …``: the dateline is no speaker
        if not self._answer(text):
            self._paragraph(text)
        else:
            self.ended_with = None
        self.prev_tail = text.rstrip()[-600:]
        self.prev_para = text

    def _answer(self, text: str) -> bool:
        """An interview answer ``Name: …`` after a question paragraph: the answer is that person's quote."""
        m = _ANSWER.match(text)
        prev = self.prev_para.strip()
        if not m or not (prev.endswith("?") or re.match(r"^(?:Frage|F)\s*:", prev)):
            return False
        answer = re.sub(r"\s+", " ", m.group(2)).strip()
        if answer.endswith("?") or len(answer.split()) < 4:
            return False
        tokens = m.group(1).split()
        if any(t in NON_NAME or is_role_word(t) for t in tokens):
            return False
        person = split_name(tokens)
        if person is None or person.role_prefix:
            return False
        known = any(p.speaker.surname == person.surname for p in self.people)
        who = self._add(person, None)
        if who is None or not (who.speaker.given_name or known):
            if who is not None and not who.speaker.quotes:
                self.people.remove(who)
            return False
        who.speaker.quotes.append(answer)
        self.last = who
        return True

    def _paragraph(self, text: str) -> None:
        spans = [_closed_at_attribution(text, span) for span in find_quotes(text)]
        current: _Person | None = None
        pending: list[str] = []
        pending_end = 0
        prev_end = 0
        self._text = text
        for k, span in enumerate(spans):
            self._pos = span.start
            short = not _is_speech(span)
            if short and (len(span.text.split()) < 2 or not _sentence_start(text, span.start)):
                continue
            if short and span.text.strip()[:1].islower() and text[: span.start].rstrip().endswith(("–", "—")):
                continue  # ``… zehn Auszubildende – „mit steigender Tendenz“, erklärte …``: a phrase
            if _TOPIC_BEFORE.search(text[: span.start]) and not re.search(r"[.!?…]$", span.text.strip()):
                continue  # ``Sie informiert zum Thema: „Fit in den Frühling – Tipps …“``: a talk's title
            quote = _clean_quote(span.text)
            if not quote:
                continue
            after = text[span.end :]
            if re.search(r"[.!?]$", span.text.strip()) and (said := _SAID_CAPITALISED.match(after)):
                # ``„… wieder dabei.“ Sagt der Student X``: the verb after the full stop, read in lower case
                after = f"{said.group(1)}{said.group(2).lower()}{after[said.end(1) + 1 :]}"
            if signed := _INITIAL_SIGNATURE.match(after):
                # ``„…“ – Roland M.``: signed by someone the text does not name in full
                self._unnamed(signed.group(1) or signed.group(2), quote)
                current, prev_end = None, span.end
                continue
            who: _Person | None = None
            attributed = False
            # ``„…“, so auch bei X``: no source; ``so die Meinung des …``: read below
            m = None if _SO_ALSO.match(after) or _WORDS_OF.match(after) else _AFTER.match(after)
            at_start = (
                _sentence_start(text, span.start)
                or bool(re.search(r"[.!?,…]$", span.text.strip()))
                # ``Gottesdienst sei „Wesensmerkmal einer jeden Kirche“, betonte X.``: a marked verbatim part,
                # not a title (``das Büchlein „…“, so X``)
                or (
                    len(span.text.split()) >= 5
                    and span.closed
                    and re.match(r"^\s*,\s*(?!so\b)", after) is not None
                    and not _TITLE_BEFORE.search(text[: span.start])
                )
                or bool(_WITH_THE_WORDS.search(text[: span.start]))  # ``Mit den Worten „…“ zeigte X, …``
            )
            unnamed: str | None = None
            explicit = False
            joint = ""  # the words of an attribution that may name two people
            opened = m is not None and re.match(r"^\s*eröffnet", after) is not None
            if opened and not re.search(r"[.!?,]$", span.text.strip()) and not after.lstrip().startswith(","):
                m = None  # ``„Farben des Nordens“ eröffnete Bürgermeisterin X``: an exhibition's title
            if m and at_start:
                verb = after[: m.end()].strip(" ,;–—-").split()[0]
                # ``„…“, hat der Präsident des …, X, am Donnerstag gesagt``: the participle in the sentence
                # ``„…“ hieß sie die Sternsinger willkommen``: a welcome, spoken
                welcome = verb in {"heißt", "hieß"} and _WELCOME.match(after[m.end() :])
                if verb in {"hat", "habe", "hatte", "heißt", "hieß"} and not welcome and not re.match(
                    rf"^(?:(?![.!?]\s+[A-ZÄÖÜ„»]).){{0,160}}?\b(?:{_PARTICIPLE})\b", after[m.end() :]
                ):
                    ref = None
                else:
                    subject_text = after[m.end() :]
                    if verb in _PRAISE or welcome:
                        # ``„…“, würdigte Senatorin X den Geschäftsführer Y``: the praised one is no speaker;
                        # ``„…“ hieß sie die Sternsinger willkommen``: nor the welcomed
                        subject_text = _PRAISED_OBJECT.split(subject_text, maxsplit=1)[0]
                    ref, end = _subject(subject_text)
                    singular = re.match(r"\s*(er|sie)\s+(?:den|dem|allen)\s", subject_text)
                    if ref is None and singular and not verb.endswith("en"):
                        # ``„…“, dankte sie den Ehrenamtlichen``: a singular verb, the pronoun its subject (an
                        # object ``das``/``die`` may be the subject: ``begrüßte sie das Kollegium``)
                        ref, end = _Ref(pronoun=singular.group(1)), singular.end(1)
                    known = re.match(r"\s*([A-ZÄÖÜ][\wäöüß-]+)\s*[.,;]", subject_text)
                    # (or before the verb's object: ``„…“ kritisierte Koch Teile der Debatte``)
                    objected = re.match(
                        r"\s*([A-ZÄÖÜ][\wäöüß-]+)\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?:der|des)\s",
                        subject_text,
                    )
                    # (not a given name: ``erklärte Werner Kahl der Presse`` after Landrätin Anna Werner)
                    objected = objected if objected and not common_given_name(objected.group(1)) else None
                    if ref is not None and ref.person is not None and not ref.role and objected:
                        ref = ref if self._known_surname(objected.group(1)) is None else None
                        known = objected if ref is None else known
                    if ref is None and known and (person := self._known_surname(known.group(1))) is not None:
                        # ``„…“, erklärte Hoppenheit.``: a quoted speaker's surname shaped like a noun
                        ref, end = _Ref(person=person), known.end(1)
                    described = _PERSON_NOUN.match(subject_text.lstrip()) if ref is None else None
                    if described and not is_role_word(described.group(1)):
                        ref = _Ref(role_only=described.group(1))  # ``„…“, sagt die Gemüsebäuerin.``
                    nominative = _NOMINATIVE_AFTER.match(after[m.end() + end :]) if ref is not None else None
                    if nominative and is_role_word(nominative.group(1)) and verb not in _PRAISE:
                        # ``„…“, schlussfolgert im Podcast von X der zuständige Bezirksstadtrat Y``: Y speaks
                        ref = _subject(after[m.end() + end :])[0] or ref
                    if verb == "so" or (verb.endswith("en") and verb != "gaben"):
                        joint = _sentences(after[m.end() :])[0]  # ``„…“, sagten X und Y.``
                    if verb in _PLURAL_SAYING and _joint(joint) is None:
                        # ``„…“, erläuterten die Mitarbeiter des Bauamtes Bürgermeister X …``: a group speaks
                        # to X; a plural verb names its speakers only as two people together
                        ref = None
                if ref is not None:
                    who = self._resolve(ref)
                    if who is None and ref.person is not None and self._double_surname(ref.person.surname):
                        who = self._add(ref.person, None, lone=True)  # ``„…“, so Bedford-Strohm.``
                    if who is None and ref.role_only:
                        who = self._office_of_named(ref.role_only, text, span, current)
                    attributed = who is not None
                    if who is None and ref.role_only:
                        unnamed = ref.role_only
                    elif who is None and verb in _PRAISE:
                        unnamed = subject_text.strip()  # the praising subject, not the praised one
                elif verb in _PRAISE:
                    unnamed = after[m.end() :].split(".")[0].strip()  # ``lobte die Jury den Beitrag von X``
                else:
                    um = _UNNAMED.match(after[m.end() :])
                    if um:
                        unnamed = um.group(0).strip()
                    elif verb not in {
                        "hat",
                        "habe",
                        "hatte",
                        "heißt",
                        "hieß",
                        "gab",
                        "gibt",
                        "so",
                        "laut",
                    } and re.match(r"(?:der|die|das|ein|eine)\s", after[m.end() :]):
                        explicit = True
            if short and not attributed:
                continue
            if unnamed:
                self._unnamed(unnamed, quote)
                current = None
                prev_end = span.end
                continue
            if not attributed and (posed := _QUESTION_POSED.match(after)) and quote.rstrip().endswith("?"):
                # ``„Was macht … aus?“ – die Frage stellte Bezirksbürgermeister X in den Raum``
                ref, read = _subject(after[posed.end() :])
                # (then the sentence ends, or the question goes to someone: ``… an Bürgermeister Y``)
                rest = after[posed.end() + read :]
                alone = re.match(r"\s*(?:in\s+den\s+Raum\b|an\s|[.!?])", rest) is not None
                named = ref is not None and ref.person is not None and ref.person.given_name
                # (not an office that names another person: ``Moderatorin Petra X Bürgermeister Tom Y``)
                others = ref is not None and ref.role and any(
                    is_name_token(a) and is_name_token(b) for a, b in pairwise(ref.role.split())
                )
                if named and alone and not others:
                    who = self._resolve(ref)
                    attributed = who is not None
            if not attributed and at_start and (pm := _THEIR_MOTTO.match(after)):
                # ``„…“, lautet ihr Credo.``: the words of the person the sentence before names, or at a
                # paragraph's start of the speaker who closed the paragraph before
                before = _sentences(text[: span.start].strip())[-1:]
                named, _ = _subject(before[0]) if before else (None, 0)
                known = named is not None and named.person is not None and any(
                    p.speaker.surname == named.person.surname for p in self.people
                )
                if named is not None and named.person is not None and (named.person.given_name or known):
                    who = self._add(named.person, named.role, named.org)
                elif not before:
                    who = self.ended_with
                attributed = who is not None
            if not attributed and at_start and (wg := _WORDS_OF_GENITIVE.match(after)):
                # ``„…“, mit diesen Worten des Ministerpräsidenten X überbrachte Y …``: X's words, read out
                ref, _ = _subject(wg.group(2))
                if ref is not None and ref.person is not None and ref.person.given_name:
                    role = nominative_role(ref.role, wg.group(1)) if ref.role else None
                    who = self._add(ref.person, role, organisation_of(role))
                    attributed = who is not None
            if not attributed and at_start and (wa := _WORDS_AFTER.match(after)):
                # ``„…“: Mit diesen Worten begrüßte der Landrat …, X, …``, also ``… eröffnete Herr X``
                ref, _ = _subject(after[wa.end() :])
                if ref is not None and ref.person is not None and (ref.person.given_name or ref.addressed):
                    who = self._add(ref.person, ref.role, ref.org, lone=ref.addressed)
                    attributed = who is not None
            if not attributed and at_start and (wm := _WORDS_OF.match(after)):
                ref, _ = _subject(after[wm.end() :])  # ``„…“ So die Worte von Bürgermeister Stumpf.``
                if ref is not None and ref.person is not None:
                    if wm.group("gen") and ref.role:
                        ref.role = nominative_role(ref.role, wm.group("gen"))
                        ref.org = ref.org or organisation_of(ref.role)
                    who = self._resolve(ref)
                    attributed = who is not None
            closed_sentence = re.search(r"[.!?]$", span.text.strip())
            framed = _VERDICT_OF.match(after) or _STATEMENT_OF.match(after)
            said = _SO_SAID.match(after) if closed_sentence else framed
            denied = r"\b(?:nie|nicht|kein|keine|niemals|anders)\b"
            if said and re.search(denied, _sentences(after.strip())[0]):
                said = None  # ``„…“ Das sagte X nie.``, ``Das sieht X anders.``: no words of X
            if not attributed and at_start and said:
                ref, _ = _subject(after[said.end() :])  # ``„…“ Das sagte Bürgermeister X bei …``
                genitive = said.re is not _SO_SAID and said.group("gen")
                office = re.match(r"([A-ZÄÖÜ][\wäöüß-]+?)e?s\b", after[said.end() :]) if genitive else None
                lone = ref is None or (ref.person is not None and not (ref.person.given_name or ref.role))
                named = None
                if lone and office and is_role_word(office.group(1)):
                    # ``… Mitteilung des Geschäftsführers der GmbH, Prof. X``: the office in the nominative
                    named, _ = _subject(office.group(1) + after[said.end() + office.end() :])
                    named = named if named is not None and named.person is not None else None
                if named is not None:
                    ref, genitive = named, False
                elif lone and office and is_role_word(office.group(1)):
                    ref = _Ref(role_only=office.group(1))  # ``lautete das Fazit des Bürgermeisters.``
                if ref is not None and genitive:
                    # ``lautete das Fazit des Bürgermeisters``: the office in the nominative
                    case = said.group("gen")
                    ref.role_only = nominative_role(ref.role_only, case) if ref.role_only else None
                    ref.role = nominative_role(ref.role, case) if ref.role else None
                if ref is not None and (ref.person is not None or ref.role_only):
                    who = self._resolve(ref)
                    attributed = who is not None
            if not attributed and at_start and (cm := _SURE_AFTER.match(after)):
                # ``„…“, ist sich Kurth sicher.``
                subject = next(g for g in cm.groups() if g)
                ref, read = _subject(subject)
                ref = ref if read >= len(subject.strip()) - 1 or cm.group(3) else None  # the subject whole
                joint = cm.group(3) or joint
                if ref is not None and (ref.person is not None or ref.role_only):
                    who = self._resolve(ref)
                    attributed = who is not None
            if not attributed:
                zm = _ZUFOLGE.match(after)
                if zm and at_start:
                    ref, _ = _subject(zm.group(1))
                    if ref is not None:
                        who = self._resolve(ref)
                        attributed = who is not None
            ended = re.search(r"[.!?…]$", span.text.strip()) is not None
            if not attributed and span.closed and ended and (bare := _BARE_SOURCE.match(after)):
                # ``„… Erfolg.“ Daniela X, Leiterin des Referates 112.``: the source signs the quote
                person = split_name(bare.group(1).split())
                office = bare.group(2).split()[0]
                # the apposition names an office, no verb (``…, organisiert es seit Jahren.``)
                lower = re.findall(r"\b[a-zäöüß]+\b", bare.group(2))
                loose = [w for w in lower if w not in _APPOSITION_LINKS]
                titled_before = _QUOTED_TITLE.search(text[max(0, span.start - 80) : span.end])
                by_office = person is not None and person.given_name and is_role_noun(office)
                if by_office and not loose and not titled_before:
                    who = self._add(person, bare.group(2))
                    attributed = who is not None
            if not attributed and at_start and (pm := _PAREN_SOURCE.match(after)):
                # ``„…“ (Kathleen Kunath, Sozialpädagogin im Verein Sonnenhof)``: the source in brackets
                person = split_name(pm.group(1).split())
                if person is not None and person.given_name and not person.role_prefix:
                    # the first part naming an office (``Österreich, Biologe …``: not the country)
                    parts = (pm.group(2) or "").strip(" ,").split(", ")
                    role = next((p for p in parts if p and is_role_word(p.split()[0])), None)
                    who = self._add(person, role)
                    attributed = who is not None
                else:
                    inner = pm.group(0).strip()[1:-1]
                    ref, end = _subject(inner)  # ``„…“ (Bürgermeister Erik Lierenfeld)``: office, then name
                    complete = ref is not None and ref.role is not None and not inner[end:].strip(" ,.")
                    if complete and ref is not None and ref.person is not None and ref.person.given_name:
                        who = self._add(ref.person, ref.role, ref.org)
                        attributed = who is not None
            clause = _clause_before(text, span.start)
            if not attributed and (cited := _OWN_WRITING_CITED.match(clause)) and not short:
                # ``In seinem Kondolenzschreiben heißt es, der Verstorbene „…“``: the writer's own words
                who = self._resolve(_Ref(pronoun="er" if cited.group(1).startswith("sein") else "sie"))
                attributed = who is not None
            called = len(quote.split()) >= 5 and quote[:1].islower()  # a fragment, not a title
            if not attributed and called and span.closed and clause.endswith(" als"):
                # ``X, Geschäftsführer der Y, betont die Bedeutung als „ein herausragendes Beispiel …“``
                ref, end = _subject(clause)
                if ref is not None and ref.person is not None and _CALLS.match(clause[end:]):
                    who = self._resolve(ref)
                    attributed = who is not None
            cosigners: list[_Person] = []
            pair_clause = _sentences(after[m.end() :])[0] if m and at_start else clause
            if not attributed and (pair := self._surname_pair(pair_clause, after=m is not None and at_start)):
                # ``König und Peter pflichteten bei: „…“``, ``„…“, so König und Peter.``: two people the text
                # names in full, by their surnames under one attribution
                (who, *cosigners), attributed = pair, True
            if not attributed and _WORDS_BEFORE.search(clause) and (vm := _VERB_AFTER_WORDS.match(after)):
                # ``Mit den Worten „…“ verabschiedete Prof. X, Rektor …``
                ref, _ = _subject(after[vm.end() :])
                if ref is not None and ref.person is not None and (ref.person.given_name or ref.addressed):
                    who = self._add(ref.person, ref.role, ref.org, lone=ref.addressed)
                    attributed = who is not None
            if not attributed and _LETTER_SAYS.match(clause):
                # ``… ein Dankschreiben von Landrat X, mit unterzeichnet von Y und Z. Darin heißt es: „…“``
                sentences = _sentences(text[: span.start].strip())
                signers = self._letter_signers(sentences[-2]) if len(sentences) >= 2 else []
                if signers:
                    (who, *cosigners), attributed = signers, True
            if not attributed and (source := _source_before(clause)):
                ref, _ = _subject(source)
                # ``Laut Schaible sind …``: a surname alone where the text names the person in full
                person = ref.person if ref is not None else None
                full = person is not None and self._full_name(person).given_name is not None
                if person is not None and (person.given_name or ref.role or full):
                    who = self._resolve(ref)
                    attributed = who is not None
                elif ref is not None and ref.role_only and not short:
                    who = self._resolve(ref)  # ``laut Bürgermeister „…“``: the office's holder named before
                    attributed = who is not None
            # a title between commas, an apposition after it (``zeigt … Zentrum X, „Titel“, den Teil``)
            titled = (
                not re.search(r"[.!?…]$", quote.strip())
                and quote[:1].isupper()
                and len(quote.split()) <= 6
                and _APPOSED_AFTER.match(after)
            )
            if not attributed and clause.endswith(",") and span.closed and not titled:
                # ``In seiner Rede unterstrich Staatssekretär Dr. Ronald Pienkny, „…“``: verb, speaker, comma
                ref, _, has_verb = _attribution_before(clause[:-1] + ":")
                # (also by the surname after an office: ``Innenminister Caffier hebt hervor, „…“``)
                office = ref is not None and ref.role and " " not in ref.role and is_role_word(ref.role)
                named = ref is not None and ref.person is not None and (ref.person.given_name or office)
                if ref is not None and has_verb and named:
                    who = self._resolve(ref)
                    attributed = who is not None
                elif re.fullmatch(rf",?\s*(?:{VERBS})\s+[A-ZÄÖÜ][\w-]+\s*,", clause):
                    # ``„Ja“, sagt Ricking, „denn …“``: a split quote of a speaker named before
                    who = self._known_in(clause)
                    attributed = who is not None
            others = _people_named(text[prev_end : span.start]) if current is not None else set()
            others = {o for o in others if current is not None and current.speaker.surname not in o}
            if not attributed and current is not None and _GOES_ON.search(clause) and not others:
                who, attributed = current, True  # ``„…“, sagte X. Und weiter: „…“``: the same speaker
            if not attributed:
                # ``X (SPD) erklärt hierzu „Die …“``: a verb of saying right before the quote, no colon
                # (not a title the sentence goes on after: ``erklärte dabei „Die Geschichte …“ anhand …``)
                sentence_after = re.match(r"\s*(?:[.!?]|$|[A-ZÄÖÜ„])", after) is not None
                unmarked = (
                    _SAID_UNMARKED.search(clause)
                    and quote[:1].isupper()
                    and len(quote.split()) >= 5
                    and (sentence_after or re.search(r"[.!?]$", quote.strip()) is not None)
                )
                ref, stated, has_verb = _attribution_before(clause + ":" if unmarked else clause)
                # spoken words: a sentence end, or too long for a title (``Vortrag X: „Titel“``)
                spoken = (
                    re.search(r"[.!?…,]$|[a-zäöüß][.!?]\s+[A-ZÄÖÜ]", quote)
                    or re.match(r"^\s*[.!?]", after)
                    or len(quote.split()) >= 12
                    # (or a sentence in the first person: ``Ministerin X: „Wir könnten uns … vorstellen“``)
                    or (
                        len(quote.split()) >= 5
                        and _FIRST_PERSON.match(quote)
                        and len(clause.split()) <= 6
                        and not re.search(r"\b[a-zäöüß]{2,}\b", clause)  # not ``Vortrag von Prof. X:``
                    )
                )
                if ref is not None and not has_verb and (
                    not spoken or re.match(r"^\s*[,;]\s*[„“\"»]", after)
                ):
                    continue  # ``Programm: „Nicht alle Tassen im Schrank“``, ``Workshops: „…“, „…“``: titles
                if ref is not None:
                    who = self._resolve(ref)
                    attributed = who is not None
                    joint = _PLURAL_VERB_FIRST.sub("", clause)  # ``Dazu erklärten X und Y:``
                    if who is None:
                        if ref.role_only:
                            self._unnamed(ref.role_only, quote)
                        current = None
                        prev_end = span.end
                        continue
                elif clause.endswith(":") and spoken and (
                    intro := self._colon_intro(text, text.rfind(":", 0, span.start))
                ):
                    # ``X informiert: Nach … fand … statt: „…“``: the announcer's words after a colon
                    who, attributed = intro, True
                elif clause.endswith(":") and not has_verb and spoken and (known := self._known_in(clause)):
                    who, attributed = known, True  # ``Für Ricking kein Problem: „…“``: the one speaker named
                elif (
                    clause.endswith(":")
                    and spoken
                    # (in the first person, or after a verb of saying: ``… und bedankte sich bei …:``; not a
                    # maxim praised: ``X würdigte seinen Grundsatz: „…“``)
                    and (_FIRST_PERSON.match(quote) or _OWN_WORDS_VERB.search(clause))
                    and not _READ_OUT.search(clause)
                    and (doer := _sole_subject(clause)) is not None
                ):
                    # ``Als Staatssekretär verantwortet Dr. Ralf X, …, die Abteilungen: „Mir war es …“``: the
                    # person the sentence names as its subject, speaking in the first person
                    who = self._add(doer.person, doer.role, doer.org)
                    attributed = who is not None
                elif stated and (cont := self._reported_continuation(text, span, quote, current)) is not None:
                    who, attributed = cont, True  # ``X wünschte … . Das Abschneiden … habe gezeigt: „…“``
                elif stated:
                    # ``erklärte das Team: „…“``: stated as someone else's words, not the last speaker's
                    um = _UNNAMED.match(_clause_before(text, span.start).split(":")[0].split(" ", 2)[-1])
                    if um:
                        self._unnamed(um.group(0).strip(), quote)
                    current = None
                    prev_end = span.end
                    continue
            if not attributed and explicit:
                current = None  # ``, kommentierte die Trainerin.``: someone else, not the last speaker
                prev_end = span.end
                continue
            if not attributed:
                gap = text[prev_end : span.start] if current is not None else ""
                if current is not None and gap.rstrip().endswith(",") and _AFTER.match(gap):
                    who = current
                elif (
                    current is not None
                    and _AND_VERB_END.search(gap)
                    and all(current.speaker.surname in m.group(2) for m in _MENTIONED.finditer(gap))
                ):
                    who = current  # ``„…“, so X und ergänzt „…“``: the same subject goes on
                elif current is None and (frag := self._fragment_speaker(text, span, quote)) is not None:
                    who = frag  # ``Er dankte … . Durch … haben sie „die Kosten … gemindert.“``
                elif (cont := self._reported_continuation(text, span, quote, current)) is not None:
                    who = cont  # ``X wünschte … . Das Abschneiden … habe gezeigt: „…“``
                elif (
                    not _sentence_start(text, span.start)
                    or not re.match(r"^[A-ZÄÖÜ0-9„‚»«\"]", span.text.strip())
                    or not sounds_spoken(quote, 6)
                    # (an entry of a programme: ``Dienstag, 18.07., 10 bis 14 Uhr: „Das germanische Gehöft“``)
                    or _PROGRAMME_ENTRY.search(text, max(0, span.start - 70), span.start)
                    or _NAMES_IT.match(text, span.end)  # ``„Wir bleiben hier!“ heißt ein Projekt``
                ):
                    continue
                elif (teller := self._teller_before(text, span)) is not None:
                    who = teller  # ``…, betonte Marx. „Präsens zeigen …“ seien die Kernaufgaben …``
                elif (labelled := self._name_line_before(text, span)) is not None:
                    who = labelled  # ``Amtsärztin Dr. Eugenie X. „…“``: office and name over the words
                elif current is not None and (subj := self._other_subject_before(text, span, current)):
                    who = subj  # ``„…“, betont X. … Y, Leiter …, ist stolz. „…“``: the person named last
                elif current is not None:
                    who = current
                elif k == 0 and self.last is not None and self._continues(text):
                    who = self.last
                elif (intro := self._colon_intro(text, span.start)) is not None:
                    who = intro  # ``X hob … hervor: Die Schulen … . „…“``
                elif (subj := self._named_subject_before(text, span)) is not None:
                    who = subj  # ``Birgit Ahnert, Vorsitzende …, begrüßte den Beschluss. „…“``
                elif (subj := self._reported_before(text, span)) is not None:
                    who = subj  # ``Tornow habe …, sagte Eggert. „…“``
                elif (subj := self._headline_subject(text, span)) is not None:
                    who = subj  # ``Müller gratuliert …`` over ``Michael Müller hat … gratuliert. „…“``
                else:
                    pending.append(quote)
                    pending_end = span.end
                    continue
            assert who is not None
            if pending and re.search(r"[^\W\d_]", text[pending_end : span.start]):
                pending = []  # words between: the earlier quote is not this speaker's
            if pending:
                who.speaker.quotes.extend(pending)
                pending = []
            who.speaker.quotes.append(quote)
            for partner in [*self._partners(joint, who), *cosigners]:
                partner.speaker.quotes.append(quote)
            prev_end = span.end
            current = who
            self.last = who
        tail = text[prev_end:]
        closed = bool(spans) and current is not None and prev_end == spans[-1].end
        ends = [m for m in re.finditer(r"[.!?]\s+\S", tail) if not _abbreviation_at(tail, m.start())]
        # the speaker's words reported in the Konjunktiv after the attribution keep their voice
        # (``„…“, so Haseloff. Alle Behörden hätten … geleistet.`` ¶ ``„…“``)
        rest = tail[ends[0].start() + 1 :] if ends else ""
        reported = bool(ends) and all(_KONJUNKTIV.search(x) for x in _sentences(rest.strip()))
        # ``Bürgermeisterin Y sagte, sie sei froh``: another person's words
        reported = reported and not any(is_role_word(w) for w in rest.split())
        reported = reported and not re.search(rf"\b(?:{VERBS})\b", rest)
        closed = closed and ((len(tail) < 160 and not ends) or (reported and len(tail) < 400))
        self.ended_with = current if closed else None

    def _letter_signers(self, sentence: str) -> list[_Person]:
        """The writer of a letter the sentence names (``ein Dankschreiben von Landrat X``) and those who
        signed it with them (``, mit unterzeichnet von den Bürgermeistern Y (Saalfeld) und Z``)."""
        lm = _LETTER_FROM.search(sentence)
        if lm is None:
            return []
        writer, *cosigners = re.split(r",\s+(?:mit\s*)?unterzeichnet\s+von\s+", lm.group(1), maxsplit=1)
        cosigned = cosigners[0] if cosigners else ""
        ref, _ = _subject(writer)
        if ref is None or ref.person is None or not ref.person.given_name:
            return []
        people = [self._add(ref.person, ref.role, ref.org)]
        office = None
        if om := re.match(r"^(?:den|dem|der)\s+([A-ZÄÖÜ][\wäöüß-]+?)n?\s+(?=[A-ZÄÖÜ])", cosigned):
            office = om.group(1) if is_role_word(om.group(1)) else None  # ``den Bürgermeistern``: plural
            cosigned = cosigned[om.end() :]
        for part in re.split(r",\s+|\s+und\s+", cosigned.rstrip(". ")):
            pm = re.match(r"^(.+?)(?:\s+\(([^()]{2,40})\))?$", part.strip())
            person = split_name(pm.group(1).split()) if pm else None
            if pm and person is not None and person.given_name:
                # ``(Saalfeld)``: the place of the office, not a party (``(SPD)``)
                bracket = pm.group(2) or ""
                placed = re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:[ /-][A-ZÄÖÜ]?[a-zäöüß]+){0,2}", bracket)
                place = bracket if placed and not PARTY.fullmatch(bracket) else None
                people.append(self._add(person, person.role_prefix or office, place))
        return [p for p in people if p is not None]

    def _partners(self, attribution: str, who: _Person) -> list[_Person]:
        """The other person of a joint attribution that names ``who`` (``X und Y: „…“``)."""
        pair = _joint(attribution) if " und " in attribution else None
        roster = _roster(attribution) or _roster(
            re.sub(r"^.*?\b(?=(?:die|der)\s+[A-ZÄÖÜ][^,]*,\s)", "", attribution, count=1)
        )
        pair = pair or roster
        surnames = re.fullmatch(r"\s*([A-ZÄÖÜ][\wäöüß-]+)\s+und\s+([A-ZÄÖÜ][\wäöüß-]+)[\s.,;:]*", attribution)
        if pair is None and surnames and who.speaker.surname in surnames.groups():
            # ``„…“, so Schweitzer und Rösch.``: two people the text has already quoted, by their surnames
            other = ({*surnames.groups()} - {who.speaker.surname}) or {""}
            return [p for p in self.people if p.speaker.surname in other and p is not who][:1]
        if pair is None or who.speaker.surname not in {r.person.surname for r in pair if r.person}:
            return []
        for r in roster or []:
            if r.person is not None and r.person.surname == who.speaker.surname:
                # each holder of the plural office with the body named at the name
                who.speaker.role, who.speaker.organisation, who.roles[:] = r.role, r.org, [r.role or ""]
        people = [self._add(r.person, r.role, r.org) for r in pair if r.person is not None]
        return [p for p in people if p is not None and p is not who]

    def _name_line_before(self, text: str, span: QuoteSpan) -> _Person | None:
        """A sentence of an office and a full name alone, closed by a full stop, right before the quote
        (``Amtsärztin Dr. Eugenie X. „Durch das …“``): that person speaks."""
        m = _NAME_LINE.search(text, 0, span.start)
        if m is None or re.match(r"(?:Er|Sie|Ihr|Sein|Seine|Ihre)\b", span.text.strip()):
            return None  # (``Neuer Leiter Tom X. „Er bringt viel Erfahrung mit“``: words about him)
        ref, end = _subject(m.group(1))
        if ref is None or ref.person is None or not ref.person.given_name or not ref.role:
            return None
        # only offices before the name (not ``Ehrennadel Hauptbrandmeister X.``, ``Neuer Leiter X.``)
        if not all(is_role_noun(w) for w in (ref.person.role_prefix or "").split()):
            return None
        return self._resolve(ref) if end >= len(m.group(1)) - 1 else None

    def _other_subject_before(self, text: str, span: QuoteSpan, current: _Person) -> _Person | None:
        """The person named right before the quote if it is not ``current``; ``current``'s record is left as
        it was."""
        kept = (current.speaker.role, current.speaker.organisation, list(current.roles))
        subj = self._named_subject_before(text, span)
        if subj is current or subj is None:
            current.speaker.role, current.speaker.organisation, current.roles[:] = kept
            return None
        return subj

    def _office_of_named(
        self, office: str, text: str, span: QuoteSpan, current: _Person | None
    ) -> _Person | None:
        """``„…“, so der Stendaler Landrat.`` where nobody holds the office by name: the person quoted just
        before in the paragraph, or named as the subject of the sentence right before the quote, if the text
        states no office for them; the office becomes theirs."""
        who = current
        if who is None:
            sentence = _last_sentence(text[: span.start].rstrip())
            ref, end = _subject(sentence) if sentence else (None, 0)
            verb_follows = re.match(r"^\s*,?\s*[a-zäöüß]{2,}\b", sentence[end:]) is not None
            speaks = _SPEECH_WORD.search(sentence[end:]) is not None  # ``richtet … ein Dankeschön aus``
            named = ref is not None and ref.person is not None and ref.person.given_name
            if named and verb_follows and speaks:
                who = self._add(ref.person, ref.role, ref.org)
        if who is None or who.speaker.role is not None or who.speaker.organisation is not None:
            return None
        given = who.speaker.given_name or ""
        if office.endswith("in") != given.endswith(("a", "e")):
            return None  # ``so der Bürgermeister`` after Anna X, ``so die Landrätin`` after Max X
        probe = Speaker(name=who.speaker.name, honorific=None, given_name=who.speaker.given_name,
                        surname=who.speaker.surname)
        if role_in_text(probe, self.full_text) is not None:
            return None  # an office stated elsewhere: the quote may be someone else's
        who.speaker.role = office
        who.speaker.organisation = who.speaker.organisation or organisation_of(office)
        who.roles.append(office)
        return who

    def _named_subject_before(self, text: str, span: QuoteSpan) -> _Person | None:
        """The person named as the subject of the sentence directly before an unattributed quote
        (name, optional apposition, a finite verb); at a paragraph start, the previous paragraph's last
        sentence when the paragraph holds nothing but quotes."""
        after = text[span.end :]
        if re.match(r"^\s*[„“\"»«]", after) or _AFTER.match(after):
            return None  # the quote has its own attribution (or another quote follows that may carry it)
        # (or sentences cut off with the page: an unclosed quote running to the text's end)
        cut_off = not span.closed and not after.strip() and re.search(r"[.!?]\s+[A-ZÄÖÜ]", span.text)
        ended = re.search(r"[.!?…]$", span.text.strip()) or cut_off
        if not ended or not re.match(r"^\s*(?:$|[A-ZÄÖÜ])", after):
            return None  # spoken words are a sentence of their own, not a title inside a sentence
        before = text[: span.start].rstrip()
        if not before:
            if not _quote_only(text):
                return None
            before = self.prev_tail
        sentence = _last_sentence(before)
        if not sentence or len(sentence) > 400:
            return None
        if ":" in sentence:
            head, _, tail = sentence.partition(":")
            if not _SAYING.search(head) or re.search(r"[„“\"»«]", tail):
                return None
            # ``Festredner X betonte die Bedeutung …: Digitalisierung beginne dort, … . „…“``: what the
            # person said, reported after the colon, then quoted
            sentence = f"{head.rstrip()}."
        inserted = re.search(r",\s+so\s+(sein|seine|ihr|ihre|der|die)?\s*([^,]{3,80}),", sentence)
        named = _subject(inserted.group(2))[0] if inserted else None
        if inserted and named is not None and named.person is not None and named.person.given_name:
            # ``Der Kreisjugendring, so sein Vorsitzender X, wolle … . „…“``: the source named inside, and
            # the body its possessive points to
            body = _SUBJECT_BODY.match(sentence)
            if body and inserted.group(1) in {"sein", "seine", "ihr", "ihre"} and named.role:
                named.org = named.org or body.group(1)
            return self._add(named.person, named.role, named.org)
        told = _TOLD_BY.search(sentence)
        named = _subject(told.group(1))[0] if told else None
        if told and named is not None and named.person is not None and named.person.given_name:
            # ``… keine Gruppen zusammengestellt werden, erzählte Organisatorin X. „…“``: who told it
            return self._add(named.person, named.role, named.org)
        sentence = _ALSO_FIRST.sub("", sentence)  # ``Auch X vom …``
        denied = re.search(r"\b(?:nichts|nicht|kein)\b", sentence)
        if (said := _INVERTED_SPEECH.match(sentence)) and not denied:
            # ``Das betonte Bayerns Umweltminister X heute bei … . „…“``: the subject after the verb
            inv, _ = _subject(sentence[said.end() :])
            if _named_in_full(inv) and inv is not None and inv.person is not None:
                return self._add(inv.person, inv.role, inv.org)
        ref, end = _subject(sentence)
        opening = len(_sentences(before)) == 1  # the pronoun opens the paragraph: it names no noun of it
        singular = re.match(r"^(?:Er|Sie)\s+[a-zäöüß]{2,}(?:te|t)\b", sentence)
        if ref is not None and ref.pronoun and opening and singular:
            # ``„…“, betonte Ministerin X.`` ¶ ``Sie dankte … . „…“``: who closed the paragraph before
            who = self.ended_with
            agrees = who is not None and _agrees(who.speaker.role, ref.pronoun.lower())
            return who if agrees and who is not None and who.speaker.quotes else None
        # ``Danach ergriff Bürgermeister X das Wort.``: an adverb read as a lone name, then the verb
        adverb = ref is not None and _INVERTED_NARRATION.match(sentence) is not None
        iv = _INVERTED_SUBJECT.match(sentence) if ref is None else _INVERTED_NARRATION.match(sentence)
        if iv and re.search(r"\b(?:gratulierte|beglückwünschte)\s", iv.group(0)):
            iv = None  # ``Zum Jubiläum gratulierte Oberbürgermeister X. „…“``: the honoured one's words
        if ref is None and (opened := _office_opening(sentence)) is not None and opened.person is not None:
            return self._add(opened.person, opened.role, opened.org)
        if iv and not _names_someone(sentence[: iv.end()]):
            # ``Am Welttag des Buches hat Landtagspräsidentin Prof. Dr. X die Bedeutung … unterstrichen.``
            inv, _ = _subject(sentence[iv.end() :])
            # (also after a place's adjective: ``richtete der Kehler Oberbürgermeister X sein Grußwort …``)
            office_first = inv is not None and inv.role and any(is_role_word(w) for w in inv.role.split()[:2])
            if office_first and inv.person is not None and inv.person.given_name:
                return self._add(inv.person, inv.role, inv.org)
            surname = inv.person if office_first and inv is not None else None
            named = self._full_name(surname) if surname is not None else None
            if named is not None and named.given_name and inv is not None:
                # ``In seiner Dankesrede würdigte Bürgermeister Boos …``: a surname the text names in full
                return self._add(named, inv.role, inv.org)
            lone = inv.person if inv is not None and not (inv.role or inv.person is None) else None
            full = self._full_name(lone) if lone is not None and not lone.given_name else None
            if full is not None and full.given_name and _SAYING.search(iv.group(0)):
                # ``In seiner Antrittsrede betonte Uhing, er werde … . „…“``: a surname the text names in full
                return self._add(full, None)
        if adverb:
            return None
        office = ref.role_only if ref is not None and ref.person is None else None
        own_body = office and re.search(rf"\b{re.escape(office)}\s+(?:der|des|von|vom|aus)\s", sentence)
        if office and (" " in office or own_body):
            office = None  # ``Der Bürgermeister der polnischen Partnerstadt``: an office of its own body
        im = _INVERTED_OFFICE.search(sentence) if office is None and ref is None else None
        if im and is_role_word(im.group(2)) and (im.group(1) == "die") == im.group(2).endswith("in"):
            office = im.group(2)  # ``Das mit den Schaufeln hatte der OB schnell erklärt. „…“``
        unnamed = office and not _names_someone(sentence) and not re.search(r"[„“\"»«]", sentence)
        # ``Der Bundespräsident bedankte sich bei … . „…“``: the holder the text names for the office
        if unnamed and (who := self._resolve(_Ref(role_only=office))) is not None:
            return who
        if unnamed and office and (who := self._described_before(before, sentence, office)) is not None:
            return who
        if ref is None or ref.person is None:
            # ``Am Beispiel … ging er auf … ein. „…“``, ``…, dass er ein Grußwort sprechen durfte. „…“``: a
            # singular pronoun in a sentence that names nobody points back to the speaker
            pm = _PRONOUN_INSIDE.search(sentence)
            verb = (pm.group("v1") or pm.group("v2")) if pm else ""
            plural = verb.endswith("en")  # ``Sie dankten …``: the group, not one person
            # (or any verb in the person's speech: ``In seiner Ansprache nutzte er die Gelegenheit, …``)
            # (or a separable verb of saying: ``Er strich die „enorme Mehrbelastung“ hervor, …``)
            spoken = bool(_IN_ONES_SPEECH.search(sentence) or _SEPARABLE_SAYING.search(sentence))
            saying = pm is not None and (_SAYING.fullmatch(verb) is not None or spoken) and not plural
            # (a short phrase of the speaker's own quoted in it: ``die „enorme Mehrbelastung“``)
            phrase = r"[„“\"»«][a-zäöüß][^„“\"»«]{0,40}[“\"«]"
            other_quote = re.search(r"[„“\"»«]", re.sub(phrase, "", sentence))
            if saying and not _names_someone(sentence) and not other_quote:
                # the person named as the subject just before it, not a name met anywhere earlier
                return self._sentence_subject(before, (pm.group("p1") or pm.group("p2")).lower())
            return None
        if not re.match(
            r"^\s*,?\s*(?!(?:der|die|das|und|oder|den|dem|des|ein|eine)\b)[a-zäöüß]{2,}\b", sentence[end:]
        ):
            return None  # no finite verb after the subject
        person = ref.person
        known = any(p.speaker.surname == person.surname for p in self.people)
        says = (
            ref.role is not None
            and re.match(rf"^\s*(?:{VERBS})\b", sentence[end:]) is not None
            and not _FIELD_WORD.search(person.surname)
        )
        # (or one given with ``Herr``/``Frau``: ``Auch der Pförtner des Rathauses Herr Cayir hat …``)
        addressed = _addressed_lone(ref, sentence[:end]) is not None
        if not person.given_name and not known and not says and not addressed:
            return None  # a surname alone: only with an office and a verb of saying (``Sekretär X äußert``)
        office = ref.role and any(is_role_word(w) for w in ref.role.split())
        # ``Auch Hermann Hamma vom Volksbund … kann …``: a full name with the body it speaks for is a person;
        # ``Peter Krumbach freute sich über …``: so is a full name that rejoices or says, unless a place
        feels = re.match(r"^\s*([a-zäöüß]{3,})\b", sentence[end:])
        speaks = bool(person.given_name and feels and _SAYING.fullmatch(feels.group(1)))
        speaks = speaks and not gazetteer.is_exact_name(f"{person.given_name} {person.surname}")
        named = known or person.honorific or office or (ref.org and person.given_name)
        if not (named or speaks or addressed):
            # a bare capitalised pair (``Heimatverein Marzahn-Hellersdorf``) is a person only when the
            # release states a role for it somewhere
            probe = Speaker(
                name=person.name, honorific=None, given_name=person.given_name, surname=person.surname
            )
            if role_in_text(probe, self.full_text) is None and role_in_text(probe, self.headline) is None:
                return None
        return self._add(person, ref.role, ref.org)

    def _teller_before(self, text: str, span: QuoteSpan) -> _Person | None:
        """Quoted words opening a sentence in the Konjunktiv (``„…“ seien die Kernaufgaben``) go on with
        the report of the person who closed the sentence before (``…, betonte Marx.``)."""
        if not re.match(rf"\s*{_KONJUNKTIV.pattern}", text[span.end :]):
            return None
        told = _REPORTED_END.search(_last_sentence(text[: span.start].rstrip()))
        teller = _subject(told.group(1))[0] if told else None
        return self._resolve(teller) if teller is not None and teller.person is not None else None

    def _described_before(self, before: str, sentence: str, office: str) -> _Person | None:
        """``… gehörte Ann-Christin X vom Fachdienst Bürgerservice. Die Rathausmitarbeiterin freute sich …``:
        the one person named in full in the sentence before one whose subject describes her by an office
        (its article agreeing), if the text states no office for her."""
        earlier = _sentences(before)[-2:-1]
        if not earlier or not sentence.startswith(("Der ", "Die ")):
            return None
        pairs = re.finditer(_GIVEN_AND_SURNAME, earlier[0])
        names = {
            m.group(0)
            for m in pairs
            if all(is_name_token(w) for w in m.group(0).split())
            # not a body after a preposition or an article (``vom Fachdienst Bürgerservice``)
            and not _BEFORE_A_BODY.search(earlier[0][: m.start()])
        }
        people = [p for p in (split_name(n.split()) for n in names) if p is not None and p.given_name]
        if len(people) != 1 or sentence.startswith("Die ") != office.endswith("in"):
            return None
        person = people[0]
        if re.match(r"(?:Ober)?[Bb]ürgermeister|Landr|Minister|Präsident|Senator", office):
            return None  # an office with a holder of its own (``Die Bürgermeisterin freute sich``)
        probe = Speaker(
            name=person.name, honorific=None, given_name=person.given_name, surname=person.surname
        )
        affiliation = affiliation_in_text(probe, self.full_text)
        if role_in_text(probe, self.full_text) is not None or affiliation is None:
            return None  # only one presented by where she works (``… vom Fachdienst Bürgerservice``)
        return self._add(person, office, affiliation)

    def _fragment_speaker(self, text: str, span: QuoteSpan, quote: str) -> _Person | None:
        """A marked verbatim part that ends a sentence of report (``… kommentierte die Wünsche mit einem
        herzlichen „bleiben Sie gesund“.``, ``Er dankte … . Durch die Eigenleistung haben sie „die Kosten …
        gemindert.“``): the words of the person named in the sentence of saying (this one, or else the one
        before) or in the Konjunktiv; a pronoun there points to the person named last before it."""
        inner = span.text.strip()
        after = text[span.end :]
        ends = re.match(r"^\s*(?:$|[A-ZÄÖÜ„“\"»])", after) if re.search(r"[.!?]$", inner) else None
        ends = ends or re.match(r"^\s*[.!?](?:\s|$)", after)
        if not span.closed or not ends or len(quote.split()) < 5 or _sentence_start(text, span.start):
            return None
        # ``die Broschüre „Wir sind für Sie da!“``: a quoted name after a noun or determiner
        lead = text[: span.start]
        named = _TITLE_BEFORE.search(lead) or re.search(r"\b[A-ZÄÖÜ][\w-]*\s*$", lead)
        # ``sei das „ein großer Tag …“``: words opening with their own article are no title after ``das``
        named = named and not re.match(rf"{_DETERMINER_WORD}\s", inner)
        # ``… Verband "mit großer Aufmerksamkeit … geschaut wird."``: a clause of five words or more, spoken
        clause = inner[:1].islower() and len(inner.split()) >= 5 and re.search(r"[.!?]$", inner) is not None
        named = named and not clause
        # ``X nannte den Meisterbrief „das wesentliche Fundament …“``: what X calls it, in X's words
        named = named and not re.search(
            r"\b(?:nannte|nennt|bezeichnete|bezeichnet|sprach\s+von|spricht\s+von)\b[^.!?]*$", lead
        )
        # ``… gratulierte den Handwerkern, die „unter erschwerten … geholt haben.“``: a relative clause
        relative = re.search(r",\s+(?:die|der|das|welche[rs]?)\s*$", lead) is not None
        named = named and not (relative and inner[:1].islower())
        if not (inner[:1].islower() or re.search(r"[.!?]$", inner)) or named:
            return None  # ``Die Ausstellung heißt „Berlin in den Zwanzigern“.``: a name
        sentences = _sentences(text[: span.start].strip())
        if not sentences:
            return None
        own, before = sentences[-1], sentences[-2:-1]
        pronoun = _REPORTED_PRONOUN.search(own) or re.match(r"(?:Er|Sie)\s", own)
        if re.search(r"\bheißt es\b", own) or (_thing_subject(own) and not pronoun):
            return None  # ``Die Lokalpresse bezeichnete …``, ``Der Chor sang …``: not a person's words
        if _SAYING.search(own) or _KONJUNKTIV.search(own):
            told = own  # ``Frau Müller … kommentierte die Wünsche mit einem herzlichen „…“``
        elif before and _SAYING.search(before[0]):
            told = before[0]  # ``Er dankte den Firmen … . Durch die Eigenleistung haben sie „…“``
            pronoun = _REPORTED_PRONOUN.search(before[0]) or re.match(r"(?:Er|Sie)\s", before[0])
        else:
            return None
        if (who := self._named_subject_of(told)) is not None:
            return who
        if not pronoun:
            return None  # ``Die Lokalpresse bezeichnete sie als „…“``: someone else's words
        earlier = [*_sentences(self.prev_tail.strip())[-1:], *sentences[:-1]]
        for sentence in reversed(earlier[-3:]):
            if (who := self._named_subject_of(sentence)) is not None:
                return who
        return None

    def _reported_continuation(
        self, text: str, span: QuoteSpan, quote: str, current: _Person | None
    ) -> _Person | None:
        """Words of five or more quoted in a sentence of reported speech that names no person (``Die
        Bewahrung der Schöpfung sei „…“``, ``Das Abschneiden … habe gezeigt: „…“``) continue the report of
        the person named as the subject of a sentence just before, spoken of there as ``er``/``sie``, or
        quoted there (``current``)."""
        window = text[max(0, span.start - 800) : span.start]
        if len(quote.split()) < 5 or not span.closed or not _KONJUNKTIV.search(window[-300:]):
            return None
        sentences = _sentences(window.strip())
        if len(sentences) < 2:
            return None
        own = sentences[-1]
        if not _KONJUNKTIV.search(own) or re.match(r"(?:Es|Man)\s", own) or _SAYING.search(own):
            return None
        if re.match(r"(?:Er|Sie)\s", own):
            # ``Er habe großes Vertrauen „in die … Erneuerung des Gottesdienstes.“``: the speaker just quoted
            return current if current is not None and not _OTHER_SOURCE.search(own) else None
        if _NAMED_PAIR.search(own) or _OTHER_SOURCE.search(own):
            return None  # a person, a body or a document of its own (``Der Vorwurf der Opposition …``)
        after = text[span.end :]
        own_source = re.match(r"^\s*,\s*(?:hieß|heißt|lautet|lautete|ist|war|loben|lobt)\b", after)
        if _AFTER.match(after) or own_source:
            return None  # ``„…“, loben ihre Angestellten``, ``„…“, hieß es``: an attribution of its own
        found: _Person | None = None
        for sentence in reversed(sentences[:-1][-3:]):
            if current is not None and re.search(r"[“”\"»«]", sentence):
                found = current  # ``„…“, betete der Bischof. Die Bewahrung der Schöpfung sei „…“``
            elif re.search(r"(?:^|[a-zäöüß]\s)(?:[Ee]r|[Ss]ie)\s", sentence) and self.last is not None:
                # ``… fragte er: „…“ Durch Erneuerung! … sei „…“``: the last speaker, named in this paragraph
                found = self.last if self.last.speaker.surname in text[: span.start] else None
            elif (told := _REPORTED_END.search(sentence)) and (teller := _subject(told.group(1))[0]):
                found = self._resolve(teller)  # ``Gerade … würden Leistungen abverlangt, betonte Marx.``
                if found is None:
                    continue
            elif _SAYING.search(sentence):
                found = self._named_subject_of(sentence)  # ``X wünschte den Berufsstartern …``: a report
                if found is None:
                    continue
            elif _NAMED_PAIR.search(sentence) or self._named_subject_of(sentence) is not None:
                break  # a sentence of narration (``X hat die Kritik zurückgewiesen.``): no report to go on
            else:
                continue  # ``Die Lebensentwürfe … drohen zu zerbrechen.``: the report goes on
            break
        return found if found is not None and self._named_subject_of(own) is None else None

    def _named_subject_of(self, sentence: str) -> _Person | None:
        """The person ``sentence`` names first (its subject, not the one thanked), with the role stated at
        the name; a surname only where the text gives the full name."""
        for m in re.finditer(r"(?<![\w-])(?=[A-ZÄÖÜ])", sentence):
            ref, _ = _subject(sentence[m.start() :])
            if ref is None or ref.person is None:
                continue
            person = ref.person if ref.person.given_name else self._full_name(ref.person)
            if person.given_name and not is_role_word(person.given_name) and self._presented(ref, person):
                return self._add(person, ref.role, ref.org)
            if m.start() == 0 and not person.given_name and ref.role and is_role_word(ref.role.split()[-1]):
                return self._add(person, ref.role, ref.org)  # ``Bischof Genn würdigt …``: the subject
        return None

    def _presented(self, ref: _Ref, person: PersonName) -> bool:
        """A capitalised pair is a person where the text presents it as one: with an office, honorific or form
        of address, as a speaker, or with a role stated elsewhere (not ``Museumstandort Dahlem``)."""
        if ref.role and any(is_role_word(w) for w in ref.role.split()):
            return True
        if person.honorific or any(p.speaker.surname == person.surname for p in self.people):
            return True
        surname = re.escape(person.surname)
        addressed = rf"\b(?:Herrn?|Frau)\s+(?:[A-ZÄÖÜ]\w+\s+)?{surname}\b|\b(?:{VERBS})\s+{surname}\b"
        if re.search(addressed, self.full_text):
            return True  # ``Frau Müller``, ``sagt Hollstein``
        probe = Speaker(
            name=person.name, honorific=None, given_name=person.given_name, surname=person.surname
        )
        stated = role_in_text(probe, self.full_text) or role_in_text(probe, self.headline)
        return stated is not None or self._protagonist(person)

    def _reported_before(self, text: str, span: QuoteSpan) -> _Person | None:
        """The speaker named at the end of the sentence before an unattributed quote, after reported speech
        (``Tornow habe Generationen … beigebracht, sagte Eggert. „…“``)."""
        after = text[span.end :]
        if re.match(r"^\s*[„“\"»«]", after) or _AFTER.match(after) or not re.search(r"[.!?…]$", span.text):
            return None
        before = text[: span.start].rstrip()
        if not before and _quote_only(text):
            before = self.prev_tail  # ``…, schlussfolgert X, der Berichterstatter …`` ¶ ``„…“``
        m = _REPORTED_END.search(before)
        own = _last_sentence(before) if before else ""
        # ``Imhoff kündigte an, … . Er werde Partei ergreifen, wenn … . „…“``: a report in the Konjunktiv
        # with a pronoun subject goes on in the quote; the pronoun names the sentence subject before it
        reported = re.match(r"(Er|Sie)\s+(?:werde|sei|habe|müsse|könne|wolle|solle)\b", own)
        if m is None and reported and span.closed:
            return self._sentence_subject(before[: len(before) - len(own)], reported.group(1).lower())
        if m is None:
            return None
        ref, end = _subject(m.group(1))
        if ref is None or ref.person is None or re.sub(r"\([^()]*\)", "", m.group(1)[end:]).strip(" ,"):
            return None  # only the name, its role and an explanation in brackets
        who = self._add(ref.person, ref.role, ref.org)  # a surname alone is completed from the text
        return who if who is not None and who.speaker.given_name else None

    def _headline_subject(self, text: str, span: QuoteSpan) -> _Person | None:
        """The person the headline makes its subject (``Müller gratuliert …``) for a quote without any
        attribution in a paragraph that names that person in full before the quote."""
        hm = _HEADLINE_SUBJECT.match(self.headline)
        after = text[span.end :]
        if hm is None or _AFTER.match(after) or not re.search(r"[.!?…]$", span.text.strip()):
            return None
        surname = hm.group(1)
        before = text[: span.start]
        full = [
            m
            for m in re.finditer(rf"\b[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+{surname}\b", before)
            if not set(before[: m.start()].split()[-1:]) & _NOT_BEFORE_SUBJECT  # ``die Band von Jan Kunst``
        ]
        if not full or re.search(r"[„“\"»«]", before):
            return None  # the paragraph must name the person, and hold no other quotation before
        person = split_name(full[-1].group(0).split())
        if person is None or not person.given_name or is_role_word(person.given_name):
            return None
        if gazetteer.is_exact_name(surname) or re.fullmatch(BERLIN_DISTRICTS, surname):
            return None  # ``Marzahn-Hellersdorf beantragt …`` over ``Der Bezirk Marzahn-Hellersdorf hat …``
        return self._add(person, None)

    def _surname_pair(self, clause: str, after: bool) -> list[_Person]:
        """Both people of ``X und Y`` (after a quote) or ``X und Y [plural verb]:`` (before it) where each
        surname is a person the text names in full; else nothing."""
        m = (_SURNAME_PAIR_AFTER if after else _SURNAME_PAIR_BEFORE).fullmatch(clause.strip())
        if m is None or m.group("a") == m.group("b"):
            return []
        people = [self._full_name(PersonName(s, None, None, s, None)) for s in (m.group("a"), m.group("b"))]
        # each named in full as a person (not ``Firma Müller``), the surname last (not ``Schüler Peter X``)
        if not all(p.given_name and p.given_name not in _NOT_GIVEN for p in people):
            return []
        plain = [f"{p.given_name} {p.surname}" for p in people]
        if not all(_names_person(n) for n in plain):
            return []
        if any(re.search(rf"\b{re.escape(n)}\s+[A-ZÄÖÜ]", self.full_text) for n in plain):
            return []
        found = [self._add(p, None) for p in people]
        return [p for p in found if p is not None]

    def _colon_intro(self, text: str, pos: int) -> _Person | None:
        """An attribution clause ending in a colon, followed by a sentence of paraphrase before the quote."""
        before = text[:pos]
        colon = before.rfind(":")
        if colon < 0 or find_quotes(before[colon:]) or len(split_sentences(before[colon + 1 :])) > 2:
            return None
        ref, _, has_verb = _attribution_before(_clause_before(text, colon + 1))
        if ref is None or not has_verb or ref.person is None:
            return None
        return self._resolve(ref)

    def _unnamed(self, who: str, quote: str) -> None:
        short = quote if len(quote) <= 60 else quote[:57] + "…"
        self.warnings.append(f"Zitat ohne namentlich genannten Sprecher ({who}): „{short}“")

    def _continues(self, text: str) -> bool:
        """A paragraph that opens with a quote and names no other person continues the last speaker."""
        # only a paragraph of nothing but a quotation right after a paragraph closed by that speaker's
        # attributed quote (``„…“, sagte Haußmann.`` ¶ ``„…“``)
        return self.ended_with is not None and self.ended_with is self.last and _quote_only(text)

    def speakers(self) -> list[Speaker]:
        """Speakers with at least one quote, in order of appearance; a quote repeated (as a subheading and in
        the text) counts once."""
        for p in self.people:
            p.speaker.quotes = list(dict.fromkeys(p.speaker.quotes))
        return [p.speaker for p in self.people if p.speaker.quotes]


_OPENERS = '„“"»«‚'


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


# a line that signs the quote above it: an office and a name (``Landrat Martin Neumeyer``)
_SIGNATURE_LINE = re.compile(
    rf"(?:[A-ZÄÖÜ][\wäöüß-]+\s+){{1,2}}(?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
)


def _quote_only(text: str) -> bool:
    """A paragraph that holds nothing but closed quotations."""
    spans = find_quotes(text)
    if not spans or not all(sp.closed for sp in spans):
        return False
    bounds = [0, *(x for sp in spans for x in (sp.start, sp.end)), len(text)]
    rest = "".join(text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2))
    return not re.search(r"\w", rest)


# quotation marks typed as two commas and two single marks (``,,Sobald … geben.‘‘``)
_TYPED_OPEN = re.compile(r"(?<![\w,]),,(?=[^\W\d_])")
_TYPED_CLOSE = re.compile(r"(?<=[\w.!?…])(?:‘‘|’’)(?!\w)")


def _typed_marks(text: str) -> str:
    """``,,…‘‘`` read as ``„…“``, each mark kept at its place (the body keeps what the page wrote)."""
    if not (_TYPED_OPEN.search(text) and _TYPED_CLOSE.search(text)):
        return text
    return _TYPED_CLOSE.sub("“ ", _TYPED_OPEN.sub(" „", text))


def _speech_paragraphs(blocks: list[Block]) -> list[str]:
    """Paragraph texts for quote attribution; joined where speech runs over a paragraph break: an
    attribution ending in a colon before a quote paragraph, a quote left open at the paragraph end."""
    out: list[str] = []
    join_next = False
    colon_run = False  # the last paragraph is ``X erklärt:`` followed by quote-only paragraphs
    run: list[str] = []  # the paragraphs joined into the last one

    def settle() -> None:
        # a quote left open that no later paragraph closes: the paragraphs stand on their own
        if len(run) > 1 and (spans := find_quotes(out[-1])) and not spans[-1].closed:
            out[-1:] = run
        run.clear()

    for b in blocks:
        if b.hint in {"category", "caption"}:
            continue  # a tag list or an image's credit between the lead and the quote
        if b.kind not in {"p", "li"} or b.is_heading:
            join_next = colon_run = False
            settle()
            continue
        text = _typed_marks(b.text.replace("\n", " "))
        if b.hint == "blockquote" and out and out[-1].endswith(":") and text[:1] not in _OPENERS:
            # a block quotation after ``X:`` holds X's words, without marks of its own
            marks = ("„“", "»«", "«»")
            opening, closing = next((p for p in marks if p[0] not in text and p[1] not in text), "„“")
            am = CLOSING_ATTRIBUTION.search(text)
            cut = am.start() if am else len(text)
            out[-1] += f" {opening}{text[:cut]}{closing}{text[cut:]}"
            join_next = False
            continue
        if colon_run and out and _quote_only(text):
            # ``Dazu erklärt X:`` „…“ „…“: consecutive quote paragraphs continue that speaker
            out[-1] += " " + text
            run[:] = [out[-1]]
            continue
        colon_run = join_next and bool(out) and out[-1].endswith(":") and _quote_only(text)
        if join_next and out and not out[-1].endswith(":") and _next_speaker_line(text):
            join_next = False  # ``Antwort der Staatssekretärin X:`` ends the open quote before it
        if join_next and out:
            if out[-1].endswith(":"):
                if re.fullmatch(r"[^„“”\"»«]{20,}[.!?]\s?[“”]", text.strip()):
                    text = f"„{text.strip()}"  # ``X hob hervor:`` ¶ ``Das Gericht … fehlen.“``: no opener
                out[-1] += " " + text
                run[:] = [out[-1]]  # ``X erklärt:`` and its words are one paragraph
            else:  # an open quote continues; a repeated opening mark is no new quote
                out[-1] += " " + (text[1:].lstrip() if text[:1] in _OPENERS else text)
                run.append(text)
        else:
            settle()
            out.append(text)
            run.append(text)
        last = out[-1]
        spans = find_quotes(last)
        open_quote = bool(spans) and not spans[-1].closed and len(spans[-1].text.split()) >= 4
        join_next = (last.endswith(":") and not find_quotes(last[last.rfind(":") :])) or open_quote
        join_next = join_next and len(last) < 6000
    settle()
    return out


def _next_speaker_line(text: str) -> bool:
    """A line that introduces a named person's words (``Antwort der Staatssekretärin X vom …:``)."""
    if not text.endswith(":") or find_quotes(text):
        return False
    ref, _, _ = _attribution_before(text)
    return _SPEECH_ACT.match(text[:-1].strip()) is not None or (
        ref is not None and ref.person is not None and bool(ref.person.given_name)
    )


_SENT_BOUND = re.compile(r"(?<=[.!?:“”«»\"])\s+|\n")


def role_in_text(sp: Speaker, full: str) -> str | None:
    """The role the release states for ``sp`` anywhere: before the name (``Amtsdirektorin Henrike
    Boldt-Stephan``, ``der Landrat des Landkreises Elbe-Elster, Gernot Hasselbach``) or as an apposition
    (``Thomas Wegener, Bürgermeister der Gemeinde Panketal``)."""
    shared: str | None = None  # a plural office before two names (``die Bezirksstadträtinnen X und Y``)
    stated: str | None = None  # an office the next sentence states for ``er``/``sie``, if nothing else does
    for m in _occurrences(sp, full):
        # ``Ministerin für … X und Berlins Senatorin für … Y haben``: the next person's words are not X's
        tail = 0 if re.match(r"\s+(?:und|sowie)\s", full[m.end() : m.end() + 8]) else 200
        start = max(0, m.start() - 250)
        for b in _SENT_BOUND.finditer(full, start, m.start()):
            before = full[max(0, b.start() - 12) : b.start()]
            if before.endswith(".") and _ABBREV.search(before):
                continue  # ``Dr. Max Muster``
            start = b.end()
        lead = full[max(0, m.start() - 12) : m.start()]
        governed = re.search(r"\b(?:[Nn]eben|von|vom|mit|für|bei|nach|vor|an)\s+$", lead)
        following = full[m.end() : m.end() + 200]
        passive = re.match(r"^[^.!?]{0,60}?\b(?:wurde|wird|ist|war)\b", following)
        elected = _elected_role(following) if passive and not governed else None
        if elected and not _HONORARY.match(elected):
            return elected  # ``Der stellvertretende X, Roger Y, wurde zum neuen X gewählt``: the new office
        # ``Bürgermeister Ralph X neuer Präsident des …``, ``… ist neue Präsidentin``: the new office too
        renamed = None if governed else re.match(r"\s+(?:ist\s+)?neue[rs]?\s+(?=[A-ZÄÖÜ])", following)
        if renamed and (newly := _predicate_office(following[renamed.end() :])):
            return newly
        if not governed and (chosen := _chosen_as(following)):
            return chosen
        ref, _ = _subject(full[start : m.end() + tail])  # ``Der Berliner Aufarbeitungsbeauftragte Tom Sello``
        if ref is not None and ref.role and re.search(_PLURAL_OFFICE_END, ref.role):
            if ref.person is not None and ref.person.surname == sp.surname and " " not in ref.role:
                shared = shared or _singular_office(ref.role)
            continue  # ``Die Bezirksstadträte X und Y``: the office of both, stated for each elsewhere
        # (not ``X (Die Linke), der Vorsitzende der Stiftung … Y sowie …``: the next one's in a list)
        own = ref is not None and ref.person is not None and ref.person.surname == sp.surname
        if own and ref is not None and ref.role and not _names_another(ref.role):
            return ref.role
        for rm in _ROLE_START.finditer(full, start, m.start()):
            word = rm.group(1)
            between = full[rm.start() : m.start()]
            if between.count(")") > between.count("("):
                continue  # ``X (Vorsitzender …), Detlef Y (…)``: another's office in brackets
            if re.search(_PLURAL_OFFICE_END, word) and _plural_office(word):
                ref, _ = _subject(full[rm.start(1) : m.end()])
                if ref is not None and ref.person is not None and ref.person.surname == sp.surname:
                    shared = shared or _singular_office(word)  # ``die Bezirksstadträtinnen X``
                continue
            if not (is_role_word(word) or (word.endswith("s") and len(word) > 4)):
                continue
            after = full[rm.end() : rm.end() + 40].split()
            listed = re.search(r"(?:\bund|,)\s*$", full[: rm.start()])
            listed = listed and not (after and is_role_word(after[0]))
            if not is_role_word(word) and (listed or not (after and is_role_word(after[0]))):
                # ``… Gesundheit und Soziales Knut X``: the end of a list; ``des Roten Kreuzes Deggendorf
                # und Landrat Y``: a genitive object; a genitive place has the office right after it
                continue
            ref, _ = _subject(full[rm.start() : m.end() + tail])
            missed = ref is None or ref.person is None or ref.person.surname != sp.surname
            # (or an apposition after it that names the next one in a list: ``X (Die Linke), der … Y sowie``)
            missed = missed or bool(ref is not None and ref.role and _names_another(ref.role))
            if tail and missed and "," not in full[rm.end() : m.start()]:
                # ``las Oberbürgermeister Jan X Drittklässlern … vor``: the object after the name is no part
                # of it (not another's apposition: ``X, Vorsitzende des …, Dr. Y``)
                ref, _ = _subject(full[rm.start() : m.end()])
            if ref is not None and ref.role and not any(is_role_word(w) for w in ref.role.split()):
                continue  # ``des Diakonischen Werkes Sandra Krüger``: a genitive, not an office
            if ref is not None and ref.role and _object_after_person(ref.role):
                continue  # ``traf Ministerin Maria Roth den Erfurter Oberbürgermeister, X``: her office
            if ref is not None and ref.role and re.search(r"\s(?:und|sowie)$", ref.role):
                continue  # ``Korinna X, Stadträtin für … und Irina Y, Prokuristin …``: the one before's
            if ref is not None and ref.person is not None and ref.person.surname == sp.surname and ref.role:
                # ``der israelische Parlamentspräsident``: the office's country stays
                window = full[max(0, rm.start() - 30) : rm.start()]
                # also a deputy's qualifier (``die stellvertretende Bürgermeisterin X``), in the nominative
                placed = _PLACE_ADJ_BEFORE.search(window)
                # (a place's adjective, not ``der Sieger Bürgermeister X``)
                placed = placed if placed and _place_or_land(placed.group(1)) else None
                adj = re.search(rf"(?<![\w-])({TITLE_ADJ}|{_DEPUTY})\s+$", window) or placed
                own = ref.role.startswith(rm.group(1))  # not an apposition's (``…, Bürgermeister der …``)
                qualifier = re.sub(r"(ende)n$", r"\1", adj.group(1)) if adj else ""
                return f"{qualifier} {ref.role}" if adj and own else ref.role
        ref = _named_at(sp, full, m)
        if ref is not None and ref.role:
            return ref.role
        # a roster's line (``Vorsitzender: Gunar X (68)``): the office before the colon
        # (not a page's masthead: ``Leitung: X``)
        listed = _ROSTER_LINE.search(full, max(0, m.start() - 60), m.start())
        if listed and is_role_noun(listed.group(1).split()[-1]) and listed.group(1) != "Leitung":
            return listed.group(1)
        am = _AS_APPOSITION.match(full, m.end())
        # (not a former term or a state: ``als Bürgermeister von 1990 bis 2010 im Amt``, ``… eingeladen``)
        if am and is_role_word(am.group(1).split()[0]) and not re.search(r"\d|\s[a-zäöüß]+$", am.group(1)):
            # ``Prof. Dr. X, als Leiter des Fraunhofer FEP in Dresden, wurde …``: the office, not its town
            return re.sub(r"\s+in\s+[A-ZÄÖÜ][\wäöüß-]+$", "", am.group(1))
        window = full[max(0, m.start() - 120) : m.start()]
        for article in re.finditer(r"\b(?:des|der)\s", window):
            # (not the office of another the name belongs to: ``die Ehefrau des Bürgermeisters, Anna X``)
            owner = re.search(r"([A-ZÄÖÜ][\wäöüß-]+)\s+$", window[: article.start()])
            personal = owner is not None and (is_role_word(owner.group(1)) or _KIN.fullmatch(owner.group(1)))
            gm = None if personal else _GENITIVE_APPOSED.match(window, article.start())
            office = nominative_role(gm.group(2), gm.group(1)) if gm else ""
            if office and is_role_word(office.split()[0]):
                return office  # ``in der Rede des Rektors der WHZ, Prof. Dr. X,``: the office, nominative
        if office := _genitive_office_before(window):
            return office  # ``einer Einladung des Reinickendorfer Jugendstadtrats Alexander X``
        # (``Neben Anna X ist …``, ``Nachfolgerin von Anna X ist …``: the name is no subject)
        if role := _elected_role(following) or (None if governed else _predicate_role(following)):
            return role
        stated = stated or _pronoun_predicate_role(full, m.end())
    return shared or stated


def _genitive_office_before(window: str) -> str | None:
    """The office in the genitive right before a name, in the nominative as after ``der`` (``des
    Reinickendorfer Jugendstadtrats`` -> ``Reinickendorfer Jugendstadtrat``, ``des stellvertretenden
    Landrates`` -> ``stellvertretende Landrat``)."""
    gm = _GENITIVE_BEFORE_NAME.search(window)
    if gm is None:
        return None
    office = nominative_role(gm.group(2), "des")
    if office == gm.group(2) or not is_role_word(office) or _KIN.fullmatch(office):
        return None  # (not a relative: ``auf Initiative des Vaters Hans X``)
    office += gm.group(3) or ""
    adjective = gm.group(1)
    if adjective and re.fullmatch(rf"{TITLE_ADJ}|{_DEPUTY}", adjective, re.I):
        return f"{adjective[:-1]} {office}"  # ``stellvertretenden`` -> ``stellvertretende``
    if adjective and _place_or_land(adjective):
        return f"{adjective} {office}"
    return None if adjective else office


# an office in the genitive, then its holder's name without a comma (``des Jugendstadtrats Alexander X``)
_GENITIVE_BEFORE_NAME = re.compile(
    rf"\b(?:des|eines)\s+(?:([a-zäöüß]+en|[A-ZÄÖÜ][a-zäöüß]{{2,}}er)\s+)?([A-ZÄÖÜ][\wäöüß-]+?(?:s|en))"
    # (with its body's abbreviation: ``des Ratsvorsitzenden der EKD Heinrich X``)
    rf"(\s+(?:der|des)\s+[A-ZÄÖÜ]{{2,6}})?\s+(?:{HONORIFIC}\s+)*$"
)
# ``X, als Leiter des …, wurde``: an office stated with ``als`` in the apposition
_AS_APPOSITION = re.compile(r",\s+als\s+([A-ZÄÖÜ][^,;:„“\"()]{3,120}),")
# an office in the genitive, then the holder's name (``des Rektors der WHZ, Prof. Dr. X``)
_GENITIVE_APPOSED = re.compile(
    rf"\b(des|der)\s+([A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:der|des|für|von)\s+[^,.;:„“]{{2,60}})?),\s+(?:{HONORIFIC}\s+)*$"
)
# ``Heyo K. Kroemer ist neuer Vorstandsvorsitzender``, ``X ist seit 2014 Leiterin des Ordnungsamtes``,
# ``X (CDU) ist neuer Präsident der Bremischen Bürgerschaft``
_PREDICATE = re.compile(
    # (not ``ist seit 2006 im Verwaltungsrat … engagiert``: a place the person is in)
    r"^\s+(?:\([^()]{1,30}\)\s+)?ist\s+(?:seit\s+(?:dem\s+)?(?:(?!(?:im|in|am|beim|bei|an|auf)\b)[\w.]+\s+){1,4}?)?"
    r"(?:(?:neue[r]?|designierte[r]?)\s+)?(?=[A-ZÄÖÜ])"
)


def _predicate_role(after_name: str) -> str | None:
    """The office a sentence states as the person's with ``ist`` (not ``war``: a former office, nor
    ``ist nicht mehr``), where it names no other person (``ist Landrat X dankbar``)."""
    m = _PREDICATE.match(after_name)
    if m is None or re.search(r"\b(?:nicht|kein\w*|nie)\b", m.group(0)):
        return None
    return _predicate_office(after_name[m.end() :])


def _predicate_office(text: str) -> str | None:
    """The office at the start of a predicate (``Vorsitzender des Verwaltungsrates.``), naming no person."""
    role = _office_phrase(_apposition(text)[0])
    head, *rest = re.split(r"\s+[–—-]\s+", role, maxsplit=1)
    # (``– Senatorin X``: an office and a name, not ``Kita – Leitung und Betrieb``)
    words = rest[0].split() if rest else []
    other = len(words) >= 2 and is_role_word(words[0]) and words[1][:1].isupper()
    if rest and (re.search(r"\b[a-zäöüß]{3,}t\b", rest[0]) or other):
        role = head  # a headline's second part (``… – Senatorin X gratuliert``), not ``Jugend - Familie``
    if _names_someone(role) or _person_in_role(role):
        return None
    first = role.split()[0] if role else ""
    office = is_role_noun(first) and first not in {"Vater", "Mutter"}
    return role if office and len(role.split()) <= 12 else None


# ``Derzeit ist er in seiner letzten Amtszeit Vorsitzender …``, ``Sie ist damit für ein halbes Jahr
# Präsidentin …``: the verb with its pronoun, adverbs and a prepositional phrase before the office
_PRONOUN_ADVERBS = (
    r"(?:\s+(?:damit|derzeit|zudem|außerdem|auch|seitdem|inzwischen|nun|jetzt|bereits|schon|weiterhin|dort))*"
)
_PRONOUN_PREDICATE = re.compile(
    r"^(?:(?P<p1>Er|Sie)\s+ist|(?:Derzeit|Zudem|Außerdem|Heute|Inzwischen|Seitdem|Damit)\s+ist\s+(?P<p2>er|sie))"
    rf"{_PRONOUN_ADVERBS}"
    r"(?:\s+(?:in|seit|für|im|am)\s+(?:(?:[a-zäöüß]+|\d{4})\s+){0,3}(?:[A-ZÄÖÜ][a-zäöüß]+|\d{4}))?"
    rf"{_PRONOUN_ADVERBS}"
    r"\s+(?:(?:neue[r]?|designierte[r]?)\s+)?(?=[A-ZÄÖÜ])"
)
# fields a minister's office is named by interchangeably (``Agrarministerin``, ``Landwirtschaftsministerin``)
_FIELD_SYNONYMS = (frozenset({"agrar", "landwirtschafts"}), frozenset({"kultus", "bildungs", "schul"}))
# an office over a colon right before a name, as a roster lists it (``Vorsitzender: Gunar X (68)``)
_ROSTER_LINE = re.compile(
    # (a list's item: after a line break, a bracket or another label, not ``vom Bürgermeister: X``)
    rf"(?:^|(?<=[\n;)])\s*|(?<=:)\s+)((?:(?:Stellv\.|Erste[rn]?|Zweite[rn]?)\s+)?[A-ZÄÖÜ][\wäöüß-]+):\s+"
    rf"(?:{HONORIFIC}\s+)*$"
)
# an office and a full name alone as a sentence right before a quote (``Amtsärztin Dr. Eugenie X. „…``)
_NAME_LINE = re.compile(
    rf"(?:^|(?<=[.!?“”])\s+)((?:[A-ZÄÖÜ][\wäöüß-]+\s+){{1,2}}(?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\wäöüß-]+)\.\s*$"
)
# a person named by a noun after the name (``gratulierte der neuen Schulleiterin``, ``begrüßte den neuen
# Kollegen``): ``er``/``sie`` may point to that one
_PERSON_OBJECT = re.compile(
    r"\b(?:der|die|den|dem|des|ein|eine|einen|einem|einer)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?"
    r"([A-ZÄÖÜ][a-zäöüß-]+)"
)
_OBJECT_NOUN = re.compile(
    r"(?:Kolleg(?:e|en|in)|Gast|Gäste[n]?|Mann|Frau|Nachfolger(?:in)?|Vorgänger(?:in)?|Sohn|Tochter|Partner(?:in)?)$"
)


def _pronoun_predicate_role(full: str, end: int) -> str | None:
    """The office the sentence after the one naming a person states with ``er``/``sie ist`` (``Wolfgang X ist
    seit 2006 im Verwaltungsrat … engagiert. Derzeit ist er … Vorsitzender des Verwaltungsrates.``), where the
    sentence naming the person names no one else and the office agrees with the pronoun."""
    bound = _SENT_BOUND.search(full, end)
    if bound is None or full[bound.start() - 1 : bound.start()] != ".":
        return None
    rest = full[end : bound.start()]
    others = any(  # (not a board: ``im Vorstand des Vereins``)
        _OBJECT_NOUN.search(w) or (is_role_noun(w) and not re.search(r"(?:rate?s?|vorstand(?:es)?)$", w))
        for w in _PERSON_OBJECT.findall(rest)
    )
    if _people_named(rest) or others or _ABBREV.search(full[max(0, bound.start() - 12) : bound.start()]):
        return None  # another person in between, or ``Dr.`` inside a name
    nxt = full[bound.end() : bound.end() + 250]
    m = _PRONOUN_PREDICATE.match(nxt)
    if m is None:
        return None
    role = _predicate_office(nxt[m.end() :])
    return role if role and _agrees(role, (m.group("p1") or m.group("p2")).lower()) else None


def _singular_office(plural: str) -> str | None:
    """``Bezirksstadträtinnen`` → ``Bezirksstadträtin``; ``Bezirksstadträte`` names a man's or a woman's
    office, the text does not say which: ``None``."""
    if plural.endswith(("mitglieder", "mitgliedern", "Mitglieder", "Mitgliedern")):
        return plural[: plural.rindex("glied") + 5]  # ``Vorstandsmitgliedern`` → ``Vorstandsmitglied``
    return plural[:-3] if plural.endswith("innen") else None


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


def _adjectival_nominative(role: str, full: str) -> str:
    """``Ortsbeauftragter`` for ``an den Ortsbeauftragten Ingo X``, ``Ortsbeauftragte`` for ``der
    Ortsbeauftragten Anna Y``: an office declined like an adjective, as the text names its holder in another
    case, in the nominative."""
    # ``den Thüringer Bürgerbeauftragten, Dr. Kurt X``: an indeclinable place adjective before the office
    place, _, office = role.partition(" ") if re.match(r"[A-ZÄÖÜ][a-zäöüß]{2,}er\s", role) else ("", "", role)
    first = office.split()[0]
    if not first.endswith("en") or not is_role_word(first[:-1]) or not is_role_word(first[:-2] + "er"):
        return role
    case = re.search(rf"\b(den|dem|einen|einem|der|einer)\s+{re.escape(role)},?\s+[A-ZÄÖÜ]", full)
    listed = r"[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}(?:,|\s+und|\s+sowie)\s+[A-ZÄÖÜ]"
    plural = case and re.match(listed, full[case.end() - 1 :])
    if case is None or plural:
        return role  # (``den Ortsbeauftragten Anna X und Tom Y``: a plural)
    return f"{place} {nominative_role(office, case.group(1))}".strip()


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


# a photo's credit in a caption (``Foto: Stefan X``, ``© Kreis/Peter Y``)
_PHOTO_CREDIT = re.compile(r"(?:\b(?:Fotos?|Bild|Bildquelle|Quelle)\s*:|©)[^\n;]*")
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


def _occurrences(sp: Speaker, full: str) -> Iterator[re.Match[str]]:
    """Where ``full`` names ``sp``: by given name and surname, or by surname where no given name is known."""
    target = sp.given_name + " " + sp.surname if sp.given_name else sp.surname
    spoken = _spoken_ranges(full)
    # (not inside someone's words, ``„Ich beglückwünsche den Beirat zur Wahl von Kazım X …“``, unless the
    # speaker introduces herself: ``„Ich bin Anna X, Leiterin der Kita, …“``)
    return (
        m
        for m in re.finditer(re.escape(target), full)
        if not any(a <= m.start() < b for a, b in spoken)
        or _SELF_INTRODUCED.search(full, max(0, m.start() - 30), m.start())
    )


_SELF_INTRODUCED = re.compile(r"(?:[Ii]ch\s+bin|[Mm]ein\s+Name\s+ist|[Ii]ch\s+heiße)\s+$")


@functools.lru_cache(maxsize=8)
def _spoken_ranges(full: str) -> tuple[tuple[int, int], ...]:
    """Where ``full`` quotes someone's words: quotations of six words or more."""
    return tuple((q.start, q.end) for q in find_quotes(full) if len(q.text.split()) >= 6)


def _named_at(sp: Speaker, full: str, m: re.Match[str]) -> _Ref | None:
    """The subject parsed at an occurrence ``m`` of the speaker's name (with the honorific before it)."""
    name_start = m.start()
    hon_start = m.start() - len(sp.honorific or "") - 1
    if sp.honorific and full[max(0, hon_start) : m.start()].strip() == sp.honorific:
        name_start = hon_start
    ref, _ = _subject(full[name_start : m.end() + 200])
    return ref if ref is not None and ref.person is not None and ref.person.surname == sp.surname else None


_ELECTED_ADJ = r"(?:stellvertretende|Erste|Zweite|gemeinsame|ehrenamtliche|hauptamtliche)"
# an honour, not an office replacing the one the person holds (``zum Ehrenmitglied``, ``zur Schirmherrin``)
_HONORARY = re.compile(r"(?:Ehren|Schirm|Pate\b|Patin\b|Botschafter)")
_ELECTED = re.compile(
    # (``wurde Hanna X heute (8. November 2022) von den Abgeordneten zur …``: an ordinal's dot goes on)
    # (``zum neuen gemeinsamen Landeselternsprecher aller Schularten``: an adjective, a plural genitive)
    r"^(?:[^.!?„“\"]|(?<=\d)\.){0,80}?\b(zum|zur)\s+(?:neue[n]?\s+)?"
    rf"((?:{_ELECTED_ADJ}[n]?\s+)?"
    r"[A-ZÄÖÜ][\wäöüß-]+(?:\s+(?:der|des|aller)\s+[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?)?"
    # an office's field (``zur neuen Ministerin für Umwelt, …, Natur- und Verbraucherschutz ernannt``)
    r"(?:\s+für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s+|-?\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*){0,6})?)\s+"
    # (not ``… von ihm zum Ortsbeauftragten berufen werden``: an appointment still to come)
    r"(?:gewählt|ernannt|berufen|bestellt|bestimmt|vereidigt)\b(?!\s+werden\b)"
)


# ``X in das Amt des Landrats eingeführt``, ``X als Bürgermeisterin vereidigt``
_INDUCTED = re.compile(
    r"^[^.!?„“\"]{0,40}?\b(?:in\s+(?:das|sein|ihr)\s+Amt\s+(?:des|der)\s+([A-ZÄÖÜ][\wäöüß-]+?)(?:e?s)?|"
    r"als\s+(?:neue[rn]?\s+)?([A-ZÄÖÜ][\wäöüß-]+))\s+(?:eingeführt|vereidigt|verpflichtet|ernannt|bestätigt)\b|"
    # (``hat sein Amt als neuer Landrat des Landkreises Aurich angetreten``: the office taken up, not a run
    # for one: ``war als Landrat angetreten, verlor aber``)
    r"^[^.!?„“\"]{0,40}?\b(?:sein|ihr)\s+Amt\s+als\s+(?:neue[rn]?\s+)?([A-ZÄÖÜ][\wäöüß-]+)"
    r"(?:\s+(?:des|der|von|im)\s+[^.!?„“\"]{2,60}?)?\s+angetreten\b"
)


def _other_person(text: str) -> bool:
    """A person's name in ``text`` (``hat … Anna Berg als …``), not a body (``vom Kreistag Barnim``)."""
    pairs = re.finditer(r"(?=\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+\b)", text)  # overlapping
    return any(
        not re.search(r"\b(?:vom|von|der|des|dem|den|in|im|beim|am|zum|zur)\s+$", text[: m.start()])
        and not re.match(rf"{WEEKDAY_RE}\s", text[m.start() :])
        for m in pairs
    )


# ``… Michael X für eine zweite Amtsperiode als Landesvorsitzenden wiedergewählt``
_CHOSEN_AS = re.compile(
    r"^[^.!?„“\"]{0,80}?\bals\s+(?:neue[nr]?\s+)?([A-ZÄÖÜ][\wäöüß-]+)\s+(?:wieder)?gewählt\b"
)


def _chosen_as(after_name: str) -> str | None:
    """The office an active sentence elects the person to with ``als``, in the nominative
    (``als Landesvorsitzenden`` → ``Landesvorsitzender``, ``als Präsidenten`` → ``Präsident``)."""
    m = _CHOSEN_AS.match(after_name)
    if not m or _other_person(after_name[: m.start(1)]):
        return None
    if re.match(r"\s+(?:wurde|worden|war)\b", after_name[m.end() :]) or re.search(r"\d{4}", m.group(0)):
        return None  # ``…, der 1998 als Stadtrat gewählt wurde``: an office held before
    office = m.group(1)
    if office.endswith("en") and is_role_word(office[:-1]) and not is_role_word(office[:-2]):
        return f"{office[:-1]}r"  # an adjective noun: ``den Vorsitzenden``
    if office.endswith("en") and is_role_word(office[:-2]):
        return office[:-2]  # a weak noun: ``den Präsidenten``
    return office if is_role_word(office) else None


def _elected_role(after_name: str) -> str | None:
    """``Martin Zschiesche zum neuen Verbandsvorsteher gewählt``: the office the person was elected to,
    in the nominative (``zum Vorsitzenden`` → ``Vorsitzender``, ``zur Vorsitzenden`` → ``Vorsitzende``);
    ``in das Amt des Landrats eingeführt``: the office taken up."""
    if (inducted := _INDUCTED.match(after_name)) is not None:
        k = next(g for g in (1, 2, 3) if inducted.group(g))
        office, between = inducted.group(k), after_name[: inducted.start(k)]
        # not ``X hat am Montag Anna Berg als Ortsvorsteherin vereidigt``: another person's office
        return office if is_role_word(office) and not _other_person(between) else None
    m = _ELECTED.match(after_name)
    if not m or _other_person(after_name[: m.start(1)]):
        return None
    words = m.group(2).split()
    k = 1 if re.match(rf"{_ELECTED_ADJ}n?$", words[0]) else 0
    if k >= len(words):
        return None  # ``zum Zweiten gewählt``: an adjective without its office
    ending = "r" if m.group(1) == "zum" else ""
    for j in range(k + 1):
        if words[j].endswith("en") and (j < k or is_role_word(words[j][:-1])):
            words[j] = words[j][:-1] + ending  # an adjective noun (``Beigeordneten``) or adjective
    return " ".join(words) if is_role_word(words[k]) else None


# ``Gesundheitsstadtrat Geschanowski zur aktuellen Lage``, ``Bürgermeisterin Anna Beispiel: Erklärung …``
# (also ``Statement der Fraktionsvorsitzenden Johanne Modder zur …``: the office after its article)
_STATEMENT_HEADLINE = re.compile(
    r"(?:^|[-–:]\s+|(?:Statement|Pressestatement|Stellungnahme|Erklärung)\s+(der|des|von)\s+)"
    r"([A-ZÄÖÜ][\wäöüß-]+)\s+((?:[A-ZÄÖÜ][a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?:\s+(?:zur?|zum|über)\s|\s*:\s)"
)


def _statement_release(blocks: list[Block], headline: str) -> list[Speaker]:
    """A release that is one statement in quotation marks from its first word to its last, assigned only by
    the headline (``Gesundheitsstadtrat Geschanowski zur aktuellen Lage`` over ``„Sehr geehrte …“``): the
    person the headline names with their office speaks it."""
    text = " ".join(b.text for b in blocks if not b.is_heading).strip()
    spans = find_quotes(text)
    hm = _STATEMENT_HEADLINE.search(headline)
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end < len(text) - 1 or hm is None:
        return []
    office = nominative_role(hm.group(2), hm.group(1)) if hm.group(1) else hm.group(2)
    collective = re.search(r"(?:führung|leitung|vorstand|verwaltung|präsidium)$", office, re.I)
    if not is_role_word(office) or collective or len(spans[0].text.split()) < 20:
        return []  # (not ``Erklärung der Geschäftsführung Stadtwerke Neustadt zur …``: a body)
    person = split_name(hm.group(3).split())
    if person is None or not person.surname:
        return []
    if not person.given_name and gazetteer.is_exact_name(person.surname):
        return []  # ``Stadtrat Neustadt zur Haushaltslage``: a body of a place, no person
    name = " ".join(x for x in (person.given_name, person.surname) if x)
    quote = _clean_quote(spans[0].text)
    return [Speaker(name, None, person.given_name, person.surname, office, None, [quote])]


def find_speakers(blocks: list[Block], headline: str = "") -> list[Speaker]:
    """All speakers with their direct quotes in ``blocks``."""
    return find_speakers_and_warnings(blocks, headline)[0]


def find_speakers_and_warnings(
    blocks: list[Block], headline: str = "", publisher: str | None = None, captions: str = ""
) -> tuple[list[Speaker], list[str]]:
    """Speakers with their quotes, plus warnings for attributed quotes whose speaker is not named.

    ``headline`` (title and subtitle) is read for names and roles only: a person quoted by surname may be
    named in full only there (``Bezirksstadtrat Sebastian Maack nimmt … in Betrieb``); ``publisher`` names
    the ministry of a minister's title (``Innenminister``) where the text does not; ``captions`` (photo
    captions outside the body) are read for roles the text does not state (``Landrat X (links)``)."""
    # ``Heyo K. Kroemer``: read without the middle initial, so the name's later mentions (``Prof. Kroemer``)
    # and all name patterns match; the initial is written back into what was found
    initials = middle_initials("\n".join([headline, captions, *(b.text for b in blocks)]))
    if not initials:
        return _speakers_and_warnings(blocks, headline, publisher, captions)
    speakers, warnings = _speakers_and_warnings(
        [replace(b, text=without_initials(b.text, initials)) for b in blocks],
        without_initials(headline, initials),
        publisher,
        without_initials(captions, initials),
    )
    for sp in speakers:
        given = f"{sp.given_name} {sp.surname}"
        if sp.given_name and given in initials:
            sp.given_name = initials[given].removesuffix(f" {sp.surname}")
        sp.name = with_initials(sp.name, initials)
        sp.role = sp.role and with_initials(sp.role, initials)
        sp.organisation = sp.organisation and with_initials(sp.organisation, initials)
        sp.quotes = [with_initials(q, initials) for q in sp.quotes]
    return speakers, [with_initials(w, initials) for w in warnings]


# a headline quoting a person after a colon (``Stadtrat Majer: „Mit einer Vielzahl …“``)
_HEADLINE_QUOTE = re.compile(r"(?P<who>[^:„“\"»«]{2,80}):\s*[„\"»“](?P<quote>[^„“”\"»«]{3,300})[“”\"«]\s*")


def _headline_quotes(speakers: list[Speaker], headline: str, finder: SpeakerFinder) -> None:
    """Add a quote the title or subtitle attributes with a colon (the person and nothing else before it) to
    the one speaker the text quotes under that name; a title of a work (``Lena X liest: „…“``) or a name
    two people share stays out."""
    for line in headline.split("\n"):
        m = _HEADLINE_QUOTE.fullmatch(line.strip())
        ref, read = _subject(m.group("who")) if m else (None, 0)
        if m is None or ref is None or ref.person is None or m.group("who")[read:].strip():
            continue
        full = finder._full_name(ref.person)
        known = [
            sp
            for sp in speakers
            if sp.surname == ref.person.surname
            and (full.given_name is None or sp.given_name == full.given_name)
        ]
        quote = m.group("quote").strip()
        if len(known) == 1 and (full.given_name or ref.person.given_name) and quote not in known[0].quotes:
            known[0].quotes.insert(0, quote)


def _speakers_and_warnings(
    blocks: list[Block], headline: str, publisher: str | None, captions: str
) -> tuple[list[Speaker], list[str]]:
    full = "\n".join(b.text for b in blocks)
    finder = SpeakerFinder(full, headline, captions)
    paragraphs = _speech_paragraphs(blocks)
    for k, para in enumerate(paragraphs):
        nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else ""
        if _SIGNATURE_LINE.fullmatch(nxt.strip()) and _quote_only(para):
            para = f"{para}, so {nxt.strip()}."  # ``„…“`` ¶ ``Landrat Martin X``: the quote signed below
        elif _WORDS_AFTER.match(told := _DATELINE_LEAD.sub("", nxt)) and _quote_only(
            _PLACE_DOT_BEFORE.sub("", para)
        ):
            # ``Buchen. „…“`` ¶ ``Mit dieser Lobrede eröffnete der Kammerpräsident …, X, die Feierstunde …``,
            # also after the next paragraph's dateline (``Berlin, 5. Januar 2024 – Mit diesen Worten …``)
            para = f"{para} {_sentences(told)[0]}"
        finder.paragraph(_reopened(para))
    speakers = finder.speakers() or _statement_release(blocks, headline)
    _headline_quotes(speakers, headline, finder)
    berlin = re.search(r"\bBerlin", full) is not None
    departments = set(re.findall(r"Senatsverwaltung für [A-ZÄÖÜ][\w-]*", full))
    for sp in speakers:
        if sp.role and (office := _office_after_place(sp.role)):
            # ``• Bären-Apotheke im Storkower Bogen Bezirksbürgermeister X``: a list's last item before it
            sp.role, sp.organisation = office, organisation_of(office)
        if sp.role:
            sp.role = _NEW_IN_OFFICE.sub("", sp.role)  # ``der neue Vorstandsvorsitzende``
        _introduced_spelling(sp, full)
        _introduced_honorific(sp, full)
        if sp.role is None or sp.role in _BARE_OFFICES:
            # introduced in one sentence, quoted later by surname or pronoun: the stated role is theirs;
            # a bare ``Senator`` gives way to the full office stated elsewhere
            stated = role_in_text(sp, full) or role_in_text(sp, headline) or role_in_text(sp, captions)
            office = _GENITIVE_PLACE.sub(r"\2", stated or "")  # ``Berlins Senatorin für …``: the office
            compound = bool(sp.role and stated and _shortened(sp.role, stated) and " " not in stated)
            shortened = bool(sp.role and stated) and _shortened(sp.role or "", stated or "")
            # ``Ministerin X`` after ``die Thüringer Ministerin für Arbeit, …, X``: the office completed
            # (a place's or Land's adjective, not ``Erster``)
            adjective = _PLACE_ADJECTIVE_OFFICE.match(office)
            adjective = adjective if adjective and _place_or_land(adjective.group(1)) else None
            completed = bool(adjective) and office.partition(" ")[2].startswith(f"{sp.role} ")
            fuller = bool(sp.role and stated) and (office.startswith(f"{sp.role} ") or shortened or completed)
            if sp.role is None or fuller:
                sp.role = office.partition(" ")[2] if completed else stated
                found = organisation_of(sp.role)
                # ``Verkehrssenatorin`` for ``Senatorin``: a body already found by its full name stays
                sp.organisation = (sp.organisation or found) if compound else (found or sp.organisation)
        elif (
            (stated := role_in_text(sp, full))
            and _shortened(sp.role, stated)
            # ``Geschäftsführer`` of the ``Gemeindetag``: not a fuller office that names another body
            and not (
                sp.organisation
                and sp.organisation != organisation_of(sp.role)
                and sp.organisation.split()[0] not in stated
            )
        ) or (
            # ``die stellvertretende Bürgermeisterin X`` in the subtitle: the qualifier the text leaves out
            (stated := role_in_text(sp, headline))
            and stated.endswith(" " + sp.role)
            and _OFFICE_QUALIFIER.fullmatch(stated[: -len(sp.role)].strip())
        ):
            # ``Der Stellv. Bezirksbürgermeister, Carsten Spallek`` … ``Bezirksbürgermeister Carsten
            # Spallek:``: the attribution shortens the office the introduction states
            sp.role = stated
            sp.organisation = sp.organisation or organisation_of(stated)  # a found body stays
        led = _UNDER_LEAD.fullmatch(sp.role or "")
        led_by = nominative_role(led.group(2), led.group(1)) if led else ""
        if led_by and is_role_word(led_by):
            # ``unter Leitung des Bezirksstadtrates X``: the office, in the nominative (not ``Leitung des
            # Jugendamtes``, a department's head)
            sp.role = led_by
            sp.organisation = organisation_of(sp.role)
        qualifier, _, office = (sp.role or "").partition(" ")
        if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+e[rn]?", qualifier) and is_role_word(office):
            # ``Die Parlamentarische Staatssekretärin X sagte`` after ``der Parlamentarischen Staatssekretärin
            # im Bundesministerium für … X``: the office with its body, as the introduction states it
            stated = role_in_text(sp, full) or ""
            body = stated[len(office) :] if stated.startswith(f"{office} ") else ""
            bodied = re.match(r"\s(?:im|beim|der|des|von|vom)\s", body) and BODY_WORD.search(body)
            if bodied and not _names_another(body):
                sp.role = f"{qualifier} {stated}"
                sp.organisation = sp.organisation or organisation_of(stated)
        stated = role_in_text(sp, full) if _EVENT_ROLE.fullmatch(sp.role or "") else None
        if stated and not _EVENT_ROLE.fullmatch(stated):
            # ``Ehrengast und Festredner X`` after ``Bundesdigitalminister Dr. X``: the office, not the part
            # the person plays at the event
            sp.role, sp.organisation = stated, organisation_of(stated) or sp.organisation
        colloquial = _COLLOQUIAL_OFFICE.fullmatch(sp.role or "")
        stated = role_in_text(sp, full) if colloquial else None
        former = stated and re.search(rf"\b(?:frühere|ehemalige|einstige)[nr]?\s+{re.escape(stated)}\b", full)
        if colloquial and stated and re.match(_COLLOQUIAL_FOR[colloquial.group(1)], stated) and not former:
            sp.role = stated  # ``so Kreischefin X`` where the text names her ``Landrätin X``: the office
        if sp.role in ROLE_ABBREVIATIONS and re.search(rf"\b{ROLE_ABBREVIATIONS[sp.role]}", full):
            office = ROLE_ABBREVIATIONS[sp.role]  # ``OB`` → ``Oberbürgermeister(in)`` as the text writes it
            female = re.search(rf"\b{office}in\s+(?:\S+\s+)?{re.escape(sp.surname)}\b", full)
            sp.role = f"{office}in" if female else office
        sp.role = sp.role and _adjectival_nominative(sp.role, full)
        if sp.organisation is None:
            # ``Verkehrsplaner Dipl.-Ing. X vom Kreis Y``: the body named beside a role that names none
            sp.organisation = affiliation_in_text(sp, full)
        if sp.organisation is None and sp.role and is_role_word(sp.role):
            # ``Landrat Weckler`` after ``Jan Weckler … in seine zweite Amtszeit als Landrat des
            # Wetteraukreises eingeführt``: the body of the bare office, where a sentence names it for the
            # person
            sp.organisation = _office_body(sp, full)
        if sp.organisation is None and sp.role and (pictured := role_in_text(sp, captions)):
            # ``stv. Vorstandsvorsitzender`` where a caption states the office with its body
            sp.organisation = organisation_of(pictured) if _shortened(sp.role, pictured) else None
        if sp.organisation is None and (sp.role is None or _BODILESS_OFFICE.fullmatch(sp.role)):
            sp.organisation = _bracketed_body(sp, full)  # ``Dr. Marianne X (Dataport)``
        if sp.organisation is None and (kind := _BODY_COMPOUND.match(sp.role or "")):
            sp.organisation = _compound_body(kind.group(1), full)  # ``Kammerpräsident``: the one chamber
        if sp.organisation is None and berlin:
            sp.organisation = senate_department(sp.role) or _senate_office(sp.role)  # Berlin's names
        senator = re.search(r"[Ss]enator(?:in)?$", sp.role or "")
        if sp.organisation is None and senator and len(departments) == 1:
            sp.organisation = next(iter(departments))  # the one department the text names
        secretary = re.fullmatch(r"Staatssekretär(?:in)?\s+(?:für\s+)?([A-ZÄÖÜ][\w-]+)", sp.role or "")
        if sp.organisation is None and berlin and secretary:
            # ``Staatssekretär Bauen``: the one department the text names with that field
            area, word = secretary.group(1), r"[A-ZÄÖÜ][\w-]*"
            listed = rf"Senatsverwaltung für {word}(?:,\s+{word})*(?:\s+und\s+{word})?"
            named = {d.group(0) for d in re.finditer(listed, full) if re.search(rf"\b{area}\b", d.group(0))}
            sp.organisation = named.pop() if len(named) == 1 else None
        if (group := _PARTY_GROUP_ROLE.search(sp.role or "")) and sp.organisation in {None, group.group(1)}:
            # ``SPD-Fraktionsvorsitzende``: the parliamentary group as the text names it
            sp.organisation = _party_group(group.group(1), full) or sp.organisation
        if PARTY.match(sp.organisation or "") and _GROUP_OFFICE.search(sp.role or ""):
            # ``Parlamentarischer Geschäftsführer der GRÜNEN``: the party's group as the text names it
            sp.organisation = _party_group(sp.organisation, full) or sp.organisation
        sp.organisation = _group_in_house(sp.organisation, full)
        sp.organisation = _full_department(_expanded(sp.organisation, f"{headline}\n{full}"), full)
        land = re.search(
            rf"\b([A-ZÄÖÜ][a-zäöü]+(?:er|ische[nr]?))\s+{re.escape(sp.role or '-')},?\s+(?:{HONORIFIC}\s+)*"
            rf"(?:[A-ZÄÖÜ][\w-]+\s+)?{re.escape(sp.surname)}\b",
            full,
        )
        if land and re.match(r"(?:Staats)?[Mm]inisterium\s", sp.organisation or ""):
            # ``die Thüringer Ministerin für …``: the Land's adjective is part of its ministry's name
            sp.organisation = organisation_of(f"{land.group(1)} {sp.role}") or sp.organisation
        sp.organisation = _without_unit(_written_out(sp.organisation, f"{headline}\n{full}"))
        if sp.organisation and sp.organisation.startswith("Berliner Senatsverwaltung "):
            sp.organisation = sp.organisation.removeprefix("Berliner ")  # the department's own name
        if sp.organisation in _BOARDS:
            # ``des Verwaltungsrates``: whose board, where the text says so
            sp.organisation = _board_body(sp.organisation, full) or sp.organisation
        if sp.organisation in _GENERIC_BODIES:
            sp.organisation = _named_body(sp.organisation, full)  # ``der Stadt`` alone names no body
        elif sp.organisation in _KINDS_WRITTEN_OUT | _COUNCILS_WRITTEN_OUT:
            # ``Verbandsgemeinde`` → ``Verbandsgemeinde Rhein-Selz``: the one body of the kind the text names
            named = _named_body(sp.organisation, full) or ""
            after = named.partition(" ")[2]
            placed = sp.organisation in _KINDS_WRITTEN_OUT or gazetteer.is_name_head(after.split(" ")[0])
            sp.organisation = named if named and placed else sp.organisation
        elif sp.organisation in _HEADED_BODIES:
            sp.organisation = _headed_body(sp.organisation, full) or sp.organisation
        elif re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:beirat|ausschuss|stiftung)", sp.organisation or ""):
            # ``Sprecherin des Frauenbeirats`` where the text names the ``Frauenbeirat Marzahn-Hellersdorf``
            # (a place after the noun, not ``zieht der Gesamtelternbeirat Bilanz``)
            named = _named_body(sp.organisation or "", full) or ""
            place = named.partition(" ")[2].split(" ")[0]
            if place and (gazetteer.is_name_head(place) or re.fullmatch(BERLIN_DISTRICTS, place)):
                sp.organisation = named
        local = re.match(r"^([A-ZÄÖÜ][a-zäöü]+)er\s+([A-Za-zÄÖÜäöü.]+)-[A-ZÄÖÜ]\w+$", sp.role or "")
        if local and re.search(rf"\b{re.escape(local.group(2))} {local.group(1)}\b", full):
            # ``Der Hamburger SoVD-Landesvorsitzende`` where the text names the ``SoVD Hamburg``
            sp.organisation = f"{local.group(2)} {local.group(1)}"
        gm = _GENITIVE_PLACE.match(sp.role or "")
        if gm and not is_role_word(gm.group(1)) and is_role_word(gm.group(2).split()[0]):
            # ``Potsdams Oberbürgermeister``: the role as written, the place its organisation
            sp.organisation = sp.organisation or organisation_of(sp.role)
        if sp.role:
            sp.role = _NEW_IN_OFFICE.sub("", sp.role)  # (also as completed from the headline)
        own = re.search(rf"\s{re.escape(sp.name)}\b", sp.role or "")
        if own and is_role_word(sp.role[: own.start()].split()[-1]):
            # ``Bürgermeisterin Monika X Ansprechpartnerin Sara Y …``: a contact box, the office before
            # the speaker's own name
            sp.role = sp.role[: own.start()].strip()
        if sp.organisation is None and (unit := _unit_headed(sp.role or "", full)):
            sp.organisation = unit  # ``Umweltdezernentin`` where the text names the ``Dezernat für Klima, …``
        if berlin and (office := _senate_office(sp.role)):
            sp.organisation = office  # ``Regierender Bürgermeister und Senator für …``: the first office's
        place = re.match(r"^([A-ZÄÖÜ][\w-]+)s\s+\w*[Ss]tadtr(?:at|ätin)\b", sp.role or "")
        district_named = place is not None and re.fullmatch(BERLIN_DISTRICTS, place.group(1)) is not None
        if district_named and place and sp.organisation == place.group(1):
            sp.organisation = f"Bezirksamt {place.group(1)}"  # a Berlin district's Stadtrat: its office
        bezirk = re.fullmatch(rf"Bezirk(?:\s+({BERLIN_DISTRICTS}))?", sp.organisation or "")
        # (a Berlin text: ``Berlin`` itself, not ``Berliner Museumsinsel`` in a Bavarian district's)
        if bezirk and re.search(r"\bBerlin\b", full):
            # ``Integrationsbeauftragte des Bezirks (Marzahn-Hellersdorf)``: the district's office, where
            # the role or the text names the one district
            named = {bezirk.group(1)} if bezirk.group(1) else _districts_named(full)
            sp.organisation = f"Bezirksamt {named.pop()}" if len(named) == 1 else None
        district = _DISTRICT_OFFICE.search(sp.role or "")
        if berlin and sp.organisation is None and district:
            sp.organisation = f"Bezirksamt {district.group(1)}"  # ``… Stadtrat für Soziales in Mitte``
        adjective = _PLACE_ADJECTIVE_OFFICE.fullmatch(sp.role or "")
        if house := minister_house(sp.organisation or ""):
            # ``Staatssekretär beim Bundesminister für Verkehr …``: the minister's house is the ministry
            sp.organisation = house
        land = (sp.organisation or "").startswith(("Land ", "Freistaat"))
        if _MINISTER_OF_LAND.match(sp.role or "") and land:
            sp.organisation = None  # ``Innenminister des Landes Sachsen-Anhalt``: a ministry, not the Land
        if sp.organisation is None or _GENITIVE_PLACE.match(sp.role or "") or adjective:
            # ``Innenminister``, ``Sachsen-Anhalts Innenminister``, ``Die Niedersächsische Justizministerin``:
            # the ministry, where its name is stated
            minister = adjective.group(2) if adjective else _GENITIVE_PLACE.sub(r"\2", sp.role or "")
            sp.organisation = ministry_of(minister, [publisher or "", headline, full]) or sp.organisation
            if sp.organisation is None and (stated := _minister_office_at(sp, full)):
                # ``Bundesinnenminister X`` introduced as ``Der Bundesminister des Innern X``: that ministry
                sp.organisation = ministry_stated(minister, stated)
            inner = organisation_of(minister) if gm else None
            if inner and inner.startswith(("Ministerium ", "Staatsministerium ")):
                sp.organisation = inner  # ``Brandenburgs Ministerin für Arbeit, …``: her ministry
            elif gm and re.search(r"minister(?:in)?$", minister) and sp.organisation == gm.group(1)[:-1]:
                sp.organisation = None  # ``Brandenburgs Gesundheitsministerin``: a ministry left unnamed
        sp.organisation = _ministry_with_land(sp.organisation, full)
        if berlin and sp.organisation == "Berlin":
            # ``Berlins Regierender Bürgermeister``: the city's office is the Senatskanzlei or a department
            role = re.sub(r"^Berlins\s+", "", sp.role or "")
            stated = organisation_of(role) or ""  # ``Berlins Senatorin für Justiz, …``
            office = senate_department(role) or _senate_office(role)
            office = office or (stated if stated.startswith("Senatsverwaltung") else None)
            if office:
                sp.organisation = _full_department(office, full)
            elif re.match(r"Staatssekretär(?:in)?\b", role):
                sp.organisation = None  # ``Berlins Staatssekretärin für X``: no body, as without ``Berlins``
    return speakers, finder.warnings


# ``… und Stadtrat für Soziales in Friedrichshain-Kreuzberg``: a Berlin district office
_DISTRICT_OFFICE = re.compile(
    rf"(?:[Ss]tadtr(?:at|ätin)|Bezirks\w+)\b.*?\b(?:(?:in|von)\s+)?({BERLIN_DISTRICTS})(?=$|,|\s+(?:sowie|und)\s)"
)


_PLACE_PREPOSITIONS = {"im", "in", "am", "an", "auf", "bei", "beim", "vom", "zum", "zur"}


def _office_after_place(role: str) -> str | None:
    """The office alone where a role is a place's phrase run into an office (``Bären-Apotheke im Storkower
    Bogen Bezirksbürgermeister``): no office word before the last, a preposition among them."""
    words = role.split()
    if len(words) < 3 or not is_role_word(words[-1]) or any(is_role_word(w) for w in words[:-1]):
        return None
    return words[-1] if _PLACE_PREPOSITIONS & set(words[1:-2]) else None


_AFTER_CLOSING = re.compile(rf"“,?\s+(?:{VERBS})\s")


# ``Stefan X, Staatssekretär für Umwelt: Mit den Ergebnissen …“``: a name and its office before a colon
_NAMED_COLON = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+,\s+"
    r"[^:„“\"]{3,150}:\s+(?=[A-ZÄÖÜ][^„“]*“)"
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


def _reopened(para: str) -> str:
    """``„…“, stellt Prof. X fest. Bei der Begleitung … aufbauen. Ich bin zuversichtlich, … werden.“``: the
    opening mark a continuation after its attribution lacks, put back where the words speak in the first
    person and run to the closing mark; also after a name, its office and a colon."""
    named = _NAMED_COLON.search(para) if para.count("„") + 1 == para.count("“") else None
    balanced = named and para.count("„", 0, named.start()) == para.count("“", 0, named.start())
    if named and balanced and re.search(r"[.!?]“", para[named.end() : para.index("“", named.end()) + 1]):
        return f"{para[: named.end()]}„{para[named.end() :]}"  # the words run to a closing mark
    attribution = _AFTER_CLOSING.search(para)
    if para.count("„") + 1 != para.count("“") or attribution is None:
        return para
    for dot in re.finditer(r"\.\s+(?=[A-ZÄÖÜ])", para[attribution.end() :]):
        pos = attribution.end() + dot.start()
        if _abbreviation_at(para, pos):
            continue  # ``stellt Prof. X fest``: a title's full stop
        rest = para[pos + 1 :].strip()
        spoken = re.search(r"\b(?:ich|wir|uns|unser\w*|mein\w*)\b", rest, re.I)
        if rest.endswith("“") and "„" not in rest and "“" not in rest[:-1] and spoken:
            return f"{para[: pos + 1]} „{rest}"
        break
    return para


def _introduced_spelling(sp: Speaker, full: str) -> None:
    """A surname spelled two ways (``Clara Herrmann`` … ``Clara Hermann``): the spelling that introduces
    the person, i.e. the first in the text, is kept."""
    if not sp.given_name:
        return
    first = full.find(f"{sp.given_name} {sp.surname}")
    for m in re.finditer(r"\b(?=([A-ZÄÖÜ][\w-]+)\s+([A-ZÄÖÜ][\w-]+))", full[: max(first, 0)]):
        given, other = m.groups()
        same_given = given == sp.given_name or spelled_alike(given, sp.given_name)
        if same_given and spelled_alike(other, sp.surname):
            # (``Ayşe Kızılkaya`` … ``Ayse Kizilkaya``: both names without their marks)
            sp.name = sp.name.replace(f"{sp.given_name} {sp.surname}", f"{given} {other}")
            sp.given_name, sp.surname = given, other
            return


def _introduced_honorific(sp: Speaker, full: str) -> None:
    """``Michael Eissenhauer`` quoted, ``Prof. Dr. Michael Eissenhauer`` introduced: the honorific the text
    gives the person (also in full for one it shortens: ``Prof. Stephan X`` after ``Prof. Dr. Stephan X``)."""
    if not sp.given_name:
        return
    m = re.search(
        rf"(?<![\w.])((?:{HONORIFIC}\s+)+){re.escape(sp.given_name)}\s+{re.escape(sp.surname)}\b", full
    )
    fuller = m is not None and sp.honorific is not None and m.group(1).strip().startswith(f"{sp.honorific} ")
    if m and (sp.honorific is None or fuller):
        sp.honorific = m.group(1).strip()
        sp.name = f"{sp.honorific} {sp.given_name} {sp.surname}"


def _shortened(role: str, stated: str) -> bool:
    """``Bezirksbürgermeister`` for ``Stellv. Bezirksbürgermeister``, ``Regierende Bürgermeisterin`` for
    ``Regierende Bürgermeisterin von Berlin``: the same office without a qualifier or without its body."""
    if role in ROLE_ABBREVIATIONS and stated.removesuffix("in") == ROLE_ABBREVIATIONS[role]:
        return True  # ``OB`` for ``Oberbürgermeister``
    tails = (role[:1].lower() + role[1:], f"-{role}")
    if " " not in stated and len(stated) > len(role) and stated.endswith(tails):
        return True  # ``Stadtrat`` for ``Bezirksstadtrat``, ``Senatorin`` for ``Jugendsenatorin``, ``VG-…``
    # ``der stv. Vorstandsvorsitzende`` after ``X, stv. Vorstandsvorsitzender des …``: the article's ending
    inflected = role.endswith("e") and stated.startswith(role + "r ")
    if not stated.startswith(role + " ") and spelled_alike(role, first := stated.split()[0]):
        role = first  # ``Der Vorstandvorsitzende X`` after ``der Vorstandsvorsitzende der Stiftung … X``
    if stated.startswith(role + " ") or inflected:
        body = stated[len(role) + 1 + inflected :]
        if _FIELD_OF_OFFICE.fullmatch(body):
            return True  # ``so der Bundesminister X`` after ``X, Bundesminister für Gesundheit``
        named = re.fullmatch(r"(?:von|der|des)\s+([A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,3})", body)
        # not ``von Mitte Max Muster``; ``des Medizinischen Dienstes Westfalen-Lippe`` names a body
        return bool(named) and not _names_person(" ".join(named.group(1).split()[-2:]))
    office = stated.split()[0]
    if " " not in role and len(role) > len(office) and role.endswith(office[:1].lower() + office[1:]):
        # ``Landtagspräsidentin`` after ``die Präsidentin des Hessischen Landtags``: the body compounded
        stem = role[: -len(office)].removesuffix("s")
        body = rf"\s+(?:der|des)\s+(?:[A-ZÄÖÜ][\wäöüß]*\s+)?[\wäöüß-]*{re.escape(stem.lower())}"
        # (or the field: ``Stadtentwicklungssenator`` after ``Senator für Stadtentwicklung, Bauen und …``)
        field = rf"\s+für\s+{re.escape(stem)}\b"
        rest = stated[len(office) :]
        if len(stem) >= 4 and (re.match(body, rest, re.I) or re.match(field, rest)):
            return True
    if (gm := _GENITIVE_PLACE.match(stated)) and not is_role_word(gm.group(1)):
        office = gm.group(2)
        compound = " " not in office and len(office) > len(role) and office.endswith(tails[0])
        if office == role or compound:
            # ``Ministerpräsident`` after ``Brandenburgs Ministerpräsident``: the place left out;
            # ``Ministerin`` after ``Brandenburgs Gesundheitsministerin``: also the field
            return True
    if (pm := _PLACE_ADJECTIVE_OFFICE.fullmatch(stated)) and _place_or_land(pm.group(1)):
        office = pm.group(2)
        if office == role or (len(office) > len(role) and office.endswith(role[:1].lower() + role[1:])):
            return True  # ``Minister Beuth`` after ``Der Hessische Innenminister Peter Beuth``
    return stated.endswith(" " + role) and bool(_OFFICE_QUALIFIER.fullmatch(stated[: -len(role)].strip()))


# adjectives that change what the office is (a deputy, an acting or honorary holder): they stay in the role
_KEPT_QUALIFIER = (
    rf"(?:(?:stellvertretende|kommissarische|amtierende|ehrenamtliche|geschäftsführende|zuständige)[nrs]?|{TITLE_ADJ})\b"
)
_CONJUNCTION = re.compile(
    r"^(?:Wie|Als|Da|Weil|Nachdem|Wenn|Dass|Ob|Sobald|Bevor|Obwohl|Und|Auch|Aber|Doch|So)\s+(?=\S)"
)
_LEADING_WORDS = re.compile(rf"^(?:(?:der|die|den|dem)\s+)?(?:(?!{_KEPT_QUALIFIER})[a-zäöüß]+\s+)*")
# what an introduction may state before the office that a later attribution leaves out
_OFFICE_QUALIFIER = re.compile(
    rf"(?:{ROLE_ABBREV})\.|[Ss]tellvertretende[rn]?|Erste[rn]?|Zweite[rn]?|Kommissarische[rn]?|Amtierende[rn]?"
)
_GENITIVE_PLACE = re.compile(r"^([A-ZÄÖÜ][\wäöüß-]+s)\s+([A-ZÄÖÜ][\wäöüß-]+(?:\s.*)?)$")
def _unit_headed(role: str, full: str) -> str | None:
    """The city department a ``…dezernent`` or ``…referent`` heads, by the one name the text gives it
    (``Dezernat für Klima, Umwelt und Frauen``, ``Mobilitätsreferat``)."""
    head = re.fullmatch(r"(?:[A-ZÄÖÜ][\wäöüß]*-\s+und\s+)?([A-ZÄÖÜ][a-zäöüß]*?)(dezernent|referent)(?:in)?",
                        role)
    if head is None:
        return None
    if head.group(2) == "referent":
        unit = f"{head.group(1)}referat"
        return unit if head.group(1) and re.search(rf"\b{unit}\b", full) else None
    fields = r"für\s+[A-ZÄÖÜ][\wäöüß-]*(?:(?:,\s+|\s+und\s+)[A-ZÄÖÜ][\wäöüß-]*)*"
    # the field of the office among the Dezernat's (not ``Kulturdezernent`` for the ``Dezernat für Umwelt``)
    stated = re.findall(rf"\bDezernat(?:es)?\s+({fields})", full)
    named = {f for f in stated if head.group(1) and head.group(1) in f}
    return f"Dezernat {named.pop()}" if len(named) == 1 else None


# a minister of a Land named after the office (``Innenminister des Landes Sachsen-Anhalt``)
_MINISTER_OF_LAND = re.compile(r"\S*[Mm]inister(?:in)?\s+(?:des|der)\s+(?:Landes|Freistaate?s)\s")
# a place adjective before an office word (``Hessische Innenminister``, ``Thüringer Landeswahlleiter``)
_PLACE_ADJECTIVE_OFFICE = re.compile(
    rf"([A-ZÄÖÜ][\wäöüß-]+(?:er|ische[rn]?)|{TITLE_ADJ})\s+([A-ZÄÖÜ][\wäöüß-]+)"
)
# the field an office is for (``für Gesundheit``, ``für Soziales, Gesundheit und Integration``)
_FIELD_OF_OFFICE = re.compile(r"für\s+(?:(?:den|die|das|und|,)\s*|[A-ZÄÖÜ][\wäöüß-]*\s*){1,12}")

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
    genitive = first is not None and first + 1 < len(words) and words[first + 1] in {"der", "des"}
    if genitive and first is not None and len(spelled) > 1:
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
    if not org or not org.startswith("Senatsverwaltung für ") or "," in org:
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


# the part a person plays at an event, not an office (``Ehrengast und Festredner``, ``Laudatorin``)
_EVENT_ROLE = re.compile(
    r"(?:(?:Ehrengast|(?:Fest|Gast|Haupt)redner(?:in)?|Laudator(?:in)?|Gastgeber(?:in)?)(?:\s+und\s+|$))+"
)
_BARE_OFFICES = {
    "Senator", "Senatorin", "Minister", "Ministerin", "Staatssekretär", "Staatssekretärin", "Bezirksstadtrat",
    "Bezirksstadträtin", "Stadtrat", "Stadträtin", "Beigeordneter", "Beigeordnete",
}
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

