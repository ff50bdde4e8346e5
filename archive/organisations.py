"""Organisation names as written in press releases, brought to one nominative form.

``des Städte- und Gemeindebundes Brandenburg`` → ``Städte- und Gemeindebund Brandenburg``,
``der Staatskanzlei`` → ``Staatskanzlei``, ``des Landes Brandenburg`` → ``Land Brandenburg``.
Only the head phrase (before the first ``des``/``der``/``für`` …) is inflected back; the rest
of the name is kept as written. :func:`split_role` separates a role as written into
(function, organisation) pairs.
"""

from __future__ import annotations

import re
import unicodedata

_LEADING = re.compile(
    r"^(?:(?:des|der|dem|den|die|das|im|beim|vom|zum|zur|am|in der|bei der|von der|aus dem|aus der)\s+)+",
    re.IGNORECASE,
)
# genitive endings of head nouns -> nominative (checked on the last word of the head phrase)
_GENITIVE = [
    ("bundes", "bund"), ("verbandes", "verband"), ("verbands", "verband"), ("amtes", "amt"),
    ("amts", "amt"), ("kreises", "kreis"), ("landes", "land"), ("rates", "rat"), ("rats", "rat"),
    ("tages", "tag"), ("ministeriums", "ministerium"), ("zentrums", "zentrum"), ("vereins", "verein"),
    ("betriebes", "betrieb"), ("betriebs", "betrieb"), ("werkes", "werk"), ("werks", "werk"),
    ("instituts", "institut"), ("institutes", "institut"), ("hauses", "haus"), ("gerichts", "gericht"),
    ("gerichtes", "gericht"), ("büros", "büro"), ("bezirks", "bezirk"), ("bezirkes", "bezirk"),
    ("senats", "senat"), ("ausschusses", "ausschuss"), ("vorstands", "vorstand"),
    ("vorstandes", "vorstand"), ("klinikums", "klinikum"), ("unternehmens", "unternehmen"),
    ("präsidiums", "präsidium"), ("gremiums", "gremium"), ("forums", "forum"), ("netzwerks", "netzwerk"),
    ("netzwerkes", "netzwerk"), ("beirats", "beirat"), ("beirates", "beirat"), ("dienstes", "dienst"),
]
_HEAD_END = re.compile(r"\s+(?:des|der|für|im|in|von|vom|zu|zur|zum|am|an der|e\.\s?V\.)\s+|\s*$")
_ROLE_SPLIT = re.compile(r"\s+und\s+(?=[A-ZÄÖÜ][\w-]*\s+(?:des|der|im|beim|vom|von der|bei der|für)\b)")
_ROLE_ORG = re.compile(r"^(?P<title>.+?)\s+(?P<prep>des|der|im|beim|vom|von der|bei der)\s+(?P<org>.+)$")


def _nominative_word(word: str) -> str:
    low = word.lower()
    for gen, nom in _GENITIVE:
        if low.endswith(gen) and len(low) > len(gen) - 1:
            stem = word[: len(word) - len(gen)]
            # keep the case of the first letter of the ending when the word is the ending itself
            tail = nom if stem else nom[0].upper() + nom[1:] if word[0].isupper() else nom
            return stem + tail
    return word


def normalise_organisation(text: str) -> str:
    """The nominative form of an organisation name as written (articles dropped, head uninflected)."""
    text = " ".join(text.replace("\u00ad", "").split()).strip(" ,.;:")
    text = _LEADING.sub("", text)
    m = _HEAD_END.search(text)
    head, rest = text[: m.start()], text[m.start():]
    words = [_nominative_word(w) if w[:1].isupper() else w for w in head.split(" ")]
    # adjectives before the head noun: "Brandenburgischen" -> "Brandenburgische"
    for i in range(len(words) - 1):
        if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:ischen|lichen|igen|alen|ären|schen)", words[i]):
            words[i] = words[i][:-1]
    return (" ".join(words) + rest).strip()


def organisation_key(text: str) -> str:
    """A comparison key: nominative form, lower case, umlauts folded, punctuation dropped."""
    text = normalise_organisation(text).lower()
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"\b(des|der|die|das|und|fuer|im|in|von|e v)\b", " ", text)
    # crude stemming of genitive endings the head-phrase rule missed ("Jobcenters", "Landes")
    words = [re.sub(r"(?<=[a-z]{3})(es|s)$", "", w) if not w.endswith("ss") else w
             for w in re.sub(r"[^a-z0-9]+", " ", text).split()]
    return " ".join(words)


def split_role(role: str) -> list[tuple[str, str | None]]:
    """Split a role as written into (function, organisation) pairs:
    ``Bürgermeister der Stadt Wittenberge und Präsident des Städte- und Gemeindebundes Brandenburg``
    → [(``Bürgermeister``, ``Stadt Wittenberge``),
    (``Präsident``, ``Städte- und Gemeindebund Brandenburg``)]."""
    out: list[tuple[str, str | None]] = []
    for part in _ROLE_SPLIT.split(" ".join(role.split())):
        m = _ROLE_ORG.match(part)
        if m:
            out.append((m.group("title").strip(), normalise_organisation(m.group("org"))))
        elif part.strip():
            out.append((part.strip(), None))
    return out


def role_key(title: str) -> str:
    """A comparison key for a function: lower case, feminine ``-in`` and ``stellv.`` dropped."""
    key = title.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    key = re.sub(r"\b(stellvertretender?|stellv\.?|erster?|amtierender?|kommissarischer?)\s*", "", key)
    key = re.sub(r"(?<=[a-z]{4})in\b", "", key)
    return " ".join(re.sub(r"[^a-z0-9]+", " ", key).split())
