"""Speakers and their direct quotes: attribution after, before or around a quotation,
role-only and pronoun references, continuation quotes, surname-only references."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.record import Speaker
from ingest.blocks import Block
from ingest.names import CONNECTORS, HONORIFIC, PersonName, is_role_word, organisation_of, split_name
from ingest.quotes import QuoteSpan, find_quotes

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
    r"verspricht|hat|habe|hatte|heißt|hieß|sagte|erklärte|berichtet|bekräftigte"
)
_PARTICIPLE = (
    r"gesagt|erklärt|betont|bekräftigt|unterstrichen|ergänzt|hervorgehoben|gemeint|versichert|bestätigt|"
    r"erläutert|kommentiert|berichtet|geäußert|gewarnt|gefordert|zitiert"
)
_ADVERBS = (
    r"(?:sich|auch|dazu|dabei|weiter|weiterhin|abschließend|zufrieden|erfreut|überzeugt|heute|gestern|"
    r"zuversichtlich|optimistisch|begeistert|beeindruckt|erleichtert|dankbar|stolz|nun|bereits|ebenfalls|"
    r"noch|zudem|außerdem|anschließend|einleitend|bei|der|dem|Eröffnung|Übergabe|Veranstaltung|"
    r"Gelegenheit|diesem|Anlass|gegenüber|Presse|Medien|mit|Blick|auf|am|im|beim|vor|Ort|ergänzend)"
)
_AFTER = re.compile(
    rf"^\s*[,;]?\s*[–—-]?\s*(?:{VERBS})\b(?:\s+{_ADVERBS}\b)*\s+",
)
_ZUFOLGE = re.compile(r"^\s*[,;]?\s*(.{3,120}?)\s+zufolge\b")
_PRONOUN = re.compile(r"^(er|sie|Er|Sie)\b(?!\s+(?:Ihnen|uns|den|die|das|alle))")
_ROLE_ONLY = re.compile(r"^(?:der|die|dem)\s+((?:[A-ZÄÖÜ][\wäöüß-]*\s+)*[A-ZÄÖÜ][\wäöüß-]*)\b")
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Prof|St|Nr|bzw|ca|vgl|z\.B|u\.a|e\.V|a\.D|Ing|Dipl|Mag|inkl|ggf|evtl|Str|Jh|Abs|Art|gem)|"
    r"\b[A-ZÄÖÜ]|\d)\.$"
)
_TOKEN = re.compile(rf"{HONORIFIC}|[\wÄÖÜäöüß][\wÄÖÜäöüß'’./-]*|[,;:()–—.!?„“\"»«]")


_MENTIONED = re.compile(
    rf"\b([A-ZÄÖÜ][\wäöüß-]+)\s+((?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+)\b"
)
_ADJ = re.compile(
    r"^(?:neue[nrs]?|alte[nrs]?|scheidende[nr]?|langjährige[nr]?|stellvertretende[nr]?|"
    r"zuständige[nr]?|ehemalige[nr]?|amtierende[nr]?|designierte[nr]?|frühere[nr]?)$"
)


@dataclass
class _Ref:
    """Who a quote is attributed to."""

    person: PersonName | None = None
    role: str | None = None
    pronoun: bool = False
    role_only: str | None = None


@dataclass
class _Person:
    speaker: Speaker
    roles: list[str] = field(default_factory=list)


def _subject(text: str) -> tuple[_Ref | None, int]:
    """Parse the grammatical subject at the start of ``text``: a name, role+name, pronoun or role."""
    s = text.lstrip()
    off = len(text) - len(s)
    m = _PRONOUN.match(s)
    if m:
        return _Ref(pronoun=True), off + m.end()
    tokens: list[str] = []
    end = 0
    for tm in _TOKEN.finditer(s):
        tok = tm.group(0)
        if tok in {",", ";", ":", "(", ")", "–", "—", ".", "!", "?", "„", "“", '"', "»", "«"}:
            break
        if tok.endswith(".") and not re.fullmatch(HONORIFIC, tok) and not re.fullmatch(r"[A-ZÄÖÜ]\.", tok):
            tokens.append(tok[:-1])
            end = tm.end() - 1
            break
        if tok[:1].islower() and tok not in CONNECTORS and not _ADJ.match(tok):
            break
        tokens.append(tok)
        end = tm.end()
        if len(tokens) > 14:
            break
    while tokens and tokens[-1] in CONNECTORS:
        tokens.pop()
    if not tokens:
        return None, 0
    person = split_name(tokens)
    if person is not None and person.given_name is None and person.role_prefix is None and len(tokens) > 1:
        person = None
    if person is None:
        m2 = _ROLE_ONLY.match(" ".join(tokens))
        if m2 and is_role_word(m2.group(1).split()[0]):
            return _Ref(role_only=" ".join(tokens[1:])), off + end
        if tokens and is_role_word(tokens[0]):
            return _Ref(role_only=" ".join(tokens)), off + end
        return None, 0
    prefix = person.role_prefix
    if prefix:
        prefix = re.sub(r"^(?:(?:der|die|den|dem)\s+)?(?:[a-zäöüß]+\s+)*", "", prefix) or None
    ref = _Ref(person=person, role=prefix)
    rest = s[end:]
    am = re.match(r"^\s*,\s+(?=[A-ZÄÖÜ])", rest)
    if am:
        role_text = _apposition(rest[am.end() :])
        if role_text and (
            is_role_word(role_text.split()[0]) or any(is_role_word(w) for w in role_text.split()[:3])
        ):
            ref.role = role_text if not ref.role else f"{ref.role}, {role_text}"
            end += am.end() + len(role_text)
    return ref, off + end


def _apposition(text: str) -> str:
    """The role apposition: up to the next comma, colon, opening quote or sentence end."""
    out = []
    for i, c in enumerate(text):
        if c in ',;:(„“"»«':
            break
        if (
            c in ".!?"
            and (i + 1 >= len(text) or text[i + 1] in ' \n“"”')
            and not _ABBREV.search(text[: i + 1])
        ):
            break
        out.append(c)
    return "".join(out).strip()


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip()
    return not before or before[-1] in '.!?:“”"«»)' or before.endswith(("–", "—"))


def _clause_before(text: str, pos: int) -> str:
    before = text[:pos]
    cut = max(
        before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("“ "), before.rfind("\n")
    )
    return before[cut + 1 :].strip() if cut >= 0 else before.strip()


def _attribution_before(clause: str) -> _Ref | None:
    """``X betonte: „…“`` / ``X: „…“`` / ``Dazu sagte X:``."""
    if not clause.endswith(":"):
        return None
    clause = clause[:-1].strip()
    vm = re.search(rf"\b(?:{VERBS})\b(?:\s+{_ADVERBS}\b)*", clause)
    candidates = []
    if vm:
        candidates.append(clause[vm.end() :])
        candidates.append(
            re.sub(
                r"^(?:Dazu|Auch|Abschließend|Zudem|Außerdem|Dabei|Weiter|Anschließend)\s+",
                "",
                clause[: vm.start()],
            )
        )
    else:
        candidates.append(clause)
    for cand in candidates:
        ref, _ = _subject(cand)
        if ref is not None:
            return ref
    return None


def _is_speech(span: QuoteSpan) -> bool:
    inner = span.text.strip()
    words = len(inner.split())
    return words >= 4 or bool(re.search(r"[.!?,…]$", inner))


def _clean_quote(text: str) -> str:
    q = re.sub(r"\s+", " ", text).strip()
    q = re.sub(r"\s*,$", "", q)
    return q.strip()


class SpeakerFinder:
    """Collects speakers over the paragraphs of one document."""

    def __init__(self, full_text: str) -> None:
        self.people: list[_Person] = []
        self.full_text = full_text
        self.last: _Person | None = None
        self._text = ""

    def _resolve(self, ref: _Ref) -> _Person | None:
        if ref.pronoun:
            if self.last is None:
                found = list(_MENTIONED.finditer(self._text))
                for m in reversed(found):
                    if is_role_word(m.group(1)):
                        person = split_name(m.group(2).split())
                        if person:
                            return self._add(person, None)
            return self.last
        if ref.role_only:
            key = ref.role_only.split()[0].lower()
            for p in reversed(self.people):
                if any(key in r.lower() for r in p.roles):
                    return p
            m = re.search(
                rf"\b{re.escape(ref.role_only.split()[0])}\s+((?:{HONORIFIC}\s+)?[A-ZÄÖÜ]\w+\s+[A-ZÄÖÜ][\w-]+)",
                self.full_text,
            )
            if m:
                person = split_name(m.group(1).split())
                if person:
                    return self._add(person, ref.role_only)
            return None
        assert ref.person is not None
        return self._add(ref.person, ref.role)

    def _add(self, person: PersonName, role: str | None) -> _Person:
        for p in self.people:
            sp = p.speaker
            if sp.surname == person.surname and (
                person.given_name is None or sp.given_name is None or sp.given_name == person.given_name
            ):
                if person.given_name and sp.given_name is None:
                    sp.name, sp.given_name, sp.honorific = person.name, person.given_name, person.honorific
                if role and not sp.role:
                    sp.role, sp.organisation = role, organisation_of(role)
                if role:
                    p.roles.append(role)
                return p
        if person.given_name is None:
            # surname-only: look for the full name elsewhere in the text
            m = re.search(
                rf"(?:{HONORIFIC}\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+{re.escape(person.surname)}\b",
                self.full_text,
            )
            if m:
                full = split_name(m.group(0).split())
                if full and full.given_name:
                    person = full
        sp = Speaker(
            name=person.name,
            honorific=person.honorific,
            given_name=person.given_name,
            surname=person.surname,
            role=role,
            organisation=organisation_of(role),
        )
        entry = _Person(sp, [role] if role else [])
        self.people.append(entry)
        return entry

    def paragraph(self, text: str) -> None:
        """Attribute the quotes of one paragraph."""
        spans = find_quotes(text)
        current: _Person | None = None
        pending: list[str] = []
        prev_end = 0
        self._text = text
        for k, span in enumerate(spans):
            short = not _is_speech(span)
            if short and (len(span.text.split()) < 2 or not _sentence_start(text, span.start)):
                continue
            quote = _clean_quote(span.text)
            if not quote:
                continue
            after = text[span.end :]
            who: _Person | None = None
            attributed = False
            m = _AFTER.match(after)
            at_start = _sentence_start(text, span.start) or bool(re.search(r"[.!?,…]$", span.text.strip()))
            if m and at_start:
                verb = after[: m.end()].strip(" ,;–—-").split()[0]
                if verb in {"hat", "habe", "hatte", "heißt", "hieß"} and not re.match(
                    rf"^.{{0,80}}?\b(?:{_PARTICIPLE})\b", after[m.end() :]
                ):
                    ref = None
                else:
                    ref, _ = _subject(after[m.end() :])
                if ref is not None:
                    who = self._resolve(ref)
                    attributed = who is not None
            if short and not attributed:
                continue
            if not attributed:
                zm = _ZUFOLGE.match(after)
                if zm and at_start:
                    ref, _ = _subject(zm.group(1))
                    if ref is not None:
                        who = self._resolve(ref)
                        attributed = who is not None
            if not attributed:
                ref = _attribution_before(_clause_before(text, span.start))
                if ref is not None:
                    who = self._resolve(ref)
                    attributed = who is not None
            if not attributed:
                gap = text[prev_end : span.start] if current is not None else ""
                if current is not None and gap.rstrip().endswith(",") and _AFTER.match(gap):
                    who = current
                elif not _sentence_start(text, span.start) or not re.match(
                    r"^[A-ZÄÖÜ0-9„‚»«\"]", span.text.strip()
                ):
                    continue
                elif current is not None:
                    who = current
                elif k == 0 and self.last is not None and self._continues(text):
                    who = self.last
                else:
                    pending.append(quote)
                    continue
            assert who is not None
            if pending:
                who.speaker.quotes.extend(pending)
                pending = []
            who.speaker.quotes.append(quote)
            prev_end = span.end
            current = who
            self.last = who

    def _continues(self, text: str) -> bool:
        """A paragraph that opens with a quote and names no other person continues the last speaker."""
        return text.lstrip()[:1] in '„“"»«‚' and self.last is not None and len(text) < 1200 and False

    def speakers(self) -> list[Speaker]:
        """Speakers with at least one quote, in order of appearance."""
        return [p.speaker for p in self.people if p.speaker.quotes]


def find_speakers(blocks: list[Block]) -> list[Speaker]:
    """All speakers with their direct quotes in ``blocks``."""
    full = "\n".join(b.text for b in blocks)
    finder = SpeakerFinder(full)
    for b in blocks:
        if b.kind in {"p", "li"} and not b.is_heading:
            finder.paragraph(b.text.replace("\n", " "))
    return finder.speakers()
