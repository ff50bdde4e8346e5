"""Builds the gold_blind5 set: documents in docs/ and one gold JSON per document.

Every document text and gold value is hand-written for this set (invented texts and speakers).
Run: .venv/bin/python tests/gold_blind5/_build.py  (checks that gold strings occur verbatim).

Convention amended on 2026-11-27, after the set was written, to follow the annotators of real held-out
releases: a span of years after a cue ("Schuljahr 2023/24", "Winter 2024/25") gives both years.
Records changed: h01, t05.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE / "docs"

COOKIE = (
    '<div id="cookie-banner" class="cookie-consent"><p>Diese Website verwendet Cookies, um Ihnen '
    "den bestmöglichen Service zu bieten. Mit der Nutzung stimmen Sie der Verwendung von Cookies zu.</p>"
    '<button>Alle akzeptieren</button> <button>Nur notwendige Cookies</button> '
    '<a href="/datenschutz">Cookie-Einstellungen</a></div>'
)


def body_text(blocks: list) -> str:
    out = []
    for b in blocks:
        if isinstance(b, list):
            out.append("\n".join("- " + i for i in b))
        elif b.startswith("## "):
            out.append(b[3:])
        else:
            out.append(b)
    return "\n\n".join(out)


def body_html(blocks: list, heading: str = "h2", lead_strong: bool = False) -> str:
    out = []
    for n, b in enumerate(blocks):
        if isinstance(b, list):
            out.append("<ul>\n" + "\n".join(f"  <li>{i}</li>" for i in b) + "\n</ul>")
        elif b.startswith("## "):
            out.append(f"<{heading}>{b[3:]}</{heading}>")
        elif n == 0 and lead_strong:
            out.append(f"<p><strong>{b}</strong></p>")
        else:
            out.append(f"<p>{b}</p>")
    return "\n".join(out)


def body_plain(blocks: list, bullet: str = "- ") -> str:
    out = []
    for b in blocks:
        if isinstance(b, list):
            out.append("\n".join(bullet + i for i in b))
        elif b.startswith("## "):
            out.append(b[3:])
        else:
            out.append(b)
    return "\n\n".join(out)


def sp(name, role, org, quotes, honorific=None):
    parts = name.split()
    rest = [p for p in parts if not p.endswith(".")]
    return {
        "name": name,
        "honorific": honorific,
        "given_name": rest[0],
        "surname": " ".join(rest[1:]),
        "role": role,
        "organisation": org,
        "quotes": quotes,
    }


def ml(label, members):
    return {"label": label, "members": [{"name": n, "kind": k} for n, k in members]}


SETS: list[dict] = []


def add(slug, ext, text, gold, blocks, encoding="utf-8"):
    SETS.append({"slug": slug, "ext": ext, "text": text, "gold": gold, "blocks": blocks, "encoding": encoding})


# ---------------------------------------------------------------------------------------------
# h01 TYPO3, Landkreis Oder-Spree
B = [
    "(Beeskow) Der Kreistag des Landkreises Oder-Spree hat in seiner Sitzung am 6. März 2024 den Schulentwicklungsplan für die Jahre 2024 bis 2029 beschlossen. Mit 41 Ja-Stimmen bei sechs Gegenstimmen und zwei Enthaltungen folgte das Gremium der Vorlage der Verwaltung.",
    "Der Plan sieht unter anderem vor, die Oberschule in Storkow (Mark) um zwei Züge zu erweitern und am Gymnasium in Fürstenwalde/Spree einen zusätzlichen Fachraumtrakt zu errichten. Insgesamt sind Investitionen von rund 38 Millionen Euro vorgesehen.",
    "„Wir reagieren damit auf die steigenden Schülerzahlen im berlinnahen Raum und sichern zugleich die kleinen Standorte im Süden des Landkreises“, sagte Rolf Behnke, Landrat des Landkreises Oder-Spree, nach der Abstimmung. „Keine Schule wird geschlossen.“",
    "## Zahlen und Prognosen",
    "Die Beigeordnete für Bildung und Kultur, Dr. Ines Wartmann, hatte dem Kreistag zuvor die Prognose vorgestellt. Danach steigt die Zahl der Schülerinnen und Schüler an den weiterführenden Schulen bis zum Schuljahr 2028/29 um etwa elf Prozent. Besonders stark sei der Zuwachs im Raum Erkner und Schöneiche bei Berlin.",
    "„Die Kapazitäten an den Oberschulen sind schon heute fast ausgeschöpft. Ohne die Erweiterungen müssten wir ab 2026 Schülerinnen und Schüler in andere Regionen umlenken“, erklärte Wartmann.",
    "Der Schulentwicklungsplan tritt nach der Genehmigung durch das Ministerium für Bildung, Jugend und Sport in Kraft. Die Verwaltung rechnet damit bis Ende Mai 2024.",
]
T = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Kreistag beschließt Schulentwicklungsplan - Landkreis Oder-Spree</title>
<meta name="description" content="Pressemitteilung des Landkreises Oder-Spree"></head>
<body class="page-news">
{COOKIE}
<header id="header"><a href="/" class="logo">Landkreis Oder-Spree</a>
<nav class="main-nav"><ul><li><a href="/buergerservice">Bürgerservice</a></li><li><a href="/kreisverwaltung">Kreisverwaltung</a></li><li><a href="/kreistag">Kreistag</a></li><li><a href="/presse" class="active">Presse</a></li></ul></nav>
<form class="search"><input name="q" placeholder="Suchbegriff"><button>Suchen</button></form></header>
<div class="breadcrumb"><a href="/">Startseite</a> › <a href="/presse">Presse</a> › <span>Kreistag beschließt Schulentwicklungsplan</span></div>
<main id="content">
<div class="news news-single">
<div class="article">
<div class="news-list-category">Pressemitteilung</div>
<div class="header">
<p class="news-kicker">Bildung</p>
<h1>Kreistag beschließt Schulentwicklungsplan</h1>
<p class="teaser-subheader">Zwei Schulen werden erweitert, kein Standort wird geschlossen</p>
</div>
<div class="news-list-date"><span>Veröffentlicht am</span> <time datetime="2024-03-07">07.03.2024</time></div>
<div class="news-img-wrap"><figure><img src="/fileadmin/kreistag.jpg" alt="Kreistagssitzung"><figcaption>Der Kreistag tagte im Saal der Kreisverwaltung. Foto: Landkreis Oder-Spree</figcaption></figure></div>
<div class="news-text-wrap">
{body_html(B)}
</div>
<div class="news-backlink-wrap"><a href="/presse">Zurück zur Übersicht</a></div>
</div>
<aside class="news-related"><h3>Weitere Meldungen</h3><ul>
<li><a href="/presse/1">Kreismusikschule startet Anmeldung für das Herbstsemester</a></li>
<li><a href="/presse/2">Sprechzeiten der Zulassungsstelle in Eisenhüttenstadt geändert</a></li></ul></aside>
</div>
</main>
<aside class="sidebar"><h3>Kontakt Pressestelle</h3><p>Breitscheidstraße 7, 15848 Beeskow<br>Telefon 03366 35-0</p></aside>
<footer><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul><p>© 2024 Landkreis Oder-Spree</p></footer>
</body></html>
"""
add("h01-typo3-los-schulentwicklung", "html", T, {
    "title": "Kreistag beschließt Schulentwicklungsplan",
    "subtitle": "Zwei Schulen werden erweitert, kein Standort wird geschlossen",
    "kicker": "Bildung",
    "categories": ["Pressemitteilung"],
    "date": "2024-03-07",
    "place": "Beeskow",
    "speakers": [
        sp("Rolf Behnke", "Landrat des Landkreises Oder-Spree", "Landkreis Oder-Spree", [
            "Wir reagieren damit auf die steigenden Schülerzahlen im berlinnahen Raum und sichern zugleich die kleinen Standorte im Süden des Landkreises",
            "Keine Schule wird geschlossen.",
        ]),
        sp("Dr. Ines Wartmann", "Beigeordnete für Bildung und Kultur", None, [
            "Die Kapazitäten an den Oberschulen sind schon heute fast ausgeschöpft. Ohne die Erweiterungen müssten wir ab 2026 Schülerinnen und Schüler in andere Regionen umlenken",
        ], "Dr."),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024", "2024-03-06", "2024-05", "2026", "2028", "2029"],
    "body_must_not_contain": ["Cookies", "Zurück zur Übersicht", "Kreismusikschule startet", "Breitscheidstraße 7", "Foto: Landkreis Oder-Spree", "Bürgerservice"],
    "notes": [
        "'Pressemitteilung' (news-list-category) is a category; 'Bildung' above the h1 is the kicker.",
        "Every calendar date/month/year the body names counts (also inside quotes): 'für die Jahre 2024 bis 2029' -> 2024, 2029; 'ab 2026' -> 2026; 'Ende Mai 2024' -> 2024-05. School-year notation 'Schuljahr 2028/29' is not a date.",
        "Wartmann's 'Besonders stark sei ...' is indirect speech.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# h02 WordPress, Amt Brück, inline member list
B = [
    "Brück. Die sechs amtsangehörigen Gemeinden des Amtes Brück wollen ihre Feuerwehren künftig gemeinsam mit Atemschutztechnik ausstatten. Einen entsprechenden Beschluss hat der Amtsausschuss am Dienstagabend einstimmig gefasst.",
    "Beteiligt sind die Stadt Brück sowie die Gemeinden Borkheide, Borkwalde, Golzow, Linthe und Planebruch. Sie teilen sich die Kosten für eine zentrale Atemschutzwerkstatt am Gerätehaus in Brück, die bis zum Herbst 2025 eingerichtet werden soll.",
    "„Bisher musste jede Wehr ihre Geräte zur Prüfung nach Bad Belzig bringen. Das kostet Zeit, und in dieser Zeit fehlen die Geräte im Einsatz“, sagt Amtsdirektor Holger Penske. Amtswehrführer Mario Gutsche ergänzt: „Mit der eigenen Werkstatt können wir die Prüffristen sicher einhalten und die Kameradinnen und Kameraden vor Ort schulen.“",
    "Die Kosten von rund 240.000 Euro werden nach der Zahl der aktiven Atemschutzgeräteträger auf die Gemeinden umgelegt. Fördermittel des Landes sind beantragt.",
]
T = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gemeinsame Atemschutzwerkstatt für alle Wehren &#8211; Amt Brück</title>
<link rel="stylesheet" href="/wp-content/themes/amt/style.css">
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#primary">Zum Inhalt springen</a>
<div class="cmplz-cookiebanner"><div class="cmplz-message">Wir verwenden Cookies, um unsere Website zu optimieren.</div><button class="cmplz-accept">Akzeptieren</button><button class="cmplz-deny">Ablehnen</button></div>
<header class="site-header"><p class="site-title"><a href="/">Amt Brück</a></p><p class="site-description">Verwaltung für Brück, Borkheide, Borkwalde, Golzow, Linthe und Planebruch</p>
<nav id="site-navigation"><ul id="primary-menu"><li><a href="/rathaus/">Rathaus</a></li><li><a href="/aktuelles/">Aktuelles</a></li><li><a href="/feuerwehr/">Feuerwehr</a></li><li><a href="/kontakt/">Kontakt</a></li></ul></nav></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1187" class="post-1187 post type-post status-publish category-aktuelles category-feuerwehr">
<header class="entry-header">
<h1 class="entry-title">Gemeinsame Atemschutzwerkstatt für alle Wehren</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <a href="/2025/01/15/atemschutz/" rel="bookmark"><time class="entry-date published" datetime="2025-01-15T09:30:00+01:00">15. Januar 2025</time><time class="updated" datetime="2025-01-20T11:02:00+01:00">20. Januar 2025</time></a></span><span class="byline"> von <span class="author vcard">Hauptamt</span></span></div>
</header>
<div class="entry-content">
{body_html(B)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Teilen mit:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">Drucken</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="/category/aktuelles/" rel="category tag">Aktuelles</a>, <a href="/category/feuerwehr/" rel="category tag">Feuerwehr</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="/2025/01/10/">Vorheriger Beitrag: Sprechtag der Schiedsstelle im Februar</a></div><div class="nav-next"><a href="/2025/01/22/">Nächster Beitrag: Winterdienst – Hinweise für Anlieger</a></div></nav>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Öffnungszeiten</h2><p>Di 9–12 und 13–18 Uhr, Do 9–12 Uhr</p></section></aside>
<footer class="site-footer"><p>Amt Brück · Ernst-Thälmann-Straße 59 · 14822 Brück</p><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutzerklärung</a></footer>
</body></html>
"""
add("h02-wordpress-amt-brueck-atemschutz", "html", T, {
    "title": "Gemeinsame Atemschutzwerkstatt für alle Wehren",
    "subtitle": None,
    "kicker": None,
    "categories": ["Aktuelles", "Feuerwehr"],
    "date": "2025-01-15",
    "place": "Brück",
    "speakers": [
        sp("Holger Penske", "Amtsdirektor", None, [
            "Bisher musste jede Wehr ihre Geräte zur Prüfung nach Bad Belzig bringen. Das kostet Zeit, und in dieser Zeit fehlen die Geräte im Einsatz",
        ]),
        sp("Mario Gutsche", "Amtswehrführer", None, [
            "Mit der eigenen Werkstatt können wir die Prüffristen sicher einhalten und die Kameradinnen und Kameraden vor Ort schulen.",
        ]),
    ],
    "member_lists": [ml("Beteiligt", [("Brück", "Stadt"), ("Borkheide", "Gemeinde"), ("Borkwalde", "Gemeinde"), ("Golzow", "Gemeinde"), ("Linthe", "Gemeinde"), ("Planebruch", "Gemeinde")])],
    "mentioned_dates": ["2025"],
    "body_must_not_contain": ["Cookies", "Teilen mit", "Vorheriger Beitrag", "Öffnungszeiten", "Ernst-Thälmann-Straße 59", "Zum Inhalt springen"],
    "notes": [
        "Publication date is time.published (15 Jan); 20 Jan is the update stamp.",
        "'bis zum Herbst 2025' is stated only to the year: 2025.",
        "The header's site description also names the six municipalities; the member list is the inline one in the body.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# h03 iKISS-like, windows-1252, Stadt Prenzlau
B = [
    "Prenzlau – Die Stadtverordnetenversammlung hat am Donnerstag, 31. Oktober 2024, den Doppelhaushalt für 2025 und 2026 beschlossen. Der Ergebnishaushalt sieht Erträge von jeweils rund 61 Millionen Euro vor, die Investitionen summieren sich auf 27,4 Millionen Euro.",
    "Größte Einzelvorhaben sind die Sanierung der Uckerpromenade, der Neubau der Kita „Sonnenschein“ und die Erneuerung der Straßenbeleuchtung auf LED-Technik.",
    "Bürgermeisterin Dana Köppen zeigte sich nach der Sitzung erleichtert: „Wir legen einen ausgeglichenen Haushalt vor, ohne die Grundsteuer anzuheben. Das war in diesem Jahr kein Selbstläufer.“",
    "Kämmerer Thomas Riedel wies darauf hin, dass die Rücklagen bis 2026 deutlich abschmelzen werden. „Spielräume für neue freiwillige Aufgaben sehe ich derzeit nicht“, so Riedel.",
    "Der Haushalt wird nun der Kommunalaufsicht des Landkreises Uckermark zur Prüfung vorgelegt.",
]
T = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="de" lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
<title>Stadt Prenzlau: Stadtverordnete beschließen Doppelhaushalt</title>
</head>
<body>
<div id="cookiehinweis">Diese Seite nutzt technisch notwendige Cookies. <a href="/datenschutz">Mehr erfahren</a> <a href="#" class="ok">OK</a></div>
<div id="kopf"><a href="/"><img src="/logo.gif" alt="Stadt Prenzlau" /></a>
<ul id="hauptnavi"><li><a href="/rathaus">Rathaus &amp; Politik</a></li><li><a href="/leben">Leben in Prenzlau</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/tourismus">Tourismus</a></li></ul></div>
<div id="pfad">Sie sind hier: <a href="/">Startseite</a> / <a href="/rathaus">Rathaus &amp; Politik</a> / <a href="/rathaus/aktuelles">Aktuelle Meldungen</a></div>
<div id="inhalt">
<div class="artikel">
<table class="kopfzeile"><tr><td class="datum">Datum: 04.11.2024</td><td class="rubrik">Rubrik: Rathaus &amp; Politik</td></tr></table>
<h1 class="ueberschrift">Stadtverordnete beschließen Doppelhaushalt</h1>
<h2 class="unterueberschrift">Investitionen von 27,4 Millionen Euro geplant – Grundsteuer bleibt stabil</h2>
<div class="text">
{body_html(B)}
</div>
<div class="bildunterschrift">Foto: Stadt Prenzlau / Pressestelle</div>
<p class="druck"><a href="javascript:window.print()">Seite drucken</a> | <a href="/rathaus/aktuelles">zurück</a></p>
</div>
</div>
<div id="rechts"><div class="box"><h3>Bürgerbüro</h3><p>Friedrichstraße 2<br />17291 Prenzlau</p></div>
<div class="box"><h3>Aktuelles</h3><ul><li><a href="#">Weihnachtsmarkt öffnet am 29. November</a></li><li><a href="#">Ortsteilbudget: Anträge bis Jahresende</a></li></ul></div></div>
<div id="fuss">© Stadt Prenzlau | <a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></div>
</body>
</html>
"""
add("h03-ikiss-prenzlau-haushalt-cp1252", "html", T, {
    "title": "Stadtverordnete beschließen Doppelhaushalt",
    "subtitle": "Investitionen von 27,4 Millionen Euro geplant – Grundsteuer bleibt stabil",
    "kicker": None,
    "categories": ["Rathaus & Politik"],
    "date": "2024-11-04",
    "place": "Prenzlau",
    "speakers": [
        sp("Dana Köppen", "Bürgermeisterin", None, [
            "Wir legen einen ausgeglichenen Haushalt vor, ohne die Grundsteuer anzuheben. Das war in diesem Jahr kein Selbstläufer.",
        ]),
        sp("Thomas Riedel", "Kämmerer", None, [
            "Spielräume für neue freiwillige Aufgaben sehe ich derzeit nicht",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-10-31", "2025", "2026"],
    "body_must_not_contain": ["Cookies", "Seite drucken", "Friedrichstraße 2", "Weihnachtsmarkt öffnet", "Foto: Stadt Prenzlau", "Sie sind hier"],
    "notes": [
        "Declared and encoded windows-1252 (curly quotes are 0x84/0x93).",
        "'für 2025 und 2026' and 'bis 2026' name years: 2025, 2026.",
        "'Sonnenschein' is a Kita name in quotation marks, not a quote.",
    ],
}, B, "windows-1252")

# ---------------------------------------------------------------------------------------------
# h04 GSB-like ministry, count mismatch in block member list
B = [
    "Das Ministerium für Landwirtschaft, Umwelt und Klimaschutz unterstützt sieben Landkreise beim Aufbau regionaler Strukturen für die Wiedervernässung von Mooren. Insgesamt stehen aus dem Programm „Moorschutz vor Ort“ bis Ende 2027 rund 9,6 Millionen Euro bereit.",
    "Folgende sieben Landkreise erhalten ab dem 1. Juli 2024 jeweils eine Förderung für eine Moorkoordinierungsstelle:",
    ["Landkreis Havelland", "Landkreis Ostprignitz-Ruppin", "Landkreis Prignitz", "Landkreis Oberhavel", "Landkreis Dahme-Spreewald", "Landkreis Spree-Neiße"],
    "„Moore sind unsere größten natürlichen Kohlenstoffspeicher. Wir können sie aber nur gemeinsam mit den Landwirtinnen und Landwirten vor Ort schützen“, sagte Dr. Matthias Oberländer, Staatssekretär im Ministerium für Landwirtschaft, Umwelt und Klimaschutz, bei der Übergabe der Bescheide in Linum.",
    "Die Koordinierungsstellen sollen Flächeneigentümer beraten, Wasserstände abstimmen und Vorhaben für die Förderperiode ab 2028 vorbereiten. Der Landesbauernverband begleitet das Programm in einem Beirat.",
    "## Hintergrund",
    "Rund 210.000 Hektar Brandenburgs sind Moorböden, der weit überwiegende Teil ist entwässert. Die Landesregierung hatte im November 2023 ein Moorschutzprogramm beschlossen.",
]
T = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>MLUK - Pressemitteilungen - Land fördert Moorkoordinierung in sieben Landkreisen</title></head>
<body>
<div id="wrapperOuter"><div id="wrapperInner">
<a href="#main" class="skiplink">Direkt zum Inhalt</a>
<div id="header"><div class="logo"><img src="/logo-brandenburg.svg" alt="Land Brandenburg"><span>Ministerium für Landwirtschaft, Umwelt und Klimaschutz</span></div>
<ul id="navPrimary"><li><a href="/themen">Themen</a></li><li class="active"><a href="/presse">Presse</a></li><li><a href="/service">Service</a></li><li><a href="/ministerium">Ministerium</a></li></ul></div>
<div id="navBreadcrumb"><strong>Sie sind hier:</strong> <ol><li><a href="/">Startseite</a></li><li><a href="/presse">Presse</a></li><li>Pressemitteilungen</li></ol></div>
<div id="main" role="main">
<div class="article">
<div class="metadata"><span class="type">Pressemitteilung</span> <span class="nr">Nr. 118/2024</span> <span class="value">Erscheinungsdatum <span>18.06.2024</span></span></div>
<h1 class="isFirstInSlot">Land fördert Moorkoordinierung in sieben Landkreisen</h1>
<div class="abstract"><p>Staatssekretär übergibt Förderbescheide in Linum</p></div>
<div class="text richtext">
{body_html(B, heading="h3")}
</div>
<div class="socialShare"><span>Seite teilen:</span> <a href="#">Mastodon</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></div>
<div class="contact"><h3>Pressekontakt</h3><p>Pressestelle MLUK<br>Henning-von-Tresckow-Straße 2-13, 14467 Potsdam</p></div>
</div>
</div>
<div id="sidebar"><div class="teaser"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="#">Waldbrandgefahrenstufe gesenkt</a></li><li><a href="#">Neue Förderrichtlinie Streuobstwiesen</a></li></ul></div></div>
<div id="footer"><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/leichte-sprache">Leichte Sprache</a></li><li><a href="/gebaerdensprache">Gebärdensprache</a></li></ul></div>
</div></div>
</body></html>
"""
add("h04-gsb-mluk-moorschutz-countmismatch", "html", T, {
    "title": "Land fördert Moorkoordinierung in sieben Landkreisen",
    "subtitle": "Staatssekretär übergibt Förderbescheide in Linum",
    "kicker": None,
    "categories": ["Pressemitteilung"],
    "date": "2024-06-18",
    "place": None,
    "speakers": [
        sp("Dr. Matthias Oberländer", "Staatssekretär im Ministerium für Landwirtschaft, Umwelt und Klimaschutz", "Ministerium für Landwirtschaft, Umwelt und Klimaschutz", [
            "Moore sind unsere größten natürlichen Kohlenstoffspeicher. Wir können sie aber nur gemeinsam mit den Landwirtinnen und Landwirten vor Ort schützen",
        ], "Dr."),
    ],
    "member_lists": [ml("Geförderte Landkreise", [("Havelland", "Landkreis"), ("Ostprignitz-Ruppin", "Landkreis"), ("Prignitz", "Landkreis"), ("Oberhavel", "Landkreis"), ("Dahme-Spreewald", "Landkreis"), ("Spree-Neiße", "Landkreis")])],
    "expect_warning": True,
    "mentioned_dates": ["2027", "2024-07-01", "2028", "2023-11"],
    "body_must_not_contain": ["Direkt zum Inhalt", "Seite teilen", "Pressekontakt", "Henning-von-Tresckow-Straße", "Waldbrandgefahrenstufe", "Leichte Sprache"],
    "notes": [
        "The text announces 'sieben Landkreise' but lists six: expect a count warning.",
        "No dateline: Linum is the place of the handover, not a dateline; place null.",
        "'Moorschutz vor Ort' is a programme name, not a quote.",
        "'bis Ende 2027' -> 2027; 'ab 2028' -> 2028.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# h05 Polizei, ISO-8859-15
B = [
    "Am Donnerstagnachmittag, 13. Februar 2025, meldete eine Mitarbeiterin einer Bankfiliale in Strausberg einen verdächtigen Vorgang: Ein 82-jähriger Kunde wollte 18.500 € in bar abheben und gab an, das Geld einem „Polizisten“ übergeben zu müssen.",
    "Die alarmierten Beamten trafen den Mann noch in der Filiale an. Er berichtete, ein angeblicher Kriminalkommissar habe ihn seit dem Vormittag mehrfach angerufen und vor einer Einbrecherbande gewarnt. Das Ersparte sei zu Hause nicht mehr sicher.",
    "„Die echte Polizei holt niemals Bargeld oder Wertsachen bei Ihnen ab“, betont Polizeisprecherin Carola Hinz. „Legen Sie bei solchen Anrufen sofort auf und wählen Sie selbst die 110.“",
    "Die Kriminalpolizei hat die Ermittlungen wegen versuchten Betruges aufgenommen. Hinweise nimmt die Polizeiinspektion Märkisch-Oderland unter der Telefonnummer 03346 850-0 entgegen.",
]
T = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">
<title>Aufmerksame Bankmitarbeiterin verhindert Betrug | Polizei Brandenburg</title>
</head>
<body>
<div class="cookie-note" role="dialog">Wir setzen auf dieser Seite Cookies ein. <button>Einverstanden</button></div>
<header class="pol-header"><a href="/" class="brand">Polizei Brandenburg</a>
<nav><ul><li><a href="/pressemeldungen">Pressemeldungen</a></li><li><a href="/fahndung">Fahndung</a></li><li><a href="/onlinewache">Internetwache</a></li><li><a href="/karriere">Karriere</a></li></ul></nav></header>
<nav class="breadcrumb" aria-label="Brotkrumen"><a href="/">Start</a> &gt; <a href="/pressemeldungen">Pressemeldungen</a> &gt; <span>Polizeidirektion Ost</span></nav>
<main class="pressemeldung">
<h1>Aufmerksame Bankmitarbeiterin verhindert Betrug</h1>
<div class="pm-text">
{body_html(B)}
</div>
<dl class="pm-meta">
<dt>Kategorie</dt><dd><ul><li>Betrug</li><li>Prävention</li></ul></dd>
<dt>Datum</dt><dd>14.02.2025</dd>
</dl>
<div class="verantwortlich"><p>Verantwortlich:</p><p>Polizeidirektion Ost<br>Pressestelle<br>Müllroser Chaussee 49<br>15236 Frankfurt (Oder)</p><p>Telefon: 0335 561-1020</p></div>
<div class="teilen">Teilen: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">Threema</a></div>
</main>
<aside class="weitere"><h2>Weitere Meldungen</h2><ul><li><a href="#">Verkehrsunfall mit Flucht auf der B 1</a></li><li><a href="#">Diebstahl von Baumaschinen in Seelow</a></li></ul></aside>
<footer><a href="/impressum">Zum Impressum des Polizeipräsidiums</a> · <a href="/datenschutz">Datenschutz</a></footer>
</body></html>
"""
add("h05-polizei-strausberg-betrug-latin9", "html", T, {
    "title": "Aufmerksame Bankmitarbeiterin verhindert Betrug",
    "subtitle": None,
    "kicker": None,
    "categories": ["Betrug", "Prävention"],
    "date": "2025-02-14",
    "place": None,
    "speakers": [
        sp("Carola Hinz", "Polizeisprecherin", None, [
            "Die echte Polizei holt niemals Bargeld oder Wertsachen bei Ihnen ab",
            "Legen Sie bei solchen Anrufen sofort auf und wählen Sie selbst die 110.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-02-13"],
    "body_must_not_contain": ["Cookies", "Verantwortlich", "Müllroser Chaussee", "Weitere Meldungen", "Teilen:", "Kategorie"],
    "notes": [
        "Declared and encoded ISO-8859-15 (the euro sign is 0xA4); the German quotation marks, which ISO-8859-15 lacks, are written as numeric character references.",
        "'Polizisten' in quotation marks is irony, not a quote.",
        "Datum 14.02.2025 in the meta list is the publication date; 13 Feb is the event.",
    ],
}, B, "iso-8859-15")

# ---------------------------------------------------------------------------------------------
# h06 Drupal, Zweckverband, block member list matching count
B = [
    "Trebbin. Der Zweckverband Wasserversorgung Fläming-Nuthe senkt zum 1. Januar 2025 den Grundpreis für Trinkwasser. Das hat die Verbandsversammlung in ihrer Sitzung am 26. November 2024 beschlossen. Für einen durchschnittlichen Vierpersonenhaushalt sinken die jährlichen Kosten um etwa 23 Euro.",
    "Dem Verband gehören vier Mitglieder an:",
    ["Stadt Trebbin", "Gemeinde Nuthe-Urstromtal", "Gemeinde Am Mellensee", "Amt Dahme/Mark"],
    "Möglich wird die Senkung vor allem durch niedrigere Energiekosten für die Wasserwerke in Glau und Klein Schulzendorf. Der Mengenpreis bleibt unverändert bei 1,62 Euro je Kubikmeter.",
    "„Wir geben die Entlastung vollständig an die Kundinnen und Kunden weiter“, sagte Verbandsvorsteherin Petra Gellert. Sie kündigte zugleich an, dass ab 2026 größere Investitionen in das Leitungsnetz anstehen.",
    "Bernd Kluge, Bürgermeister der Stadt Trebbin und Vorsitzender der Verbandsversammlung, sprach von einem „guten Signal“. „Stabile Gebühren sind gerade für Familien und für das Gewerbe in unserer Region wichtig“, so Kluge.",
]
T = f"""<!DOCTYPE html>
<html lang="de" dir="ltr">
<head><meta charset="utf-8"><title>Trinkwasser wird günstiger | Zweckverband Wasserversorgung Fläming-Nuthe</title>
<meta property="article:published_time" content="2024-11-28T14:05:00+0100"></head>
<body class="path-node page-node-type-article">
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-message"><h2>Wir verwenden Cookies</h2><p>Klicken Sie auf „Akzeptieren“, um Cookies zu erlauben.</p></div><button class="agree-button">Akzeptieren</button></div>
<div class="dialog-off-canvas-main-canvas">
<header role="banner"><div class="region region-header"><a href="/" rel="home">Zweckverband Wasserversorgung Fläming-Nuthe</a></div>
<nav role="navigation" class="menu--main"><ul class="menu"><li><a href="/verband">Verband</a></li><li><a href="/kunden">Kundenservice</a></li><li><a href="/gebuehren">Gebühren</a></li><li><a href="/stoerung">Störung melden</a></li></ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/aktuelles">Aktuelles</a></li></ol></nav></div>
<main role="main"><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<div class="field field--name-field-dachzeile">Gebühren</div>
<h1 class="page-title"><span class="field field--name-title">Trinkwasser wird günstiger</span></h1>
<div class="node__meta"><span class="field--name-uid">Redaktion</span> <span class="field--name-created">Do., 28.11.2024 - 14:05</span></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{body_html(B)}
</div>
<div class="field field--name-field-tags"><div class="field__label">Schlagworte</div><div class="field__items"><div class="field__item"><a href="/tags/gebuehren">Gebühren</a></div><div class="field__item"><a href="/tags/trinkwasser">Trinkwasser</a></div></div></div>
</article>
<div class="block-views-related"><h2>Das könnte Sie auch interessieren</h2><div class="views-row"><a href="#">Spülung des Leitungsnetzes in Thyrow</a></div><div class="views-row"><a href="#">Ablesung der Wasserzähler beginnt</a></div></div>
</div></main>
<footer role="contentinfo"><p>Störungsdienst rund um die Uhr: 033731 700-99</p><p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></p></footer>
</div></body></html>
"""
add("h06-drupal-zv-trinkwasser", "html", T, {
    "title": "Trinkwasser wird günstiger",
    "subtitle": None,
    "kicker": "Gebühren",
    "date": "2024-11-28",
    "place": "Trebbin",
    "speakers": [
        sp("Petra Gellert", "Verbandsvorsteherin", None, [
            "Wir geben die Entlastung vollständig an die Kundinnen und Kunden weiter",
        ]),
        sp("Bernd Kluge", "Bürgermeister der Stadt Trebbin und Vorsitzender der Verbandsversammlung", "Stadt Trebbin", [
            "Stabile Gebühren sind gerade für Familien und für das Gewerbe in unserer Region wichtig",
        ]),
    ],
    "member_lists": [ml("Mitglieder", [("Trebbin", "Stadt"), ("Nuthe-Urstromtal", "Gemeinde"), ("Am Mellensee", "Gemeinde"), ("Dahme/Mark", "Amt")])],
    "mentioned_dates": ["2025-01-01", "2024-11-26", "2026"],
    "body_must_not_contain": ["Cookies", "Schlagworte", "Spülung des Leitungsnetzes", "Störungsdienst", "Kundenservice"],
    "notes": [
        "'Gebühren' in field-dachzeile above the h1 is the kicker. categories not scored (only tags and breadcrumb; ambiguous).",
        "'guten Signal' is a two-word fragment in quotation marks inside reported speech; not counted as a quote.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# h07 Joomla, Kreissportbund
B = [
    "Prenzlau. Mehr als 120 Delegierte aus 64 Vereinen sind am Sonnabend zum Kreissporttag des Kreissportbundes Uckermark in der Uckerseehalle zusammengekommen. Im Mittelpunkt standen die Wahl des Präsidiums und die Lage der Sportstätten im Landkreis.",
    "Präsident Dr. Uwe Fellner wurde mit großer Mehrheit im Amt bestätigt. In seinem Bericht verwies er auf die gestiegene Mitgliederzahl: Zum Stichtag 1. Januar 2024 waren im Kreissportbund 21.870 Sportlerinnen und Sportler organisiert, so viele wie nie zuvor.",
    "„Unsere Vereine haben die Pandemie nicht nur überstanden, sie wachsen wieder. Aber viele Hallen sind marode, und das Ehrenamt stößt an seine Grenzen“, sagte Fellner.",
    "Als Gast sprach der Landrat des Landkreises Uckermark, Karsten Wiechmann. Er sagte den Vereinen zu, das Sportstättenprogramm des Kreises fortzuführen: „Jeder Euro, der in eine Sporthalle fließt, ist gut investiert. Daran halten wir fest, auch wenn die Haushaltslage angespannt ist.“",
    "Geehrt wurden zudem langjährige Übungsleiterinnen und Übungsleiter, darunter Gisela Pahl vom SV Gramzow, die seit 1979 Kinderturnen anbietet.",
]
T = f"""<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management"><title>Fellner bleibt Präsident des Kreissportbundes</title></head>
<body class="site com_content view-article">
<div class="cookie-hint">Diese Webseite verwendet Cookies. <a href="/datenschutz">Datenschutzerklärung</a> <a href="#" id="cookie-ok">Verstanden</a></div>
<header class="header"><div class="navbar-brand"><a href="/">Kreissportbund Uckermark e.V.</a></div>
<nav><ul class="mod-menu"><li><a href="/">Home</a></li><li class="current"><a href="/nachrichten">Nachrichten</a></li><li><a href="/vereine">Vereine</a></li><li><a href="/sportabzeichen">Sportabzeichen</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
<nav class="mod-breadcrumbs__wrapper"><ol class="mod-breadcrumbs breadcrumb"><li>Aktuelle Seite: </li><li><a href="/">Home</a></li><li><a href="/nachrichten">Nachrichten</a></li><li>Fellner bleibt Präsident des Kreissportbundes</li></ol></nav>
<main><div class="com-content-article item-page">
<div class="page-header"><h2>Fellner bleibt Präsident des Kreissportbundes</h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby">Geschrieben von <span>Geschäftsstelle</span></dd>
<dd class="category-name">Kategorie: <a href="/nachrichten/verbandsnachrichten">Verbandsnachrichten</a></dd>
<dd class="published"><time datetime="2024-03-11T10:12:00+01:00">Veröffentlicht: 11. März 2024</time></dd>
<dd class="hits">Zugriffe: 312</dd></dl>
<div class="com-content-article__body">
{body_html(B)}
</div>
<ul class="pagenav"><li class="previous"><a href="#">Zurück</a></li><li class="next"><a href="#">Weiter</a></li></ul>
</div></main>
<aside class="sidebar-right"><div class="moduletable"><h3>Termine</h3><ul><li>23.03.2024 Kreiskinder- und Jugendsportspiele</li><li>06.04.2024 Lehrgang Übungsleiter C</li></ul></div></aside>
<footer class="footer"><p>Kreissportbund Uckermark e.V. · Stettiner Straße 19a · 17291 Prenzlau</p><p><a href="/impressum">Impressum</a></p></footer>
</body></html>
"""
add("h07-joomla-ksb-kreissporttag", "html", T, {
    "title": "Fellner bleibt Präsident des Kreissportbundes",
    "subtitle": None,
    "kicker": None,
    "categories": ["Verbandsnachrichten"],
    "date": "2024-03-11",
    "place": "Prenzlau",
    "speakers": [
        sp("Dr. Uwe Fellner", "Präsident", None, [
            "Unsere Vereine haben die Pandemie nicht nur überstanden, sie wachsen wieder. Aber viele Hallen sind marode, und das Ehrenamt stößt an seine Grenzen",
        ], "Dr."),
        sp("Karsten Wiechmann", "Landrat des Landkreises Uckermark", "Landkreis Uckermark", [
            "Jeder Euro, der in eine Sporthalle fließt, ist gut investiert. Daran halten wir fest, auch wenn die Haushaltslage angespannt ist.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-01-01", "1979"],
    "body_must_not_contain": ["Cookies", "Zugriffe", "Geschrieben von", "Kreiskinder- und Jugendsportspiele", "Stettiner Straße 19a", "Aktuelle Seite"],
    "notes": [
        "Joomla renders the title as h2 in page-header; no h1.",
        "Wiechmann's role is a preposed noun phrase with the name as apposition ('der Landrat des Landkreises Uckermark, Karsten Wiechmann'); role = that phrase.",
        "Sidebar Termine are not mentioned dates.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# h08 City portal Cottbus, kicker + subtitle + share bar + teasers; Prof. Dr.
B = [
    "Cottbus/Chóśebuz, 2. Juli 2024. Die Stadt Cottbus/Chóśebuz und die Brandenburgische Technische Universität Cottbus-Senftenberg wollen die Folgen von Hitzesommern in der Innenstadt gemeinsam untersuchen. Oberbürgermeister Stefan Kramm und Prof. Dr. Helene Sauerbrey, Präsidentin der Brandenburgischen Technischen Universität Cottbus-Senftenberg, haben dazu am Montag eine Kooperationsvereinbarung unterzeichnet.",
    "An 40 Messpunkten zwischen Altmarkt, Stadthalle und Puschkinpark sollen Sensoren Temperatur, Luftfeuchte und Oberflächenwärme erfassen. Die ersten Daten werden im Sommer 2025 erwartet.",
    "„Wir wollen nicht nach Gefühl entscheiden, wo wir Bäume pflanzen oder Trinkbrunnen aufstellen, sondern auf Grundlage belastbarer Daten“, sagte Kramm.",
    "Sauerbrey betonte den Nutzen für die Lehre: „Unsere Studierenden arbeiten hier an einer echten Aufgabe ihrer Stadt. Das ist Forschung, die man auf der Straße spürt.“ Sauerbrey kündigte an, die Ergebnisse öffentlich zugänglich zu machen.",
    "## Was gemessen wird",
    ["Lufttemperatur und Luftfeuchte in zwei Metern Höhe", "Oberflächentemperatur von Pflaster, Asphalt und Rasen", "Schattenwurf von Bäumen und Gebäuden"],
    "Das Projekt läuft bis zum 31. Dezember 2027 und wird aus Mitteln des Strukturwandels gefördert.",
]
T = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Hitzeschutz: Stadt und BTU messen das Stadtklima | Cottbus/Chóśebuz</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Stadt und BTU messen das Stadtklima","datePublished":"2024-07-02T12:00:00+02:00"}}</script></head>
<body>
<div id="consent-layer" class="consent"><p>Wir nutzen Cookies und ähnliche Technologien. Sie können Ihre Auswahl jederzeit in den Cookie-Einstellungen ändern.</p><button>Alle zulassen</button></div>
<header class="portal-header"><div class="logo">Cottbus/Chóśebuz</div><ul class="lang"><li>Deutsch</li><li>Serbski</li><li>English</li></ul>
<nav class="portal-nav"><a href="/rathaus">Rathaus</a> <a href="/leben">Leben &amp; Wohnen</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/kultur">Kultur &amp; Freizeit</a></nav></header>
<ul class="breadcrumbs"><li><a href="/">Startseite</a></li><li><a href="/rathaus">Rathaus</a></li><li><a href="/rathaus/presse">Pressemitteilungen</a></li></ul>
<div class="layout"><main class="col-main">
<article class="press-release">
<div class="press-meta"><span class="pm-category">Pressemitteilung</span> <span class="pm-category">Umwelt</span> | <span class="pm-no">Nr. 312/2024</span> | <span class="pm-date">02.07.2024</span></div>
<span class="overline">Hitzeschutz</span>
<h1>Stadt und BTU messen das Stadtklima</h1>
<p class="subline">40 Sensoren zwischen Altmarkt und Puschkinpark – Daten sollen Baumpflanzungen steuern</p>
<figure><img src="/media/unterzeichnung.jpg" alt=""><figcaption>Unterzeichnung im Rathaus. Foto: Stadtverwaltung / M. Hentschel</figcaption></figure>
<div class="press-body">
{body_html(B, heading="h3")}
</div>
<div class="share-bar"><span>Artikel teilen</span><a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">E-Mail</a><a href="#">Link kopieren</a></div>
</article>
<section class="related"><h2>Mehr zum Thema</h2>
<div class="teaser"><h3><a href="#">Neue Trinkbrunnen am Spremberger Turm</a></h3><p>Seit Juni sprudelt es wieder ...</p></div>
<div class="teaser"><h3><a href="#">Baumpatenschaften: Jetzt mitmachen</a></h3><p>Bürgerinnen und Bürger können ...</p></div></section>
</main>
<aside class="col-side"><div class="box"><h2>Pressestelle</h2><p>Neumarkt 5, 03046 Cottbus</p><p>presse@cottbus.de</p></div></aside></div>
<footer class="portal-footer"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></footer>
</body></html>
"""
add("h08-portal-cottbus-stadtklima", "html", T, {
    "title": "Stadt und BTU messen das Stadtklima",
    "subtitle": "40 Sensoren zwischen Altmarkt und Puschkinpark – Daten sollen Baumpflanzungen steuern",
    "kicker": "Hitzeschutz",
    "categories": ["Pressemitteilung", "Umwelt"],
    "date": "2024-07-02",
    "place": "Cottbus/Chóśebuz",
    "speakers": [
        sp("Stefan Kramm", "Oberbürgermeister", None, [
            "Wir wollen nicht nach Gefühl entscheiden, wo wir Bäume pflanzen oder Trinkbrunnen aufstellen, sondern auf Grundlage belastbarer Daten",
        ]),
        sp("Prof. Dr. Helene Sauerbrey", "Präsidentin der Brandenburgischen Technischen Universität Cottbus-Senftenberg", "Brandenburgische Technische Universität Cottbus-Senftenberg", [
            "Unsere Studierenden arbeiten hier an einer echten Aufgabe ihrer Stadt. Das ist Forschung, die man auf der Straße spürt.",
        ], "Prof. Dr."),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025", "2027-12-31"],
    "body_must_not_contain": ["Cookie", "Artikel teilen", "Mehr zum Thema", "Neue Trinkbrunnen", "Neumarkt 5", "Foto: Stadtverwaltung"],
    "notes": [
        "Dateline 'Cottbus/Chóśebuz, 2. Juli 2024.' gives the place; its date equals the publication date and is excluded from mentioned_dates.",
        "Sauerbrey's role is the apposition at her first mention; organisation in the nominative.",
        "'am Montag' is not resolved to a date. 'im Sommer 2025' -> 2025.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# h09 Landkreis page without publication date (only a Stand stamp)
B = [
    "Lübben (Spreewald). Die Kreisstraße K 6114 zwischen Krausnick und Schlepzig wird vom 3. März bis zum 21. März 2025 voll gesperrt. Grund ist die Erneuerung der Fahrbahndecke auf einer Länge von rund 2,3 Kilometern.",
    "Die Umleitung führt über Groß Wasserburg und Lübben und ist ausgeschildert. Anlieger erreichen ihre Grundstücke nach Absprache mit der Baufirma. Die Schulbuslinie 503 fährt in dieser Zeit einen geänderten Fahrplan, die Schulen sind informiert.",
    "„Wir haben den Termin bewusst vor die Saison gelegt, damit Spreewald-Touristen ab Ostern wieder freie Fahrt haben“, sagt Jens Wolter, Leiter der Straßenmeisterei des Landkreises Dahme-Spreewald.",
    "Die Kosten von rund 610.000 Euro trägt der Landkreis. Bei ungünstiger Witterung kann sich die Sperrung verlängern.",
]
T = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>K 6114 zwischen Krausnick und Schlepzig wird gesperrt - Landkreis Dahme-Spreewald</title></head>
<body>
<div class="cc-window cc-banner"><span class="cc-message">Um unsere Webseite für Sie optimal zu gestalten, verwenden wir Cookies.</span><a class="cc-btn">Zustimmen</a></div>
<div id="top"><a href="/" id="logo">Landkreis Dahme-Spreewald</a>
<ul id="quicklinks"><li><a href="/termin">Online-Termin</a></li><li><a href="/formulare">Formulare</a></li><li><a href="/stellen">Stellenangebote</a></li></ul>
<ul id="navigation"><li><a href="/kreis">Landkreis</a></li><li><a href="/verwaltung">Verwaltung</a></li><li class="aktiv"><a href="/aktuelles">Aktuelles</a></li></ul></div>
<p class="pfad"><a href="/">Start</a> » <a href="/aktuelles">Aktuelles</a> » <a href="/aktuelles/verkehr">Verkehrsmeldungen</a></p>
<div id="content">
<div class="meldung">
<p class="dachzeile">Verkehr</p>
<h1>K 6114 zwischen Krausnick und Schlepzig wird gesperrt</h1>
<p class="unterzeile">Fahrbahndecke wird auf 2,3 Kilometern erneuert</p>
{body_html(B)}
<p class="rubriken">Rubriken: <a href="/aktuelles/verkehr">Verkehrsmeldungen</a></p>
</div>
<div class="teaserliste"><h2>Aktuelle Meldungen</h2><ul><li><a href="#">Kreisvolkshochschule: Neues Programmheft erschienen</a></li><li><a href="#">Abfallkalender 2025 jetzt online</a></li></ul></div>
</div>
<div id="fuss"><p>Landkreis Dahme-Spreewald · Reutergasse 12 · 15907 Lübben (Spreewald)</p><p>Stand: 24.02.2025</p><p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></p></div>
</body></html>
"""
add("h09-lds-kreisstrasse-nodate", "html", T, {
    "title": "K 6114 zwischen Krausnick und Schlepzig wird gesperrt",
    "subtitle": "Fahrbahndecke wird auf 2,3 Kilometern erneuert",
    "kicker": "Verkehr",
    "categories": ["Verkehrsmeldungen"],
    "date": None,
    "place": "Lübben (Spreewald)",
    "speakers": [
        sp("Jens Wolter", "Leiter der Straßenmeisterei des Landkreises Dahme-Spreewald", "Straßenmeisterei des Landkreises Dahme-Spreewald", [
            "Wir haben den Termin bewusst vor die Saison gelegt, damit Spreewald-Touristen ab Ostern wieder freie Fahrt haben",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-03-03", "2025-03-21"],
    "body_must_not_contain": ["Cookies", "Rubriken", "Abfallkalender", "Reutergasse 12", "Stand:", "Online-Termin"],
    "notes": [
        "No publication date is stated; 'Stand: 24.02.2025' in the footer is a page stamp -> date null.",
        "'vom 3. März bis zum 21. März 2025': both ends dated to the day.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# h10 Ministry of the Interior, inline list of Ämter/Gemeinde/Stadt; quote continuation
B = [
    "Potsdam – Vier Kommunen in der Uckermark erproben ab diesem Herbst eine gemeinsame digitale Bauakte. Innenstaatssekretärin Kerstin Haußmann übergab dazu am Mittwoch in Potsdam einen Förderbescheid über 1,2 Millionen Euro.",
    "Gefördert werden die Ämter Gramzow und Brüssow (Uckermark), die Gemeinde Uckerland und die Stadt Schwedt/Oder. Die vier Verwaltungen wollen Bauanträge künftig vollständig elektronisch bearbeiten und sich dabei gegenseitig vertreten können.",
    "„Gerade kleine Verwaltungen können Fachkräfte nicht mehr für jede Aufgabe doppelt vorhalten. Wenn die Bauakte digital ist, kann eine Kollegin in Schwedt einen Antrag aus Gramzow bearbeiten“, sagte Haußmann.",
    "„Das ist interkommunale Zusammenarbeit, wie sie sein soll.“",
    "Die Amtsdirektorin des Amtes Gramzow, Annett Schröder-Lenz, koordiniert das Vorhaben. Sie rechnet damit, dass die ersten Anträge im Frühjahr 2026 digital eingehen: „Wir fangen mit einfachen Vorhaben wie Carports und Wintergärten an und lernen dabei.“",
    "Das Projekt ist Teil der Digitalisierungsstrategie des Landes, die das Kabinett am 12. Dezember 2023 beschlossen hat.",
]
T = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Digitale Bauakte: Vier Uckermark-Kommunen starten Pilotprojekt - MIK Brandenburg</title></head>
<body>
<div id="privacy-overlay"><strong>Datenschutzeinstellungen</strong><p>Wir verwenden Cookies zur statistischen Auswertung.</p><button>Speichern</button></div>
<div class="top-bar"><a href="/">Ministerium des Innern und für Kommunales</a> <a href="/leichte-sprache">Leichte Sprache</a> <a href="/en">English</a></div>
<nav class="nav-main"><ul><li><a href="/themen">Themen</a></li><li><a href="/ministerium">Ministerium</a></li><li class="on"><a href="/presse">Presse</a></li></ul></nav>
<div class="crumbs">Sie befinden sich hier: <a href="/">Start</a> / <a href="/presse">Presse</a> / Pressemitteilungen 2024</div>
<div id="main-content">
<div class="pm-head">
<p class="pm-label">Pressemitteilung</p>
<p class="pm-date">Potsdam, 25.09.2024</p>
<h1>Digitale Bauakte: Vier Uckermark-Kommunen starten Pilotprojekt</h1>
</div>
<div class="pm-body">
{body_html(B, lead_strong=True)}
</div>
<p class="pm-foot"><a href="/presse">Alle Pressemitteilungen</a> | <a href="#">Als PDF herunterladen</a></p>
</div>
<div class="sidebar"><h4>Ansprechpartner</h4><p>Pressesprecher<br>Henning-von-Tresckow-Straße 9-13<br>14467 Potsdam</p>
<h4>Verwandte Themen</h4><ul><li><a href="#">Kommunalaufsicht</a></li><li><a href="#">E-Government</a></li></ul></div>
<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/kontakt">Kontakt</a></footer>
</body></html>
"""
add("h10-mik-digitale-bauakte", "html", T, {
    "title": "Digitale Bauakte: Vier Uckermark-Kommunen starten Pilotprojekt",
    "subtitle": None,
    "kicker": None,
    "categories": ["Pressemitteilung"],
    "date": "2024-09-25",
    "place": "Potsdam",
    "speakers": [
        sp("Kerstin Haußmann", "Innenstaatssekretärin", None, [
            "Gerade kleine Verwaltungen können Fachkräfte nicht mehr für jede Aufgabe doppelt vorhalten. Wenn die Bauakte digital ist, kann eine Kollegin in Schwedt einen Antrag aus Gramzow bearbeiten",
            "Das ist interkommunale Zusammenarbeit, wie sie sein soll.",
        ]),
        sp("Annett Schröder-Lenz", "Amtsdirektorin des Amtes Gramzow", "Amt Gramzow", [
            "Wir fangen mit einfachen Vorhaben wie Carports und Wintergärten an und lernen dabei.",
        ]),
    ],
    "member_lists": [ml("Gefördert", [("Gramzow", "Amt"), ("Brüssow (Uckermark)", "Amt"), ("Uckerland", "Gemeinde"), ("Schwedt/Oder", "Stadt")])],
    "mentioned_dates": ["2026", "2023-12-12"],
    "body_must_not_contain": ["Cookies", "Datenschutzeinstellungen", "Alle Pressemitteilungen", "Ansprechpartner", "Verwandte Themen", "Leichte Sprache"],
    "notes": [
        "'Potsdam, 25.09.2024' in pm-date is the publication line; the body dateline 'Potsdam –' gives the place.",
        "Haußmann's second quote has no speech verb; it continues her statement in the next paragraph.",
        "'im Frühjahr 2026' -> 2026; 'ab diesem Herbst' and 'am Mittwoch' are not resolved.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# t01 presseportal-style police text, no speakers
B = [
    "Frankfurt (Oder) (ots) - Unbekannte sind in der Nacht zum 11. Juni 2024 in die Kita „Oderspatzen“ in der Leipziger Straße eingebrochen. Die Täter hebelten ein Fenster im Erdgeschoss auf und durchsuchten mehrere Gruppenräume und das Büro der Leitung.",
    "Gestohlen wurden nach ersten Erkenntnissen zwei Laptops, eine Digitalkamera und die Kaffeekasse des Teams. Der Schaden wird auf etwa 4.000 Euro geschätzt. Die Kriminalpolizei hat am Tatort Spuren gesichert.",
    "Wer in der Nacht verdächtige Personen oder Fahrzeuge im Bereich der Leipziger Straße bemerkt hat, wird gebeten, sich bei der Polizeiinspektion Frankfurt (Oder) unter 0335 5611-0 oder über die Internetwache zu melden.",
]
T = f"""12.06.2024 – 11:42

Polizeidirektion Ost

POL-FF: Einbruch in Kita – Polizei sucht Zeugen

{body_plain(B)}

Rückfragen bitte an:

Polizeidirektion Ost
Pressestelle
Telefon: 0335 561-1020
E-Mail: pressestelle.pdost@polizei.brandenburg.de

Original-Content von: Polizeidirektion Ost, übermittelt durch news aktuell
"""
add("t01-presseportal-pol-ff-kita", "txt", T, {
    "title": "POL-FF: Einbruch in Kita – Polizei sucht Zeugen",
    "kicker": None,
    "date": "2024-06-12",
    "place": "Frankfurt (Oder)",
    "speakers": [],
    "member_lists": [],
    "mentioned_dates": ["2024-06-11"],
    "body_must_not_contain": ["Rückfragen bitte an", "Original-Content", "news aktuell", "pressestelle.pdost"],
    "notes": [
        "Dateline 'Frankfurt (Oder) (ots)': place is Frankfurt (Oder); the '(ots)' marker is not part of it.",
        "The body keeps the dateline as the start of the first paragraph, as written.",
        "'Oderspatzen' is a Kita name, not a quote.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# t02 e-mail style municipal release, date on the letter line
B = [
    "Wandlitz. Die Gemeinde Wandlitz richtet ab dem 1. Oktober 2024 einen ehrenamtlichen Fahrdienst für ältere Menschen in den Ortsteilen ein. Drei Kleinbusse bringen Seniorinnen und Senioren nach Voranmeldung zu Arztpraxen, zum Einkaufen oder zum Amt.",
    "Die Fahrten sind kostenlos. Angemeldet werden kann eine Fahrt bis spätestens zwei Werktage vorher telefonisch im Bürgerbüro.",
    "„Viele ältere Menschen in Zerpenschleuse, Stolzenhagen oder Klosterfelde haben keinen Bus vor der Haustür. Der Fahrdienst soll dafür sorgen, dass sie trotzdem mobil bleiben“, sagt Bürgermeister Oliver Borchert.",
    "Gesucht werden noch weitere Fahrerinnen und Fahrer. Voraussetzung ist ein Führerschein der Klasse B, die Gemeinde übernimmt eine Schulung. Andrea Voigt, Vorsitzende des Seniorenbeirates der Gemeinde Wandlitz, wirbt für das Ehrenamt: „Man fährt nicht einfach nur Auto. Man hört zu, man hilft beim Tragen, man ist für ein paar Minuten Teil des Alltags.“",
]
T = f"""PRESSEMITTEILUNG 41/2024

Gemeinde Wandlitz – Der Bürgermeister – Öffentlichkeitsarbeit

Wandlitz, den 05.09.2024

Neuer Fahrdienst für Seniorinnen und Senioren
Ehrenamtliche fahren ab Oktober in alle Ortsteile

{body_plain(B)}

---
Ansprechpartnerin für die Presse:
Juliane Marx, Öffentlichkeitsarbeit
Prenzlauer Chaussee 157, 16348 Wandlitz
Tel. 033397 66-0
"""
add("t02-mail-wandlitz-fahrdienst", "txt", T, {
    "title": "Neuer Fahrdienst für Seniorinnen und Senioren",
    "subtitle": "Ehrenamtliche fahren ab Oktober in alle Ortsteile",
    "kicker": None,
    "date": "2024-09-05",
    "place": "Wandlitz",
    "speakers": [
        sp("Oliver Borchert", "Bürgermeister", None, [
            "Viele ältere Menschen in Zerpenschleuse, Stolzenhagen oder Klosterfelde haben keinen Bus vor der Haustür. Der Fahrdienst soll dafür sorgen, dass sie trotzdem mobil bleiben",
        ]),
        sp("Andrea Voigt", "Vorsitzende des Seniorenbeirates der Gemeinde Wandlitz", "Seniorenbeirat der Gemeinde Wandlitz", [
            "Man fährt nicht einfach nur Auto. Man hört zu, man hilft beim Tragen, man ist für ein paar Minuten Teil des Alltags.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-10-01"],
    "body_must_not_contain": ["PRESSEMITTEILUNG 41/2024", "Ansprechpartnerin für die Presse", "Prenzlauer Chaussee 157", "Öffentlichkeitsarbeit"],
    "notes": [
        "'Wandlitz, den 05.09.2024' is the release's letter date = publication date.",
        "Voigt: apposition role; organisation = the whole genitive chain in the nominative.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# t03 Landkreistag, no date stated anywhere
B = [
    "Der Landkreistag Brandenburg fordert vom Land eine verlässliche Finanzierung der Notfallrettung. Nach Berechnungen des Verbandes fehlen den Trägern des Rettungsdienstes allein im laufenden Jahr rund 34 Millionen Euro, weil die Krankenkassen die Kosten für sogenannte Fehlfahrten nicht mehr übernehmen.",
    "„Wenn ein Rettungswagen ausrückt und der Patient am Ende nicht ins Krankenhaus muss, ist das keine Fehlfahrt, sondern Versorgung“, erklärte Siegfried Wendt, Präsident des Landkreistages Brandenburg. „Die Landkreise werden diese Lücke nicht dauerhaft aus eigenen Mitteln schließen können.“",
    "Die Geschäftsführerin des Landkreistages, Dr. Anke Rösler, verwies auf ein Urteil des Bundessozialgerichts vom 18. Mai 2023, auf das sich die Kassen berufen. Der Landkreistag hat die Landesregierung aufgefordert, das Brandenburgische Rettungsdienstgesetz bis zum Sommer 2025 entsprechend zu ändern.",
    "„Wir brauchen eine gesetzliche Klarstellung, keine Einzelfallverhandlungen mit jeder Kasse“, so Rösler.",
]
T = f"""Landkreistag Brandenburg
Presseinformation

Rettungsdienst: Landkreistag fordert Klarstellung bei „Fehlfahrten“

{body_plain(B)}

Landkreistag Brandenburg e. V. | Jägerallee 25 | 14469 Potsdam | www.landkreistag-brandenburg.de
"""
add("t03-lkt-rettungsdienst-nodate", "txt", T, {
    "title": "Rettungsdienst: Landkreistag fordert Klarstellung bei „Fehlfahrten“",
    "kicker": None,
    "date": None,
    "place": None,
    "speakers": [
        sp("Siegfried Wendt", "Präsident des Landkreistages Brandenburg", "Landkreistag Brandenburg", [
            "Wenn ein Rettungswagen ausrückt und der Patient am Ende nicht ins Krankenhaus muss, ist das keine Fehlfahrt, sondern Versorgung",
            "Die Landkreise werden diese Lücke nicht dauerhaft aus eigenen Mitteln schließen können.",
        ]),
        sp("Dr. Anke Rösler", "Geschäftsführerin des Landkreistages", "Landkreistag", [
            "Wir brauchen eine gesetzliche Klarstellung, keine Einzelfallverhandlungen mit jeder Kasse",
        ], "Dr."),
    ],
    "member_lists": [],
    "mentioned_dates": ["2023-05-18", "2025"],
    "body_must_not_contain": ["Jägerallee 25", "Presseinformation", "www.landkreistag-brandenburg.de"],
    "notes": [
        "No publication date and no dateline in the document.",
        "Rösler's role is the preposed phrase before her name (without the article).",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# t04 Wasserverband, block member list with bullets
B = [
    "Strausberg. Der Wasserverband Strausberg-Erkner wächst: Die Verbandsversammlung hat in ihrer Sitzung am 19. Juni 2024 der Aufnahme von zwei weiteren Mitgliedern zugestimmt. Neu im Verband sind zum 1. Januar 2025:",
    ["Gemeinde Grünheide (Mark)", "Gemeinde Schöneiche bei Berlin"],
    "Beide Gemeinden waren bisher nur für einzelne Ortsteile Kunden des Verbandes. Mit der Vollmitgliedschaft übernimmt der Verband dort die gesamte Trinkwasserversorgung und Abwasserentsorgung.",
    "„Wir bekommen damit klare Zuständigkeiten in einer Region, die durch die Ansiedlungen rund um Grünheide unter besonderem Druck steht“, sagte Verbandsvorsteher Dirk Paschke. Er kündigte an, die Kapazität des Wasserwerks Hohenbinde bis 2027 zu erweitern.",
    "Der Vorsitzende der Verbandsversammlung, Gerd Wollenberg, sprach von einem „wichtigen Schritt“. Die Satzungsänderung muss noch von der Kommunalaufsicht genehmigt werden.",
]
T = f"""Wasserverband Strausberg-Erkner (WSE)
Pressemitteilung vom 21.06.2024

Zwei neue Mitglieder im Wasserverband

{body_plain(B, bullet="• ")}

Kontakt: Pressestelle WSE, Am Wasserwerk 1, 15344 Strausberg
"""
add("t04-wse-neue-mitglieder", "txt", T, {
    "title": "Zwei neue Mitglieder im Wasserverband",
    "kicker": None,
    "date": "2024-06-21",
    "place": "Strausberg",
    "speakers": [
        sp("Dirk Paschke", "Verbandsvorsteher", None, [
            "Wir bekommen damit klare Zuständigkeiten in einer Region, die durch die Ansiedlungen rund um Grünheide unter besonderem Druck steht",
        ]),
    ],
    "member_lists": [ml("Neu im Verband", [("Grünheide (Mark)", "Gemeinde"), ("Schöneiche bei Berlin", "Gemeinde")])],
    "mentioned_dates": ["2024-06-19", "2025-01-01", "2027"],
    "body_must_not_contain": ["Kontakt:", "Am Wasserwerk 1", "Pressemitteilung vom"],
    "notes": [
        "Bullets '• ' become '- ' list items in the body.",
        "Wollenberg only has a two-word fragment in quotation marks ('wichtigen Schritt') inside reported speech: not a speaker with a quote.",
        "'zwei weiteren Mitgliedern' matches the two listed: no warning.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# t05 ministry text with number line and a kicker line; quote across paragraphs
B = [
    "Potsdam – Das Land Brandenburg stockt die Förderung für Schulsozialarbeit auf. Ab dem Schuljahr 2025/26 finanziert das Ministerium für Bildung, Jugend und Sport 120 zusätzliche Stellen an Grund- und Oberschulen. Die Landkreise und kreisfreien Städte können die Mittel bis zum 30. April 2025 beantragen.",
    "„Schulsozialarbeit ist kein Luxus, sondern Teil einer guten Schule. Die Lehrkräfte sagen uns seit Jahren, dass sie diese Unterstützung brauchen“, sagte Bildungsministerin Dr. Sabine Ehlert am Freitag im Landtag.",
    "Ehlert verwies auf die Erfahrungen aus dem Programm „Schule stärken“, das seit 2019 an 85 Standorten läuft. „Wo Sozialarbeiterinnen und Sozialarbeiter im Haus sind, gehen Konflikte zurück und Schulabbrüche werden seltener.“",
    "Kritik kam von der Gewerkschaft Erziehung und Wissenschaft. Deren Landesvorsitzender Marco Ilgner sagte: „120 Stellen sind ein Anfang. Gebraucht werden aber mindestens doppelt so viele.“",
]
T = f"""Ministerium für Bildung, Jugend und Sport
Pressemitteilung Nr. 045/2025 | 14.03.2025

Bildung
120 neue Stellen für Schulsozialarbeit
Land stockt Förderung zum kommenden Schuljahr auf

{body_plain(B)}

Herausgeber: Ministerium für Bildung, Jugend und Sport, Heinrich-Mann-Allee 107, 14473 Potsdam
Pressesprecherin: Tel. 0331 866-3520
"""
add("t05-mbjs-schulsozialarbeit", "txt", T, {
    "title": "120 neue Stellen für Schulsozialarbeit",
    "subtitle": "Land stockt Förderung zum kommenden Schuljahr auf",
    "kicker": "Bildung",
    "date": "2025-03-14",
    "place": "Potsdam",
    "speakers": [
        sp("Dr. Sabine Ehlert", "Bildungsministerin", None, [
            "Schulsozialarbeit ist kein Luxus, sondern Teil einer guten Schule. Die Lehrkräfte sagen uns seit Jahren, dass sie diese Unterstützung brauchen",
            "Wo Sozialarbeiterinnen und Sozialarbeiter im Haus sind, gehen Konflikte zurück und Schulabbrüche werden seltener.",
        ], "Dr."),
        sp("Marco Ilgner", "Landesvorsitzender", None, [
            "120 Stellen sind ein Anfang. Gebraucht werden aber mindestens doppelt so viele.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2019", "2025", "2025-04-30", "2026"],
    "body_must_not_contain": ["Herausgeber:", "Heinrich-Mann-Allee 107", "Pressesprecherin", "Nr. 045/2025"],
    "notes": [
        "'Bildung' on its own line above the headline is the kicker (overline).",
        "Ilgner's role: 'Deren Landesvorsitzender' -> 'Landesvorsitzender' (the organisation is only referred to by 'Deren'); organisation null by the role rule.",
        "'Schule stärken' is a programme name, not a quote. 'Schuljahr 2025/26' is not a date.",
    ],
}, B)

# ---------------------------------------------------------------------------------------------
# t06 web copy-paste dump with nav debris and an inline member list
B = [
    "Eberswalde. Die Städte Eberswalde, Bernau bei Berlin und Schwedt/Oder sowie der Landkreis Barnim wollen ihre Wirtschaftsförderung enger verzahnen. Vertreterinnen und Vertreter der vier Partner haben am 20. November 2023 im Paul-Wunderlich-Haus eine gemeinsame Absichtserklärung unterzeichnet.",
    "Geplant sind ein gemeinsamer Auftritt auf Fachmessen, ein abgestimmtes Flächenkataster für Gewerbegebiete und ein Fachkräfteportal für die Region. Ein erster gemeinsamer Messestand ist für die Expo Real im Oktober 2024 vorgesehen.",
    "„Investoren fragen nicht nach Stadtgrenzen. Sie wollen wissen, wo sie schnell eine passende Fläche und gute Leute finden“, sagte Bürgermeister Götz Herrmann-Pietsch.",
    "Auch der Bürgermeister der Stadt Bernau bei Berlin, André Stahlberg, sieht Vorteile: „Wir konkurrieren künftig nicht mehr gegeneinander, sondern gemeinsam mit anderen Regionen.“",
]
T = f"""Startseite > Rathaus > Presse > Pressemitteilungen
Menü
Suche
Cookie-Hinweis: Diese Website verwendet nur technisch notwendige Cookies. [OK]

Regionale Wirtschaftsförderung: Vier Partner unterzeichnen Absichtserklärung

Datum: 21.11.2023

{body_plain(B)}

Drucken
Teilen
Zurück zur Übersicht

Das könnte Sie auch interessieren:
Weihnachtsmarkt auf dem Marktplatz eröffnet
Haushaltsentwurf 2024 liegt aus

Stadt Eberswalde | Breite Straße 41-44 | 16225 Eberswalde
"""
add("t06-dump-eberswalde-wirtschaft", "txt", T, {
    "title": "Regionale Wirtschaftsförderung: Vier Partner unterzeichnen Absichtserklärung",
    "kicker": None,
    "date": "2023-11-21",
    "place": "Eberswalde",
    "speakers": [
        sp("Götz Herrmann-Pietsch", "Bürgermeister", None, [
            "Investoren fragen nicht nach Stadtgrenzen. Sie wollen wissen, wo sie schnell eine passende Fläche und gute Leute finden",
        ]),
        sp("André Stahlberg", "Bürgermeister der Stadt Bernau bei Berlin", "Stadt Bernau bei Berlin", [
            "Wir konkurrieren künftig nicht mehr gegeneinander, sondern gemeinsam mit anderen Regionen.",
        ]),
    ],
    "member_lists": [ml("Partner", [("Eberswalde", "Stadt"), ("Bernau bei Berlin", "Stadt"), ("Schwedt/Oder", "Stadt"), ("Barnim", "Landkreis")])],
    "mentioned_dates": ["2023-11-20", "2024-10"],
    "body_must_not_contain": ["Cookie", "Startseite >", "Zurück zur Übersicht", "Weihnachtsmarkt auf dem Marktplatz", "Breite Straße 41-44", "Drucken"],
    "notes": [
        "Stahlberg: preposed role phrase, organisation Stadt Bernau bei Berlin.",
        "'Haushaltsentwurf 2024' is a related-teaser title, not body.",
    ],
}, B)


# =============================================================================================
def norm(s: str) -> str:
    s = re.sub(r"<[^>]+>", " ", s)
    s = html.unescape(s)
    return re.sub(r"\s+", " ", s)


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    errors = []
    for d in SETS:
        fname = f"{d['slug']}.{d['ext']}"
        raw = d["text"].encode(d["encoding"], errors="xmlcharrefreplace")
        (DOCS / fname).write_bytes(raw)
        text = norm(raw.decode(d["encoding"]))
        g = {"source": fname}
        g.update({k: v for k, v in d["gold"].items() if k != "notes"})
        g["language"] = "de"
        g["body"] = body_text(d["blocks"])
        g["notes"] = d["gold"].get("notes", [])
        checks = [g.get(k) for k in ("title", "subtitle", "kicker", "place")]
        checks += g.get("categories", [])
        for s in g["speakers"]:
            checks += [s["name"], s["role"], s["given_name"], s["surname"], *s["quotes"]]
            if s["honorific"]:
                checks.append(s["honorific"])
            if not s["name"].endswith(s["surname"]) or s["given_name"] not in s["name"]:
                errors.append(f"{fname}: name parts {s['name']}")
        for m in g["member_lists"]:
            checks += [x["name"] for x in m["members"]]
        checks += g["body_must_not_contain"]
        for b in d["blocks"]:
            checks += b if isinstance(b, list) else [b[3:] if b.startswith("## ") else b]
        for c in checks:
            if c and norm(c) not in text:
                errors.append(f"{fname}: not verbatim: {c[:70]!r}")
        body = g["body"]
        for c in g["body_must_not_contain"]:
            if c in body:
                errors.append(f"{fname}: must-not string in body: {c!r}")
        for s in g["speakers"]:
            for q in s["quotes"]:
                if q not in body:
                    errors.append(f"{fname}: quote not in body: {q[:50]!r}")
        (HERE / f"{d['slug']}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for e in errors:
        print(e)
    print(f"{len(SETS)} documents, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
