"""German text analysis, identical at index and query time.

Every word goes through :func:`fold` (NFC, lowercase, German normalisation of
umlauts and their ``ae``/``oe``/``ue`` spellings, ``ß`` → ``ss``, accent
folding) and then, for the stemmed fields, German Snowball stemming (PyStemmer)
with German stop words removed.

All searchable text of a record is analysed once into one combined field
(``text``, see :func:`index_terms`): its stems plus the pairs of neighbouring
stems (``"regier burgermeist"``), which answer phrase queries without positions.

Compound splitting works on the corpus' own vocabulary: the search keeps the
long stems of ``text`` in memory, also reversed, so a rare query word finds the
compounds that end in it (``Versammlung`` → ``Verbandsversammlung``) or start
with it by a bounded expansion at query time.  Such matches weigh less than
whole-word matches.

The versions below are stored with the index; a change means a rebuild.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterator
from functools import lru_cache

import Stemmer
from whoosh.analysis import Token, Tokenizer

#: Bump when :func:`fold`, the tokeniser or the stop words change.
ANALYSIS_VERSION = 5
#: PyStemmer's version; Snowball stems change between versions.
STEMMER_VERSION = f"pystemmer-{Stemmer.version()}-german"
#: The compound splitter (reversed-stem head matching) and its limits.
SPLITTER_VERSION = "vocab-heads-2"
#: Only stems at least this long are indexed reversed (modifier ≥ 3 + head ≥ 4).
MIN_COMPOUND = 7
#: A compound head must be at least this long to be searched for inside compounds.
MIN_HEAD = 4
#: The modifier in front of a head must be at least this long.
MIN_MODIFIER = 3

WORD_RE = re.compile(r"[^\W_]+")

# German stop words (the Snowball list, as shipped with Whoosh, BSD licence), folded.
_STOP_WORDS_RAW = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm
andern anderr anders auch auf aus bei bin bis bist da damit dann der den des dem die das daß derselbe
derselben denselben desselben demselben dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner
deines denn derer dessen dich dir du dies diese diesem diesen dieser dieses doch dort durch ein eine einem
einen einer eines einig einige einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem
euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich mich mir ihr ihre
ihrem ihren ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes
jetzt kann kein keine keinem keinen keiner keines können könnte machen man manche manchem manchen mancher
manches mein meine meinem meinen meiner meines mit muss musste nach nicht nichts noch nun nur ob oder ohne
sehr sein seine seinem seinen seiner seines selbst sich sie ihnen sind so solche solchem solchen solcher
solches soll sollte sondern sonst über um und uns unse unsem unsen unser unses unter viel vom von vor
während war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie
wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen
"""

#: Academic titles and honorifics dropped from person names (index and query).
NAME_TITLES = frozenset(
    [
        "dr", "prof", "med", "phil", "rer", "nat", "jur", "ing", "dipl", "hc", "h", "c", "mag",
        "habil", "herr", "frau", "hr", "fr", "mba", "ma", "msc", "bsc", "ba",
    ]
)

_DIGRAPH_RE = re.compile(r"(?<![aeiouyäöüq])([aou])e")
_UMLAUT_TABLE = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "ẞ": "ss"})
_SPECIAL_TABLE = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h"}
)


def fold(text: str) -> str:
    """Normalise ``text`` for matching: NFC, lowercase, German spelling variants, no accents.

    ``Schönwalde``, ``Schoenwalde`` and ``Schonwalde`` all give ``schonwalde``;
    ``ue`` stays after a vowel or ``q`` (``Feuer``, ``Quelle``); ``Chóśebuz`` gives
    ``chosebuz``.
    """
    text = unicodedata.normalize("NFC", text).lower()
    if "e" in text:
        text = _DIGRAPH_RE.sub(r"\1", text)
    text = text.translate(_UMLAUT_TABLE)
    if not text.isascii():
        text = text.translate(_SPECIAL_TABLE)
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        text = unicodedata.normalize("NFC", text)
    return text


STOP_WORDS: frozenset[str] = frozenset(fold(w) for w in _STOP_WORDS_RAW.split())

_STEMMER = Stemmer.Stemmer("german")
_STEMMER.maxCacheSize = 0  # we cache ourselves


@lru_cache(maxsize=400_000)
def analyse_word(word: str) -> tuple[str, str | None]:
    """Return ``(folded, stem)`` for one raw word; ``stem`` is None for a stop word."""
    folded = fold(word)
    if folded in STOP_WORDS:
        return folded, None
    stemmed = _STEMMER.stemWord(folded)
    if len(stemmed) >= 5 and stemmed[-1] == "s" and stemmed[-2] in "aoy":
        stemmed = stemmed[:-1]  # plural -s, which Snowball keeps: Kitas → kita, Autos → auto
    return folded, stemmed


def stem(word: str) -> str | None:
    """Return the stem of one raw word, or None for a stop word."""
    return analyse_word(word)[1]


def words(text: str) -> list[str]:
    """Split ``text`` into raw words (letters and digits; hyphens, slashes etc. separate)."""
    return WORD_RE.findall(text)


def stems(text: str) -> list[str]:
    """The stemmed terms of ``text`` in order, stop words removed."""
    out = []
    for w in WORD_RE.findall(text):
        s = analyse_word(w)[1]
        if s is not None:
            out.append(s)
    return out


def folded_words(text: str, *, keep_stops: bool = False) -> list[str]:
    """The folded, unstemmed words of ``text`` (stop words removed unless ``keep_stops``)."""
    out = []
    for w in WORD_RE.findall(text):
        folded, s = analyse_word(w)
        if s is not None or keep_stops:
            out.append(folded)
    return out


def name_terms(text: str) -> list[str]:
    """Terms of a person, place or organisation name: folded, unstemmed, without titles."""
    return [f for f in (fold(w) for w in WORD_RE.findall(text)) if f not in NAME_TITLES]


def pair(a: str, b: str) -> str:
    """The term of two neighbouring stems in the ``text`` field (stop words skipped)."""
    return f"{a} {b}"


#: Stem pairs found in one or two documents of an index segment are not terms of their own:
#: they share 4,096 bucket terms (``PAIR_BUCKET`` + 3 hex digits, sorting after every
#: word), each posting carrying a 20-bit fingerprint of its pair (see
#: :func:`pair_bucket`).  Most pairs are such one-offs, and a term costs far more
#: than a posting.
PAIR_BUCKET = "\U0010fffd"


def pair_bucket(term: str) -> tuple[str, int]:
    """The bucket term of a stem pair and the pair's 20-bit fingerprint within it."""
    h = zlib.crc32(term.encode("utf-8"))
    return f"{PAIR_BUCKET}{h >> 20:03x}", h & 0xFFFFF


def index_terms(text: str, pairs: bool = True) -> tuple[dict[str, int], int]:
    """Term frequencies of ``text`` for an index field, and its length in words.

    The terms are the stems (stop words removed) and, with ``pairs``, the pairs of
    neighbouring stems joined by a space (see :func:`pair`).
    """
    counts: dict[str, int] = {}
    get = counts.get
    n = 0
    prev = None
    aw = analyse_word
    for w in WORD_RE.findall(text):
        s = aw(w)[1]
        if s is None:
            continue
        n += 1
        counts[s] = get(s, 0) + 1
        if pairs:
            if prev is not None:
                p = prev + " " + s
                counts[p] = get(p, 0) + 1
            prev = s
    return counts, n


def reverse(term: str) -> str:
    """The reversed form of a stem as held in the ``rev`` field."""
    return term[::-1]


class GermanTokenizer(Tokenizer):
    """A one-pass Whoosh tokenizer for the kinds ``stem``, ``fold``, ``rev``, ``name`` and ``key``.

    ``stem``: Snowball stems without stop words; ``fold``: folded words without stop
    words (prefix, fuzzy and spelling); ``rev``: reversed long stems (compound heads);
    ``name``: folded name words without academic titles; ``key``: folded words as they are.
    Positions skip stop words, so phrases match across them at index and query time.
    """

    def __init__(self, kind: str = "stem") -> None:
        self.kind = kind

    def __eq__(self, other: object) -> bool:
        return isinstance(other, GermanTokenizer) and other.kind == self.kind

    def __hash__(self) -> int:
        return hash(("GermanTokenizer", self.kind))

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        kind = self.kind
        for m in WORD_RE.finditer(value):
            raw = m.group()
            folded, stemmed = analyse_word(raw)
            if kind == "stem":
                if stemmed is None:
                    continue
                text = stemmed
            elif kind == "fold":
                if stemmed is None:
                    continue
                text = folded
            elif kind == "rev":
                if stemmed is None or len(stemmed) < MIN_COMPOUND:
                    continue
                text = stemmed[::-1]
            elif kind == "name":
                if folded in NAME_TITLES:
                    continue
                text = folded
            else:
                text = folded
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = raw
            if positions:
                t.pos = pos
            if chars:
                t.startchar = start_char + m.start()
                t.endchar = start_char + m.end()
            pos += 1
            yield t


def analyzer(kind: str) -> GermanTokenizer:
    """The Whoosh analyzer for one kind of field (see :class:`GermanTokenizer`)."""
    return GermanTokenizer(kind)


def settings() -> dict[str, object]:
    """The analysis settings stored with an index."""
    return {
        "analysis_version": ANALYSIS_VERSION,
        "stemmer_version": STEMMER_VERSION,
        "splitter_version": SPLITTER_VERSION,
    }
