"""Blind set 4: sixteen invented, realistic German public-sector web pages "as published" with a full
gold ``body`` (main text as a careful human would cut it) for token-level main-text F1, plus title and
publication date.

Conventions of the gold ``body``: the headline (``title``) is not part of the body; headings inside the
article, paragraphs, list items (``- `` lines) and table rows (cells joined by `` | ``) are; image
captions and photo credits, navigation, breadcrumbs, teasers, related lists, share bars, contact and
opening-hour boxes, cookie banners, newsletter boxes and footers are not. ``date`` is the publication
date; a "Stand"/"zuletzt geändert" stamp, an event date or a today's-date banner is never one.

Run ``python tests/gold_blind4/_build.py`` to (re)write ``docs/*.html`` and the gold ``*.json`` files;
it checks that every gold body line occurs in the text of its page.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

from bs4 import BeautifulSoup

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"

# --------------------------------------------------------------------------------------------------
# main-text blocks: rendered to HTML by each page's own template and to the gold body text
# ("p", html) | ("h2"/"h3"/"h4", text) | ("ul"/"ol", [html, ...]) | ("table", [[cell, ...], ...])
# | ("fig", caption_html) -- figures and captions are rendered but excluded from the gold body


def strip(s: str) -> str:
    s = re.sub(r"<br\s*/?>", " ", s)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", s))).strip()


def gold_body(blocks: list[tuple]) -> str:
    out: list[str] = []
    for kind, val in blocks:
        if kind in ("p", "h2", "h3", "h4"):
            out.append(strip(val))
        elif kind in ("ul", "ol"):
            out.append("\n".join("- " + strip(i) for i in val))
        elif kind == "table":
            out.append("\n".join(" | ".join(strip(c) for c in row) for row in val))
    return "\n\n".join(out)


def render(blocks: list[tuple], fig_tpl: str = '<figure class="image"><img src="{src}" alt=""><figcaption>{cap}</figcaption></figure>',
           p_cls: str = "", table_cls: str = "contenttable") -> str:
    out: list[str] = []
    n = 0
    for kind, val in blocks:
        if kind == "p":
            out.append(f"<p{p_cls}>{val}</p>")
        elif kind in ("h2", "h3", "h4"):
            out.append(f"<{kind}>{val}</{kind}>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{i}</li>" for i in val) + f"</{kind}>")
        elif kind == "table":
            head, *rows = val
            out.append(
                f'<table class="{table_cls}"><thead><tr>' + "".join(f"<th>{c}</th>" for c in head)
                + "</tr></thead><tbody>"
                + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
                + "</tbody></table>"
            )
        elif kind == "fig":
            n += 1
            out.append(fig_tpl.format(src=f"/fileadmin/_processed_/bild-{n}.jpg", cap=val))
    return "\n".join(out)


def ul(items: list[str], cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<ul{c}>" + "".join(f'<li><a href="/{re.sub(r"[^a-z]+", "-", i.lower())}">{i}</a></li>' for i in items) + "</ul>"


NAV_STADT = ["Rathaus & Service", "Bürgerservice A-Z", "Online-Dienste", "Ämter und Einrichtungen", "Formulare",
             "Politik", "Gemeinderat", "Ratsinformationssystem", "Ortschaftsräte", "Wahlen", "Leben & Wohnen",
             "Familie & Kinder", "Kindertagesstätten", "Schulen", "Senioren", "Bauen & Umwelt", "Bebauungspläne",
             "Klimaschutz", "Abfall", "Wirtschaft", "Tourismus & Kultur", "Veranstaltungskalender", "Stadtbücherei",
             "Museum", "Aktuelles", "Pressemitteilungen", "Amtsblatt", "Stellenangebote"]
FOOT = ["Impressum", "Datenschutz", "Barrierefreiheit", "Leichte Sprache", "Gebärdensprache", "Kontakt", "Sitemap"]


# --------------------------------------------------------------------------------------------------
PAGES: list[dict] = []


def page(slug: str, title: str, date: str | None, blocks: list[tuple], html_text: str, *, encoding: str = "utf-8",
         not_contain: list[str] | None = None, notes: list[str] | None = None) -> None:
    PAGES.append(dict(slug=slug, title=title, date=date, blocks=blocks, html=html_text, encoding=encoding,
                      not_contain=not_contain or [], notes=notes or []))


# b01 -- TYPO3 + tx_news, JSON-LD datePublished and <time>, cookie banner before the page, sidebar
B01 = [
    ("p", "<strong>Nach knapp zwei Jahren Bauzeit öffnet das Hallenbad am Säer am Samstag, 14. September, wieder für die Öffentlichkeit. Die Stadt hat rund 11,8 Millionen Euro in die energetische Sanierung, ein neues Lehrschwimmbecken und eine barrierefreie Umkleide investiert.</strong>"),
    ("p", "Das 1974 eröffnete Bad war zuletzt in einem Zustand, der einen wirtschaftlichen Betrieb kaum noch zuließ. Die Lüftungsanlage stammte in weiten Teilen aus der Bauzeit, die Glasfassade verlor im Winter so viel Wärme, dass allein die Heizkosten im Jahr 2021 bei über 420.000 Euro lagen. Der Gemeinderat hatte sich deshalb im Herbst 2021 gegen einen Neubau am Stadtrand und für die Sanierung am bisherigen Standort entschieden."),
    ("h2", "Was sich geändert hat"),
    ("p", "Die Besucherinnen und Besucher werden das Bad auf den ersten Blick wiedererkennen, im Inneren ist jedoch kaum etwas beim Alten geblieben. Die wichtigsten Neuerungen im Überblick:"),
    ("ul", ["ein neues Lehrschwimmbecken mit Hubboden, das vor allem Schulen und Vereinen zur Verfügung steht",
            "eine Photovoltaikanlage mit 180 Kilowatt Spitzenleistung auf dem Dach",
            "Wärmerückgewinnung aus dem Duschwasser und der Abluft",
            "ein Aufzug, eine barrierefreie Sammelumkleide und ein Lifter am Sportbecken",
            "ein neu gestalteter Eingangsbereich mit Kassenautomat"]),
    ("fig", "Das neue Lehrschwimmbecken mit Hubboden kurz vor der Fertigstellung. Foto: Stadt Nürtingen/Kerstin Albrecht"),
    ("p", "Nach Berechnungen des Planungsbüros sinkt der Energiebedarf des Gebäudes um etwa 60 Prozent. „Wir haben uns bewusst für den Erhalt entschieden, weil in diesem Gebäude noch sehr viel graue Energie steckt“, sagt Baubürgermeisterin Anja Rothfuß. „Dass wir den Kostenrahmen trotz der Preissteigerungen der letzten Jahre nur um gut vier Prozent überschritten haben, ist eine Leistung aller Beteiligten.“"),
    ("h2", "Eröffnungswochenende mit freiem Eintritt"),
    ("p", "Am Eröffnungswochenende, 14. und 15. September, ist der Eintritt frei. Die DLRG-Ortsgruppe bietet am Samstag Schnupperkurse für Kinder an, am Sonntag lädt der Schwimmverein Nürtingen zu einem Staffelwettbewerb für Familien ein. Ab Montag, 16. September, gelten die neuen Öffnungszeiten und Tarife."),
    ("table", [["Tarif", "Erwachsene", "Ermäßigt"],
               ["Einzelkarte", "4,50 Euro", "2,80 Euro"],
               ["10er-Karte", "40,00 Euro", "25,00 Euro"],
               ["Familienkarte", "11,00 Euro", "–"]]),
    ("p", "Das Frühschwimmen am Dienstag und Donnerstag ab 6.30 Uhr wird beibehalten. Die Zeiten für das Schul- und Vereinsschwimmen werden derzeit mit den Schulen abgestimmt und in den nächsten Wochen veröffentlicht."),
]
page("b01-typo3-hallenbad", "Hallenbad am Säer öffnet nach Sanierung wieder", "2024-09-03", B01, f"""<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->
<title>Hallenbad am Säer öffnet nach Sanierung wieder | Stadt Nürtingen</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="description" content="Nach knapp zwei Jahren Bauzeit öffnet das Hallenbad am Säer wieder.">
<meta property="og:title" content="Hallenbad am Säer öffnet nach Sanierung wieder">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Stadt Nürtingen">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-5c1f0b3d.css" media="all">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hallenbad am Säer öffnet nach Sanierung wieder","datePublished":"2024-09-03T10:15:00+02:00","dateModified":"2024-09-05T08:02:11+02:00","publisher":{{"@type":"GovernmentOrganization","name":"Stadt Nürtingen"}}}}</script>
</head>
<body id="p1432" class="page-news-detail">
<div id="cookieconsent" class="cc-window" role="dialog" aria-label="Cookie-Hinweis">
<p>Wir verwenden Cookies, um unsere Webseite für Sie optimal zu gestalten und fortlaufend zu verbessern. Mit „Alle akzeptieren“ stimmen Sie der Nutzung auch von Statistik-Cookies zu.</p>
<button>Alle akzeptieren</button> <button>Nur notwendige</button> <a href="/datenschutz">Datenschutzerklärung</a>
</div>
<a class="skiplink" href="#content">Zum Inhalt springen</a>
<header class="page-header">
<div class="meta-nav">{ul(["Leichte Sprache", "Gebärdensprache", "English", "Kontakt"])}</div>
<a class="logo" href="/"><img src="/typo3conf/ext/sitepackage/Resources/Public/Images/logo.svg" alt="Stadt Nürtingen – zur Startseite"></a>
<form class="search" action="/suche"><input name="q" placeholder="Suchbegriff eingeben"><button>Suchen</button></form>
<nav class="main-nav" aria-label="Hauptnavigation">{ul(NAV_STADT, "level-1")}</nav>
</header>
<nav class="breadcrumb" aria-label="Brotkrümelnavigation"><ol><li><a href="/">Startseite</a></li><li><a href="/rathaus">Rathaus &amp; Service</a></li><li><a href="/aktuelles">Aktuelles</a></li><li>Hallenbad am Säer öffnet nach Sanierung wieder</li></ol></nav>
<div class="container">
<main id="content" class="col-md-8">
<div class="news news-single">
<div class="article" itemscope itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">Hallenbad am Säer öffnet nach Sanierung wieder</h1></div>
<div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-09-03">03.09.2024</time></span> <span class="news-list-category">Freizeit &amp; Sport</span></p></div>
<div class="news-text-wrap" itemprop="articleBody">
{render(B01, '<div class="news-img-wrap"><a class="lightbox" href="{src}"><img src="{src}" width="750" alt=""></a><p class="news-img-caption">{cap}</p></div>')}
</div>
<div class="news-related news-related-links"><h4>Links</h4><ul><li><a href="/baeder">Alle Bäder und Öffnungszeiten</a></li><li><a href="/gemeinderat/beschluesse-2021">Beschluss des Gemeinderats vom Oktober 2021</a></li></ul></div>
<div class="share"><span>Seite teilen:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a> <a href="javascript:window.print()">Seite drucken</a></div>
<div class="news-backlink-wrap"><a href="/aktuelles">Zurück zur Übersicht</a></div>
</div></div>
</main>
<aside class="col-md-4 sidebar">
<div class="box contact"><h3>Kontakt</h3><p>Amt für Bildung, Sport und Bäder<br>Marktstraße 7<br>72622 Nürtingen<br>Telefon 07022 75-0<br><a href="mailto:baeder@nuertingen.de">baeder@nuertingen.de</a></p></div>
<div class="box"><h3>Öffnungszeiten Bürgeramt</h3><p>Montag bis Freitag 8.00 bis 12.00 Uhr<br>Donnerstag 14.00 bis 18.00 Uhr</p></div>
<div class="box news-latest"><h3>Weitere Meldungen</h3><ul>
<li><span class="date">02.09.2024</span> <a href="#">Neue Buslinie 187 verbindet Roßdorf und Bahnhof</a></li>
<li><span class="date">29.08.2024</span> <a href="#">Stadtbücherei: Sommerleseclub endet mit Abschlussparty</a></li>
<li><span class="date">27.08.2024</span> <a href="#">Gemeinderat tagt am 24. September</a></li></ul></div>
</aside>
</div>
<footer class="page-footer"><div class="address">Stadt Nürtingen · Marktstraße 7 · 72622 Nürtingen · Telefon 07022 75-0</div>
{ul(FOOT)}<p>© 2024 Stadt Nürtingen</p></footer>
</body></html>
""", not_contain=["Cookies", "Weitere Meldungen", "Neue Buslinie 187", "Seite drucken", "Öffnungszeiten Bürgeramt", "Marktstraße 7", "Foto: Stadt Nürtingen"],
     notes=["date from JSON-LD datePublished and the visible <time>; dateModified is 2024-09-05", "lead in <strong> is body"])


# b02 -- WordPress (Verein), article:published_time, byline "Veröffentlicht am", share bar, comments
B02 = [
    ("p", "Am vergangenen Samstag haben 23 Mitglieder des Heimat- und Geschichtsvereins gemeinsam mit Helferinnen und Helfern der Freiwilligen Feuerwehr das alte Backhaus in der Nibelungenstraße wieder in Betrieb genommen. Zum ersten Mal seit 1968 wurde dort wieder Brot gebacken – 64 Laibe Bauernbrot und zwölf Bleche Zwiebelkuchen."),
    ("p", "Das kleine Fachwerkgebäude war 2019 in den Besitz der Stadt übergegangen. Der Verein hat sich verpflichtet, es für die nächsten 25 Jahre zu pflegen und mit Leben zu füllen. In rund 1.400 ehrenamtlichen Arbeitsstunden wurden das Dach neu eingedeckt, der Lehmputz erneuert und der Ofen von einem Ofenbauer aus dem Odenwald neu aufgemauert."),
    ("h3", "Finanziert mit Spenden und Landesmitteln"),
    ("p", "Die Kosten von knapp 38.000 Euro wurden zu einem Drittel aus dem Förderprogramm „Heimat fördern“ des Landes gedeckt. Den Rest brachten Spenden, ein Zuschuss der Stadt und der Erlös aus dem Adventsmarkt 2023 auf. Der Vorsitzende Walter Deckenbach dankte allen Beteiligten: „Ohne die vielen Samstage, die unsere Leute hier verbracht haben, stünde das Backhaus heute noch leer.“"),
    ("h3", "Backtage für alle"),
    ("p", "Künftig soll das Backhaus an jedem ersten Samstag im Monat angeheizt werden. Wer eigenen Teig mitbringen möchte, kann sich einen Platz im Ofen reservieren. Für Schulklassen und Kindergartengruppen bietet der Verein zudem Backvormittage an. Die nächsten Termine:"),
    ("ul", ["Samstag, 1. Juni 2024, ab 9 Uhr",
            "Samstag, 6. Juli 2024, ab 9 Uhr (mit Flammkuchen am Abend)",
            "Samstag, 3. August 2024, ab 9 Uhr"]),
    ("p", "Anmeldungen nimmt Hannelore Schick unter der Telefonnummer 06251 58 73 21 entgegen. Die Teilnahme ist kostenlos, um eine Spende für das Holz wird gebeten."),
    ("fig", "Die ersten Brote aus dem neuen Ofen. Foto: HGV Lorsch / B. Kämmerer"),
]
page("b02-wordpress-verein-backhaus", "Altes Backhaus duftet wieder nach frischem Brot", "2024-05-14", B02, f"""<!doctype html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Altes Backhaus duftet wieder nach frischem Brot &#8211; Heimat- und Geschichtsverein Lorsch e.V.</title>
<meta name='robots' content='index, follow, max-image-preview:large'>
<meta property="og:locale" content="de_DE">
<meta property="og:type" content="article">
<meta property="og:title" content="Altes Backhaus duftet wieder nach frischem Brot">
<meta property="article:published_time" content="2024-05-14T17:42:08+00:00">
<meta property="article:modified_time" content="2024-05-21T06:10:55+00:00">
<meta name="generator" content="WordPress 6.5.3">
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14' media='all'>
</head>
<body class="post-template-default single single-post postid-1187 single-format-standard">
<div id="page" class="hfeed site">
<header class="site-header" id="masthead">
<div class="site-branding"><p class="site-title"><a href="/">Heimat- und Geschichtsverein Lorsch e.V.</a></p><p class="site-description">Geschichte bewahren – Heimat gestalten</p></div>
<nav id="site-navigation" class="main-navigation">{ul(["Start", "Über uns", "Vorstand", "Satzung", "Mitglied werden", "Termine", "Backhaus", "Heimatmuseum", "Archiv", "Veröffentlichungen", "Lorscher Geschichtsblätter", "Fotogalerie", "Links", "Kontakt"], "menu")}</nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1187" class="post-1187 post type-post status-publish format-standard has-post-thumbnail hentry category-aktuelles tag-backhaus">
<header class="entry-header">
<h1 class="entry-title">Altes Backhaus duftet wieder nach frischem Brot</h1>
<div class="entry-meta">Veröffentlicht am <span class="posted-on"><a href="/2024/05/14/" rel="bookmark"><time class="entry-date published" datetime="2024-05-14T19:42:08+02:00">14. Mai 2024</time><time class="updated" datetime="2024-05-21T08:10:55+02:00">21. Mai 2024</time></a></span> von <span class="author vcard"><a class="url fn n" href="/author/redaktion/">Redaktion</a></span> / <span class="cat-links"><a href="/category/aktuelles/" rel="category tag">Aktuelles</a></span></div>
</header>
<div class="entry-content clear">
{render(B02, '<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt=""><figcaption class="wp-element-caption">{cap}</figcaption></figure>')}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Teilen mit:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">Drucken</a></li><li><a href="#">E-Mail</a></li></ul></div>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3>
<div class="jp-relatedposts-post"><h4><a href="#">Jahreshauptversammlung 2024: Vorstand im Amt bestätigt</a></h4><p>12. März 2024</p></div>
<div class="jp-relatedposts-post"><h4><a href="#">Adventsmarkt bringt Rekorderlös für das Backhaus</a></h4><p>11. Dezember 2023</p></div></div>
</div>
<footer class="entry-footer"><span class="tags-links">Schlagwörter: <a href="#" rel="tag">Backhaus</a>, <a href="#" rel="tag">Ehrenamt</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="#" rel="prev">&larr; Vortrag: Die Klosterlandschaft im Frühmittelalter</a></div><div class="nav-next"><a href="#" rel="next">Tag des offenen Denkmals: Wir sind dabei &rarr;</a></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3>
<form class="comment-form"><p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert</p><p><label>Kommentar *</label><textarea name="comment"></textarea></p><p><input type="submit" value="Kommentar abschicken"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main">
<aside class="widget widget_text"><h2 class="widget-title">Heimatmuseum</h2><div class="textwidget"><p>Geöffnet sonntags 14 bis 17 Uhr<br>Eintritt frei</p></div></aside>
<aside class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="#">Tag des offenen Denkmals: Wir sind dabei</a></li><li><a href="#">Altes Backhaus duftet wieder nach frischem Brot</a></li><li><a href="#">Vortrag: Die Klosterlandschaft im Frühmittelalter</a></li></ul></aside>
<aside class="widget widget_archive"><h2 class="widget-title">Archiv</h2><ul><li><a href="#">Mai 2024</a></li><li><a href="#">April 2024</a></li><li><a href="#">März 2024</a></li></ul></aside>
</div></div>
</div></div>
<footer class="site-footer"><div class="footer-adv">Heimat- und Geschichtsverein Lorsch e.V. · Kirchstraße 11 · 64653 Lorsch · Vereinsregister Darmstadt VR 2317</div>
{ul(["Impressum", "Datenschutzerklärung", "Kontakt"])}<p>Copyright &copy; 2024 | Powered by Astra WordPress Theme</p></footer>
</div>
</body></html>
""", not_contain=["Teilen mit", "Ähnliche Beiträge", "Schreibe einen Kommentar", "Schlagwörter", "Neueste Beiträge", "Kirchstraße 11", "Foto: HGV"],
     notes=["date from byline <time class=published> and article:published_time; updated 2024-05-21"])


# b03 -- IKISS (Advantic), windows-1252, road works notice, cookie banner inside the content container
B03 = [
    ("p", "Die Gemeinde Eschenburg erneuert ab Montag, 19. August 2024, die Wasserleitung und den Mischwasserkanal in der Hauptstraße im Ortsteil Wissenbach. Die Arbeiten werden in drei Bauabschnitten ausgeführt und dauern voraussichtlich bis Ende November 2024."),
    ("h3", "Bauabschnitte und Sperrungen"),
    ("table", [["Abschnitt", "Bereich", "Zeitraum"],
               ["1", "Einmündung Bahnhofstraße bis Hausnummer 34", "19.08. bis 20.09.2024"],
               ["2", "Hausnummer 34 bis Kirchweg", "23.09. bis 25.10.2024"],
               ["3", "Kirchweg bis Ortsausgang Richtung Eibelshausen", "28.10. bis 29.11.2024"]]),
    ("p", "Im jeweiligen Bauabschnitt ist die Hauptstraße voll gesperrt. Die Umleitung für den Durchgangsverkehr erfolgt großräumig über die L 3042 und die B 253 und ist ausgeschildert. Anlieger können ihre Grundstücke bis auf kurze Unterbrechungen erreichen; die bauausführende Firma informiert die betroffenen Haushalte rechtzeitig vorher."),
    ("h3", "Busverkehr und Müllabfuhr"),
    ("p", "Die Haltestelle „Wissenbach Mitte“ wird während der Bauzeit in die Bahnhofstraße verlegt. Die Linien 520 und 521 fahren nach einem geänderten Fahrplan, der bei der VLDW erhältlich ist. Die Müllabfuhr ist sichergestellt: Die Tonnen sollen an den Abfuhrtagen an der nächsten befahrbaren Straße bereitgestellt werden."),
    ("p", "Die Kosten der Maßnahme belaufen sich auf rund 1,3 Millionen €. Die Gemeinde bittet alle Anliegerinnen und Anlieger sowie die Verkehrsteilnehmer um Verständnis für die unvermeidbaren Behinderungen."),
]
page("b03-ikiss-baustelle-cp1252", "Vollsperrung der Hauptstraße in Wissenbach", "2024-08-05", B03, f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Gemeinde Eschenburg - Vollsperrung der Hauptstraße in Wissenbach</title>
<meta name="author" content="Gemeinde Eschenburg">
<meta name="generator" content="IKISS - Internet-Kommunal-Informations-Service-System">
<link rel="stylesheet" type="text/css" href="/css/ikiss_main.css?v=24">
</head>
<body class="ikiss modid7">
<div id="wrapper">
<div id="kopf"><a href="/index.php" id="logo"><img src="/media/custom/2314_1_1_m.PNG" alt="Logo Gemeinde Eschenburg"></a>
<ul id="servicenavi"><li><a href="/index.php?ModID=255">Kontakt</a></li><li><a href="/index.php?ModID=256">Sitemap</a></li><li><a href="/index.php?ModID=257">Schrift A A A</a></li></ul></div>
<div id="navi">{ul(["Rathaus", "Bürgermeister", "Verwaltung", "Was erledige ich wo?", "Online-Rathaus", "Gemeindevertretung", "Ortsbeiräte", "Satzungen", "Bekanntmachungen", "Aktuelles", "Baustellen", "Stellenangebote", "Leben in Eschenburg", "Ortsteile", "Kinderbetreuung", "Schulen", "Senioren", "Vereine", "Kirchen", "Freizeit & Tourismus", "Wandern", "Dietzhölztal-Radweg", "Wirtschaft", "Gewerbegebiete", "Breitband"])}</div>
<div id="brotkrumen">Sie sind hier: <a href="/index.php">Startseite</a> &gt; <a href="/index.php?ModID=7&amp;FID=2314.10.1">Aktuelles</a> &gt; Vollsperrung der Hauptstraße in Wissenbach</div>
<div id="inhalt" class="spalte-mitte">
<div id="cookieHinweis" class="cookie-hinweis"><p>Diese Website verwendet Cookies, um Ihnen einen optimalen Service zu bieten. Mehr dazu in unserer <a href="/datenschutz">Datenschutzerklärung</a>.</p><a href="#" class="cookieOk">Verstanden</a></div>
<h1>Vollsperrung der Hauptstraße in Wissenbach</h1>
<p class="erscheinungsdatum"><span class="label">Erscheinungsdatum:</span> 05.08.2024</p>
<div class="text">
{render(B03, table_cls="tabelle")}
</div>
<div class="bearbeiter"><h2>Ansprechpartner</h2><p>Bauamt, Herr Jörg Wetzlar<br>Tel.: 02774 915-230<br>E-Mail: <a href="#">bauamt@eschenburg.de</a></p></div>
<p class="werkzeuge"><a href="javascript:history.back()">zurück</a> | <a href="#" onclick="window.print()">Seite drucken</a> | <a href="#">Link verschicken</a> | <a href="#">nach oben</a></p>
</div>
<div id="rechts" class="spalte-rechts">
<div class="box"><h2>Rathaus</h2><p>Rathausstraße 1<br>35713 Eschenburg<br>Mo. – Fr.: 8:00 – 12:00 Uhr<br>Do.: 14:00 – 18:00 Uhr</p></div>
<div class="box"><h2>Baustellen aktuell</h2><ul><li><a href="#">Kreisstraße K 45 zwischen Hirzenhain und Roth</a></li><li><a href="#">Friedhof Simmersbach: Neubau der Trauerhalle</a></li></ul></div>
</div>
<div id="fuss">Gemeinde Eschenburg · Rathausstraße 1 · 35713 Eschenburg · Telefon 02774 915-0 {ul(FOOT)}</div>
</div>
</body></html>
""", encoding="windows-1252", not_contain=["Cookies", "Ansprechpartner", "Herr Jörg Wetzlar", "Link verschicken", "Baustellen aktuell", "Rathausstraße 1"],
     notes=["declared and encoded windows-1252 (€ and „“)", "date only in 'Erscheinungsdatum:' line", "cookie banner sits inside #inhalt before the h1"])


# b04 -- Government Site Builder (Bundesministerium), "Stand:" stamp below the article is not the date
B04 = [
    ("p", "Das Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen startet einen neuen Projektaufruf im Bundesprogramm „Gemeinschaftsorte im ländlichen Raum“. Gefördert werden Umbau und Umnutzung leerstehender Gebäude in Orten mit weniger als 20.000 Einwohnerinnen und Einwohnern, die künftig als Treffpunkt, Dorfladen, Coworking-Fläche oder Bürgerbüro dienen sollen. Für den Aufruf stehen 75 Millionen Euro für die Jahre 2024 bis 2027 bereit."),
    ("p", "Bundesministerin Dr. Karin Oldenbüttel: „Wo die letzte Gaststätte schließt und die Sparkasse nur noch einen Automaten betreibt, fehlt den Menschen ein Ort, an dem sie sich begegnen. Mit dem Programm helfen wir Gemeinden, genau solche Orte zu schaffen – und zwar in Gebäuden, die es schon gibt.“"),
    ("h2", "Wer kann Anträge stellen?"),
    ("p", "Antragsberechtigt sind Städte und Gemeinden sowie Gemeindeverbände. Sie können auch im Auftrag von Vereinen, Genossenschaften oder Stiftungen handeln, die das Gebäude später betreiben. Der Bund übernimmt bis zu 75 Prozent der förderfähigen Kosten, bei Haushaltsnotlage bis zu 90 Prozent. Die Fördersumme je Projekt liegt zwischen 250.000 Euro und 3 Millionen Euro."),
    ("h2", "Verfahren und Fristen"),
    ("p", "Das Auswahlverfahren ist zweistufig:"),
    ("ol", ["Bis zum 31. Mai 2024 reichen die Kommunen eine Projektskizze von höchstens zehn Seiten über das Förderportal ein.",
            "Eine Jury aus Fachleuten des Bundes, der Länder und der kommunalen Spitzenverbände wählt bis Ende September 2024 die Projekte aus.",
            "Die ausgewählten Kommunen werden zur Stellung eines förderfähigen Antrags aufgefordert; die ersten Bewilligungen sind für Anfang 2025 geplant."]),
    ("p", "Bewertet werden insbesondere der Beitrag zur Versorgung und zum Zusammenhalt im Ort, die Beteiligung der Bürgerinnen und Bürger, die Nachnutzung vorhandener Bausubstanz und ein tragfähiges Betreiberkonzept. Kommunen in strukturschwachen Regionen werden bei gleicher Eignung bevorzugt."),
    ("p", "Das Bundesinstitut für Bau-, Stadt- und Raumforschung betreut das Programm fachlich und bietet am 9. April 2024 eine Online-Informationsveranstaltung für interessierte Kommunen an."),
]
page("b04-gsb-bund-projektaufruf", "Neuer Projektaufruf: 75 Millionen Euro für Gemeinschaftsorte auf dem Land", "2024-03-12", B04, f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="UTF-8">
<title>BMWSB - Pressemitteilungen - Neuer Projektaufruf: 75 Millionen Euro für Gemeinschaftsorte auf dem Land</title>
<meta name="generator" content="Government Site Builder">
<meta name="title" content="Neuer Projektaufruf: 75 Millionen Euro für Gemeinschaftsorte auf dem Land">
<meta name="DC.language" content="de">
<meta name="robots" content="index,follow">
<link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/normalize.css?v=3">
</head>
<body class="gsb startseite js-off lang-de">
<div id="wrapperOuter"><div id="wrapperInner">
<a id="jump" href="#main">Springe direkt zu: Inhalt</a>
<header id="header" class="l-header">
<div class="l-header__meta">{ul(["Leichte Sprache", "Gebärdensprache", "English", "Presse", "Service", "Kontakt"])}</div>
<p class="logo"><a href="/DE/startseite/startseite-node.html"><img src="/SiteGlobals/Frontend/Images/logo.svg" alt="Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen"></a></p>
<nav id="navPrimary" class="c-nav-primary">{ul(["Wohnen", "Wohngeld", "Sozialer Wohnungsbau", "Bauen", "Bauwirtschaft", "Bauforschung", "Stadtentwicklung", "Städtebauförderung", "Ländliche Räume", "Raumordnung", "Heimat", "Ministerium", "Aufgaben", "Leitung", "Organisation", "Presse", "Pressemitteilungen", "Reden und Interviews", "Termine", "Mediathek", "Service", "Publikationen", "Förderprogramme", "Ausschreibungen", "Stellenangebote"])}</nav>
</header>
<div id="navBreadcrumbs" class="c-breadcrumb"><p>Sie sind hier:</p><ol><li><a href="/DE/startseite/startseite-node.html">Startseite</a></li><li><a href="/DE/presse/presse-node.html">Presse</a></li><li><a href="/DE/presse/pressemitteilungen/pressemitteilungen-node.html">Pressemitteilungen</a></li><li>Neuer Projektaufruf</li></ol></div>
<main id="main" class="l-content-wrapper">
<div class="c-article">
<div class="c-article-header">
<p class="c-article-header__meta"><span class="c-article-header__type">Pressemitteilung</span> <span class="c-article-header__date">Datum 12.03.2024</span></p>
<h1 class="isFirstInSlot">Neuer Projektaufruf: 75 Millionen Euro für Gemeinschaftsorte auf dem Land</h1>
<p class="c-article-header__pm-nr">Nummer 27/2024</p>
</div>
<div class="c-article__text richtext">
{render(B04)}
</div>
<div class="c-linklist"><h2>Weitere Informationen</h2><ul><li><a href="#">Förderaufruf (PDF, 412 KB, barrierefrei)</a></li><li><a href="#">Zum Förderportal</a></li><li><a href="#">Anmeldung zur Informationsveranstaltung</a></li></ul></div>
<p class="c-article__stand">Stand: 14.03.2024</p>
<div class="c-share"><h2>Seite teilen</h2><ul><li><a href="#">Mastodon</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">E-Mail</a></li><li><a href="#">Drucken</a></li></ul></div>
</div>
<aside class="c-teaser-list"><h2>Das könnte Sie auch interessieren</h2>
<div class="c-teaser"><p class="c-teaser__date">08.03.2024</p><h3><a href="#">Städtebauförderung 2024: Bund stellt eine Milliarde Euro bereit</a></h3></div>
<div class="c-teaser"><p class="c-teaser__date">29.02.2024</p><h3><a href="#">Wohngeld-Plus: Zahl der Haushalte steigt auf 1,9 Millionen</a></h3></div></aside>
</main>
<footer id="footer" class="l-footer">
<div class="l-footer__contact"><h2>Kontakt</h2><p>Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen<br>Krausenstraße 17-18<br>10117 Berlin<br>Pressestelle: +49 30 18 681-0</p></div>
{ul(["Impressum", "Datenschutz", "Barrierefreiheit", "Barriere melden", "Sitemap", "Newsletter", "RSS"])}</footer>
</div></div>
</body></html>
""", not_contain=["Weitere Informationen", "Das könnte Sie auch interessieren", "Städtebauförderung 2024", "Krausenstraße", "Seite teilen", "Nummer 27/2024"],
     notes=["date from 'Datum 12.03.2024'; 'Stand: 14.03.2024' below the article is not the publication date", "'Pressemitteilung' type label and 'Nummer 27/2024' are header metadata, not body"])


# b05 -- NOLIS (Landkreis), ISO-8859-15, today's-date banner in the header, "Erstellt:" byline
B05 = [
    ("p", "Der Landkreis Cloppenburg ordnet mit sofortiger Wirkung die Aufstallung von Geflügel in Teilen des Kreisgebietes an. Anlass ist der Nachweis der Geflügelpest (Aviäre Influenza, Subtyp H5N1) bei zwei Wildgänsen, die am 29. Januar 2025 am Thülsfelder Stausee tot aufgefunden wurden. Das Friedrich-Loeffler-Institut hat den Befund am 1. Februar 2025 bestätigt."),
    ("h2", "Was gilt ab sofort?"),
    ("p", "In dem festgelegten Gebiet sind alle Hühner, Truthühner, Perlhühner, Rebhühner, Fasane, Laufvögel, Wachteln, Enten und Gänse in geschlossenen Ställen oder unter einer überstehenden, nach oben gegen Einträge gesicherten Abdeckung zu halten. Die Pflicht gilt unabhängig von der Größe des Bestands, also auch für Hobbyhaltungen mit wenigen Tieren."),
    ("ul", ["Geflügelausstellungen, Märkte und Veranstaltungen ähnlicher Art sind im Gebiet verboten.",
            "Tierhalterinnen und Tierhalter müssen verendete Tiere unverzüglich dem Veterinäramt melden.",
            "Futter, Einstreu und Gegenstände, mit denen Geflügel in Berührung kommen kann, sind für Wildvögel unzugänglich aufzubewahren."]),
    ("h2", "Betroffene Gemeinden"),
    ("table", [["Gemeinde", "Betroffene Ortsteile"],
               ["Garrel", "gesamtes Gemeindegebiet"],
               ["Friesoythe", "Thüle, Pehmertange, Ellerbrock"],
               ["Molbergen", "Peheim, Dwergte, Grönheim"],
               ["Cappeln (Oldb.)", "Sevelten, Warnstedt"]]),
    ("p", "Die vollständige Allgemeinverfügung einschließlich der Karte des Gebietes und der Rechtsbehelfsbelehrung liegt im Kreishaus, Eschstraße 29, Zimmer 214, während der Dienststunden zur Einsicht aus. Sie gilt zunächst bis zum 31. März 2025."),
    ("p", "Verstöße gegen die Aufstallungspflicht können mit einem Bußgeld von bis zu 30.000 € geahndet werden. Der Landkreis weist darauf hin, dass die Aufstallung vor allem dem Schutz der eigenen Tiere dient: Ein Ausbruch in einem Bestand hat in der Regel die Tötung aller Tiere zur Folge."),
]
page("b05-nolis-landkreis-aufstallung-latin9", "Geflügelpest: Landkreis ordnet Aufstallungspflicht an", "2025-02-03", B05, f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">
<title>Geflügelpest: Landkreis ordnet Aufstallungspflicht an - Landkreis Cloppenburg</title>
<meta name="generator" content="NOLIS CMS">
<meta name="keywords" content="Geflügelpest, Aufstallung, Veterinäramt">
<link href="/bilder/cloppenburg/css/layout.css" rel="stylesheet" type="text/css">
</head>
<body>
<div id="seite">
<div id="kopfzeile"><div class="heute">Heute: Donnerstag, 20. Februar 2025</div>
<div class="servicelinks"><a href="#">Kontakt</a> | <a href="#">Leichte Sprache</a> | <a href="#">Gebärdensprache</a> | <a href="#">Schriftgröße</a></div>
<a href="/"><img src="/bilder/cloppenburg/logo_lk_clp.gif" alt="Landkreis Cloppenburg"></a></div>
<div id="navigation">{ul(["Landkreis", "Landrat", "Kreistag", "Kreisverwaltung", "Ämter von A-Z", "Bürgerservice", "Dienstleistungen A-Z", "Kfz-Zulassung", "Führerscheine", "Bauen", "Jagd und Fischerei", "Veterinärwesen", "Lebensmittelüberwachung", "Gesundheit", "Soziales", "Jugend und Familie", "Bildung", "Umwelt", "Abfallwirtschaft", "Wirtschaft", "Tourismus", "Aktuelles", "Pressemitteilungen", "Öffentliche Bekanntmachungen", "Stellenangebote"])}</div>
<div id="pfad"><a href="/">Startseite</a> &raquo; <a href="#">Aktuelles</a> &raquo; <a href="#">Öffentliche Bekanntmachungen</a></div>
<div id="inhalt">
<div class="nolis-detail">
<h1 class="nolis-titel">Geflügelpest: Landkreis ordnet Aufstallungspflicht an</h1>
<div class="nolis-meta"><span class="nolis-erstellt">Erstellt: 03.02.2025</span> | <span class="nolis-rubrik">Veterinärwesen</span></div>
<div class="nolis-text">
{render(B05, table_cls="nolis-tabelle")}
</div>
<div class="nolis-download"><h3>Downloads</h3><ul><li><a href="#">Allgemeinverfügung vom 03.02.2025 (PDF, 388 kB)</a></li><li><a href="#">Karte des Gebietes (PDF, 1,2 MB)</a></li></ul></div>
<p class="nolis-tools"><a href="#">Drucken</a> <a href="#">Weiterempfehlen</a> <a href="#">Zurück</a></p>
</div>
</div>
<div id="rechts">
<div class="kasten"><h3>Veterinäramt</h3><p>Eschstraße 29<br>49661 Cloppenburg<br>Telefon: 04471 15-475<br>Fax: 04471 15-499</p><p>Sprechzeiten: Mo.–Fr. 8.30–12.30 Uhr, Do. 14.00–17.00 Uhr</p></div>
<div class="kasten"><h3>Aktuelle Meldungen</h3><ul><li><a href="#">Kreistag beschließt Haushalt 2025</a> (18.02.2025)</li><li><a href="#">Neue Sprechzeiten der Kfz-Zulassungsstelle</a> (14.02.2025)</li></ul></div>
</div>
<div id="fusszeile">Landkreis Cloppenburg · Eschstraße 29 · 49661 Cloppenburg · Telefon 04471 15-0 {ul(FOOT)}</div>
</div>
</body></html>
""", encoding="iso-8859-15", not_contain=["Heute: Donnerstag", "Downloads", "Weiterempfehlen", "Sprechzeiten", "Kreistag beschließt Haushalt"],
     notes=["declared and encoded ISO-8859-15 (€ as 0xA4; typographic quotes as character references)", "today's-date banner 20.02.2025 in header is not the date; 'Erstellt: 03.02.2025' is"])


# b06 -- Sitepark (museum), event announcement: only the event date, plus a today's-date opening banner
B06 = [
    ("p", "Wie haben Kinder in Münster vor hundert Jahren gespielt, gelernt und gegessen? Beim Familiensonntag „Kindheit in der Stadt 1924“ verwandelt sich das Stadtmuseum einen Tag lang in ein Klassenzimmer, eine Küche und einen Hinterhof der 1920er-Jahre. Kinder ab fünf Jahren und ihre Familien können an verschiedenen Stationen ausprobieren, was damals zum Alltag gehörte."),
    ("h3", "Das Programm"),
    ("ul", ["Schreiben mit Griffel und Schiefertafel in der nachgebauten Volksschulklasse",
            "Kreisel, Murmeln und Hüpfspiele im Museumshof",
            "Buttern und Apfelkraut kochen in der Küche der Sonderausstellung",
            "Mitmach-Führungen um 11.30 Uhr und 14.30 Uhr (Dauer etwa 45 Minuten)",
            "Vorlesestunde mit Geschichten aus alten Lesebüchern um 15.30 Uhr"]),
    ("p", "Die Stationen werden von der Museumspädagogik gemeinsam mit Studierenden der Universität Münster betreut. Einige Spielzeuge stammen aus der Sammlung des Museums und sind sonst nur hinter Glas zu sehen; für den Familiensonntag wurden originalgetreue Nachbauten angefertigt."),
    ("fig", "Schulkinder in der Überwasserschule um 1925. Foto: Stadtmuseum Münster, Sammlung Tenhagen"),
    ("p", "Der Eintritt ist für Kinder und Jugendliche bis 17 Jahre frei, Erwachsene zahlen den ermäßigten Eintritt von 3 Euro. Eine Anmeldung ist nicht erforderlich. Für die Mitmach-Führungen werden ab 10 Uhr an der Kasse kostenlose Zählkarten ausgegeben, da die Zahl der Plätze begrenzt ist."),
    ("p", "Der Familiensonntag ist Teil des Begleitprogramms zur Sonderausstellung „Münster in den Zwanzigern“, die noch bis zum 2. Februar 2025 zu sehen ist."),
]
page("b06-sitepark-museum-familiensonntag", "Familiensonntag: Kindheit in der Stadt 1924", None, B06, f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Stadtmuseum Münster: Familiensonntag: Kindheit in der Stadt 1924</title>
<meta name="generator" content="Sitepark IES">
<meta name="description" content="Familiensonntag im Stadtmuseum: Spielen, Schreiben und Kochen wie vor hundert Jahren.">
<meta property="og:title" content="Familiensonntag: Kindheit in der Stadt 1924">
<link rel="stylesheet" href="/fileadmin/css/sp-museum.css">
</head>
<body>
<div class="sp-page">
<div class="sp-topbar"><p class="sp-opening-today">Heute, Dienstag, 8. Oktober 2024: geöffnet von 10 bis 18 Uhr</p><a href="#">Besuch planen</a> <a href="#">English</a></div>
<header class="sp-header"><a href="/" class="sp-logo">Stadtmuseum Münster</a>
<nav class="sp-nav">{ul(["Besuch", "Öffnungszeiten & Preise", "Anfahrt", "Barrierefreiheit", "Ausstellungen", "Dauerausstellung", "Sonderausstellungen", "Ausstellungsarchiv", "Programm", "Veranstaltungskalender", "Führungen", "Familien", "Schulen & Kitas", "Sammlung", "Museum", "Über uns", "Förderverein", "Presse", "Shop"])}</nav></header>
<div class="sp-breadcrumb"><a href="/">Startseite</a> / <a href="#">Programm</a> / <a href="#">Veranstaltungskalender</a> / Familiensonntag</div>
<div class="sp-content">
<div class="sp-article sp-event">
<p class="sp-kicker">Veranstaltung · Familien</p>
<h1>Familiensonntag: Kindheit in der Stadt 1924</h1>
<div class="sp-event-facts"><dl><dt>Wann</dt><dd>Sonntag, 17. November 2024, 11 bis 17 Uhr</dd><dt>Wo</dt><dd>Stadtmuseum Münster, Salzstraße 28</dd><dt>Für wen</dt><dd>Familien mit Kindern ab 5 Jahren</dd><dt>Kosten</dt><dd>Kinder frei, Erwachsene 3 €</dd></dl>
<a class="sp-ical" href="#">Termin in meinen Kalender eintragen</a></div>
<div class="sp-text">
{render(B06, '<div class="sp-image"><img src="{src}" alt=""><p class="sp-image-caption">{cap}</p></div>')}
</div>
<div class="sp-social"><a href="#">Auf Facebook teilen</a> <a href="#">Per E-Mail empfehlen</a> <a href="#">Seite drucken</a></div>
</div>
<div class="sp-sidebar">
<div class="sp-box"><h2>Öffnungszeiten</h2><p>Dienstag bis Freitag 10 bis 18 Uhr<br>Samstag, Sonntag und Feiertage 11 bis 18 Uhr<br>Montag geschlossen</p></div>
<div class="sp-box"><h2>Weitere Termine</h2><ul><li>24.10.2024 <a href="#">Kuratorenführung: Münster in den Zwanzigern</a></li><li>03.11.2024 <a href="#">Offenes Atelier für Erwachsene</a></li></ul></div>
<div class="sp-box"><h2>Newsletter</h2><p>Erhalten Sie einmal im Monat unser Programm per E-Mail.</p><form><input placeholder="Ihre E-Mail-Adresse"><button>Abonnieren</button></form></div>
</div>
</div>
<footer class="sp-footer"><p>Stadtmuseum Münster · Salzstraße 28 · 48143 Münster · Telefon 0251 492-4503</p>{ul(FOOT)}</footer>
</div>
</body></html>
""", not_contain=["Heute, Dienstag", "Termin in meinen Kalender", "Weitere Termine", "Abonnieren", "Montag geschlossen", "Sammlung Tenhagen"],
     notes=["no publication date anywhere: 17.11.2024 is the event date, 8 Oct 2024 a today's banner -> null", "the event fact box (Wann/Wo/...) is metadata, not body"])


# b07 -- Drupal (Zweckverband), created field with weekday and time, "zuletzt geändert" and og:updated_time
B07 = [
    ("p", "Die Verbandsversammlung des Zweckverbands Abfallwirtschaft Südwestsachsen hat in ihrer Sitzung am 28. November 2024 die neue Abfallgebührensatzung beschlossen. Ab dem 1. Januar 2025 steigen die Gebühren für die Restabfalltonne moderat, die Bioabfallgebühr sinkt dagegen leicht. Für einen Vierpersonenhaushalt mit 120-Liter-Restabfalltonne und 14-tägiger Leerung ergibt sich eine Mehrbelastung von rund 9 Euro im Jahr."),
    ("h2", "Gründe für die Anpassung"),
    ("p", "Die Gebühren werden alle zwei Jahre neu kalkuliert. Ausschlaggebend für die Erhöhung sind vor allem die seit 2024 deutlich gestiegene CO2-Abgabe auf die Verbrennung von Siedlungsabfällen, höhere Personalkosten nach dem Tarifabschluss im öffentlichen Dienst sowie steigende Kosten für Kraftstoff und Fahrzeuge. Gegenläufig wirken gute Erlöse beim Verkauf von Altpapier und Kompost."),
    ("h2", "Die neuen Gebühren im Überblick"),
    ("table", [["Leistung", "bisher", "ab 2025"],
               ["Grundgebühr je Person und Jahr", "28,80 Euro", "30,60 Euro"],
               ["Restabfall 120 Liter, je Leerung", "4,15 Euro", "4,40 Euro"],
               ["Bioabfall 120 Liter, je Leerung", "2,10 Euro", "1,95 Euro"],
               ["Sperrmüll auf Abruf, je Kubikmeter", "18,00 Euro", "18,00 Euro"]]),
    ("p", "Die Gebührenbescheide für 2025 werden ab Mitte Februar verschickt. Wer seinen Bescheid bisher per Post erhält, kann über das Kundenportal auf den elektronischen Versand umstellen."),
    ("p", "Verbandsvorsitzender Frank Ullmann, Bürgermeister der Stadt Aue-Bad Schlema, betonte nach der Sitzung, dass der Verband im sachsenweiten Vergleich weiterhin im unteren Drittel liege. „Wer konsequent trennt und die Biotonne nutzt, kann seine Kosten sogar senken“, sagte Ullmann."),
]
page("b07-drupal-zweckverband-gebuehren", "Abfallgebühren 2025: Restabfall etwas teurer, Bioabfall günstiger", "2024-12-02", B07, f"""<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<title>Abfallgebühren 2025: Restabfall etwas teurer, Bioabfall günstiger | ZAS Zweckverband Abfallwirtschaft Südwestsachsen</title>
<link rel="canonical" href="https://www.za-sws.de/aktuelles/abfallgebuehren-2025">
<meta property="og:title" content="Abfallgebühren 2025: Restabfall etwas teurer, Bioabfall günstiger">
<meta property="og:updated_time" content="2024-12-05T13:20:44+01:00">
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q8Jd0.css">
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home">ZAS – Zweckverband Abfallwirtschaft Südwestsachsen</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-hauptnavigation">{ul(["Startseite", "Abfall-ABC", "Abfuhrkalender", "Tonnen & Säcke", "Sperrmüll", "Wertstoffhöfe", "Schadstoffmobil", "Gebühren", "Satzungen", "Kundenportal", "Der Verband", "Verbandsversammlung", "Mitglieder", "Geschäftsstelle", "Ausschreibungen", "Aktuelles", "Umweltbildung", "Kontakt"], "menu")}</nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/aktuelles">Aktuelles</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-zas-page-title"><h1 class="page-title"><span class="field field--name-title">Abfallgebühren 2025: Restabfall etwas teurer, Bioabfall günstiger</span></h1></div>
<div id="block-zas-content">
<article role="article" class="node node--type-article node--view-mode-full">
<div class="node__meta"><span class="field field--name-uid">Geschäftsstelle</span> <span class="field field--name-created">Mo., 02.12.2024 - 09:14</span></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
{render(B07, table_cls="table table-striped")}
</div>
<div class="field field--name-field-tags"><div class="field__label">Schlagworte</div><div class="field__items"><div class="field__item"><a href="#">Gebühren</a></div><div class="field__item"><a href="#">Verbandsversammlung</a></div></div></div>
<div class="field field--name-field-downloads"><div class="field__label">Downloads</div><span class="file"><a href="#">Abfallgebührensatzung 2025.pdf</a> (214.37 KB)</span></div>
<p class="node__changed">zuletzt geändert: 05.12.2024</p>
</div>
</article>
</div>
</div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="block"><h2>Servicetelefon</h2><p>Montag bis Donnerstag 8 bis 16 Uhr, Freitag 8 bis 12 Uhr<br>Telefon 0371 2656-0</p></div>
<div class="block views-block"><h2>Neueste Meldungen</h2><ul><li><a href="#">Weihnachtsbäume werden ab 7. Januar abgeholt</a></li><li><a href="#">Wertstoffhof Stollberg zwischen den Feiertagen geschlossen</a></li></ul></div>
</div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><p>Zweckverband Abfallwirtschaft Südwestsachsen · Blankenauer Straße 99 · 09113 Chemnitz</p>{ul(["Impressum", "Datenschutz", "Barrierefreiheit", "Kontakt"])}</div></footer>
</div></div>
</body></html>
""", not_contain=["Schlagworte", "Downloads", "zuletzt geändert", "Servicetelefon", "Neueste Meldungen", "Blankenauer Straße"],
     notes=["date from created field 'Mo., 02.12.2024 - 09:14'; og:updated_time and 'zuletzt geändert' are 2024-12-05"])


# b08 -- Joomla (Feuerwehr), article-info with Erstellt / Zuletzt aktualisiert / Zugriffe, consent box inside the component
B08 = [
    ("p", "Zur Jahreshauptversammlung der Freiwilligen Feuerwehr Neuhof begrüßte Wehrführer Dominik Pfeifer am Freitagabend 64 aktive und fördernde Mitglieder sowie Gäste aus Gemeindevorstand und Nachbarwehren im Dorfgemeinschaftshaus. Im Mittelpunkt standen der Jahresbericht, zahlreiche Beförderungen und Ehrungen sowie die Wahl eines neuen stellvertretenden Wehrführers."),
    ("h2", "Einsatzreiches Jahr 2023"),
    ("p", "Die Einsatzabteilung wurde im vergangenen Jahr zu 87 Einsätzen alarmiert, darunter 21 Brände, 48 technische Hilfeleistungen und 18 Fehlalarme durch Brandmeldeanlagen. Besonders in Erinnerung blieben der Scheunenbrand in Hauswurz im Juli und das Unwetter am 22. August, bei dem die Wehr innerhalb von sechs Stunden zu 14 Einsatzstellen ausrücken musste. Insgesamt leisteten die Kameradinnen und Kameraden mehr als 3.100 Stunden bei Einsätzen, Übungen und Lehrgängen."),
    ("p", "Erfreulich entwickelt sich die Jugendfeuerwehr: Jugendwartin Lena Hohmann berichtete von 19 Mitgliedern, vier Übertritten in die Einsatzabteilung und einem zweiten Platz beim Kreisjugendfeuerwehrtag. Die Kinderfeuerwehr „Löschzwerge“ hat eine Warteliste."),
    ("h2", "Beförderungen und Ehrungen"),
    ("ul", ["zur Feuerwehrfrau: Johanna Storch",
            "zum Oberfeuerwehrmann: Tim Kreß, Niklas Hartung",
            "zur Hauptfeuerwehrfrau: Sabine Möller",
            "zum Löschmeister: Patrick Vogt",
            "Ehrenzeichen in Silber für 25 Jahre: Thomas Kircher, Andreas Gärtner",
            "Ehrenzeichen in Gold für 40 Jahre: Erwin Hohmann"]),
    ("h2", "Neuer Stellvertreter gewählt"),
    ("p", "Nach zwölf Jahren als stellvertretender Wehrführer stellte sich Markus Leibold nicht erneut zur Wahl. Die Versammlung wählte Carina Weppler einstimmig zu seiner Nachfolgerin. Bürgermeisterin Maria Schultheis dankte Leibold für seinen Einsatz und kündigte an, dass das neue Hilfeleistungslöschfahrzeug HLF 20 im Herbst ausgeliefert werde."),
    ("fig", "Die Geehrten und Beförderten mit Wehrführung und Bürgermeisterin. Bild: FF Neuhof"),
]
page("b08-joomla-feuerwehr-jhv", "Jahreshauptversammlung: 87 Einsätze und eine neue Stellvertreterin", "2024-03-17", B08, f"""<!DOCTYPE html>
<html lang="de-de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="author" content="Pressewart">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Jahreshauptversammlung: 87 Einsätze und eine neue Stellvertreterin - Freiwillige Feuerwehr Neuhof</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.2" rel="stylesheet">
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112">
<header class="header container-header full-width">
<div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="Freiwillige Feuerwehr Neuhof">Freiwillige Feuerwehr Neuhof</span></a><div class="site-description">Retten – Löschen – Bergen – Schützen</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md">{ul(["Home", "Aktuelles", "Einsätze", "Einsatzstatistik", "Fahrzeuge", "HLF 20", "LF 10", "MTF", "Über uns", "Einsatzabteilung", "Jugendfeuerwehr", "Kinderfeuerwehr", "Alters- und Ehrenabteilung", "Förderverein", "Mitglied werden", "Termine", "Bildergalerie", "Kontakt"], "mod-menu mod-list nav")}</nav></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li>Aktuelle Seite: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Home</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/aktuelles">Aktuelles</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Jahreshauptversammlung</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="de-DE">
<div class="page-header"><h2 itemprop="headline">Jahreshauptversammlung: 87 Einsätze und eine neue Stellvertreterin</h2></div>
<dl class="article-info text-muted">
<dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author"><span class="icon-user"></span> Geschrieben von: <span itemprop="name">Pressewart</span></dd>
<dd class="category-name"><span class="icon-folder-open"></span> Kategorie: <a href="#" itemprop="genre">Aktuelles</a></dd>
<dd class="create"><span class="icon-calendar"></span> <time datetime="2024-03-17T11:02:37+01:00" itemprop="dateCreated">Erstellt: 17. März 2024</time></dd>
<dd class="modified"><span class="icon-calendar"></span> <time datetime="2024-03-19T08:41:12+01:00" itemprop="dateModified">Zuletzt aktualisiert: 19. März 2024</time></dd>
<dd class="hits"><span class="icon-eye"></span> <meta itemprop="interactionCount" content="UserPageVisits:412">Zugriffe: 412</dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
{render(B08, '<figure class="image"><img src="{src}" alt=""><figcaption>{cap}</figcaption></figure>')}
</div>
<ul class="pagenav pagination"><li class="previous"><a href="#" rel="prev">Zurück</a></li><li class="next"><a href="#" rel="next">Weiter</a></li></ul>
</div>
<div id="cookieconsent-box" class="consent-box"><h4>Datenschutzeinstellungen</h4><p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</p><button>Alle akzeptieren</button> <button>Individuelle Einstellungen</button></div>
</main>
</div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Letzte Einsätze</h3><div class="card-body"><ul><li>14.03.2024 – Brandmeldeanlage, Schulzentrum</li><li>11.03.2024 – Ölspur, Kreisstraße 101</li><li>09.03.2024 – Verkehrsunfall, B 40</li></ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Nächste Termine</h3><div class="card-body"><ul><li>22.03.2024 Übungsabend</li><li>06.04.2024 Osterfeuer am Gerätehaus</li></ul></div></div></div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><p>Freiwillige Feuerwehr Neuhof · Feuerwehrgerätehaus · Am Rödchen 3 · 36119 Neuhof</p>{ul(["Impressum", "Datenschutz", "Login"])}</div></footer>
</body></html>
""", not_contain=["Geschrieben von", "Zugriffe", "Datenschutzeinstellungen", "Letzte Einsätze", "Osterfeuer", "Am Rödchen"],
     notes=["Joomla uses <h2> for the headline; date 'Erstellt: 17. März 2024', not 'Zuletzt aktualisiert'", "consent box sits inside <main> after the article"])


# b09 -- hand-made table layout, windows-1252, job notice; only a "Letzte Änderung" stamp -> no publication date
B09 = [
    ("p", "Die Gemeinde Oberwolfach (rund 2.700 Einwohner, Ortenaukreis) sucht zum 1. Januar 2024 eine/n"),
    ("h3", "Mitarbeiter/in für den Bauhof (m/w/d)"),
    ("p", "in Vollzeit (39 Wochenstunden), unbefristet."),
    ("h4", "Ihre Aufgaben"),
    ("ul", ["Pflege und Unterhaltung der gemeindlichen Grün- und Freiflächen, Spielplätze und des Friedhofs",
            "Unterhaltung von Gemeindestraßen, Feld- und Waldwegen einschließlich Winterdienst",
            "Mithilfe bei der Wasserversorgung und bei Veranstaltungen der Gemeinde",
            "Wartung und Pflege der Fahrzeuge und Geräte des Bauhofs"]),
    ("h4", "Wir erwarten"),
    ("ul", ["eine abgeschlossene handwerkliche Berufsausbildung, vorzugsweise im Garten- und Landschaftsbau oder in einem Bauberuf",
            "Führerschein der Klasse C1E oder die Bereitschaft, diesen zu erwerben",
            "Teamfähigkeit, Zuverlässigkeit und selbstständiges Arbeiten",
            "Bereitschaft zur Teilnahme am Winterdienst und an Rufbereitschaften"]),
    ("h4", "Wir bieten"),
    ("p", "Eine abwechslungsreiche Tätigkeit in einem kleinen, kollegialen Team, eine Vergütung nach Entgeltgruppe 5 TVöD mit den üblichen Sozialleistungen des öffentlichen Dienstes, eine betriebliche Altersvorsorge sowie Zuschüsse zum Jobrad und zum Deutschlandticket."),
    ("p", "Ihre aussagekräftige Bewerbung richten Sie bitte bis zum 6. Oktober 2023 an das Bürgermeisteramt Oberwolfach, Hauptamt, Rathausplatz 1, 77709 Oberwolfach, oder per E-Mail in einer PDF-Datei an bewerbung@oberwolfach.de. Für Fragen steht Ihnen Bauhofleiter Gerhard Schmieder unter Telefon 07834 8383-40 gerne zur Verfügung."),
]
page("b09-tabellenlayout-stelle-cp1252", "Stellenausschreibung: Mitarbeiter/in für den Bauhof (m/w/d)", None, B09, f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Gemeinde Oberwolfach - Stellenausschreibung</title>
<meta name="keywords" content="Oberwolfach, Gemeinde, Kinzigtal, Schwarzwald, Stellenangebote">
<link rel="stylesheet" href="format.css" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2" height="120" background="bilder/kopf.jpg"><img src="bilder/wappen.gif" width="60" height="72" alt="Wappen"> <font size="5"><b>Gemeinde Oberwolfach</b></font><br><font size="2">im Herzen des Kinzigtals</font></td></tr>
<tr><td colspan="2" class="pfad"><a href="index.html">Startseite</a> &raquo; <a href="rathaus.html">Rathaus</a> &raquo; Stellenangebote</td></tr>
<tr>
<td width="200" valign="top" class="navi">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
{"".join(f'<tr><td class="navpunkt"><a href="{i.lower()}.html">{i}</a></td></tr>' for i in ["Startseite", "Aktuelles", "Rathaus", "Bürgermeister", "Gemeinderat", "Sitzungstermine", "Verwaltung", "Bürgerservice", "Formulare", "Stellenangebote", "Ortsrecht", "Mitteilungsblatt", "Kindergarten", "Grundschule", "Vereine", "Tourismus", "Mineralienmuseum", "Wanderwege", "Unterkünfte", "Gewerbe", "Bauplätze", "Links", "Impressum"])}
</table>
<br><table width="100%" class="kasten"><tr><td><b>Rathaus</b><br>Mo - Fr 8.00 - 12.00 Uhr<br>Mi 14.00 - 18.00 Uhr<br>Tel. 07834 8383-0</td></tr></table>
</td>
<td width="780" valign="top" class="inhalt">
<h2 class="ueberschrift">Stellenausschreibung: Mitarbeiter/in für den Bauhof (m/w/d)</h2>
{render(B09, '<p><img src="{src}"><br><i>{cap}</i></p>')}
<p>&nbsp;</p>
<p class="klein"><a href="stellen.html">&laquo; zurück zur Übersicht</a> &nbsp;|&nbsp; <a href="javascript:window.print()">Seite drucken</a></p>
</td>
</tr>
<tr><td colspan="2" class="fuss" align="center">Gemeinde Oberwolfach &middot; Rathausplatz 1 &middot; 77709 Oberwolfach &middot; Tel. 07834 8383-0 &middot; Fax 07834 8383-29<br><a href="impressum.html">Impressum</a> | <a href="datenschutz.html">Datenschutz</a> | Letzte Änderung: 12.09.2023</td></tr>
</table>
</body></html>
""", encoding="windows-1252", not_contain=["zurück zur Übersicht", "Letzte Änderung", "Mineralienmuseum", "Fax 07834", "Mo - Fr 8.00"],
     notes=["no publication date is stated; 'Letzte Änderung: 12.09.2023' in the footer is a page stamp -> null",
            "the title is an <h2>; the intro sentence and the job heading belong to the body"])


# b10 -- TYPO3 (Stadtbibliothek), reading announcement; event <time> only, consent banner inside <main>
B10 = [
    ("p", "Die Stadtbibliothek Ludwigsburg lädt zu einer Lesung mit der Stuttgarter Autorin Miriam Castellano ein. In ihrem neuen Roman „Das Haus am Salonwald“ erzählt sie die Geschichte dreier Generationen von Frauen, die zwischen 1950 und heute in derselben Ludwigsburger Altbauwohnung leben – und davon, was die Wände über ihre Bewohnerinnen wissen."),
    ("p", "Castellano, 1979 in Heilbronn geboren, arbeitete viele Jahre als Lokaljournalistin, bevor sie 2019 ihren ersten Roman veröffentlichte. Für ihr Debüt „Kirschen im Oktober“ erhielt sie den Thaddäus-Troll-Preis. Der neue Roman beruht auf Gesprächen mit älteren Ludwigsburgerinnen, die die Autorin über zwei Jahre hinweg geführt hat."),
    ("p", "Durch den Abend führt Bibliotheksleiterin Dr. Susanne Mertens. Im Anschluss an die Lesung besteht die Möglichkeit, mit der Autorin ins Gespräch zu kommen und Bücher signieren zu lassen. Der Büchertisch wird von der Buchhandlung Aigner betreut."),
    ("h3", "Hinweise zum Besuch"),
    ("ul", ["Einlass ab 19 Uhr, Beginn 19.30 Uhr",
            "Eintritt 8 Euro, ermäßigt 5 Euro, mit Bibliotheksausweis 4 Euro",
            "Karten an der Servicetheke der Zentralbibliothek oder online im Veranstaltungskalender",
            "Der Veranstaltungssaal im 2. Obergeschoss ist über den Aufzug barrierefrei erreichbar."]),
    ("p", "Die Lesung findet im Rahmen der Reihe „Literatur im Kulturzentrum“ statt, die von der Kulturstiftung der Kreissparkasse unterstützt wird."),
]
page("b10-typo3-bibliothek-lesung", "Lesung mit Miriam Castellano: „Das Haus am Salonwald“", None, B10, f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>Lesung mit Miriam Castellano: „Das Haus am Salonwald“ - Stadtbibliothek Ludwigsburg</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Lesung mit Miriam Castellano">
<meta property="og:description" content="Die Stadtbibliothek lädt zu einer Lesung mit Miriam Castellano ein.">
<link rel="stylesheet" href="/typo3conf/ext/stabi/Resources/Public/Css/main.css">
</head>
<body>
<div class="page">
<header class="header">
<div class="header__top"><a href="#">Mein Konto</a> <a href="#">Katalog</a> <a href="#">Onleihe</a> <a href="#">Leichte Sprache</a></div>
<a class="header__logo" href="/">Stadtbibliothek Ludwigsburg</a>
<nav class="nav-main">{ul(["Medien & Katalog", "Neuerwerbungen", "Onleihe", "Datenbanken", "Zeitschriften", "Service", "Ausweis & Gebühren", "Fernleihe", "Öffnungszeiten", "Standorte", "Zentralbibliothek", "Stadtteilbibliotheken", "Fahrbibliothek", "Programm", "Veranstaltungen", "Kinder & Jugend", "Schulen & Kitas", "Lernort", "Über uns", "Presse"])}</nav>
</header>
<nav class="breadcrumb"><ul><li><a href="/">Start</a></li><li><a href="#">Programm</a></li><li><a href="#">Veranstaltungen</a></li><li class="active">Lesung mit Miriam Castellano</li></ul></nav>
<main class="main" id="main">
<div class="cookie-consent" id="cookie-consent" data-nosnippet>
<p><strong>Ihre Privatsphäre ist uns wichtig.</strong> Wir setzen auf dieser Website nur technisch notwendige Cookies ein. Mit Ihrer Zustimmung binden wir zusätzlich Inhalte von externen Anbietern (z. B. Videos) ein.</p>
<button class="cookie-consent__accept">Zustimmen</button> <button class="cookie-consent__deny">Ablehnen</button></div>
<div class="frame frame-default frame-type-calendarize_detail">
<div class="event-detail">
<p class="event-detail__category">Lesung · Erwachsene</p>
<h1 class="event-detail__title">Lesung mit Miriam Castellano: „Das Haus am Salonwald“</h1>
<div class="event-detail__date"><time datetime="2024-11-21T19:30:00+01:00">Do, 21.11.2024, 19:30 – 21:00 Uhr</time><br><span class="event-detail__location">Zentralbibliothek im Kulturzentrum, Wilhelmstraße 9/1</span></div>
<div class="event-detail__text">
{render(B10)}
</div>
<p class="event-detail__ics"><a href="#">Termin exportieren (iCal)</a> · <a href="#">Karten online kaufen</a></p>
</div>
</div>
<div class="frame frame-type-list related-events"><h2>Weitere Veranstaltungen</h2><ul>
<li><time>23.11.2024</time> <a href="#">Bilderbuchkino: Der kleine Igel und die rote Mütze</a></li>
<li><time>28.11.2024</time> <a href="#">Digitalsprechstunde: Hilfe bei Smartphone und Tablet</a></li></ul></div>
</main>
<aside class="sidebar"><div class="box"><h2>Öffnungszeiten Zentralbibliothek</h2><p>Di – Fr 10 – 19 Uhr<br>Sa 10 – 15 Uhr<br>So, Mo geschlossen</p></div>
<div class="box"><h2>Kontakt</h2><p>Stadtbibliothek Ludwigsburg<br>Wilhelmstraße 9/1<br>71638 Ludwigsburg<br>Telefon 07141 910-2535</p></div></aside>
<footer class="footer"><p>© Stadt Ludwigsburg</p>{ul(FOOT)}</footer>
</div>
</body></html>
""", not_contain=["Privatsphäre", "Cookies", "Termin exportieren", "Weitere Veranstaltungen", "Bilderbuchkino", "So, Mo geschlossen", "Telefon 07141"],
     notes=["event page without any publication date: the <time> is the event date -> null", "consent banner inside <main> before the article"])


# b11 -- Landesportal (ministry), og/article meta + JSON-LD + <time>, related teasers with their own dates
B11 = [
    ("p", "Das Land Baden-Württemberg stockt die Förderung für den Baumschnitt auf Streuobstwiesen deutlich auf. Künftig erhalten Bewirtschafterinnen und Bewirtschafter 20 Euro statt bisher 15 Euro je Baum und Schnitt. Zugleich wird die Mindestzahl von 100 auf 50 Bäume gesenkt, damit auch kleinere Wiesen und Obstbauvereine von dem Programm profitieren. Die neue Förderperiode beginnt am 1. Juli 2024."),
    ("p", "„Streuobstwiesen sind ein Markenzeichen unseres Landes und Lebensraum für mehr als 5.000 Tier- und Pflanzenarten. Aber sie verschwinden, wenn sie nicht gepflegt werden“, sagte Minister Peter Hauk am Dienstag bei der Vorstellung des Programms in Weinstadt. „Der fachgerechte Schnitt ist harte Arbeit, die sich mit dem Verkauf von Mostobst allein nicht bezahlt macht. Hier setzen wir an.“"),
    ("h2", "Bestand seit 2009 um ein Fünftel geschrumpft"),
    ("p", "Baden-Württemberg hat mit rund 7,1 Millionen Streuobstbäumen den größten zusammenhängenden Streuobstbestand Europas. Nach der jüngsten Erhebung der Landesanstalt für Umwelt ist die Zahl der Bäume seit 2009 jedoch um etwa 20 Prozent zurückgegangen. Viele Bäume sind überaltert oder werden nicht mehr geschnitten; Neupflanzungen gleichen die Verluste bislang nicht aus."),
    ("h2", "Die Förderung im Überblick"),
    ("ul", ["20 Euro je Baum für einen Erziehungs- oder Pflegeschnitt, höchstens zweimal in fünf Jahren",
            "Antragstellung ab 50 Bäumen; Zusammenschlüsse mehrerer Eigentümer sind möglich",
            "zusätzlicher Zuschlag von 5 Euro je Baum bei Verwendung regionaler Hochstamm-Sorten",
            "Antragstellung über die Landratsämter bis jeweils 15. Oktober"]),
    ("p", "Für das Programm stehen in den Jahren 2024 und 2025 insgesamt 12 Millionen Euro zur Verfügung. Die Mittel stammen aus dem Sonderprogramm zur Stärkung der biologischen Vielfalt."),
    ("h3", "Hintergrund"),
    ("p", "Die Streuobstkonzeption des Landes wurde 2015 aufgelegt und 2022 fortgeschrieben. Seitdem wurden über das Förderprogramm rund 1,4 Millionen Baumschnitte bezuschusst. Der Streuobstanbau in Deutschland ist seit 2021 als immaterielles Kulturerbe der UNESCO anerkannt."),
]
page("b11-landesportal-ministerium-streuobst", "Land erhöht Förderung für Streuobstwiesen", "2024-04-23", B11, f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Land erhöht Förderung für Streuobstwiesen: Baden-Württemberg.de</title>
<meta name="description" content="Das Land stockt die Förderung für den Baumschnitt auf Streuobstwiesen auf.">
<meta property="og:type" content="article">
<meta property="og:title" content="Land erhöht Förderung für Streuobstwiesen">
<meta property="og:site_name" content="Baden-Württemberg.de">
<meta property="article:published_time" content="2024-04-23T11:30:00+02:00">
<meta property="article:section" content="Pressemitteilung">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Land erhöht Förderung für Streuobstwiesen","datePublished":"2024-04-23T11:30:00+02:00","author":{{"@type":"Organization","name":"Ministerium für Ernährung, Ländlichen Raum und Verbraucherschutz"}}}}</script>
<link rel="stylesheet" href="/typo3conf/ext/bw_sitepackage/Resources/Public/Css/bw.min.css">
</head>
<body>
<div id="cookie-banner" class="cookie-banner"><p>Diese Seite verwendet Cookies. Bitte wählen Sie, welche Cookies Sie zulassen möchten.</p><button>Alle zulassen</button> <button>Nur erforderliche</button></div>
<header class="site-header">
<a href="/" class="logo">Baden-Württemberg.de</a>
<nav class="nav-main">{ul(["Regierung", "Landesregierung", "Ministerpräsident", "Ministerien", "Landesrecht", "Politik & Themen", "Landwirtschaft", "Verbraucherschutz", "Ländlicher Raum", "Wald", "Klimaschutz", "Digitalisierung", "Bildung", "Service", "Presse", "Pressemitteilungen", "Reden", "Mediathek", "Land & Leute", "Geschichte", "Tourismus"])}</nav>
</header>
<nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="#">Service</a></li><li><a href="#">Presse</a></li><li><a href="#">Pressemitteilungen</a></li><li>Land erhöht Förderung für Streuobstwiesen</li></ol></nav>
<main id="content">
<article class="article">
<header class="article__header">
<p class="article__overline">Landwirtschaft</p>
<h1 class="article__title">Land erhöht Förderung für Streuobstwiesen</h1>
<p class="article__meta"><time datetime="2024-04-23">23.04.2024</time> · Ministerium für Ernährung, Ländlichen Raum und Verbraucherschutz</p>
</header>
<figure class="article__image"><img src="/fileadmin/redaktion/m-mlr/streuobst.jpg" alt=""><figcaption>Streuobstwiese bei Weinstadt-Beutelsbach im Frühjahr. (Bild: © MLR/Jan Potente)</figcaption></figure>
<div class="article__body">
{render(B11)}
</div>
<div class="article__share"><span>Teilen:</span> <a href="#">Facebook</a> <a href="#">Mastodon</a> <a href="#">E-Mail</a> <a href="#">Drucken</a></div>
<div class="article__related"><h2>Weitere Meldungen</h2>
<div class="teaser"><time>19.04.2024</time><h3><a href="#">Frostschäden im Obstbau: Land prüft Hilfen</a></h3><p>Nach den Nachtfrösten der vergangenen Woche haben viele Obstbaubetriebe erhebliche Ausfälle.</p></div>
<div class="teaser"><time>16.04.2024</time><h3><a href="#">Bauernmärkte: Saisonstart in 120 Gemeinden</a></h3><p>Regionale Erzeuger bieten wieder frische Produkte direkt an.</p></div></div>
</article>
</main>
<footer class="site-footer"><div class="footer__contact"><h2>Pressestelle</h2><p>Ministerium für Ernährung, Ländlichen Raum und Verbraucherschutz<br>Kernerplatz 10, 70182 Stuttgart<br>Telefon: 0711 126-2355</p></div>{ul(FOOT)}</footer>
</body></html>
""", not_contain=["Cookies", "Frostschäden", "Weitere Meldungen", "Kernerplatz", "Bild: © MLR", "Teilen:"],
     notes=["overline 'Landwirtschaft' is a kicker, not body", "image caption above the body is excluded"])


# b12 -- custom CMS (road authority), "Pressemitteilung vom ..." line, table of closures, info box inside the article
B12 = [
    ("p", "Die Autobahn GmbH des Bundes, Niederlassung Westfalen, setzt in den Sommerferien die Fahrbahnsanierung auf der A 45 zwischen den Anschlussstellen Hagen-Süd und Lüdenscheid-Nord fort. Dafür sind in Fahrtrichtung Frankfurt mehrere Nacht- und Wochenendsperrungen erforderlich."),
    ("p", "Auf rund sieben Kilometern werden die Deckschicht und in Teilen auch die Binderschicht erneuert. Außerdem werden Schutzplanken ausgetauscht und die Entwässerung an zwei Stellen instandgesetzt. Tagsüber stehen während der Bauzeit in jeder Richtung zwei verengte Fahrstreifen zur Verfügung."),
    ("h2", "Sperrungen im Überblick"),
    ("table", [["Zeitraum", "Sperrung", "Umleitung"],
               ["Fr., 2. August, 20 Uhr, bis Mo., 5. August, 5 Uhr", "Vollsperrung Hagen-Süd bis Lüdenscheid-Nord, Richtung Frankfurt", "U 14 über B 54 und L 528"],
               ["Di., 6. August, bis Do., 8. August, jeweils 20 bis 5 Uhr", "Anschlussstelle Hagen-Süd, Auffahrt Richtung Frankfurt", "U 12 über Anschlussstelle Hagen-Nord"],
               ["Fr., 16. August, 20 Uhr, bis Mo., 19. August, 5 Uhr", "Vollsperrung Hagen-Süd bis Lüdenscheid-Nord, Richtung Frankfurt", "U 14 über B 54 und L 528"]]),
    ("p", "Die Umleitungen sind mit dem roten Punkt ausgeschildert. Ortskundige werden gebeten, den Bereich weiträumig zu umfahren. Auf der Umleitungsstrecke über die B 54 ist insbesondere am Wochenende mit Staus zu rechnen."),
    ("p", "Die Arbeiten kosten rund 4,6 Millionen Euro und sollen bis zum Ende der Sommerferien am 20. August abgeschlossen sein. Die Autobahn GmbH weist darauf hin, dass sich die Termine witterungsbedingt kurzfristig verschieben können."),
]
page("b12-autobahn-sperrungen", "A 45: Nacht- und Wochenendsperrungen zwischen Hagen-Süd und Lüdenscheid-Nord", "2024-07-22", B12, f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>A 45: Nacht- und Wochenendsperrungen zwischen Hagen-Süd und Lüdenscheid-Nord - Die Autobahn GmbH des Bundes</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/app.3f2a.css">
</head>
<body class="page-presse">
<header class="ag-header"><a href="/" class="ag-logo">Die Autobahn</a>
<nav class="ag-nav">{ul(["Verkehr", "Verkehrsmeldungen", "Baustellen", "Sperrungen", "Webcams", "Rastanlagen", "Ladesäulen", "Projekte", "Neubau", "Brückenmodernisierung", "Unternehmen", "Niederlassungen", "Karriere", "Ausschreibungen", "Presse", "Pressemitteilungen", "Mediathek", "Kontakt"])}</nav></header>
<div class="ag-breadcrumb"><a href="/">Start</a> › <a href="#">Niederlassung Westfalen</a> › <a href="#">Presse</a> › Pressemitteilung</div>
<main class="ag-main"><div class="ag-grid">
<section class="ag-col-main">
<article class="ag-press">
<p class="ag-press__meta">Pressemitteilung vom 22.07.2024 – Niederlassung Westfalen</p>
<h1>A 45: Nacht- und Wochenendsperrungen zwischen Hagen-Süd und Lüdenscheid-Nord</h1>
{render(B12, table_cls="ag-table")}
<div class="ag-infobox"><h3>Verkehrsinformationen in Echtzeit</h3><p>Aktuelle Baustellen und Sperrungen finden Sie jederzeit in der App „Autobahn“ und unter verkehr.autobahn.de.</p></div>
<div class="ag-press__contact"><h3>Pressekontakt</h3><p>Bernd Löchte<br>Telefon: 0231 5869-3315<br>presse.westfalen@autobahn.de</p></div>
</article>
</section>
<aside class="ag-col-side"><h2>Weitere Pressemitteilungen</h2><ul><li><span>19.07.2024</span> <a href="#">A 1: Brücke Lennetal wird für Schwerverkehr gesperrt</a></li><li><span>17.07.2024</span> <a href="#">A 2: Neue Lärmschutzwand bei Kamen fertig</a></li><li><span>12.07.2024</span> <a href="#">A 44: Vollsperrung am Kreuz Dortmund/Unna</a></li></ul></aside>
</div></main>
<footer class="ag-footer"><p>Die Autobahn GmbH des Bundes · Niederlassung Westfalen · Brackeler Hellweg 85 · 44309 Dortmund</p>{ul(["Impressum", "Datenschutz", "Barrierefreiheit", "Cookie-Einstellungen"])}</footer>
</body></html>
""", not_contain=["Verkehrsinformationen in Echtzeit", "Pressekontakt", "Bernd Löchte", "Weitere Pressemitteilungen", "Brackeler Hellweg"],
     notes=["date only in 'Pressemitteilung vom 22.07.2024' above the h1", "info box and press contact sit inside the article after the text"])


# b13 -- Landkreis "Aktuelles" (custom), date and category on one line, lead image with credit, opening hours sidebar
B13 = [
    ("p", "Das Gesundheitsamt des Landkreises Mecklenburgische Seenplatte rät vom Baden an der Badestelle Verchen am Kummerower See vorerst ab. Bei der routinemäßigen Probenahme am Montag wurde eine starke Vermehrung von Cyanobakterien, umgangssprachlich Blaualgen, festgestellt. Das Wasser ist dort deutlich grünlich gefärbt, die Sichttiefe lag bei nur 40 Zentimetern."),
    ("p", "Cyanobakterien können Giftstoffe bilden, die beim Verschlucken von Wasser zu Übelkeit, Erbrechen und Durchfall führen. Beim Baden kann es außerdem zu Haut- und Augenreizungen kommen. Besonders gefährdet sind kleine Kinder, die am Ufer spielen und dabei häufig Wasser schlucken, sowie Hunde."),
    ("h3", "Empfehlungen des Gesundheitsamtes"),
    ("ul", ["Baden Sie nicht, wenn Sie im knietiefen Wasser Ihre Füße nicht mehr sehen können.",
            "Lassen Sie Kinder nicht im Uferbereich mit Algenansammlungen spielen.",
            "Duschen Sie nach dem Baden gründlich und wechseln Sie die Badekleidung.",
            "Halten Sie Hunde vom Wasser fern."]),
    ("p", "An den übrigen 68 überwachten Badestellen im Landkreis ist die Wasserqualität derzeit gut bis ausgezeichnet. Die Badestelle Verchen wird in der kommenden Woche erneut beprobt. Sobald sich die Lage entspannt, hebt das Gesundheitsamt die Empfehlung auf und informiert darüber an der Badestelle und auf dieser Internetseite."),
]
page("b13-landkreis-badestelle", "Blaualgen: Gesundheitsamt rät vom Baden in Verchen ab", "2024-06-12", B13, f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Blaualgen: Gesundheitsamt rät vom Baden in Verchen ab | Landkreis Mecklenburgische Seenplatte</title>
<meta name="description" content="Das Gesundheitsamt rät vom Baden an der Badestelle Verchen vorerst ab.">
<link rel="stylesheet" href="/static/css/lk-msp.css">
</head>
<body>
<div class="lk-skip"><a href="#inhalt">Zum Inhalt</a> <a href="#navigation">Zur Navigation</a></div>
<header class="lk-header"><a href="/"><img src="/static/img/logo-lk-msp.svg" alt="Landkreis Mecklenburgische Seenplatte"></a>
<div class="lk-service"><a href="#">Bürgerportal</a> <a href="#">Termin buchen</a> <a href="#">Leichte Sprache</a> <a href="#">Gebärdensprache</a></div>
<nav id="navigation" class="lk-nav">{ul(["Landkreis", "Landrat", "Kreistag", "Kreisverwaltung", "Standorte", "Bürgerservice", "Dienstleistungen", "Formulare", "Gesundheit", "Gesundheitsamt", "Badewasserqualität", "Impfberatung", "Soziales", "Jugend", "Bildung", "Verkehr", "Kfz-Zulassung", "Umwelt", "Wirtschaft", "Tourismus", "Aktuelles", "Presse", "Bekanntmachungen", "Stellenangebote"])}</nav></header>
<div class="lk-breadcrumb">Sie befinden sich hier: <a href="/">Startseite</a> / <a href="#">Aktuelles</a> / <a href="#">Meldungen</a></div>
<div class="lk-wrap">
<main id="inhalt" class="lk-main">
<div class="lk-news-detail">
<p class="lk-news-detail__date">12.06.2024 | Gesundheit</p>
<h1>Blaualgen: Gesundheitsamt rät vom Baden in Verchen ab</h1>
<div class="lk-news-detail__image"><img src="/static/media/verchen.jpg" alt="Badestelle Verchen"><span class="lk-caption">Badestelle Verchen am Kummerower See</span><span class="lk-copyright">© Landkreis MSE / Jens Ohlmeyer</span></div>
<div class="lk-news-detail__text">
{render(B13)}
</div>
<p class="lk-news-detail__back"><a href="#">Zurück zur Übersicht</a> <a href="#" class="print">Drucken</a></p>
</div>
</main>
<aside class="lk-aside">
<div class="lk-box"><h2>Gesundheitsamt</h2><p>Platanenstraße 43<br>17033 Neubrandenburg<br>Telefon 0395 57087-3150</p><h3>Sprechzeiten</h3><p>Di 9–12 und 13–18 Uhr<br>Do 9–12 und 13–16 Uhr</p></div>
<div class="lk-box"><h2>Meldungen</h2><ul><li><a href="#">Impfberatung in den Sommerferien</a> <span>10.06.2024</span></li><li><a href="#">Kreistag wählt neuen Sozialdezernenten</a> <span>06.06.2024</span></li></ul></div>
</aside>
</div>
<footer class="lk-footer"><p>Landkreis Mecklenburgische Seenplatte · Platanenstraße 43 · 17033 Neubrandenburg</p>{ul(FOOT)}</footer>
</body></html>
""", not_contain=["Zurück zur Übersicht", "Sprechzeiten", "Platanenstraße", "Impfberatung in den Sommerferien", "Jens Ohlmeyer", "© Landkreis MSE"],
     notes=["date on the line '12.06.2024 | Gesundheit' above the h1", "image caption and credit excluded"])


# b14 -- WordPress/Gutenberg (museum), published + updated <time>, gallery captions, newsletter box inside entry-content
B14 = [
    ("p", "Nach zweijähriger Umbauzeit hat das Kreismuseum Bitterfeld am Sonntag seine neue Dauerausstellung „Kohle, Chemie, Wandel“ eröffnet. Auf rund 600 Quadratmetern erzählt sie die Geschichte der Region vom Braunkohletagebau über die Chemieindustrie bis zur Flutung der Goitzsche und zum Strukturwandel nach 1990."),
    ("p", "Rund 450 Besucherinnen und Besucher kamen zur Eröffnung, viele von ihnen ehemalige Beschäftigte des Chemiekombinats. Museumsleiterin Dr. Ulrike Pfannenschmidt sprach von einem „Museum zum Mitreden“: Ein großer Teil der Exponate sowie mehr als 60 Zeitzeugeninterviews seien durch einen Aufruf an die Bevölkerung zusammengekommen."),
    ("h2", "Vier Räume, vier Epochen"),
    ("ul", ["Unter Tage und über Tage: Bergbau und Tagebau von 1839 bis 1991",
            "Die Chemie kommt: Industrialisierung, Werkssiedlungen und Arbeitswelt",
            "Bitterfelder Weg: Kultur und Alltag in der DDR",
            "Nach dem Wandel: Umweltsanierung, Goitzsche-See und neue Industrie"]),
    ("p", "Ein besonderes Stück ist ein vollständig erhaltener Steuerstand aus dem ehemaligen Kraftwerk Zschornewitz, an dem Gäste selbst Schalter bedienen können. Für Kinder gibt es eine eigene Entdeckerspur mit Hörstationen."),
    ("h2", "Öffnungszeiten und Eintritt"),
    ("p", "Die Ausstellung ist dienstags bis sonntags von 10 bis 17 Uhr geöffnet. Der Eintritt kostet 6 Euro, ermäßigt 4 Euro; Kinder bis zwölf Jahre haben freien Eintritt. Führungen für Gruppen und Schulklassen können über die Museumspädagogik gebucht werden."),
]
page("b14-wordpress-museum-dauerausstellung", "„Kohle, Chemie, Wandel“: Neue Dauerausstellung eröffnet", "2024-10-14", B14, f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<title>„Kohle, Chemie, Wandel“: Neue Dauerausstellung eröffnet &#8211; Kreismuseum Bitterfeld</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" href="/wp-content/themes/twentytwentyfour/style.css?ver=1.2">
</head>
<body class="post-template-default single single-post wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">Kreismuseum Bitterfeld</a></p>
<nav class="wp-block-navigation">{ul(["Besuch", "Ausstellungen", "Dauerausstellung", "Sonderausstellungen", "Veranstaltungen", "Museumspädagogik", "Sammlung", "Zeitzeugenprojekt", "Förderverein", "Aktuelles", "Kontakt"], "wp-block-navigation__container")}</nav></div></header>
<main class="wp-block-group" id="wp--skip-link--target">
<div class="wp-block-group"><div class="taxonomy-category wp-block-post-terms"><a href="/category/neuigkeiten/" rel="tag">Neuigkeiten</a></div>
<h1 class="wp-block-post-title">„Kohle, Chemie, Wandel“: Neue Dauerausstellung eröffnet</h1>
<div class="wp-block-post-date"><time datetime="2024-10-14T09:12:40+02:00">14. Oktober 2024</time></div>
<div class="wp-block-post-date__modified-date wp-block-post-date"><time datetime="2024-10-28T16:55:02+01:00">Aktualisiert am 28. Oktober 2024</time></div></div>
<div class="entry-content wp-block-post-content">
{render(B14[:3], '<figure class="wp-block-image"><img src="{src}" alt=""><figcaption>{cap}</figcaption></figure>')}
<figure class="wp-block-gallery has-nested-images columns-2"><figure class="wp-block-image"><img src="/wp-content/uploads/2024/10/eroeffnung-1.jpg" alt=""><figcaption class="wp-element-caption">Landrat und Museumsleiterin beim Durchschneiden des Bandes</figcaption></figure><figure class="wp-block-image"><img src="/wp-content/uploads/2024/10/steuerstand.jpg" alt=""><figcaption class="wp-element-caption">Der Steuerstand aus Zschornewitz. Fotos: Kreismuseum/Heiko Rebsch</figcaption></figure></figure>
{render(B14[3:])}
<div class="wp-block-group newsletter-box has-background"><h3 class="wp-block-heading">Nichts mehr verpassen!</h3><p>Melden Sie sich für unseren Newsletter an und erfahren Sie als Erste von neuen Ausstellungen und Veranstaltungen.</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Anmelden</button></form></div>
</div>
<div class="wp-block-group post-navigation"><div class="wp-block-post-navigation-link"><a href="#">Vorheriger Beitrag: Zeitzeugen gesucht: Erzählen Sie uns Ihre Geschichte</a></div></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-columns"><div class="wp-block-column"><h2>Kreismuseum Bitterfeld</h2><p>Kirchplatz 3<br>06749 Bitterfeld-Wolfen<br>Telefon 03493 401305</p></div><div class="wp-block-column"><h2>Öffnungszeiten</h2><p>Di–So 10–17 Uhr</p></div><div class="wp-block-column">{ul(["Impressum", "Datenschutz", "Barrierefreiheit"])}</div></div></footer>
</div>
</body></html>
""", not_contain=["Nichts mehr verpassen", "Newsletter", "Fotos: Kreismuseum", "Vorheriger Beitrag", "Kirchplatz 3", "Aktualisiert am"],
     notes=["date from the post-date <time>; 'Aktualisiert am 28. Oktober 2024' is a modified date", "gallery captions and the newsletter box inside entry-content are excluded"])


# b15 -- Verbandsgemeinde notice of a council meeting (agenda list), "Veröffentlicht:" line, cookie banner inside main
B15 = [
    ("p", "Am Donnerstag, 7. November 2024, findet um 18.30 Uhr im Sitzungssaal der Verbandsgemeindeverwaltung, Sant' Ambrogio-Ring 33, 55276 Oppenheim, eine öffentliche Sitzung des Verbandsgemeinderates Rhein-Selz statt."),
    ("h3", "Tagesordnung"),
    ("h4", "Öffentlicher Teil"),
    ("ol", ["Einwohnerfragestunde",
            "Mitteilungen des Bürgermeisters",
            "Bestellung der Mitglieder des Rechnungsprüfungsausschusses für die Prüfung des Jahresabschlusses 2023",
            "Fortschreibung des Feuerwehrbedarfsplans der Verbandsgemeinde Rhein-Selz",
            "Neubau des Feuerwehrgerätehauses Guntersblum; Vergabe der Rohbauarbeiten",
            "Kindertagesstätte Nierstein-Schwabsburg; Erweiterung um eine Krippengruppe",
            "Satzung zur Änderung der Entgeltsatzung Wasserversorgung",
            "Anfragen"]),
    ("h4", "Nichtöffentlicher Teil"),
    ("ol", ["Personalangelegenheiten",
            "Grundstücksangelegenheiten",
            "Anfragen"]),
    ("p", "Die Sitzungsunterlagen für den öffentlichen Teil sind im Bürgerinformationssystem der Verbandsgemeinde einsehbar. Zuhörerinnen und Zuhörer sind herzlich willkommen. Fragen für die Einwohnerfragestunde können bis zum 4. November 2024 schriftlich bei der Verwaltung eingereicht werden."),
    ("p", "Der Sitzungssaal ist über den Aufzug im Innenhof barrierefrei zu erreichen und mit einer Induktionsschleife für Hörgeräte ausgestattet. Wer für die Teilnahme eine Gebärdensprachdolmetschung benötigt, wird gebeten, dies bis spätestens eine Woche vor der Sitzung bei der Verwaltung anzumelden."),
    ("p", "Oppenheim, 28.10.2024<br>Verbandsgemeinde Rhein-Selz<br>Klaus Penzer, Bürgermeister"),
]
page("b15-vg-sitzung-tagesordnung", "Öffentliche Bekanntmachung: Sitzung des Verbandsgemeinderates", "2024-10-28", B15, f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Öffentliche Bekanntmachung: Sitzung des Verbandsgemeinderates - Verbandsgemeinde Rhein-Selz</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/fileadmin/templates/vg/css/style.css">
</head>
<body>
<header><div class="top"><a href="/">Verbandsgemeinde Rhein-Selz</a> <span class="claim">Zwischen Rhein und Rheinhessen</span></div>
<nav class="mainnav">{ul(["Bürgerservice", "Rathaus online", "Öffnungszeiten", "Ansprechpartner", "Politik", "Verbandsgemeinderat", "Ausschüsse", "Bürgerinformationssystem", "Ortsgemeinden", "Nierstein", "Oppenheim", "Guntersblum", "Dienheim", "Ludwigshöhe", "Bekanntmachungen", "Amtsblatt", "Bauen", "Feuerwehr", "Kitas", "Schulen", "Tourismus", "Stellenangebote"])}</nav></header>
<div class="breadcrumb"><a href="/">Start</a> » <a href="#">Politik</a> » <a href="#">Bekanntmachungen</a></div>
<main id="main"><div class="inner">
<div class="cookie-note" role="region" aria-label="Cookie-Hinweis"><p>Wir verwenden nur technisch notwendige Cookies. Weitere Informationen finden Sie in der Datenschutzerklärung.</p><a href="#" class="btn">OK</a></div>
<div class="ce-bekanntmachung">
<h1>Öffentliche Bekanntmachung: Sitzung des Verbandsgemeinderates</h1>
<p class="veroeffentlicht">Veröffentlicht: 28.10.2024 · Rubrik: Sitzungen</p>
{render(B15)}
<p class="anhang"><a href="#">Bekanntmachung als PDF (98 KB)</a></p>
</div>
<div class="ce-related"><h2>Weitere Bekanntmachungen</h2><ul><li>24.10.2024 – <a href="#">Sitzung des Haupt- und Finanzausschusses am 5. November</a></li><li>21.10.2024 – <a href="#">Jagdgenossenschaft Dienheim: Einladung zur Versammlung</a></li></ul></div>
</div></main>
<footer><p>Verbandsgemeindeverwaltung Rhein-Selz · Sant' Ambrogio-Ring 33 · 55276 Oppenheim · Telefon 06133 4901-0</p>{ul(FOOT)}</footer>
</body></html>
""", not_contain=["Cookies", "Bekanntmachung als PDF", "Weitere Bekanntmachungen", "Jagdgenossenschaft", "Telefon 06133"],
     notes=["publication date 'Veröffentlicht: 28.10.2024' (also in the signature); 07.11.2024 is the meeting date", "the signature block is part of the notice"])


# b16 -- city youth office news, today's-date banner, article:published_time, byline "vom ...", teaser list inside main
B16 = [
    ("p", "Das Ferienprogramm der Stadt Ravensburg für die Sommerferien 2024 ist online. Von Ende Juli bis Anfang September bieten das Amt für Soziales und Familie, Vereine, Betriebe und Privatpersonen insgesamt 214 Veranstaltungen für Kinder und Jugendliche zwischen 6 und 16 Jahren an – von der Kanutour auf der Schussen über Programmierkurse bis zum Backen in der Stadtbäckerei."),
    ("h2", "Anmeldung ab 24. Juni"),
    ("p", "Die Anmeldung ist ab Montag, 24. Juni, um 17 Uhr ausschließlich online möglich. Anders als in den Vorjahren werden die Plätze nicht mehr nach der Reihenfolge der Anmeldungen vergeben: Bis zum 1. Juli können Familien bis zu acht Wunschangebote pro Kind angeben, anschließend entscheidet ein Losverfahren. „Damit nimmt der Druck am ersten Abend raus, und Familien ohne schnelles Internet haben die gleichen Chancen“, erklärt Jugendreferentin Sarah Brugger."),
    ("h2", "Kosten und Ermäßigungen"),
    ("p", "Viele Angebote sind kostenlos, für die übrigen fallen zwischen 2 und 35 Euro an. Inhaberinnen und Inhaber des Ravensburger Familienpasses erhalten 50 Prozent Ermäßigung. Kinder mit Behinderung können mit einer Begleitperson teilnehmen; die Kosten für die Begleitung übernimmt die Stadt."),
    ("h2", "Helferinnen und Helfer gesucht"),
    ("p", "Für einige Angebote werden noch Jugendliche ab 16 Jahren gesucht, die bei der Betreuung mithelfen. Sie erhalten eine Aufwandsentschädigung und eine Bescheinigung, die für Bewerbungen genutzt werden kann. Interessierte melden sich beim Amt für Soziales und Familie."),
]
page("b16-stadt-ferienprogramm", "Ferienprogramm 2024: 214 Angebote für die Sommerferien", "2024-06-03", B16, f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Ferienprogramm 2024: 214 Angebote für die Sommerferien | Stadt Ravensburg</title>
<meta property="og:title" content="Ferienprogramm 2024: 214 Angebote für die Sommerferien">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-06-03T14:05:00+02:00">
<meta name="description" content="Das Ferienprogramm der Stadt Ravensburg ist online.">
<link rel="stylesheet" href="/site/Ravensburg/css/main.css">
</head>
<body>
<div class="datebar">Heute ist Freitag, 14. Juni 2024 · <a href="#">Wetter</a> · <a href="#">Veranstaltungen heute</a></div>
<header class="header"><a href="/" class="logo">Stadt Ravensburg</a>
<nav class="hauptnavigation">{ul(NAV_STADT)}</nav></header>
<div class="breadcrumb"><a href="/">Startseite</a> &gt; <a href="#">Rathaus &amp; Service</a> &gt; <a href="#">Aktuelles</a> &gt; Ferienprogramm 2024</div>
<main class="content">
<div class="article-detail">
<h1>Ferienprogramm 2024: 214 Angebote für die Sommerferien</h1>
<p class="byline">Pressemitteilung vom 03.06.2024</p>
<div class="article-text">
{render(B16)}
</div>
<div class="infobox"><h3>Auf einen Blick</h3><ul><li>Anmeldung: ab 24. Juni, 17 Uhr</li><li>Wunschphase bis 1. Juli</li><li>Ferienprogramm online: ferienprogramm.ravensburg.de</li></ul></div>
<div class="teaserlist"><h2>Das könnte Sie auch interessieren</h2><div class="teaser"><h3><a href="#">Freibad Flappach startet in die Saison</a></h3><p class="teaser-date">29.05.2024</p></div><div class="teaser"><h3><a href="#">Jugendgemeinderat: Wahl im Oktober</a></h3><p class="teaser-date">22.05.2024</p></div></div>
<p class="tools"><a href="#">Seite drucken</a> <a href="#">Seite empfehlen</a> <a href="#">nach oben</a></p>
</div>
</main>
<aside class="sidebar"><div class="kontakt"><h2>Ansprechpartnerin</h2><p>Sarah Brugger<br>Amt für Soziales und Familie<br>Telefon 0751 82-319<br>ferienprogramm@ravensburg.de</p></div></aside>
<footer><p>Stadt Ravensburg · Marienplatz 26 · 88212 Ravensburg</p>{ul(FOOT)}</footer>
</body></html>
""", not_contain=["Heute ist Freitag", "Auf einen Blick", "Freibad Flappach", "Ansprechpartnerin", "Marienplatz 26", "Seite empfehlen"],
     notes=["today's-date banner 14 June 2024 is not the date; 'Pressemitteilung vom 03.06.2024' and article:published_time are",
            "the 'Auf einen Blick' box repeats body facts and is excluded"])


# --------------------------------------------------------------------------------------------------
def page_text(raw: bytes, encoding: str) -> str:
    soup = BeautifulSoup(raw.decode(encoding), "html.parser")
    for t in soup(["script", "style"]):
        t.decompose()
    return re.sub(r"\s+", " ", soup.get_text(" ")).strip()


def main() -> int:
    DOCS.mkdir(exist_ok=True)
    problems: list[str] = []
    for p in PAGES:
        raw = p["html"].encode(p["encoding"], errors="xmlcharrefreplace")
        (DOCS / f"{p['slug']}.html").write_bytes(raw)
        body = gold_body(p["blocks"])
        text = page_text(raw, p["encoding"])
        norm_text = re.sub(r" ([.,;:!?“])", r"\1", text)
        for line in body.splitlines():
            for part in line.removeprefix("- ").split(" | "):
                part = part.strip()
                if part and part not in text and part not in norm_text:
                    problems.append(f"{p['slug']}: not in page: {part[:70]!r}")
        if p["title"] not in text:
            problems.append(f"{p['slug']}: title not in page")
        for s in p["not_contain"]:
            if s in body:
                problems.append(f"{p['slug']}: must-not string {s!r} is in the gold body")
        words = len(re.findall(r"\w+", body))
        if not 150 <= words <= 900:
            problems.append(f"{p['slug']}: body has {words} words")
        gold = {
            "source": f"{p['slug']}.html",
            "title": p["title"],
            "date": p["date"],
            "language": "de",
            "body": body,
            "body_must_not_contain": p["not_contain"],
            "notes": p["notes"],
        }
        (HERE / f"{p['slug']}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{p['slug']:<45} {p['encoding']:<13} {words:>4} words  date={p['date']}")
    for pr in problems:
        print("PROBLEM", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
