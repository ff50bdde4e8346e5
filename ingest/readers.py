"""Reading raw bytes: format detection and decoding (BOM, declared charset, detection)."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from ingest.errors import DocumentError

HTML_SUFFIXES = {"html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp"}
TEXT_SUFFIXES = {"txt", "text", "md", "markdown", ""}
UNSUPPORTED = {
    "pdf": "PDF wird noch nicht unterstützt",
    "doc": "unbekanntes Format (Word)",
    "docx": "unbekanntes Format (Word)",
    "odt": "unbekanntes Format (ODT)",
    "xls": "unbekanntes Format (Excel)",
    "xlsx": "unbekanntes Format (Excel)",
    "zip": "unbekanntes Format (ZIP-Archiv)",
    "jpg": "unbekanntes Format (Bild)",
    "jpeg": "unbekanntes Format (Bild)",
    "png": "unbekanntes Format (Bild)",
    "gif": "unbekanntes Format (Bild)",
}
_MAGIC = (
    (b"%PDF", "PDF wird noch nicht unterstützt"),
    (b"PK\x03\x04", "Binärdatei (ZIP/Office)"),
    (b"\x89PNG", "Binärdatei (Bild)"),
    (b"\xff\xd8\xff", "Binärdatei (Bild)"),
    (b"GIF8", "Binärdatei (Bild)"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<(?:p|div|h1|article)[\s>]", re.I
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def suffix_of(uri: str) -> str:
    """The lower-case file-name suffix of ``uri`` (without the dot), or ``""``."""
    name = uri.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[1].lower() if "." in name else ""


def _normalise_encoding(name: str) -> str | None:
    try:
        enc = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    # browsers read latin-1 and ascii labels as windows-1252
    return "cp1252" if enc in {"latin-1", "iso8859-1", "ascii"} else enc


def _looks_latin9(raw: bytes) -> bool:
    """A euro sign as ISO-8859-15 (0xA4 next to a digit) and no C1 bytes of windows-1252."""
    return re.search(rb"\d\s?\xa4|\xa4\s?\d", raw) is not None and re.search(rb"[\x80-\x9f]", raw) is None


def decode(raw: bytes, source: str, is_html: bool) -> str:
    """Decode ``raw``: BOM, then declared charset (HTML), then UTF-8, then detection."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(enc).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise DocumentError(source, f"nicht dekodierbar ({enc}): {exc.reason}") from exc
    if b"\x00" in raw:
        raise DocumentError(source, "Binärdatei (NUL-Bytes), kein Text")
    if is_html:
        head = raw[:4096]
        match = _META_CHARSET.search(head) or _XML_DECL.search(head)
        if match:
            enc = _normalise_encoding(match.group(1).decode("ascii", "ignore"))
            if enc:
                try:
                    return raw.decode(enc)
                except UnicodeDecodeError:
                    pass  # wrong declaration: fall through to detection
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_latin9(raw):
        return raw.decode("iso8859-15")
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(raw).best()
    if best is None or not _plausible_text(str(best)):
        raise DocumentError(source, "nicht dekodierbar: unbekannte Zeichenkodierung")
    return str(best)


def _plausible_text(text: str) -> bool:
    """True when a detected decoding reads like Latin-script text (mostly ASCII letters)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 20:
        return False
    ascii_letters = sum(1 for c in letters if c.isascii())
    return ascii_letters / len(letters) >= 0.6


def detect_format(raw: bytes, text: str, uri: str) -> str:
    """``html`` or ``text`` from the file name, else from the content."""
    suffix = suffix_of(uri)
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in UNSUPPORTED:
        raise DocumentError(uri, UNSUPPORTED[suffix])
    if _HTML_SNIFF.search(text[:5000]):
        return "html"
    if suffix in TEXT_SUFFIXES or suffix.isdigit() or len(suffix) > 5:
        return "text"
    raise DocumentError(uri, f"unbekanntes Format (.{suffix})")


# ``¿`` standing in for a lost hyphen before the rest of a compound (``Kriminalwissenschaft und ¿technik``)
# (not a quotation opening with a lower-case word, ``¿eine große Chance¿``: no ``¿`` closes it nearby; nor a
# Spanish question)
_LOST_HYPHEN = re.compile(
    r"(?<=\s)¿(?!(?:ein|eine|einen|einem|einer|der|die|das|den|dem|des|mit|für|zu|so|wie|nicht|nur|sehr)\b)"
    r"(?=[a-zäöüß]{3,}[\s,.;])(?![^¿?\n]{0,80}[¿?])"
)
_LOST_QUOTE = re.compile(r"(?<!\w)¿(?![^¿?\n]{0,80}\?)|(?<=[\w.,!?])¿(?!\w)")


def read(raw: bytes, uri: str) -> tuple[str, str]:
    """Return ``(text, format)`` for ``raw`` or raise :class:`DocumentError`."""
    if not raw.strip():
        raise DocumentError(uri, "leere Datei")
    for magic, reason in _MAGIC:
        if raw.startswith(magic):
            raise DocumentError(uri, reason)
    suffix = suffix_of(uri)
    if suffix in UNSUPPORTED:
        raise DocumentError(uri, UNSUPPORTED[suffix])
    sniff_html = suffix in HTML_SUFFIXES or bool(_HTML_SNIFF.search(raw[:5000].decode("latin-1")))
    text = decode(raw, uri, sniff_html)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "¡" not in text:
        text = _LOST_HYPHEN.sub("-", text)  # ``Informationssammlung ¿steuerung``: a compound's hyphen
    if text.count("¿") >= 2 and "¡" not in text:
        # ``¿Wir sind alle froh …¿``: a legacy CMS lost the typographic quotes to ``¿``; not a Spanish
        # question (``¿Qué pasa?``) or a lost apostrophe inside a word (``Kita¿s``)
        mark = "&quot;" if sniff_html else '"'
        text = _LOST_QUOTE.sub(mark, text)
    if len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise DocumentError(uri, "Binärdatei, kein Text")
    if not text.strip():
        raise DocumentError(uri, "leere Datei")
    return text, detect_format(raw, text, uri)
