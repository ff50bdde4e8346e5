"""Attribution before a quote: ``X sagte: „…“``, ``Laut X …``, ``Für X ist klar:``.

``_attribution_before`` reads the clause before a colon or a quotation for its speaker; ``_source_before``
reads a source opening the sentence; ``_clause_before`` cuts that clause."""

from __future__ import annotations

import re

from archive import gazetteer
from ingest.names import (
    BODY_WORD,
    HONORIFIC,
    NON_NAME,
    PersonName,
    is_role_noun,
    is_role_word,
    nominative_role,
    organisation_of,
)
from ingest.speakers.person_phrase import _names_someone, _office_phrase, _Ref, _subject
from ingest.speakers.references import _MENTIONED, _agrees
from ingest.speakers.vocabulary import (
    _ADVERBIAL,
    _IN_ONES_SPEECH,
    _KIN,
    _VERB_PARTICLE,
    VERBS,
    _abbreviation_at,
)

# the same speaker goes on after a quote (``Und weiter: „…“``, ``Außerdem:``)
_GOES_ON = re.compile(r"(?:^|[.!?]\s+)(?:Und\s+)?(?:[Ww]eiter|[Ff]erner|[Aa]ußerdem|[Zz]udem)\s*:\s*$")
# a word before a quoted title (``das Büchlein „…“``, ``mit „…“``): the quote is a name
_DETERMINER_WORD = r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|unser\w*|ihr\w*|sein\w*)"
_TITLE_BEFORE = re.compile(
    rf"\b(?:{_DETERMINER_WORD}|auf|mit|für|von|zu|zum|zur|im|in|an|am|aus|bei|über|unter|durch|gegen|ohne|um|"
    rf"{_DETERMINER_WORD}\s+(?!(?:Worten?|Sätzen?|Satz|Appell|Aufruf|Fazit|Mahnung|Warnung|Bitte)\s*$)"
    r"[A-ZÄÖÜ][\wäöüß-]+)\s*$"
)
# a verb of saying closing the clause before a quote that has no colon (``X erklärt hierzu „…“``)
_SAID_UNMARKED = re.compile(
    r"\s(?:sagte|sagt|erklärte|erklärt|betonte|betont|ergänzte|ergänzt|meinte|meint|unterstrich|unterstreicht)"
    r"(?:\s+(?:hierzu|dazu|dabei|weiter|außerdem|abschließend|zudem|auch|noch))*"
    # (also with the topic: ``betont zur Bedeutung der Veranstaltung für den Bezirk „…“``, or the speaker
    # after the verb: ``Dazu erklärt Justizsenator Dr. Dirk X „…“``)
    r"(?:\s+(?:zur|zum|zu)\s+(?:[\wäöüßÄÖÜ-]+\s+){0,7}[\wäöüßÄÖÜ-]+|(?:\s+(?:Dr\.|Prof\.|[A-ZÄÖÜ][\wäöüß-]+)){2,6})?$"
)
# a sentence opened by its source: ``Laut Hafenmeister X ist der Steg „…“``, ``X zufolge ist …``
_LAUT_BEFORE = re.compile(
    r"^(?:Laut|(?:Nach (?:den )?(?:Worten|Ansicht|Auffassung|Meinung|Einschätzung|Aussage)|"
    r"Aus (?:der )?Sicht) "
    r"(?:von|(des|der)(?= [A-ZÄÖÜ])))\s+"
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


# ``Darin heißt es:``, ``In dem Schreiben heißt es unter anderem:``: the words of a letter named before
_LETTER_SAYS = re.compile(
    r"^(?:Darin|Dort|In\s+(?:dem|diesem|ihrem|seinem|einem)\s+[\wäöüß-]*(?:[Ss]chreiben|[Bb]rief))\s+heißt\s+es"
    r"(?:\s+unter\s+anderem|\s+u\.\s?a\.)?\s*:$"
)


_DATELINE_BEFORE_QUOTE = re.compile(r"^\((?:[^()]|\([^()]*\)){1,60}\)\s*(?=[„“\"»«‚])")


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
    r"|(?<=, \d{5} )(?!Euro\b|Besucher|Menschen|Teilnehmer|Mitglieder)[A-ZÄÖÜ][a-zäöüß-]+(?= [A-ZÄÖÜ])"
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
    # (also ``sagte X unter anderem:``, ``warnte X nachdrücklich:``)
    r"(?:\s+(?:weiter|noch|auch|dabei|dazu|abschließend|zudem|außerdem|ferner|schließlich|nochmals|ebenfalls|"
    r"unter\s+anderem|u\.\s?a\.|[a-zäöüß]{4,}lich))*"
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


# a prepositional phrase opening a clause before its verb (``Für Landrat X stellt …``)
_PREPOSITION_HEAD = re.compile(
    r"^(Für|Mit|Bei|Neben|Gegenüber|Ohne|Dank|Wegen|(?:Zusammen|Gemeinsam) mit)\s"
)
_STATES = {"Land", "Freistaat", "EU"}  # bodies ``BODY_WORD`` does not name
# a given name and surname
_FULL_NAME = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\b")


# an indefinite antecedent (``von einem jungen Mann``): someone the text does not name
_SOMEONE = re.compile(
    r"\b(?:von|mit|an|über|bei|zu)\s+(?:ein|eine|einem|einer|eines|einen)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]+$"
)
# a speech act of a named person (``Antwort der Staatssekretärin X``, ``Frage des Abgeordneten X``)
_SPEECH_ACT = re.compile(
    r"^(?:[A-ZÄÖÜ][a-zäöüß]+e\s+)?(?:Antwort|Frage|Stellungnahme|Erklärung|Statement|Grußwort|Appell|Fazit)\s+"
    r"(der|des|von)\s+(.+?)(?:\s+\([^()]{2,30}\))?(?:\s+vom\s+[^,]{4,30})?$"
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
# words cited from a letter or speech of the person named before (``In seinem Kondolenzschreiben heißt es``)
_OWN_WRITING_CITED = re.compile(
    r"^(?:In|Im|Aus)\s+(sein|ihr)e[mnr]?\s+(?:[a-zäöüß]+e[nmr]?\s+)?[A-ZÄÖÜ][a-zäöüß-]*"
    r"(?:[Ss]chreiben|[Bb]rief|[Ww]ort|[Tt]elegramm|[Bb]otschaft|[Ee]rklärung|[Rr]ede|[Aa]nsprache|[Nn]achricht)"
    r"(?:\s+an\s+[^,:]{2,80}?)?\s+(?:heißt|hieß)\s+es\b"
)
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


def _named_in_full(ref: _Ref | None) -> bool:
    return ref is not None and ref.person is not None and bool(ref.person.given_name)


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


# an apposition after a quoted title (``„Titel“, den zweiten Teil der Reihe``)
_APPOSED_AFTER = re.compile(r"\s*,\s+(?:den|die|das|der|dem|des|ein|eine|einen|einem|eines)\s")


# a text read out, recited or answered: someone else's words (``verlas das Grußwort der Ministerin:``)
_READ_OUT = re.compile(
    r"\b(?:verlas|verliest|zitierte|zitiert|beantwortet\w*)\b|\bvor:$|"
    r"\b(?:Grußwort|Gedicht|Brief|Schreiben|Fragen?|Gästebuch|Botschaft|Zuschrift)\b"
)
# a quote opening in the first person
_FIRST_PERSON = re.compile(r"\s*(?:Ich|Mir|Mich|Wir|Uns|Unser\w*|Mein\w*)\b")
