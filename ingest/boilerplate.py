# ruff: noqa: E501
"""Boilerplate removal on blocks and sentences: share/print links, character counts,
breadcrumbs, contact blocks, cookie and consent banners (also spliced into content)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ingest.addresses import CONTACT_LINE, is_address
from ingest.blocks import Block
from ingest.dates import leading_date
from ingest.headline import CAPTION_TAIL, CREDIT_END, GAZETTE, PHOTO_ORDER, RELEASE_KIND, uncredited
from ingest.members import parse_member
from ingest.names import BODY_WORD, is_role_word

# a pointer to an earlier release (``Siehe auch Pressemitteilung 19/2013.``)
_SEE_ALSO = r"Siehe auch:? (?:Presse|Medien)\w+ (?:Nr\. ?)?\d[\d/]*\.?"
_WIDGET_WORDS = (
    r"Druckversion|Printversion|Drucken|Seite drucken|Artikel drucken|Druckansicht|Print|Teilen|Diese Seite teilen|"
    r"Seite teilen|Beitrag teilen|Artikel teilen|Share|Teilen auf \w+|Facebook|Twitter|X|WhatsApp|LinkedIn|"
    r"Xing|XING|Instagram|Mastodon|Threads|Bluesky|Telegram|E-Mail|Per E-Mail (?:versenden|teilen)|"
    r"Teilen mit:?|Teilen auf:?|OK|Akzeptieren|Ablehnen|Anzeige|Werbung|Kommentare? schreiben|"
    r"Springe direkt zu:?|Direkt zu:?|Servicemenü|Hauptmenü|Menü des [\w -]+|Seite versenden|Seite empfehlen|Empfehlen|Weiterempfehlen|Artikel empfehlen|Artikel versenden|Link kopieren|Vorlesen|Merken|PDF|PDF erzeugen|Als PDF|"
    r"Zurück|zurück|Zurück zur Übersicht|Zur Übersicht|Zur Newsübersicht|Alle Meldungen|Alle Nachrichten|"
    # a language switch, a jump to the menu, a CMS's action box (``Inhaltspezifische Aktionen``)
    r"Zur Hauptnavigation|Inhaltss?pezifische Aktionen|"
    r"Weitere Meldungen|Weitere Nachrichten|Mehr erfahren|weiterlesen|Weiterlesen|mehr|mehr lesen|Nach oben|nach oben|"
    r"Zum Seitenanfang|Seitenanfang|Top|Schriftgröße|Schrift|A|A\+|A-|Kontrast|Leichte Sprache|"
    r"Gebärdensprache|Impressum|Datenschutz|Datenschutzerklärung|Barrierefreiheit|Sitemap|Kontakt|"
    r"Suche|Menü|Navigation|Hauptnavigation|Navigation der aktiven Seite|Inhalt der Seite|Startseite|Home|RSS|Newsletter|Login|Anmelden|"
    r"Zum Inhalt(?: springen)?|Zur Navigation(?: springen)?|Direkt zum Inhalt(?: der Seite)?(?: springen)?|Menu|"
    r"Als Favorit hinzufügen|Suchbegriff oder Webcode|"
    r"Hilfsnavigation|Inhalt anspringen|Zum Hauptinhalt(?: springen)?|Springe zum (?:Haupt)?[Ii]nhalt|"
    r"Hauptinhaltsbereich|Hauptinhalt|Wo bin ich\?|Sprungmarken|Titel Logo|Zurück zur (?:vorigen Seite|ersten Seite der aktuellen Ausgabe)|"
    r"Archiv:?|(?:Presse-?)?[Aa]rchiv(?:\s+\d{4})?|Schrift(?:größe)?\s*:?(?:\s*\|?\s*(?:größer|normal|kleiner|[+\-]))+|"
    r"(?:Bild|Foto|Grafik|Abbildung)\s+(?:von|zeigt)\s+(?:eine[mnrs]?|de[mnrs]|die|das|zwei|drei)\s[^.!?:]{2,60}|"
    r"Bild(?:er)? zur (?:Meldung|Pressemitteilung|Nachricht)\s*:?.{0,80}|"
    rf"{_SEE_ALSO}|Zusatzinformationen|Benutzername|Passwort(?: vergessen\??)?|Neu anmelden(?: Passwort vergessen\??)?|"
    r"Link zu[rm]? [\w .-]{2,40}:|Weitere (?:Fotos|Bilder|Impressionen)\b.{0,60}\bfinden Sie hier\.?|"
    r"Volltextsuche|email|Sprache|Bildnachweise|Erläuterungen und Hinweise|\(\s*\)|"
    r"(?:Diese Seite teilen|Datenschutz|Impressum|Barrierefreiheit)\s+\(?\s*(?:externe Anbieter|Öffnet in einem "
    r"neuen Tab)\s*\)?|"
    r"(?:Jetzt )?(?:zum|für den|für unseren) Newsletter anmelden!?|"
    r"Melden Sie sich (?:jetzt )?für (?:unseren|den) Newsletter an\b.{0,400}|Luftbild|zur Startseite|Link zur Seite versenden|Ansicht zum Drucken öffnen|Fehler melden|PDF-Version|"
    r"RSS-Feed|Transparenter Pixel|\[schließen\]|"
    r"Sicherheitscode(?:\s*\(Was ist das\?\))?|Sie haben einen Fehler gefunden\? Bitte teilen Sie .{0,100}|"
    r"Polizeinotruf\b.{0,40}110|Notruf\s*:?\s*110|(?:vorherige|nächste)\s+Meldung.{0,60}|Pfeil nach (?:rechts|links)|"
    r"Logo\s+[A-ZÄÖÜ][\w-]+|Sollten Sie (?:den|das) .{0,80}(?:PDF|Adobe|Reader).*|"
    r"Zu (?:den )?Favoriten hinzufügen|Link (?:verschicken|senden|versenden)|Anhänge zur Pressemitteilung|Newsletter abbestellen|Abmelden|"
    r"Im Browser (?:öffnen|ansehen|anzeigen)|Sollte diese E-Mail nicht (?:richtig|korrekt) dargestellt werden, klicken "
    r"Sie hier\.?|Online-Version|Webversion|Download(?: PDF)?|PDF herunterladen|"
    r"Keine (?:Bilder|Fotos|Dokumente|Downloads|Anhänge|Dateien) vorhanden|Quicklinks?|Quickmen[uü]|Schnellzugriff|Schnelleinstieg|Navigation überspringen|Sprungziele|Seitenbereiche|Seiteninhalt|Inhalt|"
    r"(?:[A-ZÄÖÜ][\wäöüß-]*\s+){0,3}in den sozialen (?:Netzwerken|Medien)\s*:|Folgen Sie uns|"
    r"(?:normale|große|sehr große) Schrift einschalten|"
    r"(?:Twitter|Inhalte?|Video|Karte) (?:freischalten|laden|anzeigen)|(?:Zurück|zurück) zur vorherigen Seite|"
    r"(?:Meldung|Nachricht|Beitrag|Artikel|Seite|Pressemitteilung)\s+(?:teilen|drucken|versenden|empfehlen)|"
    r"Zur(?:ück zur)? (?:Übersicht|Startseite|Liste|Meldungsübersicht)|Als PDF (?:herunterladen|speichern)|"
    r"(?:Zurück zu\s+)?(?:allen|Alle)\s+(?:Presse|Medien)?(?:mitteilungen|meldungen|informationen|Beiträge(?:n)?|News|Artikel(?:n)?)|"
    # a tag cloud's link and label, an archive notice, a byline label without its name, a template's placeholder
    r"zur Schlagwortwolke|Schlagwortwolke|Für diesen (?:Artikel|Beitrag) wurden folgende Schlagworte vergeben:?|"
    r"Artikel aus dem (?:Nachrichten)?[Aa]rchiv:?(?:\s+Bitte beachten Sie,? dass der Inhalt nicht mehr aktuell sein "
    r"(?:kann|könnte)\.?)?|Mitteilung von|file:current:\w+|"
    # an image's or a region's label, a close button, a reading time, a misspelt skip link
    r"[Hh]eader[- ]?[Ii]mage|[Hh]eader-?[Bb]ild|Inhaltsbereich|Navigationsbild(?: zu [\w -]{2,40})?|Schließen|"
    r"[\w äöüßÄÖÜ-]{1,40}\s*\|\s*zur Startseite|Weiteres Aktuelles(?:\.\.\.|…)?|Kontaktformular|(?:rechter|linker) Bereich|Test\s?\d{1,2}|Dynamische Navigation (?:ein|aus)blenden|"
    r"Rubrikillustration(?: [\w -]{2,40})?|Sprungmarken|"
    # an English skip link, a consent plugin's heading (``Datenschutz-Übersicht``) and its switches, a comment
    # box's prompt, a share label, a link back to the list
    r"Skip to (?:main )?(?:content|navigation)|(?:Datenschutz|Privatsphäre)-Übersicht|"
    r"Click to (?:enable/disable|enable|disable) [\w ]{2,40}\.?|Be the [Ff]irst to [Cc]omment|"
    r"Neuen Kommentar schreiben|[Zz]um Teilen:?|"
    r"Direkt zu den Inhalten(?: springen)?|[Zz]urück zu(?:r|m)? (?:den |allen )?(?:Neuigkeiten|Nachrichten|News|Meldungen|"
    r"Pressemitteilungen|Aktuellem)|"
    # a skip-link heading, a filter's reset, a toolbar, an image slot's label
    r"Navigation und Service(?: de[sr](?: (?-i:[A-ZÄÖÜ][\w-]*)){1,4})?|Springe direkt zu:?|Pressefilter|Zurücksetzen|Toolbar-Menü|"
    r"(?:Kopf|Titel|Beitrags|Veranstaltungs|Vorschau|Teaser|Artikel)(?:bild|foto)|Einzelansicht|Sending|Log in with your credentials|Forgot your details\??|"
    r"Details|Geschrieben von:?\s+(?-i:[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,3})|"
    # links to a list or a report (``Zu den Tätigkeitsberichten``, ``Zur News-Übersicht``), a map or address
    # book link, a search box's prompt, a to-top link, an image rights notice, a text and photo credit
    r"Zu(?:r|m)? [\w-]*Übersicht(?: [^.!?:]{2,60})?|Zu den [\w-]*(?:berichten|filmen|fotos|bildern|videos|dokumenten|"
    r"unterlagen|downloads|mitteilungen|meldungen|artikeln|news)(?: (?:über|zu|zur|zum|des|der|von) [^.!?:]{2,50})?|Adresse (?:über|in|bei) Google Maps (?:anzeigen|öffnen)|Ins Adressbuch (?:exportieren|"
    r"übernehmen)|Suchen Sie hier nach [^.!?]{2,60}:?|Go [Tt]o [Tt]op|Back to [Tt]op|Folgen Sie uns auf:?|"
    r"(?:Alle )?(?:[\w ]{0,40} )?(?:Bilder|Fotos)\b[^.!?]{0,60}\bhonorarfrei\b[^.!?]{0,200}\.|"
    r"(?:Text|Texte)\s*(?:&|und|/)\s*(?:Bilder|Fotos?):\s*[^.!?]{2,60}|"
    r"Hier (?:die|das|der) [\w-]+ als PDF(?:-Datei)?|"
    # links to a source (``» zur Pressemitteilung des dbv``, ``Zum Artikel der Stuttgarter Zeitung``), a
    # download, a list of links to follow (``Hier die Links zu den Einzelauswertungen …:``)
    r"Zu(?:r|m) (?:Pressemitteilung|Pressemeldung|Originalmeldung|Artikel) (?:de[sr]|im|in der|auf) "
    r"(?-i:[A-ZÄÖÜ][\w.-]*|[a-zäöü]{2,5}\b)(?: (?-i:[A-ZÄÖÜ][\w.-]*))*|"
    r"Download (?:der )?(?:Pressemitteilung|Pressemeldung|Pressemappe)|"
    r"Hier (?:die|der|das|finden Sie die) Links? zu [^.!?]{2,80}:|"
    r"\d{1,2} Min\.? Lesedauer|Lesedauer:?\s*\d{1,2}\s*Min(?:uten|\.)?|Inhalts?el\w{0,3}ment(?:e)? überspringen|"
    # an image's label (``Campus Kiel - Luftbild``, ``Bild vom Verwaltungsgebäude der …``, ``Logo des …``), a
    # photographer's credit as one hyphenated word (``Schmidtfoto-Chemnitz``), a page's own address
    r"[^.!?:]{2,60}\s[-–]\s(?:Luftbild|Symbolbild|Archivbild|Foto|Bild)|(?:Bild|Foto|Ansicht)\s+vom\s+(?-i:[A-ZÄÖÜ][\w-]*(?:\s+(?:der|des|von|im|am|[A-ZÄÖÜ][\w-]*)){0,8})|"
    r"Logo\s+(?:des|der|von)\s+(?-i:[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,5})|(?=\S*-)\S*[a-z]foto-(?!Wettbewerb|Ausstellung|Aktion|Workshop|Kurs|Galerie|Preis|Tour|Projekt|Safari)\S+|URL dieser Seite:?\s*\S*|[\w-]*Detailansicht"
)
_WIDGET_LINE = re.compile(
    rf"^(?:[«»‹›<>←→↑]\s*)?(?:(?:{_WIDGET_WORDS}|\d+\s*Bilder)\s*(?:[:|·•/,*&]|\.{{3}}|…)?\s*[«»‹›<>←→]?\s*)+$", re.I
)
# a teaser's link onwards (``mehr lesen``, ``» weiterlesen``)
_READ_MORE_WORDS = r"(?:[»›>][ \t]*)?(?:mehr lesen|weiterlesen|mehr|mehr erfahren|zum Artikel)[ \t]*[»›>]?"
_READ_MORE = re.compile(_READ_MORE_WORDS, re.I)
# another article's teaser in a text dump: its cut headline, then the link onwards on a line of its own
TEASER_WITH_MORE = re.compile(
    rf"^[^\n.!?]{{1,80}}(?:\.{{3}}|…)[ \t]*\n(?:[ \t]*\n)*[ \t]*{_READ_MORE_WORDS}[ \t]*$", re.M | re.I
)
# the previous or next post after the text (``← Der 1. Stammtisch steht fest!``, ``Steuerdarling →``)
_POST_NAV = re.compile(r"^[←‹]\s*\S.{0,120}$|^\S.{0,120}\s*[→›]$")
# a comment section after the text: it ends the article
_COMMENTS_HEAD = re.compile(
    r"^(?:\d+\s+)?(?:Kommentare?(?:\s*\(\d+\))?|Leserkommentare|Kommentar(?:e)? schreiben|Schreiben? Sie einen Kommentar|"
    r"Schreibe einen Kommentar|Eine Antwort hinterlassen|Diskutieren Sie mit|Ihre Meinung)\s*:?$",
    re.I,
)
# a back/print/share line: after the text, it closes the article (sidebars and footers follow)
_END_WIDGET = re.compile(r"zurück|Übersicht|Druck|drucken|teilen|empfehlen", re.I)
# a link's hint for screen readers, glued to the link's text (``hvbg.hessen.de/UF1852Öffnet sich in einem …``)
_LINK_HINT = re.compile(
    # (or the link's label run on: ``Integrationsbeauftragte des Landes Brandenburg Neues Fenster: Bild``)
    r"\s*\(?(?:Öffnet|öffnet) (?:sich )?in einem neuen (?:Fenster|Tab)\)?|(?<=[a-zäöüß])\s+Neues Fenster(?=:\s*Bild\b)"
)
_CHAR_COUNT = re.compile(
    r"\(?\b(?:\d{1,2}\.)?\d{2,5}\s+Zeichen(?:\s+inkl\.\s+Leerzeichen)?\b\)?|\(?Zeichen:\s*\d+\)?"
)
_BREADCRUMB = re.compile(
    r"^(?:Sie sind hier:?|Sie befinden sich hier:?|Pfad:|Navigationspfad:)|^(?:\S[^>»›]{0,40}?(?:\s*[>»›]|\s/(?=\s))\s*){2,}"
    # an icon font's arrow left as a digit (``Home 9 News 9 Sternsinger zu Gast …``)
    r"|^(?:Home|Startseite)\s+9\s+\S[^9]{0,40}?\s9\s"
)
_DOC_NUMBER = re.compile(r"^(?:Nr\.|Nummer|Dokument(?:nummer)?|Artikel-?Nr\.?|ID)\s*:?\s*\d{5,}$")  # ``Nr. 6127384``
_RULE_LINE = re.compile(r"^[-=_*~·•+#]{4,}$")
# newsletter furniture: ``SPARKASSEN-NEWSLETTER | Ausgabe 4/2023``, ``Sie erhalten diesen Newsletter, weil …``
_NEWSLETTER = re.compile(
    r"^[\w-]*newsletter\b[^.!?]{0,40}$|\bNewsletter\b[^.]{0,80}\b(?:abbestellen|abmelden|angemeldet|erhalten|"
    r"angezeigt|abonniert|informiert|anmelden|bestellen)\b|"
    # ``Bleiben Sie gut informiert, abonnieren Sie unseren RSS Feed …``
    r"\bab+on+ieren\s+Sie\s+unseren\s+(?:RSS|News)",
    re.I,
)
_STAND = re.compile(
    r"^(?:Stand|Zuletzt (?:aktualisiert|geändert)|Letzte Änderung)\s*(?:am|vom)?\s*:?\s*"
    # (and the section's label after it: ``Letzte Änderung am 14.06.2019 Presse``)
    r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2,4})?(?:,?\s*\d{1,2}[:.]\d{2}\s*(?:Uhr)?)?(?:\s+[A-ZÄÖÜ][a-zäöü]+)?\s*$",
    re.I,
)


# a gazette's table of contents (``Inhalt``, entries ending in ``... Seite 2``) and its section labels
_TOC_HEAD = re.compile(r"^(?:Inhalt|Inhaltsverzeichnis|Aus dem Inhalt|Inhalt dieser Ausgabe|In dieser Ausgabe)\s*:?$", re.I)
_TOC_ENTRY = re.compile(r"(?:\.{2,}|…|\s)\s*(?:Seite|S\.)\s*\d{1,3}$")
_SECTION_LABEL = re.compile(r"^(?:Nicht-?\s?)?[Aa]mtlicher\s+Teil$|^Nichtamtlicher\s+Teil$", re.I)


_FOOTER_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*[-–]\s*)?\d{4}\b.*(?:\||\bTel\b)")
# a picture's label with its credit (``Portrait Prof. Dr. Anna X, ©Max_Muster``)
# (also a short label with ``Foto:`` and the credit after it: ``Die Bestenehrung Foto: Handwerkskammer Lübeck``)
_CREDITED_CAPTION = re.compile(
    r"^(?:(?:Portr[aä]it|Foto|Bild|Grafik)\s[^©\n]{2,120}?,?\s*©\s*[\w .&/-]{2,60}|"
    r"(?:[\w-]+\s){1,6}(?:Foto|Bild)\s?:\s*(?:[A-ZÄÖÜ][\w.&/-]*\s?){1,5})$"
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|Copyright:?|Foto erstellt von|Bild erstellt von)\s", re.I)
# an image's file name left as a line (``newspapers-444447_960_720.jpg``)
_IMAGE_FILE = re.compile(
    r"^[\w.-]+\.(?:jpe?g|png|gif|webp|svg|tiff?)$|"
    # or without its extension (``weihnachtsmarkt_scheckuebergabe``, ``Sternsinger2026``)
    r"^[a-zäöü\d]+(?:_[a-zäöü\d]+)+$|^[A-ZÄÖÜ][a-zäöü]{3,}(?:19|20)\d\d$",
    re.I,
)
# a download's file details (``PDF | 38 KB | Datei ist nicht barrierefrei``)
_FILE_INFO = re.compile(r"^(?:PDF|DOCX?|XLSX?|ODT|ZIP)\s*[|,(]\s*\d[\d,.]*\s*[KMG]B\b.{0,60}$", re.I)
_CONTACT_HEAD = re.compile(
    r"^(?:(?:(?:Ihr|Ihre|Unser|Unsere)\s+)?(?:Pressekontakt|Kontakt|Medienkontakt|Ansprechpartner(?:in)?|Ansprechperson|Für Rückfragen|"
    r"Rückfragen|Pressestelle|Pressesprecher(?:in)?|Kontakt für Medien|V\.?i\.?S\.?d\.?P\.?)(?:\b|(?<=\.))[^.!?]{0,80}:?\s*(?:\n|$))|"
    # an imprint line: ``Verantwortlich:``, ``Verantwortlich für den Inhalt: …``
    r"^Verantwortlich(?:\s+(?:für\s+(?:den\s+)?Inhalt|i\.\s?S\.\s?d\.\s?P\.?|im\s+Sinne\s+des\s+Presserechts))?\s*:"
)
# a press office's label over its officer's phone or mail (``Pressearbeit``)
_OFFICE_LABEL = re.compile(r"^(?:Pressearbeit|(?:Presse-\s+und\s+)?Öffentlichkeitsarbeit)$")
_BARE_CONTACT_HEAD = re.compile(r"^(?:Kontakt|Sie haben (?:noch )?Fragen\?)$")
_CONTACT_LABEL_LINE = re.compile(
    r"^(?:Für\s+)?(?:Rückfragen|Pressekontakt|Kontakt|Medienkontakt|Ansprechpartner(?:in)?)\b[^:]{0,30}:\s"
)
# people's places in a photo (``(links)``, ``(2.v.r.)``)
_POSITIONS = re.compile(r"\((?:links|rechts|Mitte|vorne|hinten|Bildmitte|v\.\s?[lr]\.|\d\.\s?v\.\s?[lr]\.)\)")
# a caption naming people's places and closed by its credit, run into the text after it
_POSITIONED_CAPTION = re.compile(
    r"^(?=[^„“\"»«]{20,600}?\((?:links|rechts|Mitte|vorne|hinten|Bildmitte)\))[^„“\"»«]{20,600}?"
    r"\bFoto\s*:\s*[^.!?]{2,60}?(?:\([a-z]{1,4}\)|(?=\s+[A-ZÄÖÜ][a-zäöüß]+\.\s))"
)


def photo_captions(blocks: list[Block]) -> list[str]:
    """The captions of a page's photos that name people by their place in the picture (``Landrat X
    (links)``, ``v.l. X, Y``): outside the body, yet where a release may state a person's office."""
    found = []
    for b in blocks:
        text = b.text.strip()
        if (credit := _POSITIONED_CAPTION.match(text)) is not None:
            found.append(text[: credit.end()])
        elif (shown := CAPTION_TAIL.search(text)) is not None:
            found.append(shown.group(0).strip())  # ``… Unser Foto zeigt (von links) Bürgermeister X, …``
        elif len(text) < 400 and (b.hint == "caption" or _POSITIONS.search(text) or PHOTO_ORDER.search(text)):
            found.append(text)
    return found


def _contact_line(text: str) -> bool:
    """``Rückfragen bitte an: Polizeipräsidium X, Sachgebiet E 5, Telefon …``: a label, then only names,
    offices and numbers; not an appeal (``Kontakt zur Polizei: Wer den Unfall beobachtet hat, …``)."""
    label = _CONTACT_LABEL_LINE.match(text)
    if label is None or not CONTACT_LINE.search(text):
        return False
    rest = re.sub(r"\S+@\S+|(?:https?://|www\.)\S+", "", text[label.end() :])
    verb = re.search(r"\b(?:wer|bitte|meldet|melden|kann|können|ist|sind|wird|werden|hat|haben|gibt)\b", rest, re.I)
    return verb is None and not re.search(r"[a-zäöüß]{3}[.!?]\s+[A-ZÄÖÜ]", rest)


_RELATED_HEAD = re.compile(
    r"^(?:Das könnte Sie auch interessieren|(?:Weitere|Mehr)\s+(?:Storys|Meldungen|Nachrichten|Artikel)(?:\s*:\s*\S.*)?|"
    r"Ähnliche (?:Artikel|Meldungen|Beiträge)|Mehr zum Thema|Verwandte (?:Artikel|Themen)|Neueste Beiträge|"
    r"Aktuelle Meldungen|Das könnte Sie interessieren|Auch interessant|Related)\s*:?$",
    re.I,
)
_PUBLISHER = re.compile(r"^(?:Herausgeber(?:in)?|Original-Content von|Originalinhalt von)\s*:\s*(.+)$", re.M)
# where the publisher's name ends: an address part, a department, a forwarding note
_PUBLISHER_END = re.compile(
    r"\s*[·|•\n]\s*|,\s*(?=[^,]*\d)|,\s*(?=(?:Pressestelle|Presse-|Referat|Abteilung|Stabsstelle|"
    r"Öffentlichkeitsarbeit|Pressesprecher|V\.?i\.?S\.?d\.?P|übermittelt|vertreten)\b)",
)
_CONSENT = re.compile(
    r"\bCookies?\b|Cookie-\w+|\bConsent\b|Einwilligung(?:en)?\b.*\b(?:widerruf|speicher|Dienste)|"
    r"\b(?:Alle akzeptieren|Alle ablehnen|Nur notwendige|Auswahl bestätigen|Einstellungen speichern|"
    r"Datenschutzeinstellungen|Tracking-Dienste|Drittanbieter-Dienste|Google-Übersetzer\w*|"
    r"Daten an Google übermittelt|Mehr Informationen zum Datenschutz)\b|"
    r"\b(?:Diese|Unsere) (?:Web)?[Ss]eite (?:verwendet|nutzt|setzt)\b|\bWir (?:verwenden|nutzen|setzen)\b[^.]{0,60}"
    r"\b(?:Cookies|Tracking|Dienste|Technologien)\b|"
    # ``Zur … Optimierung unseres Webauftritts möchten wir gerne statistische Informationen vollständig
    # anonymisiert erfassen …`` (not a statistical office's survey: ``… statistische Informationen über …``)
    r"\b(?:Webauftritts?|Website|Webseite|Internetauftritts?)\b[^.]{0,80}\bstatistische\s+Informationen\b|"
    r"\bstatistische\s+Informationen\b[^.]{0,40}\banonymisiert\b",
    re.I,
)
_CONSENT_START = re.compile(
    r"\s+(?=(?:Wir|Diese Website|Diese Webseite|Diese Seite|Unsere Website)\s+(?:verwenden|nutzen|setzen|"
    r"verwendet|nutzt|setzt)\b)|\s+(?:(?:und\s+)?(?:aller|alle|allen|der|die|den|dem|von|unserer|unsere|Ihre|Ihrer|zur|zum|"
    r"technisch|notwendigen?|essenziellen?|essentiellen?|funktionalen?|optionalen?|externen?)\s+)+"
    r"(?:\w+\s+){0,2}?(?:Cookies?|Cookie-\w+|Tracking)\b"
)
# a banner's own words before its ``… der Verwendung von Cookies zu``: no content spliced in
_BANNER_HEAD = re.compile(
    r"\bNutzung\s+(?:der|dieser|unserer)\s+(?:Web|Internet)?(?:[Ss]eite|[Ss]ite)\b"
)
# a calendar export line of an event page (``Termin exportieren (iCal)``, ``In meinen Kalender eintragen``)
_CALENDAR = re.compile(
    r"\((?:iCal|ICS|vCal)\)|\b(?:iCal|ICS|vCal)-(?:Datei|Export)|\bTermin\s+(?:exportieren|speichern|herunterladen)\b|"
    r"\b(?:in|zu)\s+(?:meinen|meinem|Ihren|Ihrem|den|dem|Outlook-?)\s*Kalender\b|"
    r"\bKalender\s*(?:eintragen|hinzufügen|exportieren|speichern)\b",
    re.I,
)
# a download entry: a file type and/or size (``Förderaufruf (PDF, 412 KB)``, ``Satzung.pdf (214.37 KB)``)
_FILE_ENTRY = re.compile(
    r"\((?:[^()]*[\s,])?(?:PDF|DOCX?|XLSX?|PPTX?|ODT|ODS|ZIP|RTF|CSV)\b[^()]*\)|"
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|zip|rtf)\b|\b\d+(?:[.,]\d+)?\s*(?:[KkMG]i?B|Byte|Bytes)\b|"
    r"\b(?:als|im)\s+PDF\b|\bPDF-(?:Datei|Dokument|Version|Download)\b|^(?:Download|Herunterladen)\b",
)
# the heading of a link or download list after the text
_LINK_HEAD = re.compile(
    r"^(?:Downloads?|Download-?Bereich|Zum Download|Zum Herunterladen|Weitere Informationen|Weiterführende[rn]? Links?|Weiterführende "
    r"(?:Informationen|Links|Hinweise)|Mehr Informationen|Links?|Weblinks|Externe Links|Linkliste|Dokumente|"
    r"Dateien|Anlagen?|Anhänge?|Anhang|Unterlagen|Materialien|Publikationen|Service|Mehr zum Thema|"
    r"Informationen im Internet|Im Internet)\s*:?$",
    re.I,
)
# the label of a tag list (``Schlagworte``: ``Gebühren``, ``Verbandsversammlung``)
_TAG_HEAD = re.compile(
    r"^(?:Schlagw(?:orte|örter)|Stichw(?:orte|örter)|Tags?|Themen|Keywords|Kategorien?|Rubrik(?:en)?)(?![\wäöüß-])\s*:?\s*",
    re.I
)
# the end of a mailed release: a closing formula (signature and disclaimers follow)
CLOSING = re.compile(
    r"^(?:Mit\s+(?:freundlichen|besten|herzlichen|kollegialen)\s+Grüßen|(?:Freundliche|Beste|Viele|Herzliche)\s+"
    r"Grüße)\b",
    re.I,
)
_MAIL_DISCLAIMER = re.compile(
    r"\bDiese\s+(?:E-?Mail|Nachricht)\b.{0,200}\b(?:vertraulich\w*|Adressat\w*|Absender\w*|Empfänger\w*)\b", re.I
)
# a note to editors, an author or source credit after the text (``Hinweis für Redaktionen: …``, ``Quelle: Kreis X``)
_EDITOR_NOTE = re.compile(
    r"^(?:Hinweis(?:e)?\s+(?:für|an)\s+(?:die\s+)?(?:Redaktion(?:en)?|Medien(?:vertreter\w*)?|Journalist\w*)|"
    r"(?:Text|Text\s+und\s+Fotos?|Text\s*/\s*Fotos?|Autor(?:in)?|Quelle)\s*:\s*[^.!?]{2,60}$)",
    re.I,
)
# an author signing the article at its end (``Autorin: Uta Muster, Projektleiterin der Stiftung.``)
_AUTHOR_SIGNATURE = re.compile(
    r"^Autor(?:in)?\s*:\s*[A-ZÄÖÜ][^,\n]{2,60},\s+[A-ZÄÖÜ][^\n]{2,100}$|"
    # ``(Carina Karg, Pressesprecherin Landkreis Landshut)``: the press officer in brackets
    r"^\((?:[A-ZÄÖÜ][\w.-]+\s+){1,3}[A-ZÄÖÜ][\w-]+,\s+(?:Presse|Medien)\w*(?:sprecher|referent|stelle)\w*\b[^()\n]{0,80}\)$"
)
# an author's byline on a line of its own (``Von Dr. Anna Muster``)
_BYLINE = re.compile(
    r"^(?:Erstellt|Verfasst|Geschrieben)\s+von\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,4}$|"
    # ``Von Pressestelle am 18.11.2024``: the author and the date of a news item
    r"^Von\s+(?:der\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+){0,2}\s+(?:am\s+|,\s*)\d{1,2}\.\s?\d{1,2}\.\s?\d{4}$|"
    r"^Von\s+(?:(?:Dr|Prof)\.\s+)*(?!(?:Für|Und|Mit|Zu|Der|Die|Das)\b)[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:\s+(?!(?:Für|Und|Mit|Zu|Der|Die|Das)\b)[A-ZÄÖÜ][\wäöüß-]+){1,2}$"
)
_MORE_LINK = re.compile(r"^[>»→›]\s*\S")
_IMPRINT_LINE = re.compile(
    r"^(?:V\.?\s?i\.?\s?S\.?\s?d\.?\s?P\.?|Verantwortlich(?:\s+für\s+den\s+Inhalt|\s+i\.\s?S\.\s?d\.\s?P\.?)?)\s*:",
    re.M,
)
# a photo section after the text (``Bildmaterial``) and a caption ending in its credit (``… Foto: Stadt X``)
_PHOTO_HEAD = re.compile(
    r"^(?:Bildmaterial|Bilder|Fotos?|Pressefotos?|Pressebilder|Bildunterschriften?|Bildnachweise?|"
    r"(?:Bild|Bilder|Foto|Fotos)\s+zu[mr]?\s+(?:Meldung|Pressemitteilung|Nachricht|Artikel|Download))\s*:?$",
    re.I,
)
_FORWARD_MARK = re.compile(
    r"^-{2,}\s*(?:Ursprüngliche Nachricht|Weitergeleitete Nachricht|Original Message|Forwarded message)\s*-{2,}$", re.I
)
_SALUTATION = re.compile(
    r"^(?:Sehr geehrte|Liebe Kolleg|Liebe Redaktion|Liebe[r]? (?:Herr|Frau)\b|Hallo\b|Guten (?:Tag|Morgen|Abend)\b|"
    r"Moin\b|Servus\b|Grüß Gott\b)"
)


# what a cover note says of the release it brings
_COVER_CUE = re.compile(
    r"\b(?:anbei|im Anhang|beigefügt|angehängt|Pressemitteilung|Presseinformation|Medieninformation|"
    r"Veröffentlichung|veröffentlichen|weitergeleitet|weiterleiten|zur Kenntnis|Redaktion|Ausgabe)\b",
    re.I,
)


def _drop_cover_letter(blocks: list[Block]) -> list[Block]:
    """The cover note of a mailed release (``Sehr geehrte Damen und Herren, anbei …`` ``Mit freundlichen
    Grüßen`` and its signature) before the release itself: dropped up to the signature or separator line."""
    start = next((i for i, b in enumerate(blocks[:6]) if _SALUTATION.match(b.text)), None)
    if start is None:
        return blocks
    close = next((i for i in range(start + 1, min(len(blocks), start + 6)) if CLOSING.match(blocks[i].text)), None)
    if close is None or not _COVER_CUE.search(" ".join(b.text for b in blocks[start:close])):
        return blocks  # a letter that is the text itself (``Moin, liebe Husumerinnen und Husumer, …``)
    if len(blocks) - close < 4 and not any(len(b.text.split()) >= 20 for b in blocks[close + 1 :]):
        return blocks  # nothing follows the signature: the letter is the release
    end = close + 1
    closing_lines = blocks[close].text.split("\n")
    if len(closing_lines) == 1 and end < len(blocks) and _signature(blocks[end].text):
        end += 1  # the name under the closing formula
    while end < len(blocks) and _RULE_LINE.match(blocks[end].text.strip()):
        end += 1
    return blocks[:start] + blocks[end:]


def _signature(text: str) -> bool:
    lines = text.split("\n")
    return len(lines) <= 4 and all(len(x.split()) <= 6 and not re.search(r"[.!?]$", x) for x in lines)


MAIL_HEADER = re.compile(r"^(?:Von|An|Cc|Bcc|Gesendet|Betreff|Datum|From|To|Sent|Subject|Date)\s*:\s")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"»(])")


def split_sentences(text: str) -> list[str]:
    """A rough sentence split on end punctuation before a capital letter or quotation mark."""
    return [s for s in _SENTENCE.split(text) if s]


def strip_consent(text: str) -> str:
    """Remove consent-banner sentences; where one is spliced into content, keep the content part."""
    if not _CONSENT.search(text):
        return text
    out_lines = []
    for line in text.split("\n"):
        kept: list[str] = []
        for sent in split_sentences(line):
            if not _CONSENT.search(sent):
                kept.append(sent)
                continue
            m = _CONSENT_START.search(sent)
            head = sent[: m.start()] if m else ""
            # keep the spliced-in content only when it is clearly not banner text itself
            if head and len(head.split()) >= 4 and not _CONSENT.search(head) and not _BANNER_HEAD.search(head):
                kept.append(head.rstrip(" ,;:–-"))
            if dated := re.search(r"\s(\d{1,2}\.\d{1,2}\.\d{4})$", sent):
                kept.append(dated.group(1))  # ``Mehr Informationen zum Datenschutz 03.06.2016``: the date stays
        if kept:
            out_lines.append(" ".join(kept))
    return "\n".join(out_lines)


# a site logo that names its body (``Logo Niedersächsisches Justizministerium: zur Startseite``,
# ``Niedersächsisches Ministerium für … Niedersachsen klar Logo`` with the Land's brand before the word)
_LOGO_BODY = re.compile(
    r"^(?:Logo\s+(?P<linked>[^:.!?]{3,80}):\s+zur\s+Startseite\b.*|"
    r"(?P<named>[^:.!?]{3,100}?)(?:\s+[A-ZÄÖÜ][\w-]+\s+klar)?\s+Logo)$"
)


def find_publisher(blocks: list[Block]) -> str | None:
    """A publisher stated on a ``Herausgeber:`` line, or named by the site's logo."""
    first_long = next((k for k, b in enumerate(blocks) if len(b.text.split()) >= 20), len(blocks))
    for k, b in enumerate(blocks):
        # (a logo in the page's head, not a funder's under the text: ``Gefördert vom`` ¶ ``… Logo``)
        head = k < first_long and _PAGE_LEFTOVER.match(b.text.strip())
        logo = _LOGO_BODY.match(b.text.strip()) if head else None
        if logo and BODY_WORD.search(name := logo.group("linked") or logo.group("named")):
            return name
        m = _PUBLISHER.search(b.text)
        if m:
            name = _PUBLISHER_END.split(m.group(1))[0].strip(" ,.")
            if name.lower() in {"dpa", "ots", "news aktuell"} or len(name.split()) > 14:
                continue
            return name or None
    return None


# the heading of a gazette's part (``Nichtamtlicher Teil``)
_GAZETTE_PART = re.compile(r"^Nichtamtlicher\s+Teil$")


def is_breadcrumb(text: str) -> bool:
    """A breadcrumb line (``Sie sind hier: Startseite › Aktuelles``)."""
    return len(text) < 160 and _BREADCRUMB.match(text.strip()) is not None


def menu_lines(lines: list[str]) -> bool:
    """Three or more lines of a site's menu: short, no sentence (``Rathaus & Verwaltung``, ``Wirtschaft``);
    a date or the kind of text among them stays (see :func:`kept_before_menu`)."""
    menu = [x for x in lines if not kept_before_menu(x)]
    return len(menu) >= 3 and all(
        len(x.split()) <= 4 and "\n" not in x and not re.search(r"[.!?]$", x.strip()) for x in menu
    )


def kept_before_menu(line: str) -> bool:
    """A line among menu lines that belongs to the release: a date or the kind of text (``12.03.2024``,
    ``Pressemitteilung``)."""
    dated = (lead := leading_date(line.strip())) is not None and not lead[1].strip()
    return dated or re.match(rf"{RELEASE_KIND}\b", line.strip(), re.I) is not None


def is_widget(text: str) -> bool:
    """Share/print/navigation widgets, breadcrumbs, copyright lines."""
    t = text.strip()
    if " | " in t and len(t) < 160 and all(is_widget(x) for x in re.split(r"\s+\|\s+|\s+(?=©)", t)):
        return True  # ``Drucken | zum Seitenanfang © 2007-2013 i-fabrik``: a row of widgets
    if _MORE_AT.match(t) or (len(t) < 120 and _HERE_LINK.match(t)):
        return True
    buttons = re.sub(r"[()\[\]]", " ", t).strip()  # ``Seite drucken)``, ``[OK]``: stray brackets of buttons
    return bool(
        _WIDGET_LINE.match(buttons)
        or _COPYRIGHT.match(t)
        or _CREDITED_CAPTION.match(t)
        or _RULE_LINE.match(t)
        or (len(t) < 160 and (_BREADCRUMB.match(t) or _NEWSLETTER.search(t)))
        or (len(t) < 60 and _STAND.match(t))
        or bool(_SECTION_LABEL.match(t))
        or bool(_DOC_NUMBER.match(t))
        or bool(_FILE_INFO.match(t))
        or bool(_IMAGE_FILE.match(t))
        or bool(_PAGE_LEFTOVER.match(t))
    )


# a site's notice on browsers or archived items above the text (``… verwendet deshalb standardisiertes CSS (Stylesheets). Sollte Ihr
# Browser dieses nicht korrekt anzeigen, …``, ``Bitte aktivieren Sie JavaScript …``, ``Abk. = Erklärung erscheint,
# wenn Maus auf Abkürzung zeigt``)
_BROWSER_NOTICE = re.compile(
    r"\b(?:Sollte|Falls|Wenn)\s+Ihr\s+(?:Web-?)?Browser\b|\bIhr\s+(?:Web-?)?Browser\s+(?:unterstützt|ist\s+veraltet)|"
    r"\b(?:aktivieren|Aktivieren)\s+Sie\s+(?:bitte\s+)?JavaScript|\bJavaScript\s+(?:ist\s+)?(?:deaktiviert|ausgeschaltet)|"
    r"\b(?:CSS|Stylesheets?)\b.{0,80}\b(?:Browser|optimiert)|\boptimiert\b.{0,80}\b(?:CSS|Stylesheets?)\b|"
    r"\bErklärung\s+erscheint,\s+wenn\b|\bwenn\s+(?:die\s+)?Maus(?:zeiger)?\s+auf\b|"
    # (or on archived releases: ``Diese archivierte Pressemitteilung könnte inhaltlich veraltet sein``)
    r"\barchiviert\w*\s+(?:Presse)?(?:[Mm]itteilung|Meldung|Artikel|Beitr[aä]g|Inhalt)\w*\b[^.!?]{0,60}\b"
    r"(?:veraltet|nicht\s+mehr\s+(?:aktuell|verändert))|"
    r"\bSie\s+sich\s+(?:gerade\s+|hier\s+)?im\s+(?:Presse)?[Aa]rchiv\s+befinden\b|"
    r"\bBitte\s+beachten\s+Sie\b[^.!?]{0,80}\b(?:Presse)?[Aa]rchiv\b[^.!?]{0,60}\bnicht\s+mehr\s+aktuell|"
    r"\bNutzung\s+des\s+(?:Presse)?[Aa]rchivs\s+zu\s+bedenken\b|"
    r"\b(?:Pressemitteilung|Meldung|Artikel|Beitr[aä]g)\w*\s+(?:könnte|kann|können|könnten)\s+(?:inhaltlich\s+)?"
    r"veraltet"
)


def _browser_notice(text: str) -> bool:
    """A short block mostly made of sentences about the reader's browser."""
    words = len(text.split())
    if words > 80 or not _BROWSER_NOTICE.search(text):
        return False
    noticed = sum(len(s.split()) for s in split_sentences(text) if _BROWSER_NOTICE.search(s))
    return noticed * 3 >= words * 2


# a line onward to a site (``Weitere Informationen finden Sie unter: https://…``)
_MORE_AT = re.compile(
    r"^(?:Weitere|Alle|Mehr) Info(?:rmation)?(?:en|s)?\b[^.!?]{0,80}?\b(?:unter|auf|bei)\b:?[^.!?]{0,40}?"
    r"(?:https?://|www\.|[\w-]+\.(?:[\w-]+\.)*(?:de|eu|org|com)/)\S+$"  # (also ``hvbg.hessen.de/UF1852``)
)
# a link's sentence (``Die Rede können Sie hier nachlesen.``, ``Hören Sie hier rein in das Gespräch.``)
_HERE_LINK = re.compile(
    r"^[A-ZÄÖÜ][^.!?:]{0,80}\bhier\s+(?:nachlesen|nachzulesen|herunterladen|abrufen|abrufbar|anhören|ansehen|"
    r"anschauen)\.?$|^(?:Hören|Schauen)\s+Sie\s+hier\s+rein\b[^.!?:]{0,40}\.?$|"
    # ``Lesen Sie hier den ausführlichen Artikel.``, ``Das Ergebnis … finden Sie hier.``, ``Weitere Informationen:hier.``
    r"^(?:Lesen|Sehen)\s+Sie\s+hier\s[^.!?:]{2,60}\.?$|"
    r"^[A-ZÄÖÜ][^.!?:]{0,80}?(?:[Ii]nformation|[Ee]rgebnis|[Bb]ericht|Übersicht|[Dd]okument|[Dd]ownload|"
    r"[Uu]nterlagen|Details|PDF|[Vv]ideo|[Ff]otos|[Bb]ilder|[Pp]rogramm|[Ff]ormular)[^.!?:]{0,80}\bfinden\s+Sie\s+"
    r"hier\.?$|"
    r"^Weitere\s+Informationen:\s*hier\.?$|"
    # a pointer to a file or attachment (``Weitere Informationen … finden Sie in folgender Pressemitteilung: DOC_…``)
    r"^Weitere\s+Info(?:rmation)?(?:en|s)?\b[^.!?:]{0,60}\bfinden\s+Sie\s+(?:in\s+(?:der\s+)?folgende[mnr]?|"
    r"im(?:\s+folgenden)?)\s+(?:Pressemitteilung|Datei|Dokument|Anhang|PDF|Link)\s*:\s*\S+$"
)
# the same sentence closing the text's last paragraph; a pointer to an earlier release
_MORE_AT_TAIL = re.compile(
    rf"(?<=[.!?])\s+(?={_MORE_AT.pattern[1:]}|{_SEE_ALSO}$)"
)
# a site logo's alt text (``Logo: Landkreis Barnim``), the tail of a cut-off label (``: 56``)
_LOGO_WORD = r"(?:[A-ZÄÖÜ][\wäöüß./()-]*|der|des|von|an|am|im|in|und)"
_PAGE_LEFTOVER = re.compile(
    # (after a skip link: ``Zum Seiteninhalt Logo der Architektenkammer …``; a year's pager: ``« 2022 »``)
    r"^(?:(?:Direkt\s+)?[Zz]um\s+(?:Seiten)?[Ii]nhalt(?:\s+springen)?\s+)?"
    rf"(?:[«‹<]\s+(?:19|20)\d\d\s+[»›>]|Logo:\s.{{1,80}}|Logo\s+(?:der|des|von)(?:\s+{_LOGO_WORD}){{1,8}}|[:;,|–-]\s*\d{{1,4}}|"
    # ``Logo LDI NRW``: the logo's name in capitals
    r"Logo(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ0-9.&-]+){1,4}|"
    # ``Logo Klinikum Aschaffenburg`` on its own line; a page's loading notice (``Bitte warten...``)
    r"Logo\s+(?:der\s+|des\s+)?(?:Stadt|Gemeinde|Klinikum|Kliniken|Landkreis|Kreis|Amt|Universität|Hochschule|"
    r"Landratsamt|Bezirksamt|Kreisverwaltung)\b(?:\s+[A-ZÄÖÜ][\wäöüß.-]*){0,4}|Bitte\s+warten\s*(?:\.{3}|…)?|"
    # a linked logo (``Logo Niedersächsisches Justizministerium: zur Startseite …``), a body's name with its
    # brand over the word (``Niedersächsisches Ministerium für … Niedersachsen klar Logo``)
    r"Logo\s[^.!?]{3,80}:\s+zur\s+Startseite\b.{0,60}|"
    rf"(?:{_LOGO_WORD}|klar|für),?(?:\s+(?:{_LOGO_WORD}|klar|für),?){{3,14}}\s+Logo)$"
)


# a menu's label or a consent banner's heading right under the site's name
_MENU_OR_CONSENT = re.compile(r"^(?:Navigation und Service|Hauptnavigation|Hinweis zur Verwendung von Cookies)\b")


def _site_name(b: Block) -> bool:
    """A line that may be the site's name over its menu (``Paul-Ehrlich-Institut``, ``BfArM - Bundesinstitut
    für …``): short, no sentence, a body's name or an abbreviation (not ``Sommerfest im Stadtpark``)."""
    text = b.text
    if b.is_heading or "\n" in text or len(text.split()) > 8 or re.search(r"[.!?:\d]", text):
        return False
    if any(w[:1].islower() and w not in {"für", "und", "der", "des", "-", "–"} for w in text.split()):
        return False  # ``Neue Kita in Neustadt eröffnet``: a headline
    return BODY_WORD.search(text) is not None or re.search(r"\b[A-ZÄÖÜ][\wÄÖÜ]*[A-ZÄÖÜ]\w*\b", text) is not None


# a page's field of its release's place and date, over the text
_PLACE_DATE_FIELD = re.compile(r"Ort\s+und\s+Datum\s*:\s*([^\d,\n]{2,40},\s*\d[^\n]{4,30})$")


# a release's kind in brackets opening its text
_BRACKETED_KIND = re.compile(r"^\((?:Presse|Medien)?(?:mitteilung|information|meldung)\)\s*(?=\S)", re.I)
# a person's name alone on a line (a contact box's)
_CONTACT_PERSON = re.compile(r"(?:(?:Dr\.|Prof\.)\s+)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){1,2}")


def clean_blocks(blocks: list[Block]) -> list[Block]:
    """Drop boilerplate blocks, strip character counts and consent text, cut trailing contact blocks."""
    out: list[Block] = []
    in_contact = False
    long_paras = 0
    end_at: int | None = None  # the article ends with a back/print/share line
    kept = _drop_cover_letter(blocks)
    last_long = max((k for k, b in enumerate(kept) if len(b.text.split()) >= 20), default=-1)
    first_long = min((k for k, b in enumerate(kept) if len(b.text.split()) >= 20), default=len(kept))
    # a carousel's slide title over the text, three times or more (``Willkommen in Heiligenhafen``), where
    # another headline follows it (not the headline itself repeated in a breadcrumb, an h1 and a print head)
    lead = [b.text.strip() for b in kept[:first_long]]
    repeated = {t for t, n in Counter(t for t in lead if len(t) < 100).items() if n >= 3}
    last = max((k for k, t in enumerate(lead) if t in repeated), default=-1)
    headline_after = any(
        len(t.split()) <= 15 and not re.search(r"[.!?]$", t) and t not in repeated for t in lead[last + 1 :]
    )
    slides = repeated if headline_after else set()
    for k, b in enumerate(kept):
        if k < first_long and b.text.strip() in slides:
            continue
        if b.kind == "li" and b.text.strip() == "Herausgeber" and k < first_long:
            continue  # a skip link's target over the text (``1. Navigation 2. Inhalt 3. Herausgeber``)
        if k < first_long and (labelled := _PLACE_DATE_FIELD.match(b.text.strip())):
            b = Block("p", labelled.group(1))  # ``- Ort und Datum : Hamburg, 25. September 2023``: the line
        lines = [x for x in b.text.split("\n") if not _FORWARD_MARK.match(x.strip())]
        sender = any(re.match(r"(?:Von|From)\s*:", x) for x in lines)
        if not out and lines and all(MAIL_HEADER.match(x) for x in lines) and sender:
            continue  # a forwarded e-mail's header (``Von:``, ``Gesendet:``, ``Betreff:``)
        following = kept[k + 1].text.strip() if k + 1 < len(kept) else ""
        teaser = re.fullmatch(r"[^\n.!?]{1,80}(?:\.{3}|…)", b.text.strip())
        if teaser and _READ_MORE.fullmatch(following):
            continue  # ``Kräftemessen in Ludwigslust...`` ¶ ``mehr lesen``: another article's teaser
        head_line = b.text.split("\n")[0].strip()
        if (_RELATED_HEAD.match(head_line) or _COMMENTS_HEAD.match(head_line)) and (b.is_heading or long_paras >= 1):
            break  # a related-articles teaser list or the comments end the article
        if long_paras and len(b.text) < 140 and "\n" not in b.text and _POST_NAV.match(b.text.strip()):
            continue

        if long_paras and _FOOTER_COPYRIGHT.match(b.text.strip()):
            break  # ``© 2011 Landratsamt X | Brückenstr. 2 | Tel …``: the page's footer follows the release
        if long_paras and _IMPRINT_HEAD.match(b.text):
            break  # ``Impressum: Ministerium … Verantwortlich: …``: the page's imprint follows the release
        fragment = len(out) > 1 and re.match(r"[§(a-zäöüß]", out[1].text)  # the end of another notice
        if _GAZETTE_PART.match(b.text.strip()) and blocks and GAZETTE.match(blocks[0].text) and fragment:
            # ``Amtsblatt des Amtes X`` … ``Nichtamtlicher Teil``: what precedes the part's heading is the
            # end of another notice (``§ 3 Inkrafttreten``, ``gez. …``)
            del out[1 if out and GAZETTE.match(out[0].text) else 0 :]  # the masthead stays
            long_paras = 0
            continue
        if out and len(b.text) < 120 and GAZETTE.match(b.text) and re.search(r"\bNr\.\s*\d", b.text):
            continue  # the gazette's running header on a later page (``Amtsblatt … · Nr. 6 · Juni 2025``)
        text = _LINK_HINT.sub("", _CHAR_COUNT.sub("", b.text)).strip()
        text = _IMPRINT_TAIL.sub("", strip_consent(_WORD_STYLES.sub("", text))).strip()
        if long_paras == 0:
            text = _BRACKETED_KIND.sub("", text)  # ``(Pressemitteilung)Saarbrückens Oberbürgermeister …``
        if (shown := CAPTION_TAIL.search(text)) is not None and shown.start() > 200:
            text = text[: shown.start()]  # ``… Unser Foto zeigt (von links) X, Y mit dem Bescheid.``: a caption
        if len(text) < 1000 and (more := _MORE_AT_TAIL.search(text)) is not None:
            text = text[: more.start()]  # ``… 31. März 2020. Alle Infos … gibt es unter: www.…``: a link onwards
        if is_widget(text) and long_paras >= 2 and _END_WIDGET.search(text):
            end_at = len(out)
        text = "\n".join(line for line in text.split("\n") if not is_widget(line))
        if long_paras == 0 and {"Deutsch", "English"} <= set(text.split("\n")):
            # ``Deutsch`` / ``English``: a language switch over the text (not a course list's subject)
            text = "\n".join(line for line in text.split("\n") if line not in {"Deutsch", "English"})
        if long_paras == 0 and is_breadcrumb(text) and menu_lines([o.text for o in out]):
            out[:] = [o for o in out if kept_before_menu(o.text)]  # a page copy's menu lines before its breadcrumb
        if _BARE_CONTACT_HEAD.match(b.text.strip()) and long_paras and k > last_long and not b.is_heading:
            # ``Kontakt``, ``Sie haben noch Fragen?`` after the text's last paragraph: the press office's block
            in_contact = True
            continue
        if not text or is_widget(text) or _PUBLISHER.match(text):
            if long_paras == 0 and len(out) == 1 and _site_name(out[0]) and _MENU_OR_CONSENT.search(b.text):
                out.pop()  # ``BfArM - Bundesinstitut …`` ¶ ``Navigation und Service``: the site's name
            continue
        if long_paras == 0 and _browser_notice(text):
            continue
        if (credit := _POSITIONED_CAPTION.match(text)) is not None:
            # ``X (vorne) und Y (links) trugen sich … ein. Foto: Stadt Z (sp) Lüneburg. Eine …``: the picture's
            # caption and credit opening the text
            text = text[credit.end() :].strip()
            if not text:
                continue
        if len(text.split()) <= 45 and _POSITIONS.search(text) and not re.search(r"[„“\"»«]", text):
            continue  # ``Der Regierungspräsident traf sich mit Landrat X (links) und Y (rechts).``: a caption
        if long_paras and CLOSING.match(text):
            break  # ``Mit freundlichen Grüßen``: the signature and the mail's disclaimer follow
        if _MAIL_DISCLAIMER.search(text):
            continue
        if len(text) < 300 and _IMPRINT_LINE.search(text) and (out or long_paras):
            in_contact = True  # ``V.i.S.d.P.: …``, ``Verantwortlich:``: the press office's address follows
            continue
        if long_paras >= 3 and _AUTHOR_SIGNATURE.match(text):
            break  # ``Autorin: Uta Muster, Projektleiterin.`` signs the article; footnotes and appendices follow
        if long_paras and _EDITOR_NOTE.match(text):
            continue
        if not b.is_heading and (_BYLINE.match(text) or (b.links >= 0.9 and _MORE_LINK.match(text))):
            continue  # ``Von Ulrich Nitsche``: the author; ``> Laien im Bestattungsdienst``: a link onwards
        if _TOC_HEAD.match(text) and long_paras == 0:
            continue
        if len(text) < 300 and _TOC_ENTRY.search(text) and "\n" not in text:
            continue  # an entry of a table of contents
        prose = len(text.split()) >= 20 and re.search(r"[.!?“\"]", text) is not None
        had_text = long_paras >= 1
        if not b.is_heading and prose:
            long_paras += 1
            end_at = None
        nxt = kept[k + 1].text if k + 1 < len(kept) else ""
        if _OFFICE_LABEL.match(text) and CONTACT_LINE.search(nxt) and len(nxt) < 120:
            in_contact = True  # ``Pressearbeit`` ¶ ``t: +49(0)355 …``: the press officer's box
            continue
        if (_CONTACT_HEAD.match(text) and not b.is_heading) or (
            b.is_heading and _CONTACT_HEAD.match(text + "\n")
        ):
            # a press office heading the document is its letterhead, not a contact block
            in_contact = bool(out or long_paras or CONTACT_LINE.search(text))
            continue
        # a letterhead's press office and address end at the release's label (``Pressemitteilung Nr. 18``)
        label = long_paras == 0 and re.match(rf"{RELEASE_KIND}\b", text, re.I) is not None
        short = len(text) < 200 and (CONTACT_LINE.search(text) or "\n" in text or len(text) < 60)
        short = short or (len(text) < 200 and re.search(r"\bPresse(?:sprecher|referent|stelle)", text) is not None)
        if in_contact and not label and short:
            continue
        if long_paras and len(text) < 250 and _contact_line(text):
            continue  # ``Rückfragen bitte an: Polizeipräsidium …, Telefon 0921 …``: a contact in one line
        in_contact = False
        if len(text) < 200 and len(CONTACT_LINE.findall(text)) >= 2 and not re.search(r"[„“\"»]", text):
            labelled = any(_BARE_CONTACT_HEAD.match(x.text.strip()) for x in kept[max(0, k - 4) : k])
            while labelled and long_paras == 0 and out and _CONTACT_PERSON.fullmatch(out[-1].text.strip()):
                out.pop()  # ``Kontakt`` / ``Panagiota X`` over her numbers above the text: the box's name
            continue
        if (
            not b.is_heading
            and is_address(text)
            and not re.search(r"[„“\"»]", text)
            and had_text
            and not (prose and re.search(r"[.!?]$", text))  # a sentence naming a place is no address line
            and not re.match(rf"{RELEASE_KIND}\s+vom\b", text, re.I)
        ):
            continue  # an address line of a letterhead or footer
        out.append(replace(b, text=text))
    out = out[:end_at] if end_at is not None else out
    while len(out) > 1 and _signed(out[-1].text):
        out.pop()  # ``gez. Frauke Liebig`` / ``Stefanie Hollmann`` + ``Pressesprecherin`` closing the release
    if len(out) > 2 and _signed(out[-2].text) and len(out[-1].text.split()) <= 3:
        del out[-2:]  # the signature, then a picture's label (``Rathausuhr``)
    if len(out) > 2 and _signed(f"{out[-2].text}\n{out[-1].text}"):
        del out[-2:]  # ``Birgit Kaden`` ¶ ``Bürgermeisterin``: a signature of a paragraph to a line
    if len(out) > 1 and _YOURS.match(out[-1].text):
        out.pop()  # ``Ihr Landrat Tino Schomann``
    return _drop_link_lists(out)


def drop_trailing_menu(blocks: list[Block]) -> list[Block]:
    """A run of four or more short lines without sentence punctuation after the last paragraph of text (a
    dumped page's sidebar or footer menu: ``Eberswalder Bürgerbudget``, ``Verkehr/ Baustellen``) ends it."""
    def short(b: Block) -> bool:
        words = len(b.text.split())
        ended = re.search(r"[.!?:“\"]$", b.text)
        return b.kind == "p" and "\n" not in b.text and words <= 10 and (not ended or words <= 8)

    k = len(blocks)
    while k > 0 and short(blocks[k - 1]):
        k -= 1
    run = blocks[k:]
    labels = sum(1 for b in run if not re.search(r"[.!?:“\"]$", b.text))
    introduced = any(b.text.endswith(":") for b in run)  # ``Verbandsmitglieder:`` over its list: text
    # ``Gemeinde Apelern (mit den Ortsteilen …)``, ``Flecken Lauenau``: a list of municipalities, not a menu
    kinded = sum(1 for b in run if (m := parse_member(b.text)) is not None and m.kind is not None)
    listed = kinded >= 3 and kinded >= len(run) - 1  # all but a heading over them
    listed = listed or any(CLOSING.match(b.text) for b in run)  # ``Beste Grüße`` / name / office: a signature
    if len(run) >= 4 and labels >= 3 and not introduced and not listed and any(len(b.text.split()) >= 20 for b in blocks[:k]):
        return blocks[:k]  # captions of the last pictures go with it
    return blocks


# Word's pasted style sheet (``Normal 0 21 false false false … /* Style Definitions */ table.MsoNormalTable {…}``)
_WORD_STYLES = re.compile(
    r"(?:\bNormal\s+0\s+(?:\d+\s+)?false\s+false\s+false\b"
    r"(?:\s+(?:[A-Z]{2}(?:-[A-Z]{2})?|X-NONE|MicrosoftInternetExplorer\d))*\s*)?"
    r"/\*\s*Style Definitions\s*\*/\s*(?:[\w.#:-]+\s*\{[^{}]*\}\s*)+"
    r"|\bNormal\s+0\s+(?:\d+\s+)?false\s+false\s+false\b"
    r"(?:\s+(?:[A-Z]{2}(?:-[A-Z]{2})?|X-NONE|MicrosoftInternetExplorer\d))*"
)
_IMPRINT_HEAD = re.compile(r"^\s*Impressum\s*:")
# ``… geboten werden kann. Impressum: Polizeidirektion Dessau Pressestelle …``: a flattened page's imprint
_IMPRINT_TAIL = re.compile(r"(?<=[.!?“”\"¿])\s+Impressum\s*:\s.*$", re.S)
_SIGNED_WITH_OFFICE = re.compile(r"^[Gg]ez\.\s+(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)?,\s+\S.{0,60}$")
_SIGNER = re.compile(r"^(?:[Gg]ez\.\s+)?(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?$")


# a greeting's signature: ``Ihr Landrat Tino Schomann``, ``Ihre Bürgermeisterin Anna Beispiel``
_YOURS = re.compile(r"^(?:Ihr|Ihre|Euer|Eure)\s+[A-ZÄÖÜ][\wäöüß-]+\s+(?:(?:Dr|Prof)\.\s+)*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\w-]+$")


def _signed(text: str) -> bool:
    """A signature closing a release: a name (``gez. …``) and the signer's function on the next line."""
    lines = [x.strip() for x in text.split("\n") if x.strip()]
    if lines and len(lines) <= 3 and _SIGNED_WITH_OFFICE.match(lines[0]):
        return True  # ``Gez. Dr. Bader, Oberbürgermeister``
    if not lines or len(lines) > 3 or not _SIGNER.match(lines[0]):
        return False
    if lines[0].lower().startswith("gez."):
        return True
    return len(lines) >= 2 and len(lines[1].split()) <= 5 and is_role_word(lines[1].split()[0])


def _link_item(b: Block) -> bool:
    """A link or download entry: mostly link text or a file entry, no running text."""
    if b.is_heading or b.kind == "table" or len(b.text.split()) > 20:
        return False
    if _FILE_ENTRY.search(b.text):
        return True
    return b.links >= 0.6 and not re.search(r"[.!?]$", b.text)


def _teaser_text(b: Block) -> bool:
    return not b.is_heading and b.links >= 0.5 and len(b.text.split()) <= 40


def _caption(b: Block) -> bool:
    """A photo caption ending in its credit (``Auszubildende in Straubing. Foto: HWK (Abdruck honorarfrei)``)."""
    return not b.is_heading and len(b.text.split()) <= 40 and bool(CREDIT_END.search(b.text))


def _tag_item(b: Block) -> bool:
    return not b.is_heading and len(b.text.split()) <= 4 and not re.search(r"[.!?:]$", b.text)


def _drop_link_lists(blocks: list[Block]) -> list[Block]:
    """Remove what follows the text as lists of links, downloads and tags: a block headed ``Downloads`` /
    ``Weitere Informationen`` / ``Links`` / ``Dokumente`` / ``Anlagen`` whose entries are links or files,
    a ``Schlagworte``/``Tags`` list, a single download entry (``Bekanntmachung als PDF (98 KB)``) and a
    calendar export line. Only after the text has begun (a paragraph of running text before)."""
    out: list[Block] = []
    text_seen = False
    i = 0
    while i < len(blocks):
        b = blocks[i]
        first = b.text.split("\n")[0].strip()
        if text_seen and len(first.split()) <= 4:
            # a list head: the entries that follow (or the rest of its own block)
            j = i + 1
            if _LINK_HEAD.match(first) and (b.is_heading or b.kind == "p"):
                while j < len(blocks) and _link_item(blocks[j]):
                    j += 1
                if j > i + 1 or ("\n" in b.text and b.links >= 0.5):
                    i = j
                    continue
            tag = _TAG_HEAD.match(first)
            if tag and (b.is_heading or b.kind == "p"):
                if first[tag.end() :].strip():  # ``Schlagworte: Gebühren, Verbandsversammlung``
                    i += 1
                    continue
                while j < len(blocks) and _tag_item(blocks[j]) and (blocks[j].links >= 0.6 or b.hint):
                    j += 1
                if j > i + 1 or first == b.text.strip():  # the list, or a lone label (``Kategorie``)
                    i = j
                    continue
        if text_seen and _PHOTO_HEAD.match(first) and first == b.text.strip():
            j = i + 1
            while j < len(blocks) and _caption(blocks[j]):
                j += 1
            if j > i + 1:
                i = j  # the photo section: its heading and captions
                continue
        again = i + 1 < len(blocks) and blocks[i + 1].text.strip() == uncredited(b.text)
        if _caption(b) and (text_seen or again or "<br>Foto" in b.text):
            # (before the text too, with the same caption repeated without its credit under it, or a page's
            # line break before the credit)
            i += 2 if again else 1
            continue
        if text_seen and b.is_heading and b.links >= 0.9:
            i += 1  # a teaser card of another article: its linked headline, then its teaser text
            while i < len(blocks) and _teaser_text(blocks[i]):
                i += 1
            continue
        if text_seen and len(b.text) < 160 and _CALENDAR.search(b.text) and (b.links >= 0.5 or len(b.text) < 60):
            i += 1
            continue
        if (
            text_seen
            and not b.is_heading
            and b.links >= 0.6
            and len(b.text.split()) <= 15
            and _FILE_ENTRY.search(b.text)
        ):
            i += 1  # a single download entry after the text
            continue
        if not b.is_heading and len(b.text.split()) >= 12 and re.search(r"[.!?“\"]", b.text):
            text_seen = True
        out.append(b)
        i += 1
    return out
