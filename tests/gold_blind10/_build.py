"""Builds the documents and gold records of gold_blind10 (speakers and quotes).

All texts are invented for this set; places and public bodies are real, every person is invented.
Run from the repository root:  python3 tests/gold_blind10/_build.py
Writes docs/<name>.html or docs/<name>.txt and <name>.json next to this file.
Same scheme, field order and style as gold_blind9 (member `key` from /work/shared/data/gazetteer/).

Where this set departs from gold_blind9 it follows the README's "Extraction conventions", which the brief
makes binding (see README.md of this set):
- a dateline stays in the body as published ('(Cottbus/Chóśebuz) Die …', 'Hannover – 612 …');
- tags of a post (rel="tag", a 'Schlagworte' box) are categories.
"""

import json
import re
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "gold"))
from blind_blocks import HD, RAW, SPLICE, UL, P, body_html, body_text  # noqa: E402

DOCS = HERE / "docs"


# ------------------------------------------------------------------ helpers
def plain_body(blocks, bullet="- ", width=None, sep="\n\n"):
    """Body as it appears in a text dump (PDF copy: hard-wrapped lines; e-mail: one line per paragraph;
    page copy: one paragraph per line, sep='\\n')."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            t = b[1]
            out.append(textwrap.fill(t, width, break_on_hyphens=False, break_long_words=False) if width else t)
        elif kind == "ul":
            out.append("\n".join(bullet + i for i in b[1]))
        elif kind == "h" or kind == "raw":
            out.append(b[1])
    return sep.join(out)


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


# =================================================================== h01 Stadt Cottbus/Chóśebuz (TYPO3, breadcrumb, <main> without <article>)
B = [
    P("(Cottbus/Chóśebuz) Die Stadt Cottbus/Chóśebuz pflanzt in diesem Frühjahr und im Herbst insgesamt 1.200 neue Straßenbäume. Das hat der Hauptausschuss am 5. März 2025 beschlossen. Die Pflanzungen sind Teil des Programms „Stadtgrün 2030“, mit dem die Stadt bis zum Ende des Jahrzehnts ihren Baumbestand an den Straßen um ein Viertel vergrößern will."),
    P("„Wir haben in den trockenen Sommern 2018 bis 2022 mehr Bäume verloren, als wir nachpflanzen konnten“, sagte Cottbus' Oberbürgermeisterin Dr. Henrike Malschewski am Dienstag bei der Vorstellung der Standorte. „Diese Lücke schließen wir jetzt Straße für Straße.“"),
    RAW('<figure class="image"><img src="/fileadmin/_processed_/b/3/csm_baumpflanzung_sandow.jpg" alt="Baumpflanzung"><figcaption class="image-caption">Neue Silberlinden in der Dresdener Straße. Foto: Stadt Cottbus/Jana Wittkowski</figcaption></figure>'),
    P("Gepflanzt werden vor allem hitzeverträgliche Arten wie Silberlinde, Zerreiche und Blumenesche. Schwerpunkte sind Sandow, Ströbitz und die Spremberger Vorstadt. Der Leiter des Fachbereichs Grün- und Verkehrsflächen, Dipl.-Ing. Torsten Radlach, erklärte, jeder neue Baum erhalte einen größeren Wurzelraum und werde in den ersten drei Jahren regelmäßig gewässert. Er betonte: „Ein Baum, der in den ersten Sommern nicht genug Wasser bekommt, wird nie ein großer Baum.“"),
    HD("Zuschuss für entsiegelte Vorgärten", "h2"),
    P("Neu ist in diesem Jahr ein Zuschuss für private Grundstücke. Wer einen sogenannten „Schottergarten“ in eine bepflanzte Fläche umwandelt, kann bis zu 1.500 Euro erhalten. Anträge nimmt die Stadtverwaltung vom 1. April bis zum 30. September 2025 entgegen."),
    P("Bei einem ersten Rundgang in der Straße der Jugend zeigte sich, dass das Programm bei den Anwohnern gut ankommt. Ein Anwohner sagte: „Endlich passiert hier etwas, die Straße war im Sommer kaum auszuhalten.“"),
    P("Malschewski rief die Cottbuserinnen und Cottbuser auf, auch selbst aktiv zu werden: „Jede Gießkanne hilft, gerade im August.“ Eine Übersicht aller Standorte veröffentlicht die Stadt im Amtsblatt vom 21. März 2025."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->
<title>„Jeder Baum zählt“: Cottbus pflanzt 1.200 neue Straßenbäume - Stadt Cottbus/Chóśebuz</title>
<meta name="generator" content="TYPO3 CMS">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-7c1e0f5b.css">
</head>
<body id="p412" class="page-412 pagelevel-3 language-0 backendlayout-subpage">
<div id="cookieman-modal" class="cookieman" data-cookieman-showonce="1"><p class="cookieman-text">Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen. Einige sind essenziell, andere helfen uns, die Website zu verbessern.</p><button data-cookieman-accept-all>Alle akzeptieren</button> <button data-cookieman-save>Auswahl speichern</button> <a href="/datenschutz">Datenschutzerklärung</a></div>
<a class="skip" href="#content">Zum Inhalt springen</a>
<header class="page-header">
 <a class="brand" href="/"><img src="/typo3conf/ext/cottbus_sitepackage/Resources/Public/Images/logo.svg" alt="Stadt Cottbus/Chóśebuz"></a>
 <nav class="mainnav"><ul><li><a href="/rathaus">Rathaus</a></li><li><a href="/buergerservice">Bürgerservice</a></li><li><a href="/leben">Leben in Cottbus</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/tourismus">Tourismus</a></li></ul></nav>
 <form class="search" action="/suche"><input type="text" name="q" placeholder="Suchbegriff"><button>Suchen</button></form>
</header>
<nav class="breadcrumb" aria-label="Sie sind hier"><span class="label">Sie sind hier:</span> <ol><li><a href="/">Startseite</a></li><li><a href="/rathaus">Rathaus</a></li><li><a href="/rathaus/presse">Presse</a></li><li><a href="/rathaus/presse/pressemitteilungen">Pressemitteilungen</a></li><li class="active">Straßenbäume</li></ol></nav>
<main id="content" class="main">
 <div class="frame frame-default frame-type-news_newsdetail">
 <div class="news news-single">
  <div class="header">
   <h1 itemprop="headline">„Jeder Baum zählt“: Cottbus pflanzt 1.200 neue Straßenbäume</h1>
   <h2 class="news-subheader">Programm „Stadtgrün 2030“ geht in die zweite Runde – Zuschuss für entsiegelte Vorgärten</h2>
  </div>
  <div class="news-meta"><span class="news-date"><time itemprop="datePublished" datetime="2025-03-11">11.03.2025</time></span> <span class="news-category">Kategorie: <a href="/rathaus/presse/pressemitteilungen/kategorie/umwelt">Umwelt</a></span></div>
  <div class="news-text-wrap" itemprop="articleBody">
{body_html(B)}
  </div>
  <div class="news-share"><span>Seite teilen:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-Mail</a> <a href="javascript:window.print()">Drucken</a></div>
  <div class="news-backlink-wrap"><a href="/rathaus/presse/pressemitteilungen">Zurück zur Liste</a></div>
 </div>
 </div>
 <aside class="related"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="#">Winterdienst: Bilanz der Saison</a></li><li><a href="#">Ostsee-Radweg: Baustart am Cottbuser Ostsee</a></li></ul></aside>
</main>
<footer class="page-footer">
 <div class="contact"><h3>Kontakt</h3><p>Stadtverwaltung Cottbus/Chóśebuz<br>Büro für Presse und Öffentlichkeitsarbeit<br>Neumarkt 5<br>03046 Cottbus</p></div>
 <ul class="footer-links"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul>
</footer>
</body>
</html>
"""
add("h01-cottbus-strassenbaeume.html", "utf-8", H, B, {
    "title": "„Jeder Baum zählt“: Cottbus pflanzt 1.200 neue Straßenbäume",
    "subtitle": "Programm „Stadtgrün 2030“ geht in die zweite Runde – Zuschuss für entsiegelte Vorgärten",
    "kicker": None, "categories": ["Umwelt"],
    "date": "2025-03-11", "place": "Cottbus/Chóśebuz",
    "speakers": [
        sp("Dr. Henrike Malschewski", "Cottbus' Oberbürgermeisterin", [
            "Wir haben in den trockenen Sommern 2018 bis 2022 mehr Bäume verloren, als wir nachpflanzen konnten",
            "Diese Lücke schließen wir jetzt Straße für Straße.",
            "Jede Gießkanne hilft, gerade im August."], org="Cottbus", honorific="Dr."),
        sp("Dipl.-Ing. Torsten Radlach", "Leiter des Fachbereichs Grün- und Verkehrsflächen", [
            "Ein Baum, der in den ersten Sommern nicht genug Wasser bekommt, wird nie ein großer Baum."],
           org="Fachbereich Grün- und Verkehrsflächen", honorific="Dipl.-Ing."),
    ],
    "member_lists": [],
    "mentioned_dates": ["2018", "2022", "2025-03-05", "2025-03-21", "2025-04-01", "2025-09-30"],
    "body_must_not_contain": ["Cookies", "Sie sind hier", "Foto: Stadt Cottbus", "Kategorie:", "Seite teilen", "Drucken", "Zurück zur Liste", "Das könnte Sie auch interessieren", "Neumarkt 5", "Büro für Presse"],
    "body_must_contain": ["(Cottbus/Chóśebuz) Die Stadt Cottbus/Chóśebuz pflanzt", "Zuschuss für entsiegelte Vorgärten", "Wer einen sogenannten „Schottergarten“ in eine bepflanzte Fläche umwandelt", "Ein Anwohner sagte: „Endlich passiert hier etwas", "im Amtsblatt vom 21. März 2025."],
    "notes": [
        "TYPO3 news detail inside <main>, no <article>. Date from <time datetime=\"2025-03-11\">; category from 'Kategorie: Umwelt'; the h2.news-subheader under the h1 is the subtitle. No kicker.",
        "The headline's „Jeder Baum zählt“ is an unattributed quote in a headline and does not occur in the text: no speaker, no quote. The title keeps its quotation marks as written.",
        "Dateline '(Cottbus/Chóśebuz) ' -> place 'Cottbus/Chóśebuz' as written (bilingual name); it stays in the body as published (README convention; gold_blind9 had removed datelines).",
        "Genitive place before the role: 'Cottbus' Oberbürgermeisterin Dr. Henrike Malschewski' -> role as written 'Cottbus' Oberbürgermeisterin', organisation 'Cottbus'. Her second quote is a continuation without a verb in the same paragraph; her third is introduced by a colon after the surname ('Malschewski rief … auf, …: „…“').",
        "Radlach: role before the name in apposition, honorific 'Dipl.-Ing.' (kept in name, given/surname without it); organisation the unit his role names ('Fachbereich Grün- und Verkehrsflächen', as gold_blind9 did for a department-only role). 'erklärte, jeder neue Baum erhalte … und werde …' is Konjunktiv indirect speech; his direct quote is attributed by the pronoun ('Er betonte: „…“').",
        "NOT quotes: „Stadtgrün 2030“ (programme name, also in the subtitle), the quoted short term 'sogenannten „Schottergarten“', and the words of an unnamed resident ('Ein Anwohner sagte: „…“').",
        "Mentioned dates: '2018 bis 2022' inside a quote is a span of years -> both ends; 'vom 1. April bis zum 30. September 2025' -> 2025-04-01 (year of its range partner) and 2025-09-30; 'Stadtgrün 2030' is a name, 'Ende des Jahrzehnts' and 'im August' give no date.",
    ],
})

# =================================================================== h02 Landkreis Harz (div layout, no article/main, JSON-LD date only, consent inside a paragraph)
B = [
    P("Wernigerode. Nach knapp zwei Jahren Bauzeit hat der Landkreis Harz am Montag die neue Rettungswache in Wernigerode in Betrieb genommen. Von dem Neubau im Gewerbegebiet Nord aus rücken künftig rund um die Uhr drei Rettungswagen und ein Notarzteinsatzfahrzeug aus. Der Bau hat rund 6,8 Millionen Euro gekostet."),
    P("„Mit der neuen Wache erreichen wir auch die Dörfer am Rand des Nationalparks schneller“, sagte Landrat Olaf Brüninghaus bei der Schlüsselübergabe, „und das ist im Notfall die wichtigste Zahl überhaupt.“"),
    P("Die alte Wache in der Innenstadt war zu klein geworden und entsprach nicht mehr den hygienischen Anforderungen. Nach Angaben der Kreisverwaltung stieg die Zahl der Einsätze im Bereich Wernigerode von 2019 bis 2023 um fast ein Fünftel."),
    SPLICE("Geplant hat den Neubau das Amt für Brand- und Katastrophenschutz des Landkreises. ",
           '<span class="cookie-hinweis" role="dialog" aria-live="polite">Diese Website nutzt Cookies und den Kartendienst OpenStreetMap. <a href="/datenschutz">Datenschutzhinweise</a> <button>Zustimmen</button> <button>Ablehnen</button> </span>',
           "Kai-Uwe Sendler, Leiter des Amtes für Brand- und Katastrophenschutz, lobte die enge Abstimmung mit der Stadt Wernigerode: “Wir hatten vom ersten Spatenstich an einen festen Ansprechpartner im Rathaus.”"),
    P("Dem Landrat zufolge ist die Wache „ein Baustein, aber noch lange nicht das Ende der Modernisierung im Rettungsdienst“. Bis 2027 sollen auch die Wachen in Ilsenburg und Blankenburg (Harz) erneuert werden."),
    P("Die Wache ist mit 14 Notfallsanitäterinnen und Notfallsanitätern besetzt. Eine von ihnen, die an diesem Tag ihren ersten Dienst in dem Neubau hatte, sagte: „Hier haben wir endlich Platz, um die Fahrzeuge vernünftig zu desinfizieren.“"),
    P("Am Samstag, 30. November 2024, lädt der Landkreis von 10 bis 14 Uhr zu einem Tag der offenen Tür ein. „Wer sehen will, wie ein Rettungswagen von innen aussieht, ist herzlich willkommen“, so der Landrat."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neue Rettungswache in Wernigerode geht in Betrieb | Landkreis Harz</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Neue Rettungswache in Wernigerode geht in Betrieb","datePublished":"2024-11-19T09:30:00+01:00","dateModified":"2024-11-21T14:05:00+01:00","publisher":{{"@type":"GovernmentOrganization","name":"Landkreis Harz"}}}}</script>
<link rel="stylesheet" href="/css/kreis-harz.css?v=41">
</head>
<body class="lk-harz detail">
<div id="kopfbereich">
 <div class="logo"><a href="/"><img src="/bilder/wappen-harz.png" alt="Landkreis Harz"></a></div>
 <div class="topnavi"><a href="#">Leichte Sprache</a> | <a href="#">Gebärdensprache</a> | <a href="#">Kontakt</a></div>
 <div class="hauptnavi"><a href="#">Kreisverwaltung</a> <a href="#">Bürgerservice</a> <a href="#">Kreistag</a> <a href="#">Wirtschaft &amp; Tourismus</a> <a href="#">Aktuelles</a></div>
</div>
<div id="pfad">Sie sind hier: <a href="/">Startseite</a> » <a href="#">Aktuelles</a> » <a href="#">Pressemitteilungen</a></div>
<div id="spalten">
 <div id="links"><ul class="unternavi"><li><a href="#">Pressemitteilungen</a></li><li><a href="#">Amtsblatt</a></li><li><a href="#">Stellenangebote</a></li><li><a href="#">Veranstaltungen</a></li></ul></div>
 <div id="mitte">
  <div class="pm-detail">
   <h1><span class="dachzeile">Rettungsdienst</span> <span class="titel">Neue Rettungswache in Wernigerode geht in Betrieb</span></h1>
   <p class="rubrik">Rubrik: Sicherheit und Ordnung</p>
   <div class="pm-bild"><img src="/bilder/pm/rettungswache-wr.jpg" alt="Rettungswache"><p class="bildunterschrift">Die neue Rettungswache im Gewerbegebiet Nord. Foto: Landkreis Harz/Pressestelle</p></div>
   <div class="pm-text">
{body_html(B)}
   </div>
   <p class="stand">Stand: 21.11.2024</p>
   <p class="werkzeuge"><a href="#">Drucken</a> · <a href="#">Seite empfehlen</a> · <a href="#">Nach oben</a></p>
  </div>
 </div>
 <div id="rechts"><h2>Weitere Meldungen</h2><ul><li><a href="#">Kreisstraße 1355 wieder freigegeben</a></li><li><a href="#">Impfaktion im Gesundheitsamt</a></li></ul></div>
</div>
<div id="fuss">
 <div class="kontaktblock"><strong>Landkreis Harz</strong> – Pressestelle<br>Friedrich-Ebert-Straße 42<br>38820 Halberstadt</div>
 <p>Impressum | Datenschutz | Barrierefreiheit</p>
</div>
</body>
</html>
"""
add("h02-lk-harz-rettungswache.html", "utf-8", H, B, {
    "title": "Neue Rettungswache in Wernigerode geht in Betrieb",
    "subtitle": None, "kicker": "Rettungsdienst", "categories": ["Sicherheit und Ordnung"],
    "date": "2024-11-19", "place": "Wernigerode",
    "speakers": [
        sp("Olaf Brüninghaus", "Landrat", [
            "Mit der neuen Wache erreichen wir auch die Dörfer am Rand des Nationalparks schneller",
            "und das ist im Notfall die wichtigste Zahl überhaupt.",
            "ein Baustein, aber noch lange nicht das Ende der Modernisierung im Rettungsdienst",
            "Wer sehen will, wie ein Rettungswagen von innen aussieht, ist herzlich willkommen"]),
        sp("Kai-Uwe Sendler", "Leiter des Amtes für Brand- und Katastrophenschutz", [
            "Wir hatten vom ersten Spatenstich an einen festen Ansprechpartner im Rathaus."],
           org="Amt für Brand- und Katastrophenschutz"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2019", "2023", "2024-11-30", "2027"],
    "body_must_not_contain": ["Rubrik:", "Sie sind hier", "Cookies", "Datenschutzhinweise", "Zustimmen", "Foto: Landkreis Harz", "Stand: 21.11.2024", "Seite empfehlen", "Weitere Meldungen", "Friedrich-Ebert-Straße 42"],
    "body_must_contain": ["Wernigerode. Nach knapp zwei Jahren Bauzeit", "Kai-Uwe Sendler, Leiter des Amtes für Brand- und Katastrophenschutz, lobte", "“Wir hatten vom ersten Spatenstich an einen festen Ansprechpartner im Rathaus.”", "so der Landrat."],
    "notes": [
        "Plain div layout without <article>/<main>. The only publication date is the JSON-LD datePublished (2024-11-19); dateModified and the visible 'Stand: 21.11.2024' are revisions, not the date.",
        "The h1 holds a label span ('Rettungsdienst') and the headline span: the label inside the h1 is the kicker, the title is the headline without it. 'Rubrik: Sicherheit und Ordnung' is the category (label dropped).",
        "Dateline 'Wernigerode. ' -> place 'Wernigerode'; it stays in the body as published.",
        "A cookie <span> is spliced into the fourth paragraph between two sentences; the body keeps the paragraph whole without the banner text.",
        "Brüninghaus' first quote is split around its attribution ('„…“, sagte Landrat Olaf Brüninghaus bei der Schlüsselübergabe, „…“'): two strings, the first without the comma, the second with its full stop. He is later referred to by the role only, twice: 'Dem Landrat zufolge ist die Wache „ein Baustein, …“' (marked verbatim part of more than five words with its own attribution -> a quote) and '„…“, so der Landrat.' Role 'Landrat', organisation null (a bare role names no body).",
        "Sendler: role apposition after the name that ends where the sentence goes on ('Kai-Uwe Sendler, Leiter des Amtes für Brand- und Katastrophenschutz, lobte …:'); organisation the unit the role names, in the nominative. His quote uses English curly marks “…” and is introduced by a colon.",
        "NOT a quote: the words of an unnamed paramedic ('Eine von ihnen, …, sagte: „…“').",
        "Mentioned dates: 'von 2019 bis 2023' -> 2019, 2023; 'Bis 2027' -> 2027; 30. November 2024. 'am Montag' is relative.",
    ],
})

# =================================================================== h03 Stadt Gotha (Drupal, <article>, dt/dd date, Schlagworte box, four speakers)
B = [
    P("Der Gothaer Wochenmarkt zieht zurück an seinen angestammten Platz. Nach dem Ende der Bauarbeiten an der Wasserkunst stehen die Marktstände ab dem 3. Juni 2025 wieder zwischen Rathaus und Wasserkunst. Der Stadtrat hat die geänderte Marktsatzung in seiner Sitzung am 30. April 2025 einstimmig beschlossen."),
    P("„Der Markt gehört ins Herz der Stadt und nicht auf einen Parkplatz am Rand“, unterstrich Oberbürgermeister Matthias Reinsperger. „Die drei Jahre am Neumarkt waren eine Notlösung. Jetzt holen wir die Händler dorthin zurück, wo die Menschen sind.“"),
    P("Seit dem Sommer 2022 war der Markt wegen der Sanierung der Wasserkunst auf den Neumarkt ausgewichen. Viele Händler hatten in dieser Zeit über sinkende Umsätze geklagt."),
    P("Marktmeisterin Sabine Treuholz stellte gleich zu Beginn klar: „Niemand muss sich neu bewerben, jeder Händler bekommt einen Platz in vergleichbarer Größe.“ Neu hinzu kommen sechs Plätze für regionale Erzeuger, die bisher auf eine Warteliste angewiesen waren."),
    HD("Händler zuversichtlich", "h2"),
    P("Jens Pottgießer, Vorsitzender des Gothaer Gewerbevereins, freute sich über die Entscheidung: „Wenn am Markttag Leben auf dem Platz ist, merken das auch die Geschäfte in der Marktstraße.“ Der Verein will die Rückkehr mit einem Marktfest am 7. Juni begleiten."),
    P("Carola Wendt kommt seit 25 Jahren mit ihrem Gemüsestand aus Sonneborn nach Gotha. „Am Neumarkt kamen zuletzt nur noch die Stammkunden“, sagt die Gemüsebäuerin. „Auf dem Hauptmarkt bleiben auch Touristen stehen, das haben wir früher jeden Freitag gemerkt.“"),
    P("„Die Rückkehr ist ein gutes Signal für die ganze Innenstadt“, zeigte sich Pottgießer überzeugt. Reinsperger bekräftigte: „Wir werden den Markt nicht wieder verdrängen, auch nicht für Stadtfeste.“"),
    P("Markttage sind künftig dienstags und freitags von 7 bis 13 Uhr. Für den Aufbau der neuen Stromanschlüsse bleibt der Hauptmarkt am 2. Juni für den Autoverkehr gesperrt."),
]
H = f"""<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Wochenmarkt kehrt auf den Hauptmarkt zurück | Stadt Gotha</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_gotha_Xk3Q.css">
</head>
<body class="path-node page-node-type-pressemitteilung">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas">
<header class="site-header" role="banner">
 <a href="/" rel="home" class="site-logo"><img src="/themes/custom/gotha/logo.svg" alt="Startseite Stadt Gotha"></a>
 <nav role="navigation" class="menu--main"><ul class="menu"><li><a href="/rathaus">Rathaus &amp; Politik</a></li><li><a href="/buergerservice">Bürgerservice</a></li><li><a href="/kultur">Kultur &amp; Freizeit</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav>
</header>
<nav class="breadcrumb" role="navigation"><ol><li><a href="/">Startseite</a></li><li><a href="/rathaus">Rathaus &amp; Politik</a></li><li><a href="/presse">Pressemitteilungen</a></li></ol></nav>
<main role="main" id="main-content">
<article class="node node--type-pressemitteilung node--view-mode-full">
 <h1 class="page-title"><span class="field field--name-title">Wochenmarkt kehrt auf den Hauptmarkt zurück</span></h1>
 <h2 class="field field--name-field-untertitel">Ab Juni wieder dienstags und freitags zwischen Rathaus und Wasserkunst</h2>
 <dl class="node-meta"><dt>Datum</dt><dd>07.05.2025</dd><dt>Herausgeber</dt><dd>Stadtverwaltung Gotha, Pressestelle</dd></dl>
 <div class="field field--name-body">
{body_html(B)}
 </div>
 <div class="field field--name-field-schlagworte"><h3 class="field__label">Schlagworte</h3><ul class="field__items"><li><a href="/schlagwort/wochenmarkt" rel="tag" hreflang="de">Wochenmarkt</a></li><li><a href="/schlagwort/innenstadt" rel="tag" hreflang="de">Innenstadt</a></li></ul></div>
 <div class="node-tools"><a href="#" class="print">Drucken</a> <a href="#" class="share">Teilen</a> <a href="#" class="mail">Per E-Mail versenden</a></div>
</article>
<section class="more-news"><h2>Weitere Pressemitteilungen</h2><ul><li><a href="#">Sperrung der Bohnstedtstraße</a></li><li><a href="#">Tag des offenen Denkmals im Schloss Friedenstein</a></li></ul></section>
</main>
<footer class="site-footer" role="contentinfo">
 <div class="footer-kontakt"><h2>Pressestelle</h2><p>Stadtverwaltung Gotha<br>Ekhofplatz 24<br>99867 Gotha</p></div>
 <ul><li><a href="#">Impressum</a></li><li><a href="#">Datenschutz</a></li><li><a href="#">Barrierefreiheit</a></li></ul>
</footer>
<div class="eu-cookie-compliance-banner" role="dialog"><div class="popup-content info"><div class="popup-text"><p>Wir verwenden Cookies, um die Nutzung unserer Website statistisch auszuwerten.</p></div><div class="eu-cookie-compliance-buttons"><button class="agree-button">Einverstanden</button><button class="decline-button">Ablehnen</button></div></div></div>
</div>
</body>
</html>
"""
add("h03-gotha-wochenmarkt.html", "utf-8", H, B, {
    "title": "Wochenmarkt kehrt auf den Hauptmarkt zurück",
    "subtitle": "Ab Juni wieder dienstags und freitags zwischen Rathaus und Wasserkunst",
    "kicker": None, "categories": ["Wochenmarkt", "Innenstadt"],
    "date": "2025-05-07", "place": None,
    "speakers": [
        sp("Matthias Reinsperger", "Oberbürgermeister", [
            "Der Markt gehört ins Herz der Stadt und nicht auf einen Parkplatz am Rand",
            "Die drei Jahre am Neumarkt waren eine Notlösung. Jetzt holen wir die Händler dorthin zurück, wo die Menschen sind.",
            "Wir werden den Markt nicht wieder verdrängen, auch nicht für Stadtfeste."]),
        sp("Sabine Treuholz", "Marktmeisterin", [
            "Niemand muss sich neu bewerben, jeder Händler bekommt einen Platz in vergleichbarer Größe."]),
        sp("Jens Pottgießer", "Vorsitzender des Gothaer Gewerbevereins", [
            "Wenn am Markttag Leben auf dem Platz ist, merken das auch die Geschäfte in der Marktstraße.",
            "Die Rückkehr ist ein gutes Signal für die ganze Innenstadt"], org="Gothaer Gewerbeverein"),
        sp("Carola Wendt", "Gemüsebäuerin", [
            "Am Neumarkt kamen zuletzt nur noch die Stammkunden",
            "Auf dem Hauptmarkt bleiben auch Touristen stehen, das haben wir früher jeden Freitag gemerkt."]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2022", "2025-04-30", "2025-06-02", "2025-06-03", "2025-06-07"],
    "body_must_not_contain": ["Direkt zum Inhalt", "Rathaus & Politik", "Herausgeber", "Schlagworte", "Drucken", "Per E-Mail versenden", "Weitere Pressemitteilungen", "Ekhofplatz 24", "Cookies", "Einverstanden"],
    "body_must_contain": ["Der Gothaer Wochenmarkt zieht zurück an seinen angestammten Platz.", "Händler zuversichtlich", "sagt die Gemüsebäuerin.", "Markttage sind künftig dienstags und freitags von 7 bis 13 Uhr."],
    "notes": [
        "Drupal node inside <article>. Date from '<dt>Datum</dt><dd>07.05.2025</dd>'; the h2 under the h1 is the subtitle. The 'Schlagworte' box (rel=\"tag\") gives the categories (README: tags and a 'Schlagworte' box are categories). No dateline: place null. The consent banner comes after the footer.",
        "Four speakers, each later referred to by surname only ('zeigte sich Pottgießer überzeugt', 'Reinsperger bekräftigte: „…“').",
        "Reinsperger: attribution after the quote with 'unterstrich'; the next quotation in the same paragraph has no verb and is a continuation (one string for its two sentences); a third quote later with 'bekräftigte:' before it.",
        "Treuholz: separable verb before the quote ('stellte gleich zu Beginn klar: „…“').",
        "Pottgießer: role apposition after the name that ends where the sentence goes on ('Jens Pottgießer, Vorsitzender des Gothaer Gewerbevereins, freute sich …:'); organisation 'Gothaer Gewerbeverein' (nominative). Second quote: 'zeigte sich Pottgießer überzeugt' after the quote.",
        "Wendt is introduced without a role; her quote is attributed by the role only, in the present tense ('sagt die Gemüsebäuerin') -> role 'Gemüsebäuerin' as written at the attribution; the next quotation is a continuation.",
        "Mentioned dates: 3. Juni 2025, 30. April 2025; 'Seit dem Sommer 2022' -> 2022; 'am 7. Juni' and 'am 2. Juni' have no year -> publication year 2025. 'seit 25 Jahren' is a duration.",
    ],
})

# =================================================================== h04 Gemeinde Wettenberg (WordPress blog, category + tags, straight quotes, a comment)
B = [
    P("Ab dem 2. September 2024 fährt in Wettenberg ein Bürgerbus. Der Kleinbus mit acht Sitzplätzen verbindet die Ortsteile Krofdorf-Gleiberg, Wißmar und Launsbach mit den Arztpraxen, den Supermärkten und der Haltestelle der Buslinie nach Gießen."),
    P('Bürgermeisterin Annika Freyberg übergab am Montag den Fahrzeugschlüssel an den Verein Bürgerbus Wettenberg. Sie betonte: "Für viele ältere Menschen in unseren Ortsteilen ist der Weg zum Arzt ohne Auto eine echte Hürde. Genau diese Hürde wollen wir abbauen."'),
    P('Die Gemeinde hat das Fahrzeug für rund 68.000 Euro angeschafft; das Land Hessen beteiligt sich über das Förderprogramm "Nahmobilität vor Ort" mit 45.000 Euro. Den Betrieb übernehmen ehrenamtliche Fahrerinnen und Fahrer.'),
    P('Dieter Kolbach, Vorsitzender des Vereins Bürgerbus Wettenberg, hat inzwischen 17 Fahrerinnen und Fahrer zusammen. "Wir sind fast alle im Ruhestand und haben Zeit. Warum sollten wir die nicht sinnvoll nutzen?", sagte er. Weitere Freiwillige seien jederzeit willkommen, auch für einzelne Tage im Monat.'),
    HD("So funktioniert der Bürgerbus", "h3"),
    UL("Fahrten montags bis freitags von 8 bis 17 Uhr",
       "Anmeldung bis 12 Uhr am Vortag telefonisch im Rathaus",
       "Fahrpreis 2 Euro je Fahrt, Kinder unter 14 Jahren fahren kostenlos"),
    P('Eine Seniorin aus Launsbach, die den Bus bei der Vorstellung schon ausprobierte, meinte: "Da muss ich meine Tochter nicht mehr jedes Mal fragen."'),
    P("Nach einem Jahr will die Gemeindevertretung Bilanz ziehen. Freyberg kündigte an, den Fahrplan bei Bedarf auf Samstage auszuweiten."),
]
H = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bürgerbus Wettenberg startet am 2. September &#8211; Gemeinde Wettenberg</title>
<meta name="generator" content="WordPress 6.5.5">
<link rel="stylesheet" id="wettenberg-style-css" href="/wp-content/themes/wettenberg/style.css?ver=1.8.0">
</head>
<body class="post-template-default single single-post postid-5127 single-format-standard">
<div id="borlabs-cookie" class="borlabs-cookie-bar"><p>Wir benötigen Ihre Zustimmung, bevor Sie unsere Website weiter besuchen können. Wir verwenden Cookies und andere Technologien auf unserer Website.</p><a href="#" class="brlbs-btn-accept-all">Alle akzeptieren</a> <a href="#" class="brlbs-btn-accept-essential">Nur essenzielle Cookies akzeptieren</a> <a href="#">Individuelle Datenschutzeinstellungen</a></div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Zum Inhalt springen</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Gemeinde Wettenberg</a></p><p class="site-description">Krofdorf-Gleiberg · Wißmar · Launsbach</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="#">Rathaus</a></li><li><a href="#">Leben in Wettenberg</a></li><li><a href="#">Freizeit</a></li><li><a href="#">Aktuelles</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-5127" class="post-5127 post type-post status-publish format-standard hentry category-aktuelles tag-buergerbus tag-ehrenamt tag-mobilitaet">
 <header class="entry-header">
  <h1 class="entry-title">Bürgerbus Wettenberg startet am 2. September</h1>
  <div class="entry-meta"><span class="posted-on">Veröffentlicht am <a href="#" rel="bookmark"><time class="entry-date published" datetime="2024-08-20T10:15:00+02:00">20. August 2024</time><time class="updated" datetime="2024-08-22T08:40:12+02:00">22. August 2024</time></a></span><span class="byline"> von <span class="author vcard"><a class="url fn n" href="#">Redaktion</a></span></span></div>
 </header>
 <div class="entry-content">
{body_html(B)}
<div class="shariff"><ul class="shariff-buttons"><li><a href="#">teilen</a></li><li><a href="#">Facebook</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">E-Mail</a></li><li><a href="#">drucken</a></li></ul></div>
 </div>
 <footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="/category/aktuelles/" rel="category tag">Aktuelles</a></span> <span class="tags-links">Verschlagwortet mit <a href="/tag/buergerbus/" rel="tag">Bürgerbus</a>, <a href="/tag/ehrenamt/" rel="tag">Ehrenamt</a>, <a href="/tag/mobilitaet/" rel="tag">Mobilität</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Beiträge"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">Sommerferienprogramm: Restplätze frei</a></div><div class="nav-next"><a href="#" rel="next">Kerb in Wißmar: Straßensperrungen</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">Ein Kommentar zu &#8222;Bürgerbus Wettenberg startet am 2. September&#8220;</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Helga S.</b> <time datetime="2024-08-21T18:03:00+02:00">21. August 2024 um 18:03 Uhr</time></footer><div class="comment-content"><p>Tolle Sache! Meine Nachbarin wartet schon darauf.</p></div></article></li></ol></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="#">Sprechstunde der Bürgermeisterin im September</a></li><li><a href="#">Grünschnittannahme: neue Öffnungszeiten</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Gemeinde Wettenberg · Rathaus Krofdorf-Gleiberg · 35435 Wettenberg · Telefon 0641 000 00-0 | <a href="#">Impressum</a> | <a href="#">Datenschutz</a></div></footer>
</div>
</body>
</html>
"""
add("h04-wettenberg-buergerbus.html", "utf-8", H, B, {
    "title": "Bürgerbus Wettenberg startet am 2. September",
    "subtitle": None, "kicker": None, "categories": ["Aktuelles", "Bürgerbus", "Ehrenamt", "Mobilität"],
    "date": "2024-08-20", "place": None,
    "speakers": [
        sp("Annika Freyberg", "Bürgermeisterin", [
            "Für viele ältere Menschen in unseren Ortsteilen ist der Weg zum Arzt ohne Auto eine echte Hürde. Genau diese Hürde wollen wir abbauen."]),
        sp("Dieter Kolbach", "Vorsitzender des Vereins Bürgerbus Wettenberg", [
            "Wir sind fast alle im Ruhestand und haben Zeit. Warum sollten wir die nicht sinnvoll nutzen?"],
           org="Verein Bürgerbus Wettenberg"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-09-02"],
    "body_must_not_contain": ["Cookies", "Zum Inhalt springen", "Veröffentlicht am", "von Redaktion", "WhatsApp", "drucken", "Verschlagwortet", "Sommerferienprogramm", "Kommentar", "Helga S.", "Tolle Sache", "Neueste Beiträge", "35435 Wettenberg"],
    "body_must_contain": ["Ab dem 2. September 2024 fährt in Wettenberg ein Bürgerbus.", "Sie betonte: \"Für viele ältere Menschen", "So funktioniert der Bürgerbus", "- Fahrpreis 2 Euro je Fahrt, Kinder unter 14 Jahren fahren kostenlos", "den Fahrplan bei Bedarf auf Samstage auszuweiten."],
    "notes": [
        "WordPress single post in <article>. Date from time.entry-date.published (2024-08-20); the 'updated' time (22. August 2024) and the comment's time (21. August 2024) are not the date. Categories: the category link 'Aktuelles' and the tags (rel=\"tag\") 'Bürgerbus', 'Ehrenamt', 'Mobilität', in page order (README: tags are categories; gold_blind9 h05 had left tags out). No dateline: place null.",
        "All quotes use straight ASCII marks \"…\". Freyberg's quote is attributed before by the pronoun ('Sie betonte: \"…\"'), resolving to 'Bürgermeisterin Annika Freyberg' in the sentence before; one string for its two sentences.",
        "Kolbach: role apposition after the name that ends where the sentence goes on ('Dieter Kolbach, Vorsitzender des Vereins Bürgerbus Wettenberg, hat …'); organisation 'Verein Bürgerbus Wettenberg' (nominative). His quote ends with a question mark inside the marks, which stays in the quote; attributed by 'sagte er'. 'Weitere Freiwillige seien …' is Konjunktiv indirect speech.",
        "NOT quotes: the programme name \"Nahmobilität vor Ort\" and the words of an unnamed senior ('Eine Seniorin aus Launsbach … meinte: \"…\"').",
        "The how-to list is body, not a member list. '2. September 2024' -> mentioned date; the title's '2. September' is not body.",
    ],
})

# =================================================================== h05 Verbandsgemeinde Kirchberg (Hunsrück) (table layout, «…», inline member list)
B = [
    P("Kirchberg (Hunsrück) – Wie soll das eigene Dorf in 15 Jahren aussehen? Dieser Frage gehen ab Februar vier Ortsgemeinden und die Stadt Kirchberg gemeinsam nach. Die Verbandsgemeinde hat dafür eine interkommunale Dorfmoderation in Auftrag gegeben, die erste im Rhein-Hunsrück-Kreis."),
    P("Beteiligt sind die Stadt Kirchberg (Hunsrück) sowie die Ortsgemeinden Dickenschied, Gemünden, Rohrbach und Womrath. Die Kosten von rund 60.000 Euro trägt zu 65 Prozent das Land Rheinland-Pfalz aus Mitteln der Dorferneuerung."),
    P("«Die Dörfer im Hunsrück haben ähnliche Sorgen: leerstehende Ortskerne, fehlende Treffpunkte, weite Wege zum Einkaufen», sagte der Bürgermeister der Verbandsgemeinde Kirchberg (Hunsrück), Harald Wengerath. «Da ist es nur vernünftig, gemeinsam nach Lösungen zu suchen.»"),
    P("Begleitet wird das Verfahren von der Raumplanerin Prof. Dr. Ute Rehbein von der Hochschule Trier. In Dorfwerkstätten, Ortsbegehungen und einer Befragung aller Haushalte sollen die Bürgerinnen und Bürger ihre Ideen einbringen. «Wir kommen nicht mit fertigen Plänen, sondern mit leeren Stellwänden», sagte sie."),
    P("Die erste Dorfwerkstatt findet am 20. Februar 2025 um 19 Uhr im Gemeindehaus in Womrath statt. Weitere Termine in den anderen Orten folgen im März und April."),
    P("Besonders gespannt ist man in Dickenschied, wo es seit der Schließung der Dorfgaststätte im Jahr 2019 keinen Treffpunkt mehr gibt. Ortsbürgermeisterin Martina Schnorpfeil hofft auf Ideen für das leerstehende Gasthaus. «Wenn wir das Haus wieder mit Leben füllen, haben wir für das ganze Dorf viel gewonnen», sagte die Ortsbürgermeisterin."),
    P("Das Ergebnis soll Ende 2025 als gemeinsames Dorfentwicklungskonzept vorliegen. Es ist Voraussetzung dafür, dass die Gemeinden als Schwerpunktgemeinden in die Dorferneuerung aufgenommen werden können."),
]
H = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Verbandsgemeinde Kirchberg (Hunsr&uuml;ck) - Aktuelle Meldungen</title>
<link rel="stylesheet" type="text/css" href="/css/vg.css">
</head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0">
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center">
 <tr><td colspan="2" class="kopf"><img src="/bilder/kopf_vg.jpg" width="960" height="120" alt="Verbandsgemeinde Kirchberg (Hunsrück)"></td></tr>
 <tr><td colspan="2" class="hinweis"><table width="100%" cellpadding="4"><tr><td><font size="1">Diese Seite verwendet Cookies nur, soweit sie technisch notwendig sind. <a href="/datenschutz.html">Mehr dazu</a></font></td><td align="right"><a href="#">Schließen</a></td></tr></table></td></tr>
 <tr>
  <td width="190" valign="top" class="navi">
   <table width="100%" cellpadding="3" cellspacing="0">
    <tr><td><a href="/index.html">Startseite</a></td></tr>
    <tr><td><a href="/verwaltung.html">Verwaltung</a></td></tr>
    <tr><td><a href="/gemeinden.html">Unsere Gemeinden</a></td></tr>
    <tr><td><a href="/meldungen.html"><b>Aktuelle Meldungen</b></a></td></tr>
    <tr><td><a href="/amtsblatt.html">Amtsblatt</a></td></tr>
    <tr><td><a href="/tourismus.html">Tourismus</a></td></tr>
   </table>
  </td>
  <td valign="top" class="inhalt">
   <table width="100%" cellpadding="8" cellspacing="0">
    <tr><td class="pfad"><font size="1"><a href="/index.html">Startseite</a> &gt; <a href="/meldungen.html">Aktuelle Meldungen</a></font></td></tr>
    <tr><td class="datum"><font size="2" color="#666666">Meldung vom 14. Januar 2025</font></td></tr>
    <tr><td><h1>Vier Ortsgemeinden und die Stadt Kirchberg starten gemeinsame Dorfmoderation</h1></td></tr>
    <tr><td class="text"><font face="Arial, Helvetica, sans-serif" size="2">
{body_html(B, indent="     ")}
    </font></td></tr>
    <tr><td class="werkzeuge"><font size="1"><a href="#">Druckversion</a> | <a href="#">Seite empfehlen</a> | <a href="/meldungen.html">zurück zur Übersicht</a></font></td></tr>
   </table>
  </td>
 </tr>
 <tr><td colspan="2" class="fuss"><table width="100%" cellpadding="6"><tr>
  <td><font size="1"><b>Verbandsgemeindeverwaltung Kirchberg (Hunsrück)</b><br>Bürgerbüro und Pressestelle<br>55481 Kirchberg (Hunsrück)<br>Öffnungszeiten: Mo–Fr 8–12 Uhr, Do 14–18 Uhr</font></td>
  <td align="right"><font size="1"><a href="/impressum.html">Impressum</a> · <a href="/datenschutz.html">Datenschutz</a></font></td>
 </tr></table></td></tr>
</table>
</body>
</html>
"""
add("h05-vg-kirchberg-dorfmoderation.html", "utf-8", H, B, {
    "title": "Vier Ortsgemeinden und die Stadt Kirchberg starten gemeinsame Dorfmoderation",
    "subtitle": None, "kicker": None, "categories": [],
    "date": "2025-01-14", "place": "Kirchberg (Hunsrück)",
    "speakers": [
        sp("Harald Wengerath", "Bürgermeister der Verbandsgemeinde Kirchberg (Hunsrück)", [
            "Die Dörfer im Hunsrück haben ähnliche Sorgen: leerstehende Ortskerne, fehlende Treffpunkte, weite Wege zum Einkaufen",
            "Da ist es nur vernünftig, gemeinsam nach Lösungen zu suchen."], org="Verbandsgemeinde Kirchberg (Hunsrück)"),
        sp("Prof. Dr. Ute Rehbein", "Raumplanerin", [
            "Wir kommen nicht mit fertigen Plänen, sondern mit leeren Stellwänden"], org="Hochschule Trier", honorific="Prof. Dr."),
        sp("Martina Schnorpfeil", "Ortsbürgermeisterin", [
            "Wenn wir das Haus wieder mit Leben füllen, haben wir für das ganze Dorf viel gewonnen"]),
    ],
    "member_lists": [{
        "label": "Beteiligte an der Dorfmoderation",
        "members": members(("Kirchberg (Hunsrück)", "Stadt", "07140067"), ("Dickenschied", "Gemeinde", "07140028"),
                           ("Gemünden", "Gemeinde", "07140041"), ("Rohrbach", "Gemeinde", "07140130"),
                           ("Womrath", "Gemeinde", "07140163")),
    }],
    "mentioned_dates": ["2019", "2025", "2025-02-20"],
    "body_must_not_contain": ["Cookies", "Schließen", "Unsere Gemeinden", "Aktuelle Meldungen", "Meldung vom", "Druckversion", "Seite empfehlen", "zurück zur Übersicht", "Verbandsgemeindeverwaltung", "Öffnungszeiten"],
    "body_must_contain": ["Kirchberg (Hunsrück) – Wie soll das eigene Dorf in 15 Jahren aussehen?", "Beteiligt sind die Stadt Kirchberg (Hunsrück) sowie die Ortsgemeinden Dickenschied, Gemünden, Rohrbach und Womrath.", "sagte die Ortsbürgermeisterin.", "in die Dorferneuerung aufgenommen werden können."],
    "notes": [
        "Old table layout (HTML 4.01, <font>, nested tables), no <article>/<main>, no <h2>. The cookie note is a table row above the content. Date from the post-metadata line 'Meldung vom 14. Januar 2025'. No category, kicker or subtitle.",
        "Dateline 'Kirchberg (Hunsrück) – ' -> place 'Kirchberg (Hunsrück)'; it stays in the body as published.",
        "All quotes in «…» (guillemets pointing outwards). Wengerath: role written before the name in apposition, with the body written out ('der Bürgermeister der Verbandsgemeinde Kirchberg (Hunsrück), Harald Wengerath') -> organisation 'Verbandsgemeinde Kirchberg (Hunsrück)'; his second quotation is a continuation without a verb in the same paragraph.",
        "Rehbein: 'die Raumplanerin Prof. Dr. Ute Rehbein von der Hochschule Trier' -> role 'Raumplanerin', organisation 'Hochschule Trier', honorific 'Prof. Dr.'; her quote is attributed by the pronoun ('sagte sie') two sentences after her name.",
        "Schnorpfeil: named in the sentence before, the quote is attributed by the role only ('sagte die Ortsbürgermeisterin') -> role 'Ortsbürgermeisterin', organisation null.",
        "Inline member list ('Beteiligt sind die Stadt Kirchberg (Hunsrück) sowie die Ortsgemeinden Dickenschied, Gemünden, Rohrbach und Womrath'): municipalities of a joint project, each with its kind; an Ortsgemeinde is kind 'Gemeinde' (the contract has no 'Ortsgemeinde'); names without the kind word; keys are the AGS from GV100AD. Label from the introducing words and the project. 'vier Ortsgemeinden und die Stadt Kirchberg' = 5 listed: no warning.",
        "Mentioned dates: 'im Jahr 2019', 'Ende 2025' -> 2025, 20. Februar 2025; 'ab Februar', 'im März und April' have no year -> no date.",
    ],
})

# =================================================================== h06 Sächsisches Staatsministerium für Kultus (medienservice style, <main>, nested quote)
B = [
    P("Dresden. Immer mehr Seiteneinsteigerinnen und Seiteneinsteiger bleiben dauerhaft im sächsischen Schuldienst. Von den 1.140 Lehrkräften ohne Lehramtsstudium, die zwischen 2019 und 2022 eingestellt wurden, unterrichten heute noch 86 Prozent. Das geht aus einer Auswertung des Sächsischen Staatsministeriums für Kultus hervor, die am Dienstag vorgestellt wurde."),
    P("„Wer als Seiteneinsteiger kommt, bringt Erfahrung aus dem Berufsleben mit“, sagte Sachsens Kultusministerin Dr. Katrin Hohlweg in Dresden, „und genau diese Erfahrung brauchen unsere Schulen.“"),
    P("Seit 2018 durchlaufen Seiteneinsteiger vor dem ersten Unterrichtstag eine dreimonatige Einstiegsfortbildung. Anschließend folgt eine berufsbegleitende Qualifizierung, die je nach Schulart bis zu zwei Jahre dauert. Koordiniert wird sie von der Arbeitsgruppe „Lehrkräftebildung im Seiteneinstieg“ am Landesamt."),
    P("Der Präsident des Landesamtes für Schule und Bildung, Prof. Dr. Rainer Vollbrecht, sieht vor allem in der Begleitung durch erfahrene Mentorinnen und Mentoren einen Erfolgsfaktor. Laut Vollbrecht ist die Mentorenarbeit „der wichtigste Grund dafür, dass die Abbrecherquote deutlich gesunken ist“. Die Schulen bekämen dafür zusätzliche Anrechnungsstunden, sagte er."),
    P("Chemielehrer Tobias Gröschel, der vor drei Jahren aus der Industrie an eine Oberschule in Freiberg wechselte, erinnert sich gut an seinen Start. „Am ersten Tag hat mir ein Schüler gesagt: ‚Sie sind ja gar kein richtiger Lehrer.‘ Heute lachen wir beide darüber“, erzählt Gröschel."),
    P("Hohlweg kündigte an, das Programm fortzusetzen. Zum Schuljahr 2025/26 sollen erneut rund 400 Seiteneinsteiger eingestellt werden. „Wir werben aktiv um Fachkräfte, auch bei Unternehmen, die gerade Stellen abbauen“, erklärte die Ministerin."),
    P("Interessierte können sich am 27. September 2025 beim Informationstag des Landesamtes in Chemnitz beraten lassen."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Mehr Seiteneinsteiger bleiben dauerhaft im Schuldienst - Medienservice Sachsen</title>
<meta property="og:title" content="Mehr Seiteneinsteiger bleiben dauerhaft im Schuldienst">
<meta property="article:published_time" content="2025-09-09T11:30:00+02:00">
<link rel="stylesheet" href="/assets/css/medienservice.css">
</head>
<body class="ms-detail">
<div class="ms-consent" id="consent"><p>Wir möchten die Nutzung unseres Angebots mit Matomo statistisch auswerten. Dafür benötigen wir Ihre Einwilligung.</p><button>Einwilligen</button> <button>Ablehnen</button></div>
<header class="ms-header"><a href="/" class="ms-logo"><img src="/assets/img/sachsen-logo.svg" alt="Freistaat Sachsen"></a><span class="ms-portal">Medienservice Sachsen</span>
<nav class="ms-nav"><a href="#">Medieninformationen</a> <a href="#">Termine</a> <a href="#">Publikationen</a> <a href="#">Ressorts</a></nav></header>
<nav class="ms-breadcrumb"><a href="/">Medienservice</a> › <a href="#">Staatsministerium für Kultus</a> › Medieninformation</nav>
<main class="ms-main">
 <p class="ms-type">Medieninformation</p>
 <h1>Mehr Seiteneinsteiger bleiben dauerhaft im Schuldienst</h1>
 <p class="ms-subline">Kultusministerium legt Bilanz der Qualifizierung für Lehrkräfte ohne Lehramtsstudium vor</p>
 <p class="ms-meta"><span class="ms-ressort">Sächsisches Staatsministerium für Kultus</span> · <span class="ms-date">09.09.2025, 11:30 Uhr</span></p>
 <div class="ms-text">
{body_html(B)}
 </div>
 <div class="ms-downloads"><h2>Downloads</h2><ul><li><a href="#">Auswertung Seiteneinstieg 2019–2022 (PDF, 1,2 MB)</a></li></ul></div>
 <div class="ms-contact"><h2>Kontakt</h2><p>Sächsisches Staatsministerium für Kultus<br>Pressesprecher: Holger Wiesenthaler<br>Carolaplatz 1<br>01097 Dresden</p></div>
 <div class="ms-share"><a href="#">Drucken</a> <a href="#">Per E-Mail senden</a> <a href="#">RSS</a></div>
</main>
<footer class="ms-footer"><p>© Freistaat Sachsen · Impressum · Datenschutz · Barrierefreiheit</p></footer>
</body>
</html>
"""
add("h06-smk-seiteneinstieg.html", "utf-8", H, B, {
    "title": "Mehr Seiteneinsteiger bleiben dauerhaft im Schuldienst",
    "subtitle": "Kultusministerium legt Bilanz der Qualifizierung für Lehrkräfte ohne Lehramtsstudium vor",
    "kicker": None, "categories": ["Medieninformation"],
    "date": "2025-09-09", "place": "Dresden",
    "speakers": [
        sp("Dr. Katrin Hohlweg", "Sachsens Kultusministerin", [
            "Wer als Seiteneinsteiger kommt, bringt Erfahrung aus dem Berufsleben mit",
            "und genau diese Erfahrung brauchen unsere Schulen.",
            "Wir werben aktiv um Fachkräfte, auch bei Unternehmen, die gerade Stellen abbauen"],
           org="Sächsisches Staatsministerium für Kultus", honorific="Dr."),
        sp("Prof. Dr. Rainer Vollbrecht", "Präsident des Landesamtes für Schule und Bildung", [
            "der wichtigste Grund dafür, dass die Abbrecherquote deutlich gesunken ist"],
           org="Landesamt für Schule und Bildung", honorific="Prof. Dr."),
        sp("Tobias Gröschel", "Chemielehrer", [
            "Am ersten Tag hat mir ein Schüler gesagt: ‚Sie sind ja gar kein richtiger Lehrer.‘ Heute lachen wir beide darüber"]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2018", "2019", "2022", "2025", "2025-09-27", "2026"],
    "body_must_not_contain": ["Matomo", "Medienservice", "Medieninformation", "09.09.2025, 11:30 Uhr", "Downloads", "Auswertung Seiteneinstieg", "Holger Wiesenthaler", "Carolaplatz 1", "Per E-Mail senden", "Impressum"],
    "body_must_contain": ["Dresden. Immer mehr Seiteneinsteigerinnen und Seiteneinsteiger", "von der Arbeitsgruppe „Lehrkräftebildung im Seiteneinstieg“ am Landesamt.", "‚Sie sind ja gar kein richtiger Lehrer.‘", "erklärte die Ministerin."],
    "notes": [
        "Medienservice layout: <main>, no <article>. Date from article:published_time and the visible '09.09.2025, 11:30 Uhr'. The doc-type line 'Medieninformation' above the h1 is the category (as gold_blind9 treated 'Pressemitteilung' there), not a kicker; the line under the h1 is the subtitle. The ministry name in the meta line is the publisher, not body.",
        "Dateline 'Dresden. ' -> place 'Dresden', kept in the body.",
        "Hohlweg: split quote around the attribution; genitive place before a compound minister's title ('Sachsens Kultusministerin') -> role as written, organisation the ministry of that area as the text and publisher name it ('Sächsisches Staatsministerium für Kultus', nominative of the genitive in the first paragraph). Her third quote is attributed by the shortened office only ('erklärte die Ministerin'), which takes the stated office.",
        "Vollbrecht: role before the name in apposition with the body written out; 'Laut Vollbrecht ist die Mentorenarbeit „…“' is a marked verbatim part of more than five words with its own attribution -> a quote (text between the marks, without the sentence's full stop outside them). 'Die Schulen bekämen …, sagte er' is Konjunktiv indirect speech, not a quote.",
        "Gröschel: nested quotation ‚…‘ inside his quote; the quote string keeps the inner marks. The inner words belong to an unnamed pupil and are no separate quote. Present tense attribution ('erzählt Gröschel'); role 'Chemielehrer', organisation null.",
        "NOT a quote: the working group's name „Lehrkräftebildung im Seiteneinstieg“.",
        "Mentioned dates: 'zwischen 2019 und 2022' -> 2019, 2022; 'Seit 2018'; 'Schuljahr 2025/26' -> 2025 and 2026; 27. September 2025. The download title '2019–2022' is not body.",
    ],
})

# =================================================================== h07 Polizeipräsidium Oberfranken (police site, <article>, »…«, capital dateline)
B = [
    P("BAYREUTH. Mit dem Start in die Motorradsaison kontrolliert die oberfränkische Polizei in den kommenden Wochen verstärkt Motorradfahrerinnen und Motorradfahrer. Im vergangenen Jahr kamen in Oberfranken 19 Motorradfahrer ums Leben, so viele wie seit 2016 nicht mehr."),
    P("»Jeder dieser Unfälle hinterlässt Familien, Freunde und Kollegen, die mit dem Verlust leben müssen«, hat der Präsident des Polizeipräsidiums Oberfranken, Bernd Haderlein, am Donnerstag bei der Vorstellung der Unfallbilanz in Bayreuth gesagt. Er betonte: »Wir wollen niemandem den Spaß am Motorradfahren nehmen. Aber wir werden Raser konsequent aus dem Verkehr ziehen.«"),
    P("Häufigste Unfallursache war nach der Auswertung des Polizeipräsidiums eine nicht angepasste Geschwindigkeit, vor allem in Kurven. Besonders betroffen sind beliebte Ausflugsstrecken in der Fränkischen Schweiz und im Frankenwald."),
    P("Polizeihauptkommissar Marco Wunderlich von der Verkehrspolizeiinspektion Bayreuth kennt die Strecken seit Jahren. Viele Unfälle passierten in den ersten warmen Wochen, wenn Fahrer nach der Winterpause ihre Fähigkeiten überschätzten, erklärte er. »Die Maschine hat 150 PS, aber der Fahrer hat fünf Monate Pause gehabt«, so Wunderlich."),
    P("Die Polizei rät allen Motorradfahrern:"),
    UL("vor der ersten Fahrt Reifen, Bremsen und Beleuchtung prüfen",
       "die ersten Ausfahrten bewusst ruhig angehen",
       "Schutzkleidung tragen, auch auf kurzen Strecken"),
    P("Bei einer ersten Kontrolle am Sonntag an der B 22 bei Hollfeld überprüften die Beamten 240 Motorräder; elf Fahrer waren deutlich zu schnell unterwegs. Ein Motorradfahrer aus Kulmbach sagte den Beamten: »Dass hier kontrolliert wird, finde ich richtig, hier wird ja wirklich geheizt.«"),
    P("Weitere Schwerpunktkontrollen sind für den 12. und 13. April 2025 angekündigt. Informationen zu Sicherheitstrainings gibt es bei der Verkehrswacht."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Start in die Motorradsaison: Polizei kontrolliert verstärkt - Polizei Bayern</title>
<link rel="stylesheet" href="/static/css/polizei-bayern.min.css">
</head>
<body class="pm-detail">
<div class="cookie-overlay" id="cookieOverlay"><p>Diese Website verwendet Cookies. Technisch notwendige Cookies werden immer gesetzt; Statistik-Cookies nur mit Ihrer Zustimmung.</p><button>Alle Cookies zulassen</button> <button>Nur notwendige Cookies</button></div>
<header class="kopf"><a href="/" class="logo"><img src="/static/img/polizei-bayern.svg" alt="Polizei Bayern"></a>
<nav class="hauptnavigation"><a href="#">Aktuelles</a> <a href="#">Sicherheit &amp; Prävention</a> <a href="#">Verkehr</a> <a href="#">Service</a> <a href="#">Karriere</a></nav></header>
<nav class="breadcrumb">Sie befinden sich hier: <a href="/">Startseite</a> › <a href="#">Oberfranken</a> › <a href="#">Pressemitteilungen</a></nav>
<main id="inhalt">
<article class="pressemitteilung">
 <h1>Start in die Motorradsaison: Polizei kontrolliert verstärkt</h1>
 <dl class="pm-metadaten"><dt>Veröffentlicht</dt><dd>28.03.2025, 10:12 Uhr</dd><dt>Themen</dt><dd><a href="#" rel="tag">Verkehr</a>, <a href="#" rel="tag">Motorrad</a></dd><dt>Dienststelle</dt><dd>Polizeipräsidium Oberfranken</dd></dl>
 <div class="pm-text">
{body_html(B)}
 </div>
 <p class="pm-rueckfragen">Rückfragen bitte an: Polizeipräsidium Oberfranken, Sachgebiet E 5 – Presse- und Öffentlichkeitsarbeit, Telefon 0921 000-1030</p>
 <div class="pm-aktionen"><a href="#">Drucken</a> <a href="#">Teilen</a> <a href="#">Zur Übersicht</a></div>
</article>
<aside class="weitere"><h2>Weitere Pressemitteilungen aus Oberfranken</h2><ul><li><a href="#">Einbruch in Vereinsheim in Pegnitz</a></li><li><a href="#">Zeugen nach Unfallflucht in Hof gesucht</a></li></ul></aside>
</main>
<footer class="fuss"><p>Polizeipräsidium Oberfranken · 95447 Bayreuth</p><p>Impressum · Datenschutz · Barrierefreiheit · Leichte Sprache</p></footer>
</body>
</html>
"""
add("h07-pp-oberfranken-motorrad.html", "utf-8", H, B, {
    "title": "Start in die Motorradsaison: Polizei kontrolliert verstärkt",
    "subtitle": None, "kicker": None, "categories": ["Verkehr", "Motorrad"],
    "date": "2025-03-28", "place": "Bayreuth",
    "speakers": [
        sp("Bernd Haderlein", "Präsident des Polizeipräsidiums Oberfranken", [
            "Jeder dieser Unfälle hinterlässt Familien, Freunde und Kollegen, die mit dem Verlust leben müssen",
            "Wir wollen niemandem den Spaß am Motorradfahren nehmen. Aber wir werden Raser konsequent aus dem Verkehr ziehen."],
           org="Polizeipräsidium Oberfranken"),
        sp("Marco Wunderlich", "Polizeihauptkommissar", [
            "Die Maschine hat 150 PS, aber der Fahrer hat fünf Monate Pause gehabt"], org="Verkehrspolizeiinspektion Bayreuth"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2016", "2025-04-12", "2025-04-13"],
    "body_must_not_contain": ["Cookies", "Sie befinden sich hier", "Veröffentlicht", "Themen", "Dienststelle", "Rückfragen bitte an", "Drucken", "Zur Übersicht", "Weitere Pressemitteilungen", "Einbruch in Vereinsheim", "95447 Bayreuth"],
    "body_must_contain": ["BAYREUTH. Mit dem Start in die Motorradsaison", "Die Polizei rät allen Motorradfahrern:", "- Schutzkleidung tragen, auch auf kurzen Strecken", "Ein Motorradfahrer aus Kulmbach sagte den Beamten: »Dass hier kontrolliert wird", "bei der Verkehrswacht."],
    "notes": [
        "Police site with <main>/<article>. Date from '<dt>Veröffentlicht</dt><dd>28.03.2025, 10:12 Uhr</dd>'; the topic links (rel=\"tag\") 'Verkehr', 'Motorrad' are the categories; 'Dienststelle' names the publisher. The 'Rückfragen bitte an' line is contact, not body.",
        "Dateline in capitals 'BAYREUTH. ' (Bavarian police style): place 'Bayreuth' (decided: the place name with normal capitalisation); the dateline stays in the body as published.",
        "All quotes in »…« (guillemets pointing inwards). Haderlein: attribution after the quote in the perfect tense with the role before the name in apposition ('hat der Präsident des Polizeipräsidiums Oberfranken, Bernd Haderlein, am Donnerstag … gesagt'); organisation 'Polizeipräsidium Oberfranken'. His second quote is attributed by the pronoun ('Er betonte: »…«'), one string for two sentences.",
        "Wunderlich: 'Polizeihauptkommissar Marco Wunderlich von der Verkehrspolizeiinspektion Bayreuth' -> role 'Polizeihauptkommissar' (rank as the role written before the name), organisation 'Verkehrspolizeiinspektion Bayreuth'. 'Viele Unfälle passierten …, erklärte er' is Konjunktiv indirect speech; the quote is attributed by 'so Wunderlich'.",
        "NOT a quote: the words of an unnamed motorcyclist ('Ein Motorradfahrer aus Kulmbach sagte den Beamten: »…«').",
        "The advice list is body, not a member list. Mentioned dates: 'seit 2016' -> 2016; 'für den 12. und 13. April 2025' -> 2025-04-12 (year of its list partner) and 2025-04-13. 'Im vergangenen Jahr', 'am Donnerstag', 'am Sonntag' are relative.",
    ],
})

# =================================================================== h08 Handwerkskammer Hannover (<main>/<article>, five speakers, byline date at the end)
B = [
    P("Hannover – 612 Handwerkerinnen und Handwerker haben am Samstag im Kuppelsaal des Hannover Congress Centrums ihre Meisterbriefe erhalten. Rund 2.400 Gäste feierten die neuen Meisterinnen und Meister aus 31 Gewerken. Mit 28 Prozent war der Frauenanteil so hoch wie nie."),
    P("„Sie haben sich für einen Weg entschieden, der Fleiß, Geld und viele Wochenenden kostet“, sagte Volker Rüdebusch, Präsident der Handwerkskammer Hannover, in seiner Festrede. „Dafür gehört Ihnen heute der ganze Saal.“"),
    P("Rüdebusch erinnerte daran, dass im Kammerbezirk in den nächsten zehn Jahren rund 5.000 Betriebe einen Nachfolger suchen. „Wer heute seinen Meister macht, hat beste Chancen, morgen einen eigenen Betrieb zu führen“, ergänzte er."),
    P("Die Staatssekretärin im Niedersächsischen Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung, Dr. Silke Vornhagen, überbrachte die Glückwünsche der Landesregierung. Sie kündigte an, die Meisterprämie des Landes von 4.000 Euro auch 2025 fortzuführen. „Der Meisterbrief ist genauso viel wert wie ein Bachelor“, bekräftigte Vornhagen. „Das muss sich auch bei der Förderung zeigen.“"),
    HD("Stimmen der Jahrgangsbesten", "h2"),
    P("Friseurmeisterin Lea-Marie Kötter: „Ich wollte nie nur Haare schneiden, ich wollte einen Salon führen. Mit dem Meisterbrief kann ich das jetzt.“"),
    P("Tischlermeister Emre Yıldız: „Ohne meinen Ausbildungsbetrieb in Garbsen hätte ich mich das nie getraut. Mein Chef hat mir während der Meisterschule den Rücken freigehalten.“"),
    P("Die Hauptgeschäftsführerin der Handwerkskammer, Dr. Jana Ottensmeier, freute sich besonders über die Zahl der Absolventinnen: „Handwerk ist längst kein Männerberuf mehr, das zeigen diese Zahlen.“ Für die Meisterkurse im kommenden Jahr seien bereits mehr als 700 Anmeldungen eingegangen. Ottensmeier zeigte sich überzeugt: „Der Trend wird in den kommenden Jahren anhalten.“"),
    P("Die Kammer richtet die Meisterfeier seit 1998 aus. Die nächste Feier findet am 15. November 2025 statt."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>612 neue Meisterinnen und Meister im Kammerbezirk | Handwerkskammer Hannover</title>
<link rel="stylesheet" href="/_assets/css/hwk.css">
</head>
<body class="hwk news-detail">
<div class="hwk-consent"><p>Wir nutzen Cookies und externe Medien. Details finden Sie in unserer Datenschutzerklärung.</p><button>Akzeptieren</button> <button>Einstellungen</button></div>
<header class="hwk-header"><a href="/" class="hwk-logo">Handwerkskammer Hannover</a>
<nav class="hwk-nav"><ul><li>Ausbildung</li><li>Meister &amp; Weiterbildung</li><li>Betriebsberatung</li><li>Recht</li><li>Presse</li></ul></nav></header>
<nav class="hwk-breadcrumb"><a href="/">Startseite</a> / <a href="#">Presse</a> / <a href="#">Pressemitteilungen</a> / Meisterfeier</nav>
<main class="hwk-main">
<article class="hwk-news">
 <span class="hwk-news__type">Pressemitteilung</span>
 <h1 class="hwk-news__title">612 neue Meisterinnen und Meister im Kammerbezirk</h1>
 <p class="hwk-news__teaser">Meisterfeier im HCC: Frauenanteil so hoch wie nie</p>
 <figure><img src="/_assets/img/meisterfeier.jpg" alt="Meisterfeier"><figcaption>Die Jahrgangsbesten auf der Bühne des Kuppelsaals. Foto: HWK Hannover/Tim Ostendorf</figcaption></figure>
 <div class="hwk-news__body">
{body_html(B)}
 </div>
 <p class="hwk-news__byline">Von Pressestelle am 18.11.2024</p>
 <div class="hwk-share"><span>Artikel teilen</span> <a href="#">LinkedIn</a> <a href="#">Facebook</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></div>
</article>
<aside class="hwk-contact"><h2>Ansprechpartnerin Presse</h2><p>Handwerkskammer Hannover<br>Berliner Allee 17<br>30175 Hannover<br>presse@example.org</p></aside>
</main>
<footer class="hwk-footer"><p>© Handwerkskammer Hannover · Impressum · Datenschutz · Barrierefreiheit</p></footer>
</body>
</html>
"""
add("h08-hwk-hannover-meisterfeier.html", "utf-8", H, B, {
    "title": "612 neue Meisterinnen und Meister im Kammerbezirk",
    "subtitle": "Meisterfeier im HCC: Frauenanteil so hoch wie nie",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2024-11-18", "place": "Hannover",
    "speakers": [
        sp("Volker Rüdebusch", "Präsident der Handwerkskammer Hannover", [
            "Sie haben sich für einen Weg entschieden, der Fleiß, Geld und viele Wochenenden kostet",
            "Dafür gehört Ihnen heute der ganze Saal.",
            "Wer heute seinen Meister macht, hat beste Chancen, morgen einen eigenen Betrieb zu führen"],
           org="Handwerkskammer Hannover"),
        sp("Dr. Silke Vornhagen", "Staatssekretärin im Niedersächsischen Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung", [
            "Der Meisterbrief ist genauso viel wert wie ein Bachelor",
            "Das muss sich auch bei der Förderung zeigen."],
           org="Niedersächsisches Ministerium für Wirtschaft, Verkehr, Bauen und Digitalisierung", honorific="Dr."),
        sp("Lea-Marie Kötter", "Friseurmeisterin", [
            "Ich wollte nie nur Haare schneiden, ich wollte einen Salon führen. Mit dem Meisterbrief kann ich das jetzt."]),
        sp("Emre Yıldız", "Tischlermeister", [
            "Ohne meinen Ausbildungsbetrieb in Garbsen hätte ich mich das nie getraut. Mein Chef hat mir während der Meisterschule den Rücken freigehalten."]),
        sp("Dr. Jana Ottensmeier", "Hauptgeschäftsführerin der Handwerkskammer", [
            "Handwerk ist längst kein Männerberuf mehr, das zeigen diese Zahlen.",
            "Der Trend wird in den kommenden Jahren anhalten."], org="Handwerkskammer Hannover", honorific="Dr."),
    ],
    "member_lists": [],
    "mentioned_dates": ["1998", "2025", "2025-11-15"],
    "body_must_not_contain": ["Cookies", "Meister & Weiterbildung", "Foto: HWK Hannover", "Von Pressestelle am", "Artikel teilen", "Drucken", "Ansprechpartnerin Presse", "Berliner Allee 17", "Impressum"],
    "body_must_contain": ["Hannover – 612 Handwerkerinnen und Handwerker", "Stimmen der Jahrgangsbesten", "Friseurmeisterin Lea-Marie Kötter: „Ich wollte nie nur Haare schneiden", "am 15. November 2025 statt."],
    "notes": [
        "Chamber news page with <main>/<article>. The only date is the byline after the text 'Von Pressestelle am 18.11.2024' (README: a byline anywhere on the page). The type label 'Pressemitteilung' is the category; the one-line teaser under the h1 is the subtitle. Dateline 'Hannover – ' -> place 'Hannover', kept in the body.",
        "Five speakers in order of their first quote.",
        "Rüdebusch: role apposition after the name that ends where the sentence goes on ('Volker Rüdebusch, Präsident der Handwerkskammer Hannover, in seiner Festrede'); continuation quote without a verb; third quote by pronoun ('ergänzte er').",
        "Vornhagen: role before the name in apposition with the full ministry name containing commas -> the whole phrase is the role; organisation the ministry in the nominative. Quote attributed by surname ('bekräftigte Vornhagen'), then a continuation.",
        "Kötter and Yıldız: role before the name and a colon ('Friseurmeisterin Lea-Marie Kötter: „…“'); roles 'Friseurmeisterin', 'Tischlermeister', organisation null. Hyphenated given name 'Lea-Marie'; 'Yıldız' with dotless ı as written.",
        "Ottensmeier: 'Die Hauptgeschäftsführerin der Handwerkskammer, Dr. Jana Ottensmeier' -> role as written, organisation written out as the text names the body in full ('Handwerkskammer Hannover', README: a body is written out where the text names it in full). 'freute sich … :' and 'zeigte sich überzeugt:' introduce her quotes; 'seien … eingegangen' is Konjunktiv indirect speech.",
        "Mentioned dates: 'auch 2025' -> 2025; 'seit 1998' -> 1998; 15. November 2025. 'am Samstag', 'im kommenden Jahr' are relative.",
    ],
})

# =================================================================== h09 Stadtwerke Schwedt (consent wall wrapped around the content, ‚…‘ quote, dateline with date)
B = [
    P("Schwedt/Oder, 4. Februar 2025. Die Stadtwerke Schwedt nutzen künftig Abwärme aus der PCK Raffinerie für das Fernwärmenetz der Stadt. Beide Unternehmen haben am Montag einen Vertrag über die Lieferung unterzeichnet. Ab der Heizperiode 2026/27 soll die Abwärme rund 40 Prozent des Wärmebedarfs im Schwedter Netz decken."),
    P("„Wir ersetzen damit Erdgas für rund 9.000 Wohnungen“, sagte der Geschäftsführer der Stadtwerke Schwedt, Dipl.-Ing. Ronald Pietschmann. ‚Das ist die günstigste Wärme, die wir je eingekauft haben‘, fügte er hinzu."),
    P("Genutzt wird sogenannte „Niedertemperaturabwärme“ aus den Kühlkreisläufen der Anlagen. Für die Anbindung baut der Versorger eine 3,2 Kilometer lange Leitung von der Raffinerie bis zum Heizwerk sowie einen großen Wärmespeicher. Die Investition von rund 24 Millionen Euro wird aus der „Bundesförderung für effiziente Wärmenetze“ unterstützt. Pietschmann zufolge ist das Vorhaben „das größte Einzelprojekt in der Geschichte der Stadtwerke“."),
    P("Schwedts Bürgermeisterin Dr. Ines Lautenbach sprach von einem wichtigen Schritt für den Industriestandort. Sie unterstrich: „Die Raffinerie ist seit sechzig Jahren das Herz unserer Stadt. Dass ihre Wärme jetzt auch in unseren Wohnzimmern ankommt, hat Symbolkraft.“"),
    P("Wissenschaftlich begleitet wird das Projekt von Prof. Dr. Malte Krüsemann von der Hochschule für nachhaltige Entwicklung Eberswalde. Industrielle Abwärme werde in Deutschland bislang kaum genutzt, erklärte Krüsemann. „Schwedt kann zeigen, dass das auch in einer mittelgroßen Stadt wirtschaftlich funktioniert“, so Krüsemann."),
    P("Für die Kundinnen und Kunden ändert sich nichts, sie müssen keine Anlagen umbauen. Die Stadtwerke rechnen damit, den Fernwärmepreis ab 2027 stabil halten zu können. Eine Informationsveranstaltung findet am 19. Februar um 18 Uhr in den Uckermärkischen Bühnen statt."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Raffinerie-Abwärme heizt ab 2026 Schwedter Wohnungen – Stadtwerke Schwedt</title>
<link rel="stylesheet" href="/assets/swsdt.css">
</head>
<body class="swsdt news">
<header class="top"><a href="/" class="logo"><img src="/assets/logo-stadtwerke-schwedt.svg" alt="Stadtwerke Schwedt GmbH"></a>
<nav class="menu"><a href="#">Strom</a> <a href="#">Fernwärme</a> <a href="#">Wasser</a> <a href="#">Unternehmen</a> <a href="#">Presse</a> <a href="#">Kundenportal</a></nav></header>
<div id="cmp-wall" class="cmp-wall cmp-blurred">
 <div class="cmp-layer" role="dialog" aria-modal="true"><h2>Ihre Privatsphäre</h2><p>Wir setzen Cookies und vergleichbare Technologien ein, um unsere Website zu verbessern. Mit „Alle akzeptieren“ stimmen Sie der Verwendung zu.</p><button>Alle akzeptieren</button> <button>Nur notwendige</button></div>
 <div class="cmp-content">
  <div class="news-item">
   <p class="news-overline">Wärmewende</p>
   <h1>Raffinerie-Abwärme heizt ab 2026 Schwedter Wohnungen</h1>
   <p class="news-topic">Thema: <a href="#">Fernwärme</a></p>
   <div class="news-body">
{body_html(B, indent="    ")}
   </div>
   <p class="news-stand">Stand: 05.02.2025</p>
   <p class="news-tools"><a href="#">Drucken</a> | <a href="#">Teilen</a> | <a href="#">Alle Meldungen</a></p>
  </div>
 </div>
 <div class="cmp-footer-bar"><a href="#">Cookie-Einstellungen ändern</a> · <a href="#">Datenschutzerklärung</a></div>
</div>
<footer class="bottom"><div class="kontakt"><h3>Kontakt</h3><p>Stadtwerke Schwedt GmbH<br>Unternehmenskommunikation<br>16303 Schwedt/Oder<br>Servicetelefon 03332 000-0</p></div><p>Impressum · Datenschutz · AGB</p></footer>
</body>
</html>
"""
add("h09-stadtwerke-schwedt-abwaerme.html", "utf-8", H, B, {
    "title": "Raffinerie-Abwärme heizt ab 2026 Schwedter Wohnungen",
    "subtitle": None, "kicker": "Wärmewende", "categories": ["Fernwärme"],
    "date": "2025-02-04", "place": "Schwedt/Oder",
    "speakers": [
        sp("Dipl.-Ing. Ronald Pietschmann", "Geschäftsführer der Stadtwerke Schwedt", [
            "Wir ersetzen damit Erdgas für rund 9.000 Wohnungen",
            "Das ist die günstigste Wärme, die wir je eingekauft haben",
            "das größte Einzelprojekt in der Geschichte der Stadtwerke"],
           org="Stadtwerke Schwedt", honorific="Dipl.-Ing."),
        sp("Dr. Ines Lautenbach", "Schwedts Bürgermeisterin", [
            "Die Raffinerie ist seit sechzig Jahren das Herz unserer Stadt. Dass ihre Wärme jetzt auch in unseren Wohnzimmern ankommt, hat Symbolkraft."],
           org="Schwedt", honorific="Dr."),
        sp("Prof. Dr. Malte Krüsemann", None, [
            "Schwedt kann zeigen, dass das auch in einer mittelgroßen Stadt wirtschaftlich funktioniert"],
           org="Hochschule für nachhaltige Entwicklung Eberswalde", honorific="Prof. Dr."),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-02-19", "2026", "2027"],
    "body_must_not_contain": ["Kundenportal", "Ihre Privatsphäre", "Cookies", "Alle akzeptieren", "Wärmewende", "Thema:", "Stand: 05.02.2025", "Drucken", "Alle Meldungen", "Cookie-Einstellungen", "Unternehmenskommunikation", "Servicetelefon"],
    "body_must_contain": ["Schwedt/Oder, 4. Februar 2025. Die Stadtwerke Schwedt nutzen künftig Abwärme", "‚Das ist die günstigste Wärme, die wir je eingekauft haben‘, fügte er hinzu.", "sogenannte „Niedertemperaturabwärme“", "in den Uckermärkischen Bühnen statt."],
    "notes": [
        "The content sits inside a consent wall: the consent dialog opens the wrapper before the article and a cookie-settings bar closes it after; both are not body. No <article>/<main>.",
        "Kicker from p.news-overline above the h1; category from 'Thema: Fernwärme'. Date and place from the dateline 'Schwedt/Oder, 4. Februar 2025. ' (no other date on the page; 'Stand: 05.02.2025' is a revision). The dateline stays in the body as published; the publication date is not a mentioned date.",
        "Pietschmann: organisation written out in the role ('der Geschäftsführer der Stadtwerke Schwedt, Dipl.-Ing. Ronald Pietschmann') -> organisation 'Stadtwerke Schwedt'. His second quote is in single low-high marks ‚…‘ and attributed by pronoun with a separable verb ('fügte er hinzu'); the third is a marked verbatim part of more than five words with 'Pietschmann zufolge'.",
        "Lautenbach: genitive place before the role ('Schwedts Bürgermeisterin') -> role as written, organisation 'Schwedt' (as the genitive gives it; the town's official name is Schwedt/Oder). Quote attributed by 'Sie unterstrich: „…“'.",
        "Krüsemann is introduced without any role word ('Prof. Dr. Malte Krüsemann von der Hochschule für nachhaltige Entwicklung Eberswalde'): role null, organisation the body (README: a member without an office gets the body and no role). 'Industrielle Abwärme werde … genutzt, erklärte Krüsemann' is Konjunktiv indirect speech.",
        "NOT quotes: the quoted short term 'sogenannte „Niedertemperaturabwärme“' and the programme name „Bundesförderung für effiziente Wärmenetze“ after a preposition.",
        "Mentioned dates: 'Heizperiode 2026/27' -> 2026 and 2027; 'ab 2027' -> 2027; 'am 19. Februar' -> publication year 2025-02-19. The title's 'ab 2026' is not body.",
    ],
})


# =================================================================== text dumps
def add_text(fname, head, blocks, tail, gold, bullet="- ", width=None, sep="\n\n"):
    page = head.rstrip("\n") + sep + plain_body(blocks, bullet, width, sep) + sep + tail.lstrip("\n")
    SPEC.append((fname, "utf-8", page, blocks, gold))


# ------------------------------------------------------------------- t01 MIK Brandenburg (PDF copy, hard-wrapped, page break with running header)
B = [
    P("Das Land Brandenburg fördert in diesem Jahr den Bau von rund 300 neuen Warnsirenen. Für das Sirenenförderprogramm stehen 2025 insgesamt 7,5 Millionen Euro zur Verfügung. Anträge können Landkreise, kreisfreie Städte, Ämter und amtsfreie Gemeinden bis zum 30. April 2025 beim Ministerium des Innern und für Kommunales stellen."),
    P("»Eine Sirene weckt auch nachts, wenn das Handy lautlos gestellt ist«, sagte Brandenburgs Innenminister Dr. Frank Weidenhöft am Donnerstag in Potsdam, »deshalb bleibt sie für uns unverzichtbar, trotz Cell Broadcast und Warn-App.«"),
    P("Seit dem Start des Programms im Jahr 2021 sind mit Landesmitteln bereits 1.150 Sirenen neu gebaut oder modernisiert worden. Beim bundesweiten Warntag am 11. September 2025 sollen erstmals alle geförderten Anlagen gemeinsam ausgelöst werden."),
    RAW("Seite 1 von 2\n\n\f\nMinisterium des Innern und für Kommunales – Pressemitteilung Nr. 018/2025"),
    P("Die Landrätin des Landkreises Elbe-Elster, Kerstin Ruppelt, verwies auf die Erfahrungen aus dem Hochwasser zum Jahreswechsel 2023/24. Viele Dörfer an der Schwarzen Elster hätten damals nur über Sirenen rechtzeitig gewarnt werden können. »Wir wollen bis Ende 2026 in jedem Ortsteil eine funktionierende Sirene haben«, sagte die Landrätin."),
    P("Der Präsident des Landesfeuerwehrverbandes Brandenburg, Thomas Dullin, begrüßte das Programm: »Für unsere Kameradinnen und Kameraden ist die Sirene noch immer das verlässlichste Alarmmittel.« Zugleich forderte er, auch die Wartung der Anlagen dauerhaft zu finanzieren."),
    P("Gefördert werden bis zu 90 Prozent der Kosten einer Anlage, höchstens 20.000 Euro je Sirene. Die Förderrichtlinie ist im Amtsblatt für Brandenburg vom 29. Januar 2025 veröffentlicht."),
]
HEAD = """Ministerium des Innern und für Kommunales
des Landes Brandenburg

Pressestelle
Henning-von-Tresckow-Straße 9-13
14467 Potsdam


Pressemitteilung Nr. 018/2025
Potsdam, 13.02.2025


Land fördert 300 neue Sirenen

Sirenenförderprogramm 2025 startet – Anträge bis Ende April möglich
"""
TAIL = """Pressesprecherin: Dörte Lindemeyer
Telefon: 0331 000-2003 · E-Mail: pressestelle@example.org
Internet: mik.brandenburg.de

Seite 2 von 2
"""
add_text("t01-mik-sirenen-pdf.txt", HEAD, B, TAIL, {
    "title": "Land fördert 300 neue Sirenen",
    "subtitle": "Sirenenförderprogramm 2025 startet – Anträge bis Ende April möglich",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2025-02-13", "place": "Potsdam",
    "speakers": [
        sp("Dr. Frank Weidenhöft", "Brandenburgs Innenminister", [
            "Eine Sirene weckt auch nachts, wenn das Handy lautlos gestellt ist",
            "deshalb bleibt sie für uns unverzichtbar, trotz Cell Broadcast und Warn-App."],
           org="Ministerium des Innern und für Kommunales", honorific="Dr."),
        sp("Kerstin Ruppelt", "Landrätin des Landkreises Elbe-Elster", [
            "Wir wollen bis Ende 2026 in jedem Ortsteil eine funktionierende Sirene haben"], org="Landkreis Elbe-Elster"),
        sp("Thomas Dullin", "Präsident des Landesfeuerwehrverbandes Brandenburg", [
            "Für unsere Kameradinnen und Kameraden ist die Sirene noch immer das verlässlichste Alarmmittel."],
           org="Landesfeuerwehrverband Brandenburg"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2021", "2023", "2024", "2025", "2025-01-29", "2025-04-30", "2025-09-11", "2026"],
    "body_must_not_contain": ["des Landes Brandenburg", "Pressestelle", "Henning-von-Tresckow-Straße", "Pressemitteilung Nr. 018/2025", "Potsdam, 13.02.2025", "Seite 1 von 2", "Seite 2 von 2", "Dörte Lindemeyer", "mik.brandenburg.de"],
    "body_must_contain": ["Das Land Brandenburg fördert in diesem Jahr den Bau von rund 300 neuen Warnsirenen.", "sollen erstmals alle geförderten Anlagen gemeinsam ausgelöst werden.", "sagte die Landrätin.", "im Amtsblatt für Brandenburg vom 29. Januar 2025 veröffentlicht."],
    "notes": [
        "PDF text copy hard-wrapped at about 74 characters; the gold body joins the lines of a paragraph with single spaces. A page break (form feed) with 'Seite 1 von 2' and a running header repeating the ministry and release number sits between two paragraphs: not body.",
        "Letterhead (ministry, Pressestelle, address), the release number and the date line 'Potsdam, 13.02.2025' are not body; the date line gives date 2025-02-13 and place 'Potsdam'. Category 'Pressemitteilung' from the numbered label (as gold_blind9). Title is the first line after the date line, the line under it the subtitle (its '2025' is not body).",
        "All quotes in »…« (guillemets pointing inwards). Weidenhöft: quote split around the attribution; genitive place before a compound minister's title ('Brandenburgs Innenminister') -> role as written, organisation the ministry as the text names it ('Ministerium des Innern und für Kommunales', also the publisher).",
        "Ruppelt: introduced as 'Die Landrätin des Landkreises Elbe-Elster, Kerstin Ruppelt'; her quote is attributed by the shortened role only ('sagte die Landrätin'), which takes the office stated at the introduction -> role 'Landrätin des Landkreises Elbe-Elster', organisation 'Landkreis Elbe-Elster'. 'Viele Dörfer … hätten … werden können' is Konjunktiv indirect speech.",
        "Dullin: role before the name in apposition; quote introduced after 'begrüßte das Programm:'. 'forderte er, … zu finanzieren' is indirect.",
        "Mentioned dates: 'stehen 2025 … zur Verfügung' -> 2025; 'im Jahr 2021'; 'Jahreswechsel 2023/24' -> 2023 and 2024; 'bis Ende 2026' (inside the quote) -> 2026; 30. April, 11. September and 29. Januar 2025. 'in diesem Jahr', 'am Donnerstag' are relative.",
    ],
}, width=74)

# ------------------------------------------------------------------- t02 Amt Süderbrarup (e-mail, straight quotes, block member list, unclosed quote)
B = [
    P("Rund um die Schlei soll ein durchgehendes Netz aus Alltags- und Freizeitradwegen entstehen. Sieben Städte und Ämter haben dazu am Mittwoch in Süderbrarup eine Vereinbarung über ein gemeinsames Radverkehrskonzept unterzeichnet. Die Federführung liegt beim Amt Süderbrarup."),
    P("Am Radverkehrskonzept beteiligen sich:"),
    UL("Stadt Kappeln", "Stadt Schleswig", "Amt Kappeln-Land", "Amt Süderbrarup", "Amt Geltinger Bucht", "Amt Schlei-Ostsee", "Amt Haddeby"),
    P('Amtsvorsteherin Birte Thordsen sagte bei der Unterzeichnung: "Wer heute von Süderbrarup nach Kappeln radelt, muss streckenweise auf der Landesstraße fahren. Das ist für Schulkinder schlicht zu gefährlich. Der Bürgermeister der Stadt Kappeln, Hauke Ketelsen, ergänzte: "Wir denken die Schlei endlich als eine Region und nicht als Grenze zwischen zwei Kreisen."'),
    P("Nach Angaben des Amtes fehlen rund um die Schlei derzeit 38 Kilometer straßenbegleitende Radwege. Das Konzept soll bis zum Frühjahr 2026 zeigen, welche Lücken zuerst geschlossen werden und wo Fördermittel beantragt werden können."),
    P('Erarbeitet wird es vom Verkehrsplaner Dipl.-Ing. Sönke Matthiesen vom Kreis Schleswig-Flensburg. "Wir fragen nicht nur die Verwaltungen, sondern auch die Menschen, die hier jeden Tag mit dem Rad unterwegs sind", hat Matthiesen am Mittwoch betont. Er kündigte eine Online-Befragung an: "Jeder kann auf einer Karte eintragen, wo es gefährlich ist oder wo ein Weg fehlt. Wir nennen das intern \'Meckerkarte\', aber wir meinen es ernst."'),
    P("Die Befragung läuft vom 14. Juli bis zum 31. August 2025. Die Kosten für das Konzept von rund 95.000 Euro teilen sich die sieben Partner; das Land Schleswig-Holstein beteiligt sich mit 60 Prozent."),
]
HEAD = """Von: Amt Süderbrarup - Presse
Gesendet: Donnerstag, 3. Juli 2025 08:52
An: Redaktionen Angeln und Schlei
Betreff: Pressemitteilung Radverkehrskonzept Schlei

Moin,

anbei unsere Pressemitteilung zum Radverkehrskonzept mit der Bitte um Veröffentlichung. Fotos von der Unterzeichnung schicken wir Ihnen gern auf Anfrage.

Viele Grüße
Frauke Lorenzen
Amt Süderbrarup

=====================================

PRESSEMITTEILUNG

Süderbrarup, den 3. Juli 2025

Radverkehrskonzept Schlei
Sieben Kommunen planen gemeinsam durchgehende Radwege rund um die Schlei
"""
TAIL = """=====================================

Pressekontakt: Frauke Lorenzen, Amt Süderbrarup, Telefon 04641 000-123

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""
add_text("t02-amt-suederbrarup-radwege-email.txt", HEAD, B, TAIL, {
    "title": "Sieben Kommunen planen gemeinsam durchgehende Radwege rund um die Schlei",
    "subtitle": None, "kicker": "Radverkehrskonzept Schlei", "categories": ["Pressemitteilung"],
    "date": "2025-07-03", "place": "Süderbrarup",
    "speakers": [
        sp("Birte Thordsen", "Amtsvorsteherin", [
            "Wer heute von Süderbrarup nach Kappeln radelt, muss streckenweise auf der Landesstraße fahren. Das ist für Schulkinder schlicht zu gefährlich."]),
        sp("Hauke Ketelsen", "Bürgermeister der Stadt Kappeln", [
            "Wir denken die Schlei endlich als eine Region und nicht als Grenze zwischen zwei Kreisen."], org="Stadt Kappeln"),
        sp("Dipl.-Ing. Sönke Matthiesen", "Verkehrsplaner", [
            "Wir fragen nicht nur die Verwaltungen, sondern auch die Menschen, die hier jeden Tag mit dem Rad unterwegs sind",
            "Jeder kann auf einer Karte eintragen, wo es gefährlich ist oder wo ein Weg fehlt. Wir nennen das intern 'Meckerkarte', aber wir meinen es ernst."],
           org="Kreis Schleswig-Flensburg", honorific="Dipl.-Ing."),
    ],
    "member_lists": [{
        "label": "Beteiligte am Radverkehrskonzept",
        "members": members(("Kappeln", "Stadt", "01059045"), ("Schleswig", "Stadt", "01059075"),
                           ("Kappeln-Land", "Amt", "010595920"), ("Süderbrarup", "Amt", "010595974"),
                           ("Geltinger Bucht", "Amt", "010595990"), ("Schlei-Ostsee", "Amt", "010585893"),
                           ("Haddeby", "Amt", "010595915")),
    }],
    "mentioned_dates": ["2025-07-14", "2025-08-31", "2026"],
    "body_must_not_contain": ["Gesendet:", "Betreff:", "Moin,", "Viele Grüße", "PRESSEMITTEILUNG", "Süderbrarup, den 3. Juli 2025", "Radverkehrskonzept Schlei", "=====", "Pressekontakt", "vertrauliche"],
    "body_must_contain": ["Rund um die Schlei soll ein durchgehendes Netz", "Am Radverkehrskonzept beteiligen sich:", "- Amt Geltinger Bucht", "Das ist für Schulkinder schlicht zu gefährlich. Der Bürgermeister der Stadt Kappeln", "das Land Schleswig-Holstein beteiligt sich mit 60 Prozent."],
    "notes": [
        "E-mail copy: mail header, greeting 'Moin,', cover note and sender are not content; the Betreff is not the title. The lines between the '=====' rules are the release: 'PRESSEMITTEILUNG' is the category (normalised case), the date line 'Süderbrarup, den 3. Juli 2025' gives date and place and is not body, the short line 'Radverkehrskonzept Schlei' directly above the headline is the kicker.",
        "All quotes in straight ASCII marks. UNCLOSED QUOTE: Thordsen's quote opens after a colon and is never closed; by the README it ends before the clause that introduces the next speaker ('Der Bürgermeister der Stadt Kappeln, Hauke Ketelsen, ergänzte:'), so her quote is the two sentences up to 'gefährlich.' and Ketelsen's quote is the next marked passage. Thordsen: role 'Amtsvorsteherin', organisation null (a bare role).",
        "Ketelsen: role before the name in apposition with the body written out ('Der Bürgermeister der Stadt Kappeln, Hauke Ketelsen') -> organisation 'Stadt Kappeln'.",
        "Matthiesen: 'vom Verkehrsplaner Dipl.-Ing. Sönke Matthiesen vom Kreis Schleswig-Flensburg' -> role 'Verkehrsplaner', organisation 'Kreis Schleswig-Flensburg', honorific 'Dipl.-Ing.'. First quote attributed after it in the perfect tense ('hat Matthiesen am Mittwoch betont'); second by the pronoun with a separable verb before a colon ('Er kündigte eine Online-Befragung an: \"…\"'). The nested single straight quotes 'Meckerkarte' stay inside his quote and are no quote of their own.",
        "Block member list labelled by its introducing sentence ('Am Radverkehrskonzept beteiligen sich:'); municipalities and Ämter of a joint project, each with its kind; names without the kind word. Keys from GV100AD: Städte the 8-digit AGS, Ämter the 9-digit Verbandsschlüssel (Schlei-Ostsee lies in Kreis Rendsburg-Eckernförde, 01058…). 'Sieben Städte und Ämter' = 7 listed: no warning.",
        "Mentioned dates: 'vom 14. Juli bis zum 31. August 2025' -> 2025-07-14 (year of its range partner) and 2025-08-31; 'bis zum Frühjahr 2026' -> 2026. 'am Mittwoch' is relative.",
    ],
})

# ------------------------------------------------------------------- t03 Stadt Biberach an der Riß (page text copied with menu lines, one paragraph per line)
B = [
    P("Vor drei Biberacher Grundschulen entstehen nach den Faschingsferien Hol- und Bringzonen. Eltern, die ihre Kinder mit dem Auto zur Schule bringen, sollen sie künftig dort aussteigen lassen und nicht mehr direkt vor dem Schultor halten. Den Beschluss hat der Bau- und Umweltausschuss des Gemeinderats am 28. Januar 2025 gefasst."),
    P("Morgens zwischen 7.30 und 8 Uhr stauen sich vor den Schulen regelmäßig die sogenannten «Elterntaxis». Nach Beobachtungen der Stadtverwaltung kommt es dabei immer wieder zu gefährlichen Situationen, wenn Kinder zwischen haltenden Autos hindurch über die Straße laufen."),
    P("«Wir wollen niemandem verbieten, sein Kind zu fahren», stellte Erste Bürgermeisterin Dr. Christine Fähnle klar. «Aber die letzten 250 Meter schafft jedes Kind zu Fuß, und diese Strecke muss sicher sein.»"),
    P("Die Haltezonen an den Grundschulen Birkendorf, Mittelberg und Bachlangen liegen jeweils 200 bis 300 Meter vom Schultor entfernt und sind über Gehwege mit Querungshilfen erreichbar."),
    P("Sandra Heuberger, Rektorin der Grundschule Birkendorf, hat die neue Strecke bereits mit ihren Schülerinnen und Schülern abgelaufen. «Die Kinder sind stolz, wenn sie das letzte Stück allein gehen dürfen», sagte Heuberger. Sie ergänzte: «Viele kommen wacher im Unterricht an.»"),
    P("Auch die Polizei unterstützt das Vorhaben. Dem Leiter des Polizeireviers Biberach, Jürgen Maucher, zufolge ereigneten sich im Umfeld der drei Schulen im Jahr 2024 vier Unfälle mit leicht verletzten Kindern. Maucher: «Jeder dieser Unfälle wäre vermeidbar gewesen.»"),
    P("Die Vorsitzende des Gesamtelternbeirats, Nadine Schaible, begrüßte die Zonen grundsätzlich, mahnte aber eine gute Beleuchtung der Wege an. Laut Schaible sind die Fußwege im Winter «morgens um halb acht noch stockdunkel und teilweise nicht geräumt»."),
    P("Die Zonen werden ab dem 10. März 2025 ausgeschildert. Nach den Sommerferien will die Stadt gemeinsam mit den Schulen und dem Gesamtelternbeirat Bilanz ziehen."),
]
HEAD = """Direkt zum Inhalt
Logo der Stadt Biberach an der Riß
Rathaus & Verwaltung
Leben & Wohnen
Bildung & Betreuung
Kultur & Freizeit
Wirtschaft
Suche
Sie sind hier: Startseite › Rathaus & Verwaltung › Aktuelles › Pressemitteilungen
Pressemitteilung
03.02.2025
Hol- und Bringzonen sollen Elterntaxis vor drei Grundschulen bremsen
"""
TAIL = """Zurück zur Übersicht
Seite drucken
Seite teilen
Kontakt
Pressestelle der Stadt Biberach
Telefon 07351 000-0
Impressum
Datenschutz
Barrierefreiheit
Leichte Sprache
"""
add_text("t03-biberach-elterntaxis-seite.txt", HEAD, B, TAIL, {
    "title": "Hol- und Bringzonen sollen Elterntaxis vor drei Grundschulen bremsen",
    "subtitle": None, "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2025-02-03", "place": None,
    "speakers": [
        sp("Dr. Christine Fähnle", "Erste Bürgermeisterin", [
            "Wir wollen niemandem verbieten, sein Kind zu fahren",
            "Aber die letzten 250 Meter schafft jedes Kind zu Fuß, und diese Strecke muss sicher sein."], honorific="Dr."),
        sp("Sandra Heuberger", "Rektorin der Grundschule Birkendorf", [
            "Die Kinder sind stolz, wenn sie das letzte Stück allein gehen dürfen",
            "Viele kommen wacher im Unterricht an."], org="Grundschule Birkendorf"),
        sp("Jürgen Maucher", "Leiter des Polizeireviers Biberach", [
            "Jeder dieser Unfälle wäre vermeidbar gewesen."], org="Polizeirevier Biberach"),
        sp("Nadine Schaible", "Vorsitzende des Gesamtelternbeirats", [
            "morgens um halb acht noch stockdunkel und teilweise nicht geräumt"], org="Gesamtelternbeirat"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024", "2025-01-28", "2025-03-10"],
    "body_must_not_contain": ["Direkt zum Inhalt", "Logo der Stadt", "Leben & Wohnen", "Sie sind hier", "03.02.2025", "Zurück zur Übersicht", "Seite drucken", "Pressestelle der Stadt Biberach", "Impressum", "Leichte Sprache"],
    "body_must_contain": ["Vor drei Biberacher Grundschulen entstehen nach den Faschingsferien Hol- und Bringzonen.", "die sogenannten «Elterntaxis»", "Maucher: «Jeder dieser Unfälle wäre vermeidbar gewesen.»", "Bilanz ziehen."],
    "notes": [
        "Page text copied from a browser: one paragraph to a line, no blank lines; the gold body keeps each line as a paragraph. Skip link, the logo's alt text, menu lines, breadcrumb and the closing run of tool, contact and menu lines are not body.",
        "The lines 'Pressemitteilung' and '03.02.2025' above the headline give category and date. No dateline: place null.",
        "All quotation marks in «…» (guillemets pointing outwards), also around the short term. Fähnle: split pattern with the attribution after the first quote using a separable verb ('stellte Erste Bürgermeisterin Dr. Christine Fähnle klar'); the next quotation is a continuation without a verb. Role 'Erste Bürgermeisterin', organisation null.",
        "Heuberger: role apposition after the name that ends where the sentence goes on ('Sandra Heuberger, Rektorin der Grundschule Birkendorf, hat …'); second quote by pronoun ('Sie ergänzte: «…»').",
        "Maucher: 'Dem Leiter des Polizeireviers Biberach, Jürgen Maucher, zufolge ereigneten sich …' reports without marks (not a quote); his quote is introduced as 'Maucher: «…»'. Organisation 'Polizeirevier Biberach' (nominative).",
        "Schaible: 'Laut Schaible sind die Fußwege im Winter «…»' is a marked verbatim part of more than five words with its own attribution -> a quote (without the full stop outside the marks). 'mahnte … an' is indirect.",
        "NOT a quote: the quoted short term 'sogenannten «Elterntaxis»'. The school names in the text are no member list.",
        "Mentioned dates: 28. Januar 2025, 'im Jahr 2024', 'ab dem 10. März 2025'. The time '7.30' is no date.",
    ],
}, sep="\n")

# ------------------------------------------------------------------- t04 Stadt Detmold (e-mail, headline quote, unclosed „ quote, present tense)
B = [
    P("Detmold – Nach knapp zwei Jahren Sanierung öffnet das Freibad Detmold am Samstag, 17. Mai 2025, wieder seine Tore. Die Stadtwerke Detmold haben das 50-Meter-Becken mit einer Edelstahlwanne ausgekleidet, die Technik erneuert und einen neuen Kinderbereich mit Wasserspielplatz gebaut. Die Kosten liegen bei rund 8,4 Millionen Euro; das Land Nordrhein-Westfalen hat die Sanierung aus dem Programm „Moderne Sportstätte 2022“ mit 1,2 Millionen Euro gefördert."),
    P("Bürgermeister Reinhard Lüdeking sagte beim Ortstermin am Montag: „Wir haben hier nicht nur ein Becken saniert, sondern ein Stück Detmolder Kindheit gerettet. Die Stadtwerke haben den Zeitplan trotz des nassen Winters gehalten. Stadtwerke-Geschäftsführerin Dr. Miriam Overbeck ergänzte: „Mit der neuen Technik sparen wir rund ein Drittel der Energie, die das alte Bad verbraucht hat.“"),
    P("Das Wasser wird künftig über eine Wärmepumpe und Solarabsorber auf dem Dach des Umkleidegebäudes erwärmt. Overbeck zufolge soll das Bad bis 2030 klimaneutral betrieben werden."),
    P("„Die Kinder werden Augen machen, wenn sie die neue Rutsche sehen“, sagt Schwimmmeister Kevin Brakemeier, der seit 1998 im Freibad arbeitet. Er freut sich vor allem über das neue Lehrschwimmbecken: „Endlich können wir Schwimmkurse auch bei kühlem Wetter anbieten.“"),
    P("Die Saison läuft bis zum 7. September 2025. Der Eintritt kostet für Erwachsene 4 Euro, für Kinder und Jugendliche 2 Euro. „Wir halten die Eintrittspreise auch in dieser Saison stabil“, versprach der Bürgermeister."),
    P("Am Eröffnungstag ist der Eintritt von 10 bis 14 Uhr frei. Eine Anwohnerin, die die Bauarbeiten vom Gartenzaun aus verfolgt hat, sagte beim Ortstermin: „Ich schwimme hier seit vierzig Jahren, ich zähle schon die Tage.“"),
]
HEAD = """Von: Stadt Detmold – Pressestelle
Gesendet: Dienstag, 6. Mai 2025 10:14
An: Lokalredaktionen Lippe
Betreff: Freibad – Pressemitteilung zur Wiedereröffnung

Sehr geehrte Damen und Herren,

anbei die Pressemitteilung zur Wiedereröffnung des Freibads. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Freundliche Grüße
Jan-Philipp Meierjohann
Pressestelle Stadt Detmold

________________________________

STADT DETMOLD – PRESSEMITTEILUNG
Pressemitteilung vom 06.05.2025

„Endlich wieder Sommer im Bad“ – Freibad Detmold öffnet am 17. Mai
"""
TAIL = """________________________________

Stadt Detmold · Der Bürgermeister · Pressestelle
Marktplatz 5 · 32756 Detmold

Diese Nachricht ist nur für den vorgesehenen Empfänger bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender.
"""
add_text("t04-detmold-freibad-email.txt", HEAD, B, TAIL, {
    "title": "„Endlich wieder Sommer im Bad“ – Freibad Detmold öffnet am 17. Mai",
    "subtitle": None, "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2025-05-06", "place": "Detmold",
    "speakers": [
        sp("Reinhard Lüdeking", "Bürgermeister", [
            "Wir haben hier nicht nur ein Becken saniert, sondern ein Stück Detmolder Kindheit gerettet. Die Stadtwerke haben den Zeitplan trotz des nassen Winters gehalten.",
            "Wir halten die Eintrittspreise auch in dieser Saison stabil"]),
        sp("Dr. Miriam Overbeck", "Stadtwerke-Geschäftsführerin", [
            "Mit der neuen Technik sparen wir rund ein Drittel der Energie, die das alte Bad verbraucht hat."],
           org="Stadtwerke Detmold", honorific="Dr."),
        sp("Kevin Brakemeier", "Schwimmmeister", [
            "Die Kinder werden Augen machen, wenn sie die neue Rutsche sehen",
            "Endlich können wir Schwimmkurse auch bei kühlem Wetter anbieten."]),
    ],
    "member_lists": [],
    "mentioned_dates": ["1998", "2025-05-17", "2025-09-07", "2030"],
    "body_must_not_contain": ["Gesendet:", "Betreff:", "Sehr geehrte Damen und Herren", "Freundliche Grüße", "Jan-Philipp Meierjohann", "STADT DETMOLD", "Pressemitteilung vom", "Endlich wieder Sommer im Bad", "Marktplatz 5", "vorgesehenen Empfänger"],
    "body_must_contain": ["Detmold – Nach knapp zwei Jahren Sanierung öffnet das Freibad Detmold", "aus dem Programm „Moderne Sportstätte 2022“", "Die Stadtwerke haben den Zeitplan trotz des nassen Winters gehalten. Stadtwerke-Geschäftsführerin", "versprach der Bürgermeister.", "ich zähle schon die Tage.“"],
    "notes": [
        "E-mail copy: mail header, salutation, cover note, sender, the rules and the signature block with the disclaimer are not body. 'STADT DETMOLD – PRESSEMITTEILUNG' is the letterhead (category 'Pressemitteilung'); date from 'Pressemitteilung vom 06.05.2025'. Dateline 'Detmold – ' -> place 'Detmold', kept in the body.",
        "The headline starts with an unattributed quote „Endlich wieder Sommer im Bad“ that does not occur in the text: no quote, no speaker; the title keeps its marks as written.",
        "UNCLOSED QUOTE: Lüdeking's quote opens after 'sagte beim Ortstermin am Montag:' with „ and is never closed; it ends before the clause that introduces the next speaker ('Stadtwerke-Geschäftsführerin Dr. Miriam Overbeck ergänzte:'). His second quote is attributed by the role only ('versprach der Bürgermeister').",
        "Overbeck: compound role 'Stadtwerke-Geschäftsführerin' -> organisation written out as the text names the company ('Stadtwerke Detmold'). 'Overbeck zufolge soll das Bad …' is reported without marks, not a quote.",
        "Brakemeier: present tense attribution with role before the name and a relative clause after it ('sagt Schwimmmeister Kevin Brakemeier, der seit 1998 …'); second quote by pronoun ('Er freut sich … :').",
        "NOT quotes: the programme name „Moderne Sportstätte 2022“ (its year is part of the name, no date) and the words of an unnamed resident ('Eine Anwohnerin, … sagte beim Ortstermin: „…“').",
        "Mentioned dates: 17. Mai 2025, 7. September 2025, 'bis 2030' -> 2030, 'seit 1998' -> 1998. 'am Montag' is relative.",
    ],
})

# ------------------------------------------------------------------- t05 Zweckverband KISA (PDF copy, hard-wrapped, abbreviation written out, participants without kinds)
B = [
    P("Fünf sächsische Kommunen testen ab Juli einen digitalen Assistenten, der Bürgerinnen und Bürgern rund um die Uhr Fragen zu Pass, Personalausweis, Wohnsitz und Gewerbe beantwortet. Das Pilotprojekt des Zweckverbandes Kommunale Informationsverarbeitung Sachsen (KISA) läuft zunächst bis zum 30. Juni 2026."),
    P("Am Pilotprojekt nehmen Oschatz, Grimma, Markranstädt, Lossatal und Belgershain teil. Der Assistent wird auf den Internetseiten der fünf Kommunen eingebunden und greift ausschließlich auf geprüfte Verwaltungsinformationen zu."),
    P("„Der Assistent ersetzt keinen Termin im Bürgerbüro, aber er erspart vielen Menschen den Anruf, ob sie für ihr Anliegen den richtigen Termin gebucht haben“, erklärte die Geschäftsführerin der KISA, Dr. Anja Rittweger. Datenschutz habe bei der Entwicklung Vorrang gehabt; personenbezogene Daten würden nicht gespeichert."),
    P("Grimmas Oberbürgermeister Jens Lindicke hält das Projekt für überfällig. “Unsere Mitarbeiterinnen beantworten jeden Tag dieselben zwanzig Fragen”, sagte Lindicke. “Diese Zeit fehlt uns für die komplizierten Fälle.”"),
    P("Im Bürgerbüro der Stadt Oschatz rechnet man mit spürbarer Entlastung. Ramona Zschiesche, Sachgebietsleiterin im Bürgerbüro der Stadt Oschatz, hat die Antworten des Assistenten in den vergangenen Wochen mit ihrem Team geprüft. „Am Anfang hat er uns noch erklärt, dass man in Oschatz einen Waffenschein im Bürgerbüro beantragt. Das haben wir ihm inzwischen abgewöhnt“, sagt sie und lacht."),
    P("Die Kosten von rund 180.000 Euro trägt der Freistaat Sachsen aus dem Förderprogramm „Digitale Kommune Sachsen“. Nach Abschluss des Pilotbetriebs sollen alle Mitglieder des Zweckverbandes den Assistenten nutzen können. Eine erste Zwischenbilanz ist für den 15. Dezember 2025 geplant."),
]
HEAD = """KISA
Zweckverband Kommunale Informationsverarbeitung Sachsen
Stabsstelle Kommunikation

Pressemitteilung 07/2025
Leipzig, 24. Juni 2025


Digitaler Assistent beantwortet Fragen rund ums Bürgerbüro

Fünf Kommunen testen KI-gestützten Auskunftsdienst
"""
TAIL = """Pressekontakt:
KISA – Stabsstelle Kommunikation
Telefon 0341 000-0 · presse@example.org

Seite 1/1
"""
add_text("t05-kisa-assistent-pdf.txt", HEAD, B, TAIL, {
    "title": "Digitaler Assistent beantwortet Fragen rund ums Bürgerbüro",
    "subtitle": "Fünf Kommunen testen KI-gestützten Auskunftsdienst",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2025-06-24", "place": "Leipzig",
    "speakers": [
        sp("Dr. Anja Rittweger", "Geschäftsführerin der KISA", [
            "Der Assistent ersetzt keinen Termin im Bürgerbüro, aber er erspart vielen Menschen den Anruf, ob sie für ihr Anliegen den richtigen Termin gebucht haben"],
           org="Zweckverband Kommunale Informationsverarbeitung Sachsen", honorific="Dr."),
        sp("Jens Lindicke", "Grimmas Oberbürgermeister", [
            "Unsere Mitarbeiterinnen beantworten jeden Tag dieselben zwanzig Fragen",
            "Diese Zeit fehlt uns für die komplizierten Fälle."], org="Grimma"),
        sp("Ramona Zschiesche", "Sachgebietsleiterin im Bürgerbüro der Stadt Oschatz", [
            "Am Anfang hat er uns noch erklärt, dass man in Oschatz einen Waffenschein im Bürgerbüro beantragt. Das haben wir ihm inzwischen abgewöhnt"],
           org="Stadt Oschatz"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-12-15", "2026-06-30"],
    "body_must_not_contain": ["Stabsstelle Kommunikation", "Pressemitteilung 07/2025", "Leipzig, 24. Juni 2025", "Pressekontakt", "presse@example.org", "Seite 1/1"],
    "body_must_contain": ["Fünf sächsische Kommunen testen ab Juli einen digitalen Assistenten", "Am Pilotprojekt nehmen Oschatz, Grimma, Markranstädt, Lossatal und Belgershain teil.", "“Diese Zeit fehlt uns für die komplizierten Fälle.”", "ist für den 15. Dezember 2025 geplant."],
    "notes": [
        "PDF text copy hard-wrapped at about 78 characters; lines of a paragraph join with single spaces. Letterhead, release number and the date line 'Leipzig, 24. Juni 2025' (date and place) are not body; 'Seite 1/1' and the press contact are not body. Title is the first line after the date line, the next line the subtitle.",
        "Rittweger: attribution after the quote ('erklärte die Geschäftsführerin der KISA, Dr. Anja Rittweger'), role with the body's abbreviation -> role as written; organisation written out as the text names it in full in the first paragraph ('Zweckverband Kommunale Informationsverarbeitung Sachsen', nominative). 'Datenschutz habe …; … würden nicht gespeichert' is Konjunktiv indirect speech.",
        "Lindicke: genitive place before the role ('Grimmas Oberbürgermeister') -> organisation 'Grimma'. His quotes use English curly marks “…”; the second is a continuation without a verb.",
        "Zschiesche: role apposition after the name that ends where the sentence goes on; the role names a department and its body ('Sachgebietsleiterin im Bürgerbüro der Stadt Oschatz') -> organisation the body, 'Stadt Oschatz' (README: a department gives its body). Present tense pronoun attribution ('sagt sie und lacht').",
        "NO member list: the five participants are named without their kind ('Am Pilotprojekt nehmen Oschatz, Grimma, Markranstädt, Lossatal und Belgershain teil'); the README counts project participants as a member list only when each is named with its kind.",
        "NOT a quote: the programme name „Digitale Kommune Sachsen“.",
        "Mentioned dates: 30. Juni 2026, 15. Dezember 2025; 'ab Juli' has no year -> no date.",
    ],
}, width=78)


# ------------------------------------------------------------------ write + self-checks
def visible_text(page, is_html):
    if not is_html:
        return re.sub(r"\s+", " ", page)
    t = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", page)
    t = re.sub(r"<[^>]+>", " ", t)
    import html as htmlmod
    return re.sub(r"\s+", " ", htmlmod.unescape(t))


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    for fname, enc, page, blocks, gold in SPEC:
        is_html = fname.endswith(".html")
        raw = page.encode(enc)
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
