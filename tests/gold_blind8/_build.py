"""Builds the documents and gold records of gold_blind8.

All texts are invented for this set; places and bodies are real, every person is invented.
Run from the repository root:  python3 tests/gold_blind8/_build.py
Writes docs/<name>.html (in the encoding each page declares) and <name>.json next to this file.
"""

import html as htmlmod
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "gold"))
from blind_blocks import HD, RAW, TABLE, UL, P, body_html, body_text  # noqa: E402

DOCS = HERE / "docs"


# ------------------------------------------------------------------ helpers
def sp(name, role, quotes, org=None, honorific=None, given=None, surname=None):
    rest = name[len(honorific) + 1:] if honorific else name
    parts = rest.split()
    return {"name": name, "honorific": honorific,
            "given_name": given or parts[0], "surname": surname or " ".join(parts[1:]),
            "role": role, "organisation": org, "quotes": quotes}


def members(*pairs):
    return [{"name": n, "kind": k} for n, k in pairs]


SPEC = []


def add(fname, encoding, page, blocks, gold):
    SPEC.append((fname, encoding, page, blocks, gold))


# =================================================================== h01 Pirna (TYPO3)
B = [
    P("Die Elbuferpromenade zwischen dem Schiffsanleger und dem Stadtpark ist seit Dienstag wieder durchgehend begehbar. Nach knapp anderthalb Jahren Bauzeit hat die Stadt die Absperrungen entfernt und den neuen Abschnitt des Hochwasserschutzes freigegeben."),
    P("Die Arbeiten hatten im Oktober 2022 begonnen. Anlass war das Hochwasser vom Juni 2013, bei dem große Teile der Altstadt überflutet worden waren. Entstanden sind eine 640 Meter lange Schutzmauer mit Aufnahmen für mobile Elemente, breitere Geh- und Radwege sowie 60 neue Sitzbänke."),
    P("„Wir haben den Menschen in Pirna lange eine Baustelle zugemutet“, sagte Oberbürgermeister Konrad Wehlisch bei der Freigabe, „aber jetzt bekommen sie ein Elbufer zurück, das schöner und sicherer ist als je zuvor.“"),
    P("Die Gesamtkosten von 9,8 Millionen Euro trägt zu 90 Prozent der Freistaat Sachsen aus dem Programm „Hochwasserschutz an der Elbe“. Die Landestalsperrenverwaltung begleitete das Vorhaben fachlich."),
    P("Bauamtsleiterin Carola Neubert erinnerte an die schwierigen Bedingungen im vergangenen Winter. „Zweimal stand das Wasser auf der Baustelle bis zu den Knöcheln“, so Neubert. Ein Teil der Pflanzarbeiten werde deshalb erst im Herbst nachgeholt."),
    HD("Uferfest am 20. April"),
    P("Zur offiziellen Einweihung lädt die Stadt am Samstag, 20. April 2024, zu einem Uferfest ein. Auf dem Programm stehen:"),
    UL("11 Uhr: Eröffnung mit dem Blasorchester Pirna-Copitz",
       "13 Uhr: Führung entlang der Schutzmauer mit dem Bauamt",
       "15 Uhr: Kinderfest am Schiffsanleger",
       "18 Uhr: Konzert der Band „Elbsandstein“"),
    P("Im Ernstfall bauen Feuerwehr und Bauhof die mobilen Elemente gemeinsam auf. Eine erste Übung ist für den 14. September 2024 geplant."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Elbuferpromenade nach Umbau wieder durchgehend geöffnet: Stadt Pirna</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/typo3conf/ext/sitepackage/Resources/Public/Css/main.css">
</head>
<body id="p214" class="page-news">
<div id="cookieman-modal" class="modal" role="dialog" aria-label="Cookie-Einstellungen"><div class="modal-body"><p>Wir nutzen Cookies, um Ihnen den bestmöglichen Service zu bieten. Technisch notwendige Cookies werden immer gesetzt.</p><button data-cookieman-accept-all>Alle akzeptieren</button> <button data-cookieman-save>Auswahl speichern</button></div></div>
<header id="header">
  <a href="/" class="logo"><img src="/fileadmin/logo-pirna.svg" alt="Stadt Pirna"></a>
  <nav id="mainnav"><ul><li><a href="/rathaus">Rathaus &amp; Bürger</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/kultur">Kultur &amp; Freizeit</a></li><li><a href="/tourismus">Tourismus</a></li></ul></nav>
</header>
<div id="breadcrumb">Sie sind hier: <a href="/">Startseite</a> / <a href="/rathaus">Rathaus &amp; Bürger</a> / <a href="/presse">Pressemitteilungen</a></div>
<div id="content" class="container">
<div class="row">
<div class="col-md-8">
<div class="news news-single">
<div class="article" itemscope itemtype="http://schema.org/Article">
 <div class="news-header">
  <span class="news-list-date"><time itemprop="datePublished" datetime="2024-04-09">09.04.2024</time></span>
  <span class="news-list-category">Pressemitteilungen</span>
  <p class="news-overline">Hochwasserschutz</p>
  <h1 itemprop="headline">Elbuferpromenade nach Umbau wieder durchgehend geöffnet</h1>
 </div>
 <div class="teaser-text" itemprop="description"><p>Neue Schutzmauer, breitere Wege und 60 Sitzbänke entlang der Elbe</p></div>
 <div class="news-img-wrap"><figure><img src="/fileadmin/_processed_/a/3/csm_elbufer_2024.jpg" alt="Elbufer"><figcaption>Blick auf die neue Schutzmauer am Elbufer. Foto: Stadt Pirna</figcaption></figure></div>
 <div class="news-text-wrap" itemprop="articleBody">
{body_html(B, "(Pirna) ")}
 </div>
 <div class="news-related-wrap"><div class="news-related news-related-links"><h4>Links</h4><ul><li><a href="/fileadmin/hwsk.pdf">Hochwasserschutzkonzept der Stadt (PDF)</a></li></ul></div></div>
 <div class="news-backlink-wrap"><a href="/presse">Zurück zur Übersicht</a></div>
 <p class="print"><a href="javascript:window.print()">Seite drucken</a></p>
</div>
</div>
</div>
<aside class="col-md-4"><div class="box"><h3>Weitere Meldungen</h3><ul><li><a href="#">Stadtbibliothek verlängert Öffnungszeiten</a></li><li><a href="#">Sperrung der Dohnaischen Straße</a></li></ul></div><div class="box"><h3>Bürgerbüro</h3><p>Mo–Fr 8–12 Uhr, Di und Do 13–18 Uhr</p></div></aside>
</div>
</div>
<footer id="footer"><p>Stadtverwaltung Pirna · Am Markt 1/2 · 01796 Pirna</p><p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></p></footer>
</body>
</html>
"""
add("h01-pirna-elbufer.html", "utf-8", H, B, {
    "title": "Elbuferpromenade nach Umbau wieder durchgehend geöffnet",
    "subtitle": "Neue Schutzmauer, breitere Wege und 60 Sitzbänke entlang der Elbe",
    "kicker": "Hochwasserschutz", "categories": ["Pressemitteilungen"],
    "date": "2024-04-09", "place": "Pirna",
    "speakers": [
        sp("Konrad Wehlisch", "Oberbürgermeister", [
            "Wir haben den Menschen in Pirna lange eine Baustelle zugemutet",
            "aber jetzt bekommen sie ein Elbufer zurück, das schöner und sicherer ist als je zuvor."]),
        sp("Carola Neubert", "Bauamtsleiterin", ["Zweimal stand das Wasser auf der Baustelle bis zu den Knöcheln"]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2013-06", "2022-10", "2024-04-20", "2024-09-14"],
    "body_must_not_contain": ["Cookies", "Seite drucken", "Foto: Stadt Pirna", "Stadtbibliothek verlängert", "Am Markt 1/2", "Zurück zur Übersicht", "Sie sind hier", "Hochwasserschutzkonzept der Stadt (PDF)"],
    "body_must_contain": ["Die Arbeiten hatten im Oktober 2022 begonnen", "- 13 Uhr: Führung entlang der Schutzmauer mit dem Bauamt", "Eine erste Übung ist für den 14. September 2024 geplant."],
    "notes": [
        "Wehlisch's quote is split around the attribution: kept as two quotes, each as it stands between its quotation marks.",
        "„Hochwasserschutz an der Elbe“ (programme) and „Elbsandstein“ (band) are names, not quotes.",
        "The programme list of the Uferfest is not a member list.",
        "'seit Dienstag', 'im vergangenen Winter', 'im Herbst' are relative and yield no mentioned date; 'Uferfest am 20. April' (in-body heading) is the same date as 20. April 2024.",
        "Neubert's sentence in Konjunktiv (Ein Teil der Pflanzarbeiten werde …) is indirect speech.",
    ],
})

# =================================================================== h02 MV Wirtschaftsministerium (government site)
B = [
    P("Das Land Mecklenburg-Vorpommern unterstützt 23 Städte und Gemeinden bei der Sanierung ihrer kleinen Häfen. Staatssekretär Prof. Dr. Arne Wittstock übergab am Montag in Schwerin die Förderbescheide der zweiten Runde des Programms „Kleine Häfen – starke Dörfer“."),
    P("„Die kleinen Häfen sind für viele Orte an der Küste und an den Seen das Herz des Dorflebens. Wer hier investiert, stärkt den Tourismus und die Fischerei zugleich“, sagte Wittstock."),
    P("Der Bedarf sei nach wie vor deutlich größer als die verfügbaren Mittel. Für die zweite Runde seien 61 Anträge eingegangen, so der Staatssekretär."),
    P("Zu den geförderten Vorhaben gehört die Erneuerung der Steganlage im Hafen von Gager auf Rügen. Laut Hafenmeister Ole Brüning ist der alte Holzsteg „seit Jahren ein Sicherheitsrisiko für Gäste und Fischer“. Die Gemeinde Mönchgut erhält dafür rund 410.000 Euro."),
    P("Ebenfalls gefördert werden unter anderem die Inselstadt Malchow, die Gemeinde Zingst und das Amt Usedom-Süd."),
    P("Die Förderquote beträgt bis zu 75 Prozent. Anträge für die dritte Runde können bis zum 30. September 2024 beim Landesförderinstitut gestellt werden. Das Programm läuft seit Juli 2022 und ist bis Ende 2027 befristet."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="UTF-8">
<title>Zweite Runde für kleine Häfen: 23 Kommunen erhalten Förderzusagen - Regierungsportal M-V</title>
</head>
<body class="portal">
<div class="cookie-layer" id="cookieLayer"><p>Diese Website verwendet ausschließlich technisch notwendige Cookies. <a href="/datenschutz">Datenschutzerklärung</a></p><button>Verstanden</button></div>
<div id="kopf">
  <div class="landeslogo"><img src="/img/mv-wappen.svg" alt="Landeswappen Mecklenburg-Vorpommern"> Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit</div>
  <ul class="servicenavigation"><li><a href="#">Leichte Sprache</a></li><li><a href="#">Gebärdensprache</a></li><li><a href="#">English</a></li></ul>
  <ul class="hauptnavigation"><li>Ministerium</li><li>Wirtschaft</li><li>Verkehr</li><li>Tourismus</li><li>Arbeit</li><li class="aktiv">Presse</li></ul>
</div>
<div class="pfad">Sie befinden sich hier: <a href="/">Startseite</a> &gt; <a href="/presse">Presse</a> &gt; <a href="/presse/pm">Pressemitteilungen</a></div>
<div id="inhalt">
 <div class="pm-kopf">
  <p class="pm-datum">Pressemitteilung vom 12.03.2024</p>
  <p class="pm-nummer">Nr. 58/2024</p>
 </div>
 <h1>Zweite Runde für kleine Häfen: 23 Kommunen erhalten Förderzusagen</h1>
 <p class="lead">Land stellt bis 2027 insgesamt zwölf Millionen Euro für Sportboot- und Fischereihäfen bereit</p>
 <div class="pm-text">
{body_html(B, "Schwerin (pm) – ")}
 </div>
 <div class="kontaktbox">
  <h2>Pressekontakt</h2>
  <p>Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit<br>Pressesprecherin Tanja Rehbein<br>Telefon: 0385 588-5014<br>E-Mail: presse@wm.mv-regierung.invalid</p>
 </div>
 <ul class="pm-service"><li><a href="?druck=1">Druckversion</a></li><li><a href="#">Seite teilen</a></li><li><a href="/rss">RSS-Feed abonnieren</a></li></ul>
</div>
<div id="marginal">
 <h2>Aktuelle Pressemitteilungen</h2>
 <ul><li>11.03.2024 – Arbeitsmarkt im Februar: Leichte Belebung</li><li>08.03.2024 – Radwegebau an der B 105 beginnt</li></ul>
</div>
<div id="fuss"><p>Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit Mecklenburg-Vorpommern · Johannes-Stelling-Straße 14 · 19053 Schwerin</p><p><a href="#">Impressum</a> | <a href="#">Datenschutz</a> | <a href="#">Barrierefreiheit</a> | <a href="#">Kontakt</a></p></div>
</body>
</html>
"""
add("h02-mv-wirtschaft-haefen.html", "utf-8", H, B, {
    "title": "Zweite Runde für kleine Häfen: 23 Kommunen erhalten Förderzusagen",
    "subtitle": "Land stellt bis 2027 insgesamt zwölf Millionen Euro für Sportboot- und Fischereihäfen bereit",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2024-03-12", "place": "Schwerin",
    "speakers": [
        sp("Prof. Dr. Arne Wittstock", "Staatssekretär", [
            "Die kleinen Häfen sind für viele Orte an der Küste und an den Seen das Herz des Dorflebens. Wer hier investiert, stärkt den Tourismus und die Fischerei zugleich"],
           honorific="Prof. Dr."),
        sp("Ole Brüning", "Hafenmeister", ["seit Jahren ein Sicherheitsrisiko für Gäste und Fischer"]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2022-07", "2024-09-30", "2027"],
    "body_must_not_contain": ["Pressemitteilung vom", "Nr. 58/2024", "Druckversion", "Pressekontakt", "Tanja Rehbein", "Johannes-Stelling-Straße", "Arbeitsmarkt im Februar", "Cookies", "Sie befinden sich hier"],
    "body_must_contain": ["Staatssekretär Prof. Dr. Arne Wittstock übergab am Montag in Schwerin", "Die Gemeinde Mönchgut erhält dafür rund 410.000 Euro.", "Das Programm läuft seit Juli 2022 und ist bis Ende 2027 befristet."],
    "notes": [
        "'Pressemitteilung vom 12.03.2024' above the h1 gives the date; the document type 'Pressemitteilung' is taken as the category (as in earlier sets). The ministry name sits in the site header, not above the headline: no kicker.",
        "„Kleine Häfen – starke Dörfer“ is a programme name, not a quote.",
        "Paragraph 3 is Konjunktiv indirect speech ('so der Staatssekretär'): no quote.",
        "Brüning: partial direct quote introduced with 'Laut Hafenmeister …' inside an indicative sentence; counted as his quote.",
        "The press officer in the contact box is not a speaker.",
        "The enumeration 'Inselstadt Malchow, Gemeinde Zingst, Amt Usedom-Süd' names funding recipients, not members: no member list.",
        "'bis 2027' also appears in the subtitle; 'Ende 2027' is the same year. 'am Montag' is relative.",
    ],
})

# =================================================================== h03 Stadtwerke Rostock (WordPress)
B = [
    P("Mit dem ersten Spatenstich haben die Stadtwerke Rostock am Dienstag den Bau einer Großwärmepumpe am Warnowufer begonnen. Die Anlage soll dem Flusswasser Wärme entziehen und damit künftig rund 9.000 Haushalte mit Fernwärme versorgen."),
    P("„Mit der Wärmepumpe ersetzen wir einen großen Teil des Erdgases, das wir heute noch für die Fernwärme einsetzen“, sagte Jana Vierkant, Vorstandsvorsitzende der Stadtwerke Rostock AG. Die Investition beläuft sich auf rund 48 Millionen Euro."),
    P("Vierkant verwies auf den engen Zeitplan: Die Anlage soll im Herbst 2026 in den Probebetrieb gehen, der Regelbetrieb ist ab dem 1. Januar 2027 vorgesehen. „Das ist ambitioniert, aber machbar“, sagte sie. „Die Genehmigung liegt vor, die Aufträge sind vergeben.“"),
    P("Gefördert wird das Vorhaben aus dem Bundesprogramm „Effiziente Wärmenetze“ mit 19 Millionen Euro. Den Zuwendungsbescheid hatte das Unternehmen im März 2025 erhalten."),
    P("„Die Wärmepumpe ist ein zentraler Baustein unserer kommunalen Wärmeplanung. Ohne sie wäre das Ziel, bis 2035 klimaneutral zu heizen, kaum zu erreichen“, erklärte Thore Albrecht, Klimaschutzbeauftragter der Hanse- und Universitätsstadt Rostock."),
    P("Während der Bauzeit bleibt der Uferweg zwischen Holzhalbinsel und Petribrücke geöffnet. Am 13. September 2025 laden die Stadtwerke zu einem Baustellentag mit Führungen ein."),
]
H = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Großwärmepumpe am Warnowufer: Stadtwerke starten Bau &#8211; Stadtwerke Rostock</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="swr-theme-css" href="/wp-content/themes/swr/style.css?ver=2.4" media="all">
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard">
<div id="borlabs-cookie"><div class="brlbs-cmpnt-dialog"><p>Wir benötigen Ihre Zustimmung, bevor Sie unsere Website weiter besuchen können. Wir verwenden Cookies und andere Technologien.</p><button>Ich akzeptiere</button><button>Nur essenzielle Cookies akzeptieren</button><a href="#">Individuelle Datenschutzeinstellungen</a></div></div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Zum Inhalt springen</a>
<header id="masthead" class="site-header">
  <div class="site-branding"><p class="site-title"><a href="/" rel="home">Stadtwerke Rostock</a></p><p class="site-description">Energie für die Hansestadt</p></div>
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/strom">Strom</a></li><li><a href="/waerme">Wärme</a></li><li><a href="/wasser">Wasser</a></li><li><a href="/unternehmen">Unternehmen</a></li><li class="current-menu-item"><a href="/presse">Presse</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-pressemitteilungen category-energie tag-fernwaerme tag-klimaschutz tag-waermewende">
  <header class="entry-header">
    <h1 class="entry-title">Großwärmepumpe am Warnowufer: Stadtwerke starten Bau</h1>
    <div class="entry-meta"><span class="posted-on">Veröffentlicht am <a href="/2025/08/26/grosswaermepumpe/" rel="bookmark"><time class="entry-date published" datetime="2025-08-26T09:00:00+02:00">26. August 2025</time><time class="updated" datetime="2025-08-28T14:12:37+02:00">28. August 2025</time></a></span><span class="byline"> von <span class="author vcard"><a class="url fn n" href="/author/redaktion/">Redaktion</a></span></span></div>
  </header>
  <div class="post-thumbnail"><figure class="wp-caption"><img width="1200" height="675" src="/wp-content/uploads/2025/08/spatenstich-waermepumpe.jpg" alt=""><figcaption class="wp-caption-text">Spatenstich am Warnowufer. Foto: Stadtwerke Rostock AG</figcaption></figure></div>
  <div class="entry-content">
{body_html(B, "<strong>ROSTOCK –</strong> ")}
  </div>
  <footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="/category/pressemitteilungen/" rel="category tag">Pressemitteilungen</a>, <a href="/category/energie/" rel="category tag">Energie</a></span><span class="tags-links">Schlagwörter: <a href="/tag/fernwaerme/" rel="tag">Fernwärme</a>, <a href="/tag/klimaschutz/" rel="tag">Klimaschutz</a>, <a href="/tag/waermewende/" rel="tag">Wärmewende</a></span></footer>
  <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Teilen mit:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-linkedin" href="#">LinkedIn</a></li><li><a class="share-jetpack-whatsapp" href="#">WhatsApp</a></li></ul></div>
</article>
<nav class="navigation post-navigation" aria-label="Beiträge"><h2 class="screen-reader-text">Beitragsnavigation</h2><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav">Vorheriger Beitrag</span> Neue Ladesäulen in Lütten Klein</a></div><div class="nav-next"><a href="#" rel="next"><span class="meta-nav">Nächster Beitrag</span> Trinkwasser: Spülarbeiten in Dierkow</a></div></div></nav>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_search"><form role="search" class="search-form"><input type="search" placeholder="Suche …"></form></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="#">Neue Ladesäulen in Lütten Klein</a></li><li><a href="#">Fernwärmepreise ab Oktober</a></li></ul></section>
  <section class="widget widget_archive"><h2 class="widget-title">Archiv</h2><ul><li><a href="#">August 2025</a></li><li><a href="#">Juli 2025</a></li><li><a href="#">Juni 2025</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2025 Stadtwerke Rostock AG · Schmarler Damm 5 · 18069 Rostock · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></div></footer>
</div>
</body>
</html>
"""
add("h03-stadtwerke-rostock-waermepumpe.html", "utf-8", H, B, {
    "title": "Großwärmepumpe am Warnowufer: Stadtwerke starten Bau",
    # amended: the tags are categories (README)
    "subtitle": None, "kicker": None, "categories": ["Pressemitteilungen", "Energie", "Fernwärme", "Klimaschutz", "Wärmewende"],
    "date": "2025-08-26", "place": "Rostock",
    "speakers": [
        sp("Jana Vierkant", "Vorstandsvorsitzende der Stadtwerke Rostock AG", [
            "Mit der Wärmepumpe ersetzen wir einen großen Teil des Erdgases, das wir heute noch für die Fernwärme einsetzen",
            "Das ist ambitioniert, aber machbar",
            "Die Genehmigung liegt vor, die Aufträge sind vergeben."], org="Stadtwerke Rostock AG"),
        sp("Thore Albrecht", "Klimaschutzbeauftragter der Hanse- und Universitätsstadt Rostock", [
            "Die Wärmepumpe ist ein zentraler Baustein unserer kommunalen Wärmeplanung. Ohne sie wäre das Ziel, bis 2035 klimaneutral zu heizen, kaum zu erreichen"],
           org="Hanse- und Universitätsstadt Rostock"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-03", "2025-09-13", "2026", "2027-01-01", "2035"],
    "body_must_not_contain": ["ROSTOCK –", "Schlagwörter", "Teilen mit", "Neueste Beiträge", "Vorheriger Beitrag", "Foto: Stadtwerke Rostock", "Cookies", "Schmarler Damm", "Zum Inhalt springen", "Veröffentlicht in"],
    "body_must_contain": ["Großwärmepumpe am Warnowufer begonnen", "der Regelbetrieb ist ab dem 1. Januar 2027 vorgesehen", "zwischen Holzhalbinsel und Petribrücke geöffnet"],
    "notes": [
        "The dateline is written 'ROSTOCK –' in capitals; place given in normal spelling 'Rostock'.",
        "Publication date is the 'published' time (2025-08-26), not the 'updated' one (2025-08-28) nor the archive widget months.",
        "Categories are the cat-links; the tags (Fernwärme, Klimaschutz, Wärmewende) are keywords and are left out of categories.",
        "Vierkant's second quote is attributed by the pronoun 'sagte sie'; the third continues in the same paragraph without a speech verb.",
        "„Effiziente Wärmenetze“ is a programme name, not a quote.",
        "'im Herbst 2026' is given as the year 2026; 'bis 2035' inside Albrecht's quote is a mentioned year.",
    ],
})

# =================================================================== h04 Landkreis Emsland (Drupal)
B = [
    P("Der Zweckverband „Breitband Ems-Vechte“ hat sich am Mittwoch im Kreishaus konstituiert. Gegründet haben ihn die Landkreise Emsland und Grafschaft Bentheim gemeinsam mit zehn Städten und Gemeinden. Der Verband soll den Glasfaserausbau dort übernehmen, wo private Unternehmen nicht investieren."),
    P("„Wir haben im Emsland inzwischen eine sehr gute Versorgung, aber gerade die Außenbereiche fallen immer wieder durchs Raster“, so Landrat Heiner Kortmann. Er wurde zum ersten Verbandsvorsitzenden gewählt."),
    P("Seine Stellvertreterin ist die Landrätin der Grafschaft Bentheim, Dr. Imke Haverkamp. „Funklöcher und Glasfaserlücken halten sich nicht an Kreisgrenzen“, sagte Haverkamp. „Deshalb war für uns von Anfang an klar, dass wir das gemeinsam angehen.“ Der Verband werde zunächst mit vier Beschäftigten starten."),
    HD("Mitglieder des Zweckverbandes"),
    UL("Landkreis Emsland", "Landkreis Grafschaft Bentheim", "Stadt Meppen", "Stadt Lingen (Ems)", "Stadt Haselünne",
       "Stadt Nordhorn", "Stadt Neuenhaus", "Gemeinde Emsbüren", "Gemeinde Geeste", "Gemeinde Twist",
       "Gemeinde Wietmarschen", "Gemeinde Rhede (Ems)"),
    P("Die Samtgemeinden Lathen und Sögel haben angekündigt, im ersten Halbjahr 2025 beizutreten."),
    P("Zu den ersten Aufgaben des Verbandes gehören:"),
    UL("eine kreisübergreifende Bestandsaufnahme aller unterversorgten Adressen",
       "die Vorbereitung eines gemeinsamen Förderantrags beim Bund",
       "der Aufbau einer Beratungsstelle für Bürgerinnen und Bürger"),
    P("Die Verbandssatzung war am 1. November 2024 im Amtsblatt für den Landkreis Emsland veröffentlicht worden. Die erste ordentliche Verbandsversammlung ist für März 2025 geplant."),
]
H = f"""<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Zweckverband soll letzte Glasfaserlücken schließen | Landkreis Emsland</title>
</head>
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="eu-cookie-compliance-content"><div class="eu-cookie-compliance-message"><p>Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.</p></div><div class="eu-cookie-compliance-buttons"><button class="agree-button">Zustimmen</button><button class="decline-button">Ablehnen</button></div></div></div>
<header class="region region-header"><div id="block-sitebranding"><a href="/" rel="home">Landkreis Emsland</a></div>
<nav id="block-hauptnavigation" class="menu--main"><ul class="menu"><li>Bürgerservice</li><li>Kreisverwaltung</li><li>Politik</li><li>Wirtschaft</li><li>Aktuelles</li></ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Startseite</a></li><li><a href="/aktuelles">Aktuelles</a></li><li><a href="/aktuelles/presse">Pressemitteilungen</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article data-history-node-id="18734" class="node node--type-news node--view-mode-full">
  <div class="field field--name-field-spitzmarke field--type-string field--label-hidden field__item">Breitbandausbau</div>
  <h1 class="page-title"><span class="field field--name-title field--type-string">Zweckverband soll letzte Glasfaserlücken schließen</span></h1>
  <div class="field field--name-field-teaser-text field--type-string-long field--label-hidden field__item">Landkreise Emsland und Grafschaft Bentheim gründen mit zehn Kommunen gemeinsamen Verband</div>
  <div class="node__meta">
    <div class="field field--name-field-datum field--type-datetime field--label-hidden field__item"><time datetime="2024-11-21T10:00:00Z">21.11.2024</time></div>
    <div class="field field--name-field-rubrik field--type-entity-reference field--label-inline"><div class="field__label">Rubrik</div><div class="field__items"><div class="field__item"><a href="/rubrik/pressemitteilung">Pressemitteilung</a></div><div class="field__item"><a href="/rubrik/digitales">Digitales</a></div></div></div>
  </div>
  <div class="field field--name-field-bild field--type-image"><img src="/sites/default/files/styles/large/public/2024-11/gruendung-zv.jpg" alt="Gründungsversammlung"><div class="field field--name-field-bildunterschrift">Gründungsversammlung im Kreishaus in Meppen. Foto: Landkreis Emsland</div></div>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{body_html(B, "Meppen – ")}
  </div>
  <div class="field field--name-field-social-share"><span>Seite teilen:</span> <a href="#">Facebook</a> <a href="#">Instagram</a> <a href="#">E-Mail</a></div>
</article>
</div>
<aside class="region region-sidebar-second">
  <div class="block block-kontakt"><h2>Pressestelle</h2><p>Landkreis Emsland<br>Pressesprecher<br>Telefon 05931 44-1200<br>pressestelle@emsland.invalid</p></div>
  <div class="block block-views"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="#">Kreistag beschließt Haushalt 2025</a></li><li><a href="#">Neue Buslinie zwischen Sögel und Papenburg</a></li></ul></div>
</aside>
</main>
<footer class="region region-footer"><p>Landkreis Emsland · Ordeniederung 1 · 49716 Meppen</p><ul class="menu"><li>Impressum</li><li>Datenschutz</li><li>Barrierefreiheit</li><li>Leichte Sprache</li></ul></footer>
</div>
</body>
</html>
"""
add("h04-emsland-zv-breitband.html", "utf-8", H, B, {
    "title": "Zweckverband soll letzte Glasfaserlücken schließen",
    "subtitle": "Landkreise Emsland und Grafschaft Bentheim gründen mit zehn Kommunen gemeinsamen Verband",
    "kicker": "Breitbandausbau", "categories": ["Pressemitteilung", "Digitales"],
    "date": "2024-11-21", "place": "Meppen",
    "speakers": [
        sp("Heiner Kortmann", "Landrat", [
            "Wir haben im Emsland inzwischen eine sehr gute Versorgung, aber gerade die Außenbereiche fallen immer wieder durchs Raster"]),
        sp("Dr. Imke Haverkamp", "Landrätin der Grafschaft Bentheim", [
            "Funklöcher und Glasfaserlücken halten sich nicht an Kreisgrenzen",
            "Deshalb war für uns von Anfang an klar, dass wir das gemeinsam angehen."],
           org="Grafschaft Bentheim", honorific="Dr."),
    ],
    "member_lists": [{"label": "Mitglieder des Zweckverbandes", "members": members(
        ("Emsland", "Landkreis"), ("Grafschaft Bentheim", "Landkreis"), ("Meppen", "Stadt"), ("Lingen (Ems)", "Stadt"),
        ("Haselünne", "Stadt"), ("Nordhorn", "Stadt"), ("Neuenhaus", "Stadt"), ("Emsbüren", "Gemeinde"),
        ("Geeste", "Gemeinde"), ("Twist", "Gemeinde"), ("Wietmarschen", "Gemeinde"), ("Rhede (Ems)", "Gemeinde"))}],
    "mentioned_dates": ["2024-11-01", "2025", "2025-03"],
    "body_must_not_contain": ["Direkt zum Inhalt", "Cookies", "Foto: Landkreis Emsland", "Seite teilen", "Das könnte Sie auch interessieren", "Ordeniederung", "Kreistag beschließt Haushalt", "Rubrik"],
    "body_must_contain": ["hat sich am Mittwoch im Kreishaus konstituiert", "- Gemeinde Rhede (Ems)", "- die Vorbereitung eines gemeinsamen Förderantrags beim Bund"],
    "notes": [
        "Kicker from the Drupal field 'field-spitzmarke' above the title; subtitle from 'field-teaser-text'.",
        "Member names are given without the kind word ('Landkreis Emsland' -> name 'Emsland', kind 'Landkreis'), as in the reference record; the body keeps the list items as written.",
        "The text says two Landkreise plus ten Städte und Gemeinden: the list has 2 + 5 + 5 = 12 entries, consistent.",
        "The Samtgemeinden Lathen and Sögel only announced their accession: not members. The task list is not a member list.",
        "„Breitband Ems-Vechte“ is the body's name, not a quote. 'Der Verband werde …' is indirect speech.",
        "Haverkamp's role is written before her name ('die Landrätin der Grafschaft Bentheim, Dr. Imke Haverkamp'); organisation taken from the role.",
        "'im ersten Halbjahr 2025' is given as 2025; 'am Mittwoch' is relative.",
    ],
})

# =================================================================== h05 Polizeidirektion Zwickau
B = [
    P("Beamte des Polizeireviers Werdau haben in der vergangenen Woche an fünf Grundschulen im Landkreis Zwickau den Verkehr kontrolliert. Anlass ist die Aktion „Sicherer Schulweg“, die die Polizeidirektion Zwickau seit 2019 jeweils nach den Herbstferien durchführt."),
    P("Die Bilanz: 41 Verstöße. In 17 Fällen waren Kinder nicht oder nicht richtig gesichert, 19 Fahrzeugführer waren zu schnell unterwegs, fünf telefonierten während der Fahrt mit dem Handy."),
    P("„Es sind nach wie vor die Eltern selbst, die vor den Schulen die größte Gefahr darstellen“, sagte ein Sprecher der Polizeidirektion."),
    P("Revierleiterin Doreen Lasch appellierte an die Eltern, ihre Kinder die letzten Meter zu Fuß gehen zu lassen. „Jedes Auto weniger vor dem Schultor macht den Weg für alle sicherer“, so Lasch."),
    P("Verstöße gegen die Sicherungspflicht nach der „Straßenverkehrs-Ordnung“ werden mit einem Bußgeld ab 30 Euro geahndet. Die Kontrollen werden fortgesetzt, nächster Schwerpunkt ist die Woche vom 4. bis 8. November 2024."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Medieninformation 612/2024 - Polizei Sachsen</title>
</head>
<body>
<div class="consent-banner" role="region" aria-label="Hinweis zu Cookies"><p>Diese Seite verwendet nur technisch notwendige Cookies.</p><a href="#" class="btn">OK</a></div>
<header class="polsax-header">
  <div class="polsax-logo"><img src="/img/polizei-sachsen.svg" alt="Polizei Sachsen"></div>
  <nav class="polsax-nav"><ul><li>Startseite</li><li>Dienststellen</li><li>Onlinewache</li><li>Fahndung</li><li>Prävention</li><li>Karriere</li></ul></nav>
</header>
<nav class="polsax-breadcrumb">Startseite › Polizeidirektion Zwickau › Medieninformationen</nav>
<div class="polsax-main">
<article class="medieninfo">
  <header>
    <p class="medieninfo__meta">Medieninformation 612/2024 | 25.10.2024</p>
    <span class="medieninfo__topline">Verkehr</span>
    <h1>Schwerpunktkontrollen an Schulwegen: 41 Verstöße festgestellt</h1>
  </header>
  <div class="medieninfo__text">
{body_html(B, "Werdau – ")}
  </div>
  <footer class="medieninfo__footer">
    <div class="kontakt"><strong>Kontakt</strong><br>Polizeidirektion Zwickau<br>Pressestelle<br>Telefon: 0375 428-4404<br>E-Mail: presse.pd-z@polizei.sachsen.invalid</div>
    <p class="hinweis">Medieninformation herunterladen (PDF, 92 KB) · <a href="#">Druckversion</a></p>
  </footer>
</article>
<aside class="polsax-aside"><h2>Weitere Medieninformationen</h2><ul><li>24.10.2024 – Einbruch in Gartenlaube in Crimmitschau</li><li>23.10.2024 – Unfall auf der B 93 bei Mülsen</li></ul><h2>Notruf</h2><p>Im Notfall: 110</p></aside>
</div>
<footer class="polsax-footer"><p>© Polizei Sachsen</p><p>Impressum · Datenschutz · Barrierefreiheit · Kontakt</p></footer>
</body>
</html>
"""
add("h05-polizei-zwickau-schulweg.html", "utf-8", H, B, {
    "title": "Schwerpunktkontrollen an Schulwegen: 41 Verstöße festgestellt",
    "subtitle": None, "kicker": "Verkehr", "categories": ["Medieninformation"],
    "date": "2024-10-25", "place": "Werdau",
    "speakers": [
        sp("Doreen Lasch", "Revierleiterin", ["Jedes Auto weniger vor dem Schultor macht den Weg für alle sicherer"]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2019", "2024-11-04", "2024-11-08"],
    "expect_warning": True,
    "body_must_not_contain": ["Medieninformation 612/2024", "Pressestelle", "0375 428-4404", "Druckversion", "Weitere Medieninformationen", "Crimmitschau", "Cookies", "Im Notfall"],
    "body_must_contain": ["Anlass ist die Aktion „Sicherer Schulweg“", "19 Fahrzeugführer waren zu schnell unterwegs", "nächster Schwerpunkt ist die Woche vom 4. bis 8. November 2024"],
    "notes": [
        "The quote of 'ein Sprecher der Polizeidirektion' has no named speaker: kept out of speakers, expect a warning.",
        "'Verkehr' above the h1 is the kicker; the document type 'Medieninformation' (with its number) is taken as the category.",
        "„Sicherer Schulweg“ (campaign) and „Straßenverkehrs-Ordnung“ (regulation) are names, not quotes.",
        "Both ends of the range 'vom 4. bis 8. November 2024' are listed as mentioned dates.",
        "'in der vergangenen Woche' is relative.",
    ],
})

# =================================================================== h06 Halle (Saale)
B = [
    P("Im Festsaal des Stadthauses hat die Stadt am Mittwochabend zum zwölften Mal ihre Ehrenamtspreise verliehen. Ausgezeichnet wurden sechs Vereine und Initiativen, die sich in besonderer Weise für das Zusammenleben in der Stadt einsetzen."),
    P("»Ohne die vielen Ehrenamtlichen würde in unserer Stadt vieles stillstehen«, sagte Bürgermeisterin Dr. Ruth Gansauge in ihrer Laudatio. »Sie geben Halle ein freundliches Gesicht.«"),
    P("Die Preisträger sind:"),
    UL("Nachbarschaftsverein Silberhöhe e. V. (Kategorie Nachbarschaft)",
       "SV Saalekicker 1998 e. V. (Kategorie Sport)",
       "Initiative „Leselust Neustadt“ (Kategorie Bildung)",
       "Förderverein Stadtteilbibliothek Heide-Nord (Kategorie Bildung)",
       "Chor „Saalestimmen“ (Kategorie Kultur)",
       "Tafel-Fahrdienst Halle-Ost (Sonderpreis der Jury)"),
    P("„Die Auswahl ist uns in diesem Jahr besonders schwergefallen. 74 Vorschläge sind eingegangen, so viele wie nie zuvor“, sagte Matthias Krug, Geschäftsführer der Freiwilligen-Agentur Halle-Saalkreis und Vorsitzender der Jury."),
    P("Krug regte an, das Preisgeld künftig zu erhöhen. Viele kleine Vereine seien auf jeden Euro angewiesen."),
    P("Die Preise sind mit jeweils 1.500 Euro dotiert. Vorschläge für das kommende Jahr können bis zum 31. Januar 2025 eingereicht werden. Erstmals war der Preis im Jahr 2013 vergeben worden."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hallesche Ehrenamtspreise an sechs Vereine und Initiativen verliehen | Stadt Halle (Saale)</title>
<meta property="og:type" content="article">
</head>
<body class="layout-article">
<div id="cmp" class="cmp-overlay"><div class="cmp-box"><h2>Datenschutzeinstellungen</h2><p>Wir setzen auf unserer Website Cookies und externe Dienste (z. B. Videos) ein. Sie entscheiden, welche Sie zulassen.</p><button>Alle akzeptieren</button><button>Nur notwendige</button></div></div>
<header class="site-header">
  <div class="brand"><a href="/"><img src="/assets/halle-logo.svg" alt="Stadt Halle (Saale) – Händelstadt"></a></div>
  <nav class="nav-main"><ul><li>Verwaltung</li><li>Leben in Halle</li><li>Kultur &amp; Tourismus</li><li>Wirtschaft &amp; Wissenschaft</li></ul></nav>
  <div class="readspeaker"><a href="#">Diese Seite vorlesen</a></div>
</header>
<div class="wrapper">
<main class="main">
 <div class="article-meta"><span class="article-date">04.04.2024</span> · <span class="article-type">Pressemitteilung</span></div>
 <header class="article-header">
  <span class="kicker">Ehrenamt</span>
  <h1>Hallesche Ehrenamtspreise an sechs Vereine und Initiativen verliehen</h1>
  <p class="lead">Jury würdigt Engagement in Nachbarschaft, Sport und Kultur</p>
 </header>
 <figure class="article-image"><img src="/media/ehrenamtspreis-2024.jpg" alt="Gruppenbild"><figcaption>Die Preisträgerinnen und Preisträger mit Bürgermeisterin Dr. Ruth Gansauge (3. v. l.). <span class="credit">Foto: Stadt Halle (Saale)/Thomas Ziegler</span></figcaption></figure>
 <div class="article-body">
{body_html(B, "<strong>Halle (Saale), 4. April 2024.</strong> ")}
 </div>
 <div class="article-tools"><a href="#">Artikel teilen</a> <a href="#">Per E-Mail versenden</a> <a href="#">Zurück zur Übersicht</a></div>
</main>
<aside class="related"><h2>Auch interessant</h2><ul><li><a href="#">Freiwilligentag 2024: Jetzt Projekte anmelden</a></li><li><a href="#">Ehrenamtskarte: Neue Partner in der Innenstadt</a></li></ul></aside>
</div>
<footer class="site-footer"><p>Stadt Halle (Saale) · Marktplatz 1 · 06108 Halle (Saale)</p><p>Impressum · Datenschutz · Barrierefreiheit · Kontakt</p></footer>
</body>
</html>
"""
add("h06-halle-ehrenamtspreis.html", "utf-8", H, B, {
    "title": "Hallesche Ehrenamtspreise an sechs Vereine und Initiativen verliehen",
    "subtitle": "Jury würdigt Engagement in Nachbarschaft, Sport und Kultur",
    "kicker": "Ehrenamt", "categories": ["Pressemitteilung"],
    "date": "2024-04-04", "place": "Halle (Saale)",
    "speakers": [
        sp("Dr. Ruth Gansauge", "Bürgermeisterin", [
            "Ohne die vielen Ehrenamtlichen würde in unserer Stadt vieles stillstehen",
            "Sie geben Halle ein freundliches Gesicht."], honorific="Dr."),
        sp("Matthias Krug", "Geschäftsführer der Freiwilligen-Agentur Halle-Saalkreis und Vorsitzender der Jury", [
            "Die Auswahl ist uns in diesem Jahr besonders schwergefallen. 74 Vorschläge sind eingegangen, so viele wie nie zuvor"],
           org="Freiwilligen-Agentur Halle-Saalkreis"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2013", "2025-01-31"],
    "body_must_not_contain": ["Halle (Saale), 4. April 2024.", "Foto: Stadt Halle", "3. v. l.", "Diese Seite vorlesen", "Artikel teilen", "Auch interessant", "Marktplatz 1", "Cookies"],
    "body_must_contain": ["zum zwölften Mal ihre Ehrenamtspreise verliehen", "- Tafel-Fahrdienst Halle-Ost (Sonderpreis der Jury)", "Erstmals war der Preis im Jahr 2013 vergeben worden."],
    "notes": [
        "Dateline 'Halle (Saale), 4. April 2024.' gives place and the same date as the meta line; it is not a mentioned date.",
        "Gansauge's quotes use »…« marks; the second continues in the same paragraph.",
        "The list of award winners is not a member list; „Leselust Neustadt“ and „Saalestimmen“ are names.",
        "'Viele kleine Vereine seien …' is indirect speech.",
        "The photo caption (with the Bürgermeisterin's name) is not body text.",
    ],
})

# =================================================================== h07 Handwerkskammer Niederbayern-Oberpfalz (portal)
B = [
    P("Die Zahl der neuen Ausbildungsverträge im Handwerk in Niederbayern und der Oberpfalz ist weiter gestiegen. Bis zum Stichtag 30. Juni 2025 wurden bei der Handwerkskammer Niederbayern-Oberpfalz 3.412 neue Lehrverträge eingetragen, 4,6 Prozent mehr als im Vorjahreszeitraum."),
    P("„Das Handwerk ist für junge Leute so attraktiv wie lange nicht“, sagte Franziska Aigner, Präsidentin der Handwerkskammer Niederbayern-Oberpfalz. Die Betriebe hätten ihre Anstrengungen bei der Nachwuchswerbung deutlich verstärkt."),
    P("Nach wie vor sind aber viele Lehrstellen unbesetzt: In der Lehrstellenbörse der Kammer sind derzeit noch 1.260 freie Plätze gemeldet. „Wer jetzt noch sucht, hat beste Chancen – auch für einen Ausbildungsbeginn im Oktober oder November“, so Hauptgeschäftsführer Dr. Lukas Pemmerl."),
    HD("Die beliebtesten Ausbildungsberufe"),
    UL("Elektroniker/-in (412 Verträge)",
       "Kfz-Mechatroniker/-in (398 Verträge)",
       "Anlagenmechaniker/-in für Sanitär-, Heizungs- und Klimatechnik (276 Verträge)",
       "Friseur/-in (151 Verträge)"),
    P("Aigner verwies auch auf die Kampagne der Kammer in sozialen Netzwerken, die seit Februar 2024 läuft: „Wir gehen dahin, wo die Jugendlichen sind. Und das ist nun mal das Smartphone.“"),
    P("Wer nach der Lehre die Meisterprüfung ablegt, kann den „Meisterbonus“ des Freistaats Bayern erhalten. Die nächste Ausbildungsmesse „Handwerk live“ findet am 27. September 2025 im Berufsbildungs- und Technologiezentrum Straubing statt."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ausbildungsbilanz: Handwerk in Ostbayern legt bei neuen Lehrverträgen zu – HWK Niederbayern-Oberpfalz</title>
</head>
<body class="hwk-portal">
<div class="usercentrics-root" id="uc-banner"><div class="uc-text">Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.</div><button>Akzeptieren</button><button>Ablehnen</button><button>Einstellungen</button></div>
<header class="portal-header">
  <div class="portal-logo">Handwerkskammer Niederbayern-Oberpfalz</div>
  <nav class="portal-nav"><ul><li>Ausbildung</li><li>Meister &amp; Weiterbildung</li><li>Beratung</li><li>Betriebsbörse</li><li>Presse</li></ul></nav>
  <form class="portal-search"><input type="text" placeholder="Suchbegriff eingeben"></form>
</header>
<nav class="portal-breadcrumb" aria-label="Breadcrumb"><a href="/">Startseite</a> › <a href="/presse">Presse</a> › <a href="/presse/pressemitteilungen">Pressemitteilungen</a></nav>
<div class="portal-content">
<section class="pressemitteilung">
  <div class="pm-meta"><span class="pm-typ">Pressemitteilung</span> · <span class="pm-datum">17.07.2025</span></div>
  <h1>Ausbildungsbilanz: Handwerk in Ostbayern legt bei neuen Lehrverträgen zu</h1>
  <h2 class="pm-subline">Besonders gefragt: Elektroniker, Kfz-Mechatroniker und Anlagenmechaniker</h2>
  <div class="pm-text">
{body_html(B)}
  <p class="pm-zeichen">(2.314 Zeichen)</p>
  </div>
  <div class="pm-bild"><h3>Bildmaterial</h3><p>Auszubildende im Berufsbildungs- und Technologiezentrum Straubing. Foto: HWK Niederbayern-Oberpfalz (Abdruck honorarfrei)</p></div>
  <div class="pm-kontakt"><h3>Pressekontakt</h3><p>Stefanie Wurm<br>Referat Presse und Kommunikation<br>Telefon 0941 7965-118<br>presse@hwkno.invalid</p></div>
  <div class="pm-tools"><a href="#">Drucken</a> · <a href="#">Als PDF herunterladen</a> · <a href="#">Teilen</a></div>
</section>
<aside class="portal-aside"><h3>Weitere Pressemitteilungen</h3><ul><li>10.07.2025 – Meisterfeier in Regensburg: 612 neue Meister</li><li>02.07.2025 – Konjunkturumfrage: Bau schwächelt</li></ul><h3>Termine</h3><ul><li>27.09.2025 Handwerk live, Straubing</li></ul></aside>
</div>
<footer class="portal-footer"><p>Handwerkskammer Niederbayern-Oberpfalz · Ditthornstraße 10 · 93055 Regensburg</p><p>Impressum | Datenschutz | Hinweisgeberschutz | Kontakt</p></footer>
</body>
</html>
"""
add("h07-hwk-niederbayern-ausbildung.html", "utf-8", H, B, {
    "title": "Ausbildungsbilanz: Handwerk in Ostbayern legt bei neuen Lehrverträgen zu",
    "subtitle": "Besonders gefragt: Elektroniker, Kfz-Mechatroniker und Anlagenmechaniker",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2025-07-17", "place": None,
    "speakers": [
        sp("Franziska Aigner", "Präsidentin der Handwerkskammer Niederbayern-Oberpfalz", [
            "Das Handwerk ist für junge Leute so attraktiv wie lange nicht",
            "Wir gehen dahin, wo die Jugendlichen sind. Und das ist nun mal das Smartphone."],
           org="Handwerkskammer Niederbayern-Oberpfalz"),
        sp("Dr. Lukas Pemmerl", "Hauptgeschäftsführer", [
            "Wer jetzt noch sucht, hat beste Chancen – auch für einen Ausbildungsbeginn im Oktober oder November"],
           honorific="Dr."),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-02", "2025-06-30", "2025-09-27"],
    "body_must_not_contain": ["(2.314 Zeichen)", "Zeichen)", "Pressekontakt", "Stefanie Wurm", "Bildmaterial", "Abdruck honorarfrei", "Weitere Pressemitteilungen", "Ditthornstraße", "Cookies", "Startseite › Presse"],
    "body_must_contain": ["3.412 neue Lehrverträge eingetragen", "Die beliebtesten Ausbildungsberufe", "- Friseur/-in (151 Verträge)"],
    "notes": [
        "No dateline and no place anywhere: place null.",
        "The h2 under the h1 is the subtitle; 'Die beliebtesten Ausbildungsberufe' is an in-body heading.",
        "Aigner's second quote follows a colon ('…, die seit Februar 2024 läuft: „…“') with her surname as subject of the sentence.",
        "'Die Betriebe hätten …' is indirect speech. „Meisterbonus“ and „Handwerk live“ are names.",
        "The list of professions is not a member list. '(2.314 Zeichen)' is a character-count line, not body text.",
        "'im Oktober oder November' (inside Pemmerl's quote) has no year: no mentioned date.",
    ],
})

# =================================================================== h08 Gemeinde Nottuln (table layout, windows-1252, no date)
B = [
    P("Die Gemeinde Nottuln lädt alle Bürgerinnen und Bürger herzlich zu einer Bürgerversammlung ein. Vorgestellt werden die drei Siegerentwürfe des städtebaulichen Wettbewerbs „Mitte für alle“ für die Neugestaltung der Ortsmitte rund um den Stiftsplatz."),
    P("<b>Termin:</b> Donnerstag, 14. November 2024, 19.00 Uhr"),
    P("<b>Ort:</b> Ratssaal im Rathaus, Stiftsplatz 7/8"),
    P("\"Die Ortsmitte ist das Wohnzimmer unserer Gemeinde. Deshalb wollen wir die Entscheidung nicht im stillen Kämmerlein treffen\", sagt Bürgermeisterin Annegret Schulze Hülshorst."),
    P("Die Entwürfe sehen unter anderem einen autofreien Stiftsplatz, mehr Bäume und einen überdachten Wochenmarkt vor. Nach Angaben der Verwaltung sei eine Umsetzung frühestens ab 2026 möglich. Das Preisgeld von insgesamt 60.000 € hat der Rat im Haushalt bereitgestellt."),
    P("Die Pläne sind vom 4. bis 15. November 2024 zudem im Foyer des Rathauses ausgestellt. Anregungen können bis zum 29. November 2024 schriftlich oder per E-Mail eingereicht werden."),
    P("Der Wettbewerb war im Februar 2024 vom Rat der Gemeinde beschlossen worden. Teilgenommen hatten 14 Planungsbüros – darunter drei aus den Niederlanden."),
]
H = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Gemeinde Nottuln - Bürgerversammlung zur neuen Ortsmitte</title>
<link rel="stylesheet" type="text/css" href="/css/nottuln.css">
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr>
 <td colspan="2" class="kopf"><h1>Gemeinde Nottuln</h1><span class="claim">Leben im Herzen der Baumberge</span></td>
</tr>
<tr>
 <td colspan="2" class="pfad">Sie sind hier: <a href="/">Startseite</a> &gt; <a href="/aktuelles">Aktuelles</a> &gt; Bürgerversammlung zur neuen Ortsmitte</td>
</tr>
<tr>
 <td width="200" valign="top" class="navi">
  <a href="/rathaus">Rathaus</a><br>
  <a href="/buergerservice">Bürgerservice</a><br>
  <a href="/aktuelles">Aktuelles</a><br>
  <a href="/ortsrecht">Ortsrecht</a><br>
  <a href="/tourismus">Tourismus &amp; Freizeit</a><br>
  <a href="/wirtschaft">Wirtschaft</a><br>
  <br>
  <b>Öffnungszeiten Rathaus</b><br>
  Mo–Fr 8.00–12.30 Uhr<br>
  Do 14.00–17.30 Uhr
 </td>
 <td valign="top" class="inhalt">
  <h2>Bürgerversammlung zur neuen Ortsmitte</h2>
{body_html(B)}
  <p class="tools"><a href="?print=1">Druckversion</a> | <a href="/aktuelles">zurück</a> | <a href="#top">nach oben</a></p>
 </td>
</tr>
<tr>
 <td colspan="2" class="fuss">Gemeinde Nottuln | Stiftsplatz 7/8 | 48301 Nottuln | Telefon 02502 942-0 | <a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a></td>
</tr>
</table>
</body>
</html>
"""
add("h08-nottuln-buergerversammlung.html", "cp1252", H, B, {
    "title": "Bürgerversammlung zur neuen Ortsmitte",
    "subtitle": None, "kicker": None, "categories": [],
    "date": None, "place": None,
    "speakers": [
        sp("Annegret Schulze Hülshorst", "Bürgermeisterin", [
            "Die Ortsmitte ist das Wohnzimmer unserer Gemeinde. Deshalb wollen wir die Entscheidung nicht im stillen Kämmerlein treffen"],
           given="Annegret", surname="Schulze Hülshorst"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-02", "2024-11-04", "2024-11-14", "2024-11-15", "2024-11-29", "2026"],
    "body_must_not_contain": ["Sie sind hier", "Druckversion", "Öffnungszeiten Rathaus", "Leben im Herzen der Baumberge", "02502 942-0", "nach oben", "Gemeinde Nottuln |"],
    "body_must_contain": ["Termin: Donnerstag, 14. November 2024, 19.00 Uhr", "Das Preisgeld von insgesamt 60.000 € hat der Rat im Haushalt bereitgestellt.", "Teilgenommen hatten 14 Planungsbüros – darunter drei aus den Niederlanden."],
    "notes": [
        "Encoded windows-1252 as declared in the http-equiv meta.",
        "Table layout, no <main>/<article>. The site name is the <h1> ('Gemeinde Nottuln'); the article headline is the <h2> in the content cell.",
        "The page states no publication date: date null. 14. November 2024 is the date of the event and a mentioned date only.",
        "The quote uses straight ASCII double quotes.",
        "„Mitte für alle“ is the competition's name. 'Nach Angaben der Verwaltung sei …' is indirect speech.",
        "'Aktuelles' appears only in the breadcrumb/navigation: no category.",
        "The Termin/Ort lines are body paragraphs (the invitation's facts), bold labels dropped to plain text.",
    ],
})

# =================================================================== h09 Amt Britz-Chorin-Oderberg (ISO-8859-15, Erstellt-meta)
B = [
    P("Bis zum Herbst 2026 sollen sämtliche rund 2.300 Straßenleuchten im Amt Britz-Chorin-Oderberg auf sparsame LED-Technik umgestellt sein. Den Auftrag für die Umrüstung hat der Amtsausschuss in seiner Sitzung am 10. Juni 2025 vergeben."),
    P("Zum Amt gehören die Gemeinden Britz, Chorin, Hohenfinow, Liepe, Lunow-Stolzenhagen, Niederfinow und Parsteinsee sowie die Stadt Oderberg. Alle acht Kommunen hatten sich zuvor in ihren Vertretungen für das gemeinsame Vorhaben ausgesprochen."),
    P("»Gemeinsam bekommen wir deutlich bessere Preise, als wenn jede Gemeinde allein ausschreibt«, erklärte Amtsdirektorin Kathrin Möbius. Die Kosten von rund 1,4 Mio. € würden zu 40 Prozent über die Kommunalrichtlinie des Bundes gefördert."),
    P("Auch Lutz Drewitz, Bürgermeister der Gemeinde Chorin und Vorsitzender des Amtsausschusses, begrüßte den Beschluss: »Das ist Klimaschutz, den die Menschen jeden Abend sehen können.«"),
    P("Die Arbeiten umfassen:"),
    UL("den Tausch der Leuchtenköpfe an allen Masten",
       "die Erneuerung von rund 180 schadhaften Masten",
       "den Einbau einer Nachtabsenkung zwischen 23 und 5 Uhr"),
    P("Begonnen wird im September 2025 in Oderberg und Liepe. Während der Arbeiten kann es zu kurzzeitigen Sperrungen einzelner Gehwege kommen. Über die Termine in den einzelnen Ortsteilen wird rechtzeitig im »Amtsblatt für das Amt Britz-Chorin-Oderberg« informiert."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="ISO-8859-15">
<title>Alle Straßenlaternen im Amtsgebiet werden auf LED umgerüstet - Amt Britz-Chorin-Oderberg</title>
</head>
<body class="artikel">
<div id="cookiehinweis">Diese Webseite verwendet Cookies. Mit der Nutzung der Seite erklären Sie sich damit einverstanden. <a href="/datenschutz">Mehr Informationen</a> <a href="#" class="schliessen">OK</a></div>
<div id="seite">
<div id="kopf"><img src="/bilder/wappen-bco.gif" alt="Wappen"> <span class="amtsname">Amt Britz-Chorin-Oderberg</span><br><span class="untertitel">Britz · Chorin · Hohenfinow · Liepe · Lunow-Stolzenhagen · Niederfinow · Oderberg · Parsteinsee</span></div>
<div id="menue"><ul><li><a href="/">Startseite</a></li><li><a href="/verwaltung">Verwaltung</a></li><li><a href="/gemeinden">Gemeinden</a></li><li><a href="/aktuelles">Aktuelles</a></li><li><a href="/amtsblatt">Amtsblatt</a></li></ul></div>
<div id="inhalt">
 <div class="beitrag">
  <h1 class="beitragstitel">Alle Straßenlaternen im Amtsgebiet werden auf LED umgerüstet</h1>
  <p class="beitragsinfo">Erstellt: 18.06.2025 | Kategorie: Umwelt, Verkehr | Zugriffe: 312</p>
  <p class="teaser"><strong>Amtsausschuss vergibt Auftrag - Stromverbrauch soll um rund 60 Prozent sinken</strong></p>
  <div class="beitragstext">
{body_html(B, "(Britz) ")}
  </div>
  <p class="beitragsende"><a href="javascript:print()">Seite drucken</a> | <a href="/aktuelles">Zurück zur Übersicht</a></p>
 </div>
</div>
<div id="rechts"><h3>Bürgerservice</h3><p>Sprechzeiten:<br>Di 9 bis 12 Uhr und 13 bis 18 Uhr<br>Do 9 bis 12 Uhr und 13 bis 15 Uhr</p><h3>Wichtige Rufnummern</h3><p>Zentrale: 03334 4576-0</p></div>
<div id="fuss">Amt Britz-Chorin-Oderberg · Eisenwerkstraße 11 · 16230 Britz · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></div>
</div>
</body>
</html>
"""
add("h09-amt-bco-led.html", "iso8859_15", H, B, {
    "title": "Alle Straßenlaternen im Amtsgebiet werden auf LED umgerüstet",
    "subtitle": "Amtsausschuss vergibt Auftrag - Stromverbrauch soll um rund 60 Prozent sinken",
    "kicker": None, "categories": ["Umwelt", "Verkehr"],
    "date": "2025-06-18", "place": "Britz",
    "speakers": [
        sp("Kathrin Möbius", "Amtsdirektorin", [
            "Gemeinsam bekommen wir deutlich bessere Preise, als wenn jede Gemeinde allein ausschreibt"]),
        sp("Lutz Drewitz", "Bürgermeister der Gemeinde Chorin und Vorsitzender des Amtsausschusses", [
            "Das ist Klimaschutz, den die Menschen jeden Abend sehen können."], org="Gemeinde Chorin"),
    ],
    "member_lists": [{"label": "Zum Amt gehören", "members": members(
        ("Britz", "Gemeinde"), ("Chorin", "Gemeinde"), ("Hohenfinow", "Gemeinde"), ("Liepe", "Gemeinde"),
        ("Lunow-Stolzenhagen", "Gemeinde"), ("Niederfinow", "Gemeinde"), ("Parsteinsee", "Gemeinde"), ("Oderberg", "Stadt"))}],
    "mentioned_dates": ["2025-06-10", "2025-09", "2026"],
    "body_must_not_contain": ["Erstellt:", "Zugriffe", "Seite drucken", "Cookies", "Sprechzeiten", "Eisenwerkstraße", "Wichtige Rufnummern", "Zurück zur Übersicht"],
    "body_must_contain": ["Zum Amt gehören die Gemeinden Britz, Chorin, Hohenfinow", "- die Erneuerung von rund 180 schadhaften Masten", "Begonnen wird im September 2025 in Oderberg und Liepe."],
    "notes": [
        "Encoded ISO-8859-15 as declared; the page uses »…« quotes and a plain hyphen because „“ and – do not exist in that charset.",
        "The date appears only in the meta line 'Erstellt: 18.06.2025 | Kategorie: Umwelt, Verkehr | Zugriffe: 312'; categories come from that line.",
        "Inline member enumeration: seven Gemeinden and one Stadt, matching 'Alle acht Kommunen'. The header line listing the same places is site chrome.",
        "The task list (Arbeiten umfassen) is not a member list.",
        "»Amtsblatt für das Amt Britz-Chorin-Oderberg« is the name of a publication in »« marks, not a quote.",
        "'Die Kosten … würden … gefördert' is indirect speech. 'Bis zum Herbst 2026' is given as 2026.",
    ],
})

# =================================================================== h10 Städte- und Gemeindebund NRW (Heute-ist banner, h2 kicker, table)
ROWS = [
    ("Stadt Bocholt", "Kreis Borken", "71.900"),
    ("Stadt Borken", "Kreis Borken", "42.800"),
    ("Gemeinde Raesfeld", "Kreis Borken", "11.700"),
    ("Stadt Coesfeld", "Kreis Coesfeld", "36.400"),
    ("Gemeinde Rosendahl", "Kreis Coesfeld", "10.900"),
    ("Stadt Greven", "Kreis Steinfurt", "38.000"),
    ("Gemeinde Saerbeck", "Kreis Steinfurt", "7.400"),
    ("Stadt Kleve", "Kreis Kleve", "53.100"),
    ("Gemeinde Kranenburg", "Kreis Kleve", "11.000"),
    ("Stadt Kamp-Lintfort", "Kreis Wesel", "38.900"),
    ("Gemeinde Alpen", "Kreis Wesel", "12.800"),
    ("Gemeinde Hünxe", "Kreis Wesel", "13.700"),
]
B = [
    P("Zwölf Städte und Gemeinden aus dem Münsterland und vom Niederrhein haben sich zur „Interkommunalen Arbeitsgemeinschaft Hitzeschutz“ zusammengeschlossen. Die Geschäftsstelle übernimmt der Städte- und Gemeindebund Nordrhein-Westfalen."),
    P("„Die Sommer 2018, 2019 und 2022 haben gezeigt, dass gerade kleinere Kommunen beim Hitzeschutz schnell an ihre Grenzen kommen“, sagte Hauptgeschäftsführerin Dr. Miriam Overbeck. „Kein Rathaus muss das Rad dabei neu erfinden.“"),
    P("Ziel sei es, bis zum Sommer 2025 in allen beteiligten Kommunen einen Hitzeaktionsplan vorzulegen. Der Verband stelle dafür Musterbausteine und Schulungen bereit."),
    TABLE("Mitglieder der Arbeitsgemeinschaft", ("Kommune", "Kreis", "Einwohner"), ROWS),
    P("Zum Sprecher der Arbeitsgemeinschaft wählten die Mitglieder den Bürgermeister der Gemeinde Raesfeld, Tobias Lensing. Er kündigte an, zunächst Kühlräume und Trinkwasserbrunnen in den Blick zu nehmen: „Wir fangen mit dem an, was schnell wirkt.“"),
    P("Weitere Kommunen können jederzeit beitreten. Das erste Arbeitstreffen findet am 22. Januar 2025 in Coesfeld statt."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Zwölf Kommunen gründen Arbeitsgemeinschaft Hitzeschutz | StGB NRW</title>
</head>
<body>
<div class="topbar"><span class="heute">Heute ist Mittwoch, 25. November 2026</span> <a href="/login" class="login">Mitglieder-Login</a> <a href="/intranet">Intranet</a></div>
<div class="cookiebar" id="cookiebar">Wir verwenden Cookies zur Reichweitenmessung. <a href="#">Einverstanden</a> <a href="#">Ablehnen</a></div>
<header class="kopf"><a href="/" class="logo">Städte- und Gemeindebund Nordrhein-Westfalen</a>
<nav class="hauptmenue"><ul><li>Der Verband</li><li>Fachgebiete</li><li>Presse</li><li>Publikationen</li><li>Termine</li></ul></nav></header>
<div class="seite">
<div class="spalte-inhalt">
 <div class="newsdetail">
  <p class="newsdetail-meta">Veröffentlicht am 21.11.2024 in <a href="/presse/pressemitteilungen">Pressemitteilungen</a></p>
  <h2 class="newsdetail-dachzeile">Klimaanpassung</h2>
  <h1 class="newsdetail-titel">Zwölf Kommunen gründen Arbeitsgemeinschaft Hitzeschutz</h1>
  <p class="newsdetail-teaser">Gemeinsame Hitzeaktionspläne und Erfahrungsaustausch – Geschäftsstelle beim Städte- und Gemeindebund</p>
  <div class="newsdetail-text">
{body_html(B, "<b>Düsseldorf.</b> ")}
  </div>
  <div class="newsdetail-funktionen"><a href="#">Als PDF speichern</a> · <a href="#">Weiterempfehlen</a> · <a href="/presse">Zur Übersicht</a></div>
 </div>
</div>
<div class="spalte-rechts">
 <div class="kasten"><h3>Ihr Ansprechpartner</h3><p>Referat Umwelt, Klimaschutz<br>Telefon 0211 4587-0</p></div>
 <div class="kasten"><h3>Newsletter</h3><p>Die wichtigsten Nachrichten für Kommunen – jeden Freitag.</p></div>
 <div class="kasten"><h3>Mehr zum Thema</h3><ul><li><a href="#">Hitzeaktionspläne: Arbeitshilfe 2024</a></li><li><a href="#">Starkregen und Kommunen</a></li></ul></div>
</div>
</div>
<footer class="fuss"><p>Städte- und Gemeindebund Nordrhein-Westfalen e. V. · Kaiserswerther Straße 199–201 · 40474 Düsseldorf</p><p>Impressum · Datenschutz · Kontakt</p></footer>
</body>
</html>
"""
add("h10-stgb-nrw-hitzeschutz.html", "utf-8", H, B, {
    "title": "Zwölf Kommunen gründen Arbeitsgemeinschaft Hitzeschutz",
    "subtitle": "Gemeinsame Hitzeaktionspläne und Erfahrungsaustausch – Geschäftsstelle beim Städte- und Gemeindebund",
    "kicker": "Klimaanpassung", "categories": ["Pressemitteilungen"],
    "date": "2024-11-21", "place": "Düsseldorf",
    "speakers": [
        sp("Dr. Miriam Overbeck", "Hauptgeschäftsführerin", [
            "Die Sommer 2018, 2019 und 2022 haben gezeigt, dass gerade kleinere Kommunen beim Hitzeschutz schnell an ihre Grenzen kommen",
            "Kein Rathaus muss das Rad dabei neu erfinden."], honorific="Dr."),
        sp("Tobias Lensing", "Bürgermeister der Gemeinde Raesfeld", ["Wir fangen mit dem an, was schnell wirkt."],
           org="Gemeinde Raesfeld"),
    ],
    "member_lists": [{"label": "Mitglieder der Arbeitsgemeinschaft", "members": members(
        *[(n.split(" ", 1)[1], n.split(" ", 1)[0]) for n, _, _ in ROWS])}],
    "mentioned_dates": ["2018", "2019", "2022", "2025", "2025-01-22"],
    "body_must_not_contain": ["Heute ist", "2026", "Mitglieder-Login", "Newsletter", "Als PDF speichern", "Kaiserswerther Straße", "Ihr Ansprechpartner", "Cookies", "Veröffentlicht am"],
    "body_must_contain": ["Kommune | Kreis | Einwohner", "Gemeinde Raesfeld | Kreis Borken | 11.700", "Das erste Arbeitstreffen findet am 22. Januar 2025 in Coesfeld statt."],
    "notes": [
        "The banner 'Heute ist Mittwoch, 25. November 2026' is the site's current date, not the publication date (21.11.2024 from the meta line).",
        "The kicker is an <h2> placed before the <h1>; the teaser paragraph under the h1 is the subtitle.",
        "Member table (Kommune | Kreis | Einwohner): names without the kind word, kind from 'Stadt'/'Gemeinde'; the Kreis column is not a member. The body renders the table per repository convention (caption paragraph, then header and rows joined by ' | ').",
        "The text says 'Zwölf Städte und Gemeinden': 12 rows, consistent.",
        "Lensing's role is written before his name with a comma ('den Bürgermeister der Gemeinde Raesfeld, Tobias Lensing'); his quote follows 'Er kündigte an …:'.",
        "„Interkommunale Arbeitsgemeinschaft Hitzeschutz“ is a name. Paragraph 3 is Konjunktiv indirect speech; 'bis zum Sommer 2025' is given as 2025; the years 2018, 2019, 2022 inside the quote are mentioned dates.",
    ],
})

# =================================================================== h11 Zweckverband Spree-Schlaubetal (no charset)
B = [
    P("Die Verbandsversammlung des Wasser- und Abwasserzweckverbandes Spree-Schlaubetal hat in ihrer Sitzung am 29. Januar 2025 Martin Zschiesche zum neuen Verbandsvorsteher gewählt. Der 47-jährige Bauingenieur tritt die Nachfolge von Gudrun Pätzold an, die zum 31. März 2025 in den Ruhestand geht."),
    P("„Ich übernehme einen gut aufgestellten Verband. Unsere größte Aufgabe in den nächsten Jahren ist die Erneuerung der Trinkwasserleitungen aus DDR-Zeiten“, sagte Zschiesche nach der Wahl."),
    P("Gudrun Pätzold, Verbandsvorsteherin seit 2007, dankte den Mitgliedern für das Vertrauen. „Wir haben in dieser Zeit gemeinsam mehr als 60 Millionen Euro in Leitungen und Kläranlagen investiert“, sagte sie."),
    P("Dem Verband gehören sechs Mitglieder an:"),
    UL("Stadt Beeskow", "Stadt Friedland", "Gemeinde Tauche", "Gemeinde Rietz-Neuendorf", "Amt Schlaubetal",
       "Wasser- und Bodenverband Mittlere Spree"),
    RAW('<figure class="bild"><img src="/bilder/wahl-2025.jpg" alt="Wahl"><figcaption>Nach der Wahl (v. l. n. r.): Gudrun Pätzold, Martin Zschiesche und der Vorsitzende der Verbandsversammlung, Rainer Kuschel. Foto: WAZV Spree-Schlaubetal</figcaption></figure>'),
    P("Zschiesche kündigte an, die Gebühren bis Ende 2026 stabil halten zu wollen. Eine Erhöhung sei derzeit nicht geplant."),
    P("Die Amtseinführung des neuen Verbandsvorstehers ist für den 1. April 2025 vorgesehen."),
]
H = f"""<html>
<head>
<title>Verbandsversammlung wählt neuen Verbandsvorsteher – WAZV Spree-Schlaubetal</title>
<link rel="stylesheet" href="/style.css">
</head>
<body>
<div id="kopf"><a href="/"><img src="/logo.png" alt="WAZV Spree-Schlaubetal"></a>
<div class="stoerung">Störungsdienst rund um die Uhr: 0800 4711 815</div></div>
<ul id="navi"><li><a href="/">Start</a></li><li><a href="/trinkwasser">Trinkwasser</a></li><li><a href="/abwasser">Abwasser</a></li><li><a href="/gebuehren">Gebühren &amp; Satzungen</a></li><li><a href="/aktuelles">Aktuelles</a></li><li><a href="/kundenportal">Kundenportal</a></li></ul>
<div id="haupt">
 <div class="meldung">
  <span class="overline">Aus der Verbandsversammlung</span>
  <h1>Verbandsversammlung wählt neuen Verbandsvorsteher</h1>
  <div class="meta">Veröffentlicht am 03.02.2025 · Rubrik: Aktuelles</div>
{body_html(B, "BEESKOW. ")}
  <p class="zurueck"><a href="/aktuelles">« Zurück zu Aktuelles</a></p>
 </div>
</div>
<div id="seitenleiste"><h3>Kundenportal</h3><p>Zählerstand online melden</p><h3>Gebührenbescheide</h3><p>Fragen zum Bescheid? Wir helfen gern.</p></div>
<div id="fuss">Wasser- und Abwasserzweckverband Spree-Schlaubetal · Frankfurter Straße 40 · 15848 Beeskow · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></div>
</body>
</html>
"""
add("h11-wazv-spree-schlaubetal-vorsteher.html", "utf-8", H, B, {
    "title": "Verbandsversammlung wählt neuen Verbandsvorsteher",
    "subtitle": None, "kicker": "Aus der Verbandsversammlung", "categories": ["Aktuelles"],
    "date": "2025-02-03", "place": "Beeskow",
    "speakers": [
        sp("Martin Zschiesche", "Verbandsvorsteher", [
            "Ich übernehme einen gut aufgestellten Verband. Unsere größte Aufgabe in den nächsten Jahren ist die Erneuerung der Trinkwasserleitungen aus DDR-Zeiten"]),
        sp("Gudrun Pätzold", "Verbandsvorsteherin", [
            "Wir haben in dieser Zeit gemeinsam mehr als 60 Millionen Euro in Leitungen und Kläranlagen investiert"]),
    ],
    "member_lists": [{"label": "Mitglieder des Verbandes", "members": members(
        ("Beeskow", "Stadt"), ("Friedland", "Stadt"), ("Tauche", "Gemeinde"), ("Rietz-Neuendorf", "Gemeinde"),
        ("Schlaubetal", "Amt"), ("Wasser- und Bodenverband Mittlere Spree", "Verband"))}],
    "mentioned_dates": ["2007", "2025-01-29", "2025-03-31", "2025-04-01", "2026"],
    "body_must_not_contain": ["BEESKOW.", "Störungsdienst", "v. l. n. r.", "Foto: WAZV", "Rainer Kuschel", "Zurück zu Aktuelles", "Kundenportal", "Frankfurter Straße 40", "Veröffentlicht am"],
    "body_must_contain": ["Martin Zschiesche zum neuen Verbandsvorsteher gewählt", "- Wasser- und Bodenverband Mittlere Spree", "Die Amtseinführung des neuen Verbandsvorstehers ist für den 1. April 2025 vorgesehen."],
    "notes": [
        "The file has no charset declaration at all (no meta, no BOM); the bytes are UTF-8.",
        "Dateline written 'BEESKOW.' in capitals; place given as 'Beeskow'.",
        "Zschiesche's role is not written next to his name; 'Verbandsvorsteher' is the office he was just elected to ('zum neuen Verbandsvorsteher gewählt'). Pätzold's role 'Verbandsvorsteherin' is written in apposition ('Verbandsvorsteherin seit 2007'). Organisation null for both (not part of the role phrase).",
        "Pätzold's quote is attributed by 'sagte sie'.",
        "Member list of six (as stated): kind 'Verband' for the Wasser- und Bodenverband. The photo caption listing three persons is not a member list and not body text.",
        "'Eine Erhöhung sei …' is indirect speech; 'bis Ende 2026' is given as 2026.",
    ],
})

# =================================================================== h12 Landkreis Ebersberg (cookie banner inside the text)
B = [
    P("Im Süden des Landkreises Ebersberg startet am 15. Dezember 2024 ein neuer Rufbus. Der „EBERflex“ fährt ohne festen Fahrplan und kann per App oder Telefon bis 30 Minuten vor Fahrtantritt gebucht werden."),
    P("Getragen wird das Angebot von einer kommunalen Arbeitsgemeinschaft. Mitglieder sind neben dem Landkreis Ebersberg die Städte Ebersberg und Grafing b.München sowie die Gemeinden Zorneding, Baiern und Moosach."),
    RAW('<div class="cmp-inline" id="cmp-banner" role="dialog" aria-modal="true"><p class="cmp-title">Ihre Einwilligung</p><p>Wir verwenden Cookies und vergleichbare Technologien, um Ihnen ein komfortables Nutzungserlebnis zu ermöglichen. Mit „Alle akzeptieren“ willigen Sie in die Verarbeitung ein; Ihre Einwilligung können Sie jederzeit widerrufen.</p><button class="cmp-accept">Alle akzeptieren</button> <button class="cmp-reject">Nur notwendige</button> <a href="/datenschutz">Datenschutzerklärung</a></div>'),
    P("\"Gerade ältere Menschen in den kleineren Ortsteilen haben bisher kaum eine Chance, ohne eigenes Auto zum Arzt oder zum Einkaufen zu kommen\", sagte Landrätin Susanne Fellerer bei der Vorstellung des Konzepts im Landratsamt."),
    P("Die Kosten für den Probebetrieb bis Ende 2026 von rund 1,1 Millionen Euro teilen sich Landkreis und Kommunen. Der Freistaat Bayern fördert das Projekt zusätzlich."),
    P("Florian Rauscher, Erster Bürgermeister der Gemeinde Zorneding, zeigte sich zuversichtlich: „Wir haben das in unserer Gemeinde lange gefordert. Jetzt müssen die Leute das Angebot nur noch annehmen.“"),
    HD("So funktioniert der EBERflex"),
    UL("Buchung per App oder unter Telefon 08092 823-300",
       "Fahrpreis nach MVV-Tarif, das Deutschlandticket wird anerkannt",
       "Betriebszeiten: montags bis freitags 6 bis 22 Uhr, am Wochenende 8 bis 23 Uhr"),
    P("Eine erste Bilanz will der Landkreis im Herbst 2025 ziehen."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neuer Rufbus EBERflex startet im Dezember - Landratsamt Ebersberg</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="navbar navbar-expand-lg">
  <a class="navbar-brand" href="/">Landratsamt Ebersberg</a>
  <ul class="navbar-nav"><li class="nav-item">Bürgerservice</li><li class="nav-item">Landkreis</li><li class="nav-item">Mobilität</li><li class="nav-item">Aktuelles</li></ul>
</header>
<div class="container">
 <ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Start</a></li><li class="breadcrumb-item"><a href="/aktuelles">Aktuelles</a></li><li class="breadcrumb-item active">Pressemitteilungen</li></ol>
 <div class="row">
  <div class="col-lg-8">
   <div class="card news-detail">
    <p class="text-muted small news-date">08.11.2024</p>
    <h1 class="card-title">Neuer Rufbus verbindet ab Dezember sechs Partner im Süden des Landkreises</h1>
    <div class="card-body">
{body_html(B, "", "     ")}
    </div>
    <div class="card-footer"><span class="kategorien">Kategorien: <a href="#">Mobilität</a>, <a href="#">ÖPNV</a></span><span class="share"> · Teilen: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-Mail</a></span></div>
   </div>
  </div>
  <div class="col-lg-4">
   <div class="card"><div class="card-header">Kontakt</div><div class="card-body">Landratsamt Ebersberg<br>Pressestelle<br>Eichthalstraße 5, 85560 Ebersberg<br>Telefon 08092 823-0</div></div>
   <div class="card"><div class="card-header">Verwandte Meldungen</div><ul class="list-group"><li class="list-group-item">Neue Radschnellverbindung nach München geplant</li><li class="list-group-item">Schulbusse: Fahrplanwechsel zum Halbjahr</li></ul></div>
  </div>
 </div>
</div>
<footer class="footer"><p>© Landratsamt Ebersberg</p><p><a href="#">Impressum</a> · <a href="#">Datenschutz</a> · <a href="#">Barrierefreiheit</a></p></footer>
</body>
</html>
"""
add("h12-ebersberg-rufbus.html", "utf-8", H, B, {
    "title": "Neuer Rufbus verbindet ab Dezember sechs Partner im Süden des Landkreises",
    "subtitle": None, "kicker": None, "categories": ["Mobilität", "ÖPNV"],
    "date": "2024-11-08", "place": None,
    "speakers": [
        sp("Susanne Fellerer", "Landrätin", [
            "Gerade ältere Menschen in den kleineren Ortsteilen haben bisher kaum eine Chance, ohne eigenes Auto zum Arzt oder zum Einkaufen zu kommen"]),
        sp("Florian Rauscher", "Erster Bürgermeister der Gemeinde Zorneding", [
            "Wir haben das in unserer Gemeinde lange gefordert. Jetzt müssen die Leute das Angebot nur noch annehmen."],
           org="Gemeinde Zorneding"),
    ],
    "member_lists": [{"label": "Mitglieder der Arbeitsgemeinschaft", "members": members(
        ("Ebersberg", "Landkreis"), ("Ebersberg", "Stadt"), ("Grafing b.München", "Stadt"),
        ("Zorneding", "Gemeinde"), ("Baiern", "Gemeinde"), ("Moosach", "Gemeinde"))}],
    "mentioned_dates": ["2024-12-15", "2025", "2026"],
    "body_must_not_contain": ["Cookies", "Ihre Einwilligung", "Alle akzeptieren", "Datenschutzerklärung", "Eichthalstraße", "Verwandte Meldungen", "Kategorien:", "Teilen:"],
    "body_must_contain": ["Mitglieder sind neben dem Landkreis Ebersberg die Städte Ebersberg und Grafing b.München", "sagte Landrätin Susanne Fellerer bei der Vorstellung des Konzepts im Landratsamt", "Eine erste Bilanz will der Landkreis im Herbst 2025 ziehen."],
    "notes": [
        "A consent banner (with the phrase „Alle akzeptieren“ in quotation marks) is spliced into the article body between paragraphs 2 and 3; the clean body drops it, and „Alle akzeptieren“ is no quote.",
        "No dateline and no place (the Landratsamt address is only in the contact box): place null.",
        "Fellerer's quote uses straight ASCII double quotes, Rauscher's „…“ after a colon with the apposition role.",
        "Inline member enumeration: Landkreis Ebersberg (kind Landkreis) and Stadt Ebersberg (kind Stadt) share the name 'Ebersberg'. Six members match 'sechs Partner' in the title.",
        "„EBERflex“ is the product name. The 'So funktioniert' list is not a member list; its heading is an in-body heading.",
        "'im Herbst 2025' -> 2025, 'bis Ende 2026' -> 2026.",
    ],
})

# =================================================================== h13 Hansestadt Lüneburg (topline span, teaser)
B = [
    P("Die Hansestadt pflanzt in der kommenden Pflanzsaison rund 400 neue Bäume. Gesetzt werden vor allem hitzeverträgliche Arten wie Silberlinde, Zerr-Eiche und Amberbaum. Die Pflanzungen beginnen Anfang November und sollen bis März 2026 abgeschlossen sein."),
    P("„Ein großer Stadtbaum kühlt seine Umgebung an heißen Tagen um mehrere Grad. Das ist gelebter Hitzeschutz“, sagt Stadtbaurätin Dr. Anja Wiebusch."),
    P("Grundlage für die Auswahl der Standorte ist das Stadtbaumkonzept, das der Rat am 26. Juni 2024 beschlossen hatte. Demnach sollen bis 2035 insgesamt 5.000 zusätzliche Bäume im Stadtgebiet stehen."),
    P("Neu ist die Aktion „Mein Baum für Lüneburg“: Wer eine Patenschaft übernimmt, gießt den Baum in den ersten drei Sommern und erhält dafür eine kleine Plakette."),
    P("Initiiert hat die Aktion der Leiter des Bereichs Grünplanung, Sören Matthies. Er rechnet mit großer Resonanz. „Schon in der ersten Woche haben sich mehr als 80 Menschen gemeldet“, sagte er. Viele wollten einen Baum direkt vor ihrer Haustür betreuen."),
    P("Die Kosten von rund 640.000 Euro werden zu einem großen Teil aus dem Bundesprogramm „Anpassung urbaner Räume an den Klimawandel“ gedeckt."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hansestadt pflanzt 400 neue Stadtbäume | Hansestadt Lüneburg</title>
</head>
<body class="news-detail">
<div class="ccm-root" data-nosnippet><div class="ccm-modal"><p>Diese Website nutzt Cookies und externe Inhalte. Details finden Sie in unserer Datenschutzerklärung.</p><button>Alle akzeptieren</button><button>Nur erforderliche</button></div></div>
<header class="header"><div class="header__logo">Hansestadt Lüneburg</div>
<nav class="header__nav"><ul><li>Bürgerservice</li><li>Rathaus &amp; Politik</li><li>Leben in Lüneburg</li><li>Wirtschaft</li><li>Kultur</li></ul></nav></header>
<div class="breadcrumb"><a href="/">Startseite</a> / <a href="/rathaus">Rathaus &amp; Politik</a> / <a href="/presse">Pressemitteilungen</a></div>
<main class="main">
<article class="news">
 <header class="news__header">
  <div class="news__meta"><span class="news__category">Umwelt &amp; Klima</span> <time datetime="2025-10-16">16. Oktober 2025</time></div>
  <span class="news__topline">Stadtgrün</span>
  <h1 class="news__title">Hansestadt pflanzt 400 neue Stadtbäume</h1>
  <p class="news__teaser">Schwerpunkte in Kaltenmoor und im Roten Feld – Bürgerinnen und Bürger können Baumpatenschaften übernehmen</p>
 </header>
 <figure class="news__image"><img src="/fileadmin/stadtbaeume.jpg" alt="Junge Linden"><figcaption>Junge Silberlinden an der Lindenstraße. Foto: Hansestadt Lüneburg/Kira Wendt</figcaption></figure>
 <div class="news__body">
{body_html(B, "Lüneburg. ")}
 </div>
 <div class="news__contact"><h2>Ansprechpartnerin für die Presse</h2><p>Pressestelle der Hansestadt Lüneburg<br>Am Ochsenmarkt 1<br>21335 Lüneburg<br>Telefon 04131 309-0</p></div>
 <div class="news__share"><a href="#">Artikel drucken</a> <a href="#">Teilen auf Facebook</a> <a href="#">Teilen auf Mastodon</a></div>
</article>
<aside class="news__related"><h2>Weitere Meldungen</h2><ul><li><a href="#">Laubabfuhr startet Anfang November</a></li><li><a href="#">Sanierung der Ilmenaubrücke abgeschlossen</a></li></ul></aside>
</main>
<footer class="footer"><p>© Hansestadt Lüneburg</p><p>Impressum · Datenschutz · Barrierefreiheit · Leichte Sprache</p></footer>
</body>
</html>
"""
add("h13-lueneburg-stadtbaeume.html", "utf-8", H, B, {
    "title": "Hansestadt pflanzt 400 neue Stadtbäume",
    "subtitle": "Schwerpunkte in Kaltenmoor und im Roten Feld – Bürgerinnen und Bürger können Baumpatenschaften übernehmen",
    "kicker": "Stadtgrün", "categories": ["Umwelt & Klima"],
    "date": "2025-10-16", "place": "Lüneburg",
    "speakers": [
        sp("Dr. Anja Wiebusch", "Stadtbaurätin", [
            "Ein großer Stadtbaum kühlt seine Umgebung an heißen Tagen um mehrere Grad. Das ist gelebter Hitzeschutz"],
           honorific="Dr."),
        sp("Sören Matthies", "Leiter des Bereichs Grünplanung", [
            "Schon in der ersten Woche haben sich mehr als 80 Menschen gemeldet"], org="Bereich Grünplanung"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-06-26", "2026-03", "2035"],
    "body_must_not_contain": ["Cookies", "Foto: Hansestadt Lüneburg", "Am Ochsenmarkt", "Artikel drucken", "Weitere Meldungen", "Laubabfuhr", "Ansprechpartnerin für die Presse"],
    "body_must_contain": ["rund 400 neue Bäume", "das der Rat am 26. Juni 2024 beschlossen hatte", "Neu ist die Aktion „Mein Baum für Lüneburg“"],
    "notes": [
        "Kicker is the span 'news__topline' above the h1; category 'Umwelt & Klima' from the meta line; teaser under the h1 is the subtitle.",
        "Dateline 'Lüneburg.' (place followed by a full stop).",
        "Matthies's role precedes his name ('der Leiter des Bereichs Grünplanung, Sören Matthies'); his quote is attributed by 'sagte er' two sentences later.",
        "„Mein Baum für Lüneburg“ and „Anpassung urbaner Räume an den Klimawandel“ are names, not quotes. 'Viele wollten …' is indirect speech.",
        "'Anfang November' has no year: no mentioned date.",
    ],
})

# =================================================================== h14 Timmendorfer Strand (kicker span inside h1, JSON-LD)
B = [
    P("Rechtzeitig vor Beginn der Hauptsaison sind an der Seebrücke, am Kurpark und in Niendorf drei neue barrierefreie Strandzugänge fertig geworden. Über befestigte Rampen und Bohlenwege gelangen Menschen mit Rollstuhl, Rollator oder Kinderwagen nun bis dicht an die Wasserkante."),
    P("„Barrierefreiheit ist kein Extra, sondern gehört zu einem modernen Ostseebad einfach dazu“, so Bürgermeister Hauke Feddersen."),
    P("Die Kosten von rund 850.000 Euro trägt zu 60 Prozent das Land Schleswig-Holstein aus dem Programm „Tourismusinfrastruktur“. Den Förderbescheid hatte die Gemeinde im Oktober 2024 erhalten; die Bauarbeiten begannen am 6. Januar 2025."),
    P("„Wir bekommen schon seit Jahren Anfragen von Gästen mit Behinderung“, sagte Wiebke Claussen, Direktorin der Timmendorfer Strand Niendorf Tourismus GmbH. „Jetzt können wir ihnen endlich ein gutes Angebot machen.“"),
    HD("Strandrollstühle kostenlos ausleihen"),
    P("An allen drei Zugängen stehen ab dem 1. Juni 2025 insgesamt zwölf Strandrollstühle zur kostenlosen Ausleihe bereit. Reservierungen nimmt die Tourist-Information entgegen."),
    P("Feddersen kündigte an, bis 2027 zwei weitere Zugänge in Niendorf umzubauen. Die Planungen dafür liefen bereits."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Drei neue barrierefreie Strandzugänge zur Saison fertig | Gemeinde Timmendorfer Strand</title>
<meta property="og:title" content="Drei neue barrierefreie Strandzugänge zur Saison fertig">
<meta property="article:published_time" content="2025-05-22T08:30:00+02:00">
<meta property="article:modified_time" content="2025-05-27T16:05:00+02:00">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Drei neue barrierefreie Strandzugänge zur Saison fertig","datePublished":"2025-05-22T08:30:00+02:00","dateModified":"2025-05-27T16:05:00+02:00","publisher":{{"@type":"GovernmentOrganization","name":"Gemeinde Timmendorfer Strand"}}}}</script>
</head>
<body class="page-article">
<div class="consent" id="consent"><p>Wir verwenden Cookies, um Karten und Videos anzuzeigen.</p><button>Erlauben</button><button>Ablehnen</button></div>
<header class="site-head"><a class="site-logo" href="/">Gemeinde Timmendorfer Strand</a>
<nav class="site-nav"><ul><li>Rathaus</li><li>Bürgerservice</li><li>Bauen &amp; Wohnen</li><li>Aktuelles</li></ul></nav></header>
<main class="site-main">
<article class="article">
 <div class="article__badges"><span class="badge">Aktuelles</span> <span class="article__date">22.05.2025</span></div>
 <h1 class="headline"><span class="headline__kicker">Tourismus</span> <span class="headline__title">Drei neue barrierefreie Strandzugänge zur Saison fertig</span></h1>
 <h2 class="article__subline">Gemeinde investiert 850.000 Euro – Strandrollstühle kostenlos ausleihbar</h2>
 <figure class="article__figure"><img src="/media/strandzugang-seebruecke.jpg" alt="Rampe"><figcaption>Der neue Zugang an der Seebrücke. <small>Foto: Gemeinde Timmendorfer Strand</small></figcaption></figure>
 <div class="article__text">
{body_html(B, "Timmendorfer Strand – ")}
 </div>
 <div class="article__share">Seite teilen: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a> | <a href="#">Druckansicht</a></div>
</article>
<aside class="article__aside"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="#">Kurabgabe 2025: Neue Sätze</a></li><li><a href="#">Sperrung der Strandallee am Pfingstsonntag</a></li></ul></aside>
</main>
<footer class="site-foot"><p>Gemeinde Timmendorfer Strand · Strandallee 42 · 23669 Timmendorfer Strand</p><p>Impressum · Datenschutz · Barrierefreiheitserklärung</p></footer>
</body>
</html>
"""
add("h14-timmendorfer-strand-strandzugaenge.html", "utf-8", H, B, {
    "title": "Drei neue barrierefreie Strandzugänge zur Saison fertig",
    "subtitle": "Gemeinde investiert 850.000 Euro – Strandrollstühle kostenlos ausleihbar",
    "kicker": "Tourismus", "categories": ["Aktuelles"],
    "date": "2025-05-22", "place": "Timmendorfer Strand",
    "speakers": [
        sp("Hauke Feddersen", "Bürgermeister", [
            "Barrierefreiheit ist kein Extra, sondern gehört zu einem modernen Ostseebad einfach dazu"]),
        sp("Wiebke Claussen", "Direktorin der Timmendorfer Strand Niendorf Tourismus GmbH", [
            "Wir bekommen schon seit Jahren Anfragen von Gästen mit Behinderung",
            "Jetzt können wir ihnen endlich ein gutes Angebot machen."],
           org="Timmendorfer Strand Niendorf Tourismus GmbH"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-10", "2025-01-06", "2025-06-01", "2027"],
    "body_must_not_contain": ["Cookies", "Foto: Gemeinde Timmendorfer Strand", "Seite teilen", "Druckansicht", "Das könnte Sie auch interessieren", "Kurabgabe", "Strandallee 42"],
    "body_must_contain": ["drei neue barrierefreie Strandzugänge fertig geworden", "Strandrollstühle kostenlos ausleihen", "die Bauarbeiten begannen am 6. Januar 2025"],
    "notes": [
        "The kicker 'Tourismus' is a span inside the <h1>; the title is the other span only.",
        "Publication date 2025-05-22 (visible date, JSON-LD datePublished); 2025-05-27 is only the modification date.",
        "'Aktuelles' badge is the category. The h2 under the h1 is the subtitle; 'Strandrollstühle kostenlos ausleihen' (h3) is an in-body heading.",
        "„Tourismusinfrastruktur“ is a programme name. 'Die Planungen dafür liefen bereits' is indirect speech.",
    ],
})


# ------------------------------------------------------------------ write + self-checks
def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    for fname, enc, page, blocks, gold in SPEC:
        raw = page.encode(enc)  # raises if the page uses a character its charset lacks
        (DOCS / fname).write_bytes(raw)
        body = body_text(blocks)
        page_text = re.sub(r"\s+", " ", htmlmod.unescape(re.sub(r"<[^>]+>", " ", page)))
        for s in gold["speakers"]:
            for q in s["quotes"]:
                assert q in body, (fname, s["name"], q)
            assert s["name"].split()[-1] in body, (fname, s["name"])
        for bad in gold["body_must_not_contain"]:
            assert bad not in body, (fname, bad)
            assert bad in page_text, (fname, "boilerplate string not on page", bad)
        for good in gold["body_must_contain"]:
            assert good in body, (fname, good)
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
