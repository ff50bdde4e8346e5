"""``find_speakers``, ``find_speakers_and_warnings``: paragraphs in, completed speakers out.

Prepares the paragraphs (speech run over paragraph breaks joined, typed quotation marks read), runs the
finder, adds headline quotes, then completes each speaker's role and organisation."""

from __future__ import annotations

import re
from dataclasses import replace

from archive import gazetteer
from archive.record import Speaker
from ingest.blocks import Block
from ingest.names import (
    BERLIN_DISTRICTS,
    BODY_WORD,
    HONORIFIC,
    PARTY,
    ROLE_ABBREVIATIONS,
    is_role_word,
    middle_initials,
    minister_house,
    ministry_of,
    ministry_stated,
    nominative_role,
    organisation_of,
    senate_department,
    split_name,
    with_initials,
    without_initials,
)
from ingest.quotes import CLOSING_ATTRIBUTION, find_quotes
from ingest.speakers.attribution_after import _WORDS_AFTER
from ingest.speakers.attribution_before import _SPEECH_ACT, _attribution_before
from ingest.speakers.finder import SpeakerFinder
from ingest.speakers.organisations import (
    _BOARDS,
    _BODILESS_OFFICE,
    _BODY_COMPOUND,
    _COUNCILS_WRITTEN_OUT,
    _DISTRICT_OFFICE,
    _GENERIC_BODIES,
    _GROUP_OFFICE,
    _HEADED_BODIES,
    _KINDS_WRITTEN_OUT,
    _PARTY_GROUP_ROLE,
    _board_body,
    _bracketed_body,
    _compound_body,
    _districts_named,
    _expanded,
    _full_department,
    _group_in_house,
    _headed_body,
    _minister_office_at,
    _ministry_with_land,
    _named_body,
    _office_body,
    _party_group,
    _senate_office,
    _without_unit,
    _written_out,
    affiliation_in_text,
)
from ingest.speakers.person_phrase import _names_another, _subject
from ingest.speakers.roles import (
    _BARE_OFFICES,
    _COLLOQUIAL_FOR,
    _COLLOQUIAL_OFFICE,
    _EVENT_ROLE,
    _GENITIVE_PLACE,
    _MINISTER_OF_LAND,
    _NEW_IN_OFFICE,
    _OFFICE_QUALIFIER,
    _PLACE_ADJECTIVE_OFFICE,
    _UNDER_LEAD,
    _adjectival_nominative,
    _introduced_honorific,
    _introduced_spelling,
    _office_after_place,
    _shortened,
    _unit_headed,
    role_in_text,
)
from ingest.speakers.vocabulary import (
    VERBS,
    _abbreviation_at,
    _clean_quote,
    _place_or_land,
    _quote_only,
    _sentences,
)

# a dateline of place and date opening a paragraph (``Berlin, 5. Januar 2024 – ``)
_DATELINE_LEAD = re.compile(
    r"^[A-ZÄÖÜ][\wäöüß/.-]*(?:\s+[A-ZÄÖÜ][\wäöüß.-]*)?,?\s+(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)"
    r"\s*\d{4}\s*[–—-]\s+"
)
_PLACE_DOT_BEFORE = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?\.\s+(?=[„“\"»])")


_OPENERS = '„“"»«‚'


# a line that signs the quote above it: an office and a name (``Landrat Martin Neumeyer``)
_SIGNATURE_LINE = re.compile(
    rf"(?:[A-ZÄÖÜ][\wäöüß-]+\s+){{1,2}}(?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
)


# quotation marks typed as two commas and two single marks (``,,Sobald … geben.‘‘``)
_TYPED_OPEN = re.compile(r"(?<![\w,]),,(?=[^\W\d_])")
_TYPED_CLOSE = re.compile(r"(?<=[\w.!?…])(?:‘‘|’’)(?!\w)")


def _typed_marks(text: str) -> str:
    """``,,…‘‘`` and ``,,…“`` read as ``„…“``, each mark kept at its place (the body keeps what the page
    wrote)."""
    if not (_TYPED_OPEN.search(text) and (_TYPED_CLOSE.search(text) or "“" in text)):
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
        # (a municipal office's, not a party's own office: ``Sprecherin der Linken für Finanzen``)
        office = r"(?:Bezirks)?[Ss]tadtr(?:at|ätin)|Beigeordnete[r]?|Dezernent(?:in)?"
        party = re.search(rf"\b(?:{office})(\s+der\s+(\S+))(?=\s+für\s)", sp.role or "")
        if party and PARTY.match(party.group(2)):
            # ``zuständige Bezirksstadtrat der CDU für Wirtschaft``: the party is no part of the office
            sp.role = sp.role[: party.start(1)] + sp.role[party.end(1) :]  # type: ignore[index]
            sp.organisation = organisation_of(sp.role)
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
        member = r"^(?:(?:direkt\s+gewählte|örtliche)[r]?\s+)?(?:[\w/]+-)?Bundestagsabgeordnete[r]?"
        if re.search(rf"{member}(?:\s+für\s+den\s+Wahlkreis\b.*)?$", sp.role or ""):
            # ``CDU-Bundestagsabgeordnete``, ``… für den Wahlkreis X``: a member of the Bundestag, not of the
            # party or the constituency
            sp.organisation = "Deutscher Bundestag"
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
        if sp.role and (office := _office_after_place(sp.role)):
            sp.role, sp.organisation = office, organisation_of(office)  # (also as stated in the text)
        office_word = (
            r"\w*(?:[Bb]eauftragte[nr]?|[Vv]orsitzende[nr]?|[Ss]precher(?:in)?|[Pp]räsident(?:in|en)?)"
        )
        if re.fullmatch(office_word, sp.organisation or ""):
            sp.organisation = None  # ``die Sprecherin der Landesbeauftragten X``: an office, not a body
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
        bezirk = re.fullmatch(rf"Bezirk(?:samt)?(?:\s+({BERLIN_DISTRICTS}))?", sp.organisation or "")
        # (a Berlin text: ``Berlin`` itself, not ``Berliner Museumsinsel`` in a Bavarian district's)
        if bezirk and re.search(r"\bBerlin\b", full):
            # ``Integrationsbeauftragte des Bezirks (Marzahn-Hellersdorf)``, ``Frauenvertreterin des
            # Bezirksamtes``: the district's office, where the role or the text names the one district
            named = {bezirk.group(1)} if bezirk.group(1) else _districts_named(full)
            sp.organisation = f"Bezirksamt {named.pop()}" if len(named) == 1 else None
        # ``für den Bezirk Lichtenberg zuständige Bezirksstadträtin für Gesundheit``: the district's office
        district_office = r"(?:Bezirks\w*|\w*[Ss]tadtr(?:at|ätin))\b"  # (not a police director or a forester)
        responsible = rf"für\s+den\s+Bezirk\s+({BERLIN_DISTRICTS})\s+(zuständige[nr]?\s+{district_office}.*)$"
        placed = re.match(responsible, sp.role or "")
        if placed:
            sp.role, sp.organisation = placed.group(2), f"Bezirksamt {placed.group(1)}"
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


_AFTER_CLOSING = re.compile(rf"“,?\s+(?:{VERBS})\s")


# ``Stefan X, Staatssekretär für Umwelt: Mit den Ergebnissen …“``: a name and its office before a colon
_NAMED_COLON = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\wäöüß-]+,\s+"
    r"[^:„“\"]{3,150}:\s+(?=[A-ZÄÖÜ][^„“]*“)"
)


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
