"""Builds the documents and gold records of gold_blind9.

All texts are invented for this set; places and bodies are real, every person is invented.
Run from the repository root:  python3 tests/gold_blind9/_build.py
Writes docs/<name>.html (in the encoding each page declares) or docs/<name>.txt and <name>.json next to this file.
Same scheme as gold_blind8; in addition every member carries `key` (official key from /work/shared/data/gazetteer/).

Convention amended on 2026-11-27, after the set was written, to follow the annotators of two real held-out
samples and the rule "role as written at the attribution": a genitive place before the role stays in the
role ("Potsdams Oberbürgermeister"); the place still gives the organisation. Records changed: h02.
"""

import html as htmlmod
import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "gold"))
from blind_blocks import HD, RAW, SPLICE, TABLE, UL, P, body_html, body_text  # noqa: E402

DOCS = HERE / "docs"


# ------------------------------------------------------------------ helpers
def plain_body(blocks, dateline="", bullet="- ", width=None):
    """Body as it appears in a text dump (PDF copy: hard-wrapped lines; e-mail: one line per paragraph)."""
    out = []
    first = True
    for b in blocks:
        kind = b[0]
        if kind == "p":
            t = (dateline if first else "") + b[1]
            first = False
            out.append(textwrap.fill(t, width) if width else t)
        elif kind == "ul":
            out.append("\n".join(bullet + i for i in b[1]))
        elif kind == "h" or kind == "raw":
            out.append(b[1])
    return "\n\n".join(out)


def sp(name, role, quotes, org=None, honorific=None, given=None, surname=None):
    rest = name[len(honorific) + 1:] if honorific else name
    parts = rest.split()
    return {"name": name, "honorific": honorific,
            "given_name": given or parts[0], "surname": surname or " ".join(parts[1:]),
            "role": role, "organisation": org, "quotes": quotes}


def members(*triples):
    return [{"name": n, "kind": k, "key": key} for n, k, key in triples]


SPEC = []


def add(fname, encoding, page, blocks, gold):
    SPEC.append((fname, encoding, page, blocks, gold))


# =================================================================== h01 MIL Brandenburg (Government Site Builder)
B = [
    P("Das Land Brandenburg baut in diesem Jahr an 27 Abschnitten von Landesstraßen neue Radwege oder erneuert bestehende. Insgesamt stehen im Radwegeprogramm 2024 rund 46 Millionen Euro zur Verfügung, davon 12 Millionen Euro aus dem Europäischen Fonds für regionale Entwicklung. Das Kabinett hat das Programm am Dienstag beschlossen."),
    P("„Gute Radwege entscheiden darüber, ob Menschen auf dem Land das Fahrrad auch für den Weg zur Arbeit nutzen“, sagte Infrastruktur-Staatssekretärin Dr. Carola Wendisch in Potsdam, „und genau dort, zwischen den Dörfern, fehlen sie noch am häufigsten.“"),
    P("Grundlage ist die Radverkehrsstrategie „Radland Brandenburg 2030“. Sie sieht vor, dass bis 2030 an allen stark befahrenen Landesstraßen ein straßenbegleitender Radweg vorhanden ist. Das Ministerium gehe davon aus, dass sich der Anteil des Radverkehrs auf dem Land dadurch verdoppeln lasse, erklärte Wendisch."),
    RAW('<figure class="picture"><img src="/sixcms/media.php/9/radweg-l30.jpg" alt="Radweg"><figcaption><span class="caption">Neuer Radweg an einer Landesstraße im Barnim.</span> <span class="source">Foto: MIL/Ronja Faßbender</span></figcaption></figure>'),
    HD("Erste Baustellen im Sommer", "h2"),
    P("Zu den Vorhaben, mit denen noch in diesem Jahr begonnen werden soll, gehören unter anderem:"),
    UL("L 15 zwischen Wittstock/Dosse und Dranse (4,2 Kilometer)",
       "L 35 zwischen Seelow und Diedersdorf (3,1 Kilometer)",
       "L 62 zwischen Finsterwalde und Sonnewalde (5,8 Kilometer)",
       "L 216 zwischen Gransee und Zehdenick (6,4 Kilometer)"),
    P("Der Leiter des Landesbetriebs Straßenwesen, Jörg Hasselbach, rechnet mit einem zügigen Baustart. „Für 19 der 27 Abschnitte liegt das Baurecht bereits vor“, sagte Hasselbach."),
    P("Für Radwege an kommunalen Straßen können Städte, Gemeinden und Ämter bis zum 30. September 2024 Förderanträge beim Landesamt für Bauen und Verkehr stellen. Der Landesbetrieb stellt das Programm am 4. Juni 2024 in einer Online-Veranstaltung vor."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="UTF-8">
<title>MIL - Pressemitteilungen - Land fördert 27 neue Radwege an Landesstraßen</title>
<meta name="generator" content="Government Site Builder">
<link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/normal.css">
</head>
<body class="gsb startseite lang-de">
<div id="consent" class="c-consent"><p>Diese Seite verwendet ausschließlich technisch notwendige Cookies und das Webanalyse-Tool Matomo. <a href="/DE/Service/Datenschutz">Mehr Informationen</a></p><button>Einverstanden</button></div>
<div id="wrapperOuter"><div id="wrapperInner">
<a href="#main" class="skiplink">Direkt zum Inhalt springen</a>
<header id="header"><div class="logo"><img src="/SiteGlobals/Frontend/Images/logo.svg" alt="Ministerium für Infrastruktur und Landesplanung des Landes Brandenburg"></div>
<nav id="navPrimary"><ul><li><a href="/DE/Ministerium">Ministerium</a></li><li><a href="/DE/Themen">Themen</a></li><li><a href="/DE/Presse">Presse</a></li><li><a href="/DE/Service">Service</a></li></ul></nav>
<div class="service"><a href="#" class="readspeaker">Seite vorlesen</a> <a href="/DE/Leichte-Sprache">Leichte Sprache</a> <a href="/DE/Gebaerdensprache">Gebärdensprache</a></div>
</header>
<div id="navBreadcrumbs"><strong>Sie sind hier:</strong> <ol><li><a href="/DE/Home/home_node.html">Startseite</a></li><li><a href="/DE/Presse/presse_node.html">Presse</a></li><li><a href="/DE/Presse/Pressemitteilungen/pressemitteilungen_node.html">Pressemitteilungen</a></li><li>Land fördert 27 neue Radwege an Landesstraßen</li></ol></div>
<main id="main">
<div class="article documentType-pressrelease">
 <p class="docType">Pressemitteilung</p>
 <h1 class="isFirstInSlot">Land fördert 27 neue Radwege an Landesstraßen</h1>
 <p class="docData"><span class="docData-label">Erscheinungsdatum</span> <span class="docData-value">14.05.2024</span></p>
 <div class="abstract"><p>Kabinett beschließt Radwegeprogramm mit 46 Millionen Euro – Kommunen können bis Ende September Förderanträge stellen</p></div>
 <div class="text richtext">
{body_html(B)}
 </div>
 <div class="socialmedia-share"><span class="heading">Seite teilen</span><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">Mastodon</a></li><li><a href="#">E-Mail</a></li></ul> <a href="javascript:window.print()" class="print">Drucken</a></div>
 <div class="contact-box"><h2>Pressekontakt</h2><p>Pressestelle des Ministeriums für Infrastruktur und Landesplanung<br>Henning-von-Tresckow-Straße 2-8<br>14467 Potsdam</p></div>
</div>
<aside class="related"><h2>Weitere Pressemitteilungen</h2><ul><li><a href="#">Landesstraße 23 bei Joachimsthal wieder frei</a></li><li><a href="#">Neue Förderrichtlinie für Dorfläden in Kraft</a></li></ul></aside>
</main>
<footer id="footer"><p>© Ministerium für Infrastruktur und Landesplanung des Landes Brandenburg</p><ul><li>Impressum</li><li>Datenschutz</li><li>Barrierefreiheit</li><li>Kontakt</li></ul></footer>
</div></div>
</body>
</html>
"""
add("h01-mil-radwegeprogramm.html", "utf-8", H, B, {
    "title": "Land fördert 27 neue Radwege an Landesstraßen",
    "subtitle": "Kabinett beschließt Radwegeprogramm mit 46 Millionen Euro – Kommunen können bis Ende September Förderanträge stellen",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2024-05-14", "place": None,
    "speakers": [
        sp("Dr. Carola Wendisch", "Infrastruktur-Staatssekretärin", [
            "Gute Radwege entscheiden darüber, ob Menschen auf dem Land das Fahrrad auch für den Weg zur Arbeit nutzen",
            "und genau dort, zwischen den Dörfern, fehlen sie noch am häufigsten."], honorific="Dr."),
        sp("Jörg Hasselbach", "Leiter des Landesbetriebs Straßenwesen", [
            "Für 19 der 27 Abschnitte liegt das Baurecht bereits vor"], org="Landesbetrieb Straßenwesen"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-06-04", "2024-09-30", "2030"],
    "body_must_not_contain": ["Seite vorlesen", "Erscheinungsdatum", "Seite teilen", "Drucken", "Foto: MIL", "Henning-von-Tresckow-Straße", "Weitere Pressemitteilungen", "Sie sind hier", "Cookies", "Pressekontakt"],
    "body_must_contain": ["rund 46 Millionen Euro zur Verfügung", "Erste Baustellen im Sommer", "- L 216 zwischen Gransee und Zehdenick (6,4 Kilometer)", "am 4. Juni 2024 in einer Online-Veranstaltung vor."],
    "notes": [
        "Government Site Builder layout: date from 'Erscheinungsdatum 14.05.2024'; the doc-type line 'Pressemitteilung' above the h1 is the category; the 'abstract' under the h1 is the subtitle. No kicker.",
        "No dateline ('in Potsdam' inside the quote sentence is not one): place null.",
        "Wendisch's quote is split around its attribution: two quote strings, the first without the comma, the second with its final full stop (inside the quotation marks). Role written before the name; organisation null.",
        "'Das Ministerium gehe davon aus …, erklärte Wendisch' is Konjunktiv indirect speech, not a quote.",
        "Hasselbach's role precedes his name in apposition ('Der Leiter des Landesbetriebs Straßenwesen, Jörg Hasselbach'); organisation from the role.",
        "„Radland Brandenburg 2030“ is a strategy name, not a quote. Years inside names ('Radwegeprogramm 2024', 'Radland Brandenburg 2030') are not mentioned dates; 'bis 2030' is.",
        "The list of road sections is not a member list (places named in it are route ends).",
    ],
})

# =================================================================== h02 Oranienburg (IKISS portal, windows-1252, no article/main)
B = [
    P("Die Stadt Oranienburg erarbeitet ihre kommunale Wärmeplanung nicht allein. An dem gemeinsamen Vorhaben beteiligen sich die Städte Oranienburg und Hennigsdorf sowie die Gemeinden Mühlenbecker Land, Glienicke/Nordbahn und Birkenwerder. Die Vereinbarung dazu haben die fünf Verwaltungen am Mittwoch im Schloss Oranienburg unterzeichnet."),
    P("„Wärme hört nicht an der Stadtgrenze auf“, sagte Oranienburgs Bürgermeisterin Katrin Seefeld. „Wenn wir Netze, Abwärme und Speicher gemeinsam planen, wird es für alle günstiger.“"),
    P("Nach dem Wärmeplanungsgesetz müssen Kommunen mit mehr als 10.000 Einwohnern ihre Wärmeplanung bis Mitte 2028 vorlegen. Die fünf Partner wollen deutlich früher fertig sein: Ein erster Entwurf soll im Herbst 2025 öffentlich ausgelegt werden."),
    P("Koordiniert wird das Projekt „Wärme Oberhavel-Süd“ von der Stadtverwaltung Hennigsdorf. Hennigsdorfs Klimaschutzmanager Benedikt Rautenberg erläuterte, zunächst würden alle Gebäude, Heizungsarten und Abwärmequellen erfasst. Die Eigentümer müssten dafür nichts tun. „Wir fangen nicht bei null an, viele Daten liegen den Netzbetreibern schon vor“, sagte er."),
    HD("Bürgerinformation am 14. März"),
    P("Die Bürgerinnen und Bürger werden am Donnerstag, 14. März 2024, um 18 Uhr im Oranienburger Rathaus über das Vorhaben informiert. Seefeld lud ausdrücklich auch Gewerbetreibende ein."),
    P("Die Kosten von rund 420.000 Euro werden zu 90 Prozent aus der Kommunalrichtlinie des Bundes gefördert."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Fünf Kommunen erstellen gemeinsame Wärmeplanung / Stadt Oranienburg</title>
<meta name="generator" content="IKISS">
<link rel="stylesheet" href="/layout/oranienburg/css/styles.css">
</head>
<body class="ikiss">
<div id="cookiehinweis"><p>Wir setzen auf dieser Seite Cookies ein. Einige sind notwendig, andere helfen uns, unser Angebot zu verbessern.</p><a href="#" class="btn">Alle akzeptieren</a> <a href="#" class="btn">Nur notwendige</a></div>
<div id="seite">
<div id="kopf"><a href="/"><img src="/layout/oranienburg/img/logo.png" alt="Stadt Oranienburg"></a>
<div id="hauptnavi"><a href="#">Rathaus &amp; Service</a> <a href="#">Leben in Oranienburg</a> <a href="#">Wirtschaft</a> <a href="#">Tourismus</a></div></div>
<div id="brotkrumen">Sie befinden sich hier: <a href="/">Startseite</a> &gt; <a href="#">Rathaus &amp; Service</a> &gt; <a href="#">Aktuelles</a> &gt; Pressemitteilungen</div>
<div id="spalte-links"><ul class="subnavi"><li><a href="#">Aktuelles</a></li><li><a href="#">Pressemitteilungen</a></li><li><a href="#">Amtsblatt</a></li><li><a href="#">Veranstaltungen</a></li></ul></div>
<div id="inhalt" class="mitte">
 <div class="werkzeuge"><a href="#" class="vorlesen">Seite vorlesen</a> | <a href="#" class="drucken">Drucken</a> | <a href="#" class="teilen">Teilen</a></div>
 <div class="news-detail">
 <h1>Fünf Kommunen erstellen gemeinsame Wärmeplanung</h1>
 <p class="news-info"><span class="datum">Veröffentlicht am: 22.02.2024</span> <span class="rubrik">Kategorie: Pressemitteilungen</span></p>
 <div class="news-text">
{body_html(B)}
 </div>
 <p class="zurueck"><a href="#">Zurück zur Übersicht</a></p>
 </div>
 <div class="ansprechpartner"><h2>Ansprechpartner</h2><p><strong>Fachdienst Presse und Öffentlichkeitsarbeit</strong><br>Schloßplatz 1<br>16515 Oranienburg<br>Sprechzeiten: Di 9–12 Uhr und 13–18 Uhr</p></div>
</div>
<div id="spalte-rechts"><h2>Weitere Meldungen</h2><ul><li><a href="#">Sperrung der Lehnitzstraße ab Montag</a></li><li><a href="#">Jugendbeirat wählt neuen Vorstand</a></li></ul></div>
<div id="fuss"><p>Stadt Oranienburg · Schloßplatz 1 · 16515 Oranienburg</p><p>Impressum | Datenschutz | Barrierefreiheit</p></div>
</div>
</body>
</html>
"""
add("h02-oranienburg-waermeplanung.html", "windows-1252", H, B, {
    "title": "Fünf Kommunen erstellen gemeinsame Wärmeplanung",
    "subtitle": None, "kicker": None, "categories": ["Pressemitteilungen"],
    "date": "2024-02-22", "place": None,
    "speakers": [
        sp("Katrin Seefeld", "Oranienburgs Bürgermeisterin", [
            "Wärme hört nicht an der Stadtgrenze auf",
            "Wenn wir Netze, Abwärme und Speicher gemeinsam planen, wird es für alle günstiger."], org="Oranienburg"),
        sp("Benedikt Rautenberg", "Hennigsdorfs Klimaschutzmanager", [
            "Wir fangen nicht bei null an, viele Daten liegen den Netzbetreibern schon vor"], org="Hennigsdorf"),
    ],
    "member_lists": [{
        "label": "Beteiligte an der gemeinsamen Wärmeplanung",
        "members": members(("Oranienburg", "Stadt", "12065256"), ("Hennigsdorf", "Stadt", "12065136"),
                           ("Mühlenbecker Land", "Gemeinde", "12065225"), ("Glienicke/Nordbahn", "Gemeinde", "12065096"),
                           ("Birkenwerder", "Gemeinde", "12065036")),
    }],
    "mentioned_dates": ["2024-03-14", "2025", "2028"],
    "body_must_not_contain": ["Cookies", "Seite vorlesen", "Drucken", "Sie befinden sich hier", "Veröffentlicht am", "Kategorie:", "Ansprechpartner", "Schloßplatz 1", "Weitere Meldungen", "Lehnitzstraße", "Zurück zur Übersicht"],
    "body_must_contain": ["die Städte Oranienburg und Hennigsdorf sowie die Gemeinden Mühlenbecker Land, Glienicke/Nordbahn und Birkenwerder", "Bürgerinformation am 14. März", "Seefeld lud ausdrücklich auch Gewerbetreibende ein."],
    "notes": [
        "The page declares windows-1252 in a http-equiv meta; typographic quotes and dashes are single bytes (0x84, 0x93, 0x96). No <article>/<main>: content sits in div#inhalt.",
        "IKISS layout: date from 'Veröffentlicht am: 22.02.2024'; category from 'Kategorie: Pressemitteilungen' (label dropped). No dateline: place null. The 'Ansprechpartner' box and tool bar (Seite vorlesen | Drucken | Teilen) are not body.",
        "Inline member list in one sentence ('die Städte A und B sowie die Gemeinden C, D und E'); kinds distributed from the plural nouns; names without the kind word; key = 8-digit AGS. Label chosen from the introducing clause ('An dem gemeinsamen Vorhaben beteiligen sich'). Count 'die fünf Verwaltungen' = 5 listed: no warning.",
        "Genitive place before the role: 'Oranienburgs Bürgermeisterin Katrin Seefeld' -> role as written (amended), organisation 'Oranienburg'; same for 'Hennigsdorfs Klimaschutzmanager' -> organisation 'Hennigsdorf'.",
        "Seefeld's second sentence is a continuation quote without a verb of saying; it belongs to Seefeld.",
        "Rautenberg's 'zunächst würden … erfasst' and 'müssten dafür nichts tun' are Konjunktiv indirect speech; his direct quote is attributed by 'sagte er'.",
        "„Wärme Oberhavel-Süd“ is a project name, not a quote. 'bis Mitte 2028' -> 2028, 'im Herbst 2025' -> 2025; 'am Mittwoch' is relative.",
    ],
})

# =================================================================== h03 Bernau bei Berlin (Contao)
B = [
    P("Mit so vielen Anmeldungen wie nie zuvor beginnt am 1. Juli 2024 der Lesesommer der Stadtbibliothek Bernau. 380 Kinder und Jugendliche haben sich bereits einen Clubausweis abgeholt, außerdem nehmen 14 Schulklassen teil."),
    P("„Wir hatten mit 250 Kindern gerechnet“, sagte Bibliotheksleiterin Dorothea von Kleewitz. Dass es nun deutlich mehr seien, liege auch an den Schulen, die den Lesesommer erstmals in den Unterricht einbezögen."),
    P("Teilnehmen können alle Kinder und Jugendlichen zwischen acht und 16 Jahren. Wer in den Ferien mindestens drei Bücher liest und dazu ein kurzes Lesetagebuch führt, erhält eine Urkunde. Unter dem Motto „Abenteuer zwischen den Zeilen“ stehen in diesem Jahr 600 neue Titel bereit."),
    P("Beteiligt sind in diesem Jahr unter anderem folgende Schulen:"),
    UL("Grundschule am Blumenhag", "Tobias-Seiler-Oberschule", "Barnim-Gymnasium", "Grundschule Schönow"),
    P("Von Kleewitz dankte dem Förderverein der Bibliothek, der die Urkunden und die Preise finanziert. „Ohne die Ehrenamtlichen wäre das nicht zu stemmen“, so von Kleewitz."),
    HD("Abschlussfest im Stadtpark", "h2"),
    P("Das Abschlussfest mit Urkundenübergabe findet am 30. August 2024 ab 15 Uhr im Stadtpark statt. Bei Regen weicht die Bibliothek in die Aula der Tobias-Seiler-Oberschule aus."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Lesesommer in der Stadtbibliothek startet mit Rekordbeteiligung - Stadt Bernau bei Berlin</title>
<meta name="generator" content="Contao Open Source CMS">
<link rel="stylesheet" href="/assets/css/layout.min.css,responsive.min.css-4f1b2a0c.css">
</head>
<body id="top" class="news-detail">
<div id="wrapper">
<header id="header"><div class="inside">
<div class="mod_cookiebar"><p>Wir verwenden Cookies und Dienste Dritter. Sie können selbst entscheiden, welche Kategorien Sie zulassen möchten.</p><button>Speichern</button> <button>Alle akzeptieren</button></div>
<a href="/" class="logo">Stadt Bernau bei Berlin</a>
<nav class="mod_navigation block"><ul class="level_1"><li><a href="#">Rathaus</a></li><li><a href="#">Bürgerservice</a></li><li><a href="#">Kultur &amp; Freizeit</a></li><li><a href="#">Wirtschaft</a></li></ul></nav>
</div></header>
<div class="mod_breadcrumb block"><ul><li class="first"><a href="/">Startseite</a></li><li><a href="#">Aktuelles</a></li><li class="active last">Lesesommer in der Stadtbibliothek startet mit Rekordbeteiligung</li></ul></div>
<div id="container">
<main id="main"><div class="inside">
<div class="mod_newsreader block">
<div class="layout_full block">
  <h1>Lesesommer in der Stadtbibliothek startet mit Rekordbeteiligung</h1>
  <p class="info"><time datetime="2024-06-27T09:00:00+02:00">27.06.2024</time> <span class="news-categories">Kategorie: Kultur, Bildung</span></p>
  <div class="teaser"><p>14 Schulklassen und 380 Kinder angemeldet – Abschlussfest am 30. August</p></div>
  <div class="ce_image block"><figure class="image_container"><img src="/files/bilder/2024/lesesommer.jpg" alt="Kinder in der Bibliothek"><figcaption class="caption">Die ersten Clubausweise sind vergeben. Foto: Stadt Bernau/Lea Marquardt</figcaption></figure></div>
  <div class="ce_text block">
{body_html(B, "Bernau bei Berlin – ")}
  </div>
  <p class="last-modified">Zuletzt aktualisiert: 01.07.2024</p>
</div>
<div class="share-buttons"><a href="#">Drucken</a> <a href="#">Teilen</a></div>
<p class="back"><a href="#">Zurück</a></p>
</div>
</div></main>
<aside id="right"><div class="inside"><div class="mod_newslist"><h2>Weitere Nachrichten</h2><div class="layout_short"><h3><a href="#">Stadtfest: Straßensperrungen im Überblick</a></h3></div><div class="layout_short"><h3><a href="#">Hussitenfest 2024 mit neuem Programm</a></h3></div></div></div></aside>
</div>
<footer id="footer"><div class="inside"><p>Stadt Bernau bei Berlin · Marktplatz 2 · 16321 Bernau bei Berlin</p><p>Impressum · Datenschutz · Barrierefreiheit</p></div></footer>
</div>
</body>
</html>
"""
add("h03-bernau-lesesommer.html", "utf-8", H, B, {
    "title": "Lesesommer in der Stadtbibliothek startet mit Rekordbeteiligung",
    "subtitle": "14 Schulklassen und 380 Kinder angemeldet – Abschlussfest am 30. August",
    "kicker": None, "categories": ["Kultur", "Bildung"],
    "date": "2024-06-27", "place": "Bernau bei Berlin",
    "speakers": [
        sp("Dorothea von Kleewitz", "Bibliotheksleiterin", [
            "Wir hatten mit 250 Kindern gerechnet",
            "Ohne die Ehrenamtlichen wäre das nicht zu stemmen"], given="Dorothea", surname="von Kleewitz"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-07-01", "2024-08-30"],
    "body_must_not_contain": ["Cookies", "Foto: Stadt Bernau", "Zuletzt aktualisiert", "Drucken", "Teilen", "Weitere Nachrichten", "Hussitenfest", "Marktplatz 2", "Kategorie:"],
    "body_must_contain": ["beginnt am 1. Juli 2024 der Lesesommer der Stadtbibliothek Bernau", "- Grundschule Schönow", "„Ohne die Ehrenamtlichen wäre das nicht zu stemmen“, so von Kleewitz.", "Abschlussfest im Stadtpark"],
    "notes": [
        "Contao newsreader: date from <time> in p.info (27.06.2024); 'Zuletzt aktualisiert: 01.07.2024' is a modification date, neither the date nor body. Categories from 'Kategorie: Kultur, Bildung'; the teaser under the h1 is the subtitle.",
        "Dateline 'Bernau bei Berlin – ' on the first paragraph: place 'Bernau bei Berlin', not part of the body.",
        "Name with particle: 'Dorothea von Kleewitz' -> given_name 'Dorothea', surname 'von Kleewitz'. Later references 'Von Kleewitz' (capitalised at sentence start) and 'so von Kleewitz' are the same person.",
        "'Dass es nun deutlich mehr seien, liege …' is Konjunktiv indirect speech, not a quote. „Abenteuer zwischen den Zeilen“ is a motto, not a quote.",
        "The school list is not a member list.",
    ],
})

# =================================================================== h04 Schorfheide (Joomla, ISO-8859-1 without any charset declaration)
B = [
    P("Die Gemeinde Schorfheide verwandelt in diesem Herbst 30 bisher regelmäßig gemähte Rasenflächen in Blühwiesen. Die Flächen liegen in allen Ortsteilen, unter anderem in Finowfurt, Eichhorst, Groß Schönebeck und Lichterfelde. Insgesamt kommen knapp vier Hektar zusammen."),
    P("»Wir wollen zeigen, dass eine Gemeinde mit wenig Geld viel für Insekten tun kann«, sagte Bürgermeister Gerd Kallweit. Das Saatgut stamme aus regionaler Herkunft und sei auf die sandigen Böden im Barnim abgestimmt."),
    P("Das Projekt läuft unter dem Namen »Schorfheide summt«. Ausgewählt hat die Flächen die Biologin Anke Möhring vom Naturpark Barnim. »Entscheidend ist, dass nur ein- bis zweimal im Jahr gemäht wird«, sagte sie. »Und das Mähgut muss abgeräumt werden, sonst düngt es die Wiese.«"),
    P("Auf einigen Flächen stellt der Bauhof kleine Schilder auf, die erklären, warum dort nicht mehr gemäht wird. Kallweit bat die Anwohner um Geduld: Im ersten Jahr sähen die Wiesen noch nicht besonders bunt aus."),
    P("Interessierte können sich am Samstag, 21. September 2024, bei einer Radtour zu den neuen Flächen informieren. Treffpunkt ist um 10 Uhr am Rathaus in Finowfurt."),
]
H = f"""<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head>
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Gemeinde legt 30 neue Blühwiesen an</title>
<link href="/templates/schorfheide/css/template.css" rel="stylesheet">
</head>
<body class="site com_content view-article itemid-112">
<div id="cookie-hinweis" class="alert"><p>Diese Webseite verwendet Cookies. Mit der weiteren Nutzung stimmen Sie dem zu.</p><a href="#" class="btn">OK</a> <a href="#">Datenschutzerklärung</a></div>
<div class="container">
<div class="header"><a class="brand" href="/"><span class="site-title">Gemeinde Schorfheide</span></a></div>
<div class="navigation"><ul class="nav menu"><li><a href="#">Startseite</a></li><li><a href="#">Aktuelles</a></li><li><a href="#">Rathaus</a></li><li><a href="#">Ortsteile</a></li><li><a href="#">Tourismus</a></li></ul></div>
<ul class="breadcrumb"><li>Aktuelle Seite: &nbsp;</li><li><a href="/" class="pathway">Startseite</a> &raquo; </li><li><a href="#" class="pathway">Aktuelles</a> &raquo; </li><li><span>Gemeinde legt 30 neue Blühwiesen an</span></li></ul>
<div id="content" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
 <div class="page-header"><h2 itemprop="headline">Gemeinde legt 30 neue Blühwiesen an</h2></div>
 <div class="icons"><ul class="actions"><li class="print-icon"><a href="#">Drucken</a></li><li class="email-icon"><a href="#">E-Mail</a></li></ul></div>
 <dl class="article-info muted"><dt class="article-info-term">Details</dt>
 <dd class="createdby">Geschrieben von Redaktion</dd>
 <dd class="category-name">Kategorie: <a href="#">Aktuelles</a></dd>
 <dd class="published"><time datetime="2024-09-04T08:15:00+00:00" itemprop="datePublished">Veröffentlicht: 04. September 2024</time></dd>
 <dd class="hits">Zugriffe: 418</dd></dl>
 <div itemprop="articleBody">
{body_html(B)}
 </div>
 <ul class="pager pagenav"><li class="previous"><a href="#">&laquo; Zurück</a></li><li class="next"><a href="#">Weiter &raquo;</a></li></ul>
</div>
</div>
<div id="aside" class="span3"><div class="moduletable"><h3>Neueste Beiträge</h3><ul><li><a href="#">Sprechzeiten des Bürgerbüros geändert</a></li><li><a href="#">Kita Eichhorst feiert Jubiläum</a></li></ul></div></div>
<div class="footer"><p>Gemeinde Schorfheide - Erzbergerplatz 1 - 16244 Schorfheide</p><p>Impressum - Datenschutz</p></div>
</div>
</body>
</html>
"""
add("h04-schorfheide-bluehwiesen.html", "iso-8859-1", H, B, {
    "title": "Gemeinde legt 30 neue Blühwiesen an",
    "subtitle": None, "kicker": None, "categories": ["Aktuelles"],
    "date": "2024-09-04", "place": None,
    "speakers": [
        sp("Gerd Kallweit", "Bürgermeister", [
            "Wir wollen zeigen, dass eine Gemeinde mit wenig Geld viel für Insekten tun kann"]),
        sp("Anke Möhring", "Biologin", [
            "Entscheidend ist, dass nur ein- bis zweimal im Jahr gemäht wird",
            "Und das Mähgut muss abgeräumt werden, sonst düngt es die Wiese."], org="Naturpark Barnim"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-09-21"],
    "body_must_not_contain": ["Cookies", "Aktuelle Seite", "Drucken", "Geschrieben von", "Veröffentlicht:", "Zugriffe", "Zurück", "Neueste Beiträge", "Bürgerbüros", "Erzbergerplatz"],
    "body_must_contain": ["verwandelt in diesem Herbst 30 bisher regelmäßig gemähte Rasenflächen in Blühwiesen", "Das Projekt läuft unter dem Namen »Schorfheide summt«.", "Treffpunkt ist um 10 Uhr am Rathaus in Finowfurt."],
    "notes": [
        "The file is ISO-8859-1 and declares no charset at all (no meta, no HTTP header, no BOM); it is not valid UTF-8. Only Latin-1 characters are used: quotes are guillemets »…«, dashes are ASCII hyphens.",
        "Joomla 3 layout: the headline is an <h2> in div.page-header (there is no h1); no <article>/<main>. Date from 'Veröffentlicht: 04. September 2024'; category 'Aktuelles' from the article-info; 'Geschrieben von', 'Zugriffe' are metadata.",
        "Quotes in »…« are quotes; »Schorfheide summt« is a project name, not a quote.",
        "Möhring's role precedes her name ('die Biologin Anke Möhring vom Naturpark Barnim'): role 'Biologin', organisation 'Naturpark Barnim'. Her first quote is attributed by 'sagte sie'; the next sentence in quotation marks is a continuation quote without a verb.",
        "'Das Saatgut stamme …' and 'Im ersten Jahr sähen die Wiesen …' are Konjunktiv indirect speech. No dateline: place null.",
    ],
})

# =================================================================== h05 Bad Belzig (WordPress theme)
B = [
    P("Rund 250 Gäste sind am Freitagabend der Einladung zum Neujahrsempfang der Stadt Bad Belzig in die Burg Eisenhardt gefolgt. Im Mittelpunkt standen in diesem Jahr drei Menschen, die sich seit Jahrzehnten ehrenamtlich für ihre Stadt einsetzen."),
    P("Bürgermeister Henning Rohloff blickte auf ein ereignisreiches Jahr zurück. „2023 haben wir mehr gebaut als in den fünf Jahren davor zusammen“, sagte Rohloff. Das verdanke die Stadt auch den vielen Menschen, die sich in Vereinen, Feuerwehren und Initiativen engagierten."),
    RAW('<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/01/neujahrsempfang.jpg" alt="Die Geehrten"><figcaption class="wp-element-caption">Die Geehrten mit Bürgermeister Henning Rohloff (r.). Foto: Stadt Bad Belzig</figcaption></figure>'),
    P("Mit der Ehrennadel der Stadt ausgezeichnet wurden:"),
    UL("Gisela Tornow, seit 1987 Leiterin des Kinderchors „Fläming-Spatzen“",
       "Reinhard Pfeiffer, Mitgründer der Tafel in Bad Belzig",
       "Yvonne Schellhase, Jugendwartin der Freiwilligen Feuerwehr Lüsse"),
    P("Die Laudatio hielt die Vorsitzende der Stadtverordnetenversammlung, Martina Eggert. Tornow habe Generationen von Kindern das Singen beigebracht, sagte Eggert. „Viele, die heute bei uns im Chor stehen, haben bei ihr angefangen.“"),
    P("Zu den Gästen zählten unter anderem:"),
    UL("Abgeordnete des Landtages und des Kreistages",
       "Vertreterinnen und Vertreter der Freiwilligen Feuerwehren",
       "Gewerbetreibende aus der Innenstadt",
       "Schülerinnen und Schüler des Fläming-Gymnasiums"),
    P("Musikalisch begleitet wurde der Abend vom Kinderchor „Fläming-Spatzen“. Der nächste Neujahrsempfang ist für den 10. Januar 2025 geplant."),
]
H = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Neujahrsempfang: Stadt ehrt drei Ehrenamtliche &#8211; Stadt Bad Belzig</title>
<meta name="generator" content="WordPress 6.4.2">
<link rel="stylesheet" id="belzig-style-css" href="/wp-content/themes/belzig/style.css?ver=2.3.1">
</head>
<body class="post-template-default single single-post postid-2381 single-format-standard">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message">Um Ihnen ein optimales Erlebnis zu bieten, verwenden wir Technologien wie Cookies.</div><button class="cmplz-accept">Akzeptieren</button><button class="cmplz-deny">Ablehnen</button><button class="cmplz-view-preferences">Einstellungen ansehen</button></div></div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Zum Inhalt springen</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Stadt Bad Belzig</a></p><p class="site-description">Kurstadt im Hohen Fläming</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="#">Rathaus</a></li><li><a href="#">Leben</a></li><li><a href="#">Kur &amp; Tourismus</a></li><li><a href="#">Aktuelles</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-2381" class="post-2381 post type-post status-publish format-standard has-post-thumbnail hentry category-aktuelles category-rathaus tag-ehrenamt tag-neujahrsempfang">
 <header class="entry-header">
  <div class="entry-categories"><span class="screen-reader-text">Kategorien</span><a href="/category/aktuelles/" rel="category tag">Aktuelles</a>, <a href="/category/rathaus/" rel="category tag">Rathaus</a></div>
  <h1 class="entry-title">Neujahrsempfang: Stadt ehrt drei Ehrenamtliche</h1>
  <div class="entry-meta"><span class="posted-on">Veröffentlicht am <a href="#" rel="bookmark"><time class="entry-date published" datetime="2024-01-15T14:20:00+01:00">15. Januar 2024</time><time class="updated" datetime="2024-01-16T09:02:11+01:00">16. Januar 2024</time></a></span><span class="byline"> von <span class="author vcard"><a class="url fn n" href="#">Pressestelle</a></span></span></div>
 </header>
 <div class="entry-content">
{body_html(B)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Teilen mit:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">Drucken</a></li></ul></div>
<div class="sharedaddy sd-like"><h3 class="sd-title">Gefällt mir:</h3><span class="loading">Wird geladen …</span></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3><p><a href="#">Ehrenamtspreis 2023 verliehen</a></p><p><a href="#">Stadtverordnete beschließen Haushalt</a></p></div>
 </div>
 <footer class="entry-footer"><span class="tags-links">Schlagwörter: <a href="#" rel="tag">Ehrenamt</a>, <a href="#" rel="tag">Neujahrsempfang</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#">Vorheriger Beitrag: Winterdienst im Stadtgebiet</a></div><div class="nav-next"><a href="#">Nächster Beitrag: Anmeldung für die Kitas</a></div></div></nav>
<p class="no-comments">Kommentare sind geschlossen.</p>
</main>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Stadt Bad Belzig · Wiesenburger Straße 6 · 14806 Bad Belzig | Impressum | Datenschutz</div></footer>
</div>
</body>
</html>
"""
add("h05-bad-belzig-neujahrsempfang.html", "utf-8", H, B, {
    "title": "Neujahrsempfang: Stadt ehrt drei Ehrenamtliche",
    # amended: the tags are categories (README)
    "subtitle": None, "kicker": None, "categories": ["Aktuelles", "Rathaus", "Ehrenamt", "Neujahrsempfang"],
    "date": "2024-01-15", "place": None,
    "speakers": [
        sp("Henning Rohloff", "Bürgermeister", [
            "2023 haben wir mehr gebaut als in den fünf Jahren davor zusammen"]),
        sp("Martina Eggert", "Vorsitzende der Stadtverordnetenversammlung", [
            "Viele, die heute bei uns im Chor stehen, haben bei ihr angefangen."], org="Stadtverordnetenversammlung"),
    ],
    "member_lists": [],
    "mentioned_dates": ["1987", "2023", "2025-01-10"],
    "body_must_not_contain": ["Cookies", "Foto: Stadt Bad Belzig", "Teilen mit", "Drucken", "Gefällt mir", "Ähnliche Beiträge", "Schlagwörter", "Kommentare sind geschlossen", "Vorheriger Beitrag", "Wiesenburger Straße", "Veröffentlicht am"],
    "body_must_contain": ["Rund 250 Gäste sind am Freitagabend der Einladung zum Neujahrsempfang", "- Gisela Tornow, seit 1987 Leiterin des Kinderchors „Fläming-Spatzen“", "- Schülerinnen und Schüler des Fläming-Gymnasiums", "Der nächste Neujahrsempfang ist für den 10. Januar 2025 geplant."],
    "notes": [
        "WordPress theme: categories are the cat links (Aktuelles, Rathaus); the tags (Ehrenamt, Neujahrsempfang) are not categories. Date from time.entry-date.published (2024-01-15); 'updated' 16. Januar 2024 is not the date. No dateline: place null.",
        "The Jetpack share/like/related blocks and the figure caption sit inside div.entry-content but are not body.",
        "Rohloff: role before name in his first mention, the quote is attributed by surname only ('sagte Rohloff'). 'Das verdanke die Stadt …' is Konjunktiv indirect speech.",
        "Eggert: role before name in apposition ('die Vorsitzende der Stadtverordnetenversammlung, Martina Eggert'). 'Tornow habe … beigebracht, sagte Eggert' is indirect speech; the following quote has no verb of its own and is a continuation attributed to Eggert.",
        "The list of honourees (persons, not quoted -> not speakers) and the guest list are NOT member lists. „Fläming-Spatzen“ is a choir name.",
        "'seit 1987' -> 1987; '2023' inside the quote is a stated year; 'am Freitagabend' is relative.",
    ],
})

# =================================================================== h06 Landkreis Uckermark (Landkreis site, '(Prenzlau) Die …')
B = [
    P("Die Uckermark bereitet sich besser auf Starkregen vor. Der Landkreis lässt für sechs Städte, Gemeinden und Ämter Gefahrenkarten erstellen, die zeigen, wo sich bei heftigem Regen Wasser sammelt und welche Straßen und Gebäude gefährdet sind."),
    P("Teilnehmer der ersten Projektphase sind:"),
    UL("Stadt Templin", "Stadt Angermünde", "Gemeinde Uckerland", "Amt Gramzow", "Amt Brüssow (Uckermark)", "Amt Oder-Welse"),
    P("„Die Ereignisse der vergangenen Sommer haben gezeigt, dass auch kleine Bäche innerhalb einer Stunde zu reißenden Strömen werden können“, sagte Annegret Wollny, Leiterin des Fachbereichs Bauen, Umwelt und Verkehr. Die Karten sollen bis zum Sommer 2025 vorliegen."),
    P("Landrat Karsten Uhlemann hob hervor, dass der Kreis die Kosten von rund 180.000 Euro zunächst vollständig übernehme. Eine Förderung durch das Land sei beantragt. Das Projekt trägt den Namen „Wasser halten in der Uckermark“."),
    P("Mit den Karten sollen die Kommunen unter anderem:"),
    UL("Notabflusswege in Bebauungsplänen freihalten", "die Einsatzpläne der Feuerwehren anpassen", "Hauseigentümer gezielt beraten"),
    P("Wollny kündigte an, die Ergebnisse auf einer Fachtagung am 12. November 2024 in Prenzlau vorzustellen. Weitere Kommunen können sich für eine zweite Projektphase ab 2026 bewerben."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Sechs Kommunen erhalten Starkregen-Gefahrenkarten | Landkreis Uckermark</title>
<link rel="stylesheet" href="/static/css/lk-um.css">
</head>
<body class="pressemitteilung">
<div class="consent-layer" role="dialog"><p>Wir möchten Cookies und den Dienst OpenStreetMap verwenden. Ihre Einwilligung können Sie jederzeit widerrufen.</p><button>Alle zulassen</button> <button>Nur notwendige</button></div>
<header class="kopf"><a class="logo" href="/">Landkreis Uckermark</a>
<nav class="hauptmenue"><ul><li>Kreisverwaltung</li><li>Bürgerservice</li><li>Kreistag</li><li>Wirtschaft</li><li>Presse</li></ul></nav>
<div class="werkzeugleiste"><a href="#">Seite vorlesen</a> <a href="#">Schrift vergrößern</a> <a href="#">Kontrast</a></div></header>
<nav class="brotkrume" aria-label="Brotkrumennavigation"><a href="/">Startseite</a> › <a href="/presse">Presse</a> › <a href="/presse/pressemitteilungen">Pressemitteilungen</a> › Starkregen-Gefahrenkarten</nav>
<main id="inhalt">
<article class="pm">
 <div class="pm-kopf">
  <p class="pm-meta"><span class="pm-rubrik">Umwelt</span> · <span class="pm-datum">Veröffentlicht: 08.10.2024</span></p>
  <p class="pm-dachzeile">Klimaanpassung</p>
  <h1>Sechs Kommunen erhalten Starkregen-Gefahrenkarten</h1>
 </div>
 <figure class="pm-bild"><img src="/bilder/pm/starkregen-templin.jpg" alt="Überflutete Straße"><figcaption>Überflutete Straße in Templin nach einem Gewitter im Juli. Foto: Landkreis Uckermark</figcaption></figure>
 <div class="pm-text">
{body_html(B, "(Prenzlau) ")}
 </div>
 <p class="pm-aktualisiert">Zuletzt aktualisiert: 09.10.2024</p>
 <div class="pm-aktionen"><a href="#">Drucken</a> <a href="#">Teilen</a> <a href="#">Als PDF speichern</a></div>
 <div class="pm-kontakt"><h2>Kontakt für Medienvertreter</h2><p>Pressestelle des Landkreises Uckermark<br>Karl-Marx-Straße 1<br>17291 Prenzlau</p></div>
</article>
<aside class="verwandt"><h2>Weitere Pressemitteilungen</h2><ul><li><a href="#">Kreistag tagt am 16. Oktober</a></li><li><a href="#">Neue Buslinie zwischen Schwedt und Gartz</a></li></ul></aside>
</main>
<footer class="fuss"><p>Landkreis Uckermark · Karl-Marx-Straße 1 · 17291 Prenzlau</p><p>Impressum · Datenschutz · Barrierefreiheitserklärung</p></footer>
</body>
</html>
"""
add("h06-uckermark-starkregen.html", "utf-8", H, B, {
    "title": "Sechs Kommunen erhalten Starkregen-Gefahrenkarten",
    "subtitle": None, "kicker": "Klimaanpassung", "categories": ["Umwelt"],
    "date": "2024-10-08", "place": "Prenzlau",
    "speakers": [
        sp("Annegret Wollny", "Leiterin des Fachbereichs Bauen, Umwelt und Verkehr", [
            "Die Ereignisse der vergangenen Sommer haben gezeigt, dass auch kleine Bäche innerhalb einer Stunde zu reißenden Strömen werden können"],
           org="Fachbereich Bauen, Umwelt und Verkehr"),
    ],
    "member_lists": [{
        "label": "Teilnehmer der ersten Projektphase",
        "members": members(("Templin", "Stadt", "12073572"), ("Angermünde", "Stadt", "12073008"),
                           ("Uckerland", "Gemeinde", "12073579"), ("Gramzow", "Amt", "120735306"),
                           ("Brüssow (Uckermark)", "Amt", "120735303"), ("Oder-Welse", "Amt", "120735310")),
    }],
    "mentioned_dates": ["2024-11-12", "2025", "2026"],
    "body_must_not_contain": ["(Prenzlau)", "Cookies", "Seite vorlesen", "Foto: Landkreis Uckermark", "Zuletzt aktualisiert", "Drucken", "Teilen", "Kontakt für Medienvertreter", "Karl-Marx-Straße", "Weitere Pressemitteilungen", "Kreistag tagt"],
    "body_must_contain": ["Die Uckermark bereitet sich besser auf Starkregen vor.", "- Amt Brüssow (Uckermark)", "- Hauseigentümer gezielt beraten", "Weitere Kommunen können sich für eine zweite Projektphase ab 2026 bewerben."],
    "notes": [
        "Dateline '(Prenzlau) Die …': place 'Prenzlau'; the parenthesised place is not part of the body.",
        "Kicker from p.pm-dachzeile above the h1; category 'Umwelt' from the meta line; date from 'Veröffentlicht: 08.10.2024' ('Zuletzt aktualisiert: 09.10.2024' is not the date). No subtitle.",
        "Role after the name with commas inside the unit name: 'Annegret Wollny, Leiterin des Fachbereichs Bauen, Umwelt und Verkehr' -> the whole phrase is the role (the comma list belongs to the unit name); organisation 'Fachbereich Bauen, Umwelt und Verkehr'.",
        "Landrat Karsten Uhlemann is only reported in Konjunktiv ('übernehme', 'sei beantragt'): no direct quote, so not a speaker.",
        "Block member list labelled by its introducing sentence ('Teilnehmer der ersten Projektphase sind:'); 6 entries = 'sechs Städte, Gemeinden und Ämter': no warning. Names without the kind word; Ämter get the 9-digit Verbandsschlüssel as key (as the contract says), Städte/Gemeinden the 8-digit AGS.",
        "The task list ('Mit den Karten sollen die Kommunen unter anderem:') is not a member list. „Wasser halten in der Uckermark“ is a project name.",
        "'bis zum Sommer 2025' -> 2025; 'ab 2026' -> 2026. The photo caption's 'im Juli' is not body.",
    ],
})

# =================================================================== h07 Polizei Cottbus (press portal / ots, no article/main)
B = [
    P("Unbekannte haben sich am Montag am Telefon als Mitarbeiter einer Bank ausgegeben und eine 79-jährige Frau aus Cottbus-Sandow um 38.000 Euro betrogen. Laut Polizei riefen die Täter mit einer gefälschten Rufnummer an, die der echten Nummer der Bank entsprach."),
    P("Der Frau zufolge hatte ein angeblicher Sicherheitsmitarbeiter behauptet, ihr Konto sei gehackt worden. Sie solle ihr Erspartes abheben und einem Boten übergeben, der es in Sicherheit bringe. Am Nachmittag holte ein Mann das Geld an ihrer Wohnungstür ab."),
    P("„Keine Bank und keine Polizei holt jemals Geld oder Wertsachen an der Haustür ab“, betonte Polizeisprecherin Janine Kowalczyk. Wer einen solchen Anruf erhalte, solle sofort auflegen und selbst die 110 wählen."),
    P("Der Abholer wird so beschrieben:"),
    UL("etwa 30 Jahre alt, rund 1,80 Meter groß", "kurze dunkle Haare, Dreitagebart", "dunkelblaue Jacke mit der Aufschrift eines Paketdienstes"),
    P("Die Kriminalpolizei hat die Ermittlungen aufgenommen. Zeugen, die am Montag zwischen 14 und 16 Uhr in Sandow eine verdächtige Person bemerkt haben, werden gebeten, sich bei der Polizei in Cottbus oder über die Internetwache zu melden."),
    P("Am 5. September 2024 informiert die Polizei gemeinsam mit der Verbraucherzentrale im Seniorenzentrum Sandow über aktuelle Betrugsmaschen. Beginn ist um 10 Uhr."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>POL-CB: Falsche Bankmitarbeiter erbeuten 38.000 Euro – Polizei warnt vor Betrugsmasche | Presseportal</title>
<meta property="og:title" content="POL-CB: Falsche Bankmitarbeiter erbeuten 38.000 Euro – Polizei warnt vor Betrugsmasche">
</head>
<body class="story">
<div id="usercentrics-root" class="uc-banner"><p>Wir nutzen Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.</p><button>Akzeptieren</button> <button>Ablehnen</button> <button>Einstellungen</button></div>
<div class="header"><a href="/" class="logo">presseportal</a><div class="nav"><a href="#">Blaulicht</a> <a href="#">Wirtschaft</a> <a href="#">Politik</a> <a href="#">Sport</a></div></div>
<div class="container">
<div class="story-head">
 <p class="story-meta"><span class="story-category">Blaulicht</span> <span class="story-date">21.08.2024 – 11:42</span></p>
 <p class="story-customer"><a href="#">Polizeidirektion Süd</a></p>
 <h1>POL-CB: Falsche Bankmitarbeiter erbeuten 38.000 Euro – Polizei warnt vor Betrugsmasche</h1>
 <div class="story-tools"><a href="#">Teilen</a> <a href="#">Drucken</a> <a href="#">PDF</a> <a href="#">Pressemappe abonnieren</a></div>
</div>
<div class="story-text">
{body_html(B, "Cottbus (ots) – ")}
 <p class="customer-contact">Rückfragen bitte an:<br><br>Polizeidirektion Süd<br>Pressestelle<br>Telefon: 0355 000-1040<br>E-Mail: pressestelle.pd-sued@example.org</p>
 <p class="originator">Original-Content von: Polizeidirektion Süd, übermittelt durch news aktuell</p>
</div>
<div class="more-stories"><h2>Weitere Storys: Polizeidirektion Süd</h2><ul><li><a href="#">POL-CB: Motorradfahrer bei Peitz schwer verletzt</a></li><li><a href="#">POL-CB: Einbruch in Gartenlaube in Sachsendorf</a></li></ul></div>
</div>
<div class="footer"><p>© news aktuell GmbH · Impressum · Datenschutz · AGB</p></div>
</body>
</html>
"""
add("h07-polizei-cottbus-betrug.html", "utf-8", H, B, {
    "title": "POL-CB: Falsche Bankmitarbeiter erbeuten 38.000 Euro – Polizei warnt vor Betrugsmasche",
    "subtitle": None, "kicker": None, "categories": ["Blaulicht"],
    "date": "2024-08-21", "place": "Cottbus",
    "speakers": [
        sp("Janine Kowalczyk", "Polizeisprecherin", [
            "Keine Bank und keine Polizei holt jemals Geld oder Wertsachen an der Haustür ab"]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-09-05"],
    "body_must_not_contain": ["Cottbus (ots)", "Cookies", "Rückfragen bitte an", "Pressestelle", "Original-Content von", "news aktuell", "Weitere Storys", "Motorradfahrer bei Peitz", "Pressemappe", "Drucken", "11:42"],
    "body_must_contain": ["eine 79-jährige Frau aus Cottbus-Sandow um 38.000 Euro betrogen", "- kurze dunkle Haare, Dreitagebart", "Beginn ist um 10 Uhr."],
    "notes": [
        "ots press-portal layout without <article>/<main>. Title kept as written including the 'POL-CB: ' prefix (as in earlier sets).",
        "Dateline 'Cottbus (ots) – ': place 'Cottbus', not part of the body. Date from '21.08.2024 – 11:42'. Category 'Blaulicht' from the story meta line.",
        "The contact block 'Rückfragen bitte an: …' and 'Original-Content von: …' are footer, not body; the issuing body is Polizeidirektion Süd.",
        "'Laut Polizei …' and 'Der Frau zufolge …' report statements without a named speaker: no quotes, no speakers. 'ihr Konto sei gehackt worden', 'Sie solle …', 'Wer … erhalte, solle …' are Konjunktiv indirect speech.",
        "Only one direct quote (verb 'betonte'). The description list of the suspect is not a member list. 'am Montag' is relative.",
    ],
})

# =================================================================== h08 IHK Potsdam (chamber news page)
B = [
    P("Die Unternehmen in Westbrandenburg blicken etwas zuversichtlicher auf die kommenden Monate. Der Geschäftsklimaindex der IHK Potsdam stieg im Frühjahr um vier Punkte auf 98 Punkte. An der Umfrage hatten sich im April 2024 rund 650 Betriebe beteiligt."),
    P("„Von einem Aufschwung kann noch keine Rede sein, aber der Abwärtstrend ist gestoppt“, sagte IHK-Präsident Prof. Dr. Rüdiger Haselhorst bei der Vorstellung der Ergebnisse."),
    P("Der Umfrage zufolge nennen 61 Prozent der Unternehmen den Fachkräftemangel als größtes Risiko, gefolgt von den Energie- und Rohstoffpreisen (48 Prozent) und der Bürokratie (44 Prozent)."),
    TABLE("Geschäftslage nach Branchen (Saldo in Punkten)", ["Branche", "aktuell", "Vorumfrage"],
          [["Industrie", "+4", "−2"], ["Bau", "−6", "−9"], ["Handel", "+1", "−5"], ["Dienstleistungen", "+12", "+8"]]),
    P("Henrike von Trebow, Hauptgeschäftsführerin der IHK Potsdam, forderte von der Landesregierung schnellere Genehmigungsverfahren. Viele Betriebe warteten monatelang auf Baugenehmigungen, das bremse Investitionen. „Wir reden hier nicht über Luxusprobleme, sondern über Aufträge, die an Brandenburg vorbeigehen“, sagte sie."),
    P("Laut von Trebow will die Kammer ihre Forderungen vor der Landtagswahl am 22. September 2024 in einem Positionspapier zusammenfassen. Das Papier „Brandenburg 2030 – Wirtschaft stärken“ soll am 18. Juni 2024 vorgestellt werden."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Stimmung in der Westbrandenburger Wirtschaft hellt sich leicht auf - IHK Potsdam</title>
<link rel="stylesheet" href="/blueprint/servlet/resource/css/ihk.css">
</head>
<body class="ihk-page">
<div class="cookie-consent"><p>Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten.</p><button>Alle Cookies akzeptieren</button> <button>Nur erforderliche Cookies</button></div>
<header class="ihk-header"><a href="/" class="ihk-logo">IHK Potsdam</a>
<nav class="ihk-mainnav"><ul><li>Standortpolitik</li><li>Aus- und Weiterbildung</li><li>Recht und Steuern</li><li>Existenzgründung</li><li>Presse</li></ul></nav>
<div class="ihk-search"><input type="search" placeholder="Suchbegriff eingeben"></div></header>
<div class="ihk-breadcrumb"><a href="/">Startseite</a> / <a href="#">Presse</a> / <a href="#">Pressemitteilungen</a></div>
<main class="ihk-main">
<article class="ihk-article">
 <div class="ihk-article__meta"><span class="ihk-article__type">Pressemitteilung</span> <span class="ihk-article__date">07.05.2024</span></div>
 <p class="ihk-article__overline">Konjunkturumfrage</p>
 <h1 class="ihk-article__title">Stimmung in der Westbrandenburger Wirtschaft hellt sich leicht auf</h1>
 <p class="ihk-article__intro">Frühjahrsumfrage: Fachkräftemangel bleibt größtes Geschäftsrisiko</p>
 <figure class="ihk-article__image"><img src="/blueprint/media/konjunktur.jpg" alt="Präsentation"><figcaption>Vorstellung der Umfrageergebnisse in Potsdam. Foto: IHK Potsdam/Marek Lindholz</figcaption></figure>
 <div class="ihk-article__text">
{body_html(B, "Potsdam – ")}
 </div>
 <p class="ihk-article__docnr">Nr. 6127384</p>
 <div class="ihk-share"><span>Seite teilen:</span> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></div>
</article>
<aside class="ihk-contact"><h2>Ihr Ansprechpartner</h2><p>Pressesprecher<br>Lars Wendtland<br>Breite Straße 2 a–c<br>14467 Potsdam</p></aside>
<aside class="ihk-related"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="#">Ausbildungsmarkt: Noch 1.200 freie Stellen</a></li><li><a href="#">Sprechtag Unternehmensnachfolge</a></li></ul></aside>
</main>
<footer class="ihk-footer"><p>Industrie- und Handelskammer Potsdam · Breite Straße 2 a–c · 14467 Potsdam</p><p>Impressum · Datenschutz · Barrierefreiheit</p></footer>
</body>
</html>
"""
add("h08-ihk-potsdam-konjunktur.html", "utf-8", H, B, {
    "title": "Stimmung in der Westbrandenburger Wirtschaft hellt sich leicht auf",
    "subtitle": "Frühjahrsumfrage: Fachkräftemangel bleibt größtes Geschäftsrisiko",
    "kicker": "Konjunkturumfrage", "categories": ["Pressemitteilung"],
    "date": "2024-05-07", "place": "Potsdam",
    "speakers": [
        sp("Prof. Dr. Rüdiger Haselhorst", "IHK-Präsident", [
            "Von einem Aufschwung kann noch keine Rede sein, aber der Abwärtstrend ist gestoppt"], honorific="Prof. Dr."),
        sp("Henrike von Trebow", "Hauptgeschäftsführerin der IHK Potsdam", [
            "Wir reden hier nicht über Luxusprobleme, sondern über Aufträge, die an Brandenburg vorbeigehen"],
           org="IHK Potsdam", given="Henrike", surname="von Trebow"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-04", "2024-06-18", "2024-09-22"],
    "body_must_not_contain": ["Cookies", "Foto: IHK Potsdam", "Nr. 6127384", "Seite teilen", "Drucken", "Ihr Ansprechpartner", "Lars Wendtland", "Das könnte Sie auch interessieren", "Ausbildungsmarkt"],
    "body_must_contain": ["Der Geschäftsklimaindex der IHK Potsdam stieg im Frühjahr um vier Punkte auf 98 Punkte.", "Geschäftslage nach Branchen (Saldo in Punkten)", "Dienstleistungen | +12 | +8", "soll am 18. Juni 2024 vorgestellt werden."],
    "notes": [
        "IHK layout: type label 'Pressemitteilung' is the category, the overline 'Konjunkturumfrage' the kicker, the intro line under the h1 the subtitle. Dateline 'Potsdam – '. The document number 'Nr. 6127384' is page metadata.",
        "Honorific 'Prof. Dr.' kept in name, given/surname without it; role 'IHK-Präsident' written before the name.",
        "Name with particle: 'Henrike von Trebow' -> surname 'von Trebow'; role after the name ('Hauptgeschäftsführerin der IHK Potsdam'), organisation 'IHK Potsdam'. Her quote is attributed by 'sagte sie'; 'Laut von Trebow will …' is a reported statement, not a quote.",
        "'Viele Betriebe warteten …, das bremse …' is Konjunktiv indirect speech. 'Der Umfrage zufolge' cites a survey, no person.",
        "The branch table is not a member list; it is body text rendered as caption + ' | ' rows (same table convention as gold_blind8).",
        "„Brandenburg 2030 – Wirtschaft stärken“ is a paper title, not a quote; its '2030' is not a mentioned date. 'im April 2024' -> 2024-04.",
    ],
})

# =================================================================== h09 Städte- und Gemeindebund Brandenburg ('Heute ist' banner only, consent spliced into a paragraph)
B = [
    P("Der Städte- und Gemeindebund Brandenburg fordert das Land auf, den Kommunen die Kosten der Elternbeitragsfreiheit in Kindertagesstätten vollständig zu erstatten. Nach Berechnungen des Verbandes fehlen den Trägern in diesem Jahr landesweit rund 35 Millionen Euro."),
    P("„Die Beitragsfreiheit ist ein Versprechen des Landes, nicht der Städte und Gemeinden“, sagte der Geschäftsführer des Städte- und Gemeindebundes, Dr. Matthias Kühlborn, am Dienstag in Potsdam."),
    P("„Wer bestellt, muss auch bezahlen. Alles andere geht am Ende zulasten der Qualität in den Einrichtungen.“"),
    SPLICE("Die Pauschalen, die das Land den Trägern für entgangene Elternbeiträge zahlt, wurden seit 2019 nicht angepasst. ",
           '<span class="cc-window cc-floating" role="dialog" aria-label="cookieconsent">Wir verwenden Cookies, um die Nutzung unserer Website zu analysieren. <a class="cc-link" href="/datenschutz">Mehr erfahren</a> <button class="cc-btn cc-allow">Verstanden</button> </span>',
           "Gleichzeitig seien die Personal- und Sachkosten deutlich gestiegen, heißt es in einem Schreiben des Verbandes an das Bildungsministerium."),
    P("„In unserem Haushalt klafft allein bei den Kitas eine Lücke von 800.000 Euro“, so Ingrid Lemke, Bürgermeisterin der Stadt Luckenwalde."),
    P("Das Präsidium des Verbandes will sich am 19. Juni 2024 erneut mit dem Thema befassen. Kühlborn kündigte an, die Kita-Finanzierung auch vor der Landtagswahl am 22. September 2024 zum Thema zu machen."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Kommunen fordern verlässliche Finanzierung der Kita-Beitragsfreiheit | Städte- und Gemeindebund Brandenburg</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
</head>
<body class="path-node page-node-type-pressemitteilung">
<div class="topbar"><span class="heute">Heute ist Mittwoch, 5. Juni 2024</span> <a href="#">Mitgliederbereich</a> <a href="#">Kontakt</a></div>
<header role="banner"><a href="/" class="site-logo">Städte- und Gemeindebund Brandenburg</a>
<nav class="menu--main"><ul><li>Der Verband</li><li>Themen</li><li>Presse</li><li>Publikationen</li><li>Termine</li></ul></nav></header>
<div class="breadcrumb"><a href="/">Startseite</a> » <a href="#">Presse</a> » Kommunen fordern verlässliche Finanzierung der Kita-Beitragsfreiheit</div>
<main role="main">
<article class="node node--type-pressemitteilung">
 <div class="field--name-field-typ">Pressemitteilung</div>
 <h1 class="page-title"><span>Kommunen fordern verlässliche Finanzierung der Kita-Beitragsfreiheit</span></h1>
 <div class="tools"><a href="#">Drucken</a> <a href="#">Teilen</a></div>
 <div class="field--name-body">
{body_html(B)}
 </div>
 <div class="field--name-field-ansprechpartner"><h2>Ansprechpartnerin</h2><p>Referat Presse und Öffentlichkeitsarbeit<br>Stephensonstraße 4<br>14482 Potsdam</p></div>
</article>
<section class="related"><h2>Weitere Themen</h2><ul><li><a href="#">Kommunaler Finanzausgleich 2025</a></li><li><a href="#">Digitalpakt Schule: Mittel abrufen</a></li></ul></section>
</main>
<footer role="contentinfo"><p>© Städte- und Gemeindebund Brandenburg e. V.</p><p>Impressum · Datenschutz</p></footer>
</body>
</html>
"""
add("h09-stgb-kita-finanzierung.html", "utf-8", H, B, {
    "title": "Kommunen fordern verlässliche Finanzierung der Kita-Beitragsfreiheit",
    "subtitle": None, "kicker": None, "categories": ["Pressemitteilung"],
    "date": None, "place": None,
    "speakers": [
        sp("Dr. Matthias Kühlborn", "Geschäftsführer des Städte- und Gemeindebundes", [
            "Die Beitragsfreiheit ist ein Versprechen des Landes, nicht der Städte und Gemeinden",
            "Wer bestellt, muss auch bezahlen. Alles andere geht am Ende zulasten der Qualität in den Einrichtungen."],
           org="Städte- und Gemeindebund", honorific="Dr."),
        sp("Ingrid Lemke", "Bürgermeisterin der Stadt Luckenwalde", [
            "In unserem Haushalt klafft allein bei den Kitas eine Lücke von 800.000 Euro"], org="Stadt Luckenwalde"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2019", "2024-06-19", "2024-09-22"],
    "body_must_not_contain": ["Heute ist", "Cookies", "Mehr erfahren", "Verstanden", "Drucken", "Teilen", "Ansprechpartnerin", "Stephensonstraße", "Weitere Themen", "Mitgliederbereich"],
    "body_must_contain": ["rund 35 Millionen Euro", "Gleichzeitig seien die Personal- und Sachkosten deutlich gestiegen", "Das Präsidium des Verbandes will sich am 19. Juni 2024 erneut mit dem Thema befassen."],
    "notes": [
        "No publication date anywhere: the only date outside the text is the site banner 'Heute ist Mittwoch, 5. Juni 2024' -> date null. No dateline ('am Dienstag in Potsdam' is inside a sentence) -> place null.",
        "A cookie-consent <span> is spliced into the fourth paragraph between two sentences; the body keeps the paragraph whole without the banner text ('…nicht angepasst. Gleichzeitig …').",
        "The field 'Pressemitteilung' above the h1 is the category. No kicker, no subtitle.",
        "Kühlborn: role before the name in apposition ('der Geschäftsführer des Städte- und Gemeindebundes, Dr. Matthias Kühlborn'); organisation the genitive in the nominative, as written ('Städte- und Gemeindebund'). The next paragraph is a quote with no attribution of its own: a continuation quote of Kühlborn (one quote string covering both sentences).",
        "'Gleichzeitig seien … gestiegen, heißt es in einem Schreiben' is Konjunktiv indirect speech, not a quote.",
        "Lemke: 'so'-attribution with the role after the name; organisation 'Stadt Luckenwalde'.",
        "'seit 2019' -> 2019; the banner date 2024-06-05 is not a mentioned date (it is not in the text).",
    ],
})

# =================================================================== h10 Zweckverband Kommunale IT Oderland (member table, stated count differs)
B = [
    P("Die Verbandsversammlung des Zweckverbandes Kommunale IT Oderland hat in ihrer Sitzung am 28. November 2024 den Aufbau eines gemeinsamen Rechenzentrums beschlossen. Bis Ende 2026 sollen alle Mitglieder ihre Fachverfahren dorthin verlagern."),
    P("„Kein Rathaus im Oderland kann allein die Sicherheitsanforderungen erfüllen, die heute an eine Verwaltung gestellt werden“, sagte Verbandsvorsteher Eckhard Bornemann. Das gemeinsame Rechenzentrum spare den Mitgliedern nach ersten Schätzungen jährlich rund 1,2 Millionen Euro."),
    P("Dem Zweckverband gehören zwölf Mitglieder an:"),
    TABLE("Mitglieder des Zweckverbandes", ["Mitglied", "Art"],
          [["Seelow", "Stadt"], ["Müncheberg", "Stadt"], ["Bad Freienwalde (Oder)", "Stadt"], ["Wriezen", "Stadt"],
           ["Strausberg", "Stadt"], ["Letschin", "Gemeinde"], ["Neuhardenberg", "Gemeinde"], ["Märkische Höhe", "Gemeinde"],
           ["Oberbarnim", "Gemeinde"], ["Barnim-Oderbruch", "Amt"], ["Seelow-Land", "Amt"]]),
    P("Zu den Aufgaben des Verbandes gehören nach der Satzung:"),
    UL("der Betrieb eines gemeinsamen Rechenzentrums", "die Beschaffung von Hard- und Software für die Mitglieder", "die Schulung der Beschäftigten in Informationssicherheit"),
    P("Die Gemeinde Neulewin hat ihren Beitritt zum 1. Januar 2025 beantragt; darüber entscheidet die Verbandsversammlung am 20. Februar 2025. Bornemann zufolge sollen die Umlagen der Mitglieder im kommenden Jahr stabil bleiben."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Verbandsversammlung beschließt gemeinsames Rechenzentrum - Zweckverband Kommunale IT Oderland</title>
</head>
<body>
<div id="cookie-note"><p>Diese Seite verwendet nur technisch notwendige Cookies.</p><a href="#">OK</a></div>
<div id="top"><div class="logo">Zweckverband Kommunale IT Oderland</div>
<ul class="menu"><li><a href="#">Startseite</a></li><li><a href="#">Verband</a></li><li><a href="#">Leistungen</a></li><li><a href="#">Neuigkeiten</a></li><li><a href="#">Kontakt</a></li></ul></div>
<div id="path">Sie sind hier: <a href="/">Startseite</a> / <a href="#">Neuigkeiten</a></div>
<div id="content">
 <div class="entry">
 <p class="entry-meta">Veröffentlicht am 03.12.2024 in <a href="#">Neuigkeiten</a></p>
 <h1>Verbandsversammlung beschließt gemeinsames Rechenzentrum</h1>
{body_html(B, "Seelow – ")}
 <p class="print"><a href="#">Seite drucken</a> · <a href="#">Teilen</a></p>
 </div>
 <div class="sidebar">
  <h2>Geschäftsstelle</h2>
  <dl class="kontakt"><dt>Anschrift</dt><dd>Küstriner Straße 61, 15306 Seelow</dd><dt>Sprechzeiten</dt><dd>Mo–Do 8–16 Uhr</dd><dt>Verbandsvorsteher</dt><dd>Eckhard Bornemann</dd></dl>
  <h2>Letzte Beiträge</h2><ul><li><a href="#">Wartungsfenster am 14. Dezember</a></li><li><a href="#">Neues Ticketsystem für Mitglieder</a></li></ul>
 </div>
</div>
<div id="footer">Zweckverband Kommunale IT Oderland · Impressum · Datenschutz</div>
</body>
</html>
"""
add("h10-zv-it-oderland-rechenzentrum.html", "utf-8", H, B, {
    "title": "Verbandsversammlung beschließt gemeinsames Rechenzentrum",
    "subtitle": None, "kicker": None, "categories": ["Neuigkeiten"],
    "date": "2024-12-03", "place": "Seelow",
    "speakers": [
        sp("Eckhard Bornemann", "Verbandsvorsteher", [
            "Kein Rathaus im Oderland kann allein die Sicherheitsanforderungen erfüllen, die heute an eine Verwaltung gestellt werden"]),
    ],
    "member_lists": [{
        "label": "Mitglieder des Zweckverbandes",
        "members": members(("Seelow", "Stadt", "12064448"), ("Müncheberg", "Stadt", "12064317"),
                           ("Bad Freienwalde (Oder)", "Stadt", "12064044"), ("Wriezen", "Stadt", "12064512"),
                           ("Strausberg", "Stadt", "12064472"), ("Letschin", "Gemeinde", "12064274"),
                           ("Neuhardenberg", "Gemeinde", "12064340"), ("Märkische Höhe", "Gemeinde", "12064303"),
                           ("Oberbarnim", "Gemeinde", "12064370"), ("Barnim-Oderbruch", "Amt", "120645414"),
                           ("Seelow-Land", "Amt", "120645412")),
    }],
    "mentioned_dates": ["2024-11-28", "2025-01-01", "2025-02-20", "2026"],
    "expect_warning": True,
    "body_must_not_contain": ["Cookies", "Sie sind hier", "Veröffentlicht am", "Seite drucken", "Geschäftsstelle", "Küstriner Straße", "Letzte Beiträge", "Wartungsfenster", "Seelow –"],
    "body_must_contain": ["den Aufbau eines gemeinsamen Rechenzentrums beschlossen", "Dem Zweckverband gehören zwölf Mitglieder an:", "Bad Freienwalde (Oder) | Stadt", "- die Schulung der Beschäftigten in Informationssicherheit"],
    "notes": [
        "Plain site without <article>/<main>. Date from 'Veröffentlicht am 03.12.2024 in Neuigkeiten'; category 'Neuigkeiten'. Dateline 'Seelow – ' -> place 'Seelow'.",
        "Member list is an HTML table (caption 'Mitglieder des Zweckverbandes', columns Mitglied | Art): kind from the 'Art' column, names as written in the table. The body renders the table as caption + ' | ' rows (gold_blind8 convention).",
        "STATED COUNT DIFFERS: 'Dem Zweckverband gehören zwölf Mitglieder an', the table has 11 rows -> expect a warning; the gold keeps the 11 listed members (nothing invented).",
        "Neulewin has only applied to join: not a member. The task list is not a member list. The <dl> in the sidebar (contact data) is neither body nor a member list.",
        "'Das gemeinsame Rechenzentrum spare …' is Konjunktiv indirect speech; 'Bornemann zufolge …' is a reported statement, not a quote.",
        "Ämter keyed with the 9-digit Verbandsschlüssel, municipalities with the 8-digit AGS. 'Bis Ende 2026' -> 2026; 'im kommenden Jahr' is relative.",
    ],
})


# =================================================================== text dumps
def add_text(fname, head, blocks, tail, gold, dateline="", bullet="- ", width=None):
    page = head.rstrip("\n") + "\n\n" + plain_body(blocks, dateline, bullet, width) + "\n\n" + tail.lstrip("\n")
    SPEC.append((fname, "utf-8", page, blocks, gold))


# ------------------------------------------------------------------- t01 Potsdam (PDF copy, wrapped lines, page break)
B = [
    P("Die Landeshauptstadt Potsdam richtet für die Sommermonate zwölf sogenannte kühle Orte ein. Sobald der Deutsche Wetterdienst eine Hitzewarnung für Potsdam ausgibt, können sich Menschen dort während der Öffnungszeiten kostenlos aufhalten, Wasser trinken und ausruhen."),
    P("„Hitze ist für ältere Menschen, Kleinkinder und chronisch Kranke eine echte Gefahr“, sagte die Beigeordnete für Ordnung, Sicherheit, Soziales und Gesundheit, Dr. Ulrike Brandhorst. Wer keine kühle Wohnung habe, solle die Angebote ohne Scheu nutzen."),
    P("Zu den kühlen Orten gehören unter anderem:"),
    UL("die Stadt- und Landesbibliothek am Platz der Einheit", "das Foyer des Rathauses in der Friedrich-Ebert-Straße", "die Nikolaikirche", "das Bürgerhaus am Schlaatz"),
    P("Das Projekt „Kühles Potsdam“ ist Teil des Hitzeaktionsplans, den die Stadtverordnetenversammlung im November 2023 beschlossen hatte. Brandhorst zufolge sollen bis 2026 weitere Trinkbrunnen hinzukommen; derzeit gibt es 18 im Stadtgebiet."),
    RAW("Seite 1 von 2\n\n\f\nLandeshauptstadt Potsdam – Pressemitteilung Nr. 12/2024"),
    P("Am 20. Juni 2024 lädt die Stadt zu einem Aktionstag Hitzeschutz auf den Luisenplatz ein. Von 10 bis 16 Uhr informieren dort Gesundheitsamt, Feuerwehr und Seniorenbeirat."),
    P("Klaus-Dieter Wolffram, Vorsitzender des Seniorenbeirats, begrüßte die Initiative. „Viele Ältere trauen sich bei Hitze gar nicht mehr aus dem Haus“, sagte er."),
]
HEAD = """Landeshauptstadt Potsdam
Der Oberbürgermeister
Bereich Kommunikation und Partizipation

Friedrich-Ebert-Straße 79/81
14469 Potsdam


Pressemitteilung Nr. 12/2024

Potsdam, den 3. Juni 2024


Hitzeschutz: Stadt richtet zwölf kühle Orte ein

Bibliotheken, Kirchen und Rathaus öffnen bei Hitzewarnungen ihre Räume
"""
TAIL = """Stefanie Hollmann
Pressesprecherin


V.i.S.d.P.: Stefanie Hollmann, Bereich Kommunikation und Partizipation
Landeshauptstadt Potsdam · Friedrich-Ebert-Straße 79/81 · 14469 Potsdam

Seite 2 von 2
"""
add_text("t01-potsdam-kuehle-orte-pdf.txt", HEAD, B, TAIL, {
    "title": "Hitzeschutz: Stadt richtet zwölf kühle Orte ein",
    "subtitle": "Bibliotheken, Kirchen und Rathaus öffnen bei Hitzewarnungen ihre Räume",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2024-06-03", "place": "Potsdam",
    "speakers": [
        sp("Dr. Ulrike Brandhorst", "Beigeordnete für Ordnung, Sicherheit, Soziales und Gesundheit", [
            "Hitze ist für ältere Menschen, Kleinkinder und chronisch Kranke eine echte Gefahr"], honorific="Dr."),
        sp("Klaus-Dieter Wolffram", "Vorsitzender des Seniorenbeirats", [
            "Viele Ältere trauen sich bei Hitze gar nicht mehr aus dem Haus"], org="Seniorenbeirat"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2023-11", "2024-06-20", "2026"],
    "body_must_not_contain": ["Pressemitteilung Nr. 12/2024", "Potsdam, den 3. Juni 2024", "Der Oberbürgermeister", "Friedrich-Ebert-Straße 79/81", "Seite 1 von 2", "Seite 2 von 2", "V.i.S.d.P.", "Stefanie Hollmann", "Pressesprecherin"],
    "body_must_contain": ["richtet für die Sommermonate zwölf sogenannte kühle Orte ein", "- das Foyer des Rathauses in der Friedrich-Ebert-Straße", "Am 20. Juni 2024 lädt die Stadt zu einem Aktionstag Hitzeschutz auf den Luisenplatz ein."],
    "notes": [
        "PDF text copy: paragraphs are hard-wrapped at about 76 characters; the gold body joins the lines of a paragraph with single spaces. List items keep the '- ' bullet.",
        "A page break (form feed) with 'Seite 1 von 2' and a repeated running header 'Landeshauptstadt Potsdam – Pressemitteilung Nr. 12/2024' sits between two paragraphs: not body. 'Seite 2 von 2' at the end likewise.",
        "Letterhead (issuer, address), 'Pressemitteilung Nr. 12/2024' and the date line 'Potsdam, den 3. Juni 2024' are not body; the date line gives date 2024-06-03 and place 'Potsdam'. Category 'Pressemitteilung' from the document-type line.",
        "Title = first line after the date line; the line after it is the subtitle.",
        "The signature block and V.i.S.d.P. line are not body (the signatory is not quoted -> not a speaker).",
        "Role before the name with commas inside the portfolio ('die Beigeordnete für Ordnung, Sicherheit, Soziales und Gesundheit, Dr. Ulrike Brandhorst'): the role runs up to the name; organisation null. 'Wer … habe, solle …' is Konjunktiv indirect speech; 'Brandhorst zufolge …' is reported, not a quote.",
        "Wolffram: role after the name; quote attributed by 'sagte er'.",
        "The list of cool places is not a member list. „Kühles Potsdam“ is a project name. 'im November 2023' -> 2023-11, 'bis 2026' -> 2026.",
    ],
}, width=76)

# ------------------------------------------------------------------- t02 Luckau (e-mail copy, 'Luckau, 12. März 2024.' dateline)
B = [
    P("Die Stadt Luckau beginnt im April mit dem letzten Abschnitt der Sanierung ihrer historischen Stadtmauer. Saniert werden die rund 180 Meter zwischen dem Hausmannsturm und der Einmündung der Badergasse."),
    P("„Die Stadtmauer ist das, was Besucher als Erstes von Luckau sehen“, sagte Bürgermeister Sven Lehnigk, „und wir wollen, dass sie auch in hundert Jahren noch steht.“"),
    P("Die Kosten von 1,4 Millionen Euro tragen zu zwei Dritteln Bund und Land aus dem Programm „Lebendige Zentren“. Die Arbeiten sollen bis Oktober 2024 abgeschlossen sein."),
    P("Nach Angaben der Leiterin des Fachbereichs Bauen und Ordnung, Dr. Kathrin Weißflog, werden dabei auch zwei eingestürzte Wiekhäuser teilweise wieder aufgemauert. Die Steine stammten zum Teil aus dem Abbruch selbst und seien sorgfältig eingelagert worden. „Wir verwenden so viel Originalmaterial wie möglich“, sagte Weißflog."),
    P("Während der Bauzeit bleibt der Wallweg zwischen Hausmannsturm und Badergasse gesperrt. Am 27. April 2024 bietet die Stadt eine Baustellenführung an; Treffpunkt ist um 14 Uhr am Hausmannsturm."),
]
HEAD = """Von: Pressestelle Stadt Luckau
Gesendet: Dienstag, 12. März 2024 09:37
An: Redaktion Lokales
Betreff: PM Stadtmauer Luckau – bitte um Veröffentlichung

Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere aktuelle Pressemitteilung mit der Bitte um Veröffentlichung.

Mit freundlichen Grüßen
Ricarda Hentschel

------------------------------------------------------------

Stadt Luckau
Der Bürgermeister
Pressestelle

PRESSEMITTEILUNG

Sanierung der Stadtmauer geht in den letzten Bauabschnitt
"""
TAIL = """------------------------------------------------------------
Ricarda Hentschel
Pressesprecherin der Stadt Luckau
Am Markt 34, 15926 Luckau

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
"""
add_text("t02-luckau-stadtmauer-email.txt", HEAD, B, TAIL, {
    "title": "Sanierung der Stadtmauer geht in den letzten Bauabschnitt",
    "subtitle": None, "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2024-03-12", "place": "Luckau",
    "speakers": [
        sp("Sven Lehnigk", "Bürgermeister", [
            "Die Stadtmauer ist das, was Besucher als Erstes von Luckau sehen",
            "und wir wollen, dass sie auch in hundert Jahren noch steht."]),
        sp("Dr. Kathrin Weißflog", "Leiterin des Fachbereichs Bauen und Ordnung", [
            "Wir verwenden so viel Originalmaterial wie möglich"], org="Fachbereich Bauen und Ordnung", honorific="Dr."),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-04-27", "2024-10"],
    "body_must_not_contain": ["Luckau, 12. März 2024.", "Gesendet:", "Betreff:", "Sehr geehrte Damen und Herren", "Mit freundlichen Grüßen", "PRESSEMITTEILUNG", "Ricarda Hentschel", "Am Markt 34", "vertrauliche Informationen"],
    "body_must_contain": ["Die Stadt Luckau beginnt im April mit dem letzten Abschnitt", "Die Arbeiten sollen bis Oktober 2024 abgeschlossen sein.", "Treffpunkt ist um 14 Uhr am Hausmannsturm."],
    "notes": [
        "E-mail copy: mail header (Von/Gesendet/An/Betreff), salutation and cover note are not content; the Betreff is not the title. Issuer block 'Stadt Luckau / Der Bürgermeister / Pressestelle' is letterhead.",
        "Dateline 'Luckau, 12. März 2024. ' at the start of the first paragraph gives place 'Luckau' and date 2024-03-12 and is not part of the body.",
        "Category 'Pressemitteilung' from the document-type line 'PRESSEMITTEILUNG' (normalised case).",
        "Lehnigk's quote is split around its attribution: two strings, first without comma, second with its full stop.",
        "Weißflog: role before the name in apposition ('der Leiterin des Fachbereichs Bauen und Ordnung, Dr. Kathrin Weißflog' -> nominative 'Leiterin …'); later referenced by surname only. 'Die Steine stammten … und seien …' is Konjunktiv indirect speech.",
        "„Lebendige Zentren“ is a programme name. 'im April' has no year: no mentioned date; 'bis Oktober 2024' -> 2024-10.",
        "Signature (Ricarda Hentschel, not quoted) and the confidentiality notice are not body.",
    ],
}, dateline="Luckau, 12. März 2024. ")

# ------------------------------------------------------------------- t03 Amt Gransee und Gemeinden (PDF copy, block member list with dash bullets)
B = [
    P("Die Feuerwehren im Amt Gransee und Gemeinden sollen in den nächsten fünf Jahren drei neue Gerätehäuser und sieben Fahrzeuge erhalten. Das sieht der neue Gefahrenabwehrbedarfsplan vor, dem der Amtsausschuss am Dienstag zugestimmt hat."),
    P("Der Plan gilt für alle fünf amtsangehörigen Gemeinden:"),
    UL("Stadt Gransee", "Gemeinde Großwoltersdorf", "Gemeinde Schönermark", "Gemeinde Sonnenberg", "Gemeinde Stechlin"),
    P("„Unsere Wehren leisten Großartiges, aber sie arbeiten teilweise in Gebäuden, die älter sind als die meisten Kameraden“, sagte Amtsdirektorin Frauke Liebig. Die Gemeindevertretungen hätten dem Plan bereits zugestimmt."),
    P("Amtswehrführer Mirko Zühlsdorf verwies auf die Tagesalarmsicherheit. Tagsüber seien in mehreren Ortswehren nur zwei oder drei Einsatzkräfte verfügbar. „Wir brauchen dringend Verstärkung, auch von Menschen, die hier arbeiten, aber woanders wohnen“, sagte er."),
    P("Als erste Maßnahme soll im Frühjahr 2025 der Neubau des Gerätehauses in Menz beginnen. Liebig kündigte an, die Bürgerinnen und Bürger am 6. Mai 2024 bei einer Einwohnerversammlung in Gransee über den Plan zu informieren."),
]
HEAD = """AMT GRANSEE UND GEMEINDEN
Der Amtsdirektor
Baustraße 56 · 16775 Gransee

Pressemitteilung Nr. 7/2024                                   Gransee, 18.04.2024


Amtsausschuss beschließt neuen Gefahrenabwehrbedarfsplan
"""
TAIL = """gez. Frauke Liebig
Amtsdirektorin

V.i.S.d.P.: Frauke Liebig, Amtsdirektorin, Amt Gransee und Gemeinden
"""
add_text("t03-amt-gransee-feuerwehr-pdf.txt", HEAD, B, TAIL, {
    "title": "Amtsausschuss beschließt neuen Gefahrenabwehrbedarfsplan",
    "subtitle": None, "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2024-04-18", "place": "Gransee",
    "speakers": [
        sp("Frauke Liebig", "Amtsdirektorin", [
            "Unsere Wehren leisten Großartiges, aber sie arbeiten teilweise in Gebäuden, die älter sind als die meisten Kameraden"]),
        sp("Mirko Zühlsdorf", "Amtswehrführer", [
            "Wir brauchen dringend Verstärkung, auch von Menschen, die hier arbeiten, aber woanders wohnen"]),
    ],
    "member_lists": [{
        "label": "amtsangehörige Gemeinden",
        "members": members(("Gransee", "Stadt", "12065100"), ("Großwoltersdorf", "Gemeinde", "12065117"),
                           ("Schönermark", "Gemeinde", "12065276"), ("Sonnenberg", "Gemeinde", "12065301"),
                           ("Stechlin", "Gemeinde", "12065310")),
    }],
    "mentioned_dates": ["2024-05-06", "2025"],
    "body_must_not_contain": ["AMT GRANSEE UND GEMEINDEN", "Baustraße 56", "Pressemitteilung Nr. 7/2024", "Gransee, 18.04.2024", "gez.", "V.i.S.d.P."],
    "body_must_contain": ["drei neue Gerätehäuser und sieben Fahrzeuge erhalten", "- Gemeinde Großwoltersdorf", "über den Plan zu informieren."],
    "notes": [
        "PDF text copy, hard-wrapped at about 72 characters; the number and the date share one line ('Pressemitteilung Nr. 7/2024 … Gransee, 18.04.2024'): date 2024-04-18, place 'Gransee'. Letterhead in capitals is the issuer, not a kicker.",
        "List items use an en-dash bullet '– ' in the source; the gold body writes them as '- '.",
        "Block member list labelled by its introducing sentence ('Der Plan gilt für alle fünf amtsangehörigen Gemeinden:'); 5 listed = 'fünf': no warning. These are the real members of Amt Gransee und Gemeinden; keys are their AGS.",
        "Liebig signs the release ('gez. Frauke Liebig, Amtsdirektorin') and is also quoted: she is a speaker because of the quote; the signature itself is not body.",
        "'Die Gemeindevertretungen hätten …' and 'Tagsüber seien …' are Konjunktiv indirect speech. Zühlsdorf's quote is attributed by 'sagte er'.",
        "'im Frühjahr 2025' -> 2025; 'am Dienstag' is relative. Menz is an Ortsteil, not a list member.",
    ],
}, bullet="–  ", width=72)

# ------------------------------------------------------------------- t04 Landkreis Ostprignitz-Ruppin (forwarded e-mail, inline member list incl. an Amt, panel list)
B = [
    P("Der Landkreis Ostprignitz-Ruppin und fünf Kommunen arbeiten künftig beim Klimaschutz enger zusammen. Am Montag unterzeichneten sie im Kreishaus eine Vereinbarung über das „Klimaschutznetzwerk Ruppiner Land“."),
    P("Beteiligt sind die Städte Neuruppin, Kyritz und Wittstock/Dosse, die Gemeinde Fehrbellin sowie das Amt Temnitz."),
    P("„Gerade kleine Gemeinden haben oft niemanden, der sich hauptberuflich um Klimaschutz kümmern kann“, sagte Landrat Ralf Stübing."),
    P("Koordiniert wird das Netzwerk von der Klimaschutzmanagerin des Landkreises Ostprignitz-Ruppin, Dr. Lea Sommerfeldt. Ihr zufolge sollen zunächst die Energieverbräuche aller kommunalen Gebäude erfasst werden. Im nächsten Schritt wolle man gemeinsam Photovoltaikanlagen für Schulen und Gerätehäuser ausschreiben. „Gemeinsam bekommen wir deutlich bessere Preise“, sagte Sommerfeldt."),
    P("Bei der Auftaktveranstaltung diskutierten auf dem Podium:"),
    UL("Karin Wendel, Ortsvorsteherin von Walsleben", "Prof. Dr. Jens Adomeit, Technische Hochschule Brandenburg", "Tino Matschke, Kreishandwerkerschaft Ostprignitz-Ruppin"),
    P("„Die Kommunen unterschätzen oft, wie viel Fläche sie auf ihren eigenen Dächern haben“, so Adomeit."),
    P("Das nächste Netzwerktreffen ist für den 11. Februar 2025 in Kyritz geplant. Bis Ende 2025 soll ein gemeinsamer Klimaschutzbericht vorliegen."),
]
HEAD = """-----Ursprüngliche Nachricht-----
Von: Kreisverwaltung Ostprignitz-Ruppin, Pressestelle
Gesendet: Dienstag, 5. November 2024 11:02
An: Presseverteiler
Betreff: Pressemitteilung 87/2024 – Klimaschutznetzwerk gegründet

Landkreis Ostprignitz-Ruppin
Der Landrat
Pressestelle

Pressemitteilung 87/2024
Neuruppin, 5. November 2024

Klimaschutz
Landkreis und Kommunen gründen Klimaschutznetzwerk
"""
TAIL = """***

Pressestelle
Landkreis Ostprignitz-Ruppin
Virchowstraße 14–16, 16816 Neuruppin
V.i.S.d.P.: Henrike Lau
"""
add_text("t04-opr-klimaschutznetzwerk-email.txt", HEAD, B, TAIL, {
    "title": "Landkreis und Kommunen gründen Klimaschutznetzwerk",
    "subtitle": None, "kicker": "Klimaschutz", "categories": ["Pressemitteilung"],
    "date": "2024-11-05", "place": "Neuruppin",
    "speakers": [
        sp("Ralf Stübing", "Landrat", [
            "Gerade kleine Gemeinden haben oft niemanden, der sich hauptberuflich um Klimaschutz kümmern kann"]),
        sp("Dr. Lea Sommerfeldt", "Klimaschutzmanagerin des Landkreises Ostprignitz-Ruppin", [
            "Gemeinsam bekommen wir deutlich bessere Preise"], org="Landkreis Ostprignitz-Ruppin", honorific="Dr."),
        sp("Prof. Dr. Jens Adomeit", None, [
            "Die Kommunen unterschätzen oft, wie viel Fläche sie auf ihren eigenen Dächern haben"],
           org="Technische Hochschule Brandenburg", honorific="Prof. Dr."),
    ],
    "member_lists": [{
        "label": "Beteiligte am Klimaschutznetzwerk Ruppiner Land",
        "members": members(("Neuruppin", "Stadt", "12068320"), ("Kyritz", "Stadt", "12068264"),
                           ("Wittstock/Dosse", "Stadt", "12068468"), ("Fehrbellin", "Gemeinde", "12068117"),
                           ("Temnitz", "Amt", "120685807")),
    }],
    "mentioned_dates": ["2025", "2025-02-11"],
    "body_must_not_contain": ["Ursprüngliche Nachricht", "Gesendet:", "Betreff:", "Pressemitteilung 87/2024", "Neuruppin, 5. November 2024", "Der Landrat", "Virchowstraße", "V.i.S.d.P.", "Henrike Lau", "***"],
    "body_must_contain": ["arbeiten künftig beim Klimaschutz enger zusammen", "Beteiligt sind die Städte Neuruppin, Kyritz und Wittstock/Dosse, die Gemeinde Fehrbellin sowie das Amt Temnitz.", "- Prof. Dr. Jens Adomeit, Technische Hochschule Brandenburg"],
    "notes": [
        "Forwarded e-mail ('-----Ursprüngliche Nachricht-----' header) around a press release: mail header, letterhead, number, date line and footer are not body. Date line 'Neuruppin, 5. November 2024' -> date 2024-11-05.",
        "The short line 'Klimaschutz' directly above the headline is the kicker. Category 'Pressemitteilung' from the document-type line.",
        "Dateline 'Neuruppin – ' on the first paragraph -> place 'Neuruppin'; not part of the body.",
        "Inline member list with three kinds in one sentence ('die Städte A, B und C, die Gemeinde D sowie das Amt E'); label chosen from the introducing words and the network named just before. The Landkreis is a partner but not in the enumerated list, so it is not a member here; 'fünf Kommunen' = 5 listed: no warning. Amt Temnitz keyed with its 9-digit Verbandsschlüssel.",
        "Sommerfeldt: role before the name in apposition, organisation 'Landkreis Ostprignitz-Ruppin'; 'Ihr zufolge …' and 'wolle man …' are reported/Konjunktiv, not quotes; the direct quote is attributed by surname.",
        "Adomeit is introduced only in the panel list ('Prof. Dr. Jens Adomeit, Technische Hochschule Brandenburg'): no role word -> role null, organisation 'Technische Hochschule Brandenburg'; his quote uses 'so Adomeit'. Wendel and Matschke are not quoted -> not speakers. The panel list is not a member list.",
        "„Klimaschutznetzwerk Ruppiner Land“ is a name, not a quote. 'Bis Ende 2025' -> 2025; 'am Montag' is relative.",
    ],
}, dateline="Neuruppin – ")


# ------------------------------------------------------------------ write + self-checks
def visible_text(page, is_html):
    if not is_html:
        return re.sub(r"\s+", " ", page)
    t = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", page)
    t = re.sub(r"<[^>]+>", " ", t)
    return re.sub(r"\s+", " ", htmlmod.unescape(t))


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    for fname, enc, page, blocks, gold in SPEC:
        is_html = fname.endswith(".html")
        raw = page.encode(enc)  # raises if the page uses a character its charset lacks
        (DOCS / fname).write_bytes(raw)
        body = body_text(blocks)
        page_text = visible_text(page, is_html)
        for s in gold["speakers"]:
            for q in s["quotes"]:
                assert q in body, (fname, s["name"], q)
                assert q in page_text, (fname, "quote not visible", q)
            assert s["name"] in page_text, (fname, s["name"])
            assert s["surname"] in body, (fname, s["name"])
        for bad in gold["body_must_not_contain"]:
            assert bad not in body, (fname, bad)
            assert bad in page_text, (fname, "boilerplate string not on page", bad)
        for good in gold["body_must_contain"]:
            assert good in body, (fname, good)
            assert re.sub(r"\s+", " ", good) in page_text or good.startswith("- ") or " | " in good, (fname, "not visible", good)
        for key in ("title", "subtitle", "kicker"):
            if gold[key]:
                assert gold[key] in page_text, (fname, key)
                if key != "kicker":
                    assert gold[key] not in body, (fname, key, "headline text leaked into body")
        for ml in gold["member_lists"]:
            for m in ml["members"]:
                assert m["name"] in body, (fname, m["name"])
        assert gold["mentioned_dates"] == sorted(gold["mentioned_dates"]), fname
        assert gold["date"] not in gold["mentioned_dates"], fname
        rec = {"source": fname, "language": "de", "title": gold["title"], "subtitle": gold["subtitle"],
               "kicker": gold["kicker"], "categories": gold["categories"], "date": gold["date"],
               "place": gold["place"], "speakers": gold["speakers"], "member_lists": gold["member_lists"],
               "mentioned_dates": gold["mentioned_dates"], "body": body,
               "body_must_not_contain": gold["body_must_not_contain"],
               "body_must_contain": gold["body_must_contain"]}
        if gold.get("expect_warning"):
            rec["expect_warning"] = True
        rec["notes"] = gold["notes"]
        (HERE / (fname.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(SPEC)} documents to {DOCS}")


if __name__ == "__main__":
    main()
