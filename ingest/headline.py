"""Headline structure: kicker, title, subtitle, categories and the stated publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ingest.addresses import CONTACT_LINE, POSTCODE, STREET
from ingest.blocks import Block
from ingest.dateline import _known_place, date_then_place, known_places, parse_dateline
from ingest.dates import MONTH_RE, MONTHS, WEEKDAY_RE, find_dates, leading_date, parse_date
from ingest.names import HONORIFIC, common_given_name, is_role_word, split_name
from ingest.quotes import ends_with_quoted_name, find_quotes

CATEGORY_WORDS = {
    "aktuelles",
    "aktuell",
    "pressemitteilung",
    "pressemitteilungen",
    "presse",
    "pressemeldung",
    "pressemeldungen",
    "meldung",
    "meldungen",
    "nachrichten",
    "news",
    "neuigkeiten",
    "mitteilungen",
    "mitteilung",
    "bekanntmachung",
    "bekanntmachungen",
    "amtliche bekanntmachungen",
    "rathaus",
    "politik",
    "wirtschaft",
    "kultur",
    "soziales",
    "bildung",
    "verwaltung",
    "bürgerservice",
    "sport",
    "umwelt",
    "verkehr",
    "bauen",
    "gesundheit",
    "polizeimeldung",
    "polizeimeldungen",
    "veranstaltungen",
    "termine",
    "allgemein",
    "digitalisierung",
    "tourismus",
    "familie",
    "jugend",
    "senioren",
    "feuerwehr",
    "schule",
    "schulen",
    "kita",
    "stadtentwicklung",
    "finanzen",
    "pressemitteilungen der stadt",
    "archiv",
    "blaulicht",
    "kreisverwaltung",
    "landkreis",
    "stadtverwaltung",
    "gemeinde",
    "ordnung",
    "sicherheit",
    "soziales und gesundheit",
    "ehrenamt",
    "klimaschutz",
    "energie",
    "wohnen",
    "arbeit",
    "landwirtschaft",
    "kommunales",
    "innenpolitik",
    "inneres",
    "justiz",
    "wissenschaft",
    "forschung",
    "medien",
    "pressedienst",
}
# labels of the publication date (``Erscheinungsdatum:``, ``Veröffentlicht am``, ``Geschrieben am … von …``)
PUB_LABEL = (
    r"(?:Erscheinungs|Veröffentlichungs|Publikations|Ausgabe)datum|Datum\s+der\s+Veröffentlichung|"
    r"Veröffentlichungstag|Erscheinungstag|Datum|(?:Veröffentlicht|Erstellt|Erschienen|Publiziert|Geschrieben|"
    r"Verfasst|Eingestellt|Gepostet|Online\s+seit)(?:\s+(?:am|seit))?"
)
# the kind of text a press office publishes (``Pressemitteilung``, ``Medieninformation``,
# ``Bürgerinformation``)
# (also misspelt: ``Presemitteilung``)
RELEASE_KIND = r"(?:Pres{1,2}e-?|Medien-?|Bürger)?(?:mitteilung|meldung|information)"
_EVENT_TIME = re.compile(
    rf"^(?:{WEEKDAY_RE},?\s+)?\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}},?\s+(?:um\s+|von\s+|ab\s+)?\d{{1,2}}[:.]\d{{2}}"
)
_BRACKET_DATELINE = re.compile(r"^\s*\([A-ZÄÖÜ][^()]{1,40}\)\s+[A-ZÄÖÜ„]")
_TITLE_CREDIT = re.compile(r"\s+©\s*[^©]{1,60}$")
# a weekday and a full date closing the headline line
_TITLE_DATE_END = re.compile(rf"\s+{WEEKDAY_RE},?\s+(\d{{1,2}}\.\s*(?:{MONTH_RE}|\d{{1,2}}\.)\s*\d{{4}})$")
_DATE_WORDS = {"bis", "einschließlich", "vom", "von", "am", "ab", "zum", "und", "seit", "an", "für", "den"}
# an icon font's ligature name closing a line (``arrow_back``, ``chevron_right``, ``expand_more``)
_ICON_NAME = re.compile(r"\s+(?:arrow|chevron|expand|keyboard_arrow|navigate)_[a-z_]+$")
# a date label run into the headline's last word, its date lost (``… mit Behinderungenerschienen am``)
_GLUED_DATE_LABEL = re.compile(r"(?<=[a-zäöüß])(?:erschienen|veröffentlicht)\s+am\s*$")
_AUTHOR_BRACKET = re.compile(rf"\((?:{HONORIFIC}\s+)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){{1,2}}\)")
_DATE_LINE_PREFIX = re.compile(
    # (``Pressemitteilung 60/2009 vom 30.09.2009``, ``9/2008 vom 25.09.2008``: a numbered release's date)
    rf"^(?:{RELEASE_KIND}(?:\s+(?:Nr\.\s*)?\d[\d/\-]*)?(?:\s+vom)?|(?:(?:Nr\.|Nummer)\s*)?\d{{1,4}}/\d{{2,4}}\s+vom|"
    rf"{PUB_LABEL}|(?:Archiv-?)?(?:Artikel|Nachricht|Meldung|Beitrag|News)\s+vom|Vom|Am)"
    r"\s*:?\s*",
    re.I,
)
# a release's label with its publisher and sender, then its date
_KIND_LINE_DATE = re.compile(
    # (the sender after a comma; not a dated event's: ``Mitteilung des Landesamtes zum Unfall vom 3. Mai``)
    rf"^(?i:Presse-?(?:mitteilung|meldung|information))\s+(?:der|des|von)\s+[^|,]{{3,60}},\s+"
    r"[^|]{3,60}?(?<!\svom)(?<!\sam)(?<!\sbis)(?<!\sab)\s"
    rf"(\d{{1,2}}\.\s?(?:\d{{1,2}}\.\s?|{MONTH_RE}\s)\d{{4}})$"
)
# ``Pressemitteilung vom 12.03.2024`` names the kind of text (a numbered line is a reference, no category)
_TYPE_PREFIX = re.compile(
    r"^((?:Presse|Medien)(?:mitteilung|information|meldung))\s+vom\b|"
    # numbered, then the date
    r"^((?:Presse|Medien)(?:mitteilung|information|meldung)\s+Nr\.\s*\d[\d/\-]*),\s",
    re.I,
)
_QUOTE_MARKS = re.compile(r"[„“”\"»«]")
_DATE_LABEL = re.compile(
    # (``Pressemitteilung vom`` ¶ ``14.11.2025``: a label ending in ``vom`` needs no colon)
    rf"^(?:(?:{RELEASE_KIND}\s+vom|{PUB_LABEL}|Stand|Vom)\s*:|{RELEASE_KIND}\s+vom)$",
    re.I,
)
# a labelled date inside a metadata line (``Pressemitteilung Datum 12.03.2024``)
_INNER_LABEL = re.compile(rf"(?:^|\s|[|·•∎■])(?:{PUB_LABEL})\s*:?\s*(?=\S)", re.I)
# a CMS timestamp after an author name (``Geschäftsstelle Mo., 02.12.2024 - 09:14``)
_STAMP = re.compile(
    r"^((?:[A-ZÄÖÜ][\wäöüß.-]*\s+){1,3}?)(?=(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?,?\s+\d|\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}"
    r"\s*(?:[-–,|]|um)?\s*\d{1,2}:\d{2})"
)
# the label of an event date (``Wann``, ``Termin:``, ``Datum der Veranstaltung``): no publication date
_EVENT_LABEL = re.compile(
    r"^(?:Wann|Termine?|Zeit|Zeitpunkt|Beginn|Uhrzeit|Datum und Uhrzeit|Datum der Veranstaltung|"
    r"Veranstaltungs(?:datum|termin|beginn)|Tag der Veranstaltung)\s*:?$",
    re.I,
)
_TODAY = re.compile(
    r"\b(?:heute|Heute ist|Wetter|Uhrzeit|zuletzt aktualisiert|Seite aktualisiert|aktualisiert am|"
    r"Letzte Änderung|Letzte Aktualisierung|geändert am)\b|^\s*Stand\b",
    re.I,
)
# an image's alternative text standing alone (``Grafik``, ``Grafik IHK``, ``Symbolfoto``)
_IMAGE_LABEL = re.compile(
    r"^(?:Foto|Bild|Grafik|Abbildung|Symbolbild|Symbolfoto|Wappen|Logo|Bannerbild|Titelbild|Headerbild|Image)"
    r"(?:\s+[A-ZÄÖÜ][\w-]*|-[A-ZÄÖÜ]{2,})?$"  # (``Logo-KBV``, not ``Logo-Wettbewerb``)
    # an image's description (``Blick über Wiesen und Felder, im Hintergrund Häuser``), not a clause
    # (``…, im Vordergrund stehen die Schulen``)
    r"|^[A-ZÄÖÜ][^.!?:;]{3,80},\s+im\s+(?:Hinter|Vorder)grund\s+(?:(?:ein|eine|der|die|das|zwei|drei)\s+)?"
    r"[A-ZÄÖÜ][^.!?:;,]{1,40}$"
)
# a photo's caption opening a page's text, its credit first (``Foto Landkreis Börde / Landrat X …``)
_LEAD_CAPTION = re.compile(
    r"^(?:Foto|Fotos|Bild)\s+(?:©\s*)?[A-ZÄÖÜ][^.!?:]{2,60}\s/\s[^:]*[a-zäöüß]{2}\.\s+[A-ZÄÖÜ]"
)
_CAPTION = re.compile(
    r"^(?:Foto|Fotos|Bild|Bilder|Quelle|Grafik|Abbildung|Abb\.|Bildquelle|Bildnachweis|Foto/Grafik|Bildunterschrift|Bildtext)"
    r"\s*:|^©|\(Foto:|(?-i:\bFoto\s?-\s+[A-ZÄÖÜ][\wäöüß]*\s+[A-ZÄÖÜ]{2,})|"
    r"^(?:Von links nach rechts|v\.\s?l\.(?:\s?n\.\s?r\.)?)\s*:[ \t]*\S|"
    # (``Das Bild zeigt die Schulanfangsaktion …`` as a short line, not ``Das Bild zeigt, wie …``)
    r"^(?:Das|Unser)\s+(?:Bild|Foto)\s+zeigt\s+(?!wie\b|dass\b)(?![^.!?]*\b(?:sagte|erklärte|betonte)\b)"
    r"[^?]{0,300}$",
    re.I,
)
_LAENDER = {
    "Baden-Württemberg", "Bayern", "Freistaat Bayern", "Berlin", "Brandenburg", "Land Brandenburg", "Bremen",
    "Hamburg", "Hessen", "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen", "Rheinland-Pfalz",
    "Saarland", "Sachsen", "Freistaat Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen",
    "Freistaat Thüringen",
}
_SEP = re.compile(r"\s*[|·•,;/›]\s*|\s+[–-]\s+")
_CAT_LABEL = re.compile(
    r"^(?:(?-i:in\s+der\s+)(?=Kat\w+\s+\S+(?:\s+\S+)?$))?(?:Them(?:a|en)?|Kategorien?|Rubrik(?:en)?|Schlagw[öo]rte?r?|"
    r"Stichw[öo]rte?r?|Tags?|Bereich|Veröffentlicht in)\s*:?\s+",
    re.I,
)
_META_LABEL = re.compile(r"^[A-ZÄÖÜ][\wäöüß-]{1,20}\s*:\s*\S")
_BARE_LABEL = re.compile(
    r"^(?:Kategorien?|Tags?|Schlagw[öo]rte?|Datum|Rubrik|Themen?|Stichw[öo]rte?)\s*:?$", re.I
)
_AUTHOR = re.compile(r"^(?:von|by|Autor(?:in)?:?)\s+\S", re.I)
# the name of an issuing body heading a text dump (``Stadt Cottbus/Chóśebuz – Pressemitteilung``)
_ORG_HEAD = re.compile(
    r"^(?:[A-ZÄÖÜ][a-zäöüß]+(?:ischer|ische|isches|er|es)\s+(?=[A-ZÄÖÜ]))?"  # ``Sächsischer Städte- und …``
    r"(?:Feuerwehr|Sparkasse|Stadtwerke|Institut|Landesbetrieb|Regierungspräsidium|Bezirksregierung|"
    r"Verbandsgemeinde|Samtgemeinde|Marktgemeinde|Markt|Flecken|Landeshauptstadt|Kreisstadt|Große Kreisstadt|"
    r"Stadt|Gemeinde|Amt|Landkreis|Kreis|Zweckverband|Verband|Ministerium|Landesamt|Landesbetrieb|"
    r"Polizei\w*|Staatskanzlei|Senatsverwaltung|Senatskanzlei|Bezirksamt|Landratsamt|Kreisverwaltung|"
    r"Stadtverwaltung|Gemeindeverwaltung|Amtsverwaltung|Städte- und Gemeindebund|Landkreistag|Landtag|"
    r"Handwerkskammer|Industrie- und Handelskammer|IHK|HWK|Hansestadt|Universität|Hochschule|"
    r"Verwaltung(?=\s+für\s)|"  # ``Hessische Verwaltung für Bodenmanagement und Geoinformation``
    # an advisory body (``Landesfrauenrat``, ``Landesseniorenrat``), not a person's office (``Stadtrat``)
    r"(?:Landes|Kreis|Stadt|Bundes)(?:frauen|senioren|eltern|integrations|ausländer|jugend|musik|kultur|sport)rat|"
    r"(?:O?VG|OLG|LSG|LAG|ArbG)(?=\s+[A-ZÄÖÜ])|"  # a court's abbreviation (``VG Cottbus``)
    # a court, not after an adjective (``Neues Amtsgericht Pirna`` is a headline)
    r"(?<![a-zäöüß] )(?:Amts|Land|Oberlandes|Verwaltungs|Oberverwaltungs|Sozial|Landessozial|Arbeits|"
    r"Landesarbeits|Finanz)gericht(?=\s+[A-ZÄÖÜ])|"
    r"[A-ZÄÖÜ][\wäöüß-]*(?:-\s+und\s+[A-ZÄÖÜ][\wäöüß-]*)?(?:verband|kammer|ministerium|amt|direktion|präsidium|inspektion|behörde|"
    r"verwaltung|kanzlei|gemeinde|stadt(?=\s+[A-ZÄÖÜ])|(?<=[Gg]emeinde)tag|(?<=[Ss]tädte)tag|(?<=[Kk]reis)tag|bund|werke|"
    # (not a field or a bond: ``Landwirtschaft im …``, ``Städtepartnerschaft``; a ``Landschaft`` is a body)
    r"(?<![Ww]irt)(?<![Ww]issen)(?<![Ff]reund)(?<![Pp]artner)(?<![Nn]achbar)(?<![Mm]eister)schaft))\b"
    r"(?!-[A-ZÄÖÜ][a-zäöüß])"  # not a compound's first part (``Stadtwerke-Weihnachtsspende für …``)
)
_ORG_WORDS = {
    "des", "der", "die", "für", "und", "am", "an", "im", "in", "bei", "e.V.", "e.", "V.", "-", "–", "&",
    "a.", "i.", "b.", "v.", "d.", "ob", "vor", "a.d.", "i.d.", "/",
}
# a line that cannot end a headline: it breaks after an article, preposition or conjunction
_OPEN_END = re.compile(
    r"\s(?:der|die|das|des|dem|den|eine|einer|eines|einem|und|oder|sowie|für|von|vom|zum|zur|im|am|beim|"
    r"gegen|ohne)$"  # not a verb's particle (``stockt Förderung auf``)
)
# a kind of public body alone on a line: the name of a site's section, not an overline
_SECTION_KIND = re.compile(
    r"(?:Land)?[Kk]reis|Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Verwaltungsgemeinschaft|Amt|Markt|"
    r"Zweckverband|Ortsgemeinde"
)
_PM_LINE = re.compile(
    rf"^((?:{RELEASE_KIND}|(?:Presse|Medien)?-?infos?)(?:en)?)(?:\s+(?:Nr\.\s*)?[\d/.\-]+)?$", re.I
)
# a site's section on a short line (``Pressemitteilungen - Infos``)
# (or its pager, ``vorheriges Dokument``; or the body's name alone, ``Bundesgerichtshof``)
_SITE_SECTION = re.compile(
    r"^(?:\S+\s+){0,3}?(?:Pressemitteilungen|Presseinformationen|Infos|Mitteilungen?\s+der\s+Pressestelle|"
    r"Pressestelle)\b.{0,20}$|^(?i:vorherige[sr]?|nächste[sr]?)\s+(?:Dokument|Artikel|Meldung)|"
    r"^(?:[A-ZÄÖÜ][\wäöüß-]*\s){0,2}[A-ZÄÖÜ][\wäöüß-]*(?:gericht|gerichtshof|amt|ministerium|behörde|kanzlei)$"
)
# a numbered release label alone on its line (``Pressemitteilung Nr. 53/15``, ``Nr. 114/2018``)
_NUMBERED_LINE = re.compile(
    rf"(?:(?:{RELEASE_KIND}|(?:Presse|Medien)?-?infos?)(?:en)?\s+)?(?:Nr\.\s*)?\d{{1,4}}/\d{{2,4}}", re.I
)
# categories that name the kind of text (not a topic): never an overline
_GENERIC_CATEGORIES = {
    "aktuelles", "aktuell", "pressemitteilung", "pressemitteilungen", "presse", "pressemeldung",
    "pressemeldungen", "meldung", "meldungen", "nachrichten", "news", "neuigkeiten", "mitteilung",
    "mitteilungen",
    "medieninformation", "medieninformationen", "presseinformation", "presseinformationen", "pressedienst",
    "archiv", "bekanntmachung", "bekanntmachungen", "amtliche bekanntmachungen", "aktuelle themen",
    "aktuelle nachrichten", "aktuelle meldungen",
    "presse-information", "presse-informationen", "presse-mitteilung", "presse-mitteilungen",
}
# a site's section name over a text dump's headline (``Stadtnachricht``, ``Nachrichtenportal``): nothing
_SECTION_LABEL = re.compile(
    r"^(?:[A-ZÄÖÜ][a-zäöüß]+(?:nachricht(?:en)?|meldungen|portal)|Aktuelle (?:Presse)?[Mm]eldung(?:en)?|"
    r"Aktuelle Pressemitteilungen|"
    r"(?:Städtische|Kommunale|Amtliche)\s+(?:Nachricht|Meldung|Mitteilung)(?:en)?|News|Neuigkeiten|"
    # the press office's unit as the section (``Kommunikation und Marketing``)
    r"(?:Hochschul)?[Kk]ommunikation(?: und (?:Marketing|Medien))?|Presse- und Öffentlichkeitsarbeit|"
    r"Aktuelles(?:\s*(?:&|und)\s*(?:Presse|Archiv))?|Presse\s*(?:&|und)\s*Aktuelles|Aktuelle Themen|"
    # (``Aktuelles aus dem Tiergarten``, ``Neues aus der Verwaltung``)
    r"(?:Aktuelles|Neues|Nachrichten|Neuigkeiten)\s+aus\s+(?:dem|der|den)\s+[A-ZÄÖÜ][\wäöüß-]+|"
    r"Zusatzinformationen|"
    r"Auf einen Blick|"
    # a sidebar's heading printed over the article (``Downloads zu den geplanten …``)
    r"Downloads?(?:\s+zu[mr]?\s+(?:(?:den|dem|der|die|das)\s+)?(?:[a-zäöüß]+e[nmrs]?\s+)?[A-ZÄÖÜ][\w-]*"
    r"(?:\s+[A-ZÄÖÜ][\w-]*){0,3})?|Weiterführende Links|Links zum Thema)$"
)
# furniture lines in the lead zone: breadcrumbs, postal addresses, issue numbers, contact lines
_FURNITURE_SEG = re.compile(
    r"^(?:Nr\.\s*\d+(?:/\d+)?|Ausgabe\s+\d+(?:/\d+)?|Anstalt des öffentlichen Rechts|"
    r"Körperschaft des öffentlichen Rechts|(?i:Tel(?:efon)?)\.?:?\s*[+\d(].*|(?i:Fax)\.?:?\s*[+\d(].*|"
    # a header's links (``TEL. … . E-MAIL | IMPRESSUM . DATENSCHUTZ . INTERN``)
    r"(?i:E-?Mail|Impressum|Datenschutz|Intern|Kontakt)|"
    r"E-?Mail:?\s*\S+|www\.\S+|\S+@\S+|(?:[A-ZÄÖÜ][\wäöüß.-]*\s)?[\wäöüß.-]*(?i:straße|strasse|str\.|weg|"
    r"platz|allee|chaussee|ring|gasse|damm|ufer|markt)\s+\d{1,4}\s?[a-z]?(?:\s*[-/–]\s*\d{1,4}[a-z]?)?|\d{5}\s+[A-ZÄÖÜ].*|"
    r"Postfach\s+\d+.*)$"
)
_SEP_LINES = re.compile(r"\s*(?:\n|[|·•∎■])\s*|\s+\.\s+")
_ADDRESS_SEG = re.compile(r"\d{5}\s+[A-ZÄÖÜ]|(?:straße|strasse|str\.|weg|platz|allee|chaussee)\s+\d")


def normalise_category(cat: str) -> str:
    """``PRESSEMITTEILUNG`` → ``Pressemitteilung``; ``Pressemitteilung 45/2023`` → ``Pressemitteilung``."""
    m = _PM_LINE.match(cat.strip())
    if m:
        cat = m.group(1)
    if cat.isupper() and len(cat) > 3:
        cat = "-".join(w.capitalize() for w in cat.split("-"))
        cat = " ".join(w if w.lower() in {"und"} else w[:1].upper() + w[1:].lower() for w in cat.split())
    return cat


@dataclass
class Headline:
    """What the lead zone of a document states."""

    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    categories: list[str] = field(default_factory=list)
    date: str | None = None
    publisher: str | None = None
    place: str | None = None  # from a place-and-date line of the lead zone (``Hannover, 21.08.2023``)
    extra_dates: list[str] = field(default_factory=list)  # event dates in the metadata (``Tatzeit:``)
    month: str | None = None  # a publication date stated to the month only (``September 2025``): ``2025-09``


# page leftovers under a headline: an image's width and height inside its title (``Neuer Vorstand gewählt 734
# 421 Landesfrauenrat``), a menu of English section names (``Press Releases Meetings News Pressespiegel``)
_PAGE_LEFTOVER = re.compile(
    r"[A-Za-zäöü] (?!(?:19|20)\d\d )[1-9]\d{2,3} [1-9]\d{2,3} [A-ZÄÖÜ]|"
    r"^(?:[A-Z][\w-]*\s+)*(?:Press|News|Releases|Meetings|Events|Media|About)\s+"
    r"(?:[A-Z][\w-]*\s+)*(?:Press|News|Releases|Meetings|Events|Media|About|Pressespiegel)(?:\s+[A-Z][\w-]*)*$"
)
# a publication date to the month only, perhaps after the kind of text (``Pressemitteilung · September 2025``)
_MONTH_LINE = re.compile(
    rf"^(?:(?P<cat>[^·|\d]{{3,40}}?)\s*[·|]\s*)?(?P<month>{MONTH_RE})\s+(?P<year>(?:19|20)\d{{2}})$"
)


# a date in brackets closing a headline (``… neu belebt werden (01.02.2019)``)
_TITLE_DATE = re.compile(r"\s*[(\[](\d{1,2}\.\s?\d{1,2}\.\s?\d{4})[)\]]$")
# a date opening the headline line, set off by a dash (``20.06.2017 - Premiere für Sachsen``)
_DATE_BEFORE_TITLE = re.compile(
    # (also after a slash, or run into the headline: ``14.05.2024Sportabzeichenwettbewerb des KSB``)
    # (a two-digit year only before a bar: ``25.10.22 | Jugend und Schule …``)
    r"^(\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2}(?=\s+\|)))(?:\s+[-–—|]\s+(?=\S)|\s+/\s+(?=[^\d\s])|(?=[A-ZÄÖÜ][a-zäöüß]))|"
    # ``Archiv-Beitrag vom 07.04.2009Baumbepflanzungen …``: a labelled date run into the headline
    r"^(?:Archiv-?)?(?:Beitrag|Artikel|Meldung|Nachricht)\s+vom\s+(\d{1,2}\.\d{1,2}\.\d{4})\s*(?=[A-ZÄÖÜ„])"
)
# a calendar badge run into the headline: a month's abbreviation and the year's two digits (``Sep17``)
_MONTH_BADGE = re.compile(r"^(Jan|Feb|Mär|Mrz|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)(\d\d)\s+(?=[A-ZÄÖÜ„])")
# a date before the headline with a space only (``12.03.2018 DTV fordert …``): the release's where the text
# below states it too, not an event's (``01.05.2024 Maifeier auf dem Marktplatz``)
_DATE_SPACE_TITLE = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{4})\s+(?=[A-ZÄÖÜ„])")
# a finite verb between two nouns (``Stadt unterstützt Sternsinger``), not an article or a preposition
_VERB_BETWEEN = re.compile(
    r"^(?!(?:Zuletzt|Heute|Gestern|Jetzt|Hier|Dort|Bitte)\b)[A-ZÄÖÜ][\wäöüß-]+\s+[a-zäöüß]{3,}(?:t|te)\s+"
    r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|am|um)\b)[A-ZÄÖÜ][\wäöüß-]+$"
)
# a topic label after a piped date, before a colon (``Bau, Heimat: 25 Jahre …``)
_TOPIC_AFTER_PIPE = re.compile(
    r"^([A-ZÄÖÜ][\wäöüß-]*(?:,?\s+(?:und\s+)?[A-ZÄÖÜ][\wäöüß-]*){0,2}(?:\s+(?:19|20)\d\d)?):\s+(?=\S)"
)  # (``Stadtradeln 2022:``, with its year)
# a numbered release label run into the headline (``Pressemitteilung Nr. 12/2024 – Neue Kita …``)
_TITLE_NUMBERED = re.compile(
    r"^((?:Presse|Medien)(?:mitteilung|information)\s+(?:Nr\.?\s*)?\d{1,4}/\d{2,4})"
    # (with its date: ``Pressemitteilung Nr. 03/2020 vom 25.02.2020: Video …``)
    r"(?:\s+vom\s+(\d{1,2}\.\d{1,2}\.\d{4}))?\s*[–—:-]\s+(?=\S)"
    # (or numbered and dated, then a space: ``Pressemitteilung Nr. 93 vom 24.02.2006 Einrichtung …``)
    r"|^((?:Presse|Medien)(?:mitteilung|information)\s+Nr\.?\s*\d{1,4}(?:/\d{2,4})?)"
    r"\s+vom\s+(\d{1,2}\.\d{1,2}\.\d{4})\s+(?=[A-ZÄÖÜ„])"
)
# the kind of text run into the headline (``Pressemitteilung Bayerische Ehrenamtskarten …``)
_TITLE_LABEL = re.compile(
    r"^(Pressemitteilung|Presseinformation|Medieninformation)\s+(?!Nr\b)(?=[A-ZÄÖÜ„\"])"
)


def _words(text: str) -> int:
    return len(text.split())


_BACK_REFERENCE = re.compile(r"\b(?:sie|ihnen|ihr|ihre|er|ihm|dort|dabei|dafür|deshalb|damit)\b")


def _one_sentence(text: str, first: Block | None) -> bool:
    """One plain sentence over a longer first paragraph."""
    return (
        text.endswith(".")
        and len(_SENTENCE_ENDS.findall(text)) == 1
        and re.match(r"[A-ZÄÖÜ]", text) is not None
        # a quote is the text's; a short quoted name is not (``den Segen „Christus mansionem benedicat“``)
        and not any(len(q.text.split()) > 5 or not q.closed for q in find_quotes(text))
        and not re.match(r"^[A-ZÄÖÜ][\wäöüß-]*,", text)  # ``Potsdam, 3. Mai …``: a dateline
        and first is not None
        and _words(first.text) > _words(text)
    )


def _headline_sentence(text: str, after: list[Block]) -> bool:
    """One sentence under the headline, written like one (``Stadtwerke und Landkreis nehmen Anlage in
    Betrieb.``: no article), over a longer first paragraph: a subtitle, not the lead."""
    first = next((b for b in after if b.kind == "p"), None)
    return (
        _one_sentence(text, first)
        and _TEXT_OPENER.match(text) is None
        # a person's act (``Bürgermeister X begrüßte …``) or a report in the past tense is the lead
        and not any(is_role_word(w.strip(",.")) for w in text.split())
        and not re.search(r"\b(?:hat|haben|hatte|hatten|wurde|wurden|war|waren)\b", text)
        # nor one the next paragraph goes on from (``… können sich freuen.`` ¶ ``Für sie …``)
        and not (first is not None and _BACK_REFERENCE.search(" ".join(first.text.split()[:6])))
    )


_CAPITALISED = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]{3,}")


def _restated_teaser(text: str, after: list[Block]) -> bool:
    """One sentence of at most 45 words whose names and nouns the first sentence below repeats
    (``Bundespräsident X trug sich in das Goldene Buch der Stadt Chemnitz ein.`` ¶ ``Während seines Besuches
    … hat sich Bundespräsident X … in das Goldene Buch der Stadt Chemnitz eingetragen``): a summary over the
    text, its subtitle."""
    first = next((b for b in after if b.kind == "p"), None)
    if first is None or _words(text) > 45 or not _one_sentence(text, first):
        return False
    if parse_dateline(text) is not None:
        return False  # ``Potsdam – Innenminister X hat …``: the lead under its dateline
    if re.search(r"\b(?:hat|haben|hatte|hatten|wurde|wurden|war|waren)\b", text):
        return False  # a report in the perfect or past tense opens the text (``Die Feuerwehr hat am …``)
    if re.search(r"\b(?:die|den)\s+(?:Städte|Gemeinden|Ämter)\b", text):
        return False  # a sentence naming members is the text's
    words = set(_CAPITALISED.findall(text))
    # (an ordinal's dot ends no sentence: ``am 1. November``)
    opening = re.split(r"(?<=[a-zäöüß][.!?])\s+(?=[A-ZÄÖÜ])", first.text, maxsplit=1)[0]
    lead = set(_CAPITALISED.findall(opening))
    return len(words) >= 4 and len(words & lead) >= 0.8 * len(words)  # its first sentence tells it again


# a headline of two parts joined by a colon, with no sentence's end (``X eingeführt: Dienst ab 1. Oktober``)
_COLON_HEADLINE = re.compile(
    # (not a caption's or a notice's label: ``Foto Stadt Lahr:``, ``Bitte beachten:``)
    r"^(?!.*(?:(?<!\d)[.!?](?:\s|$)|[“\"]|:$))(?!(?:Fotos?|Bild|Bitte|Hinweis|Achtung|Wichtig|Tipp)\b)"
    r"(?:[^:\s]+\s+){1,}[^:\n]*\w:\s+[A-ZÄÖÜ][^:\n]*$", re.S
)


_SENTENCE_MARK = re.compile(r"[!?“\"]|(?<!\d)[.:]|[.:](?!\d|\s+[a-zäöüß])")
_SHORT_QUOTED = re.compile(
    r"[„»\"“](?:[^\s„“”\"»«.!?]+\s?){1,4}[“”\"«](?!$)|"
    # (a longer name before a preposition: ``Aktionstag „Sicher zur Schule - Sicher nach Hause“ am 14.09.``)
    r"[„»\"“][^\s„“”\"»«.!?]+(?:\s[^\s„“”\"»«.!?]+){4,8}[“”\"«](?=\s+(?:am|im|in|an|auf|für|vom|von|zum|zur|des|der)\s)|"
    # (a quoted phrase after a colon closing a one-line headline: ``… legt Bericht vor: „Rekord-Eingaben …“``;
    # not a sentence's clause before it, nor a verb of saying: ``Das Motto, die …, lautet: „…“``)
    r"^(?=[^,\n]+$)(?:(?!\b(?:lautet|lautete|heißt|hieß|sagt|sagte|erklärt|erklärte|betont|betonte)\b)[^:\n])+"
    r":\s[„»\"“][^\n„“”\"»«.!?]{2,100}[“”\"«]$|"
    # (a quoted phrase opening a one-line headline before a dash: ``„Verbraucherschutz … gewährleistet“ -
    # Ministerin … besucht das LAVES``)
    r"^[„»\"][^\n„“”\"»«.!?]{2,100}[“”\"«](?=\s+[-–—]\s+[A-ZÄÖÜ][^\n.!?]+$)"
)


# dots that end no sentence: an honorific's (``Landeswahlleiter Dr. Kanther``), a day's in a date closing
# the line (``… der Bürgermeisterwahlen am 6. Juni 2010``), an ordinal's opening it (``100. Todestag …``)
_NOT_SENTENCE_DOTS = re.compile(
    rf"(?<![\w.])(?:Dr|Prof|Dipl|Ing|St|Hl)\.|\b\d{{1,2}}\.\s+(?={MONTH_RE}\s+\d{{4}}\b)|^\d{{1,3}}\.\s+(?=[A-ZÄÖÜ])"
)


def _is_body_paragraph(b: Block) -> bool:
    if b.kind == "li":
        # not the short items of a date-and-category box (``<li>Corona</li>``)
        return not (b.hint in {"date", "category"} and (_words(b.text) <= 4 or leading_date(b.text)))
    return (
        b.kind == "p"
        and b.hint not in {"kicker", "subtitle", "date", "category", "caption"}
        and _words(b.text) >= 12
        # a short quoted name inside is no sentence's end (``Tradition des „Sternsinger-Empfanges“ im …``),
        # nor a number's dot (``spenden 1.500 € für …``) or an ordinal's (``des 21. bundesweiten …``)
        and _SENTENCE_MARK.search(_NOT_SENTENCE_DOTS.sub("Q", _SHORT_QUOTED.sub("Q", b.text))) is not None
        and not _COLON_HEADLINE.search(b.text)
        and not ("\n" in b.text and (header_info(b.text) is not None or header_meta(b.text) is not None))
        # a headline block: a few lines, none ending like a sentence
        and not (0 < b.text.count("\n") <= 3 and not re.search(r"[.!?:]$", b.text, re.M))
        # a byline (``Veröffentlicht am … von …``) is metadata, so is a header's contact line
        and not (_words(b.text) <= 14 and _date_line(b) is not None)
        # (not a sentence opening with an amount: ``25000 Euro hat die Sparkasse …``)
        and not (_furniture(b.text) and all(_words(x) <= 8 for x in _SEP_LINES.split(b.text.strip())))
    )


def _furniture(text: str) -> bool:
    """A letterhead's address, contact or link line (``TEL. +49 … . E-MAIL | IMPRESSUM``), all furniture."""
    return all(_FURNITURE_SEG.match(x) for x in _SEP_LINES.split(text.strip()))


def split_categories(text: str, hinted: bool = False) -> list[str]:
    """Category names in ``text`` (``Aktuelles Pressemitteilung``, ``Presse | Politik``)."""
    out: list[str] = []
    if re.match(r"^(?:Startseite|Home|Sie sind hier)\b", text.strip(), re.I):
        return out  # a breadcrumb names the site's sections, not the text's categories
    text = _CAT_LABEL.sub("", text.strip())
    for seg in _SEP.split(text):
        seg = _CAT_LABEL.sub("", seg.strip(" :")).strip(" :")
        if not seg or (re.search(r"\d", seg) and not _PM_LINE.match(seg)) or _CAT_LABEL.match(seg + " "):
            continue  # a field label alone (``Rubrik``) names no category
        if _PM_LINE.match(seg) or seg.lower() in CATEGORY_WORDS:
            out.append(normalise_category(seg))
        elif all(w.lower() in CATEGORY_WORDS and w[:1].isupper() for w in seg.split()):
            out.extend(seg.split())  # ``Aktuelles Pressemitteilung``; ``Rathaus aktuell`` is one name
        elif hinted and _words(seg) <= 4:
            out.append(seg)
    return out


_FIRST_PUBLISHED = re.compile(
    r"^\s*[—–-]\s*(?:Erstveröffentlichung|Veröffentlichung|veröffentlicht)\b[^.!?]{0,30}$"
)
# a place and the release's running number after the date
_PLACE_NUMBER = re.compile(r"^\s*,\s*([A-ZÄÖÜ][\w()/. -]{1,40}?)\s*(?:[–-]\s*\d{1,4})?\s*$")


def _date_line(b: Block) -> tuple[str | None, list[str]] | None:
    """``(date, categories)`` when the block is a date/category line, else ``None``."""
    text = re.sub(r"^\((vom\s.{4,30})\)$", r"\1", b.text.replace("\n", " | "))  # ``(vom 17.08.2011)``
    if _TODAY.search(text) or _words(text) > 14 or b.hint == "event":
        return None
    if _DATE_LABEL.match(text):
        return None, []  # ``Pressemitteilung vom`` ¶ ``14.11.2025``: the label of the date below
    if numbered := _numbered_date(text):
        return numbered
    if signed := _KIND_LINE_DATE.match(text):
        return parse_date(signed.group(1)), []  # ``PRESSEINFORMATION der Stadt X, … 26.8.2016``
    piped = _pipe_meta(text, "|" in b.text and "\n" not in b.text) if re.search(r"[|·•∎■]", text) else None
    if piped:
        return piped
    # ``| Datenschutz, Pressemeldung``: a meta line whose date field before the pipe is empty
    labels = re.fullmatch(r"\|\s*([A-ZÄÖÜ][^|\d.!?:]{1,60})", text.strip())
    named = [x.strip() for x in labels.group(1).split(",")] if labels else []
    if named and all(1 <= _words(x) <= 3 for x in named) and any(x.lower() in CATEGORY_WORDS for x in named):
        return None, named
    # ``Pressemitteilung Nr. 111/17, 11.04.2017``: the label, a comma, the date
    stripped = _DATE_LINE_PREFIX.sub("", text, count=1).lstrip(", ")
    lead = leading_date(stripped)
    if lead:
        date, rest = lead
        rest = re.sub(r"^\s*(?:[,|–-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}\s*(?:Uhr)?)", "", rest)
        kind = _TYPE_PREFIX.match(text)  # ``Pressemitteilung vom 12.03.2024``: the kind of text
        cats = [normalise_category(kind.group(1) or kind.group(2))] if kind else []
        cats += split_categories(rest, b.hint == "category")
        leftover = _SEP.sub(" ", rest).strip(" |-–")
        if not cats and _PM_LINE.fullmatch(rest.strip(" |-–")):
            cats = [normalise_category(rest.strip(" |-–"))]  # ``13.04.2023 - Pressemitteilung 03/2023``
        if not leftover or cats or b.hint in {"date", "category"}:
            return date, cats
        if _AUTHOR_BRACKET.fullmatch(rest.strip()):
            return date, []  # ``Freitag. 28. November 2008 (Dr. Margareta Bögelein)``: the author's name
        if _FIRST_PUBLISHED.match(rest) or ((pm := _PLACE_NUMBER.match(rest)) and known_places(pm.group(1))):
            # ``29.09.2020, 17:35 Uhr — Erstveröffentlichung``, ``27.06.2011, Magdeburg – 85``
            return date, []
        parts = [x.strip() for x in rest.strip(" |-–").split(" / ")]
        if len(parts) > 1 and all(_org_line(x) for x in parts):
            return date, []  # ``17.04.2024 - Emschergenossenschaft / Lippeverband``: the publishers
        meta = _meta_rest(rest)
        if meta is not None:
            return date, meta
        return None
    inner = _INNER_LABEL.search(text)
    if inner and inner.start() > 0:
        # ``Pressemitteilung Datum 12.03.2024``: a category, then the labelled date
        before = text[: inner.start()].strip(" |·•")
        lead = leading_date(text[inner.end() :])
        hinted = b.hint in {"date", "category"}
        if lead and _words(before) <= 3 and split_categories(before, hinted):
            found = _date_line(Block(b.kind, text[inner.end() :], b.hint))
            if found and found[0]:
                return found[0], split_categories(before, hinted) + found[1]
    cat_lead = re.match(r"^([^\d|]{3,40}?)\s+(?=\d)", text)
    if cat_lead and _words(cat_lead.group(1)) <= 2:
        # ``Polizeimeldung 20.11.2024, 10:42 Uhr Landkreis Oberhavel``: the text's kind, its date and time
        before = cat_lead.group(1).strip(" |·•")
        cats = split_categories(before)
        lead = leading_date(text[cat_lead.end() :])
        if not cats and lead and not lead[1].strip() and all(w[:1].isupper() for w in before.split()):
            cats = [w for w in before.split() if w.lower() not in _GENERIC_CATEGORIES]  # ``Ehrenamt Jugend``
        if cats and " ".join(cats) == before and lead:
            rest = re.sub(r"^\s*[,|–-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}\s*(?:Uhr)?", "", lead[1]).strip(" ,|–-")
            if not rest or (_words(rest) <= 3 and all(w[:1].isupper() for w in rest.split())):
                return lead[0], cats
    stamp = _STAMP.match(text)
    if stamp and _words(stamp.group(1)) <= 3:
        # an author or office name, then a timestamp with weekday or time: a byline
        rest = text[stamp.end() :]
        rest = re.sub(rf"^{WEEKDAY_RE}\s*", "", rest)
        lead = leading_date(rest)
        if lead and not re.sub(r"^\s*[,|–-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}\s*(?:Uhr)?", "", lead[1]).strip():
            return lead[0], []
    if b.hint == "date":
        return parse_date(text), []
    if _PM_LINE.match(text.strip()):
        # the type label of the text, with or without its number (``Pressemitteilung 45/2023``)
        return None, [normalise_category(text.strip())]
    segs = [x.strip() for x in re.split(r"\s*[|·•∎■]\s*", text) if x.strip()]
    if len(segs) >= 2 and _PM_LINE.match(segs[0]) and all(_words(x) <= 3 for x in segs[1:]):
        # ``Presse-Infos | Kultur``: the section of press releases, then the post's topic (not its issuer,
        # ``Pressemitteilung | Stadt Kiel``)
        topics = [c for x in segs[1:] if not _org_line(x) for c in split_categories(x, True)]
        return None, topics or [normalise_category(segs[0])]
    labelled = bool(_CAT_LABEL.match(text)) and _words(text) <= 10
    cats = split_categories(text, b.hint == "category" or labelled)
    covered = len(" ".join(cats)) >= len(text.replace("|", "").strip()) - 6
    if cats and (b.hint == "category" or labelled or covered):
        return None, cats
    return None


# a numbered release's line with its date: ``Umweltchemikalien: Nr. 89 / Sonntag, 17. Dezember 2006``,
# ``11.06.2019, Nr. 09/19``, ``Pressemitteilung des Allgemeinen Studentischen Ausschusses … vom 23.02.2023``
_NUMBER_THEN_DATE = re.compile(
    rf"^(?:(?P<topic>[A-ZÄÖÜ][^:|/\d]{{1,40}}):\s+)?Nr\.\s*\d{{1,4}}(?:/\d{{2,4}})?\s*/\s*(?:{WEEKDAY_RE},?\s*)?"
)
_DATE_THEN_NUMBER = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{4}),\s*Nr\.\s*\d{1,4}/\d{2,4}$")
_ISSUER_DATED = re.compile(
    # (not a release about something dated: ``Mitteilung des Landesamtes zum Unfall vom 3. Mai``)
    rf"^{RELEASE_KIND}\s+(?:des|der)\s+[A-ZÄÖÜ](?:(?!\s(?:zu[mr]?|über|wegen)\s)[^,:]){{3,100}}?\s+vom\s+",
    re.I,
)


def _numbered_date(text: str) -> tuple[str | None, list[str]] | None:
    """A numbered release's date line (``Umweltchemikalien: Nr. 89 / Sonntag, 17. Dezember 2006``): its date
    and its topic as a category; also the date before the number and an issuer's dated release label."""
    if m := _DATE_THEN_NUMBER.match(text):
        return parse_date(m.group(1)), []
    m = _NUMBER_THEN_DATE.match(text) or _ISSUER_DATED.match(text)
    lead = leading_date(text[m.end() :]) if m else None
    if m is None or lead is None or lead[1].strip(" .,"):
        return None
    topic = m.groupdict().get("topic")
    return lead[0], [topic.strip()] if topic else []


def _meta_rest(rest: str) -> list[str] | None:
    """What follows a leading date on a metadata line (``| Ressort: Inland``, ``· 3 Minuten Lesezeit``,
    ``9. Februar 2023 von Redaktion``, a category on its own line): its categories, or ``None`` when
    the rest reads like running text."""
    cats: list[str] = []
    for seg in re.split(r"\s*[|·•∎■]\s*", rest):
        seg = seg.strip(" ,;–-")
        while True:
            lead = leading_date(seg)
            if not lead:
                break
            seg = re.sub(r"^\s*[,|–-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}\s*(?:Uhr)?", "", lead[1]).strip(" ,;–-")
        seg = re.sub(r"^in\s+(?=[A-ZÄÖÜ])", "", seg)  # ``Veröffentlicht am 03.12.2024 in Neuigkeiten``
        if not seg:
            continue
        if _words(seg) > 6 or re.search(r"[.!?]$", seg):
            return None
        if _CAT_LABEL.match(seg):
            cats.extend(split_categories(seg, True))
        elif _META_LABEL.match(seg) or _AUTHOR.match(seg) or seg[:1].isdigit():
            continue
        elif all(w[:1].isupper() or w in {"und", "&"} for w in seg.split()) and _words(seg) <= 3:
            cats.append(seg)
        else:
            return None
    return cats


def _proper_caps(line: str) -> str:
    """A letterhead in capitals in its usual spelling (``AMT GRANSEE UND GEMEINDEN`` → ``Amt Gransee und
    Gemeinden``); acronyms of up to three letters (``IHK``) stay."""
    if not (line.isupper() and len(line) > 6):
        return line
    return " ".join(
        w.lower() if w.lower() in _ORG_WORDS else "-".join(p.capitalize() for p in w.split("-"))
        if len(w) > 3 or w == "AMT" else w
        for w in line.split()
    )


def _org_line(line: str) -> bool:
    line = _proper_caps(line)
    if re.match(r"^(?:\w+ministerium|Ministerium|Landesamt|Senatsverwaltung)\s+(?:für|des|der)\b", line):
        # ``Ministerium für Klimaschutz, Landwirtschaft, ländliche Räume und Umwelt``
        line = re.sub(r"(?<=\s)[a-zäöüß]+(?:e|en|er|es)(?=\s+[A-ZÄÖÜ])", "X", line).replace(",", "")
    words = line.split()
    return (
        bool(_ORG_HEAD.match(line))
        and len(words) <= 12
        and not re.search(r"[!?:;]|[^.]\.$", re.sub(r"\be\.\s?V\.$", "eV", line))
        and all(w.lstrip("(")[:1].isupper() or w[:1].isdigit() or w in _ORG_WORDS for w in words)
    )


@dataclass
class HeaderInfo:
    """What a site header/letterhead block of a text dump states."""

    body: str | None = None  # the issuing body
    own_line: bool = False  # the body's name stands on a line of its own
    org_line: str | None = None  # the first line naming only issuing bodies (``A · B``)
    letterhead: bool = False  # with a postal address
    categories: list[str] = field(default_factory=list)


# the press office named beside the body (``Universität X – Presse und Kommunikation``)
_PRESS_OFFICE = re.compile(
    r"^(?:Presse(?:stelle|amt|referat)?|Geschäftsstelle|Verwaltung|Redaktion|(?:Hochschul|Unternehmens)?[Kk]ommunikation|Öffentlichkeitsarbeit|"
    r"Presse(?:-\s+|\s+)und\s+(?:Öffentlichkeitsarbeit|Kommunikation|Medienarbeit)|Medienarbeit|"
    # a department line of a letterhead (``Bereich Kommunikation und Partizipation``)
    r"(?:Bereich\s+|(?:Fachbereich|Fachdienst|Referat|Abteilung|Stabsstelle|Büro|Dezernat|Sachgebiet)\s+"
    r"(?:für\s+)?)"
    r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:und|für|des|der|[A-ZÄÖÜ][\wäöüß-]*)){0,5})$"
)


# the body's head named as sender beside it (``Gemeinde Wandlitz – Der Bürgermeister – Presse``)
_OFFICE_HEAD = re.compile(
    r"^(?:Der|Die)\s+(?:(?:Ober)?[Bb]ürgermeister(?:in)?|Landr(?:at|ätin)|Amtsdirektor(?:in)?|"
    r"Amtsvorsteher(?:in)?|Verbandsvorsteher(?:in)?|Präsident(?:in)?|Minister(?:in)?|Direktor(?:in)?)$"
)


def _office_seg(seg: str) -> bool:
    return bool(_PRESS_OFFICE.match(seg) or _OFFICE_HEAD.match(seg))


# the second line of a Land body's name (``Ministerium des Innern …`` / ``des Landes Brandenburg``)
_LAND_OF = re.compile(
    r"^(?:des\s+(?:Landes|Freistaate?s)|der\s+Freien(?:\s+und)?\s+Hansestadt)\s+[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:[\s-][A-ZÄÖÜ][\wäöüß-]+)?$"
)


def header_info(text: str) -> HeaderInfo | None:
    """A site header/letterhead block (``Landkreis Märkisch-Oderland``, ``Handwerkskammer X | Aktuelles``,
    ``Zweckverband X`` + ``Pressemitteilung Nr. 7/2020``, a letterhead with address), else ``None``."""
    info = HeaderInfo()
    land = ""
    for line in text.split("\n"):
        line = line.strip()
        segs = [x.strip() for x in re.split(r"\s*[|·•∎■]\s*|\s+[–—-]\s+", line) if x.strip()]
        if (
            segs
            and info.org_line is None
            and _org_line(segs[0])
            and all(_org_line(x) or _office_seg(x) for x in segs)
        ):
            info.org_line = line
        for seg in segs:
            if _org_line(seg):
                if info.body is None:
                    info.body, info.own_line = _proper_caps(seg), seg == line
            elif _office_seg(seg) and info.body is not None:
                # ``Der Oberbürgermeister`` / ``Bereich Kommunikation`` on a line of its own: a letterhead
                info.letterhead = info.letterhead or seg == line
                continue
            elif _PM_LINE.match(seg) or seg.lower() in CATEGORY_WORDS:
                cat = normalise_category(seg)
                if cat.lower() in _GENERIC_CATEGORIES and cat not in info.categories:
                    info.categories.append(cat)
            elif (label := _type_label(seg)) and (issuer := _ISSUER.search(seg)):
                # ``Gemeinsame Pressemitteilung der Stadt X und des Landkreises Y``
                info.categories.append(label)
                if info.body is None:
                    info.body, info.own_line = issuer.group(1), True
            elif _FURNITURE_SEG.match(seg):
                info.letterhead = info.letterhead or bool(_ADDRESS_SEG.search(seg))
            elif seg in _LAENDER and info.body is not None:
                continue  # the Land under a ministry's name
            elif _LAND_OF.match(seg) and info.body is not None and info.own_line:
                # ``Ministerium des Innern …`` / ``des Landes Brandenburg``: a letterhead
                info.body, info.letterhead = f"{info.body} {seg}", True
            elif re.fullmatch(r"[A-ZÄÖÜ]{2,6}", seg) and seg == line:
                continue  # the body's abbreviation as its logo (``KISA``) over its name
            elif seg == line and (seg == "Freistaat" or seg.capitalize() in _LAENDER) and info.body is None:
                land = seg.capitalize()  # a Land's logo lettering over its ministry (``SACHSEN``)
                continue
            else:
                return None
    if info.body and info.body.startswith("Staatsministerium ") and land in _STATE_ADJECTIVE:
        info.body = f"{_STATE_ADJECTIVE[land]} {info.body}"  # ``Sächsisches Staatsministerium für …``
    return info if info.body is not None else None


# the adjective a Free State's ministries bear in their name
_STATE_ADJECTIVE = {"Sachsen": "Sächsisches", "Bayern": "Bayerisches"}


def site_header(text: str) -> tuple[bool, str | None]:
    """A site header line of a text dump: ``(is_header, the issuing body)`` (see :func:`header_info`)."""
    info = header_info(text)
    return (True, info.body) if info else (False, None)


# the end of a sentence, not of an abbreviation (``Prof. Dr.``)
_SENTENCE_ENDS = re.compile(r"[a-zäöüß0-9)“”\"]{2}[.!?](?:\s|$)")
# words that open a sentence of running text, not a headline written without its article
_TEXT_OPENER = re.compile(
    r"^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Es|Er|Sie|Wir|Ich|Man|Am|Im|Ab|An|Auf|Aus|"
    r"Bei|Beim|Durch|Für|In|Mit|Nach|Seit|Von|Vom|Vor|Zum|Zur|Zu|Über|Unter|Wie|Wer|Was|Wenn|Weil|Da|Dass|"
    r"Als|Auch|Nun|Heute|Gestern|Morgen|Hier|So|Dies|Diese|Dieser|Dieses|Unser|Unsere|Ihr|Ihre|Sein|Seine|"
    r"Alle|Viele|Bereits|Erstmals|Zudem|Außerdem|Damit|Dabei|Dazu|Deshalb|Bitte|Liebe|Lieber|Sehr|Rund|Mehr|"
    r"Knapp|Etwa|Fast|Gut|Insgesamt|Gestern|Heute)\b"
)

# a heading naming the release's sender (a person with title, a press office)
_CONTACT_HEADING = re.compile(
    r"^(?=.*\b(?:Dr\.|Prof\.|Abteilung|Pressestelle|Öffentlichkeitsarbeit|Pressesprecher\w*))"
    r"(?:(?:[A-ZÄÖÜ][\w.-]*|[A-Z]\.|für|und|der|des|e\.\s?V\.),?\s*){2,14}$"
)  # capitalised words only: a name with an office, no sentence
# the kind of a text with its number (``Pressemitteilung: 6/2022``): a document label, no overline
_KIND_LABEL = re.compile(rf"^(?:{RELEASE_KIND})(?:\s*:\s*|\s+Nr\.\s*|\s+)\d[\d/.\-]*$", re.I)
_TIME_PREFIX = re.compile(r"^\s*[,–-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}\s*(?:Uhr)?")


def _teaser_line(b: Block) -> str | None:
    """``Teaser line<br>Lead paragraph …`` right under the headline: the teaser line, cut from the block."""
    if b.kind != "p" or b.hint or "\n" not in b.text:
        return None
    line, rest = b.text.split("\n", 1)
    if not 4 <= _words(line) <= 25 or re.search(r"[.!?:;,]$", line) or _words(rest) < 20:
        return None
    if re.search(r"\b\d", line) or not re.match(r"[A-ZÄÖÜ„\"»]", rest.lstrip()) or _org_line(line):
        return None  # a date or number line, a sentence broken by the layout, a sender's line
    if parse_dateline(line) is not None or header_info(line) is not None or _CAPTION.search(line):
        return None
    b.text = rest.strip()
    return line.strip()


# an author's line under the headline, with a day and month or a comment count
_AUTHOR_LINE = re.compile(
    rf"(?:\d{{1,2}}\.?\s+{MONTH_RE}\s+)?von\s+(?:[A-ZÄÖÜ][a-zäöüß]+|[A-ZÄÖÜ]\.)\s*[A-ZÄÖÜ][\wäöüß-]+"
    r"(?:\s*\(Kommentare:\s*\d+\))?"
)
_TIME_SEG = re.compile(r"(?:um\s+)?\d{1,2}[:.]\d{2}\s*(?:Uhr)?")
# a person's name: given name and surname (no adjective as in ``Ländlicher Raum``, no topic noun as in
# ``Verkehr Baustellen``)
_BYLINE_NAME = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+(?<!er)(?<!es)\s+(?:von\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    r"(?<!en)(?<!ung)(?<!heit)(?<!keit)(?<!schaft)(?<!ion)(?<!tät)(?<!ik)(?<!zeit)(?<!ur)(?<!ei)(?<!nis)(?<!e)"
)


def _pipe_meta(text: str, place_seg: bool = False) -> tuple[str, list[str]] | None:
    """A pipe-separated metadata line holding a date (``Nr. 187/2023 | 21.08.2023 | IM``,
    ``Feuerwehr Halle (Saale) | Einsatzberichte | 14.01.2024``): ``(date, categories)``."""
    segs = [x.strip() for x in re.split(r"\s*[|·•∎■]\s*", text) if x.strip()]
    if len(segs) < 2 or len(segs) > 6:
        return None
    squares = re.search(r"[∎■]", text) is not None
    date: str | None = None
    cats: list[str] = []
    for k, seg in enumerate(segs):
        if k and _TIME_SEG.fullmatch(segs[k - 1]) and _BYLINE_NAME.fullmatch(seg):
            continue  # ``04.02.2022 | 13:10 Uhr | Uta Beispiel``: the author after the time
        if len(segs) == 2 and _BYLINE_NAME.fullmatch(seg) and leading_date(segs[1 - k]):
            continue  # ``Jörg Beispiel • 15. Mai 2019``: the author and the date
        if re.fullmatch(WEEKDAY_RE, seg) and k + 1 < len(segs) and leading_date(segs[k + 1]):
            continue  # ``Mittwoch | 10. Oktober 2018``: the date's weekday, no category
        labelled = _DATE_LINE_PREFIX.sub("", seg, count=1)
        # (squares set off an event's date too: ``Sommerfest ■ 12. Juli 2024 ■ Stadtpark``; only a labelled
        # one dates the release: ``News vom 12.12.2025``)
        lead = None if squares and labelled == seg else leading_date(labelled)
        rest = _TIME_PREFIX.sub("", lead[1]).strip() if lead else ""
        if lead and not rest:
            date = date or lead[0]
        elif lead and _CAT_LABEL.match(rest):
            date = date or lead[0]  # ``01.02.2022 Kategorie: Synchronschwimmen, Verband``
            cats.extend(c for c in split_categories(rest, True) if c not in cats)
        elif place_seg and _standalone_dateline(seg) is not None:
            date = date or _standalone_dateline(seg).date  # ``Pressemitteilung | Rathenow, 19.06.2025``
        elif _org_line(seg):
            continue  # the issuing body (``23.04.2024 · Ministerium für Ernährung, Ländlichen Raum und …``)
        elif len(segs) == 2 and leading_date(segs[1 - k]) and known_places(seg):
            continue  # ``Jena | 11. Januar 2022``: the dateline's place, no category
        elif _words(seg) > 6 or (re.search(r"[.!?]$", seg) and not _FURNITURE_SEG.match(seg)):
            return None
        elif _CAT_LABEL.match(seg):
            cats.extend(c for c in split_categories(seg, True) if c not in cats)
        elif _FURNITURE_SEG.match(seg) or _META_LABEL.match(seg) or _AUTHOR.match(seg):
            continue
        elif _BARE_LABEL.match(seg):
            continue  # ``Kategorie``, ``Tags``, ``Datum`` on lines of their own: labels of the next value
        elif split_categories(seg):
            cats.extend(split_categories(seg))
        elif seg.isupper() or re.search(r"\d", seg):
            continue  # an abbreviation of the issuing office, a number
        elif _words(seg) <= 3 and all(w[:1].isupper() or w in {"und", "&"} for w in seg.split()):
            cats.append(seg)
        else:
            return None
    return (date, cats) if date else None


def _standalone_dateline(text: str):
    """A lead-zone line holding only a place and a date (``Hannover, 21.08.2023``), perhaps after the
    release's number (``38/2013 Kiel, 21. März 2013``)."""
    # (also a longer file number on the line above: ``138/2013/44/A`` / ``München, den 28. Mai 2013``)
    text = re.sub(r"^(?:Nr\.\s*)?\d{1,4}/\d{2,4}(?:/\w{1,4}){0,3}\s+(?=[A-ZÄÖÜ])", "", text)
    text = re.sub(r"\s+[-–]\s+Nr\.\s*\d{1,4}(?:/\d{2,4})?$", "", text)  # ``Erfurt, 07. Juni 2010 - Nr. 167``
    text = re.sub(r",\s+/\s+(?=\d)", ", ", text)  # ``München, / 12.11.2012``: a slash between the fields
    if _words(text) > 7 or "\n" in text:
        return None
    if (first := date_then_place(text)) is not None:
        return first  # ``14.11.2022, Dresden`` over the headline
    dl = parse_dateline(text)
    if dl is None or not dl.date or not dl.place:
        return None
    if leading_date(text) and text.rstrip().endswith(dl.place):
        return dl  # ``25. Januar 2022 (DJV/FWR) Berlin/Ratingen``: the date first, the places last
    rest = text[text.find(dl.place) + len(dl.place):]
    if not rest.lstrip().startswith(",") and not known_places(dl.place):
        return None  # ``Ehrenamt Jugendverbände 23.01.2020``: categories, not a place, before the date
    rest = rest.strip(" ,")
    lead = leading_date(re.sub(r"^(?:den\s+)?", "", rest))
    # (also with its author: ``Kirchheim unter Teck, 13.06.2018, von O.Kiedaisch``)
    author = r",\s*von\s+[A-ZÄÖÜ][\wäöüß.-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?"
    byline = lead is not None and re.fullmatch(author, lead[1])
    return dl if lead and (not lead[1].strip(" .") or byline) else None


# issue lines of a gazette or newsletter (``31. Jahrgang – Nr. 23 – Beeskow, 18. Dezember 2024``,
# ``Ausgabe 214``, ``Ausgabetag: 12. April 2024``) and the gazette's own name (``Amtsblatt für …``)
_ISSUE_LINE = re.compile(
    r"(?:^|[\s|–-])(?:\d{1,3}\.\s+Jahrgang|Jahrgang\s+\d{1,3}|Ausgabe\s+(?:Nr\.\s*)?\d{1,4}(?:/\d{2,4})?|"
    r"Nr\.\s*\d{1,4}(?:/\d{2,4})?|Ausgabetag\s*:|Erscheinungstag\s*:)(?=[\s|–,-]|$)"
)
# a gazette's masthead (``Amtsblatt des Amtes X``, ``Kreisblatt``)
GAZETTE = re.compile(
    r"^(?:Amtsblatt|Amtliches\s+[\wäöüß-]*blatt|[\wäöüß-]*(?:[Bb]ekanntmachungs|[Mm]itteilungs|[Kk]reis|[Aa]mts|"
    r"[Gg]emeinde|[Ss]tadt)blatt)\b"
)
_URL_LINE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")
# a link bar's entries (``Übersicht``, ``Drucken``, ``Versenden``)
_UI_WORD = (
    r"Übersicht|Drucken|Versenden|Teilen|Kontakt|Impressum|Datenschutz|Startseite|Home|Suche|Sitemap|"
    r"Barrierefreiheit|Leichte Sprache|Gebärdensprache|Login|Presse|Aktuelles|Newsletter|RSS|Archiv|"
    r"Merken|PDF|Schriftgröße(?: ändern)?|Kontrast|"
    r"E-Mail|Zurück|Weiter|Seite drucken|Facebook|Twitter|Instagram|Mastodon|\d{4}"
)
# an accessibility bar's button
_ACCESS_BUTTON = (
    r"(?:(?:Auf\s+)?Kontrast\w*\s+(?:umschalten|ändern)|Schrift(?:größe)?\s+(?:vergrößern|verkleinern|zurücksetzen)|"
    r"Vorlesen|Leichte Sprache|Gebärdensprache)"
)
# a page's chrome that is never a headline: the address and time stamps a CMS prints over the text
# (``https://…/pm_042.php 15.02.2017 12:42:01 Uhr``), a portal's name with its domain (``FRANKFURT.DE - DAS
# OFFIZIELLE STADTPORTAL``), a bar of short links or years (``Übersicht | Drucken | Versenden``,
# ``Pressemeldungen: 2018 | 2017 | 2016``), a media player's buttons, a logo's description
_PAGE_CHROME = re.compile(
    r"^https?://\S+(?:\s+[\d.:]+(?:\s+Uhr)?)*$|"
    r"^[^a-zäöüß]*\b[A-Za-z-]+\.(?:DE|de|COM|com|ORG|org|EU|eu)\s+[-–|]\s+[^a-zäöüß]*$|"
    rf"^(?:[A-ZÄÖÜ][\wäöüß-]*:\s*)?(?:{_UI_WORD})(?:\s\|\s(?:{_UI_WORD})){{2,}}$|"
    r"^(?:(?:Transkript|Untertitel)\s+(?:anzeigen|ausblenden)|Abspielen|Pausieren|Stumm(?:schalten)?|"
    r"Vollbild|Lautstärke)(?:\s+(?:(?:Transkript|Untertitel)\s+(?:anzeigen|ausblenden)|Abspielen|Pausieren|"
    r"Stumm(?:schalten)?|Vollbild|Lautstärke))+$|"
    r"\bmit\s+Schriftzug\s+(?:Landeshauptstadt|Stadt|Gemeinde|Landkreis|Kreis|Bezirk)\b|^Logo\b.*\bmit\s+Schriftzug\b|"
    # (an embargo line: ``Sperrfrist: 16.30 Uhr``; a clock's label alone: ``Uhr``)
    r"^Webcode:\s*\d+$|^Uhr$|^Sperrfrist(?:\s*:|\s+bis\b).{0,60}$|"
    # a phone number alone (``(04122) 5 10 25``), a photo's credit of a name and a body (``Tim X/Stadt Y``)
    r"^\(?0\d{2,5}\)?[\s/-]*\d[\d\s/-]{3,}$|^[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\w-]+/(?:Universität|Hochschule|"
    r"Stadt|Landkreis|Gemeinde|Land)(?:\s+[A-ZÄÖÜ][\w-]+){0,3}$|"
    # a logo's alt text (``Niedersachsen klar Logo``, ``PRESSEPORTAL Presseportal Logo``; not ``Neues Logo``)
    r"^(?!(?:Neues|Unser|Das|Ein|Mein|Ihr|Euer)\b)(?:[A-ZÄÖÜ][\w-]*\s+){1,3}(?:klar\s+)?Logo$|"
    # (``LAVES Logo mit Schriftzug Niedersächsisches Landesamt … Niedersachsen klar Logo``)
    r"^[A-ZÄÖÜ]{2,8}\s+Logo\s+mit\s+Schriftzug\b|\sNiedersachsen\s+klar\s+Logo$|"
    # a press portal's name and slogan (``idw – Informationsdienst Wissenschaft``)
    r"^idw\s+[-–]\s+Informationsdienst\s+Wissenschaft$|^Nachrichten,\s+Termine,\s+Experten$|"
    # app store links (``idw-News App:``, ``AppStore``, ``Google Play Store``)
    r"^(?:App\s?Store|Google\s+Play(?:\s+Store)?|[\w-]+\s+App:|Grafik:\s+[\w-]+-Logo(?:\n.*)*)$|"
    # a coat of arms' or an icon's alt text (``Wappen des Landkreises München mit Schriftzug``, ``Grafik mit
    # Buchstaben A in verschiedener Größe``), a CMS's id (``0f02c580 fcc3 4940 9999 1765a9d68a11``)
    r"^(?:Wappen|Logo)\s+(?:des|der|von)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+){1,4}mit\s+Schriftzug$|"
    r"^Grafik\s+mit\s+Buchstaben\s+[A-Z]\s+in\s+verschiedener\s+Größe$|"
    r"^[0-9a-f]{8}\s[0-9a-f]{4}\s[0-9a-f]{4}\s[0-9a-f]{4}\s[0-9a-f]{12}$|"
    # a list of social networks' links, a template's placeholder (``Have any questions?`` / ``+44 1234 …``)
    r"^(?:(?:Facebook|Twitter|Instagram|YouTube|LinkedIn|Xing|Mastodon|TikTok|Threads|Bluesky)\s*)+$|"
    r"^Have\s+any\s+questions\?$|^(?:\+\d{2}|0\d{2,4})[\d /-]{5,}\d$|"
    # a reading time or a word count (``2 min``, ``Lesezeit: 3 Minuten``, ``361 Wörter``)
    r"^(?:Lesezeit:?\s*\d{1,2}\s*(?:min\.?|Minuten)|\d{1,2}\s*min\.?(?:\s+Lesezeit)?|\d{1,2}\s+Minuten\s+Lesezeit)$|"
    r"^\d{2,5}\s+Wörter$|"
    # a feed's icon label (``Pressemitteilungen & Pressebilder RSS Icon``)
    r"^(?:Presse\w*|Meldungen|News|Nachrichten|Aktuelles)\b[^\n]{0,40}\sRSS[- ]Icon$|"
    # a weather widget (``14° in Nürnberg``, ``… bei 21 Grad, … heiter... Wettervorhersage``)
    r"^-?\d{1,2}°\s+in\s+[A-ZÄÖÜ][\wäöüß-]+$|\b\d{1,2}\s?(?:Grad|°)[^\n]*\.\.\.\s*Wettervorhersage$|"
    # a bar of language and font-size switches (``deutsch | english version of this page english | …``)
    r"^[^\n]*\|[^\n]*\b(?:Schriftgröße:\s*[-–]?\s*A\b|english\s+version)[^\n]*\|[^\n]*$|"
    # reading aids (``Lesehilfen:lineare Seitendarstellung … Schriftgrad verkleinern``)
    r"^Lesehilfen:(?=.*\bSeitendarstellung\b).*\bSchriftgrad\b.*$|"
    # a menu's label (``Navigation mobile Ausgabe``, ``Meta-Navigation``)
    r"^(?:(?:Meta|Haupt|Service|Sub|Bereichs|Mobile)-?[Nn]avigation|Navigation(?:\s+mobile\s+Ausgabe|"
    r"\s+öffnen|\s+schließen)?)$|"
    # a printout's stamp (``Kassenärztliche Vereinigung Bayerns (KVB)Ausdruck vom 26.04.2024 14:51 Uhr``)
    r"(?:^|\))Ausdruck\s+vom\s+\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s+Uhr)?)?$|"
    # a portal's page title (``Landesamt für … : Thema: Ministerien & Behörden``)
    r"^(?:Landes|Bundes|Staats)?(?:amt|Amt|ministerium|Ministerium|kanzlei|Kanzlei)\b[^:]{0,80}\s:\s+Thema:\s|"
    # a template's unfilled placeholder (``Externer Inhalt von ##teaserTitle##``), a site's service links
    # (``Weitere Pressemitteilungen``, ``Presseinfos abonnieren``, ``Fotoarchiv``, ``Suchfunktion``)
    r"##\w+##|^(?:Weitere\s+(?:Presse\w*|Meldungen|Nachrichten|Artikel)|Presse\w*\s+abonnieren|Newsletter"
    r"\s+abonnieren|Fotoarchiv|Bildarchiv|Suchfunktion|Suche\s+öffnen|(?:Print|Drucken)\s+Zurück|"
    r"Volltext\s+in\s+(?:Meldungen|Nachrichten|Pressemitteilungen|News|Artikeln|Beiträgen)\s+suchen)$|"
    # a search box's label, a consent banner's pointer, a section's label (``Was suchen Sie?``, ``Weitere
    # Informationen erhalten Sie unter Datenschutz.``, ``Nachrichten und Infos aus der Gemeinde``)
    r"^Was\s+suchen\s+Sie\s*\??$|^Weitere\s+Informationen\s+(?:erhalten|finden)\s+Sie\s+(?:unter|in)\s+(?:unserer\s+)?"
    r"Datenschutz\w*\.?$|^(?:Nachrichten|News|Neuigkeiten|Infos?|Informationen)(?:\s+(?:und|&)\s+(?:Nachrichten|"
    r"News|Infos?|Informationen|Termine))?\s+aus\s+(?:der|dem|unserer|unserem)\s+(?:Gemeinde|Stadt|Verwaltung|"
    r"Rathaus|Region|Kreis)$|"
    # a picture's credit line or its file name with the credit (``Quelle: Justiz NRW``, ``Amtseinführung_X
    # Quelle: „©Moritz Y, Stadt Essen``)
    r"^Quelle:\s*[^.!?\n]{2,60}$|^\S+_\S+\s+(?:Quelle|Foto|Bild):.*©|"
    # a stock photo's file name (``Fotolia 49132354 S 737x280``)
    r"^(?:Fotolia|iStock|Shutterstock|Adobe\s?Stock|AdobeStock|pixabay)[\s_-]*\d{5,}(?:[\s_-]+\w+)*$|"
    # a menu of sections named in pairs (``Landkreis & Verwaltung Arbeit & Leben Wirtschaft & Verkehr``)
    r"^(?:[A-ZÄÖÜ][\wäöüß-]+\s+&\s+[A-ZÄÖÜ][\wäöüß-]+\s*){3,}$|"
    # an accessibility bar (``Auf Kontrastseite umschalten Schrift vergrößern Schrift verkleinern``)
    rf"^{_ACCESS_BUTTON}(?:\s+{_ACCESS_BUTTON})+$"
)


def _site_name_home(line: str) -> bool:
    """A site's name run into its breadcrumb's first link (``Tiergarten NürnbergHome``): a place glued to
    ``Home`` (not ``Stadtwerke fördern SmartHome``)."""
    glued = re.fullmatch(r"[A-ZÄÖÜ][^\n|#]{0,60}\s([A-ZÄÖÜ][a-zäöüß-]+)Home", line)
    return glued is not None and _known_place(glued.group(1))


_ISSUER = re.compile(r"\s(?:der|des|von|vom)\s+([A-ZÄÖÜ].*)$")


def _type_label(line: str) -> str | None:
    """The kind of text named on an issuer line (``Stadt X – Pressemitteilung Nr. 7``,
    ``Pressemitteilung der Gemeinde X``), normalised, else ``None``."""
    for seg in re.split(r"\s*[|·•∎■]\s*|\s+[–—-]\s+", line):
        seg = re.sub(r"\s+(?:der|des|von|vom)\s+[A-ZÄÖÜ].*$", "", seg.strip())
        seg = re.sub(r"^Gemeinsame\s+", "", seg)
        if _PM_LINE.match(seg):
            cat = normalise_category(seg)
            if cat.lower() in _GENERIC_CATEGORIES:
                return cat
    return None


# a field's label alone on its line (``Ort:``, ``Datum:``)
_EMPTY_FIELD = re.compile(r"(?:Ort|Datum|Lesedauer|Lesezeit|Stand)\s*:")


def header_meta(text: str) -> tuple[str | None, str | None, list[str]] | None:
    """A text dump's header block (issuing body, type of document, issue number, place and date, the name of
    a gazette or newsletter, on lines of their own): ``(date, place, categories)``, else ``None``."""
    lines: list[str] = []
    for x in (x.strip() for x in text.split("\n") if x.strip()):
        if lines and _EMPTY_FIELD.fullmatch(lines[-1]) and not _EMPTY_FIELD.fullmatch(x):
            lines[-1] += " " + x  # ``Ort:`` / ``Magdeburg``: a field's value on the next line
        else:
            lines.append(x)
    if not lines or len(lines) > 6 or _words(text) > 40:
        return None
    if any(re.match(r"Uhrzeit\s*:", x) or re.search(r"\b\d{1,2}(?:[:.]\d{2})?\s*Uhr\b", x) for x in lines):
        return None  # ``Ort:`` / ``Kita Nord`` / ``Uhrzeit: 15 Uhr``: an event's box, no header
    date: str | None = None
    place: str | None = None
    cats: list[str] = []
    meta = 0
    for line in lines:
        if _EMPTY_FIELD.fullmatch(line) or re.match(r"(?:Lesedauer|Lesezeit)\s*:", line):
            meta += 1  # ``Datum:`` left empty, ``Lesedauer: 3 MIN``
            continue
        dl = _standalone_dateline(line)
        if dl is not None:
            date, place, meta = date or dl.date, place or dl.place, meta + 1
            continue
        labelled = re.match(r"^Ort\s*:?\s+(\S.{0,40})$", line)  # ``Ort Saarbrücken`` (GSB docData)
        if labelled and known_places(labelled.group(1)):
            place, meta = place or labelled.group(1), meta + 1
            continue
        if _ISSUE_LINE.search(line) and _words(line) <= 14:
            found = find_dates(line)
            full = [d.value for d in found if len(d.value) == 10]
            date = date or (full[-1] if full else None)
            cat = _type_label(line)
            if cat and cat not in cats:
                cats.append(cat)
            meta += 1
            continue
        stripped = _DATE_LINE_PREFIX.sub("", line, count=1)
        lead = leading_date(stripped)
        if lead and not lead[1].strip(" .,|–-"):
            date, meta = date or lead[0], meta + 1
            continue
        if re.match(rf"^(?:Stand|Datum)\s*:\s*{MONTH_RE}\s+\d{{4}}$", line):
            meta += 1  # ``Stand: März 2024``: a month, no publication day
            continue
        if _PM_LINE.match(line):
            cat = normalise_category(line)
            if cat.lower() in _GENERIC_CATEGORIES and cat not in cats:
                cats.append(cat)
            meta += 1
            continue
        if GAZETTE.match(line) or (_URL_LINE.match(line) and "." in line):
            meta += 1
            continue
        if (
            _words(line) <= 8
            and line[:1].isupper()
            and not re.search(r"[.!?:;]$|[„“\"»«]", line)
            and (len(lines) > 1 or GAZETTE.match(line))
        ):
            cat = _type_label(line)
            if cat and cat not in cats:
                cats.append(cat)  # ``Stadt Görlitz – Pressemitteilung Nr. 112/2025``
            continue  # the issuing body's or the newsletter's name
        return None
    if meta == 0 or (len(lines) == 1 and not GAZETTE.match(lines[0])):
        return None
    return date, place, cats


def _dateline_anchor(blocks: list[Block]) -> int | None:
    """The first paragraph (among the first twelve blocks) that opens with a dateline."""
    for i, b in enumerate(blocks[:12]):
        if b.kind == "p" and _words(b.text) >= 8 and parse_dateline(b.text) is not None:
            return i
    return None


def _overline_category(b: Block, found: tuple[str | None, list[str]]) -> bool:
    """A single topical category word alone on its line (``Bildung``): an overline, not a category."""
    date, cats = found
    return (
        date is None
        and len(cats) == 1
        and cats[0] == b.text.strip()
        and cats[0].lower() not in _GENERIC_CATEGORIES
        and b.hint != "category"
    )


def _caps_overline(line: str) -> bool:
    """A short line in capitals (``KÜSTENSCHUTZ``), not a type label (``PRESSEMITTEILUNG``)."""
    return (
        line.isupper()
        and 1 <= _words(line) <= 3
        and len(line) >= 4
        and not _PM_LINE.match(line)
        and normalise_category(line).lower() not in _GENERIC_CATEGORIES
    )


def _word_overline(line: str, headline: str) -> bool:
    """One or two capitalised words (``Klimaschutz``) above a headline of four words or more, one word above
    a longer headline (``Coronavirus`` over ``Schließung Amtsverwaltung``): an overline."""
    return (
        _words(line) <= 2
        and all(w[:1].isupper() for w in line.split())
        and not re.search(r"[\d.!?;,:„“\"]", line)
        and (_words(headline) >= 4 or _words(headline) > _words(line) == 1)
        and not _PM_LINE.match(line)
        and normalise_category(line).lower() not in _GENERIC_CATEGORIES
    )


# a menu's items run together without spaces (``EggebekJannebyJerrishoeJoerl…``)
_GLUED_MENU = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]{2,}){5,}$")


def _breadcrumb_trail(block: Block, nxt: Block) -> bool:
    """A trail of short menu lines whose last item is the headline under it, shortened: a breadcrumb."""
    lines = [x.strip() for x in block.text.split("\n")]
    return (
        len(lines) >= 2
        and all(x and _words(x) <= 5 and not re.search(r"[.!?:]$", x) for x in lines)
        and nxt.text.startswith(lines[-1])
        and len(nxt.text) > len(lines[-1])
    )


def _site_name_and_address(text: str) -> bool:
    """``Landschaftsverband Westfalen-Lippe`` / ``https://www.lwl.org``: the issuing body's name over its
    site's address, a page's header."""
    lines = [x.strip() for x in text.split("\n")]
    return len(lines) >= 2 and bool(_URL_LINE.match(lines[-1])) and all(
        _org_line(x) or _URL_LINE.match(x) for x in lines
    )


def _title_like(text: str) -> bool:
    """Could be a headline: not running text of several sentences, not a sentence ending in a full stop."""
    if _words(text) < 1 or _CAPTION.match(text) or _GLUED_MENU.search(text) or text.rstrip().endswith(":"):
        return False  # also ``erstellt am:``: a label
    if re.fullmatch(r"[\d\s|/–-]+", text) or text.rstrip().endswith("|"):
        return False  # ``2024   2023   2022``: an archive's years; ``Olaf Beispiel |``: a byline's first part
    # (not ``23. Juni``, nor an honorific's dot: ``Vortrag von Dr. Annette X``)
    sentences = len(re.findall(r"(?<!\d)[.!?](?:\s|$)", _NOT_SENTENCE_DOTS.sub("Q", text)))
    return not (sentences >= 2 or (text.rstrip().endswith(".") and _words(text) > 6))


def _headline_candidate(b: Block) -> bool:
    """A headline block (with its subtitle line) that reads like text only by its length or inner
    punctuation."""
    lines = b.text.split("\n")
    return (
        b.kind == "p"
        and not b.hint
        and len(lines) <= 2
        and all(
            2 <= _words(x) <= 25
            and (not re.search(r"[.!?;“\"]$", x) or re.fullmatch(r"[„\"»][^„“”\"»«.!?;]{3,120}[“”\"«]", x))
            for x in lines
        )
        and not re.search(r"[a-zäöüß]{2}[.!?]\s+[A-ZÄÖÜ„]", b.text)
    )


def _lead_meta(b: Block) -> bool:
    """A block of a dump's lead zone that is header metadata, not text."""
    return bool(
        b.hint in {"date", "category"}
        or header_meta(b.text)
        or header_info(b.text)
        or _date_line(b)
        or _standalone_dateline(b.text)
        or (b.kind == "p" and _words(b.text) <= 4 and not re.search(r"[.!?:]$", b.text))
    )


# a press portal's dateline alone on its line, place and agency (``Stuttgart (ots)``)
_AGENCY_DATELINE = re.compile(r"[A-ZÄÖÜ][\wäöüß./; -]{1,60}\s*\((?:ots|dpa|epd|kna|afp|dts)\)\s*[-–]?")


def _repeats(later: str, text: str) -> bool:
    """``later`` is ``text`` again: alone, with a caption after it or as its first sentence."""
    # (not a lead that goes on: ``…, das meldet die Polizei``, ``… – das hat der Rat beschlossen``)
    rest = later[len(text) :] if later.startswith(text) else None
    return rest is not None and (not rest or re.match(r"\n|\.\s|\s+[^\w\s„“\"(–-]", rest) is not None)


def _year_list(text: str) -> bool:
    """A bar of years that are not an archive's pager (``Chronik: 1972 | 1997 | 2022``)."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return len(years) >= 2 and any(abs(a - b) != 1 for a, b in pairwise(years))


def _title_over_date(blocks: list[Block]) -> int | None:
    """A dump's first line standing alone above a line that holds only a date: the headline, however long
    or punctuated (``Das Gute noch besser machen: Bezirk beteiligt sich am Projekt „…“``)."""
    k = 0
    while k < len(blocks) and k < 3 and (header_info(blocks[k].text) or header_meta(blocks[k].text)):
        k += 1
    if k + 1 >= len(blocks):
        return None
    b, nxt = blocks[k], blocks[k + 1]
    if any(_repeats(x.text, b.text) for x in blocks[k + 2 : k + 10]) and _words(b.text) >= 6:
        return None  # a mail's preheader: the subtitle printed over the page
    lower = b.text[:1].islower() and not re.match(r"[a-zäöüß]+[A-ZÄÖÜ]", b.text)  # not ``fezMachen!``
    if b.kind != "p" or b.hint or "\n" in b.text or not 2 <= _words(b.text) <= 40 or lower:
        return None
    abbreviated = re.search(r"(?:\d|\b\w{1,3}\.)\.?$", b.text)  # ``am 26.10.``, ``Babel e.V.``
    probe = re.sub(r"[„\"»“][^„“”\"»«]{1,80}[“”\"«]", "Q", b.text)  # ``„Luise. Archäologie …“``: a name
    long_sentence = re.search(r"[.;]$", probe) and _words(probe) > 25
    two = re.search(r"[a-zäöüß]{2}[.;]\s+[A-ZÄÖÜ]", probe)
    two = two and (_words(probe) > 20 or re.search(r"[.;]$", probe))
    if (two or long_sentence) and not abbreviated:
        # two sentences ending in a full stop, or a long one: running text; a short headline of two
        # parts stays one (``Junge Pflegende brauchen mehr Unterstützung. Fachtag zu …``)
        return None
    # (also a date line set as a list item: ``- Erschienen am 13.04.2023 - Pressemitteilung 03/2023``)
    # (a list item only with its label, and alone: not the first of a list of dates)
    labelled = nxt.kind == "li" and re.search(rf"{PUB_LABEL}|{RELEASE_KIND}", nxt.text, re.I) is not None
    after = blocks[k + 2] if k + 2 < len(blocks) else None
    # (or over another field without a date: ``- Datum: 05.03.2007`` / ``- Abteilung: Mitte``)
    field = after is not None and re.match(r"[A-ZÄÖÜ][^\d:]{1,25}:\s*[^\d\s]", after.text) is not None
    # (not an event's fact box: ``- Datum: 15.06.2024`` / ``- Ort: Marktplatz``)
    event = r"(?:Ort|Eintritt|Uhrzeit|Zeit|Beginn|Einlass|Treffpunkt|Anmeldung|Kosten|Preis)\b"
    field = field and not (re.match(event, after.text) and re.match(r"Datum\b", nxt.text))
    alone = after is None or after.kind != "li" or (field and not re.search(r"\d", after.text))
    dated_item = labelled and alone
    # (also with its author: ``18. Juni 2019 | Von: Daniela X, Landwirtschaftskammer``)
    short = _words(nxt.text) <= 6 or re.search(r"\|\s*(?:Von|Autor(?:in)?)\s*:", nxt.text) is not None
    found = _date_line(nxt) if (nxt.kind == "p" or dated_item) and short else None
    if nxt.kind == "p" and _AGENCY_DATELINE.fullmatch(nxt.text.strip()):
        return k  # a press portal's headline over its bare dateline (``Stuttgart (ots)``)
    repeated = nxt.kind == "p" and nxt.text.find(b.text, 1, 500) > 0
    if repeated and _RELEASE_LABEL.search(nxt.text[:200]):
        return k  # a legacy page repeats its headline inside the flattened letterhead that follows
    if not found and _one_line_subtitle(nxt):
        # ``Grüne brauchen keine …, um … zu sein.`` / ``Die Fraktion hat … erinnert.`` / ``05.12.11 –``: a
        # headline and its subtitle, one sentence each, over the date
        return k if _dated_under(blocks, k + 1) and not long_sentence else None
    return k if found and found[0] else None


def _dated_under(blocks: list[Block], i: int) -> bool:
    """Whether a short line holding only a date follows block ``i`` (``05.12.11 –``)."""
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "p" or _words(blocks[i + 1].text) > 6:
        return False
    found = _date_line(blocks[i + 1])
    return bool(found and found[0])


def _one_line_subtitle(b: Block) -> bool:
    """One sentence of at most 25 words on a line of its own."""
    one = not re.search(r"[a-zäöüß]{2}[.!?]\s+[A-ZÄÖÜ]", b.text)
    return b.kind == "p" and not b.hint and "\n" not in b.text and 4 <= _words(b.text) <= 25 and one


def _headline_under_lead(blocks: list[Block]) -> tuple[int, int] | None:
    """A headline line under the page's first paragraph, over the text (a teaser or an image's description
    copied above it: ``Mehrere Kinder, die Warnwesten tragen. …`` / ``Sichtbar auf dem Weg zur Schule: …`` /
    the text): the headline's index and that of the block after it (past the headline printed twice). The
    paragraph stays in the body, where the page put it."""
    if len(blocks) < 3 or not _is_body_paragraph(blocks[0]) or _words(blocks[0].text) > 80:
        return None
    if not re.search(r"[\w)“\"][.!](?:\s|$)", blocks[0].text):
        return None  # ``Beim AWB nachgefragt: Warum …?``: a question, the headline itself
    line, after = blocks[1], 2
    if blocks[2].kind == "p" and blocks[2].text == line.text:
        after = 3  # ``Richtfest`` / ``Richtfest``: the headline and its repetition
    lines = line.text.split("\n")
    if line.kind != "p" or line.hint or len(lines) > 2 or after >= len(blocks) or not _title_like(line.text):
        return None
    if not (after == 3 or _words(lines[0]) <= 20):
        return None
    if (
        re.search(r"[.!?;:,“”\"«»]$", lines[0])
        or _date_line(line)
        or _CAPTION.match(line.text)
        or header_info(line.text)
        or parse_dateline(line.text) is not None
        or _CONTACT_HEADING.search(line.text)
    ):
        return None
    nxt = blocks[after]
    # the text goes on below, perhaps under a subtitle line (``Mitarbeiterinnen … beschenken … Kinder``)
    sub = nxt.kind == "p" and 4 <= _words(nxt.text) <= 25 and not re.search(r"[.!?:;,]$", nxt.text)
    with_sub = sub and after + 1 < len(blocks) and _is_body_paragraph(blocks[after + 1])
    if not (_is_body_paragraph(nxt) or with_sub):
        return None
    # only with a headline's marks, for a text's subheading may stand under its first paragraph too
    # (``Neue Räume für die Jugendarbeit``, ``Hintergrund: Kita-Ausbau``): printed twice, over a subtitle
    # line, or two parts joined by a colon (``Bürgermeistersprechstunde: Anmeldungen möglich``)
    _, colon, tail = lines[0].partition(":")
    joined = bool(colon) and _words(lines[0]) >= 3 and _words(tail) >= 2
    return (1, after) if after == 3 or with_sub or len(lines) == 2 or joined else None


def _contact_box(b: Block) -> bool:
    """A press office's contact box: lines of a name, an address and numbers (``36341Lauterbach``,
    ``Telefax: +49 6641 …``)."""
    lines = b.text.split("\n")
    numbered = sum(re.search(r"\d{3}", line) is not None for line in lines)
    labelled = any(re.search(r"Tele(?:fon|fax)|Tel\.|E-Mail", x) for x in lines)
    return len(lines) >= 3 and numbered >= 2 and labelled


def _person_box(text: str, nxt: str) -> bool:
    """A page's box of its head over the headline: a name alone, then the office alone."""
    lone = "\n" not in text and _words(text) <= 6 and not re.search(r"[,.:;!?]$", text)
    person = split_name(text.split()) if lone else None
    # (a person for sure: with an honorific or a common given name, not ``Klinikum Neustadt``)
    sure = person is not None and (person.honorific or common_given_name(person.given_name or ""))
    first = nxt.split()[0] if nxt.split() else ""
    # (an office's name, no headline with a verb: not ``Landrat besucht …``)
    office = _words(nxt) <= 8 and is_role_word(first) and "\n" not in nxt
    office = office and all(w[:1].isupper() or w in _ORG_WORDS for w in nxt.split())
    return bool(sure) and person is not None and person.role_prefix is None and office


def _menu_or_contact(b: Block) -> bool:
    """A menu item, a short label or a contact box above the headline."""
    return b.kind == "li" or (b.kind == "p" and _words(b.text) <= 4) or _contact_box(b)


def _title_over_date_under_furniture(blocks: list[Block]) -> int | None:
    """The line right above a date-only line (``(vom 17.08.2011)``) where only a slogan and menu items
    (``Hand trägt Haus``, ``• Über uns``) or a box of phone numbers stand above it: the headline."""
    for k in range(1, min(len(blocks) - 1, 10)):
        b, nxt = blocks[k], blocks[k + 1]
        above = blocks[:k]
        if not all(map(_menu_or_contact, above)):
            return None
        # (or a box of phone numbers: ``Wichtige Rufnummern`` / ``NOTRUF FEUERWEHR112`` / …)
        lines = [line for x in above for line in x.text.split("\n")]
        # (or a contact box: a name, an address, ``Telefax: …``)
        phones = sum(re.search(r"\d{3}", line) is not None for line in lines) >= 3
        phones = phones or any(map(_contact_box, above))
        if not (phones or any(x.kind == "li" for x in above)):
            continue  # no menu: a short line above may be the overline (``Staatskanzlei``)
        if nxt.kind != "p" or _words(nxt.text) > 4 or b.kind != "p" or not 3 <= _words(b.text) <= 20:
            continue
        found = _date_line(nxt)
        if found and found[0] and not re.search(r"[.!?]$", b.text):
            return k
    return None


def _long_first_line(blocks: list[Block]) -> bool:
    """A dump's first line of two parts, the last with no full stop (``Kompetenzzentren: Landesbibliotheken
    heute. Vortrag von LBZ-Leiterin Dr. X auf Bibliothekskongress``), over a paragraph of text: a headline."""
    if len(blocks) < 2 or blocks[0].kind != "p" or "\n" in blocks[0].text or blocks[0].hint:
        return False
    text = blocks[0].text.strip()
    parts = re.split(r"(?<=[a-zäöüß]{2}[.!?])\s+(?=[A-ZÄÖÜ])", text)
    plain = not re.search(r"[.!?:;,“”\"«»)]$", text) and not find_quotes(text)
    return plain and len(parts) == 2 and 6 <= _words(text) <= 25 and _is_body_paragraph(blocks[1])


_BACK_LINK = re.compile(r"(?i:zurück|zur(?:ück zur)? Übersicht|« ?zurück|zurück zur Liste)")


def _title_under_release_date(blocks: list[Block]) -> int | None:
    """The line right under the release's own date line (``Pressemitteilung vom 03.09.2018``) where a menu
    item, a back link or the site's section label stands right above that date (``zurück``,
    ``Pressemitteilungen``) and a paragraph of text follows the line: the headline; the page's sidebar and
    menus above are chrome."""
    for k in range(1, min(len(blocks) - 2, 25)):
        date_b, b, nxt = blocks[k], blocks[k + 1], blocks[k + 2]
        if date_b.kind != "p" or not re.match(rf"{RELEASE_KIND}\s+vom\s", date_b.text, re.I):
            continue
        found = _date_line(date_b)
        above = blocks[k - 1]
        back = _BACK_LINK.fullmatch(above.text.strip())
        if not (found and found[0]) or not (above.kind == "li" or back or _generic_label(above.text)):
            continue
        if b.kind == "p" and 3 <= _words(b.text) <= 20 and not re.search(r"[.!?]$", b.text):
            return k + 1 if _is_body_paragraph(nxt) else None
    return None


def _breadcrumb_items(blocks: list[Block]) -> int:
    """The number of leading list items that are a dump's breadcrumb: short items, the last one repeated
    as the next line (``- Aktuelles aus der IHK``, ``- Unternehmen erwarten …``, ``Unternehmen …``)."""
    n = next((i for i, b in enumerate(blocks) if b.kind != "li"), len(blocks))
    short = 2 <= n < len(blocks) and all(_words(b.text) <= 10 for b in blocks[:n])
    return n if short and blocks[n - 1].text.strip() == blocks[n].text.strip() else 0


_SECTION_PATH = re.compile(r"[A-ZÄÖÜ][\w-]+(?: [A-ZÄÖÜ][\w-]+)? / [A-ZÄÖÜ][\w-]+")
_ADDRESS_LABEL = re.compile(r"Artikel-?[Ii]nformationen")


def _address_line(line: str) -> bool:
    """A line of an address box at the top of a page: a street, a postcode and town, a phone or fax."""
    street = STREET.match(line)
    if street:
        return street.end() == len(line)  # the street alone, not ``Bergmannstraße 28/29 – Kultur …``
    # ``30169 Hannover``, ``Tel: 0511/120-2136`` (not ``Telefon: 04825 - 93 05 0`` of a notice's text)
    # (also ``t: +49(0)355 365 2403``)
    phone = re.fullmatch(r"[TtFfMm][ \t]*:[ \t]*\+?[\d(][\d() \t/-]{4,24}", line)
    return bool(POSTCODE.fullmatch(line) or (CONTACT_LINE.match(line) and len(line.split()) <= 2) or phone)


# ``Meldung vom 18.10.2018 Landrat X verleiht …``: a date line run into the line under it
_DATE_THEN_TEXT = re.compile(
    # (the month written out, the headline perhaps run on: ``Pressemitteilung vom 4. April 2011Statement …``)
    rf"^(?P<date>(?:{RELEASE_KIND}|Meldung|Artikel|Nachricht|Beitrag)\s+vom\s*\d{{1,2}}\.\s?"
    rf"(?:\d{{1,2}}\.|{MONTH_RE}\s)\s?(?:\d{{4}}(?=[A-ZÄÖÜ])|\d{{2,4}}\s+))"
    r"(?P<text>(?!Nr\.)[A-ZÄÖÜ]\S*(?:\s+\S+){3,})$",
    re.I,
)


_DATE_GLUED = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{4})(?=[A-ZÄÖÜ][a-zäöüß])")
_DATE_COLON_HEADLINE = re.compile(
    # (also a two-digit year of a web page's time: ``04.07.13:``, ``04.07.98:``, not ``9.11.89:``)
    r"^(\d{1,2}\.\d{1,2}\.(?:\d{4}|[0-3]\d|9\d))\s*:\s+([A-ZÄÖÜ„\"][^\n.!?]*(?:\s+[^\n]+){2,})$"
)


def _split_lead_lines(blocks: list[Block]) -> list[Block]:
    """The first lines of a page's text as lines of their own: a site name written twice (``Landkreis
    Passau Landkreis Passau``) goes, a date line run into the next line is split from it."""
    out: list[Block] = []
    for k, b in enumerate(blocks):
        if k < 6 and b.kind == "p" and re.fullmatch(r"([^\n]{3,60}?) +\1|([^\n]{3,60}?)\2+", b.text.strip()):
            continue  # (also glued, more often: ``MV tut gutMV tut gutMV tut gut``: a logo's text)
        line = b.text.strip()
        if k < 12 and b.kind == "p" and (_ADDRESS_LABEL.fullmatch(line) or _address_line(line)):
            # ``Ministerium für …`` / ``Musterstraße 2`` / ``30169 Hannover`` / ``Tel: …``: an address box
            if STREET.match(line) and out and _words(out[-1].text) <= 12 and not out[-1].hint:
                out.pop()
            continue
        dated = _DATE_COLON_HEADLINE.match(b.text.strip()) if k < 3 and b.kind == "p" else None
        if dated and _words(dated.group(2)) <= 25:
            # ``05.09.2019: Landrat eröffnet Bildergalerie …``: the date, then the headline
            out += [Block("p", dated.group(1), "date"), Block("p", dated.group(2))]
            continue
        if k < 12 and b.kind == "p" and (glued := _DATE_GLUED.match(b.text.strip())):
            # ``15.08.2018Abschiebungen nach Afghanistan: … | 126/2018``: the date run into the headline
            rest = re.sub(r"\s*\|\s*\d{1,4}/\d{2,4}$", "", b.text.strip()[glued.end() :])
            out += [Block("p", glued.group(1), "date"), Block("p", rest)]
            continue
        if k < 6 and b.kind == "p" and (m := _DATE_THEN_TEXT.match(b.text.strip())):
            out += [Block("p", m.group("date").strip(), "date"), Block("p", m.group("text"))]
            continue
        lines = b.text.split("\n")
        nxt = blocks[k + 1].text.strip() if k + 1 < len(blocks) else ""
        glued = lines[-1].strip()
        headline_like = len(nxt) >= 15 and _words(nxt) <= 20 and _words(glued) <= 30
        if k < 6 and b.kind == "p" and headline_like and glued.endswith(nxt) and glued != nxt:
            # ``weimar.deStadtAktuellStadtverwaltung begrüßt …`` over ``Stadtverwaltung begrüßt …``: a
            # breadcrumb run together, ending in the headline that follows
            continue
        pictured = [  # a caption's label stays for the caption after it
            x
            for x in lines
            if _words(x) <= 12
            and (_IMAGE_LABEL.match(x.strip()) or _CAPTION.search(x))
            and not _CAPTION_LABEL.match(x.strip())
        ]
        if k < 6 and b.kind == "p" and len(lines) <= 3 and pictured and len(pictured) == len(lines):
            continue  # ``Bannerbild`` / ``Ostereiermesse im Museum Foto- Museum OSL``: a picture's label
        if k < 6 and b.kind == "p" and 2 <= len(lines) <= 3 and all(_words(x) <= 15 for x in lines):
            found = _date_line(Block("p", lines[0]))
            if found and found[0]:
                # ``06.11.2018 - 280/2018`` / ``Niederbayern / Kommunales`` / the headline: lines of their own
                # ``Niederbayern / Kommunales`` over the headline: the section, a kicker
                last = len(lines) - 1
                out += [
                    Block("p", x, "kicker" if j < last and _SECTION_PATH.fullmatch(x) else "")
                    for j, x in enumerate(lines)
                ]
                continue
        out.append(b)
    return out


def _generic_label(text: str) -> bool:
    """A site's section label (``Pressemitteilungen``, ``Aktuelles``), no category of the text's own."""
    return normalise_category(text.strip()).lower() in _GENERIC_CATEGORIES


# a site's slogan split by bars, opening in lower case (``im Schwarzwald | Heimat des Bollenhutes``)
_SLOGAN_BAR = re.compile(r"[a-zäöüß][^.!?:\n|]{1,60}(?:\s\|\s[^.!?:\n|]{2,60})+")


_LETTERHEAD_WORD = re.compile(
    rf"(?i:{RELEASE_KIND})$|(?:Stadt|Gemeinde|Landkreis|Kreis|Amt|Markt|Verbandsgemeinde|Fachbereich|Kategorie)\b"
)


def _leading_menu(blocks: list[Block]) -> int:
    """How many list items open a page copy as its menu (``- Tourismus`` / ``- Rathaus & Politik`` / …):
    three or more short items without a sentence (or four lines of one or two words), then the page's
    lines."""
    k = 0
    while k < len(blocks) and blocks[k].kind == "li" and _words(blocks[k].text) <= 4:
        if re.search(r"[.!?:]$", blocks[k].text):
            return 0
        k += 1
    if k >= 3 and k + 1 < len(blocks) and blocks[k].kind == "p":
        return k
    # (or four and more lines of one or two words: ``Das Ministerium`` / ``Unsere Themen`` / ``Service``)
    k = 0
    while k < len(blocks) and blocks[k].kind == "p" and _words(blocks[k].text) <= 2:
        if "\n" in blocks[k].text or re.search(r"[.!?:,;]$|\d", blocks[k].text):
            break
        k += 1
    # (not a letterhead's lines with the kind of text: ``Stadt Neustadt`` / ``Fachbereich Jugend`` /
    # ``Pressemitteilung`` / ``Ferienpass erschienen``)
    lines = [b.text.strip() for b in blocks[:k]]
    letterhead = any(_LETTERHEAD_WORD.match(x) for x in lines)
    return k if k >= 4 and k + 1 < len(blocks) and not letterhead else 0


def _split_lead_subtitle(blocks: list[Block]) -> list[Block]:
    """``Ehrenamtliches Team ermöglicht …`` / ``(Nottuln) Die Gemeindebücherei …``: the lead's first line, set
    off by a line break over the dateline, is the subtitle."""
    for k, b in enumerate(blocks[:8]):
        lines = b.text.split("\n")
        first = lines[0].strip()
        if b.kind != "p" or len(lines) < 2 or _words(first) > 15 or re.search(r"[.!?:;,]$", first):
            continue
        # a headline-like line, not a label, a credit or a body's name
        label = _PM_LINE.match(first) or _CAPTION.search(first) or _org_line(first)
        label = label or _date_line(Block("p", first))
        dl = None
        if first[:1].isupper() and not label and _BRACKET_DATELINE.match(lines[1]):
            dl = parse_dateline(lines[1])
        if dl is not None and dl.place:
            rest = Block("p", "\n".join(lines[1:]).strip(), b.hint)
            return [*blocks[:k], Block("p", first, "subtitle"), rest, *blocks[k + 1 :]]
    return blocks


def _without_teaser_copies(blocks: list[Block]) -> list[Block]:
    """Blocks over the headline that a later one repeats: a list page's teaser as the headline block's second
    line (``Kleine Feierstunde zum Jubiläum – …`` over the date, again under ``30 Jahre Zulassungsstelle …``),
    a text cut short over the whole of it."""
    lead = blocks[: next((i for i, b in enumerate(blocks) if _is_body_paragraph(b)), len(blocks))]
    second_lines = [(i, {x.strip() for x in b.text.split("\n")[1:]}) for i, b in enumerate(lead)]
    copies = {
        i
        for i, b in enumerate(lead)
        if "\n" not in b.text.strip() and _words(b.text) >= 4
        and any(j > i and b.text.strip() in lines for j, lines in second_lines)
    }
    # (a caption cut short over the whole caption: ``… welche Gegenmaßnahmen bereits ergriffen w``)
    copies |= {
        i
        for i, (b, nxt) in enumerate(zip(lead, blocks[1:], strict=False))
        if _words(b.text) >= 8 and _cut_short(b.text.strip(), nxt.text)
    }
    return [b for i, b in enumerate(blocks) if i not in copies]


def _cut_short(text: str, whole: str) -> bool:
    """``text`` is ``whole`` cut off inside a word (``… ergriffen w`` over ``… ergriffen wurden.``)."""
    return len(whole) > len(text) and whole.startswith(text) and whole[len(text)].isalpha()


def _photo_on_top(text: str) -> bool:
    """A photo's caption over the headline: its credit first, or one short line ending in its credit
    (``Kreishaus Unna | Foto: nowofoto.de``)."""
    one_line = "\n" not in text.strip() and _words(text) <= 15 and not re.match(r"\s*\d", text)
    credit = CREDIT_END.search(text.strip()) if one_line else None
    # (a credit names its author or source: not ``… – Bild: So sah Neustadt 1950 aus``)
    credited = credit is not None and not re.search(
        r"\s(?!(?:von|van|de|der|und|zu|vom)\b)[a-zäöüß]+\b(?![.-])", credit.group(0).split(":", 1)[-1]
    )
    return bool(_LEAD_CAPTION.match(text) or credited)


def analyse(blocks: list[Block]) -> tuple[Headline, list[Block]]:
    """Split ``blocks`` into the headline structure and the body blocks."""
    head = Headline()
    blocks = _split_lead_subtitle(blocks[_breadcrumb_items(blocks) :])
    while len(blocks) > 2 and _breadcrumb_trail(blocks[0], blocks[1]):
        blocks = blocks[1:]  # ``Aktuelles`` / … / ``120 Neubürger`` over ``120 Neubürger im … empfangen``
    while len(blocks) > 2 and blocks[0].kind == "li" and _generic_label(blocks[0].text):
        # ``· Pressemitteilung`` as a list's item over the headline: the page's section
        head.categories.append(normalise_category(blocks[0].text.strip()))
        blocks = blocks[1:]
    # ``im Schwarzwald | Heimat des Bollenhutes`` over a headline line: the site's slogan on top
    slogan = len(blocks) > 2 and _SLOGAN_BAR.fullmatch(blocks[0].text.strip()) is not None
    if slogan and _words(blocks[1].text) <= 15 and not re.search(r"[.!?]$", blocks[1].text):
        blocks = blocks[1:]
    h1 = next((i for i, b in enumerate(blocks) if b.kind == "h1"), None)
    if h1 is None and len(blocks) > 2 and _photo_on_top(blocks[0].text):
        blocks = blocks[1:]  # ``Foto Landkreis Börde / Landrat X auf Stippvisite …``: the photo on top
    if h1 is None:
        blocks = _split_lead_lines(_without_teaser_copies(blocks[_leading_menu(blocks) :]))
    forced: int | None = None
    furniture = range(0)
    if h1 is not None:
        # text before the headline (navigation, link lists) is lead zone, not body
        zone_end = next((i for i, b in enumerate(blocks) if i > h1 and _is_body_paragraph(b)), len(blocks))
    else:
        zone_end = next((i for i, b in enumerate(blocks) if _is_body_paragraph(b)), len(blocks))
        if zone_end == 0 and _long_first_line(blocks):
            zone_end = 1  # a headline of two parts over the text
        anchor = _dateline_anchor(blocks)
        if anchor is not None and anchor > zone_end:
            zone_end = anchor  # everything above the dateline paragraph is the lead zone
        forced = _title_over_date(blocks)
        if forced is None and (under := _title_over_date_under_furniture(blocks)) is not None:
            forced, furniture = under, range(under)  # the slogan and menu above it
        if forced is None and (under := _title_under_release_date(blocks)) is not None:
            forced, furniture = under, range(under - 1)  # the sidebar and menus above the date line
        if forced is not None and zone_end <= forced + 1:
            after = (i for i, b in enumerate(blocks) if i > forced + 1 and _is_body_paragraph(b))
            zone_end = next(after, len(blocks))
        if (
            0 < zone_end < len(blocks) - 1
            and _headline_candidate(blocks[zone_end])
            and all(_lead_meta(blocks[i]) for i in range(zone_end))
        ):
            # a long headline under a dump's header block (``Bekanntmachung des …: Beschlüsse … vom 4. Mai``)
            start = zone_end
            after = (i for i, b in enumerate(blocks) if i > start and _is_body_paragraph(b))
            zone_end = next(after, len(blocks))
    zone = list(range(zone_end))
    used: set[int] = set(furniture)
    org_kicker: tuple[int, str] | None = None
    # title
    title_i: int | None = None
    if h1 is not None:
        title_i = h1
    else:
        heads = [i for i in zone if blocks[i].is_heading and blocks[i].hint != "caption"]
        if heads:
            top = min(blocks[i].level for i in heads)
            title_i = next(i for i in heads if blocks[i].level == top)
            nxt = next((i for i in heads if i > title_i), None)
            if (
                nxt is not None
                and blocks[nxt].level > top
                and not _CONTACT_HEADING.search(blocks[nxt].text)
                and _words(blocks[title_i].text) <= 5
                and _words(blocks[nxt].text) > _words(blocks[title_i].text)
                and all(
                    w[:1].isupper() or w in {"und", "für", "der", "des", "die", "-", "–"}
                    for w in blocks[title_i].text.split()
                )
                and not re.search(r"[.!?]$", blocks[title_i].text)
            ):
                head.kicker = blocks[title_i].text
                used.add(title_i)
                title_i = nxt
        else:
            cands: list[int] = []
            for i in zone:
                b = blocks[i]
                if i in used or b.hint in {"date", "category", "caption", "kicker"}:
                    continue
                if _standalone_dateline(b.text):
                    continue
                # (a column's name only over a headline: not ``Neues aus der Stadtbibliothek`` over the date)
                column = re.match(
                    r"(?:Neues|Nachrichten|Neuigkeiten|News|Infos?|Informationen)\b.{0,25}\saus\s", b.text
                )
                dated = column and (_date_line(blocks[i + 1]) is not None if i + 1 < len(blocks) else True)
                label = _SECTION_LABEL.match(b.text) or _IMAGE_LABEL.match(b.text)
                if label and i + 1 < zone_end and not dated:
                    used.add(i)  # ``Stadtnachricht``, ``Wappen`` over the headline
                    continue
                glued = [x.text for x in blocks[i + 1 : i + 2]]
                if " " in b.text and glued == [b.text.replace(" ", "")] and i + 2 < zone_end:
                    used.update((i, i + 1))  # ``Entdecken Neuigkeiten`` over ``EntdeckenNeuigkeiten``: a menu
                    continue
                dl = parse_dateline(b.text) if _words(b.text) <= 8 else None
                if dl is not None and dl.date:
                    continue  # ``Dresden (7. Oktober 2015) – Pressemitteilung``
                found = _date_line(b) if i != forced else None  # ``09.09.2023 – Tag des …`` over a date
                if found and not _overline_category(b, found):
                    continue
                meta = header_meta(b.text) if "\n" in b.text or GAZETTE.match(b.text) else None
                if meta is not None:
                    head.date = head.date or meta[0]
                    head.place = head.place or meta[1]
                    head.categories.extend(c for c in meta[2] if c not in head.categories)
                    info = header_info("\n".join(x for x in b.text.split("\n") if _org_line(x)))
                    if info:
                        head.publisher = head.publisher or info.body
                    used.add(i)
                    continue
                titled = re.fullmatch(r"(.{2,30}?)\s+[-–|]\s+(.+)", b.text.strip())
                shown = titled and _generic_label(titled.group(1))
                # (the headline again before the text, not ``Stadt Neustadt`` as a later heading)
                text_at = next((j for j in range(i + 1, len(blocks)) if _is_body_paragraph(blocks[j])), i)
                if shown and any(x.text.strip() == titled.group(2) for x in blocks[i + 1 : text_at][:5]):
                    used.add(i)  # ``Aktuelles - Besucherandrang …``: the page's title over its own headline
                    continue
                later = range(i + 2, min(len(blocks), i + 10))
                again = next((j for j in later if _repeats(blocks[j].text, b.text)), None)
                if again is not None and _words(b.text) >= 6 and _title_like(blocks[again - 1].text):
                    used.add(i)  # a mail's preheader: the subtitle printed over the page
                    continue
                chrome = _PAGE_CHROME.search(b.text.strip()) and not (" | " in b.text and _year_list(b.text))
                lines = [x.strip() for x in b.text.split("\n") if x.strip()]
                chrome = chrome or (len(lines) > 1 and all(_PAGE_CHROME.search(x) for x in lines))
                chrome = chrome and not dated  # (a column's name over the date line is the headline)
                chrome = chrome or _site_name_home(b.text.strip())
                if _furniture(b.text) or chrome:
                    used.add(i)  # a letterhead's address (``Friedrich-Ebert-Straße 79/81``), a page's chrome
                    continue
                info = header_info(b.text)
                if info:
                    head.publisher = head.publisher or info.body
                    head.categories.extend(c for c in info.categories if c not in head.categories)
                    # a bare kind of body (``Landkreis``) names the site's section
                    if info.org_line and not info.letterhead and not _SECTION_KIND.fullmatch(info.org_line):
                        org_kicker = (i, info.org_line)
                    used.add(i)
                    continue
                if _site_name_and_address(b.text):
                    used.add(i)
                    continue
                if b.kind == "li" and _words(b.text) <= 3 and i + 1 < zone_end:
                    used.add(i)  # ``• Öffentlichkeitsarbeit`` over the headline: a menu's item
                    continue
                labelled = re.match(rf"{RELEASE_KIND}\s+", b.text.strip(), flags=re.I)
                office_line = b.text.strip()[labelled.end() if labelled else 0 :]
                # (one word only for a press office itself, not a topic: ``Verwaltung``)
                one = re.fullmatch(
                    r"Geschäftsstelle|Presse\w*|Redaktion|Öffentlichkeitsarbeit|Medienarbeit", office_line
                )
                sender = _words(office_line) >= 2 or one or labelled
                if sender and _PRESS_OFFICE.fullmatch(office_line):
                    # ``Pressemitteilung Referat für Kommunikation und Marketing``: the sender's press office
                    kind = normalise_category(labelled.group(0).strip()) if labelled else None
                    head.categories.extend([kind] if kind and kind not in head.categories else [])
                    used.add(i)
                    continue
                if i + 1 < zone_end and _person_box(b.text, blocks[i + 1].text):
                    used.update((i, i + 1))  # ``Prof. Dr. Kerstin X`` / ``Ministerin für Justiz``: a sidebar
                    continue
                if (not _title_like(b.text) and i != forced) or _LETTER_GREETING.match(b.text.strip()):
                    continue  # nor a letter's salutation (``Moin, liebe Husumerinnen und Husumer,``)
                # (``Lahr,`` over the headline: a CMS's dateline set before it)
                comma = not cands and b.text.strip().endswith(",")
                tag = b.text.strip().removesuffix(",") if comma else b.text.strip()
                if _words(b.text) <= 3 and known_places(tag):
                    # ``Potsdam`` under a portal's headline: a location tag, no headline; over the text, its
                    # dateline
                    if comma or (i + 1 < len(blocks) and _is_body_paragraph(blocks[i + 1])):
                        head.place = head.place or tag
                    continue
                cands.append(i)
            numbered = [k for k in zone if _NUMBERED_LINE.fullmatch(blocks[k].text.strip())]
            above = [c for c in cands if numbered and c < numbered[0]]
            # (or the label's number over it: ``:: 289/2021`` / ``Pressemitteilung 289/2021``)
            site = all(
                "\n" in blocks[c].text
                or _SITE_SECTION.search(blocks[c].text)
                or re.fullmatch(r"\W*\d{1,4}/\d{2,4}", blocks[c].text.strip())
                for c in above
            )
            if numbered and above and site and any(c == numbered[0] + 1 for c in cands):
                # ``Bundesadler`` ⏎ ``Bundesarbeitsgericht`` / ``Pressemitteilungen - Infos`` /
                # ``Pressemitteilung Nr. 53/15`` / the headline: the lines above the label are the site's
                # (not a headline over the label: ``Neue Kita eröffnet`` / ``Pressemitteilung Nr. 12/2024``)
                used.update(above)
                cands = [c for c in cands if c > numbered[0]]
            if cands:
                title_i = cands[0]
                between = range(cands[0] + 1, cands[1] - 1) if len(cands) >= 2 else range(0)
                # a date or section line between the site's header and the headline (not ``Stadtwerke Kiel`` /
                # ``https://…`` right over a subtitle)
                if any(_site_name_and_address(blocks[k].text) for k in between):
                    # ``Für die Menschen, für Westfalen-Lippe`` over the body's name: the site's slogan
                    used.add(title_i)
                    cands = cands[1:]
                    title_i = cands[0]
                labelled = [
                    k for k in range(cands[0] + 1, cands[1]) if _PM_LINE.fullmatch(blocks[k].text.strip())
                ] if len(cands) >= 2 else []
                if labelled and re.search(r"[.!]$", blocks[title_i].text):
                    # ``Energie für unsere Stadt.`` / ``Pressemitteilung`` / the headline: a site's slogan
                    used.add(title_i)
                    title_i = cands[1]
                first = blocks[title_i].text
                if len(cands) >= 2 and _DATE_LABEL.match(first):
                    used.add(title_i)  # ``Pressemitteilung vom`` over its date: the date's label, no overline
                    title_i = cands[1]
                elif (
                    len(cands) >= 2
                    and "\n" not in first
                    and not re.search(r"[.!?:“\"]$", first)
                    and (_words(first) <= 2 or (_words(first) <= 3 and len(cands) >= 3))
                    and _words(blocks[cands[1]].text) > _words(first)
                ):
                    # an overline (``Im Interview``, ``Bildung``) above the headline; a body's kind of
                    # release (``KVB-Presseinformation``) is a category
                    kind = re.fullmatch(rf"(?-i:[A-ZÄÖÜ]{{2,6}})-{RELEASE_KIND}", first, re.I) or all(
                        w.lower() in _GENERIC_CATEGORIES for w in first.split("-")
                    )  # (``News-Meldung``)
                    if kind:
                        head.categories.append(first)
                    else:
                        head.kicker = first
                    used.add(title_i)
                    title_i = cands[1]
            elif h1 is None and (under_lead := _headline_under_lead(blocks)) is not None:
                title_i, after = under_lead
                used.update(range(title_i + 1, after))  # the headline printed twice
                text = (i for i in range(after, len(blocks)) if _is_body_paragraph(blocks[i]))
                zone_end = next(text, after)
    if title_i is not None:
        raw_lines = blocks[title_i].text.split("\n")
        section = len(raw_lines) >= 2 and h1 is None and _generic_label(raw_lines[0])
        if section and _words(raw_lines[1]) >= 3 and raw_lines[1].lstrip("„»\"")[:1].isupper():
            section = normalise_category(raw_lines[0].strip())
            head.categories.extend([section] if section not in head.categories else [])
            raw_lines = raw_lines[1:]  # ``Aktuelles`` / the headline on the next line: the site's section
        if (
            h1 is None
            and head.kicker is None
            and not blocks[title_i].is_heading
            and len(raw_lines) == 3
            and (
                (_words(raw_lines[0]) <= 2 and all(w[:1].isupper() for w in raw_lines[0].split()))
                or ends_with_quoted_name(raw_lines[0], 8)
            )
            and not re.search(r"[.!?;,]|:(?!$)", raw_lines[0])
            and _words(raw_lines[1]) > _words(raw_lines[0])
            and not raw_lines[1][:1].islower()
            and not find_dates(raw_lines[0])
            and not _PM_LINE.match(raw_lines[0])
            and normalise_category(raw_lines[0]).lower() not in _GENERIC_CATEGORIES
        ):
            # a text dump's headline block with its overline: overline, headline, subtitle on three lines
            head.kicker = raw_lines[0].rstrip(":").strip()
            raw_lines = raw_lines[1:]
        elif (
            h1 is None
            and head.kicker is None
            and not blocks[title_i].is_heading
            and len(raw_lines) == 2
            and (
                (raw_lines[0].endswith(":") and _words(raw_lines[0]) <= 3)
                or _caps_overline(raw_lines[0])
                or _word_overline(raw_lines[0], raw_lines[1])
            )
            and _words(raw_lines[1]) > _words(raw_lines[0])
        ):
            # ``KÜSTENSCHUTZ`` or ``ÖPNV:`` above the headline: its overline
            head.kicker = raw_lines[0].rstrip(":").strip()
            raw_lines = raw_lines[1:]
        title_lines: list[str] = []
        for line in raw_lines:
            wrapped = line[:1].islower() or line[:1].isdigit()
            if title_lines and (wrapped or _OPEN_END.search(title_lines[-1])):
                title_lines[-1] += " " + line  # a wrapped line continues the one before (``… Einladung des``)
            else:
                title_lines.append(line)
        if (
            h1 is None
            and not blocks[title_i].is_heading
            and len(title_lines) == 2
            and title_lines[1].lstrip("„\"»«‚'")[:1].isupper()
            and not re.search(r"[.!?:]$", title_lines[0])
        ):
            # a text dump's headline block: headline and subtitle on two lines
            head.title, head.subtitle = title_lines
            first_info = header_info(title_lines[0])
            body_line = first_info is not None and first_info.org_line == title_lines[0]
            if (
                head.kicker is None
                and _words(title_lines[1]) > _words(title_lines[0])
                and (_known_place(title_lines[0]) or body_line)
            ):
                # the issuing body's name or a bare place above the headline: its overline
                head.kicker, head.title, head.subtitle = title_lines[0], title_lines[1], None
        else:
            head.title = " ".join(raw_lines)
        used.add(title_i)
    # kicker / subtitle
    for i in zone:
        if i in used:
            continue
        b = blocks[i]
        if b.hint in {"kicker", "subtitle"} and (found := _date_line(b)) is not None and found[0]:
            continue  # ``21.01.2022 Aktuelle Meldung`` styled as a subtitle: a date line
        above = title_i is not None and i == title_i - 1 and _words(b.text) <= 3
        if b.hint == "kicker" and _KIND_LABEL.match(b.text):
            # ``Pressemitteilung: 6/2022`` styled as a topline: the kind of text, a category
            if b.text not in head.categories:
                head.categories.append(b.text)
            used.add(i)
        elif head.kicker is None and (b.hint == "kicker" or (b.hint == "subtitle" and above)):
            # also a short ``subtitle`` right above the headline (``<p class="subtitle">Pflege</p><h1>``)
            head.kicker, _ = b.text.replace("\n", " "), used.add(i)
        elif b.hint == "subtitle" and head.subtitle is None:
            head.subtitle, _ = b.text.replace("\n", " "), used.add(i)
    if head.kicker is None and org_kicker is not None and title_i is not None and org_kicker[0] < title_i:
        between = range(org_kicker[0] + 1, title_i)
        # only as the document's first line (as in the seed); under a date or breadcrumb it is the issuer
        # a section label between them (``Landkreis Meißen`` ¶ ``Pressemitteilungen``): the site's name
        section = any(_generic_label(blocks[i].text) for i in between)
        # a release's label over its date between them (``VG Cottbus`` ¶ ``Pressemitteilung vom 04.01.2005``):
        # a letterhead's name
        section = section or any(re.match(rf"(?:{RELEASE_KIND})\b", blocks[i].text, re.I) for i in between)
        # a press portal's newsroom over a headline with its bare dateline (``Stuttgart (ots)``): the issuer
        portal = title_i + 1 < len(blocks) and _AGENCY_DATELINE.fullmatch(blocks[title_i + 1].text.strip())
        section = section or portal is not None
        if org_kicker[0] == 0 and not section and all(i in used or _date_line(blocks[i]) for i in between):
            head.kicker = org_kicker[1]  # the issuing body's name above the headline is its overline
    if head.kicker is None and title_i is not None and title_i > 0 and blocks[title_i - 1].kind == "p":
        prev = blocks[title_i - 1]
        info = header_info(prev.text)
        found = _date_line(prev)
        if title_i - 1 not in used and not prev.hint and "\n" not in prev.text:
            if info and info.org_line == prev.text and not info.letterhead and not (found and found[0]):
                head.kicker = prev.text
                head.publisher = head.publisher or info.body
                used.add(title_i - 1)
            elif found and _overline_category(prev, found):
                head.kicker = prev.text
                used.add(title_i - 1)
    if head.kicker is None and title_i is not None and title_i > 0:
        prev = blocks[title_i - 1]
        menu = title_i >= 2 and blocks[title_i - 2].is_heading and blocks[title_i - 2].level == prev.level
        if (
            title_i - 1 not in used
            and prev.is_heading
            and not menu  # ``Aktuelles``, ``Mediathek``, ``Das BfS``: the last heading of a menu's run
            and _words(prev.text) <= 8
            and not _date_line(prev)
            and not re.search(r"[.!?:]$", prev.text)
        ):
            head.kicker = prev.text
            used.add(title_i - 1)
    if head.subtitle is None and title_i is not None:
        skipped = 0
        for i in range(title_i + 1, zone_end):
            b = blocks[i]
            if i in used or b.hint == "caption" or (b.kind == "li" and not _is_body_paragraph(b)):
                skipped += 1
                continue  # the items of a date-and-category box under the headline
            if _IMAGE_LABEL.match(b.text):
                used.add(i)  # ``Grafik IHK``: an image's alternative text under the headline
                skipped += 1
                continue
            if _MONTH_LINE.match(b.text.strip()):
                skipped += 1  # ``Pressemitteilung · September 2025`` under the headline: a date line
                continue
            if _PAGE_LEFTOVER.search(b.text) or (_words(b.text) <= 4 and b.text.rstrip().endswith("|")):
                used.add(i)  # ``08 Sep '20 |``, an image's size, an English menu: no subtitle, no text
                skipped += 1
                continue
            if b.is_heading and _CONTACT_HEADING.search(b.text):
                used.add(i)  # ``Dr. Karin Schmitz, Abteilung Öffentlichkeitsarbeit``: the sender, no subtitle
                skipped += 1
                continue
            if _AUTHOR_LINE.fullmatch(b.text.strip()):
                used.add(i)  # ``16 Juli von Jenny Beispiel``, ``von G. Beispiel (Kommentare: 0)``: a byline
                skipped += 1
                continue
            if "," in b.text and _people_line(b):
                used.add(i)  # ``Hendrik X, Präsident des Landtags, und Prof. Dr. Y``: a photo's caption
                skipped += 1
                continue
            credit = re.search(r"[\s>](?:Foto|Bild)\s*:\s*(?:[A-ZÄÖÜ][\w.&/-]*\s?){1,5}$", b.text.strip())
            if credit and "\n" not in b.text:
                used.add(i)  # ``119 Studierende … freuen sich … Foto: Anna Kell``: a caption with its credit
                skipped += 1
                if i + 1 < len(blocks) and blocks[i + 1].text.strip() == uncredited(b.text):
                    used.add(i + 1)  # and the caption again without its credit
                    skipped += 1
                continue
            nxt = blocks[i + 1].text if i + 1 < len(blocks) else ""
            credit = nxt[len(b.text) :].strip() if nxt.startswith(b.text) else ""
            if len(b.text) > 15 and re.fullmatch(r"\(?(?:©|(?:Foto|Bild)\s*:)[^\n]{0,80}\)?", credit):
                used.add(i)  # an image's alt text over its caption with the credit: no subtitle
                skipped += 1
                continue
            plain = _QUOTE_MARKS.sub('"', b.text.strip())
            title = _QUOTE_MARKS.sub('"', head.title or "")
            # (or with a year added: ``Auszeichnung für IZM-Auszubildenden 2012``)
            with_year = len(title) > 15 and re.fullmatch(rf"{re.escape(title)}\s+(?:19|20)\d\d", plain)
            if head.title and ((len(plain) > 15 and title.startswith(plain)) or with_year):
                used.add(i)  # the headline repeated under a date line, in other quotation marks or cut short
                skipped += 1
                continue
            if b.is_heading and len(_SENTENCE_ENDS.findall(b.text)) < 2:
                # a heading of several sentences is a teaser, the lead of the body
                head.subtitle = b.text.replace("\n", " ")
                used.add(i)
            elif (
                b.kind == "p"
                and not b.hint
                and i == title_i + 1 + skipped
                # three words with a verb do too (``Stadt unterstützt Sternsinger``)
                and "\n" not in b.text
                and (
                    _restated_teaser(b.text, after := blocks[i + 1 :])
                    or (
                        (4 <= _words(b.text) <= 25 or (_words(b.text) == 3 and _VERB_BETWEEN.search(b.text)))
                        # nor a salutation (``Liebe Bürgerinnen …,``); a sentence only in headline style
                        and (
                            not re.search(r"[.!?:;,]$", b.text)
                            or _headline_sentence(b.text, after)
                            or _dated_under(blocks, i)
                        )
                    )
                )
                and not _CAPTION.search(b.text)
                and "©" not in b.text
                and not CREDIT_END.search(b.text)  # ``Aktion … in der Stadtgalerie. Foto Jörg X``: a caption
                and not _date_line(b)
                and not _EVENT_TIME.match(b.text)  # ``Samstag 26.01.2013 um 11:00 bis 15:00``: an event
                and parse_dateline(b.text) is None
                and _standalone_dateline(b.text) is None  # ``38/2013 Kiel, 21. März 2013``
                and any(x.kind in {"p", "li"} for x in blocks[i + 1 :])  # not the whole text
            ):
                # a line under the headline, before the text: the subtitle (lead line of a dump or page)
                head.subtitle = b.text
                used.add(i)
            if not (_date_line(b) or _standalone_dateline(b.text)):
                break
            skipped += 1  # a date line (``Amt Brüssow, den 03.06.2008``) between headline and subtitle
        else:  # only skipped lines between the headline and the text: its first line may be a teaser
            if head.subtitle is None and zone_end < len(blocks):
                head.subtitle = _teaser_line(blocks[zone_end])
            lead = blocks[zone_end] if head.subtitle is None and zone_end + 1 < len(blocks) else None
            if lead is not None and lead.kind == "p" and not lead.hint and _restated_teaser(
                lead.text, blocks[zone_end + 1 :]
            ):
                head.subtitle = lead.text  # a summary sentence the text below restates
                used.add(zone_end)
            elif lead is not None and lead.kind == "p" and not lead.hint and 4 <= _words(lead.text) <= 25:
                # not a dateline's lead (``Potsdam – Das Land …``), nor a sentence naming members
                plain = parse_dateline(lead.text) is None and "|" not in lead.text
                plain = plain and not re.search(r"\b(?:die|den)\s+(?:Städte|Gemeinden|Ämter)\b", lead.text)
                # nor a person's act (``Anlässlich … eröffnet Dr. Tilo X am Donnerstag …``)
                person = re.search(HONORIFIC, lead.text) or any(
                    is_role_word(m.group(1)) for m in _NAMED_OFFICE.finditer(lead.text)
                )
                plain = plain and not person
                if plain and _headline_sentence(lead.text, blocks[zone_end + 1 :]):
                    head.subtitle = lead.text  # ``Sternsinger segnen das Rathaus …`` / a one-sentence dek
                    used.add(zone_end)
    # date and categories
    for i in zone:
        if i in used:
            continue
        b = blocks[i]
        banner = _TODAY.sub("", b.text).strip(" :")
        if _TODAY.search(b.text) and _words(b.text) <= 10 and leading_date(banner):
            used.add(i)  # a site banner (``Heute: Montag, 21. September 2020``)
            continue
        label = b.text.endswith(":") or _EVENT_LABEL.match(b.text)
        if label and _words(b.text) <= 4 and "\n" not in b.text and i + 1 < zone_end:
            # a label/value pair of a metadata block (``Dienststelle:`` ``Polizeidirektion Ost``)
            nxt = blocks[i + 1]
            quoted = nxt.hint == "blockquote" or nxt.text[:1] in "„“\"»«"  # ``Bürgermeister X:`` „…“
            if not _DATE_LABEL.match(b.text) and _words(nxt.text) <= 12 and not nxt.is_heading and not quoted:
                used.update((i, i + 1))
                head.extra_dates.extend(d.value for d in find_dates(nxt.text))
                continue
        dated = _date_line(Block(b.kind, b.text)) if b.hint == "caption" else None
        if dated is not None and dated[0] is not None:
            b = Block(b.kind, b.text)  # ``21. Januar 2022 | Mobilität`` styled as a caption: a date line
        elif b.hint == "caption" or _CAPTION.match(b.text):
            used.add(i)
            continue
        if b.hint == "event" and _words(b.text) <= 25:
            # an event's date and place (a ``Wann``/``Wo`` box, an event ``<time>``): no publication date
            head.extra_dates.extend(d.value for d in find_dates(b.text))
            used.add(i)
            continue
        if (mm := _MONTH_LINE.match(b.text.strip())) is not None:
            # ``Pressemitteilung · September 2025``: a date to the month only, no day made up
            month = MONTHS[mm.group("month").lower().rstrip(".")]
            head.month = head.month or f"{mm.group('year')}-{month:02d}"
            cats = split_categories(mm.group("cat") or "")
            head.categories.extend(c for c in cats if c not in head.categories)
            used.add(i)
            continue
        dl = _standalone_dateline(b.text)
        if dl is not None and title_i is not None and i > title_i + 1 and date_then_place(b.text):
            dl = None  # ``Der Termin:`` ¶ ``15.03.2024, Weimar``: an event's date and place under the text
        if dl is not None:
            head.date = head.date or dl.date
            head.place = head.place or dl.place
            used.add(i)
            continue
        meta = header_meta(b.text) if "\n" in b.text else None
        found = _date_line(b) if meta is None or not meta[1] else None
        if found is None and meta is not None:
            # ``MEDIENINFORMATION`` over ``Stand: März 2024``; ``Ort Saarbrücken`` over ``Datum 28.01.2022``
            found = meta[0], meta[2]
            head.place = head.place or meta[1]
        elif found is not None and meta is not None:
            # ``STADT X – PRESSEMITTEILUNG`` over ``Pressemitteilung vom 06.05.2025``: the block's label too
            found = found[0] or meta[0], [*found[1], *(c for c in meta[2] if c not in found[1])]
        if found is None:
            continue
        if "|" in b.text and found[0]:
            for seg in b.text.split("|"):
                seg_dl = _standalone_dateline(seg.strip())
                if seg_dl is not None and seg_dl.date == found[0]:
                    head.place = head.place or seg_dl.place
        if b.kind == "li" and b.hint != "category" and not found[0]:
            continue  # an item of a navigation list names sections of the site, not the text's category
        date, cats = found
        if date and head.date is None:
            head.date = date
        for c in cats:
            if c not in head.categories:
                head.categories.append(c)
        used.add(i)
    # furniture left above the headline (navigation, newsletter lines, letterheads) is no body text
    if title_i is not None:
        for i in range(0, title_i):
            if i not in used and (not _is_body_paragraph(blocks[i]) or blocks[i].kind == "li"):
                used.add(i)
    # captions left between headline and body: short lines without sentence punctuation (where a body follows)
    if title_i is not None and zone_end < len(blocks):
        for i in range(title_i + 1, zone_end):
            b = blocks[i]
            if (
                i not in used
                and not b.is_heading
                and b.hint != "blockquote"
                and _words(b.text) <= 10
                and not re.search(r"[.!?:][“”\"«»]?$", b.text)
                and not _LETTER_GREETING.match(b.text)
                and parse_dateline(b.text) is None
            ):
                used.add(i)
    dated = _TITLE_DATE.search(head.title or "")
    if dated is not None and head.date in (None, parse_date(dated.group(1))):
        # ``Delegation … zu Gast in Lüneburg (01.02.2019)``: the release's date closing its headline (not an
        # event's, where the release states another date)
        head.date = parse_date(dated.group(1))
        head.title = (head.title or "")[: dated.start()]
    dated_end = _TITLE_DATE_END.search(head.title or "")
    before_date = (head.title or "")[: dated_end.start()].split()[-1:] if dated_end else []
    # (not a span the headline states: ``… bis einschließlich Freitag, 25. Juni 2021``)
    if dated_end and before_date and before_date[0].lower() in _DATE_WORDS:
        dated_end = None
    below = " ".join(b.text for b in blocks[(title_i or 0) + 1 : (title_i or 0) + 5])
    if dated_end and parse_date(dated_end.group(1)) not in {d.value for d in find_dates(below)}:
        dated_end = None  # the release's date, stated again below (not an event's: ``Fest Freitag, …``)
    if head.title and dated_end is not None:
        # ``Finanzspritze für herausragende Leistungen Freitag, 24. Februar 2017``: the date run into it
        head.date = head.date or parse_date(dated_end.group(1))
        head.title = head.title[: dated_end.start()]
    if head.title and (glued := _GLUED_DATE_LABEL.search(head.title)) is not None:
        head.title = head.title[: glued.start()]  # ``…mit Behinderungenerschienen am``: the label, no date
    if head.title and (icon := _ICON_NAME.search(head.title)) is not None:
        head.title = head.title[: icon.start()]  # ``Willkommen arrow_back``: an icon font's ligature
    if head.title and (credit := _TITLE_CREDIT.search(head.title)) is not None:
        # ``Auf Sommerreise … Fördervielfalt Wiebke Osigus © MB / Spata``: a picture's alt text and credit
        words = head.title[: credit.start()].split()
        pictured = split_name(words[-2:]) if len(words) > 4 else None
        person = pictured is not None and pictured.given_name and not pictured.role_prefix
        # ``Stadt ehrt Lebensretter Jan X © …``: a name after a person's noun belongs to the headline
        apposed = re.search(r"(?:er|erin|in)$", words[-3]) is not None or is_role_word(words[-3])
        keep = words[:-2] if person and not apposed else words
        head.title = " ".join(keep)
    spaced = _DATE_SPACE_TITLE.match(head.title or "")
    stated = parse_date(spaced.group(1)) if spaced else None
    below = "\n".join(b.text for b in blocks[(title_i or 0) + 1 : (title_i or 0) + 4]) if spaced else ""
    if spaced and head.date in (None, stated) and stated in {d.value for d in find_dates(below)}:
        head.date, head.title = stated, (head.title or "")[spaced.end() :]
    badge = _MONTH_BADGE.match(head.title or "")
    below = "\n".join(b.text for b in blocks[(title_i or 0) + 1 : (title_i or 0) + 3]) if badge else ""
    month = MONTHS.get(badge.group(1).lower()) if badge else None
    badged = [d for d in find_dates(below) if badge and d.value[2:7] == f"{badge.group(2)}-{month:02d}"]
    if badge and badged:
        # ``Sep17 Tag der Zahngesundheit`` over ``25. September 2017``: a calendar badge of the month and
        # the year's digits, run into the headline
        head.title = (head.title or "")[badge.end() :]
    dated = _DATE_BEFORE_TITLE.match(head.title or "")
    if dated is not None and head.date in (None, parse_date(dated.group(1) or dated.group(2))):
        head.date = parse_date(dated.group(1) or dated.group(2))
        head.title = (head.title or "")[dated.end() :]
        topic = _TOPIC_AFTER_PIPE.match(head.title) if re.search(r"[|/]", dated.group(0)) else None
        who = split_name(topic.group(1).split()) if topic is not None else None
        speaker = who is not None and who.given_name  # not ``Peter Krumbach: Wir bleiben am Ball``
        if topic is not None and head.kicker is None and not speaker:
            # ``08.01.2020 | NATURSCHUTZ: Landesregierung …``: the topic label between the date and a colon
            head.kicker, head.title = topic.group(1), head.title[topic.end() :]
    if head.title and (numbered := _TITLE_NUMBERED.match(head.title)) is not None:
        # ``Pressemitteilung Nr. 12/2024 – Neue Kita …``: the numbered label is a category
        category = normalise_category(numbered.group(1) or numbered.group(3))
        head.categories.extend([category] if category not in head.categories else [])
        head.title = head.title[numbered.end() :]
        stated = numbered.group(2) or numbered.group(4)
        head.date = head.date or (parse_date(stated) if stated else None)
    if head.title and (label := _TITLE_LABEL.match(head.title)) is not None and head.kicker is None:
        # ``Pressemitteilung Bayerische Ehrenamtskarten …``: the kind of text run into the headline
        head.kicker, head.title = label.group(1), head.title[label.end() :]
    if head.kicker:
        head.kicker = head.kicker.rstrip(" :") or None  # ``POL-WL:`` over the headline: its label
        head.kicker = head.kicker if head.kicker and re.search(r"\w", head.kicker) else None  # ``» »``
    if head.subtitle is not None and head.subtitle == head.title:
        head.subtitle = None  # the headline repeated under itself (a page's title and its h1)
    sub = head.subtitle or ""
    named = split_name((head.title or "").split()) if _words(head.title or "") <= 5 else None
    # (the title a person's name with an office, no sentence: not ``Neue Kita`` / ``im Ortsteil … entstehen``)
    if named is not None and named.given_name and _CONTINUED_TITLE.match(sub):
        # ``Bundesjustizministerin X`` / ``zu Besuch beim Bundesgerichtshof``: one headline over two lines
        head.title, head.subtitle = f"{head.title} {sub}", None
    if head.place is None and title_i is not None:
        # ``Kürnach`` on a line of its own between the headline and the text: the dateline's place
        first_text = next((i for i in range(title_i + 1, len(blocks)) if i not in used), None)
        tag = blocks[first_text - 1] if first_text is not None and first_text - 1 > title_i else None
        issuer = tag is not None and re.match(rf"(?:{_SECTION_KIND.pattern})\s", tag.text) is not None
        if tag is not None and tag.kind == "p" and _words(tag.text) <= 3 and known_places(tag.text.strip()):
            # not the issuing body (``Stadt Königs Wusterhausen``): a place named by itself
            head.place = None if issuer else tag.text.strip()
    labelled = {  # ``Bildunterschrift:`` / its caption, ``Bildquelle:`` / its credit: short lines
        i + 1
        for i, b in enumerate(blocks[:-1])
        if _CAPTION_LABEL.match(b.text.strip()) and _words(blocks[i + 1].text) <= 30
    }
    body = [
        b
        for i, b in enumerate(blocks)
        if i not in used | labelled and b.hint != "caption" and not (b.kind == "p" and _CAPTION.match(b.text))
    ]
    body = _without_photo_order(body)
    if head.title and body:
        body = _strip_repeated_header(head, body)
    return head, body


# a headline's second line that goes on with its predicate (``zu Besuch beim …``, ``besucht das …``), not a
# byline (``von Anna X``) or a sentence of its own
_CONTINUED_TITLE = re.compile(r"(?!von\s|vom\s)[a-zäöüß]+\s+[^.!?]{3,80}$")
# a letter's salutation opens its text (``Liebe Bürgerinnen und Bürger,``)
_LETTER_GREETING = re.compile(
    r"^(?:[Ll]iebe|[Ll]ieber|Sehr geehrte[rn]?|Hallo|Moin|Servus|Grüß Gott|Guten (?:Tag|Morgen|Abend))"
    r"[\s,].{2,80},$"
)
# the order written out in brackets before a colon: a caption however many people it names
# (``Haben den Vertrag unterschrieben (von links nach rechts): Anna X (Bürgermeisterin), …``)
_ORDER_COLON = re.compile(r"\([Vv]on\s+links(?:\s+nach\s+rechts)?\)\s*:")
# a photo caption naming people in their order in the picture (``v.l.n.r.:``, ``… in Dortmund: v.l. X, Y``)
# (also written out or abbreviated otherwise: ``Von links nach rechts …``, ``Li. n. re: …``)
PHOTO_ORDER = re.compile(
    r"(?:^|[\s:(])v\.\s?l\.(?:\s?n\.\s?r\.)?(?=[\s:),]|$)"
    r"|^(?:[Vv]on\s+links\s+nach\s+rechts|Li\.\s?n\.\s?re\.?)(?:\s*:|\s+[A-ZÄÖÜ][\w-]+,)"
)


def _order_caption(text: str) -> bool:
    """A short lead-in, the order written out in brackets and a list of names (``Haben den Vertrag
    unterschrieben (von links nach rechts): Anna X (…), Tom Y (…), …``), however long the list."""
    m = _ORDER_COLON.search(text)
    if m is None or _QUOTE_MARKS.search(text):
        return False
    lead, names = text[: m.start()], _NOT_SENTENCE_DOTS.sub("", text[m.end() :])
    return (
        _words(lead) <= 10
        and not re.search(r"[.!?]\s", lead)
        and re.match(r"\s*[A-ZÄÖÜ]", names) is not None
        and names.count(",") >= 2
        and not re.search(r"[.!?]\s", names)
    )
_BARE_PHOTO_ORDER = re.compile(r"\(?v\.\s?l\.(?:\s?n\.\s?r\.)?\)?:?")


# a photo credit ending a caption (``… Foto: HWK (Abdruck honorarfrei)``, ``| Foto: nowofoto.de``)
CREDIT_END = re.compile(
    r"(?:^|[\s(>])(?:Foto|Fotos|Bild|Bildquelle|Fotograf(?:in)?)\s*:\s*(?:[^.!?@]|\.(?=[a-z]{2,6}\b)){2,80}?(?:\s*\([^()]{2,30}\))?\)?$"
    # (also without its colon after the caption's sentence: ``… in der Stadtgalerie. Foto Jörg X``)
    r"|(?<=[.!?]\s)(?:Foto|Bild)\s+[A-ZÄÖÜ][a-zäöüß]+(?:[\s-][A-ZÄÖÜ][\wäöüß]+){1,2}$"
)


def uncredited(caption: str) -> str:
    """A caption without the photo credit closing it (``… Steuerrad.<br>Foto: Gleis/LWL``)."""
    return re.sub(r"\s*<br\s*/?>?$", "", CREDIT_END.sub("", caption.strip()).strip())


# a caption that says what the picture shows (``Das Bild zeigt: …``, ``vergrößern Landrat X (Mitte), …``)
_SHOWS_START = re.compile(
    r"^(?:(?:Das|Unser) (?:Bild|Foto) zeigt\s*(?::|\(von links\))|Auf dem (?:Bild|Foto)\s*:|"
    r"(?:Bild\s+)?vergrößern\s)"
)
# the same caption closing a paragraph (``… so der Bürgermeister. Unser Foto zeigt (von links) X, Y …``)
CAPTION_TAIL = re.compile(
    r"(?<=[.!?“\"])\s+(?:Das|Unser) (?:Bild|Foto) zeigt\s*(?::|\((?:von links|v\.\s?l\.)[^)]*\))"
    r"[^„“\"»«]{5,300}$"
)
_SHOWS = re.compile(r"\b(?:Das|Unser) (?:Bild|Foto) zeigt:")


def _people_line(b: Block) -> bool:
    """A line of nothing but people and their offices (``Landrat Max Muster und Kai Kahl``, ``Hendrik X,
    Präsident des Landtags Rheinland-Pfalz und Prof. Dr. Y``), as a photo's caption names them."""
    if b.kind != "p" or "\n" in b.text or _words(b.text) > 14 or re.search(r"[.!?:;]$", b.text.strip()):
        return False
    people, office = 0, False
    for seg in re.split(r",\s*|\s+(?:und|sowie)\s+", b.text.strip()):
        words = seg.split()
        plain = all(w[:1].isupper() or w in {"von", "van", "de", "der", "zu"} for w in words)
        person = split_name(words) if 2 <= len(words) <= 6 and plain else None
        if person is not None and (person.given_name or person.honorific):
            people, office = people + 1, office or bool(person.role_prefix)
        elif len(words) >= 2 and is_role_word(words[0]):
            # ``Präsident des Landtags Rheinland-Pfalz``: the office of the person before (not a roster's
            # ``Tom X, Vorsitzender, Anna Y, Schriftführerin``)
            office = True
        else:
            return False
    return people >= 2 and office


# a picture's caption between paragraphs: a line naming an office's holder, without a closing full stop
# (``Geisenfelder Schüler zu Besuch bei Landrat Albert Gürtner``)
_NAMED_OFFICE = re.compile(r"\b([A-ZÄÖÜ][\wäöüß-]+)\s+(?:Dr\.\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß-]+\b")
_CAPTION_LABEL = re.compile(r"^(?:Bildunterschrift|Bildquelle|Bildnachweis|Bildtext)\s*:?$", re.I)


def _caption_line(b: Block, k: int, body: list[Block]) -> bool:
    """A line between two paragraphs of text that names an office's holder and ends without punctuation."""
    if b.kind != "p" or b.is_heading or b.hint or "\n" in b.text or not 4 <= _words(b.text) <= 25:
        return False
    if re.search(r"[.!?:;…“”\"«»]$", b.text) or _QUOTE_MARKS.search(b.text):
        return False
    # between two paragraphs of text, or closing the text
    between = k > 0 and all(_words(x.text) >= 20 for x in (body[k - 1], *body[k + 1 : k + 2]))
    # the holder after a preposition (``… zu Besuch bei Landrat X``), not the subject of a subheading
    # (``Bürgermeisterin X dankt den Handwerkern``); no contact line (``… (Tel. 0331 …)``)
    named = any(
        is_role_word(m.group(1)) and re.search(r"\b(?:bei|mit|von|vom|und|sowie)\s+$", b.text[: m.start()])
        for m in _NAMED_OFFICE.finditer(b.text)
    )
    return between and named and not re.search(r"\d{3}|\)$", b.text)


def _without_photo_order(body: list[Block]) -> list[Block]:
    """The body without photo captions: a short paragraph naming the people from the left, and the line of
    names after a bare ``v.l.n.r.:``; a caption saying what the picture shows, a line of people only; a
    line naming an office's holder between paragraphs or closing the text."""
    out: list[Block] = []
    names_next = False
    for k, b in enumerate(body):
        if _caption_line(b, k, body):
            continue
        caption = b.kind == "p" and (
            (len(b.text) < 400 and PHOTO_ORDER.search(b.text) is not None) or _order_caption(b.text)
        )
        shows = _SHOWS_START.match(b.text) or (_SHOWS.search(b.text) and CREDIT_END.search(b.text))
        shows = shows and b.kind == "p" and len(b.text) < 600 and not _QUOTE_MARKS.search(b.text)
        caption = caption or bool(shows)
        caption = caption or _people_line(b)
        names = names_next and b.kind == "p" and len(b.text) < 300 and not re.search(r"[.!?]$", b.text)
        if caption or names:
            names_next = caption and bool(_BARE_PHOTO_ORDER.fullmatch(b.text.strip()))
            continue
        names_next = False
        out.append(b)
    return out


# a letterhead's release label (``Polizeidirektion Dessau - Pressemitteilung Nr.: 056/03``)
_RELEASE_LABEL = re.compile(r"\b(?:Presse|Medien|Polizei)(?:mitteilung|meldung|information)\b")
_HEADER_WORDS = {"den", "vom", "der", "des", "und", "für", "am"}
# ``Pressemitteilung Nr.: 056/03``: a numbered release label inside a flattened header
_NUMBERED_KIND = re.compile(rf"\b{RELEASE_KIND}\s+Nr\.\s*:?\s*\d[\d/.\-]*", re.I)
# ``Dessau, den 20. März 2003``: place and date in a letter's form
_PLACE_DEN_DATE = re.compile(
    r"\b([A-ZÄÖÜ][\w.()/ -]{1,40}?),\s+den\s+(\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜa-zäöü]+)\s*\d{4})"
)


def _letterhead_issuer(prefix: str) -> str | None:
    """The body a letterhead names before its release label (``Ministerium des Innern -
    Pressemitteilung``)."""
    m = re.search(rf"([A-ZÄÖÜ][^–—|]{{2,100}}?)\s+[-–—]\s+{_RELEASE_LABEL.pattern}", prefix)
    words = m.group(1).strip(" -").split() if m else []
    # the shortest run of closing words that names a body: the issuing office, not its parent or a menu
    suffixes = (" ".join(words[j:]) for j in range(len(words) - 1, -1, -1))
    return next((x for x in suffixes if _org_line(x)), None)


def _strip_repeated_header(head: Headline, body: list[Block]) -> list[Block]:
    """A legacy page repeats its letterhead and headline before the text, the letterhead on lines of its own
    or flattened with the headline into the first paragraph (``Polizeidirektion Dessau - Pressemitteilung
    Nr.: 056/03 Dessau, den 20. März 2003 <headline> In den frühen …``): letterhead and headline leave the
    text; the release number, date and place go to the record."""
    words = re.findall(r"\w+", head.title or "")
    if len(words) < 3:
        return body
    repeat = re.compile(r"\W*".join(re.escape(w) for w in words))
    for k, b in enumerate(body[:8]):
        m = repeat.search(b.text, 0, 600) if b.kind in {"p", "li"} else None
        if m is None:
            if _words(b.text) > 14 or b.kind not in {"p", "li"}:
                return body
            continue
        prefix = " ".join(x.text for x in body[:k]) + " " + b.text[: m.start()]
        if not _RELEASE_LABEL.search(prefix) or re.match(r"\s*[.:,;]", b.text[m.end() :]):
            return body  # no letterhead, or the headline's words inside a sentence of the text
        if any(w[:1].islower() and w not in _HEADER_WORDS for w in prefix.split()):
            return body  # running text before the headline (``Wie in der Meldung vom … angekündigt``)
        dated = _PLACE_DEN_DATE.search(prefix) or find_dates(prefix)
        if not dated or re.search(r"[a-zäöüß]{2}[.!?]\s+[A-ZÄÖÜ]", prefix):
            return body  # a header names its date; a sentence before the headline is text
        if head.publisher is None and (issuer := _letterhead_issuer(prefix)):
            head.publisher = issuer  # ``Ministerium des Innern - Pressemitteilung Nr.: 233/09``
        for label in dict.fromkeys(x.group(0) for x in _NUMBERED_KIND.finditer(prefix)):
            if label not in head.categories:
                head.categories.append(label)
        if (pd := _PLACE_DEN_DATE.search(prefix)) is not None:
            found = find_dates(pd.group(2))
            head.date = head.date or (found[0].value if found else None)
            head.place = head.place or pd.group(1).split(" - ")[-1].strip()
        rest = b.text[m.end() :].strip()
        return ([Block("p", rest, b.hint)] if rest else []) + body[k + 1 :]
    return body
