"""Builds the third blind gold set: documents in docs/ and one gold JSON per document.

All texts and all speakers are invented (real places and bodies only). Written without reading the
extractor or any earlier gold document. Run: python tests/gold_blind3/_build.py
It writes docs/ and *.json, then checks that every title, subtitle, kicker, speaker name, quote,
member name and body_must_contain string occurs verbatim in its document (after HTML-unescaping),
and that every body_must_not_contain string occurs in the raw document (so the check is meaningful).
"""

import html
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
DOCS = HERE / "docs"

COOKIE_1 = """<div id="cookie-consent" class="cookie-banner" role="dialog">
  <p>Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen. Einige sind technisch notwendig, andere helfen uns, das Angebot zu verbessern.</p>
  <button class="btn accept">Alle akzeptieren</button> <button class="btn">Nur notwendige Cookies</button> <a href="/datenschutz">Cookie-Einstellungen</a>
</div>"""

COOKIE_2 = """<div class="consent-overlay"><div class="consent-box">
<h2>Datenschutz-Einstellungen</h2>
<p>Diese Website nutzt externe Medien (z.&nbsp;B. Videos und Karten) und einen Webanalysedienst. Sie können Ihre Einwilligung jederzeit widerrufen.</p>
<label><input type="checkbox" checked disabled> Essenziell</label> <label><input type="checkbox"> Statistik</label> <label><input type="checkbox"> Externe Medien</label>
<button>Auswahl speichern</button></div></div>"""


def page_typo3(charset, site, nav, crumbs, article, sidebar, footer, banner=COOKIE_1):
    navhtml = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in nav)
    crumbhtml = " &gt; ".join(f"<a href='#'>{c}</a>" for c in crumbs)
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{site}</title>
<meta name="generator" content="TYPO3 CMS">
<link rel="stylesheet" href="/typo3temp/assets/css/main.css">
</head>
<body class="page-news">
<a class="skiplink" href="#content">Zum Inhalt springen</a>
{banner}
<header id="header"><div class="logo"><a href="/">{site}</a></div>
<nav class="mainnav"><ul>{navhtml}</ul></nav>
<div class="service"><a href="/leichte-sprache">Leichte Sprache</a> | <a href="/gebaerdensprache">Gebärdensprache</a> | <a href="/suche">Suche</a></div>
</header>
<div class="breadcrumb">Sie sind hier: {crumbhtml}</div>
<main id="content">
<div class="news news-single"><article class="article">
{article}
</article>
<div class="news-backlink-wrap"><a href="javascript:history.back()">Zurück zur Übersicht</a></div>
</div>
<aside class="sidebar">{sidebar}</aside>
</main>
<footer id="footer">{footer}</footer>
</body>
</html>
"""


def page_gsb(charset, site, nav, crumbs, article, sidebar, footer, banner=COOKIE_2):
    navhtml = "".join(f'<li class="navItem"><a href="#">{n}</a></li>' for n in nav)
    crumbhtml = "".join(f"<li><a href='#'>{c}</a></li>" for c in crumbs)
    return f"""<!doctype html>
<html lang="de"><head><meta charset="{charset}"><title>{site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.dataLayer=window.dataLayer||[];</script></head>
<body>
<div id="wrapperOuter">
<ul id="navSkiplinks"><li><a href="#main">Direkt zum Inhalt</a></li><li><a href="#navPrimary">Zur Hauptnavigation</a></li></ul>
{banner}
<div id="wrapperBranding"><p class="logo">{site}</p>
<form class="search" action="/SiteGlobals/Forms/Suche/Suche.html"><input name="templateQueryString" placeholder="Suchbegriff eingeben"><button>Suchen</button></form></div>
<div id="navPrimary"><ul>{navhtml}</ul></div>
<div id="navBreadcrumbs"><strong>Sie befinden sich hier:</strong><ol>{crumbhtml}</ol></div>
<div id="main" class="main">
{article}
<div class="socialBookmarks"><span>Teilen:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></div>
</div>
<div id="complementary" class="sidebar">{sidebar}</div>
<div id="footer">{footer}</div>
</div></body></html>
"""


def page_wp(charset, site, nav, crumbs, article, sidebar, footer, banner=COOKIE_1):
    navhtml = " ".join(f'<a class="menu-item" href="#">{n}</a>' for n in nav)
    crumbhtml = " / ".join(crumbs)
    return f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="{charset}" />
<meta name="generator" content="WordPress 6.4.3" />
<title>{site}</title>
<style>.cmplz-cookiebanner{{display:none}}</style>
</head>
<body class="post-template-default single single-post">
<div class="site">
<div class="top-bar">Telefon: Zentrale | <a href="#">Kontakt</a> | <a href="#">Anfahrt</a></div>
<header class="site-header"><p class="site-title">{site}</p><nav class="primary-menu">{navhtml}</nav></header>
<p class="breadcrumbs">{crumbhtml}</p>
<div id="primary" class="content-area"><main class="site-main">
{article}
<div class="sharedaddy"><h3 class="sd-title">Teilen mit:</h3><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Drucken</a></div>
<nav class="post-navigation"><a href="#" rel="prev">Vorheriger Beitrag</a> <a href="#" rel="next">Nächster Beitrag</a></nav>
</main></div>
<aside class="widget-area">{sidebar}</aside>
<footer class="site-footer">{footer}</footer>
</div>
{banner}
</body>
</html>
"""


def page_plain(charset, site, nav, crumbs, article, sidebar, footer, banner=""):
    navhtml = "<br>".join(nav)
    return f"""<html>
<head>
<meta http-equiv="content-type" content="text/html; charset={charset}">
<title>{site}</title>
</head>
<body bgcolor="#ffffff">
{banner}
<table width="100%" border="0"><tr>
<td class="left" valign="top" width="180">{navhtml}</td>
<td class="content" valign="top">
<div class="pfad">{" &raquo; ".join(crumbs)}</div>
{article}
</td>
<td class="right" valign="top" width="200">{sidebar}</td>
</tr></table>
<div class="fuss">{footer}</div>
</body>
</html>
"""


DOCS_SPEC = []  # (filename, encoding, content, gold)


def add(filename, encoding, content, gold):
    gold = {"source": filename, **gold}
    DOCS_SPEC.append((filename, encoding, content, gold))


def sp(name, role, organisation, quotes, honorific=None, given=None, surname=None):
    parts = name.split()
    if honorific is None:
        titles = [p for p in parts if p.endswith(".")]
        honorific = " ".join(titles) if titles else None
    rest = [p for p in parts if not p.endswith(".")]
    return {
        "name": name,
        "honorific": honorific,
        "given_name": given if given is not None else rest[0],
        "surname": surname if surname is not None else " ".join(rest[1:]),
        "role": role,
        "organisation": organisation,
        "quotes": quotes,
    }


# --------------------------------------------------------------------------------------------
# c01 Landkreis Tübingen, TYPO3, utf-8, kicker + category label, two speakers, indirect speech
# --------------------------------------------------------------------------------------------
add("c01-tuebingen-regionalstadtbahn.html", "utf-8", page_typo3(
    "utf-8", "Landkreis Tübingen – Pressemitteilungen",
    ["Landratsamt", "Bürgerservice", "Kreistag", "Wirtschaft", "Presse"],
    ["Startseite", "Landratsamt", "Presse", "Pressemitteilungen"],
    """<div class="news-header">
<span class="news-list-category kategorie">Pressemitteilung</span>
<span class="news-list-date"><time datetime="2024-03-14">14.03.2024</time></span>
<p class="dachzeile">Kreistag</p>
<h1 itemprop="headline">Kreistag gibt grünes Licht für die Planung der Regionalstadtbahn Neckar-Alb</h1>
<p class="teaser lead">Landkreis übernimmt Anteil an den Planungskosten von 4,2 Millionen Euro</p>
</div>
<div class="news-text-wrap" itemprop="articleBody">
<p>Tübingen. Der Kreistag des Landkreises Tübingen hat in seiner Sitzung am Mittwoch, 13. März 2024, mit großer Mehrheit beschlossen, die Entwurfsplanung für die Innenstadtstrecke der Regionalstadtbahn Neckar-Alb mitzufinanzieren. Auf den Landkreis entfallen rund 4,2 Millionen Euro der Planungskosten; den Rest teilen sich das Land und die beteiligten Kommunen.</p>
<p>„Die Regionalstadtbahn ist das wichtigste Verkehrsprojekt der nächsten zwanzig Jahre in unserer Region“, sagte Landrat Dr. Matthias Kienzle nach der Abstimmung. „Wer heute plant, fährt in zehn Jahren.“</p>
<p>Christiane Haug-Reutter, Erste Landesbeamtin des Landkreises Tübingen, erläuterte den Zeitplan: Die Unterlagen für die Planfeststellung sollen im Jahr 2026 vorliegen. „Wir gehen davon aus, dass wir den Antrag im Herbst 2026 einreichen können“, so Haug-Reutter. Der Zweckverband Regionalstadtbahn Neckar-Alb will bis Ende 2025 die Vergabe der Planungsleistungen abschließen.</p>
<p>Kritik kam aus den Reihen der Freien Wähler. Kreisrat Bernd Maichle bemängelte, die Kostenschätzung sei zu optimistisch, und forderte eine jährliche Berichterstattung im Ausschuss für Umwelt und Verkehr. Der Antrag wurde angenommen.</p>
</div>
<div class="news-img-wrap"><figure><img src="/fileadmin/stadtbahn.jpg" alt=""><figcaption>Visualisierung einer Haltestelle (Grafik: Zweckverband)</figcaption></figure></div>""",
    """<div class="box"><h3>Weitere Meldungen</h3><ul><li><a href="#">Abfallkalender 2024 ist online</a></li><li><a href="#">Impfaktion im Gesundheitsamt</a></li></ul></div>
<div class="box"><h3>Pressestelle</h3><p>Wilhelm-Keil-Straße 50<br>72072 Tübingen</p></div>""",
    """<p>© Landratsamt Tübingen | <a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></p>""",
), {
    "title": "Kreistag gibt grünes Licht für die Planung der Regionalstadtbahn Neckar-Alb",
    "subtitle": "Landkreis übernimmt Anteil an den Planungskosten von 4,2 Millionen Euro",
    "kicker": "Kreistag",
    "categories": ["Pressemitteilung"],
    "date": "2024-03-14",
    "place": "Tübingen",
    "language": "de",
    "speakers": [
        sp("Dr. Matthias Kienzle", "Landrat", None, [
            "Die Regionalstadtbahn ist das wichtigste Verkehrsprojekt der nächsten zwanzig Jahre in unserer Region",
            "Wer heute plant, fährt in zehn Jahren.",
        ]),
        sp("Christiane Haug-Reutter", "Erste Landesbeamtin des Landkreises Tübingen", "Landkreis Tübingen", [
            "Wir gehen davon aus, dass wir den Antrag im Herbst 2026 einreichen können",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-03-13", "2025", "2026"],
    "body_must_contain": ["Entwurfsplanung für die Innenstadtstrecke", "Kreisrat Bernd Maichle bemängelte"],
    "body_must_not_contain": ["Cookies", "Abfallkalender 2024", "Zurück zur Übersicht", "Leichte Sprache", "Barrierefreiheit"],
    "notes": [
        "'Pressemitteilung' (class kategorie) is a category label; 'Kreistag' (class dachzeile) directly above the h1 is the kicker.",
        "Maichle is reported in indirect speech only: no speaker entry.",
        "'im Jahr 2026' and 'im Herbst 2026' both give 2026; 'bis Ende 2025' gives 2025.",
    ],
})

# --------------------------------------------------------------------------------------------
# c02 Kreisverwaltung Mayen-Koblenz, plain table layout, windows-1252, short notice, no speaker
# --------------------------------------------------------------------------------------------
add("c02-myk-k52-sperrung.html", "windows-1252", page_plain(
    "windows-1252", "Kreisverwaltung Mayen-Koblenz - Pressemeldungen",
    ["Startseite", "Bürgerservice", "Kreispolitik", "Bauen &amp; Umwelt", "Presse"],
    ["Startseite", "Aktuelles", "Pressemeldungen"],
    """<div class="meldung">
<h1>K 52 zwischen Ochtendung und Kobern-Gondorf wird voll gesperrt</h1>
<p class="datum">Veröffentlicht am 27.05.2024</p>
<p>Koblenz. Wegen einer Fahrbahnsanierung wird die Kreisstraße 52 zwischen Ochtendung und Kobern-Gondorf von Montag, 3. Juni 2024, bis voraussichtlich Freitag, 14. Juni 2024, voll gesperrt. Die Umleitung erfolgt über die L 52 und die B 416 und ist ausgeschildert.</p>
<p>Die Arbeiten kosten rund 380.000 Euro, die der Landkreis Mayen-Koblenz trägt. Der Linienbusverkehr wird für die Dauer der Sperrung über Bassenheim umgeleitet; die Haltestelle „Ochtendung Sportplatz“ entfällt.</p>
<p>Die Kreisverwaltung bittet die Verkehrsteilnehmerinnen und Verkehrsteilnehmer um Verständnis.</p>
<p class="drucken"><a href="javascript:window.print()">Seite drucken</a> | <a href="#">Seite empfehlen</a></p>
</div>""",
    """<b>Aktuelle Meldungen</b><br><a href="#">Wertstoffhof Polch am Samstag geschlossen</a><br><a href="#">Ehrenamtskarte: Neue Partner</a>""",
    """Kreisverwaltung Mayen-Koblenz, Bahnhofstraße 9, 56068 Koblenz - <a href="#">Impressum</a> - <a href="#">Datenschutz</a>""",
), {
    "title": "K 52 zwischen Ochtendung und Kobern-Gondorf wird voll gesperrt",
    "subtitle": None,
    "kicker": None,
    "date": "2024-05-27",
    "place": "Koblenz",
    "language": "de",
    "speakers": [],
    "member_lists": [],
    "mentioned_dates": ["2024-06-03", "2024-06-14"],
    "body_must_contain": ["Die Umleitung erfolgt über die L 52 und die B 416", "um Verständnis"],
    "body_must_not_contain": ["Wertstoffhof Polch", "Seite drucken", "Bahnhofstraße 9"],
    "notes": ["Declared windows-1252. 'Ochtendung Sportplatz' is a quoted stop name, not a quote."],
})

# --------------------------------------------------------------------------------------------
# c03 Stadt Köln, GSB-like, utf-8, three speakers, »«, „“ and straight quotes, programme name
# --------------------------------------------------------------------------------------------
add("c03-koeln-veedel-foerderprogramm.html", "utf-8", page_gsb(
    "utf-8", "Stadt Köln",
    ["Leben in Köln", "Service", "Politik und Verwaltung", "Wirtschaft", "Kultur"],
    ["Startseite", "Politik und Verwaltung", "Presse", "Mitteilungen"],
    """<div class="article-meta"><span class="date">Pressemitteilung vom 05.09.2023</span></div>
<h1 class="isFirstInSlot">„Veedel für Veedel“: Stadt startet Förderprogramm für Nachbarschaftsprojekte</h1>
<p class="abstract">Bis zu 15.000 Euro je Projekt – Anträge ab 1. Oktober 2023 möglich</p>
<div class="text richtext">
<p>Die Stadt Köln unterstützt ab Herbst Initiativen, Vereine und Nachbarschaften, die ihr Viertel lebenswerter machen wollen. Mit dem neuen Förderprogramm „Veedel für Veedel“ stehen in den kommenden zwei Jahren insgesamt 1,8 Millionen Euro bereit. Der Rat hatte das Programm am 22. Juni 2023 beschlossen.</p>
<p>»Die besten Ideen für ein Veedel haben die Menschen, die dort leben«, sagt Oberbürgermeisterin Dr. Ingrid Vossebrecher. »Wir wollen diesen Ideen Geld und Rückenwind geben, ohne dass sich jemand durch einen Antragsdschungel kämpfen muss.«</p>
<p>Gefördert werden Projekte mit bis zu 15.000 Euro. Anträge können vom 1. Oktober 2023 bis zum 31. Januar 2024 über das Serviceportal der Stadt gestellt werden. Eine Jury aus Vertreterinnen und Vertretern der Bezirksvertretungen entscheidet im März 2024 über die erste Förderrunde.</p>
<p>Robert Kötting, Beigeordneter für Soziales, Gesundheit und Wohnen der Stadt Köln, verweist auf die Erfahrungen aus dem Pilotbezirk Mülheim: Dort seien 2022 bereits 14 Projekte gefördert worden, vom Gemeinschaftsgarten bis zur Repair-Werkstatt. Das Programm sei bewusst niedrigschwellig angelegt. "Wir haben gelernt, dass kleine Summen oft die größte Wirkung haben", sagte Kötting.</p>
<p>Für die Bezirksvertretungen begrüßte Bezirksbürgermeister Yusuf Demirtaş das Programm: „Jetzt müssen wir dafür sorgen, dass auch Menschen davon erfahren, die sonst keine Förderanträge stellen.“</p>
<p>Eine Informationsveranstaltung findet am Dienstag, 19. September 2023, um 18 Uhr im Bürgerzentrum Alte Feuerwache statt. Eine Anmeldung ist nicht erforderlich.</p>
</div>""",
    """<div class="teaser"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="#">Sperrmüll online anmelden</a></li><li><a href="#">Bürgerhaushalt: Ergebnisse</a></li></ul></div>""",
    """<ul><li><a href="#">Impressum</a></li><li><a href="#">Datenschutz</a></li><li><a href="#">Barrierefreiheit</a></li><li><a href="#">Kontakt</a></li></ul><p>© Stadt Köln</p>""",
), {
    "title": "„Veedel für Veedel“: Stadt startet Förderprogramm für Nachbarschaftsprojekte",
    "subtitle": "Bis zu 15.000 Euro je Projekt – Anträge ab 1. Oktober 2023 möglich",
    "kicker": None,
    "date": "2023-09-05",
    "place": None,
    "language": "de",
    "speakers": [
        sp("Dr. Ingrid Vossebrecher", "Oberbürgermeisterin", None, [
            "Die besten Ideen für ein Veedel haben die Menschen, die dort leben",
            "Wir wollen diesen Ideen Geld und Rückenwind geben, ohne dass sich jemand durch einen Antragsdschungel kämpfen muss.",
        ]),
        sp("Robert Kötting", "Beigeordneter für Soziales, Gesundheit und Wohnen der Stadt Köln", "Stadt Köln", [
            "Wir haben gelernt, dass kleine Summen oft die größte Wirkung haben",
        ]),
        sp("Yusuf Demirtaş", "Bezirksbürgermeister", None, [
            "Jetzt müssen wir dafür sorgen, dass auch Menschen davon erfahren, die sonst keine Förderanträge stellen.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2022", "2023-06-22", "2023-09-19", "2023-10-01", "2024-01-31", "2024-03"],
    "body_must_contain": ["Gefördert werden Projekte mit bis zu 15.000 Euro", "Bürgerzentrum Alte Feuerwache"],
    "body_must_not_contain": ["Datenschutz-Einstellungen", "Sperrmüll online anmelden", "Teilen:", "Direkt zum Inhalt"],
    "notes": [
        "Three quotation styles: »…« (Vossebrecher), straight \"…\" (Kötting), „…“ (Demirtaş).",
        "Kötting's Konjunktiv sentences are indirect speech; only the straight-quoted sentence is a quote.",
        "„Veedel für Veedel“ in the title and body is a programme name, not a quote. No dateline.",
    ],
})

# --------------------------------------------------------------------------------------------
# c04 Senatskanzlei Berlin, WP-like, headline quote, quoted law title, pronoun attribution
# --------------------------------------------------------------------------------------------
add("c04-berlin-digitalverwaltungsgesetz.html", "utf-8", page_wp(
    "UTF-8", "Berlin.de – Pressemitteilungen der Senatskanzlei",
    ["Politik &amp; Verwaltung", "Senat", "Presse", "Service"],
    ["Berlin.de", "Senatskanzlei", "Presse", "Pressemitteilungen"],
    """<article class="post">
<header class="entry-header">
<div class="entry-meta"><span class="posted-on">Pressemitteilung vom 11.06.2024</span></div>
<h1 class="entry-title">„Kein Antrag mehr auf Papier“ – Senat bringt Digitalisierungsgesetz auf den Weg</h1>
</header>
<div class="entry-content">
<p><strong>Aus der Sitzung des Senats:</strong></p>
<p>Der Senat hat heute auf Vorlage der Staatssekretärin für Digitalisierung und Verwaltungsmodernisierung in der Senatskanzlei, Dr. Leonie Brandtner, den Entwurf eines „Gesetzes zur Beschleunigung der digitalen Verwaltung in Berlin“ beschlossen und dem Abgeordnetenhaus zugeleitet. Das Gesetz soll am 1. Januar 2025 in Kraft treten.</p>
<p>Kern des Entwurfs sind verbindliche Fristen: Bis Ende 2026 sollen die 100 meistgenutzten Verwaltungsleistungen vollständig online angeboten werden. Die Bezirke erhalten dafür eine gemeinsame technische Plattform, die das IT-Dienstleistungszentrum Berlin betreibt.</p>
<p>Brandtner erklärte: „Kein Antrag mehr auf Papier – das ist unser Ziel. Das Gesetz gibt uns dafür erstmals verbindliche Fristen.“ „Wer umzieht, soll sich künftig nicht mehr an drei Stellen ummelden müssen“, fügte sie hinzu.</p>
<p>Aus den Bezirken kam Zustimmung. „Die Bezirke brauchen Planungssicherheit und eine gemeinsame technische Plattform, keine zwölf Insellösungen“, sagte Frank Olschewski, Bezirksbürgermeister des Bezirks Treptow-Köpenick.</p>
<p>Das Abgeordnetenhaus wird sich voraussichtlich nach der Sommerpause mit dem Entwurf befassen.</p>
</div>
</article>""",
    """<section class="widget"><h2 class="widget-title">Pressemitteilungen der letzten Tage</h2><ul><li><a href="#">Senat beschließt Haushaltsentwurf</a></li><li><a href="#">Neue Regeln für Parkgebühren</a></li></ul></section>""",
    """<p>Senatskanzlei Berlin · Jüdenstraße 1 · 10178 Berlin · <a href="#">Impressum</a> · <a href="#">Datenschutzerklärung</a></p>""",
), {
    "title": "„Kein Antrag mehr auf Papier“ – Senat bringt Digitalisierungsgesetz auf den Weg",
    "subtitle": None,
    "kicker": None,
    "date": "2024-06-11",
    "place": None,
    "language": "de",
    "speakers": [
        sp("Dr. Leonie Brandtner", "Staatssekretärin für Digitalisierung und Verwaltungsmodernisierung in der Senatskanzlei", "Senatskanzlei", [
            "Kein Antrag mehr auf Papier – das ist unser Ziel. Das Gesetz gibt uns dafür erstmals verbindliche Fristen.",
            "Wer umzieht, soll sich künftig nicht mehr an drei Stellen ummelden müssen",
        ]),
        sp("Frank Olschewski", "Bezirksbürgermeister des Bezirks Treptow-Köpenick", "Bezirk Treptow-Köpenick", [
            "Die Bezirke brauchen Planungssicherheit und eine gemeinsame technische Plattform, keine zwölf Insellösungen",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-01-01", "2026"],
    "body_must_contain": ["Kern des Entwurfs sind verbindliche Fristen", "nach der Sommerpause"],
    "body_must_not_contain": ["Senat beschließt Haushaltsentwurf", "Teilen mit", "Vorheriger Beitrag", "Jüdenstraße 1", "Cookies"],
    "notes": [
        "Brandtner's role is stated once (genitive context 'auf Vorlage der …, Dr. Leonie Brandtner,'); she is quoted later by surname and by pronoun.",
        "The law title in „…“ is not a quote. The headline quote repeats the start of Brandtner's quote.",
    ],
})

# --------------------------------------------------------------------------------------------
# c05 Landtag Schleswig-Holstein, text dump, "Kiel (SHL) –" dateline
# --------------------------------------------------------------------------------------------
add("c05-landtag-sh-tag-der-offenen-tuer.txt", "utf-8", """Der Landtag
Schleswig-Holstein
Pressemitteilung 48/2024
Kiel, 22. April 2024

Tag der offenen Tür im Landeshaus: Parlament lädt zum Blick hinter die Kulissen

Kiel (SHL) – Der Schleswig-Holsteinische Landtag öffnet am Sonntag, 26. Mai 2024, von 11 bis 17 Uhr die Türen des Landeshauses an der Kieler Förde. Besucherinnen und Besucher können den Plenarsaal besichtigen, mit Abgeordneten aller Fraktionen ins Gespräch kommen und an Führungen durch das historische Gebäude teilnehmen.

„Das Landeshaus ist das Haus aller Bürgerinnen und Bürger“, sagte Landtagsvizepräsidentin Merle Thiessen. „Wer einmal im Plenarsaal gestanden hat, versteht besser, wie Demokratie funktioniert.“

Für Kinder gibt es ein eigenes Programm mit einer Parlamentsrallye. Der Landtagsdirektor wies darauf hin, dass Taschenkontrollen am Eingang zu Wartezeiten führen könnten.

Anmeldungen für Gruppenführungen sind bis zum 10. Mai 2024 möglich. Der Eintritt ist frei.

Verantwortlich für diesen Pressetext: Landtag Schleswig-Holstein, Referat für Öffentlichkeitsarbeit, Düsternbrooker Weg 70, 24105 Kiel
Internet: www.sh-landtag.de
""", {
    "title": "Tag der offenen Tür im Landeshaus: Parlament lädt zum Blick hinter die Kulissen",
    "subtitle": None,
    "date": "2024-04-22",
    "place": "Kiel",
    "language": "de",
    "speakers": [
        sp("Merle Thiessen", "Landtagsvizepräsidentin", None, [
            "Das Landeshaus ist das Haus aller Bürgerinnen und Bürger",
            "Wer einmal im Plenarsaal gestanden hat, versteht besser, wie Demokratie funktioniert.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-05-10", "2024-05-26"],
    "body_must_contain": ["Parlamentsrallye", "Der Eintritt ist frei."],
    "body_must_not_contain": ["Düsternbrooker Weg 70", "Verantwortlich für diesen Pressetext"],
    "notes": ["Kicker not scored: the header block has several lines (body, number, date line) and none is clearly an overline."],
})

# --------------------------------------------------------------------------------------------
# c06 BMBF, GSB, utf-8, category above h1, role before name, genitive org (-s ending)
# --------------------------------------------------------------------------------------------
add("c06-bmbf-werkstatt-zukunft.html", "utf-8", page_gsb(
    "UTF-8", "Bundesministerium für Bildung und Forschung - BMBF",
    ["Bildung", "Forschung", "Wissenschaft", "Ministerium", "Service"],
    ["Startseite", "Service", "Presse", "Pressemitteilungen"],
    """<div class="category kategorie">Pressemitteilung</div>
<h1>Bund fördert 40 überbetriebliche Ausbildungsstätten</h1>
<p class="subheadline">Förderaufruf „Werkstatt Zukunft“ startet – Einreichung bis 30. September 2024</p>
<p class="date">02.07.2024</p>
<div class="text">
<p>Das Bundesministerium für Bildung und Forschung fördert die Modernisierung von bis zu 40 überbetrieblichen Berufsbildungsstätten. Mit dem Förderaufruf „Werkstatt Zukunft“ stehen insgesamt 120 Millionen Euro zur Verfügung. Das Programm läuft bis 2028.</p>
<p>„Überbetriebliche Ausbildungsstätten sind das Rückgrat der Ausbildung im Handwerk. Wer hier modernisiert, sichert Fachkräfte für die Energiewende“, sagte die Parlamentarische Staatssekretärin im Bundesministerium für Bildung und Forschung Dr. Carola Wendisch am Dienstag bei einem Besuch in einer Lehrwerkstatt.</p>
<p>Gefördert werden unter anderem digitale Lernplätze, Übungsanlagen für Wärmepumpen und Photovoltaik sowie barrierefreie Umbauten. Skizzen können bis zum 30. September 2024 eingereicht werden; die ersten Förderbescheide sollen im Frühjahr 2025 versandt werden.</p>
<p>Anke Zellweger, stellvertretende Generalsekretärin des Zentralverbands des Deutschen Handwerks, sagte: „Jeder Euro in überbetriebliche Lehrwerkstätten ist ein Euro gegen den Fachkräftemangel.“</p>
</div>""",
    """<div class="teaser"><h2>Mehr zum Thema</h2><a href="#">Berufsbildungsbericht</a><br><a href="#">Aufstiegs-BAföG</a></div>""",
    """<p><a href="#">Impressum</a> | <a href="#">Datenschutz</a> | <a href="#">Gebärdensprache</a> | <a href="#">Leichte Sprache</a></p>""",
), {
    "title": "Bund fördert 40 überbetriebliche Ausbildungsstätten",
    "subtitle": "Förderaufruf „Werkstatt Zukunft“ startet – Einreichung bis 30. September 2024",
    "kicker": None,
    "categories": ["Pressemitteilung"],
    "date": "2024-07-02",
    "place": None,
    "language": "de",
    "speakers": [
        sp("Dr. Carola Wendisch", "Parlamentarische Staatssekretärin im Bundesministerium für Bildung und Forschung", "Bundesministerium für Bildung und Forschung", [
            "Überbetriebliche Ausbildungsstätten sind das Rückgrat der Ausbildung im Handwerk. Wer hier modernisiert, sichert Fachkräfte für die Energiewende",
        ]),
        sp("Anke Zellweger", "stellvertretende Generalsekretärin des Zentralverbands des Deutschen Handwerks", "Zentralverband des Deutschen Handwerks", [
            "Jeder Euro in überbetriebliche Lehrwerkstätten ist ein Euro gegen den Fachkräftemangel.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-09-30", "2025", "2028"],
    "body_must_contain": ["Übungsanlagen für Wärmepumpen", "Das Programm läuft bis 2028."],
    "body_must_not_contain": ["Aufstiegs-BAföG", "Sie befinden sich hier", "Datenschutz-Einstellungen", "Teilen:"],
    "notes": [
        "Wendisch has no apposition: the role is the title before the name (the whole prepositional title).",
        "Organisation in nominative: 'des Zentralverbands des Deutschen Handwerks' -> 'Zentralverband des Deutschen Handwerks'.",
        "'am Dienstag' is the publication day, not a separately stated date.",
    ],
})

# --------------------------------------------------------------------------------------------
# c07 Kreissparkasse Ludwigsburg, WP, ISO-8859-15 with entities, no publication date
# --------------------------------------------------------------------------------------------
add("c07-ksk-ludwigsburg-bilanz.html", "iso-8859-15", page_wp(
    "ISO-8859-15", "Kreissparkasse Ludwigsburg - Presse",
    ["Privatkunden", "Firmenkunden", "Ihre Sparkasse", "Presse"],
    ["Startseite", "Ihre Sparkasse", "Presse"],
    """<article class="post">
<p class="topline">Bilanzpressekonferenz</p>
<h1 class="entry-title">Kreissparkasse Ludwigsburg blickt auf stabiles Geschäftsjahr zurück</h1>
<div class="entry-content">
<p>Ludwigsburg &ndash; Die Kreissparkasse Ludwigsburg hat das Geschäftsjahr 2023 mit einem Betriebsergebnis vor Bewertung von 142 Millionen Euro abgeschlossen. Die Bilanzsumme stieg um 2,1 Prozent auf 13,4 Milliarden Euro.</p>
<p>&bdquo;Wir haben in einem schwierigen Umfeld mehr Kredite an den Mittelstand vergeben als je zuvor&ldquo;, sagte Vorstandsvorsitzender Dr. Heiko Brändle bei der Vorstellung der Zahlen. &bdquo;Das zeigt, dass die Unternehmen im Landkreis trotz allem investieren.&ldquo;</p>
<p>Im Privatkundengeschäft verzeichnete die Sparkasse eine steigende Nachfrage nach Festgeldanlagen. Ab dem 1. April 2024 stellt das Institut zudem drei Filialen auf Selbstbedienung mit Videoberatung um.</p>
<p>Vorstandsmitglied Petra Kaltenbach verteidigte die Umstellung: &raquo;Niemand verliert seine Beraterin oder seinen Berater. Wir sind nur auf einem anderen Weg erreichbar.&laquo; Für das laufende Jahr rechnet der Vorstand mit einem leicht rückläufigen Zinsüberschuss.</p>
</div>
</article>""",
    """<section class="widget"><h2>Kontakt Presse</h2><p>Unternehmenskommunikation<br>Schillerplatz 6, 71638 Ludwigsburg</p></section>""",
    """<p>&copy; Kreissparkasse Ludwigsburg &middot; <a href="#">Impressum</a> &middot; <a href="#">Datenschutz</a> &middot; <a href="#">Preise und Hinweise</a></p>""",
), {
    "title": "Kreissparkasse Ludwigsburg blickt auf stabiles Geschäftsjahr zurück",
    "subtitle": None,
    "kicker": "Bilanzpressekonferenz",
    "date": None,
    "place": "Ludwigsburg",
    "language": "de",
    "speakers": [
        sp("Dr. Heiko Brändle", "Vorstandsvorsitzender", None, [
            "Wir haben in einem schwierigen Umfeld mehr Kredite an den Mittelstand vergeben als je zuvor",
            "Das zeigt, dass die Unternehmen im Landkreis trotz allem investieren.",
        ]),
        sp("Petra Kaltenbach", "Vorstandsmitglied", None, [
            "Niemand verliert seine Beraterin oder seinen Berater. Wir sind nur auf einem anderen Weg erreichbar.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2023", "2024-04-01"],
    "body_must_contain": ["Festgeldanlagen", "leicht rückläufigen Zinsüberschuss"],
    "body_must_not_contain": ["Schillerplatz 6", "Preise und Hinweise", "Nächster Beitrag", "Cookies"],
    "notes": [
        "ISO-8859-15 declared; typographic quotes and the dash are HTML entities (&bdquo; &ldquo; &raquo; &laquo; &ndash;).",
        "No publication date anywhere on the page: date null.",
    ],
})

# --------------------------------------------------------------------------------------------
# c08 Hochschule Trier, TYPO3, all-caps dateline, Prof. Dr., category label
# --------------------------------------------------------------------------------------------
add("c08-hochschule-trier-wasserstofflabor.html", "utf-8", page_typo3(
    "utf-8", "Hochschule Trier – Umwelt-Campus Birkenfeld",
    ["Studium", "Forschung", "Campus", "Hochschule", "Presse"],
    ["Startseite", "Campus", "Aktuelles", "Pressemitteilungen"],
    """<div class="news-meta"><span class="category kategorie">Forschung</span> <span class="date">08.10.2024</span></div>
<h1>Neues Labor für Wasserstofftechnik am Umwelt-Campus eröffnet</h1>
<div class="bodytext">
<p>BIRKENFELD. Mit einem Festakt hat die Hochschule Trier am Umwelt-Campus Birkenfeld ihr neues Labor für Wasserstofftechnik eröffnet. Das Land hat den Bau seit Januar 2022 mit 2,4 Millionen Euro gefördert. Der Staatssekretär im Ministerium für Wissenschaft und Gesundheit, Dr. Udo Kerkhoff, sprach von einem Leuchtturm für die Region; das Land werde die Forschung zu grünem Wasserstoff weiter unterstützen.</p>
<p>„Hier lernen künftige Ingenieurinnen und Ingenieure nicht aus dem Lehrbuch, sondern am echten Elektrolyseur“, sagte Prof. Dr. Susanne Lehnert-Bach, Präsidentin der Hochschule Trier. „Damit holen wir ein Stück Energiewende direkt auf den Campus.“</p>
<p>Im Labor stehen ein Elektrolyseur mit 250 Kilowatt Leistung, ein Drucktank und mehrere Brennstoffzellen-Prüfstände. Ab April 2025 sollen dort auch Weiterbildungskurse für Handwerksbetriebe stattfinden.</p>
<p>Masterstudent Jonas Reinartz hat bereits beim Aufbau mitgearbeitet: „Dass wir als Studierende an so einer Anlage forschen dürfen, ist ein riesiger Vorteil.“</p>
</div>""",
    """<div class="box"><h3>Termine</h3><p>Infotag für Studieninteressierte</p></div>""",
    """<p>Hochschule Trier · Schneidershof · 54293 Trier · <a href="#">Impressum</a> · <a href="#">Datenschutz</a></p>""",
), {
    "title": "Neues Labor für Wasserstofftechnik am Umwelt-Campus eröffnet",
    "subtitle": None,
    "kicker": None,
    "categories": ["Forschung"],
    "date": "2024-10-08",
    "place": "Birkenfeld",
    "language": "de",
    "speakers": [
        sp("Prof. Dr. Susanne Lehnert-Bach", "Präsidentin der Hochschule Trier", "Hochschule Trier", [
            "Hier lernen künftige Ingenieurinnen und Ingenieure nicht aus dem Lehrbuch, sondern am echten Elektrolyseur",
            "Damit holen wir ein Stück Energiewende direkt auf den Campus.",
        ]),
        sp("Jonas Reinartz", "Masterstudent", None, [
            "Dass wir als Studierende an so einer Anlage forschen dürfen, ist ein riesiger Vorteil.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2022-01", "2025-04"],
    "body_must_contain": ["Elektrolyseur mit 250 Kilowatt Leistung", "Weiterbildungskurse für Handwerksbetriebe"],
    "body_must_not_contain": ["Infotag für Studieninteressierte", "Schneidershof", "Cookie-Einstellungen"],
    "notes": [
        "Dateline is in capitals ('BIRKENFELD.'); the place is given in normal case.",
        "Kerkhoff is reported in indirect speech only: no speaker entry.",
    ],
})

# --------------------------------------------------------------------------------------------
# c09 Polizeipräsidium Mannheim, presseportal-like, issuer line as kicker, (ots) dateline
# --------------------------------------------------------------------------------------------
add("c09-pp-mannheim-kita-einbruch.html", "utf-8", page_gsb(
    "utf-8", "Presseportal Blaulicht",
    ["Wirtschaft", "Blaulicht", "Politik", "Kultur"],
    ["Startseite", "Blaulicht", "Baden-Württemberg"],
    """<div class="story">
<p class="story-customer"><a href="#">Polizeipräsidium Mannheim</a></p>
<h1>POL-MA: Heidelberg-Weststadt: Einbruch in Kindertagesstätte - Zeugen gesucht</h1>
<p class="date">14.02.2024 – 10:42</p>
<p>Heidelberg (ots) - In der Nacht zum Dienstag (13.02.2024) brachen bislang unbekannte Täter in eine Kindertagesstätte in der Weststadt ein. Die Täter hebelten gegen 2:30 Uhr ein Fenster im Erdgeschoss auf und durchsuchten mehrere Räume. Entwendet wurden nach ersten Erkenntnissen ein Laptop und eine Geldkassette mit rund 200 Euro.</p>
<p>Eine Anwohnerin hatte gegen 2:30 Uhr Geräusche gehört und zwei dunkel gekleidete Personen gesehen, die in Richtung Römerstraße davonliefen. Nach Angaben eines Polizeisprechers könnte die Tat mit einem ähnlichen Einbruch in Rohrbach zusammenhängen.</p>
<p>Zeugen, die verdächtige Beobachtungen gemacht haben, werden gebeten, sich beim Polizeirevier Heidelberg-Süd unter der Telefonnummer 06221 3418-0 zu melden.</p>
<p class="customer-footer">Original-Content von: Polizeipräsidium Mannheim, übermittelt durch news aktuell</p>
</div>""",
    """<div class="teaser"><h2>Weitere Meldungen</h2><a href="#">POL-MA: Mannheim: Verkehrsunfall auf der B 38</a></div>""",
    """<p>© news aktuell GmbH · <a href="#">AGB</a> · <a href="#">Impressum</a></p>""",
), {
    "title": "POL-MA: Heidelberg-Weststadt: Einbruch in Kindertagesstätte - Zeugen gesucht",
    "subtitle": None,
    "kicker": "Polizeipräsidium Mannheim",
    "date": "2024-02-14",
    "place": "Heidelberg",
    "language": "de",
    "speakers": [],
    "member_lists": [],
    "mentioned_dates": ["2024-02-13"],
    "body_must_contain": ["hebelten gegen 2:30 Uhr ein Fenster", "Polizeirevier Heidelberg-Süd"],
    "body_must_not_contain": ["übermittelt durch news aktuell", "Verkehrsunfall auf der B 38", "AGB"],
    "notes": ["The issuer name line above the h1 is the kicker. The Polizeisprecher is indirect speech only."],
})

# --------------------------------------------------------------------------------------------
# c10 Abwasserzweckverband (Sachsen), TYPO3, member list with stated matching count
# --------------------------------------------------------------------------------------------
add("c10-azv-obere-zschopau-gebuehren.html", "utf-8", page_typo3(
    "utf-8", "Abwasserzweckverband Obere Zschopau",
    ["Verband", "Abwasser", "Gebühren", "Satzungen", "Aktuelles"],
    ["Startseite", "Aktuelles"],
    """<h1>Verbandsversammlung beschließt neue Abwassergebühren</h1>
<p class="news-date">Veröffentlicht: 18. November 2024</p>
<div class="news-text">
<p>Die Verbandsversammlung des Abwasserzweckverbandes Obere Zschopau hat am 14. November 2024 in Zschopau die neue Gebührenkalkulation beschlossen. Die Schmutzwassergebühr steigt zum 1. Januar 2025 von 3,85 Euro auf 4,20 Euro je Kubikmeter; die Grundgebühr bleibt unverändert.</p>
<p>„Wir haben die Erhöhung so gering wie möglich gehalten, obwohl Energie und Klärschlammentsorgung deutlich teurer geworden sind“, sagte Verbandsvorsitzender Steffen Ullrich, Bürgermeister der Stadt Wolkenstein.</p>
<p>Dem Verband gehören sechs Mitgliedskommunen an:</p>
<ul>
<li>Stadt Zschopau</li>
<li>Stadt Wolkenstein</li>
<li>Gemeinde Gornau/Erzgeb.</li>
<li>Gemeinde Großolbersdorf</li>
<li>Gemeinde Drebach</li>
<li>Gemeinde Amtsberg</li>
</ul>
<p>Die Gebührenbescheide werden im Februar 2025 versandt. Die Satzung liegt in der Geschäftsstelle zur Einsicht aus.</p>
</div>""",
    """<div class="box"><h3>Störungsdienst</h3><p>Bereitschaft rund um die Uhr</p></div>""",
    """<p>Abwasserzweckverband Obere Zschopau · <a href="#">Impressum</a> · <a href="#">Datenschutz</a></p>""",
), {
    "title": "Verbandsversammlung beschließt neue Abwassergebühren",
    "subtitle": None,
    "kicker": None,
    "date": "2024-11-18",
    "place": None,
    "language": "de",
    "speakers": [
        sp("Steffen Ullrich", "Bürgermeister der Stadt Wolkenstein", "Stadt Wolkenstein", [
            "Wir haben die Erhöhung so gering wie möglich gehalten, obwohl Energie und Klärschlammentsorgung deutlich teurer geworden sind",
        ]),
    ],
    "member_lists": [
        {"label": "Mitgliedskommunen", "members": [
            {"name": "Zschopau", "kind": "Stadt"},
            {"name": "Wolkenstein", "kind": "Stadt"},
            {"name": "Gornau/Erzgeb.", "kind": "Gemeinde"},
            {"name": "Großolbersdorf", "kind": "Gemeinde"},
            {"name": "Drebach", "kind": "Gemeinde"},
            {"name": "Amtsberg", "kind": "Gemeinde"},
        ]},
    ],
    "mentioned_dates": ["2024-11-14", "2025-01-01", "2025-02"],
    "body_must_contain": ["von 3,85 Euro auf 4,20 Euro je Kubikmeter", "Die Satzung liegt in der Geschäftsstelle zur Einsicht aus."],
    "body_must_not_contain": ["Störungsdienst", "Cookies", "Zurück zur Übersicht"],
    "notes": [
        "Ullrich has both a title before the name (Verbandsvorsitzender) and an apposition; the apposition is the role.",
        "Stated count 'sechs' matches the six entries: no warning expected.",
    ],
})

# --------------------------------------------------------------------------------------------
# c11 Stadt Leipzig Medieninformation, WP, role stated once, surname quotes, plural org
# --------------------------------------------------------------------------------------------
add("c11-leipzig-sonntagsoeffnung-bibliothek.html", "utf-8", page_wp(
    "utf-8", "Stadt Leipzig – Medieninformationen",
    ["Bürgerservice", "Kultur", "Freizeit", "Wirtschaft", "Rathaus"],
    ["Startseite", "Rathaus", "Medieninformationen"],
    """<article>
<p class="mi-meta">Medieninformation vom 03.12.2024</p>
<h1 class="entry-title">Stadtbibliothek öffnet künftig auch sonntags</h1>
<p class="mi-teaser">Probephase in der Zentralbibliothek am Wilhelm-Leuschner-Platz</p>
<div class="entry-content">
<p>Die Leipziger Städtischen Bibliotheken öffnen ab dem 12. Januar 2025 ihre Zentralbibliothek am Wilhelm-Leuschner-Platz auch sonntags von 13 bis 18 Uhr. Die Probephase läuft zunächst bis zum 30. Juni 2025. Möglich wird das durch ein neues Gesetz des Freistaates, das die Sonntagsöffnung öffentlicher Bibliotheken erlaubt.</p>
<p>Die Bürgermeisterin und Beigeordnete für Kultur, Dr. Anja Feller, hat das Vorhaben im Kulturausschuss vorgestellt. Sonntags hätten Familien und Berufstätige endlich Zeit für die Bibliothek, betonte sie.</p>
<p>„Die Bibliothek ist das Wohnzimmer der Stadt. Und Wohnzimmer sind am Sonntag nicht abgeschlossen“, sagte Feller.</p>
<p>Katrin Mohnhaupt, Direktorin der Leipziger Städtischen Bibliotheken, erklärte: „Wir setzen an Sonntagen vor allem auf Veranstaltungen, Lesecafé und Lernplätze. Die Ausleihe läuft über die Selbstverbuchung.“</p>
<p>Für die Sonntagsdienste wurden sechs zusätzliche Stellen geschaffen.</p>
</div>
</article>""",
    """<section class="widget"><h2>Neueste Medieninformationen</h2><ul><li><a href="#">Weihnachtsmarkt: Verkehrshinweise</a></li></ul></section>""",
    """<p>Stadt Leipzig · Referat Kommunikation · <a href="#">Impressum</a> · <a href="#">Datenschutz</a></p>""",
), {
    "title": "Stadtbibliothek öffnet künftig auch sonntags",
    "subtitle": "Probephase in der Zentralbibliothek am Wilhelm-Leuschner-Platz",
    "kicker": None,
    "date": "2024-12-03",
    "place": None,
    "language": "de",
    "speakers": [
        sp("Dr. Anja Feller", "Bürgermeisterin und Beigeordnete für Kultur", None, [
            "Die Bibliothek ist das Wohnzimmer der Stadt. Und Wohnzimmer sind am Sonntag nicht abgeschlossen",
        ]),
        sp("Katrin Mohnhaupt", "Direktorin der Leipziger Städtischen Bibliotheken", "Leipziger Städtische Bibliotheken", [
            "Wir setzen an Sonntagen vor allem auf Veranstaltungen, Lesecafé und Lernplätze. Die Ausleihe läuft über die Selbstverbuchung.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-01-12", "2025-06-30"],
    "body_must_contain": ["sechs zusätzliche Stellen", "Sonntags hätten Familien und Berufstätige"],
    "body_must_not_contain": ["Weihnachtsmarkt: Verkehrshinweise", "Referat Kommunikation", "Teilen mit"],
    "notes": [
        "Feller's role is stated in an apposition before her quote paragraph; she is quoted by surname.",
        "Mohnhaupt's organisation in nominative (plural, official name): 'Leipziger Städtische Bibliotheken'.",
    ],
})

# --------------------------------------------------------------------------------------------
# c12 Landratsamt Rosenheim, plain, windows-1252, kicker, dateline with date, pronoun quote
# --------------------------------------------------------------------------------------------
add("c12-lra-rosenheim-dorflaeden.html", "windows-1252", page_plain(
    "windows-1252", "Landratsamt Rosenheim - Pressemitteilungen",
    ["Bürgerservice", "Landkreis", "Landrat", "Presse", "Stellenangebote"],
    ["Startseite", "Presse", "Pressemitteilungen 2024"],
    """<div class="pm">
<p class="ueberschrift-klein">Landratsamt Rosenheim</p>
<h1>Landkreis startet Förderprogramm für Dorfläden</h1>
<h2 class="unterzeile">Bis zu 30.000 Euro Zuschuss für Gründung und Modernisierung</h2>
<p>Rosenheim, 06.08.2024 – Der Landkreis Rosenheim unterstützt künftig Dorfläden in Gemeinden ohne eigenen Lebensmittelhandel. Seit 2019 haben im Landkreis sieben Dorfläden geschlossen, zuletzt in zwei Gemeinden im Inntal.</p>
<p>Landrat Michael Obermaier stellte das Programm am Montag im Kreisausschuss vor. Er betonte: „Ein Dorfladen ist mehr als ein Geschäft. Er ist oft der letzte Treffpunkt im Ort.“ Gefördert werden Investitionen in Ladeneinrichtung, Kühltechnik und Kassensysteme mit bis zu 40 Prozent, höchstens 30.000 Euro.</p>
<p>„Wir wollen, dass niemand für ein Pfund Butter zehn Kilometer fahren muss“, sagte Obermaier weiter.</p>
<p>Annette Kreuzpointner, Leiterin der Wirtschaftsförderung des Landkreises Rosenheim, berät Initiativen bei der Antragstellung. Anträge können bis zum 31. Oktober 2024 gestellt werden.</p>
</div>""",
    """<b>Service</b><br><a href="#">Kfz-Zulassung online</a><br><a href="#">Öffnungszeiten</a>""",
    """Landratsamt Rosenheim | Wittelsbacherstraße 53 | 83022 Rosenheim | <a href="#">Impressum</a>""",
    banner=COOKIE_1,
), {
    "title": "Landkreis startet Förderprogramm für Dorfläden",
    "subtitle": "Bis zu 30.000 Euro Zuschuss für Gründung und Modernisierung",
    "kicker": "Landratsamt Rosenheim",
    "date": "2024-08-06",
    "place": "Rosenheim",
    "language": "de",
    "speakers": [
        sp("Michael Obermaier", "Landrat", None, [
            "Ein Dorfladen ist mehr als ein Geschäft. Er ist oft der letzte Treffpunkt im Ort.",
            "Wir wollen, dass niemand für ein Pfund Butter zehn Kilometer fahren muss",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2019", "2024-10-31"],
    "body_must_contain": ["Ladeneinrichtung, Kühltechnik und Kassensysteme", "Anträge können bis zum 31. Oktober 2024 gestellt werden."],
    "body_must_not_contain": ["Kfz-Zulassung online", "Wittelsbacherstraße 53", "Cookies"],
    "notes": [
        "windows-1252 declared. Dateline 'Rosenheim, 06.08.2024 –' states place and publication date.",
        "Kreuzpointner is not quoted: no speaker entry.",
    ],
})

# --------------------------------------------------------------------------------------------
# c13 Rathaus Umschau München, text dump
# --------------------------------------------------------------------------------------------
add("c13-muenchen-ru-trinkwasserbrunnen.txt", "utf-8", """Rathaus Umschau
Donnerstag, 7. November 2024
Ausgabe 214
ru.muenchen.de

Herausgeber: Presse- und Informationsamt der Landeshauptstadt München
Verantwortlich für den Inhalt: Dr. Martin Obergruber, Rathaus, Marienplatz 8, 80331 München

Meldungen

Zwölf neue Trinkwasserbrunnen für die Innenstadt

(7.11.2024) Das Baureferat stellt in der Innenstadt und in der Maxvorstadt zwölf weitere öffentliche Trinkwasserbrunnen auf. Die Standorte wurden gemeinsam mit den Bezirksausschüssen ausgewählt, unter anderem am Sendlinger Tor, am Gärtnerplatz und vor der Pinakothek der Moderne.

„Trinkwasser für alle, kostenlos und an heißen Tagen lebenswichtig – dafür stehen unsere Brunnen“, sagt Baureferentin Dr. Julia Hartinger. „Jeder neue Brunnen ist ein kleiner Baustein für eine hitzeresiliente Stadt.“

Die Brunnen gehen im April 2025 in Betrieb und bleiben bis Ende Oktober 2025 eingeschaltet. Betrieb und Wartung übernehmen die Stadtwerke München. Die Kosten liegen bei rund 540.000 Euro.
""", {
    "title": "Zwölf neue Trinkwasserbrunnen für die Innenstadt",
    "subtitle": None,
    "date": "2024-11-07",
    "place": None,
    "language": "de",
    "speakers": [
        # (stop 31: the Referat the text names, as a compound minister's title gives the ministry the text
        # names — README, Speakers)
        sp("Dr. Julia Hartinger", "Baureferentin", "Baureferat", [
            "Trinkwasser für alle, kostenlos und an heißen Tagen lebenswichtig – dafür stehen unsere Brunnen",
            "Jeder neue Brunnen ist ein kleiner Baustein für eine hitzeresiliente Stadt.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-04", "2025-10"],
    "body_must_contain": ["Sendlinger Tor, am Gärtnerplatz", "Die Kosten liegen bei rund 540.000 Euro."],
    "body_must_not_contain": ["Verantwortlich für den Inhalt", "Marienplatz 8", "Ausgabe 214"],
    "notes": [
        "Kicker and categories not scored (issue header and section heading 'Meldungen' are ambiguous).",
        "The issue date is the publication date; '(7.11.2024)' repeats it and is not a mentioned date.",
    ],
})

# --------------------------------------------------------------------------------------------
# c14 Amtliches Bekanntmachungsblatt (MV), member list, stated count differs -> warning
# --------------------------------------------------------------------------------------------
add("c14-amtsblatt-wazv-krakower-seenland.txt", "utf-8", """Amtliches Bekanntmachungsblatt des Amtes Krakow am See
Jahrgang 34 | Nr. 4 | Ausgabetag: 12. April 2024

Inhalt
1. Bekanntmachung der 3. Änderungssatzung zur Verbandssatzung des Wasser- und Abwasserzweckverbandes Krakower Seenland ... Seite 2
2. Sitzungstermine der Gemeindevertretungen ... Seite 5

-- Seite 2 --

Bekanntmachung der 3. Änderungssatzung zur Verbandssatzung des Wasser- und Abwasserzweckverbandes Krakower Seenland

Die Verbandsversammlung des Wasser- und Abwasserzweckverbandes Krakower Seenland hat am 6. März 2024 die 3. Änderungssatzung zur Verbandssatzung beschlossen. Der Landrat des Landkreises Rostock hat die Änderung als untere Rechtsaufsichtsbehörde mit Bescheid vom 28. März 2024 genehmigt.

Artikel 1
§ 1 Absatz 2 der Verbandssatzung erhält folgende Fassung:
„(2) Dem Zweckverband gehören folgende zwölf Städte und Gemeinden an:
- Stadt Krakow am See
- Gemeinde Dobbin-Linstow
- Gemeinde Hoppenrade
- Gemeinde Kuchelmiß
- Gemeinde Lalendorf
- Gemeinde Zehna
- Gemeinde Mühl Rosin
- Gemeinde Gutow
- Gemeinde Plaaz
- Stadt Laage
- Gemeinde Dolgen am See“

Artikel 2
Diese Satzung tritt am 1. Mai 2024 in Kraft.

Krakow am See, den 2. April 2024

gez. Verbandsvorsteher
""", {
    "title": "Bekanntmachung der 3. Änderungssatzung zur Verbandssatzung des Wasser- und Abwasserzweckverbandes Krakower Seenland",
    "subtitle": None,
    "date": "2024-04-12",
    "language": "de",
    "speakers": [],
    "member_lists": [
        {"label": "Verbandsmitglieder", "members": [
            {"name": "Krakow am See", "kind": "Stadt"},
            {"name": "Dobbin-Linstow", "kind": "Gemeinde"},
            {"name": "Hoppenrade", "kind": "Gemeinde"},
            {"name": "Kuchelmiß", "kind": "Gemeinde"},
            {"name": "Lalendorf", "kind": "Gemeinde"},
            {"name": "Zehna", "kind": "Gemeinde"},
            {"name": "Mühl Rosin", "kind": "Gemeinde"},
            {"name": "Gutow", "kind": "Gemeinde"},
            {"name": "Plaaz", "kind": "Gemeinde"},
            {"name": "Laage", "kind": "Stadt"},
            {"name": "Dolgen am See", "kind": "Gemeinde"},
        ]},
    ],
    "mentioned_dates": ["2024-03-06", "2024-03-28", "2024-04-02", "2024-05-01"],
    "expect_warning": "stated 'zwölf Städte und Gemeinden' but the list has 11 entries",
    "body_must_contain": ["§ 1 Absatz 2 der Verbandssatzung erhält folgende Fassung", "Diese Satzung tritt am 1. Mai 2024 in Kraft."],
    "body_must_not_contain": ["Sitzungstermine der Gemeindevertretungen"],
    "notes": [
        "The issue date ('Ausgabetag') is the publication date. Place not scored: the signing line 'Krakow am See, den 2. April 2024' is not a dateline.",
        "The statute text in „…“ is quoted legal text, not a speaker quote.",
        "The signing date 2. April 2024 is a mentioned date.",
    ],
})

# --------------------------------------------------------------------------------------------
# c15 Amtsblatt Landkreis Oder-Spree (BB), two member lists incl. Amt and Verband, inline list
# --------------------------------------------------------------------------------------------
add("c15-amtsblatt-los-wasserverband-spree-schlaube.txt", "utf-8", """Amtsblatt für den Landkreis Oder-Spree
31. Jahrgang – Nr. 23 – Beeskow, 18. Dezember 2024

Nichtamtlicher Teil

Öffentliche Bekanntmachung des Wasserverbandes Spree-Schlaube: Beschlüsse der Verbandsversammlung vom 4. Dezember 2024

Die Verbandsversammlung des Wasserverbandes Spree-Schlaube hat in ihrer Sitzung am 4. Dezember 2024 den Wirtschaftsplan beschlossen und über die Erweiterung des Verbandes entschieden.

Derzeit hat der Verband sieben Mitglieder:
1. Stadt Beeskow
2. Stadt Friedland
3. Amt Schlaubetal
4. Amt Neuzelle
5. Gemeinde Tauche
6. Gemeinde Rietz-Neuendorf
7. Wasser- und Bodenverband Mittlere Spree

Mit Wirkung zum 1. Januar 2025 treten dem Verband zwei weitere Mitglieder bei, die Gemeinde Siehdichum und das Amt Brieskow-Finkenheerd.

Verbandsvorsteherin Kerstin Lademann erklärte hierzu: „Mit den beiden neuen Mitgliedern versorgen wir künftig rund 48.000 Menschen mit Trinkwasser. Größere Einheiten machen uns bei Investitionen handlungsfähiger.“

Der Wirtschaftsplan sieht Investitionen von 11,6 Millionen Euro vor, vor allem für die Erneuerung des Wasserwerks Kummerow. Die Arbeiten sollen im März 2025 beginnen.

Beeskow, den 10. Dezember 2024
Wasserverband Spree-Schlaube
Die Verbandsvorsteherin
""", {
    "title": "Öffentliche Bekanntmachung des Wasserverbandes Spree-Schlaube: Beschlüsse der Verbandsversammlung vom 4. Dezember 2024",
    "subtitle": None,
    "date": "2024-12-18",
    "language": "de",
    "speakers": [
        sp("Kerstin Lademann", "Verbandsvorsteherin", None, [
            "Mit den beiden neuen Mitgliedern versorgen wir künftig rund 48.000 Menschen mit Trinkwasser. Größere Einheiten machen uns bei Investitionen handlungsfähiger.",
        ]),
    ],
    "member_lists": [
        {"label": "Mitglieder", "members": [
            {"name": "Beeskow", "kind": "Stadt"},
            {"name": "Friedland", "kind": "Stadt"},
            {"name": "Schlaubetal", "kind": "Amt"},
            {"name": "Neuzelle", "kind": "Amt"},
            {"name": "Tauche", "kind": "Gemeinde"},
            {"name": "Rietz-Neuendorf", "kind": "Gemeinde"},
            {"name": "Wasser- und Bodenverband Mittlere Spree", "kind": "Verband"},
        ]},
        {"label": "Beitritt zum 1. Januar 2025", "members": [
            {"name": "Siehdichum", "kind": "Gemeinde"},
            {"name": "Brieskow-Finkenheerd", "kind": "Amt"},
        ]},
    ],
    "mentioned_dates": ["2024-12-04", "2024-12-10", "2025-01-01", "2025-03"],
    "body_must_contain": ["Erneuerung des Wasserwerks Kummerow", "den Wirtschaftsplan beschlossen"],
    "body_must_not_contain": ["31. Jahrgang", "Nichtamtlicher Teil"],
    "notes": [
        "Both stated counts match (sieben / zwei): no warning expected. The second list is inline prose.",
        "The Wasser- und Bodenverband member has kind Verband. Place not scored (header place 'Beeskow' is the Amtsblatt's, not a dateline).",
    ],
})

# --------------------------------------------------------------------------------------------
# c16 Pressestelle des Senats Bremen, text, quote as subtitle, three speakers
# --------------------------------------------------------------------------------------------
add("c16-bremen-hitzeschutz-zentrum.txt", "utf-8", """Pressestelle des Senats
Freie Hansestadt Bremen

21.08.2023

Bürgermeister und Senatorin eröffnen erstes Bremer Hitzeschutz-Zentrum
„Wir müssen Hitze als Gesundheitsgefahr ernst nehmen“

Bremen, 21. August 2023. Ab heute können sich Menschen an heißen Tagen im ersten Bremer Hitzeschutz-Zentrum in der Bahnhofsvorstadt abkühlen, Wasser trinken und sich beraten lassen. Das Zentrum ist bis zum 30. September 2023 werktags von 9 bis 18 Uhr geöffnet.

„Im Sommer 2022 haben wir gesehen, wie gefährlich lange Hitzeperioden für viele Menschen in unserer Stadt sind“, sagte Bürgermeister Jens Albrecht-Harms, Präsident des Senats, bei der Eröffnung.

„Wir müssen Hitze als Gesundheitsgefahr ernst nehmen. Ältere Menschen, Kleinkinder und Menschen ohne Obdach sind besonders gefährdet“, sagte Gesundheitssenatorin Dr. Miriam Ottensmeyer. Das Gesundheitsamt werde die Erfahrungen auswerten und im Winter einen Hitzeaktionsplan vorlegen.

Die Leiterin des Hitzeschutz-Zentrums, Svenja Bruns, ergänzte: „Viele kommen nicht nur wegen der Kühle, sondern weil sie mit jemandem reden wollen.“

Das Projekt wird von der Senatorin für Gesundheit, Frauen und Verbraucherschutz mit 95.000 Euro finanziert.

Ansprechpartnerin für die Medien: Pressestelle des Senats, Rathaus, 28195 Bremen
""", {
    "title": "Bürgermeister und Senatorin eröffnen erstes Bremer Hitzeschutz-Zentrum",
    "subtitle": "„Wir müssen Hitze als Gesundheitsgefahr ernst nehmen“",
    "date": "2023-08-21",
    "place": "Bremen",
    "language": "de",
    "speakers": [
        sp("Jens Albrecht-Harms", "Präsident des Senats", "Senat", [
            "Im Sommer 2022 haben wir gesehen, wie gefährlich lange Hitzeperioden für viele Menschen in unserer Stadt sind",
        ]),
        sp("Dr. Miriam Ottensmeyer", "Gesundheitssenatorin", None, [
            "Wir müssen Hitze als Gesundheitsgefahr ernst nehmen. Ältere Menschen, Kleinkinder und Menschen ohne Obdach sind besonders gefährdet",
        ]),
        sp("Svenja Bruns", "Leiterin des Hitzeschutz-Zentrums", "Hitzeschutz-Zentrum", [
            "Viele kommen nicht nur wegen der Kühle, sondern weil sie mit jemandem reden wollen.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2022", "2023-09-30"],
    "body_must_contain": ["Bahnhofsvorstadt abkühlen", "mit 95.000 Euro finanziert"],
    "body_must_not_contain": ["Ansprechpartnerin für die Medien"],
    "notes": [
        "Albrecht-Harms: title 'Bürgermeister' before the name and apposition 'Präsident des Senats'; the apposition is the role.",
        "Ottensmeyer's role is the title before her name; 'die Senatorin für Gesundheit, Frauen und Verbraucherschutz' later names the authority as funder, not her.",
        "Bruns: role before the name with the name as apposition ('Die Leiterin des Hitzeschutz-Zentrums, Svenja Bruns,').",
        "The subtitle line is a quote excerpt, kept with its marks as a subtitle; the quote itself comes from the body.",
        "Kicker not scored (two-line issuer block plus date line).",
    ],
})

# --------------------------------------------------------------------------------------------
# c17 Polizeipräsidium Oberfranken, text, short, no speakers
# --------------------------------------------------------------------------------------------
add("c17-pp-oberfranken-silvesterbilanz.txt", "utf-8", """Polizeipräsidium Oberfranken
Pressemitteilung vom 01.01.2024, 11:20 Uhr

Silvesterbilanz: Ruhiger Jahreswechsel in Oberfranken

Bayreuth – Die oberfränkischen Polizeidienststellen verzeichneten zwischen dem 31. Dezember 2023, 18 Uhr, und dem Neujahrsmorgen, 6 Uhr, insgesamt 312 Einsätze und damit rund zehn Prozent weniger als im Vorjahr.

Schwerpunkte waren Ruhestörungen, Sachbeschädigungen durch Feuerwerkskörper und einige Körperverletzungen. In Hof brannte gegen 0:40 Uhr ein Müllcontainer, der Sachschaden blieb gering. Ein Polizeisprecher zog eine positive Bilanz: Die allermeisten Menschen hätten friedlich gefeiert.

Die Polizei weist darauf hin, dass Feuerwerksreste auf öffentlichen Flächen zu entsorgen sind.

Polizeipräsidium Oberfranken – Pressestelle – Ludwig-Thoma-Straße 2, 95447 Bayreuth
""", {
    "title": "Silvesterbilanz: Ruhiger Jahreswechsel in Oberfranken",
    "subtitle": None,
    "date": "2024-01-01",
    "place": "Bayreuth",
    "language": "de",
    "speakers": [],
    "member_lists": [],
    "mentioned_dates": ["2023-12-31"],
    "body_must_contain": ["insgesamt 312 Einsätze", "Feuerwerksreste auf öffentlichen Flächen"],
    "body_must_not_contain": ["Ludwig-Thoma-Straße 2"],
    "notes": ["Neujahrsmorgen is the publication day (not restated as a date). The Polizeisprecher is indirect speech only."],
})

# --------------------------------------------------------------------------------------------
# c18 BMI, text, quote split by attribution, straight-quoted quote, programme name in subtitle
# --------------------------------------------------------------------------------------------
add("c18-bmi-sirenenfoerderung.txt", "utf-8", """Bundesministerium des Innern und für Heimat
Pressemitteilung
Berlin, 14.03.2024

Sirenen, Warn-Apps, Notstrom: Bund stockt Förderung für den Bevölkerungsschutz auf
Neues „Sirenenförderprogramm 2.0“ mit 88 Millionen Euro

Der Bund stellt den Ländern in den kommenden drei Jahren 88 Millionen Euro für den Ausbau des Sirenennetzes zur Verfügung. Gefördert werden neue Sirenen mit Notstromversorgung sowie die Anbindung an das Modulare Warnsystem des Bundes.

Dr. Lars Bergmeier, Parlamentarischer Staatssekretär beim Bundesministerium des Innern und für Heimat, stellte das Programm am Donnerstag in Berlin vor. „Katastrophenschutz ist Gemeinschaftsaufgabe“, sagte Bergmeier, „und er beginnt in jeder einzelnen Kommune.“

Auch das Bundesamt für Bevölkerungsschutz und Katastrophenhilfe begrüßte die Aufstockung. "Beim letzten Warntag hat sich gezeigt: Wo Sirenen heulen, kommt die Warnung an", sagte Dr. Ulrike Sandhagen, Präsidentin des Bundesamtes für Bevölkerungsschutz und Katastrophenhilfe.

Die Länder können ihre Mittel bis zum 31. Juli 2024 abrufen. Der nächste bundesweite Warntag findet am 12. September 2024 statt.
""", {
    "title": "Sirenen, Warn-Apps, Notstrom: Bund stockt Förderung für den Bevölkerungsschutz auf",
    "subtitle": "Neues „Sirenenförderprogramm 2.0“ mit 88 Millionen Euro",
    "date": "2024-03-14",
    "place": "Berlin",
    "language": "de",
    "speakers": [
        sp("Dr. Lars Bergmeier", "Parlamentarischer Staatssekretär beim Bundesministerium des Innern und für Heimat", "Bundesministerium des Innern und für Heimat", [
            "Katastrophenschutz ist Gemeinschaftsaufgabe",
            "und er beginnt in jeder einzelnen Kommune.",
        ]),
        sp("Dr. Ulrike Sandhagen", "Präsidentin des Bundesamtes für Bevölkerungsschutz und Katastrophenhilfe", "Bundesamt für Bevölkerungsschutz und Katastrophenhilfe", [
            "Beim letzten Warntag hat sich gezeigt: Wo Sirenen heulen, kommt die Warnung an",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-07-31", "2024-09-12"],
    "body_must_contain": ["Modulare Warnsystem des Bundes", "bundesweite Warntag"],
    "body_must_not_contain": [],
    "notes": [
        "Bergmeier's quote is split by the attribution: two quotes.",
        "'Berlin, 14.03.2024' in the header gives place and publication date. 'am Donnerstag' is the publication day.",
    ],
})

# --------------------------------------------------------------------------------------------
# c19 Landtag NRW committee, text, headline quote, indirect speech, »« quote
# --------------------------------------------------------------------------------------------
add("c19-landtag-nrw-anhoerung-gfg.txt", "utf-8", """Landtag Nordrhein-Westfalen
Pressemitteilung
25. Januar 2024

„Die Kommunen brauchen verlässliche Zahlen“ – Anhörung zum Gemeindefinanzierungsgesetz

Düsseldorf – Der Ausschuss für Heimat und Kommunales des Landtags hat am Mittwoch, 24. Januar 2024, Sachverständige zum Entwurf des Gemeindefinanzierungsgesetzes angehört. Im Mittelpunkt standen die Höhe der Verbundmasse und der Zeitpunkt, zu dem die Kommunen ihre Zuweisungen erfahren.

„Die Kommunen brauchen verlässliche Zahlen, und zwar früher als bisher“, sagte Gabriele Schmidt-Kranefeld, Vorsitzende des Ausschusses für Heimat und Kommunales.

Der Vertreter des Städtetages Nordrhein-Westfalen, Dr. Martin Feldhoff, erklärte, viele Städte könnten ihre Haushalte nur mit Rücklagen ausgleichen. Die Orientierungsdaten des Landes kämen regelmäßig zu spät.

Aus Sicht des Landkreistages fehlt eine Dynamisierung. Hauptreferentin Nadine Osterkamp sagte: »Ohne eine Dynamisierung der Verbundmasse laufen die Kreise sehenden Auges in die Haushaltssicherung.«

Die zweite Lesung im Plenum ist für den 21. Februar 2024 geplant.
""", {
    "title": "„Die Kommunen brauchen verlässliche Zahlen“ – Anhörung zum Gemeindefinanzierungsgesetz",
    "subtitle": None,
    "date": "2024-01-25",
    "place": "Düsseldorf",
    "language": "de",
    "speakers": [
        sp("Gabriele Schmidt-Kranefeld", "Vorsitzende des Ausschusses für Heimat und Kommunales", "Ausschuss für Heimat und Kommunales", [
            "Die Kommunen brauchen verlässliche Zahlen, und zwar früher als bisher",
        ]),
        sp("Nadine Osterkamp", "Hauptreferentin", None, [
            "Ohne eine Dynamisierung der Verbundmasse laufen die Kreise sehenden Auges in die Haushaltssicherung.",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-01-24", "2024-02-21"],
    "body_must_contain": ["Höhe der Verbundmasse", "Die zweite Lesung im Plenum"],
    "body_must_not_contain": [],
    "notes": [
        "Feldhoff speaks in indirect speech only: no speaker entry.",
        "The headline quote is an excerpt of Schmidt-Kranefeld's quote; it is part of the title, not an extra quote.",
        "Kicker not scored (three-line header).",
    ],
})

# --------------------------------------------------------------------------------------------
# c20 Universität Greifswald, text, no publication date, kicker line, event dates
# --------------------------------------------------------------------------------------------
add("c20-uni-greifswald-kinderuni.txt", "utf-8", """Universität Greifswald – Presse und Kommunikation

Kinderuni startet ins Wintersemester
Vorlesungen für Acht- bis Zwölfjährige an sechs Samstagen

Greifswald – Die Kinderuni der Universität Greifswald geht in eine neue Runde. Vom 19. Oktober 2024 bis zum 25. Januar 2025 halten Professorinnen und Professoren an sechs Samstagen jeweils um 11 Uhr Vorlesungen im Hörsaal am Rubenowplatz. Themen sind unter anderem Moorschutz, Polarlichter und die Frage „Warum ist das Meer salzig?“.

„Wer mit neun Jahren einen Hörsaal erlebt, traut sich später eher ein Studium zu“, sagt Prof. Dr. Henrike Voß, Prorektorin für Studium und Lehre.

Die Teilnahme ist kostenlos. Eine Anmeldung ist ab dem 1. Oktober 2024 über die Website der Universität möglich.
""", {
    "title": "Kinderuni startet ins Wintersemester",
    "subtitle": "Vorlesungen für Acht- bis Zwölfjährige an sechs Samstagen",
    "kicker": "Universität Greifswald – Presse und Kommunikation",
    "date": None,
    "place": "Greifswald",
    "language": "de",
    "speakers": [
        sp("Prof. Dr. Henrike Voß", "Prorektorin für Studium und Lehre", None, [
            "Wer mit neun Jahren einen Hörsaal erlebt, traut sich später eher ein Studium zu",
        ]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-10-01", "2024-10-19", "2025-01-25"],
    "body_must_contain": ["Hörsaal am Rubenowplatz", "Die Teilnahme ist kostenlos."],
    "body_must_not_contain": [],
    "notes": [
        "No publication date. 'Warum ist das Meer salzig?' is a quoted lecture title, not a speaker quote.",
        "Date range 'Vom 19. Oktober 2024 bis zum 25. Januar 2025' gives both ends.",
    ],
})


def visible(raw: str, fmt: str) -> str:
    return html.unescape(raw) if fmt == "html" else raw


def check(filename, content, gold):
    fmt = "html" if filename.endswith(".html") else "text"
    text = visible(content, fmt)
    problems = []

    def need(s, what):
        if s and s not in text:
            problems.append(f"{what} not verbatim: {s!r}")

    for key in ("title", "subtitle", "kicker", "place"):
        if key == "place" and gold.get(key) and gold[key] not in text and gold[key].upper() in text:
            continue
        need(gold.get(key), key)
    for s in gold.get("speakers", []):
        need(s["name"], "speaker name")
        need(s["role"], "role")
        for q in s["quotes"]:
            need(q, "quote")
    for ml in gold.get("member_lists", []):
        for m in ml["members"]:
            need(m["name"], "member")
    for s in gold.get("body_must_contain", []):
        need(s, "body_must_contain")
    for s in gold.get("body_must_not_contain", []):
        if s not in text:
            problems.append(f"body_must_not_contain absent from document: {s!r}")
    for d in gold.get("mentioned_dates", []):
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
            problems.append(f"bad date {d}")
    return problems


def main():
    DOCS.mkdir(exist_ok=True)
    bad = 0
    for filename, encoding, content, gold in DOCS_SPEC:
        (DOCS / filename).write_bytes(content.encode(encoding))
        (HERE / (filename.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        for p in check(filename, content, gold):
            bad += 1
            print(f"{filename}: {p}")
    print(f"{len(DOCS_SPEC)} documents, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
