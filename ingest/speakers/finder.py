"""``SpeakerFinder``: collects speakers and their quotes over one document's paragraphs.

One ``SpeakerFinder`` per document: ``paragraph`` attributes each quotation of a paragraph (after it,
before it, or from the context) and resolves the reference to a person; ``speakers`` gives the result."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from archive import gazetteer
from archive.record import Speaker
from ingest.boilerplate import split_sentences
from ingest.names import (
    BERLIN_DISTRICTS,
    BODY_WORD,
    DOUBLE_SURNAME_FIRST,
    HONORIFIC,
    NON_NAME,
    PARTY,
    ROLE_ABBREVIATIONS,
    PersonName,
    common_given_name,
    is_name_token,
    is_role_noun,
    is_role_word,
    is_surname_like_role,
    nominative_role,
    organisation_of,
    place_adjective,
    spelled_alike,
    split_name,
)
from ingest.quotes import QuoteSpan, find_quotes, sounds_spoken
from ingest.speakers.attribution_after import (
    _AFTER,
    _AND_VERB_END,
    _APPOSITION_LINKS,
    _BARE_SOURCE,
    _INITIAL_SIGNATURE,
    _NOMINATIVE_AFTER,
    _PAREN_SOURCE,
    _PRAISED_OBJECT,
    _QUESTION_POSED,
    _SO_ALSO,
    _SO_SAID,
    _STATEMENT_OF,
    _SURE_AFTER,
    _THEIR_MOTTO,
    _VERB_AFTER_WORDS,
    _VERDICT_OF,
    _WELCOME,
    _WITH_THE_WORDS,
    _WORDS_AFTER,
    _WORDS_BEFORE,
    _WORDS_OF,
    _WORDS_OF_GENITIVE,
    _ZUFOLGE,
    _closed_at_attribution,
)
from ingest.speakers.attribution_before import (
    _APPOSED_AFTER,
    _CALLS,
    _DATELINE_BEFORE_QUOTE,
    _DETERMINER_WORD,
    _FIRST_PERSON,
    _GOES_ON,
    _LETTER_SAYS,
    _NOT_BEFORE_SUBJECT,
    _OWN_WRITING_CITED,
    _QUOTED_TITLE,
    _READ_OUT,
    _SAID_UNMARKED,
    _TITLE_BEFORE,
    _TOPIC_BEFORE,
    _attribution_before,
    _clause_before,
    _named_in_full,
    _source_before,
)
from ingest.speakers.joint import (
    _NOT_GIVEN,
    _PLURAL_VERB_FIRST,
    _SURNAME_PAIR_AFTER,
    _SURNAME_PAIR_BEFORE,
    _joint,
    _roster,
)
from ingest.speakers.organisations import affiliation_in_text
from ingest.speakers.person_phrase import (
    _ADJ,
    _BEFORE_A_BODY,
    _DETERMINER,
    _GIVEN_AND_SURNAME,
    _form_of_address,
    _misspelt,
    _name_pairs,
    _name_run,
    _names_person,
    _names_someone,
    _people_named,
    _Ref,
    _subject,
)
from ingest.speakers.references import (
    _ALSO_FIRST,
    _ANSWER,
    _BODY_HEAD,
    _CLAUSE_CONJUNCTION,
    _DOUBLE_NAME,
    _FIELD_SYNONYMS,
    _FIELD_WORD,
    _HEAD_OF_ABBREVIATION,
    _HEAD_OFFICE,
    _HEADLINE_SUBJECT,
    _INVERTED_NARRATION,
    _INVERTED_OFFICE,
    _INVERTED_SPEECH,
    _INVERTED_SUBJECT,
    _LETTER_FROM,
    _MENTIONED,
    _NAME_LINE,
    _NAMED_PAIR,
    _NOT_FORMER,
    _OFFICE_SYNONYMS,
    _OTHER_SOURCE,
    _PERSON_NOUN,
    _PHOTO_CREDIT,
    _PRONOUN_INSIDE,
    _REPORTED_END,
    _REPORTED_PRONOUN,
    _ROLE_START,
    _SEPARABLE_SAYING,
    _SPEECH_WORD,
    _SUBJECT_BODY,
    _SUBORDINATE_OPENING,
    _TOLD_BY,
    _UNNAMED,
    _VERB_THEN_SURNAME,
    _addressed_lone,
    _agrees,
    _level_of,
    _office_opening,
    _sole_subject,
    _thing_subject,
)
from ingest.speakers.roles import _GENITIVE_PLACE, _elected_role, _predicate_role, role_in_text
from ingest.speakers.vocabulary import (
    _IN_ONES_SPEECH,
    _KIN,
    _KONJUNKTIV,
    _PARTICIPLE,
    _PLURAL_SAYING,
    _PRAISE,
    _SAYING,
    VERBS,
    _abbreviation_at,
    _clean_quote,
    _is_speech,
    _last_sentence,
    _quote_only,
    _sentence_start,
    _sentences,
)


@dataclass
class _Person:
    speaker: Speaker
    roles: list[str] = field(default_factory=list)


# a verb that introduces the subject's own words after a colon
_OWN_WORDS_VERB = re.compile(
    r"\b(?:bedankte|bedankt|betonte|betont|sagte|sagt|erklärte|erklärt|unterstrich|mahnte|appellierte|warnte)\b"
)
# a verb of saying opening the sentence after a quote (``„…“ Sagt der Student X …``)
_SAID_CAPITALISED = re.compile(r"(\s+)([SEBM])(?:agt|agte|rklärt|rklärte|etont|etonte|eint|einte)\s")
# a time or a day before a colon and a quotation: a programme's entry and its title
_PROGRAMME_ENTRY = re.compile(
    r"(?:\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?:[^„“\".!?]{0,40}?\d\s*Uhr)?|(?:^|[:\n]\s*)\d{1,2}[.:]\d{2}\s*Uhr)\s*:\s*$"
)
# a work's kind before its author and a colon (``Vortrag von Prof. X: „Wir sind, was wir essen“``)
_WORK_TITLED = re.compile(r"\b(?:Vortrag|Ausstellung|Lesung|Film|Buch|Konzert|Workshop|Thema)\b")
# a verb that makes the quotation before it a name (``„…“ heißt ein Projekt``, ``„…“ lautet das Motto``)
_NAMES_IT = re.compile(
    r"\s+(?:heißt|hieß|lautet|lautete|nennt\s+sich|nannte\s+sich)\s+(?:ein|eine|das|der|die)\s"
)


# a person's judgement named after the genitive of the surname (``so Seiferts Urteil``)
_VERDICT = re.compile(r"Urteil|Fazit|Einschätzung|Meinung|Resümee|Bilanz|Appell|Credo|Devise|Worte|Ansicht")


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
        qualified = r"(?:neue|bisherige|scheidende|ehemalige|frühere|stellvertretende|kommissarische)[rn]?"
        stem = re.escape(office.lower().rstrip("rn"))
        other = re.search(rf"\b{qualified}\s+\w*{stem}", self.full_text, re.I)
        # (also in the headline: ``Landrat X ist neuer Bezirkstagspräsident``)
        for source, m in ((t, m) for t in (self.headline, self.full_text) for m in _name_pairs(t)):
            pair = m.group(1)
            after = source[m.start() + len(pair) : m.start() + len(pair) + 200]
            role = _elected_role(after) or _predicate_role(after) or ""
            noun = next((w for w in role.split() if is_role_noun(w)), "").lower()  # ``Landtagspräsidentin``
            # the same office in any ending (``Vorsitzende``, ``Ortsvorsitzender``), not a deputy's or an
            # honorary one (``Vizepräsidentin``, ``stellvertretende Präsidentin``, ``Ehrenbürgermeister``)
            same = noun.rstrip("rn").endswith(office.lower().rstrip("rn"))
            deputy = re.search(r"vize|ehren|stellv|kommissarisch|ehemalig|früher", role, re.I)
            # (a holder the headline names is the text's where the text names the person too or no other
            # holder: not ``der scheidende Vorsitzende``, ``ist Jan X neuer Vorsitzender`` in the text)
            told = source is self.full_text or pair in self.full_text or not other
            if same and not deputy and _names_person(pair) and told:
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
        genitive_name = r"\b(?:des|der)\s+(?:[A-ZÄÖÜ]\S*\s+)*[A-ZÄÖÜ][a-zäöüß]+er$"
        body = re.search(genitive_name, person.role_prefix or "")
        if body and person.given_name is None and not person.honorific:
            return None  # ``des Berufsverbandes Deutscher Chirurgen``: the body's name goes on, no person
        if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:lich|isch)e[snmr]?", person.given_name or ""):
            return None  # ``Persönliches Engagement steht für X im Vordergrund:``: an adjective and a noun
        owner = person.given_name or ""
        if _VERDICT.fullmatch(person.surname) and owner.endswith("s") and not person.honorific:
            # ``„…“, so Seiferts Urteil``: the judgement's owner by the surname before it
            person = PersonName(owner[:-1], None, None, owner[:-1], None)
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
                        and len(clause.split()) <= 8
                        # (not a work's title: ``Vortrag von Prof. X:``, ``Ausstellung von X:``)
                        and not _WORK_TITLED.search(clause)
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
