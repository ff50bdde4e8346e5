"""Builds the documents and gold records of gold_blind11 (headline structure, dates and page furniture).

All texts are invented for this set; places and public bodies are real, every person is invented.
Run from the repository root:  python3 tests/gold_blind11/_build.py
Writes docs/<name>.html or docs/<name>.txt and <name>.json next to this file.
Same scheme, field order and style as gold_blind9/gold_blind10 (member `key` from /work/shared/data/gazetteer/);
member lists carry the README's `body` (the body whose members the list names) between `label` and `members`.
The README's "Extraction conventions" are binding; where they leave a choice, the decision is in the record's
`notes` and in README.md of this set.
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
def HIDDEN(t):
    """Body text whose markup the page template writes itself (a lead sharing its <p> with the subtitle,
    a teaser in the header): part of the gold body, not rendered by html_blocks."""
    return ("hidden", t)


def html_blocks(blocks, indent="  "):
    return body_html([b for b in blocks if b[0] != "hidden"], indent=indent)


def text_blocks(blocks):
    return body_text([P(b[1]) if b[0] == "hidden" else b for b in blocks])


def plain_body(blocks, bullet="- ", width=None, sep="\n\n", hprefix=""):
    """Body as it appears in a text dump (PDF copy: hard-wrapped lines; e-mail: one line per paragraph;
    Markdown dump: headings with '## ')."""
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            t = b[1]
            out.append(textwrap.fill(t, width, break_on_hyphens=False, break_long_words=False) if width else t)
        elif kind == "ul":
            out.append("\n".join(bullet + i for i in b[1]))
        elif kind == "h":
            out.append(hprefix + b[1])
        elif kind == "raw":
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


# =================================================================== h01 Stadt Hohen Neuendorf (TYPO3 news, breadcrumb, news categories, today banner)
B = [
    P("(Hohen Neuendorf) Die Stadt Hohen Neuendorf gestaltet den Vorplatz am S-Bahnhof neu. Bis zum Herbst entstehen dort eine überdachte Fahrradabstellanlage mit 280 Plätzen, zwei barrierefreie Bushaltestellen und eine Kiss-and-Ride-Zone. Die Stadtverordnetenversammlung hatte den Umbau am 27. März 2025 beschlossen; die Kosten von rund 2,3 Millionen Euro werden zu drei Vierteln vom Land Brandenburg gefördert."),
    P("Für die Verlegung neuer Leitungen muss die Zufahrt zum Bahnhof vom 3. bis 5. Juni voll gesperrt werden. Die Busse halten in dieser Zeit an einer Ersatzhaltestelle in der Schönfließer Straße. Der Fußweg zu den Bahnsteigen bleibt offen."),
    P("„Der Bahnhofsvorplatz ist für viele Menschen der erste Eindruck von unserer Stadt, und dieser Eindruck war lange nicht gut“, sagte Bürgermeisterin Dr. Katharina Oehmigen bei der Vorstellung der Pläne. „Mit dem Umbau wird der Umstieg vom Rad auf die S-Bahn endlich bequem und sicher.“"),
    RAW('<figure class="image"><img src="/fileadmin/_processed_/4/e/csm_vorplatz_visualisierung.jpg" alt="Visualisierung Bahnhofsvorplatz"><figcaption class="image-caption">So soll der neue Vorplatz aussehen. Visualisierung: Planungsbüro Grünwerk/Stadt Hohen Neuendorf</figcaption></figure>'),
    HD("Radstation mit Ladeschränken", "h3"),
    P("Herzstück des Umbaus ist die zweigeschossige Fahrradabstellanlage. Sie erhält abschließbare Boxen und Schränke, in denen die Akkus von Pedelecs geladen werden können. Nach Angaben der Stadtverwaltung stellen an Werktagen schon heute mehr als 400 Pendlerinnen und Pendler ihr Rad am Bahnhof ab, viele davon ungesichert an Zäunen und Laternen."),
    P("Projektleiter Stefan Kuhlbrodt rechnet mit einer Bauzeit von rund fünf Monaten. „Wir bauen in Abschnitten, damit der Bahnhof jederzeit erreichbar bleibt“, erklärte er. Die Fertigstellung ist für Ende Oktober 2025 geplant."),
    P("Während der Sperrung empfiehlt die Stadt, den Bahnhof zu Fuß oder mit dem Rad anzusteuern. Anwohnerinnen und Anwohner der Schönfließer Straße werden gesondert informiert. Eine Informationsveranstaltung zum Bauablauf findet am 28. Mai um 18 Uhr im Ratssaal statt."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
-->
<title>Bahnhofsvorplatz wird umgebaut: Stadt Hohen Neuendorf</title>
<meta name="generator" content="TYPO3 CMS">
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-2b9e7d0a.css">
</head>
<body id="p87" class="page-87 pagelevel-3 language-0">
<a class="skip" href="#content">Zum Inhalt springen</a>
<header class="page-header">
 <div class="header-top"><span class="today">Heute ist Donnerstag, 22. Mai 2025</span> <a href="/leichte-sprache">Leichte Sprache</a> <a href="/kontakt">Kontakt</a></div>
 <a class="brand" href="/"><img src="/typo3conf/ext/hn_sitepackage/Resources/Public/Images/logo.svg" alt="Stadt Hohen Neuendorf"></a>
 <nav class="mainnav"><ul><li><a href="/rathaus">Rathaus</a></li><li><a href="/buergerservice">Bürgerservice</a></li><li><a href="/stadtleben">Stadtleben</a></li><li><a href="/bauen">Bauen &amp; Umwelt</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Brotkrumennavigation"><ol><li><a href="/">Startseite</a></li><li><a href="/rathaus">Rathaus</a></li><li><a href="/rathaus/aktuelles">Aktuelles</a></li><li class="active">Bahnhofsvorplatz</li></ol></nav>
<main id="content">
 <div class="news news-single">
  <div class="article" itemscope itemtype="http://schema.org/Article">
   <div class="news-list-date"><time itemprop="datePublished" datetime="2025-05-20">20.05.2025</time></div>
   <div class="news-list-category"><span class="label">Kategorien:</span> <a href="/rathaus/aktuelles/kategorie/bauen-verkehr">Bauen &amp; Verkehr</a>, <a href="/rathaus/aktuelles/kategorie/stadtentwicklung">Stadtentwicklung</a></div>
   <div class="header"><h1 itemprop="headline">Bahnhofsvorplatz Hohen Neuendorf wird umgebaut</h1></div>
   <h2 class="news-subheader">Vollsperrung der Zufahrt vom 3. bis 5. Juni – Busse halten an Ersatzhaltestelle</h2>
   <div class="news-text-wrap" itemprop="articleBody">
{html_blocks(B, indent="    ")}
   </div>
   <div class="news-share"><span>Seite teilen:</span> <a href="#">Facebook</a> <a href="#">Mastodon</a> <a href="#">E-Mail</a> <a href="javascript:window.print()">Seite drucken</a></div>
   <div class="news-backlink-wrap"><a href="/rathaus/aktuelles">Zurück zur Übersicht</a></div>
  </div>
  <div class="news-related news-related-news"><h4>Das könnte Sie auch interessieren</h4><ul><li><span class="news-related-date">14.05.2025</span> <a href="#">Stadtradeln 2025: Hohen Neuendorf tritt wieder in die Pedale</a></li><li><span class="news-related-date">06.05.2025</span> <a href="#">Sanierung der Bergfelder Straße abgeschlossen</a></li></ul></div>
 </div>
</main>
<footer class="page-footer">
 <div class="contact"><h3>Stadtverwaltung Hohen Neuendorf</h3><p>Oranienburger Straße 2<br>16540 Hohen Neuendorf<br>Telefon 03303 000-0</p></div>
 <ul class="footer-links"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></li></ul>
</footer>
</body>
</html>
"""
add("h01-hohen-neuendorf-bahnhofsvorplatz.html", "utf-8", H, B, {
    "title": "Bahnhofsvorplatz Hohen Neuendorf wird umgebaut",
    "subtitle": "Vollsperrung der Zufahrt vom 3. bis 5. Juni – Busse halten an Ersatzhaltestelle",
    "kicker": None, "categories": ["Bauen & Verkehr", "Stadtentwicklung"],
    "date": "2025-05-20", "place": "Hohen Neuendorf",
    "speakers": [
        sp("Dr. Katharina Oehmigen", "Bürgermeisterin", [
            "Der Bahnhofsvorplatz ist für viele Menschen der erste Eindruck von unserer Stadt, und dieser Eindruck war lange nicht gut",
            "Mit dem Umbau wird der Umstieg vom Rad auf die S-Bahn endlich bequem und sicher."], honorific="Dr."),
        sp("Stefan Kuhlbrodt", "Projektleiter", [
            "Wir bauen in Abschnitten, damit der Bahnhof jederzeit erreichbar bleibt"]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-03-27", "2025-05-28", "2025-06-03", "2025-06-05", "2025-10"],
    "body_must_not_contain": ["Heute ist Donnerstag", "Zum Inhalt springen", "Kategorien:", "Visualisierung: Planungsbüro Grünwerk", "Seite teilen", "Seite drucken", "Zurück zur Übersicht", "Das könnte Sie auch interessieren", "Stadtradeln 2025", "Oranienburger Straße 2"],
    "body_must_contain": ["(Hohen Neuendorf) Die Stadt Hohen Neuendorf gestaltet den Vorplatz", "vom 3. bis 5. Juni voll gesperrt", "Radstation mit Ladeschränken", "am 28. Mai um 18 Uhr im Ratssaal statt."],
    "notes": [
        "TYPO3 news detail (tx_news) inside <main>, no <article>. The date is the news date '20.05.2025' (<time itemprop=\"datePublished\" datetime=\"2025-05-20\">); the header's today banner 'Heute ist Donnerstag, 22. Mai 2025' and the dates of the related news teasers (14.05.2025, 06.05.2025) are not the date.",
        "Categories from the news categories block ('Kategorien: Bauen & Verkehr, Stadtentwicklung'), label dropped, entity unescaped; the breadcrumb is not a category. The h2.news-subheader under the h1 is the subtitle; no kicker.",
        "Dateline '(Hohen Neuendorf) ' -> place 'Hohen Neuendorf'; it stays in the body as published.",
        "Oehmigen: attribution after the quote with the role before the name ('sagte Bürgermeisterin Dr. Katharina Oehmigen'); the second quotation is a continuation without a verb. Role 'Bürgermeisterin', organisation null (a bare role names no body, as gold_blind9/10).",
        "Kuhlbrodt: 'Projektleiter Stefan Kuhlbrodt' -> role 'Projektleiter', organisation null; quote attributed by the pronoun ('erklärte er').",
        "Not body: figure caption with its credit ('Visualisierung: …'), share and print links, 'Zurück zur Übersicht', the related-news teasers, footer contact.",
        "Mentioned dates: 27. März 2025; 'vom 3. bis 5. Juni' (no year in the span) -> publication year 2025-06-03, 2025-06-05; 'am 28. Mai' -> 2025-05-28; 'Ende Oktober 2025' -> 2025-10 (as precise as stated). 'Bis zum Herbst' gives no date. The subtitle's span is headline text, not body (the same span is in the body anyway).",
    ],
})

# =================================================================== h02 Gemeinde Nottuln (WordPress: cat-links + tags, subtitle as the lead's first line)
B = [
    HIDDEN("(Nottuln) Die Gemeindebücherei Nottuln hat ab dem 5. Juli auch samstags geöffnet, jeweils von 10 bis 13 Uhr. Möglich wird das durch ein Team von zwölf Ehrenamtlichen, das die hauptamtlichen Mitarbeiterinnen am Wochenende unterstützt. Der Rat der Gemeinde hat der Ausweitung der Öffnungszeiten in seiner Sitzung am 3. Juni zugestimmt."),
    P("„Samstags haben Familien und Berufstätige endlich Zeit, in Ruhe zu stöbern. Genau diese Gruppen haben wir unter der Woche kaum erreicht“, sagte Bürgermeister Thorsten Wellbrock. Die Gemeinde hatte im Frühjahr 2025 eine Umfrage unter Leserinnen und Lesern durchgeführt; fast zwei Drittel wünschten sich eine Öffnung am Wochenende."),
    P("Die Leiterin der Bücherei, Miriam Tenhagen, hat die Ehrenamtlichen in den vergangenen Wochen geschult. „Ausleihe und Rückgabe am Selbstverbuchungsterminal, Fragen zum Leseausweis – das können unsere Ehrenamtlichen inzwischen genauso gut wie wir“, sagte sie. Für Beratungsgespräche und die Einrichtung der Onleihe steht samstags zusätzlich eine Fachkraft bereit."),
    HD("Sommerleseclub startet am ersten Samstag", "h3"),
    P("Zum ersten offenen Samstag beginnt auch der Sommerleseclub. Kinder und Jugendliche zwischen sechs und 16 Jahren können sich bis zum 30. August anmelden; wer mindestens drei Bücher liest, erhält eine Urkunde. Die Abschlussparty ist für den 6. September im Rathausfoyer geplant."),
    P("Viele der Ehrenamtlichen engagieren sich bereits seit Jahren für die Bücherei. Gerd Hülsbusch, Vorsitzender des Fördervereins der Gemeindebücherei, ist zuversichtlich, dass sich das Angebot bewährt: „Wir haben schon jetzt mehr Freiwillige, als wir für die Samstage brauchen.“"),
    P("Die Öffnungszeiten unter der Woche bleiben unverändert. Der Samstagsbetrieb ist zunächst bis Ende 2026 befristet; danach will der Rat über eine dauerhafte Lösung entscheiden."),
]
SUB02 = "Ehrenamtliches Team ermöglicht längere Öffnungszeiten ab dem 5. Juli"
H = f"""<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gemeindebücherei öffnet künftig auch samstags &#8211; Gemeinde Nottuln</title>
<meta name="generator" content="WordPress 6.7.2">
<link rel="stylesheet" id="nottuln-style-css" href="/wp-content/themes/nottuln/style.css?ver=2.3.1">
</head>
<body class="post-template-default single single-post postid-8841 single-format-standard">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Zum Inhalt springen</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Gemeinde Nottuln</a></p><p class="site-description">Nottuln · Appelhülsen · Schapdetten · Darup</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="#">Rathaus &amp; Politik</a></li><li><a href="#">Leben in Nottuln</a></li><li><a href="#">Bildung &amp; Kultur</a></li><li><a href="#">Aktuelles</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="primary" class="site-main">
<article id="post-8841" class="post-8841 post type-post status-publish format-standard hentry category-pressemitteilungen category-bildung-kultur tag-buecherei tag-ehrenamt tag-sommerleseclub">
 <header class="entry-header">
  <h1 class="entry-title">Gemeindebücherei öffnet künftig auch samstags</h1>
  <div class="entry-meta"><span class="posted-on">Veröffentlicht am <a href="#" rel="bookmark"><time class="entry-date published" datetime="2025-06-12T09:05:00+02:00">12. Juni 2025</time><time class="updated" datetime="2025-06-13T14:22:41+02:00">13. Juni 2025</time></a></span><span class="byline"> von <span class="author vcard"><a class="url fn n" href="#">Pressestelle</a></span></span></div>
 </header>
 <div class="entry-content">
  <p><strong>{SUB02}</strong><br>{B[0][1]}</p>
{html_blocks(B)}
  <div class="shariff"><ul class="shariff-buttons"><li><a href="#">teilen</a></li><li><a href="#">Facebook</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">E-Mail</a></li><li><a href="#">drucken</a></li></ul></div>
 </div>
 <footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="/category/pressemitteilungen/" rel="category tag">Pressemitteilungen</a>, <a href="/category/bildung-kultur/" rel="category tag">Bildung &amp; Kultur</a></span> <span class="tags-links">Verschlagwortet mit <a href="/tag/buecherei/" rel="tag">Bücherei</a>, <a href="/tag/ehrenamt/" rel="tag">Ehrenamt</a>, <a href="/tag/sommerleseclub/" rel="tag">Sommerleseclub</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Beiträge"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">Baumkontrollen im Gemeindegebiet</a></div><div class="nav-next"><a href="#" rel="next">Ferienspaß 2025: Anmeldung gestartet</a></div></div></nav>
</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="#">Sprechstunde des Bürgermeisters im Juli</a></li><li><a href="#">Wertstoffhof: geänderte Öffnungszeiten</a></li></ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">Gemeinde Nottuln · Stiftsplatz 7/8 · 48301 Nottuln | <a href="#">Impressum</a> | <a href="#">Datenschutz</a></div></footer>
</div>
</body>
</html>
"""
add("h02-nottuln-buecherei.html", "utf-8", H, B, {
    "title": "Gemeindebücherei öffnet künftig auch samstags",
    "subtitle": SUB02,
    "kicker": None, "categories": ["Pressemitteilungen", "Bildung & Kultur", "Bücherei", "Ehrenamt", "Sommerleseclub"],
    "date": "2025-06-12", "place": "Nottuln",
    "speakers": [
        sp("Thorsten Wellbrock", "Bürgermeister", [
            "Samstags haben Familien und Berufstätige endlich Zeit, in Ruhe zu stöbern. Genau diese Gruppen haben wir unter der Woche kaum erreicht"]),
        sp("Miriam Tenhagen", "Leiterin der Bücherei", [
            "Ausleihe und Rückgabe am Selbstverbuchungsterminal, Fragen zum Leseausweis – das können unsere Ehrenamtlichen inzwischen genauso gut wie wir"],
           org="Gemeindebücherei Nottuln"),
        sp("Gerd Hülsbusch", "Vorsitzender des Fördervereins der Gemeindebücherei", [
            "Wir haben schon jetzt mehr Freiwillige, als wir für die Samstage brauchen."],
           org="Förderverein der Gemeindebücherei"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025", "2025-06-03", "2025-07-05", "2025-08-30", "2025-09-06", "2026"],
    "body_must_not_contain": ["Zum Inhalt springen", "Veröffentlicht am", "Pressestelle", "Ehrenamtliches Team ermöglicht", "WhatsApp", "drucken", "Verschlagwortet", "Baumkontrollen", "Neueste Beiträge", "Stiftsplatz"],
    "body_must_contain": ["(Nottuln) Die Gemeindebücherei Nottuln hat ab dem 5. Juli auch samstags geöffnet", "Sommerleseclub startet am ersten Samstag", "Gerd Hülsbusch, Vorsitzender des Fördervereins der Gemeindebücherei, ist zuversichtlich", "über eine dauerhafte Lösung entscheiden."],
    "notes": [
        "WordPress single post in <article>. Date from time.entry-date.published ('12. Juni 2025', datetime 2025-06-12); the 'updated' time (13. Juni 2025) is a revision. Categories: the cat-links (rel=\"category tag\") 'Pressemitteilungen', 'Bildung & Kultur', then the tags (rel=\"tag\") 'Bücherei', 'Ehrenamt', 'Sommerleseclub', in page order.",
        "SUBTITLE AS THE LEAD'S FIRST LINE: the first paragraph of the content opens with a bold line and a <br> ('<p><strong>Ehrenamtliches Team …</strong><br>(Nottuln) Die …'). README: the first line of the lead before a line break is the subtitle; the rest of the paragraph is the body's first paragraph. No kicker.",
        "Dateline '(Nottuln) ' (after the subtitle's line break) -> place 'Nottuln'; it stays in the body.",
        "Wellbrock: quote of two sentences before 'sagte Bürgermeister Thorsten Wellbrock'; role 'Bürgermeister', organisation null.",
        "Tenhagen: 'Die Leiterin der Bücherei, Miriam Tenhagen' -> role as written; organisation written out as the text names the library in full in the first paragraph ('Gemeindebücherei Nottuln', README: a body is written out where the text names it in full). Pronoun attribution 'sagte sie'.",
        "Hülsbusch: role apposition after the name, quote after a colon; organisation 'Förderverein der Gemeindebücherei' (nominative, as the text names it).",
        "Mentioned dates: 'ab dem 5. Juli', 'am 3. Juni', 'bis zum 30. August', 'für den 6. September' -> publication year 2025; 'im Frühjahr 2025' -> 2025 (the publication year is not the publication date); 'bis Ende 2026' -> 2026.",
    ],
})

# =================================================================== h03 Landkreis Vorpommern-Greifswald (Drupal: Dachzeile field, teaser of several sentences in <h2>, Schlagworte)
TEASER03 = "Schülerinnen und Schüler in abgelegenen Ortsteilen sollen nach dem Unterricht nicht mehr bis zu einer Stunde auf den Bus warten. Der Landkreis ergänzt dafür den Linienverkehr um Rufbusse. Das Angebot startet in drei Regionen."
B = [
    HIDDEN(TEASER03),
    P("Greifswald (8. Juli 2025) – Mit Beginn des Schuljahres 2025/26 setzt der Landkreis Vorpommern-Greifswald in drei Regionen Rufbusse im Schülerverkehr ein. Es geht um Ortsteile im Amt Peenetal/Loitz, im Amt Landhagen und auf der Insel Usedom, in denen bislang nur wenige Linienbusse am Tag fahren. Betrieben werden die Rufbusse von der Verkehrsgesellschaft Vorpommern-Greifswald."),
    P("„Kein Kind soll nach dem Unterricht eine Stunde an der Haltestelle stehen, nur weil der nächste Bus erst am Nachmittag fährt“, sagte Landrat Frank-Uwe Dörschel. Der Kreistag hatte das Konzept im April einstimmig beschlossen."),
    P("Die Fahrten können bis 60 Minuten vor der gewünschten Abfahrt per App oder Telefon bestellt werden. Für Schülerinnen und Schüler mit Schülerticket ist die Fahrt kostenlos, alle anderen zahlen den regulären Tarif."),
    HD("Eltern begrüßen das Angebot", "h3"),
    P("Auch der Kreiselternrat hatte sich seit Jahren für flexiblere Verbindungen eingesetzt. Die Vorsitzende des Kreiselternrates, Annett Pagel-Rohloff, erklärte: „Gerade für die Jüngeren ist das ein großer Fortschritt, weil sie nicht mehr auf Fahrgemeinschaften der Eltern angewiesen sind.“"),
    P("Nach Angaben des Landkreises kostet das Rufbusangebot im ersten Jahr rund 850.000 Euro. Vom 1. bis 12. September sind Fahrgastbefragungen in den Bussen geplant. Über eine Ausweitung auf weitere Regionen will der Kreistag im Frühjahr 2026 entscheiden."),
]
H = f"""<!DOCTYPE html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<title>Landkreis setzt zum neuen Schuljahr Rufbusse ein | Landkreis Vorpommern-Greifswald</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_vg_Q2fP.css">
</head>
<body class="path-node page-node-type-pressemitteilung">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div class="dialog-off-canvas-main-canvas">
<header class="site-header" role="banner">
 <a href="/" rel="home" class="site-logo"><img src="/themes/custom/lkvg/logo.svg" alt="Startseite Landkreis Vorpommern-Greifswald"></a>
 <nav role="navigation" class="menu--main"><ul class="menu"><li><a href="/verwaltung">Kreisverwaltung</a></li><li><a href="/kreistag">Kreistag</a></li><li><a href="/buergerservice">Bürgerservice</a></li><li><a href="/presse">Presse</a></li></ul></nav>
</header>
<nav class="breadcrumb" role="navigation"><ol><li><a href="/">Startseite</a></li><li><a href="/presse">Presse</a></li><li><a href="/presse/pressemitteilungen">Pressemitteilungen</a></li></ol></nav>
<main role="main" id="main-content">
<article class="node node--type-pressemitteilung node--view-mode-full">
 <div class="field field--name-field-dachzeile">Schülerbeförderung</div>
 <h1 class="page-title"><span class="field field--name-title">Landkreis setzt zum neuen Schuljahr Rufbusse ein</span></h1>
 <div class="node__submitted">Veröffentlicht: <span class="field--name-created">Dienstag, 8. Juli 2025</span></div>
 <h2 class="field field--name-field-teaser">{TEASER03}</h2>
 <figure class="field--name-field-bild"><img src="/sites/default/files/2025-07/rufbus.jpg" alt="Rufbus"><figcaption>Ein Rufbus der Verkehrsgesellschaft an der Haltestelle in Loitz. Foto: Landkreis Vorpommern-Greifswald/Pressestelle</figcaption></figure>
 <div class="field field--name-body">
{html_blocks(B)}
 </div>
 <div class="field field--name-field-schlagworte"><h3 class="field__label">Schlagworte</h3><ul class="field__items"><li><a href="/schlagwort/oepnv" rel="tag" hreflang="de">ÖPNV</a></li><li><a href="/schlagwort/schule" rel="tag" hreflang="de">Schule</a></li></ul></div>
 <div class="node-tools"><a href="#" class="print">Drucken</a> <a href="#" class="share">Teilen</a> <a href="#" class="mail">Per E-Mail versenden</a></div>
</article>
<section class="more-news"><h2>Weitere Pressemitteilungen</h2><ul><li><a href="#">Kreisstraße bei Wolgast wieder frei</a></li><li><a href="#">Impfaktion im Gesundheitsamt Anklam</a></li></ul></section>
</main>
<footer class="site-footer" role="contentinfo">
 <div class="footer-kontakt"><h2>Pressestelle</h2><p>Landkreis Vorpommern-Greifswald<br>Feldstraße 85a<br>17489 Greifswald</p></div>
 <ul><li><a href="#">Impressum</a></li><li><a href="#">Datenschutz</a></li><li><a href="#">Barrierefreiheit</a></li></ul>
</footer>
</div>
</body>
</html>
"""
add("h03-lk-vg-rufbusse.html", "utf-8", H, B, {
    "title": "Landkreis setzt zum neuen Schuljahr Rufbusse ein",
    "subtitle": None, "kicker": "Schülerbeförderung", "categories": ["ÖPNV", "Schule"],
    "date": "2025-07-08", "place": "Greifswald",
    "speakers": [
        sp("Frank-Uwe Dörschel", "Landrat", [
            "Kein Kind soll nach dem Unterricht eine Stunde an der Haltestelle stehen, nur weil der nächste Bus erst am Nachmittag fährt"]),
        sp("Annett Pagel-Rohloff", "Vorsitzende des Kreiselternrates", [
            "Gerade für die Jüngeren ist das ein großer Fortschritt, weil sie nicht mehr auf Fahrgemeinschaften der Eltern angewiesen sind."],
           org="Kreiselternrat"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025", "2025-09-01", "2025-09-12", "2026"],
    "body_must_not_contain": ["Direkt zum Inhalt", "Schülerbeförderung", "Veröffentlicht:", "Foto: Landkreis Vorpommern-Greifswald", "Schlagworte", "Drucken", "Per E-Mail versenden", "Weitere Pressemitteilungen", "Feldstraße 85a"],
    "body_must_contain": [TEASER03, "Greifswald (8. Juli 2025) – Mit Beginn des Schuljahres 2025/26", "Eltern begrüßen das Angebot", "im Frühjahr 2026 entscheiden."],
    "notes": [
        "Drupal node in <article>. Kicker from the 'Dachzeile' field above the h1 (a div, not a heading). Date from the submitted line 'Veröffentlicht: Dienstag, 8. Juli 2025' and the dateline; categories from the 'Schlagworte' box (rel=\"tag\").",
        "TEASER OF SEVERAL SENTENCES IN <h2>: the h2 under the h1 holds three sentences. README: a teaser of several sentences, even in a heading element, is the body's lead -> first paragraph of the body; subtitle null.",
        "Dateline with date in parentheses 'Greifswald (8. Juli 2025) – ' -> place 'Greifswald', date 2025-07-08; the dateline stays in the body (after the lead).",
        "Dörschel: 'sagte Landrat Frank-Uwe Dörschel' -> role 'Landrat', organisation null (bare role).",
        "Pagel-Rohloff: role before the name in apposition, colon before the quote; organisation 'Kreiselternrat' (nominative of 'des Kreiselternrates').",
        "Not body: figure caption and credit, Schlagworte box, print/share/mail links, 'Weitere Pressemitteilungen', footer contact.",
        "Mentioned dates: 'Schuljahr 2025/26' -> 2025 and 2026; 'Vom 1. bis 12. September' (no year) -> publication year 2025-09-01, 2025-09-12; 'im Frühjahr 2026' -> 2026 (already in). 'im April' has no year -> no date. The dateline's date is the publication date and is left out.",
    ],
})

# =================================================================== h04 Umweltministerium Baden-Württemberg (GSB-like: numbered label, subheadline, Stand:)
B = [
    P("Das Land Baden-Württemberg unterstützt Städte und Gemeinden bei der Vorbereitung auf heiße Sommer. Mit einem neuen Förderaufruf stellt das Ministerium für Umwelt, Klima und Energiewirtschaft Baden-Württemberg in diesem und im kommenden Jahr insgesamt 4,5 Millionen Euro für kommunale Hitzeaktionspläne bereit. Anträge können bis zum 31. Juli 2025 bei der L-Bank gestellt werden."),
    P("„Die Hitzesommer 2018, 2019 und 2022 haben gezeigt, dass gerade ältere Menschen, kleine Kinder und chronisch Kranke unter hohen Temperaturen leiden“, sagte Umweltministerin Dr. Annegret Vollmering am Dienstag in Stuttgart. „Ein guter Hitzeaktionsplan sorgt dafür, dass im Rathaus jeder weiß, was an einem heißen Tag zu tun ist.“"),
    P("Gefördert werden bis zu 80 Prozent der Kosten für die Erstellung eines Plans, höchstens 60.000 Euro je Kommune. Auch Landkreise und Zusammenschlüsse mehrerer Gemeinden können Anträge stellen. Förderfähig sind zudem einfache Sofortmaßnahmen wie Trinkwasserbrunnen, Sonnensegel auf Spielplätzen oder die Verschattung von Wartehäuschen."),
    P("Die Stadt Nürtingen hat bereits 2023 einen Hitzeaktionsplan aufgestellt. Die Erste Bürgermeisterin der Stadt Nürtingen, Sabine Kronmüller, sagte: „Wir haben eine Liste mit kühlen Orten veröffentlicht, und an heißen Tagen rufen Ehrenamtliche ältere Menschen an, die allein leben. Das kostet wenig und hilft sehr.“"),
    P("Das Ministerium begleitet den Förderaufruf mit einer Reihe von Online-Seminaren für Verwaltungen. Der erste Termin ist am 12. Juni, weitere folgen am 26. Juni und am 10. Juli. Die Förderrichtlinie und die Antragsunterlagen sind auf der Internetseite des Ministeriums abrufbar."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="UTF-8">
<title>Umweltministerium Baden-Württemberg - Land unterstützt Kommunen beim Hitzeschutz</title>
<meta name="generator" content="Government Site Builder">
<link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/standard.css?v=12">
</head>
<body class="gsb startseite lang-de">
<div id="wrapper">
<ul class="skiplinks"><li><a href="#main">Zum Inhalt springen</a></li><li><a href="#navPrimary">Zur Hauptnavigation</a></li></ul>
<div id="header"><a href="/DE/Home/home_node.html" class="logo"><img src="/SiteGlobals/Frontend/Images/logo-bw.svg" alt="Ministerium für Umwelt, Klima und Energiewirtschaft Baden-Württemberg"></a>
<ul id="navPrimary"><li><a href="#">Ministerium</a></li><li><a href="#">Umwelt</a></li><li><a href="#">Klima</a></li><li><a href="#">Energie</a></li><li><a href="#">Service</a></li><li class="active"><a href="#">Presse</a></li></ul></div>
<div id="navBreadcrumbs"><span>Sie sind hier:</span> <a href="/DE/Home/home_node.html">Startseite</a> <a href="#">Presse</a> <a href="#">Pressemitteilungen</a> Land unterstützt Kommunen beim Hitzeschutz</div>
<div id="main">
 <div class="article">
  <p class="docData"><span class="docType">Pressemitteilung Nr. 45/2025</span> <span class="docDate">27. Mai 2025</span></p>
  <h1 class="isFirstInSlot">Land unterstützt Kommunen beim Hitzeschutz</h1>
  <p class="subheadline">Förderaufruf für kommunale Hitzeaktionspläne gestartet – Anträge bis 31. Juli möglich</p>
  <div class="text">
{html_blocks(B, indent="   ")}
  </div>
  <p class="docDataFooter">Stand: 02.06.2025</p>
  <div class="socialBookmarks"><h2 class="aural">Seite teilen</h2><a href="#">Mastodon</a> <a href="#">LinkedIn</a> <a href="#">E-Mail</a> <a href="#" class="print">Drucken</a></div>
  <div class="contact"><h2>Pressekontakt</h2><p>Ministerium für Umwelt, Klima und Energiewirtschaft Baden-Württemberg<br>Pressestelle<br>Kernerplatz 9<br>70182 Stuttgart</p></div>
 </div>
 <div class="relatedArticles"><h2>Das könnte Sie auch interessieren</h2><ul><li><span class="date">20.05.2025</span> <a href="#">Hochwasserschutz: Land fördert Rückhaltebecken</a></li><li><span class="date">13.05.2025</span> <a href="#">Neue Förderrunde für Klimaschutz in Vereinen</a></li></ul></div>
</div>
<div id="footer"><p>© Ministerium für Umwelt, Klima und Energiewirtschaft Baden-Württemberg · Impressum · Datenschutz · Barrierefreiheit</p></div>
</div>
</body>
</html>
"""
add("h04-um-bw-hitzeschutz.html", "utf-8", H, B, {
    "title": "Land unterstützt Kommunen beim Hitzeschutz",
    "subtitle": "Förderaufruf für kommunale Hitzeaktionspläne gestartet – Anträge bis 31. Juli möglich",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2025-05-27", "place": None,
    "speakers": [
        sp("Dr. Annegret Vollmering", "Umweltministerin", [
            "Die Hitzesommer 2018, 2019 und 2022 haben gezeigt, dass gerade ältere Menschen, kleine Kinder und chronisch Kranke unter hohen Temperaturen leiden",
            "Ein guter Hitzeaktionsplan sorgt dafür, dass im Rathaus jeder weiß, was an einem heißen Tag zu tun ist."],
           org="Ministerium für Umwelt, Klima und Energiewirtschaft Baden-Württemberg", honorific="Dr."),
        sp("Sabine Kronmüller", "Erste Bürgermeisterin der Stadt Nürtingen", [
            "Wir haben eine Liste mit kühlen Orten veröffentlicht, und an heißen Tagen rufen Ehrenamtliche ältere Menschen an, die allein leben. Das kostet wenig und hilft sehr."],
           org="Stadt Nürtingen"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2018", "2019", "2022", "2023", "2025-06-12", "2025-06-26", "2025-07-10", "2025-07-31"],
    "body_must_not_contain": ["Zum Inhalt springen", "Sie sind hier", "Pressemitteilung Nr. 45/2025", "Stand: 02.06.2025", "Seite teilen", "Drucken", "Pressekontakt", "Kernerplatz 9", "Das könnte Sie auch interessieren", "Hochwasserschutz"],
    "body_must_contain": ["Das Land Baden-Württemberg unterstützt Städte und Gemeinden", "sagte Umweltministerin Dr. Annegret Vollmering am Dienstag in Stuttgart.", "Die Erste Bürgermeisterin der Stadt Nürtingen, Sabine Kronmüller, sagte:", "auf der Internetseite des Ministeriums abrufbar."],
    "notes": [
        "GSB-like ministry page (div#main > div.article, no <article>/<main>). The docData line holds the numbered label 'Pressemitteilung Nr. 45/2025' and the date '27. Mai 2025'. The numbered label is the category, without its number (as gold_blind10: 'Pressemitteilung Nr. 018/2025' -> 'Pressemitteilung'), not a kicker. 'Stand: 02.06.2025' under the text is a revision, the related articles' dates (20.05.2025, 13.05.2025) belong to other items.",
        "p.subheadline under the h1 is the subtitle (a heading-like line). No dateline: place null ('am Dienstag in Stuttgart' is running text, not a dateline).",
        "Vollmering: compound minister's title 'Umweltministerin' -> organisation the ministry as the text names it in full in the first paragraph ('Ministerium für Umwelt, Klima und Energiewirtschaft Baden-Württemberg', also the publisher). Her second marked passage follows the attribution sentence without a verb (a continuation).",
        "Kronmüller: role before the name in apposition with the body written out ('Die Erste Bürgermeisterin der Stadt Nürtingen, Sabine Kronmüller, sagte: „…“') -> organisation 'Stadt Nürtingen'.",
        "Not body: skip links, breadcrumb, docData line, Stand line, share/print, Pressekontakt block, related articles, footer.",
        "Mentioned dates: 'Die Hitzesommer 2018, 2019 und 2022' (inside a quote) -> 2018, 2019, 2022; 'bereits 2023' -> 2023; 31. Juli 2025; 'am 12. Juni, … am 26. Juni und am 10. Juli' (no year) -> publication year 2025. 'in diesem und im kommenden Jahr' is relative.",
    ],
})

# =================================================================== h05 Polizeiinspektion Harburg (press portal: label inside <h1>, '(ots)' dateline, Rückfragen, Original-Content)
B = [
    P("Buchholz (ots) – Die Polizei im Landkreis Harburg warnt vor Betrügern, die sich am Telefon als Mitarbeiter von Banken ausgeben. Allein in der vergangenen Woche sind bei den Dienststellen in Buchholz, Winsen und Seevetal 14 solcher Anrufe gemeldet worden. In zwei Fällen hatten die Täter Erfolg: Eine 78-jährige Frau aus Buchholz und ein 81-jähriger Mann aus Tostedt verloren zusammen rund 23.000 Euro."),
    P("Die Masche ist immer ähnlich. Die Anrufer behaupten, auf dem Konto seien verdächtige Abbuchungen aufgefallen. Um das Geld zu sichern, müssten die Angerufenen eine Überweisung freigeben oder ihre Bankkarte einem Boten übergeben, der kurz darauf an der Haustür erscheint. Auf dem Display wird dabei häufig die echte Telefonnummer der Bank angezeigt."),
    P("„Keine Bank schickt einen Boten, um Ihre Karte abzuholen, und keine Bank fragt am Telefon nach einer TAN“, sagte Polizeihauptkommissarin Birte Ahlswede vom Präventionsteam der Polizeiinspektion Harburg. „Wer so einen Anruf bekommt, sollte sofort auflegen und selbst die bekannte Nummer seiner Bank wählen.“"),
    P("Die Polizei rät außerdem:"),
    UL("Geben Sie niemals PIN, TAN oder Passwörter am Telefon weiter.",
       "Übergeben Sie keine Bankkarten oder Wertsachen an Unbekannte.",
       "Sprechen Sie mit älteren Angehörigen über diese Betrugsmasche."),
    P("Ahlswede und ihre Kolleginnen und Kollegen informieren am 17. Juni von 10 bis 12 Uhr auf dem Wochenmarkt in Buchholz über Betrug am Telefon. Weitere Termine in Winsen und Tostedt sollen folgen."),
    P("Wer einen verdächtigen Anruf erhalten hat, wird gebeten, sich bei der Polizei zu melden, auch wenn kein Schaden entstanden ist."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>POL-WL: Falsche Bankmitarbeiter am Telefon – Polizei warnt vor Betrugsmasche | Presseportal</title>
<link rel="stylesheet" href="/css/portal.min.css?v=5.14">
</head>
<body class="story-page blaulicht">
<div id="consent-banner" class="consent"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren.</p><button>Akzeptieren</button> <button>Einstellungen</button></div>
<header class="portal-header"><a href="/" class="logo">Presseportal</a>
<nav class="portal-nav"><a href="#">Wirtschaft</a> <a href="#" class="active">Blaulicht</a> <a href="#">Politik</a> <a href="#">Kultur</a> <a href="#">Panorama</a></nav></header>
<nav class="breadcrumb"><a href="#">Blaulicht</a> › <a href="#">Niedersachsen</a> › <a href="#">Polizeiinspektion Harburg</a></nav>
<main class="portal-main">
<article class="story">
 <p class="story-meta"><span class="date">03.06.2025 – 11:15</span> <a href="#" class="customer">Polizeiinspektion Harburg</a></p>
 <h1><span class="story-prefix">POL-WL:</span> Falsche Bankmitarbeiter am Telefon – Polizei warnt vor Betrugsmasche</h1>
 <div class="story-text">
{html_blocks(B)}
 </div>
 <p class="story-contact">Rückfragen bitte an:<br>Polizeiinspektion Harburg<br>Pressestelle<br>Telefon: 04181 000-104<br>E-Mail: pressestelle@example.org</p>
 <p class="story-originator">Original-Content von: Polizeiinspektion Harburg, übermittelt durch news aktuell</p>
 <div class="story-keywords">Themen in dieser Meldung: <a href="#" rel="tag">Betrug</a> <a href="#" rel="tag">Prävention</a></div>
 <div class="story-share"><a href="#">Meldung teilen</a> <a href="#">Drucken</a> <a href="#">PDF-Version</a></div>
</article>
<aside class="story-more"><h2>Weitere Meldungen: Polizeiinspektion Harburg</h2><ul><li><span class="date">02.06.2025 – 09:40</span> <a href="#">POL-WL: Verkehrsunfall auf der A 1 bei Hollenstedt</a></li><li><span class="date">31.05.2025 – 18:02</span> <a href="#">POL-WL: Einbruch in Gartenlaube in Winsen</a></li></ul></aside>
</main>
<footer class="portal-footer"><p>news aktuell GmbH · Impressum · Datenschutz · AGB</p></footer>
</body>
</html>
"""
add("h05-pi-harburg-telefonbetrug.html", "utf-8", H, B, {
    "title": "Falsche Bankmitarbeiter am Telefon – Polizei warnt vor Betrugsmasche",
    "subtitle": None, "kicker": "POL-WL", "categories": ["Betrug", "Prävention"],
    "date": "2025-06-03", "place": "Buchholz",
    "speakers": [
        sp("Birte Ahlswede", "Polizeihauptkommissarin", [
            "Keine Bank schickt einen Boten, um Ihre Karte abzuholen, und keine Bank fragt am Telefon nach einer TAN",
            "Wer so einen Anruf bekommt, sollte sofort auflegen und selbst die bekannte Nummer seiner Bank wählen."],
           org="Polizeiinspektion Harburg"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-06-17"],
    "body_must_not_contain": ["Cookies", "Niedersachsen", "03.06.2025 – 11:15", "POL-WL", "Rückfragen bitte an", "Original-Content", "Themen in dieser Meldung", "Meldung teilen", "Weitere Meldungen", "Hollenstedt"],
    "body_must_contain": ["Buchholz (ots) – Die Polizei im Landkreis Harburg warnt", "Die Polizei rät außerdem:", "- Sprechen Sie mit älteren Angehörigen über diese Betrugsmasche.", "auch wenn kein Schaden entstanden ist."],
    "notes": [
        "Press portal page (Blaulicht) with <main>/<article>. Date from the story's meta line '03.06.2025 – 11:15'; the dates in 'Weitere Meldungen' belong to other releases.",
        "LABEL INSIDE THE <h1>: the h1 opens with the sender code in its own span ('<span class=\"story-prefix\">POL-WL:</span>'). README: a label inside the h1 is the kicker -> kicker 'POL-WL' (decided: without its separating colon); the title is the h1 without it.",
        "Dateline 'Buchholz (ots) – ': '(ots)' is the wire service's tag, not a place -> place 'Buchholz' as written; the dateline stays in the body as published.",
        "Categories from 'Themen in dieser Meldung' (rel=\"tag\"): 'Betrug', 'Prävention'. The customer link names the publisher.",
        "Ahlswede: 'Polizeihauptkommissarin Birte Ahlswede vom Präventionsteam der Polizeiinspektion Harburg' -> role the rank before the name; organisation: a department (the Präventionsteam) of a named body gives the body (README) -> 'Polizeiinspektion Harburg'. Quote split into two marked passages with a continuation. The Konjunktiv paraphrase of the callers ('seien … aufgefallen', 'müssten') is nobody's quote.",
        "The advice list is body, not a member list. Not body: consent banner, breadcrumb, meta line, 'Rückfragen bitte an' contact, 'Original-Content von …', keywords, share/print/PDF, 'Weitere Meldungen'.",
        "Mentioned dates: 'am 17. Juni' -> publication year 2025-06-17. 'in der vergangenen Woche' is relative.",
    ],
})

# =================================================================== h06 Stadt Neustadt in Sachsen (old table layout, windows-1252 by meta charset, [date] line, today banner)
B = [
    P("Neustadt in Sachsen, 28. Oktober 2025. Nach 16 Monaten Bauzeit ist die Sporthalle an der Oberschule Neustadt wieder in Betrieb. Bürgermeister Uwe Scheibner-Liebig hat die sanierte Halle am Montagvormittag gemeinsam mit Schülerinnen und Schülern, Lehrkräften und Vertretern der Sportvereine offiziell übergeben."),
    P("Die Halle aus dem Jahr 1978 hatte ein undichtes Dach, veraltete Sanitäranlagen und einen Hallenboden, der den Anforderungen des Schul- und Vereinssports nicht mehr genügte. Die Stadt hat rund 3,1 Millionen Euro in die Sanierung investiert, davon kamen 1,9 Millionen Euro aus einem Förderprogramm des Freistaates Sachsen."),
    P("„Für unsere Schule und die Vereine war die lange Bauzeit eine Geduldsprobe“, sagte Scheibner-Liebig bei der Übergabe. „Ich danke allen, die in dieser Zeit in den Ausweichhallen in Langburkersdorf und Polenz trainiert haben.“"),
    P("Die Schulleiterin der Oberschule, Kerstin Tzschoppe, freut sich vor allem über die neue Tribüne und die barrierefreien Umkleiden. „Wir können endlich wieder Sportfeste in der eigenen Halle ausrichten“, sagte sie."),
    P("Ab dem 3. November steht die Halle auch den Vereinen wieder zur Verfügung. Zu einem Tag der offenen Tür lädt die Stadt am 15. November von 10 bis 14 Uhr ein; die Vereine zeigen dann Ausschnitte aus ihrem Training."),
    P("Die Sanierung der Außenanlagen – mit Laufbahn und Weitsprunganlage – ist für das Frühjahr 2026 geplant."),
]
H = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta charset="windows-1252">
<title>Stadt Neustadt in Sachsen - Aktuelles</title>
<link rel="stylesheet" type="text/css" href="/css/stadt.css">
</head>
<body bgcolor="#ffffff" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
 <tr><td colspan="2" class="kopf"><table width="100%" cellpadding="6"><tr><td><img src="/bilder/wappen.gif" width="60" height="72" alt="Stadtwappen Neustadt in Sachsen"></td><td><font size="5"><b>Stadt Neustadt in Sachsen</b></font></td><td align="right"><font size="1">Heute ist Mittwoch, der 29. Oktober 2025</font></td></tr></table></td></tr>
 <tr>
  <td width="180" valign="top" class="navi">
   <table width="100%" cellpadding="3" cellspacing="0">
    <tr><td><a href="/index.htm">Startseite</a></td></tr>
    <tr><td><a href="/rathaus.htm">Rathaus</a></td></tr>
    <tr><td><a href="/aktuelles.htm"><b>Aktuelles</b></a></td></tr>
    <tr><td><a href="/amtsblatt.htm">Amtsblatt</a></td></tr>
    <tr><td><a href="/vereine.htm">Vereine</a></td></tr>
    <tr><td><a href="/kontakt.htm">Kontakt</a></td></tr>
   </table>
  </td>
  <td valign="top" class="inhalt">
   <table width="100%" cellpadding="8" cellspacing="0">
    <tr><td class="datum"><font size="2" color="#808080">[28.10.2025]</font></td></tr>
    <tr><td><h1>Sporthalle an der Oberschule nach Sanierung wieder geöffnet</h1></td></tr>
    <tr><td class="text"><font face="Verdana, Arial, sans-serif" size="2">
{html_blocks(B, indent="     ")}
    </font></td></tr>
    <tr><td class="werkzeuge"><font size="1"><a href="/aktuelles.htm">« Zurück zur Übersicht</a> | <a href="javascript:window.print()">Seite drucken</a></font></td></tr>
   </table>
  </td>
 </tr>
 <tr><td colspan="2" class="fuss"><font size="1"><b>Stadtverwaltung Neustadt in Sachsen</b> · Markt 1 · 01844 Neustadt in Sachsen · Telefon 03596 000-0 · <a href="/impressum.htm">Impressum</a> · <a href="/datenschutz.htm">Datenschutz</a></font></td></tr>
</table>
</body>
</html>
"""
add("h06-neustadt-sachsen-sporthalle.html", "windows-1252", H, B, {
    "title": "Sporthalle an der Oberschule nach Sanierung wieder geöffnet",
    "subtitle": None, "kicker": None, "categories": [],
    "date": "2025-10-28", "place": "Neustadt in Sachsen",
    "speakers": [
        sp("Uwe Scheibner-Liebig", "Bürgermeister", [
            "Für unsere Schule und die Vereine war die lange Bauzeit eine Geduldsprobe",
            "Ich danke allen, die in dieser Zeit in den Ausweichhallen in Langburkersdorf und Polenz trainiert haben."]),
        sp("Kerstin Tzschoppe", "Schulleiterin der Oberschule", [
            "Wir können endlich wieder Sportfeste in der eigenen Halle ausrichten"], org="Oberschule Neustadt"),
    ],
    "member_lists": [],
    "mentioned_dates": ["1978", "2025-11-03", "2025-11-15", "2026"],
    "body_must_not_contain": ["Kontakt", "Heute ist Mittwoch", "Amtsblatt", "[28.10.2025]", "Zurück zur Übersicht", "Seite drucken", "Stadtverwaltung Neustadt in Sachsen", "Markt 1", "Impressum"],
    "body_must_contain": ["Neustadt in Sachsen, 28. Oktober 2025. Nach 16 Monaten Bauzeit", "„Für unsere Schule und die Vereine war die lange Bauzeit eine Geduldsprobe“", "ist für das Frühjahr 2026 geplant."],
    "notes": [
        "Old table layout (HTML 4.01, <font>, nested tables), no <article>/<main>. The page declares windows-1252 by <meta charset>; „ “ – are single bytes (0x84, 0x93, 0x96).",
        "The header's today banner 'Heute ist Mittwoch, der 29. Oktober 2025' is not the date. The bracketed date line '[28.10.2025]' right above the h1 is the release's date (2025-10-28, as the dateline), and it is not a kicker (decided: a bare date line above the headline is a date, not a super-headline).",
        "Dateline with date 'Neustadt in Sachsen, 28. Oktober 2025. ' -> place 'Neustadt in Sachsen'; it stays in the body; its date is the publication date and is not a mentioned date.",
        "Scheibner-Liebig: introduced as 'Bürgermeister Uwe Scheibner-Liebig' in the first paragraph; his quote is attributed by surname ('sagte Scheibner-Liebig') with a continuation. Role 'Bürgermeister', organisation null.",
        "Tzschoppe: 'Die Schulleiterin der Oberschule, Kerstin Tzschoppe' -> role as written; organisation written out as the text names the school in the first paragraph ('Oberschule Neustadt'). Pronoun attribution 'sagte sie'.",
        "Not body: logo alt text, today banner, menu column, bracketed date line, 'Zurück zur Übersicht', 'Seite drucken', footer address.",
        "Mentioned dates: 'aus dem Jahr 1978' -> 1978; 'Ab dem 3. November', 'am 15. November' -> publication year 2025; 'Frühjahr 2026' -> 2026. 'am Montagvormittag' is relative.",
    ],
})

# =================================================================== h07 Stadtwerke Stendal (date only in <time>, kicker styled as 'subtitle' above the h1, related news with dates)
B = [
    P("Auf der ehemaligen Hausmülldeponie am Stadtrand von Stendal entsteht ein Solarpark. Die Stadtwerke Stendal wollen dort auf rund neun Hektar Photovoltaikmodule mit einer Leistung von 8,5 Megawatt installieren. Der Aufsichtsrat hat das Projekt in seiner Sitzung am 11. September beschlossen, die Bauarbeiten sollen im Frühjahr 2026 beginnen."),
    P("„Eine Deponie kann man weder bebauen noch landwirtschaftlich nutzen. Für Solarmodule ist sie dagegen ideal“, sagte der Geschäftsführer der Stadtwerke Stendal, Matthias Gödecke-Brandt. Der Solarpark soll rechnerisch den Strombedarf von rund 2.600 Haushalten decken. Den Strom wollen die Stadtwerke vor allem an Kundinnen und Kunden in der Hansestadt liefern."),
    P("Die Deponie war bis 2005 in Betrieb und ist seit 2012 vollständig abgedeckt und rekultiviert. Weil die Abdeckung nicht beschädigt werden darf, werden die Module auf Betonfundamenten aufgestellt und nicht in den Boden gerammt. Ein Gutachten hat bestätigt, dass die Fläche dafür geeignet ist."),
    P("Auch die Hansestadt unterstützt das Vorhaben. Stendals Oberbürgermeister Klaus-Dieter Wendtland nannte den Solarpark einen „wichtigen Baustein für die Energiewende in unserer Stadt“. „Wir nutzen eine Fläche, die sonst niemandem etwas bringt, und die Wertschöpfung bleibt in Stendal“, sagte er."),
    RAW('<figure class="news-image"><img src="/fileadmin/news/2025/deponie-solarpark.jpg" alt="Deponiefläche"><figcaption>Auf dieser Fläche der ehemaligen Deponie sollen die Module stehen. Foto: Stadtwerke Stendal/Carsten Lührs</figcaption></figure>'),
    P("Bürgerinnen und Bürger sollen sich finanziell an dem Solarpark beteiligen können. Die Stadtwerke planen dafür ein Beteiligungsangebot mit einer Mindestanlage von 500 Euro. Einzelheiten stellen sie bei einer Informationsveranstaltung am 7. Oktober um 18 Uhr im Musikforum Katharinenkirche vor."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Stadtwerke bauen Solarpark auf ehemaliger Deponie - Stadtwerke Stendal</title>
<link rel="stylesheet" href="/assets/css/swsdl.min.css">
</head>
<body class="swsdl page-news-detail">
<header class="site-header"><a href="/" class="logo"><img src="/assets/img/logo-stadtwerke-stendal.svg" alt="Stadtwerke Stendal"></a>
<nav class="main-nav"><ul><li><a href="#">Privatkunden</a></li><li><a href="#">Geschäftskunden</a></li><li><a href="#">Netze</a></li><li><a href="#">Unternehmen</a></li><li><a href="#">Presse</a></li><li><a href="#">Karriere</a></li></ul></nav>
<div class="service-bar"><a href="#">Störungsnummer</a> <a href="#">Kundenportal</a></div></header>
<main class="content">
 <div class="news-detail">
  <div class="news-header">
   <p class="subtitle">Erneuerbare Energien</p>
   <h1>Stadtwerke bauen Solarpark auf ehemaliger Deponie</h1>
   <div class="news-info"><time datetime="2025-09-16T08:00:00+02:00">16. September 2025</time></div>
  </div>
  <div class="news-text">
{html_blocks(B, indent="   ")}
  </div>
 </div>
 <section class="news-related"><h2>Weitere Nachrichten</h2>
  <div class="teaser"><span class="teaser-date">02.09.2025</span><h3><a href="#">Neue Preise in der Grundversorgung ab 1. Januar</a></h3><p>Die Stadtwerke passen die Preise für Strom und Gas in der Grundversorgung an.</p></div>
  <div class="teaser"><span class="teaser-date">21.08.2025</span><h3><a href="#">Freibad-Saison mit Besucherrekord</a></h3><p>Mehr als 60.000 Gäste kamen in diesem Sommer ins Stadtseebad.</p></div>
 </section>
</main>
<footer class="site-footer"><div class="kontakt"><h3>Kontakt</h3><p>Stadtwerke Stendal GmbH<br>Unternehmenskommunikation<br>39576 Stendal<br>Servicetelefon 03931 000-0</p></div><p>Impressum · Datenschutz · AGB · Cookie-Einstellungen</p></footer>
</body>
</html>
"""
add("h07-stadtwerke-stendal-solarpark.html", "utf-8", H, B, {
    "title": "Stadtwerke bauen Solarpark auf ehemaliger Deponie",
    "subtitle": None, "kicker": "Erneuerbare Energien", "categories": [],
    "date": "2025-09-16", "place": None,
    "speakers": [
        sp("Matthias Gödecke-Brandt", "Geschäftsführer der Stadtwerke Stendal", [
            "Eine Deponie kann man weder bebauen noch landwirtschaftlich nutzen. Für Solarmodule ist sie dagegen ideal"],
           org="Stadtwerke Stendal"),
        sp("Klaus-Dieter Wendtland", "Stendals Oberbürgermeister", [
            "wichtigen Baustein für die Energiewende in unserer Stadt",
            "Wir nutzen eine Fläche, die sonst niemandem etwas bringt, und die Wertschöpfung bleibt in Stendal"], org="Stendal"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2005", "2012", "2025-09-11", "2025-10-07", "2026"],
    "body_must_not_contain": ["Störungsnummer", "Kundenportal", "Erneuerbare Energien", "16. September 2025", "Foto: Stadtwerke Stendal", "Weitere Nachrichten", "Grundversorgung", "Besucherrekord", "Unternehmenskommunikation", "Cookie-Einstellungen"],
    "body_must_contain": ["Auf der ehemaligen Hausmülldeponie am Stadtrand von Stendal entsteht ein Solarpark.", "einen „wichtigen Baustein für die Energiewende in unserer Stadt“.", "im Musikforum Katharinenkirche vor."],
    "notes": [
        "DATE ONLY IN A <time> ELEMENT: no metadata, byline or dateline; the only own date is '<time datetime=\"2025-09-16T08:00:00+02:00\">16. September 2025</time>' in the news header. The related news teasers carry other dates (02.09.2025, 21.08.2025) and are not the date.",
        "KICKER STYLED AS A SUBTITLE: 'p.subtitle' stands ABOVE the h1 -> kicker 'Erneuerbare Energien' (README: also when the CMS styles it as a subtitle). Subtitle null. No category, no dateline (place null).",
        "Gödecke-Brandt: role before the name in apposition with the body written out ('der Geschäftsführer der Stadtwerke Stendal, Matthias Gödecke-Brandt') -> organisation 'Stadtwerke Stendal'; one quote of two sentences.",
        "Wendtland: genitive place before the role ('Stendals Oberbürgermeister') -> role as written, organisation 'Stendal'. 'nannte den Solarpark einen „…“' is a marked verbatim part of seven words ending a sentence of saying -> his quote (README), without the full stop outside the marks; his second quote is attributed by the pronoun ('sagte er').",
        "Not body: figure caption and credit inside the text column, service bar, related news, footer contact.",
        "Mentioned dates: 'am 11. September', 'am 7. Oktober' -> publication year 2025; 'im Frühjahr 2026' -> 2026; 'bis 2005', 'seit 2012'.",
    ],
})

# =================================================================== h08 IHK Erfurt (<h1> heads only the sidebar; <h2> title, <h3> subtitle; month-only date)
B = [
    P("Die Industrie- und Handelskammer Erfurt hat bis Ende August 3.412 neue Ausbildungsverträge registriert, 4,6 Prozent mehr als im Vorjahreszeitraum. Besonders gefragt waren Ausbildungen im Handel, in der Logistik und in den IT-Berufen. Rückgänge gab es dagegen im Gastgewerbe."),
    P("„Die Betriebe bilden wieder mehr aus, und die jungen Leute entscheiden sich häufiger für eine duale Ausbildung als noch vor fünf Jahren“, sagte die Hauptgeschäftsführerin der IHK Erfurt, Dr. Cornelia Wittstock-Baer. „Trotzdem bleibt in vielen Betrieben ein Platz leer, weil sich schlicht niemand beworben hat.“"),
    P("Nach Angaben der Kammer sind in der Lehrstellenbörse derzeit noch rund 900 Ausbildungsplätze für das Ausbildungsjahr 2025/26 frei. Ein Einstieg ist in den meisten Berufen noch bis zum 30. September möglich, in Absprache mit dem Betrieb auch später."),
    P("Zu den Betrieben, die noch suchen, gehört die Rahmig Logistik GmbH in Nordhausen. Sven Grüneberg, Ausbildungsleiter bei der Rahmig Logistik GmbH, hat in diesem Jahr vier Plätze für Berufskraftfahrer und Fachkräfte für Lagerlogistik ausgeschrieben, zwei davon sind noch offen. „Wer gern unterwegs ist und den Lkw-Führerschein machen will, kann bei uns sofort anfangen“, sagte Grüneberg."),
    P("Die IHK bietet am 18. und 19. September Last-Minute-Sprechstunden an, in denen sich Jugendliche ohne Termin beraten lassen können. Außerdem lädt die Kammer bis Mitte Oktober zu Betriebsbesuchen in Mittel- und Nordthüringen ein."),
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Mehr Ausbildungsverträge in Mittel- und Nordthüringen – IHK Erfurt</title>
<link rel="stylesheet" href="/static/css/ihk.css">
</head>
<body class="ihk-erfurt presse">
<div class="cookie-hinweis" role="dialog"><p>Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Verwendung technisch notwendiger Cookies zu.</p><button>Verstanden</button></div>
<header class="ihk-header"><a href="/" class="ihk-logo"><img src="/static/img/ihk-erfurt.svg" alt="IHK Erfurt"></a>
<nav class="ihk-nav"><a href="#">Ausbildung</a> <a href="#">Weiterbildung</a> <a href="#">Recht &amp; Steuern</a> <a href="#">Existenzgründung</a> <a href="#">International</a></nav></header>
<div class="ihk-layout">
 <aside class="ihk-sidebar">
  <h1>Presse &amp; Medien</h1>
  <ul><li><a href="#" class="active">Pressemitteilungen</a></li><li><a href="#">Pressefotos</a></li><li><a href="#">Ansprechpartner</a></li><li><a href="#">Wirtschaftsmagazin</a></li></ul>
 </aside>
 <div class="ihk-content">
  <p class="article-meta">Pressemitteilung · September 2025</p>
  <h2 class="article-title">Mehr Ausbildungsverträge in Mittel- und Nordthüringen</h2>
  <h3 class="article-subtitle">IHK zieht Zwischenbilanz – noch rund 900 Lehrstellen unbesetzt</h3>
  <div class="article-body">
{html_blocks(B, indent="   ")}
  </div>
  <div class="contact-box"><h4>Ansprechpartnerin</h4><p>Anke Hellriegel<br>Pressesprecherin<br>Telefon 0361 000-1234<br>hellriegel@example.org</p></div>
  <div class="teaser-list"><h2>Weitere Pressemitteilungen</h2><ul><li><a href="#">Konjunkturumfrage: Stimmung hellt sich leicht auf (August 2025)</a></li><li><a href="#">Prüferinnen und Prüfer für das Ehrenamt gesucht (Juli 2025)</a></li></ul></div>
 </div>
</div>
<footer class="ihk-footer"><p>Industrie- und Handelskammer Erfurt · Arnstädter Straße 34 · 99096 Erfurt</p><p>Impressum · Datenschutz · Barrierefreiheit</p></footer>
</body>
</html>
"""
add("h08-ihk-erfurt-ausbildung.html", "utf-8", H, B, {
    "title": "Mehr Ausbildungsverträge in Mittel- und Nordthüringen",
    "subtitle": "IHK zieht Zwischenbilanz – noch rund 900 Lehrstellen unbesetzt",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": None, "place": None,
    "speakers": [
        sp("Dr. Cornelia Wittstock-Baer", "Hauptgeschäftsführerin der IHK Erfurt", [
            "Die Betriebe bilden wieder mehr aus, und die jungen Leute entscheiden sich häufiger für eine duale Ausbildung als noch vor fünf Jahren",
            "Trotzdem bleibt in vielen Betrieben ein Platz leer, weil sich schlicht niemand beworben hat."],
           org="Industrie- und Handelskammer Erfurt", honorific="Dr."),
        sp("Sven Grüneberg", "Ausbildungsleiter bei der Rahmig Logistik GmbH", [
            "Wer gern unterwegs ist und den Lkw-Führerschein machen will, kann bei uns sofort anfangen"],
           org="Rahmig Logistik GmbH"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025", "2025-09-18", "2025-09-19", "2025-09-30", "2026"],
    "body_must_not_contain": ["Cookies", "Presse & Medien", "Pressefotos", "Pressemitteilung · September 2025", "IHK zieht Zwischenbilanz", "Ansprechpartnerin", "Anke Hellriegel", "Weitere Pressemitteilungen", "Konjunkturumfrage", "Arnstädter Straße"],
    "body_must_contain": ["Die Industrie- und Handelskammer Erfurt hat bis Ende August 3.412 neue Ausbildungsverträge registriert", "für das Ausbildungsjahr 2025/26 frei.", "sagte Grüneberg.", "in Mittel- und Nordthüringen ein."],
    "notes": [
        "THE ONLY <h1> HEADS THE SIDEBAR ('Presse & Medien' over the section menu). README: where <h1>s only head side boxes, the title is the heading over the article's text -> the h2.article-title; the h3 right under it is the subtitle.",
        "MONTH-ONLY DATE: the meta line 'Pressemitteilung · September 2025' states only a month. The contract's date is YYYY-MM-DD or null, and nothing else on the page dates the release -> date null (decided). The month is the document's own date, not a date the text names: it is not a mentioned date either. The teaser months '(August 2025)', '(Juli 2025)' belong to other releases.",
        "'Pressemitteilung' in the meta line is a doc-type label -> category (as gold_blind10 h06/h08). No kicker, no dateline.",
        "Wittstock-Baer: role before the name in apposition with the chamber's abbreviation ('die Hauptgeschäftsführerin der IHK Erfurt, Dr. Cornelia Wittstock-Baer') -> role as written; organisation written out as the text names the chamber in full in the first paragraph ('Industrie- und Handelskammer Erfurt', README). Continuation quote without a verb.",
        "Grüneberg: role apposition after the name ('Sven Grüneberg, Ausbildungsleiter bei der Rahmig Logistik GmbH, hat …') -> organisation 'Rahmig Logistik GmbH' (an invented company); quote attributed by surname.",
        "Mentioned dates: 'Ausbildungsjahr 2025/26' -> 2025 and 2026; 'bis zum 30. September', 'am 18. und 19. September' have no year -> the publication year the month-only date states (2025; decided); 'bis Ende August', 'bis Mitte Oktober' are months without a year -> no date.",
    ],
})

# =================================================================== h09 Landkreis Marburg-Biedenkopf (kicker span, subtitle as the lead's first line, consent banner spliced into a paragraph)
B = [
    HIDDEN("Marburg (18. März 2025) – Ältere Menschen und pflegende Angehörige im Landkreis Marburg-Biedenkopf bekommen Unterstützung direkt vor Ort. Ab April beraten sechs Gemeindepflegekräfte in zwölf Städten und Gemeinden zu Fragen rund um Pflege, Hilfsmittel und Entlastungsangebote. Das Land Hessen fördert das Projekt über drei Jahre."),
    P("„Viele Menschen wissen gar nicht, welche Hilfen ihnen zustehen, und scheuen den Weg in die Kreisverwaltung“, sagte Landrätin Dr. Hannelore Brüggemann-Fries. „Die Gemeindepflegekräfte kommen deshalb zu den Menschen, ins Rathaus, ins Dorfgemeinschaftshaus oder auf Wunsch auch nach Hause.“"),
    SPLICE("Die Gemeindepflegekräfte sind examinierte Pflegefachkräfte und beim Fachdienst Altenhilfe des Landkreises angestellt. ",
           '<span class="cc-window" role="dialog" aria-label="cookieconsent">Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. <a class="cc-link" href="/datenschutz">Mehr erfahren</a> <a class="cc-btn cc-allow">Zulassen</a> <a class="cc-btn cc-deny">Ablehnen</a> </span>',
           "Sie halten in jeder beteiligten Kommune mindestens einmal im Monat eine offene Sprechstunde ab und vermitteln bei Bedarf an Pflegestützpunkte, Ärzte und Beratungsstellen."),
    P("Gemeindepflegekraft Jana Mengel-Schäfer hat zuvor 15 Jahre in der ambulanten Pflege gearbeitet. „Ich habe oft erlebt, dass Angehörige erst um Hilfe bitten, wenn sie selbst nicht mehr können“, sagte sie. „Wir wollen früher ansetzen.“"),
    P("Die ersten Sprechstunden beginnen am 2. April in Gladenbach und Kirchhain. Die Termine für alle zwölf Kommunen veröffentlicht der Landkreis auf seiner Internetseite und in den Mitteilungsblättern der Gemeinden. Das Projekt läuft zunächst bis zum 31. März 2028."),
]
SUB09 = "Erste Sprechstunden ab April in Gladenbach und Kirchhain"
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Gemeindepflegekräfte beraten künftig in zwölf Kommunen | Landkreis Marburg-Biedenkopf</title>
<link rel="stylesheet" href="/media/css/lkmr.css?2025">
</head>
<body class="lkmr newsdetail">
<header class="kopf"><a href="/" class="logo"><img src="/media/img/logo-landkreis.svg" alt="Landkreis Marburg-Biedenkopf"></a>
<nav class="hauptmenue"><a href="#">Kreisverwaltung</a> <a href="#">Gesundheit</a> <a href="#">Soziales</a> <a href="#">Bildung</a> <a href="#">Umwelt</a> <a href="#">Presse</a></nav></header>
<nav class="breadcrumb">Sie sind hier: <a href="/">Startseite</a> / <a href="#">Presse</a> / <a href="#">Pressemitteilungen</a></nav>
<main>
 <article class="news">
  <header class="news-header">
   <span class="topline">Pflege im Alter</span>
   <h1>Gemeindepflegekräfte beraten künftig in zwölf Kommunen</h1>
   <div class="news-meta"><span class="date">18.03.2025</span> | <span class="cats">Kategorie: <a href="/presse/kategorie/soziales">Soziales</a>, <a href="/presse/kategorie/gesundheit">Gesundheit</a></span></div>
  </header>
  <p class="teaser"><b>{SUB09}</b><br>{B[0][1]}</p>
  <figure><img src="/media/presse/2025/gemeindepflege.jpg" alt="Gemeindepflegekräfte"><figcaption>Die sechs Gemeindepflegekräfte mit Landrätin Dr. Hannelore Brüggemann-Fries (Mitte). Foto: Landkreis Marburg-Biedenkopf/Svenja Roth</figcaption></figure>
  <div class="news-body">
{html_blocks(B, indent="   ")}
  </div>
  <div class="news-tools"><a href="#">Seite drucken</a> · <a href="#">Seite teilen</a> · <a href="#">Zurück zur Übersicht</a></div>
 </article>
</main>
<footer class="fuss"><div class="kontakt"><strong>Landkreis Marburg-Biedenkopf</strong><br>Fachdienst Presse- und Öffentlichkeitsarbeit<br>Im Lichtenholz 60<br>35043 Marburg</div><p>Impressum · Datenschutz · Barrierefreiheit</p></footer>
</body>
</html>
"""
add("h09-lk-marburg-biedenkopf-gemeindepflege.html", "utf-8", H, B, {
    "title": "Gemeindepflegekräfte beraten künftig in zwölf Kommunen",
    "subtitle": SUB09,
    "kicker": "Pflege im Alter", "categories": ["Soziales", "Gesundheit"],
    "date": "2025-03-18", "place": "Marburg",
    "speakers": [
        sp("Dr. Hannelore Brüggemann-Fries", "Landrätin", [
            "Viele Menschen wissen gar nicht, welche Hilfen ihnen zustehen, und scheuen den Weg in die Kreisverwaltung",
            "Die Gemeindepflegekräfte kommen deshalb zu den Menschen, ins Rathaus, ins Dorfgemeinschaftshaus oder auf Wunsch auch nach Hause."],
           honorific="Dr."),
        sp("Jana Mengel-Schäfer", "Gemeindepflegekraft", [
            "Ich habe oft erlebt, dass Angehörige erst um Hilfe bitten, wenn sie selbst nicht mehr können",
            "Wir wollen früher ansetzen."]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-04-02", "2028-03-31"],
    "body_must_not_contain": ["Sie sind hier", "Pflege im Alter", "Kategorie:", "Erste Sprechstunden ab April in Gladenbach und Kirchhain", "(Mitte). Foto:", "Cookies", "Mehr erfahren", "Seite drucken", "Zurück zur Übersicht", "Im Lichtenholz 60"],
    "body_must_contain": ["Marburg (18. März 2025) – Ältere Menschen und pflegende Angehörige", "Sie halten in jeder beteiligten Kommune mindestens einmal im Monat eine offene Sprechstunde ab", "„Wir wollen früher ansetzen.“", "bis zum 31. März 2028."],
    "notes": [
        "Landkreis news in <main><article>. Kicker from span.topline above the h1 inside the article header. Date '18.03.2025' in the meta line (also in the dateline); categories from 'Kategorie: Soziales, Gesundheit' (label dropped).",
        "SUBTITLE AS THE LEAD'S FIRST LINE: p.teaser opens with a bold line and a <br>; README: the first line of the lead before a line break is the subtitle. The rest of p.teaser (from the dateline on) is the body's first paragraph.",
        "Dateline with date in parentheses 'Marburg (18. März 2025) – ' -> place 'Marburg', date 2025-03-18 (as the meta line); it stays in the body.",
        "CONSENT BANNER SPLICED INTO A PARAGRAPH: a cookie-consent <span> sits inside the third body paragraph between two sentences; the body keeps the paragraph whole without the banner text.",
        "Brüggemann-Fries: 'sagte Landrätin Dr. Hannelore Brüggemann-Fries' -> role 'Landrätin', organisation null (bare role); continuation quote. The figure caption naming her is not body.",
        "Mengel-Schäfer: 'Gemeindepflegekraft Jana Mengel-Schäfer' -> role 'Gemeindepflegekraft', organisation null; pronoun attribution and a continuation.",
        "Mentioned dates: 'am 2. April' -> publication year 2025-04-02; 'bis zum 31. März 2028'. 'Ab April' has no year -> no date; 'über drei Jahre' is a duration.",
    ],
})


# =================================================================== text dumps
def add_text(fname, head, blocks, tail, gold, bullet="- ", width=None, sep="\n\n", hprefix=""):
    page = head.rstrip("\n") + sep + plain_body(blocks, bullet, width, sep, hprefix) + sep + tail.lstrip("\n")
    SPEC.append((fname, "utf-8", page, blocks, gold))


def zeichen(blocks):
    """Character count as a press office prints it under a release: the body text with spaces."""
    return len(text_blocks(blocks).replace("\n\n", " "))


# ------------------------------------------------------------------- t01 Sächsisches Staatsministerium für Regionalentwicklung (PDF copy, letterhead, release number, kicker line, character count)
B = [
    P("Dresden (7. Oktober 2025) – Der Freistaat Sachsen fördert in der zweiten Auswahlrunde des Programms „Vitale Dorfkerne“ 42 Projekte in Städten und Gemeinden des ländlichen Raums. Insgesamt stehen dafür 11,4 Millionen Euro zur Verfügung. Gefördert wird vor allem der Umbau leerstehender Gebäude in Ortskernen zu Wohnungen, Läden oder Treffpunkten."),
    P("„Ein Dorf lebt von seiner Mitte. Wenn dort nur noch leere Häuser stehen, ziehen die jungen Familien an den Rand oder ganz weg“, sagte Regionalentwicklungsminister Dr. Henning Koschwitz bei der Übergabe der Förderbescheide in Dresden. „Mit dem Programm holen wir das Leben zurück in die Ortskerne.“"),
    P("Anträge hatten die Kommunen bis zum 30. Juni 2025 beim Sächsischen Staatsministerium für Regionalentwicklung einreichen können. Insgesamt waren 97 Anträge eingegangen. Die Förderquote liegt bei bis zu 75 Prozent, in Gemeinden mit weniger als 5.000 Einwohnern bei bis zu 90 Prozent."),
    RAW("Seite 1 von 2\n\n\f\nSMR – Medieninformation Nr. 112/2025 – 07.10.2025"),
    P("Zu den geförderten Vorhaben gehört der Umbau des ehemaligen Gasthofs im Ortskern von Dorfchemnitz zu einem Dorfgemeinschaftshaus mit Café und Arztpraxis. Die Bürgermeisterin der Gemeinde Dorfchemnitz, Doreen Hähnel, freute sich über den Zuschlag: „Der Gasthof steht seit 2016 leer. Jetzt bekommt das Dorf seinen Treffpunkt zurück, und mit der Praxis auch eine Hausärztin.“"),
    P("Die Bauarbeiten sollen bis Ende 2027 abgeschlossen sein. Eine dritte Auswahlrunde ist bereits geplant; Anträge können dann vom 2. März bis 30. Juni 2026 gestellt werden."),
]
N01 = zeichen(B)
HEAD = """Freistaat
SACHSEN
Staatsministerium für Regionalentwicklung

Pressestelle
Archivstraße 1 | 01097 Dresden
Telefon: 0351 000-5010
E-Mail: presse@example.org


Medieninformation Nr. 112/2025
Dienstag, 7. Oktober 2025


Ländlicher Raum

Förderprogramm „Vitale Dorfkerne“: 42 Projekte erhalten Zuschlag

Freistaat stellt 11,4 Millionen Euro für leerstehende Gebäude in Ortskernen bereit
"""
TAIL = f"""({N01} Zeichen)

Hinweis für Redaktionen: Eine Liste aller geförderten Projekte steht auf
www.medienservice.sachsen.de zum Download bereit.

Pressesprecher: Falk Rademann
Telefon: 0351 000-5012

Seite 2 von 2
"""
add_text("t01-smr-dorfkerne-pdf.txt", HEAD, B, TAIL, {
    "title": "Förderprogramm „Vitale Dorfkerne“: 42 Projekte erhalten Zuschlag",
    "subtitle": "Freistaat stellt 11,4 Millionen Euro für leerstehende Gebäude in Ortskernen bereit",
    "kicker": "Ländlicher Raum", "categories": ["Medieninformation"],
    "date": "2025-10-07", "place": "Dresden",
    "speakers": [
        sp("Dr. Henning Koschwitz", "Regionalentwicklungsminister", [
            "Ein Dorf lebt von seiner Mitte. Wenn dort nur noch leere Häuser stehen, ziehen die jungen Familien an den Rand oder ganz weg",
            "Mit dem Programm holen wir das Leben zurück in die Ortskerne."],
           org="Sächsisches Staatsministerium für Regionalentwicklung", honorific="Dr."),
        sp("Doreen Hähnel", "Bürgermeisterin der Gemeinde Dorfchemnitz", [
            "Der Gasthof steht seit 2016 leer. Jetzt bekommt das Dorf seinen Treffpunkt zurück, und mit der Praxis auch eine Hausärztin."],
           org="Gemeinde Dorfchemnitz"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2016", "2025-06-30", "2026-03-02", "2026-06-30", "2027"],
    "body_must_not_contain": ["Archivstraße 1", "Medieninformation Nr. 112/2025", "Dienstag, 7. Oktober 2025", "Ländlicher Raum", "Seite 1 von 2", "SMR – Medieninformation", f"({N01} Zeichen)", "Hinweis für Redaktionen", "Falk Rademann", "Seite 2 von 2"],
    "body_must_contain": ["Dresden (7. Oktober 2025) – Der Freistaat Sachsen fördert", "Die Förderquote liegt bei bis zu 75 Prozent", "Zu den geförderten Vorhaben gehört der Umbau des ehemaligen Gasthofs", "vom 2. März bis 30. Juni 2026 gestellt werden."],
    "notes": [
        "PDF text copy hard-wrapped at about 76 characters; the lines of a paragraph join with single spaces. Letterhead (Freistaat Sachsen, ministry, Pressestelle, address) is not body. A page break (form feed) with 'Seite 1 von 2' and a running header ('SMR – Medieninformation Nr. 112/2025 – 07.10.2025') sits between two paragraphs; 'Seite 2 von 2' ends the copy: not body.",
        "The numbered label 'Medieninformation Nr. 112/2025' is the category, without its number (decided, as gold_blind10). The date line 'Dienstag, 7. Oktober 2025' under it and the dateline agree: date 2025-10-07.",
        "HEADLINE BLOCK: the short line 'Ländlicher Raum' right above the headline is the kicker; the headline keeps its quotation marks as written; the line under it is the subtitle.",
        "Dateline with date in parentheses 'Dresden (7. Oktober 2025) – ' -> place 'Dresden'; it stays in the body.",
        "The character count '(N Zeichen)' after the text, the 'Hinweis für Redaktionen' and the press officer's contact are not body. The count printed is the length of the gold body with paragraphs joined by one space.",
        "Koschwitz: compound minister's title 'Regionalentwicklungsminister' -> organisation the ministry as the text names it ('beim Sächsischen Staatsministerium für Regionalentwicklung' -> nominative 'Sächsisches Staatsministerium für Regionalentwicklung'). Quote of two sentences, then a continuation.",
        "Hähnel: role before the name in apposition with the body written out -> organisation 'Gemeinde Dorfchemnitz'; quote after 'freute sich über den Zuschlag:'.",
        "NOT a quote: the programme name „Vitale Dorfkerne“.",
        "Mentioned dates: 30. Juni 2025; 'seit 2016' (inside the quote); 'bis Ende 2027' -> 2027; 'vom 2. März bis 30. Juni 2026' -> 2026-03-02 (year of its range partner) and 2026-06-30. The running header's '07.10.2025' is the publication date and not body.",
    ],
}, width=76)

# ------------------------------------------------------------------- t02 Amt Schenkenländchen (e-mail forwarded with a cover note and separator line; block member list)
B = [
    P("Teupitz, 3. Juni 2025. Der Amtsausschuss des Amtes Schenkenländchen hat in seiner Sitzung am 2. Juni den neuen Gefahrenabwehrbedarfsplan beschlossen. Er legt fest, wie die Freiwilligen Feuerwehren in den amtsangehörigen Gemeinden bis 2030 ausgestattet werden. Größte Vorhaben sind neue Gerätehäuser in Halbe und Märkisch Buchholz."),
    P("Dem Amt gehören sechs Gemeinden an:"),
    UL("Stadt Märkisch Buchholz", "Stadt Teupitz", "Gemeinde Groß Köris", "Gemeinde Halbe", "Gemeinde Münchehofe", "Gemeinde Schwerin"),
    P("In jeder dieser Gemeinden gibt es mindestens eine Ortswehr. „Die Gerätehäuser in Halbe und Märkisch Buchholz stammen aus den 1960er-Jahren. Dort passen moderne Fahrzeuge schlicht nicht mehr hinein“, sagte Amtsdirektor Ralf Tschiersch-Nowak. „Unsere Kameradinnen und Kameraden brauchen sichere Umkleiden und Platz für die Technik.“"),
    P("Der Neubau in Halbe soll 2027 fertig sein, Märkisch Buchholz folgt 2028. Die Kosten für beide Gerätehäuser schätzt das Amt auf rund 6,2 Millionen Euro; es will dafür Fördermittel des Landes beantragen."),
    P("Mirko Strehlow, Amtswehrführer im Amt Schenkenländchen, sieht vor allem bei der Einsatzbereitschaft am Tag Handlungsbedarf. „Tagsüber arbeiten viele unserer Leute in Berlin oder Königs Wusterhausen. Wir brauchen jeden, der in der Nähe ist“, sagte er. Der Plan sieht deshalb vor, Beschäftigte der Amtsverwaltung und der Bauhöfe verstärkt für den Feuerwehrdienst zu gewinnen."),
    P("Der Plan liegt vom 10. bis 24. Juni im Amtsgebäude in Teupitz zur Einsicht aus. Am 21. Juni lädt die Feuerwehr Halbe außerdem zum Tag der offenen Tür ein."),
]
N02 = zeichen(B)
HEAD = """Von: Ute Pannwitz <gemeindebuero.halbe@example.org>
Gesendet: Mittwoch, 4. Juni 2025 07:48
An: Redaktion Dahme-Kurier <redaktion@example.org>
Betreff: WG: PM 14/2025 Gefahrenabwehrbedarfsplan beschlossen

Guten Morgen Herr Lüdtke,

vielleicht ist das etwas für Ihre nächste Ausgabe. Die Pressemitteilung des Amtes kam gestern Nachmittag bei uns an, Fotos vom Gerätehaus in Halbe reiche ich heute noch nach.

Beste Grüße aus Halbe
Ute Pannwitz
Gemeindebüro Halbe

-------- Weitergeleitete Nachricht --------
Betreff: PM 14/2025 Gefahrenabwehrbedarfsplan beschlossen
Datum: Tue, 3 Jun 2025 14:21:07 +0200
Von: Amt Schenkenländchen - Öffentlichkeitsarbeit <presse@example.org>
An: Verteiler Presse <presse-verteiler@example.org>

PRESSEMITTEILUNG Nr. 14/2025

Amt Schenkenländchen plant zwei neue Feuerwehrgerätehäuser
Amtsausschuss beschließt Gefahrenabwehrbedarfsplan bis 2030
"""
TAIL = f"""({N02} Zeichen)

Mit freundlichen Grüßen
i. A. Sandra Kühne
Öffentlichkeitsarbeit

Amt Schenkenländchen
Markt 9
15755 Teupitz
Telefon 033766 000-0
"""
add_text("t02-amt-schenkenlaendchen-feuerwehr-email.txt", HEAD, B, TAIL, {
    "title": "Amt Schenkenländchen plant zwei neue Feuerwehrgerätehäuser",
    "subtitle": "Amtsausschuss beschließt Gefahrenabwehrbedarfsplan bis 2030",
    "kicker": None, "categories": ["Pressemitteilung"],
    "date": "2025-06-03", "place": "Teupitz",
    "speakers": [
        sp("Ralf Tschiersch-Nowak", "Amtsdirektor", [
            "Die Gerätehäuser in Halbe und Märkisch Buchholz stammen aus den 1960er-Jahren. Dort passen moderne Fahrzeuge schlicht nicht mehr hinein",
            "Unsere Kameradinnen und Kameraden brauchen sichere Umkleiden und Platz für die Technik."]),
        sp("Mirko Strehlow", "Amtswehrführer im Amt Schenkenländchen", [
            "Tagsüber arbeiten viele unserer Leute in Berlin oder Königs Wusterhausen. Wir brauchen jeden, der in der Nähe ist"],
           org="Amt Schenkenländchen"),
    ],
    "member_lists": [{
        "label": "Dem Amt gehören sechs Gemeinden an",
        "body": "Amt Schenkenländchen",
        "members": members(("Märkisch Buchholz", "Stadt", "12061328"), ("Teupitz", "Stadt", "12061492"),
                           ("Groß Köris", "Gemeinde", "12061192"), ("Halbe", "Gemeinde", "12061216"),
                           ("Münchehofe", "Gemeinde", "12061344"), ("Schwerin", "Gemeinde", "12061448")),
    }],
    "mentioned_dates": ["2025-06-02", "2025-06-10", "2025-06-21", "2025-06-24", "2027", "2028", "2030"],
    "body_must_not_contain": ["Gesendet:", "Betreff:", "Guten Morgen", "Beste Grüße", "Gemeindebüro Halbe", "Weitergeleitete Nachricht", "Datum: Tue", "PRESSEMITTEILUNG", f"({N02} Zeichen)", "Mit freundlichen Grüßen", "Sandra Kühne", "Markt 9"],
    "body_must_contain": ["Teupitz, 3. Juni 2025. Der Amtsausschuss des Amtes Schenkenländchen", "Dem Amt gehören sechs Gemeinden an:", "- Gemeinde Münchehofe", "Am 21. Juni lädt die Feuerwehr Halbe außerdem zum Tag der offenen Tür ein."],
    "notes": [
        "E-mail forwarded with a cover note: the outer header (Von/Gesendet/An/Betreff with 'WG:'), the salutation, the cover note and the forwarder's signature, the separator '-------- Weitergeleitete Nachricht --------' and the inner mail header are not body. The outer 'Gesendet: Mittwoch, 4. Juni 2025' is the forwarding date, not the release's.",
        "The numbered label 'PRESSEMITTEILUNG Nr. 14/2025' -> category 'Pressemitteilung' (number dropped, case normalised, as gold_blind10). The first line after it is the title, the next line the subtitle (its '2030' is headline text). No kicker.",
        "Dateline with date 'Teupitz, 3. Juni 2025. ' -> place 'Teupitz', date 2025-06-03 (the inner header 'Datum: Tue, 3 Jun 2025' agrees); the dateline stays in the body.",
        "The character count, closing formula ('Mit freundlichen Grüßen'), the signature 'i. A. Sandra Kühne' and the Amt's address block are not body.",
        "BLOCK MEMBER LIST: 'Dem Amt gehören sechs Gemeinden an:' names the body by its kind alone; the Amt is named before in the text ('Der Amtsausschuss des Amtes Schenkenländchen', also the subject of the title) -> body 'Amt Schenkenländchen' (README, fullest name given). Label = the introducing sentence as written, without its colon (README: its heading or introducing phrase). Members with the kind the line states (two Städte, four Gemeinden), names without the kind word, keys the AGS from GV100AD; 'sechs' = 6 listed: no warning. The bullets '• ' of the mail are '- ' in the gold body.",
        "Tschiersch-Nowak: quote of two sentences before 'sagte Amtsdirektor Ralf Tschiersch-Nowak', then a continuation. Role 'Amtsdirektor', organisation null (bare role, as gold_blind10's 'Amtsvorsteherin').",
        "Strehlow: role apposition after the name with the body written out ('Amtswehrführer im Amt Schenkenländchen') -> organisation 'Amt Schenkenländchen'; pronoun attribution 'sagte er'.",
        "Mentioned dates: 'am 2. Juni', 'vom 10. bis 24. Juni', 'Am 21. Juni' -> publication year 2025; 'bis 2030'; '2027', '2028'. The decade '1960er-Jahren' (inside a quote) is no date.",
    ],
}, bullet="• ")

# ------------------------------------------------------------------- t03 Stadt Strausberg (page text copied with menu lines and breadcrumb; '(MOZ)' agency tag; [date] line; Stand:)
B = [
    P("(MOZ) Die Stadt Strausberg will bis zum Schuljahr 2028/29 eine neue dreizügige Grundschule in der Vorstadt bauen. Für den Entwurf hat die Stadt jetzt einen Architektenwettbewerb ausgelobt. Bis zum 30. September können sich Planungsbüros bewerben, das Preisgericht tagt voraussichtlich im Januar 2026."),
    P("Hintergrund sind steigende Schülerzahlen. Nach der Schulentwicklungsplanung des Landkreises Märkisch-Oderland werden in Strausberg bis Mitte der 2030er-Jahre rund 250 Grundschulplätze mehr gebraucht als heute. Die bestehenden Grundschulen sind schon jetzt voll ausgelastet, zwei von ihnen unterrichten einzelne Klassen in Containern."),
    P("„Wir bauen nicht auf Vorrat, sondern weil die Kinder schon da sind“, sagte Bürgermeister Elmar Kuschnerow. Der Neubau sei die größte Einzelinvestition der Stadt seit der Wende. Die Kosten schätzt die Verwaltung derzeit auf rund 32 Millionen Euro."),
    P("Der Entwurf soll auch Räume für den Hort, eine Zweifeldsporthalle und eine Mensa vorsehen, die abends von Vereinen genutzt werden kann. Die Leiterin des Staatlichen Schulamts Frankfurt (Oder), Dr. Annelie Rohrbeck, begrüßte das Vorhaben: „Eine Schule ist heute mehr als ein Ort für den Unterricht. Sie muss auch nachmittags und abends für den Stadtteil offen sein.“"),
    P("Die Entwürfe sollen im Frühjahr 2026 in einer Ausstellung im Rathaus gezeigt werden. Nach den bisherigen Planungen könnte Ende 2026 mit dem Bau begonnen werden."),
]
HEAD = """Zum Inhalt springen
Stadt Strausberg
Logo der Stadt Strausberg
Suche
Menü
Rathaus & Politik
Bürgerservice
Leben in Strausberg
Wirtschaft
Tourismus & Freizeit
Sie sind hier: Startseite › Rathaus & Politik › Aktuelles › Pressespiegel
[14.08.2025]
Neue Grundschule in der Vorstadt: Strausberg lobt Architektenwettbewerb aus
"""
TAIL = """Stand: 15.08.2025
Zurück zur Übersicht
Seite drucken
Seite teilen
Kontakt
Stadtverwaltung Strausberg
Hegermühlenstraße 58
15344 Strausberg
Impressum
Datenschutz
Barrierefreiheit
"""
add_text("t03-strausberg-grundschule-seite.txt", HEAD, B, TAIL, {
    "title": "Neue Grundschule in der Vorstadt: Strausberg lobt Architektenwettbewerb aus",
    "subtitle": None, "kicker": None, "categories": [],
    "date": "2025-08-14", "place": None,
    "speakers": [
        sp("Elmar Kuschnerow", "Bürgermeister", [
            "Wir bauen nicht auf Vorrat, sondern weil die Kinder schon da sind"]),
        sp("Dr. Annelie Rohrbeck", "Leiterin des Staatlichen Schulamts Frankfurt (Oder)", [
            "Eine Schule ist heute mehr als ein Ort für den Unterricht. Sie muss auch nachmittags und abends für den Stadtteil offen sein."],
           org="Staatliches Schulamt Frankfurt (Oder)", honorific="Dr."),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-09-30", "2026", "2026-01", "2028", "2029"],
    "body_must_not_contain": ["Zum Inhalt springen", "Logo der Stadt Strausberg", "Tourismus & Freizeit", "Sie sind hier", "Pressespiegel", "[14.08.2025]", "Stand: 15.08.2025", "Zurück zur Übersicht", "Seite drucken", "Hegermühlenstraße 58", "Barrierefreiheit"],
    "body_must_contain": ["(MOZ) Die Stadt Strausberg will bis zum Schuljahr 2028/29", "bis Mitte der 2030er-Jahre", "Dr. Annelie Rohrbeck, begrüßte das Vorhaben:", "Ende 2026 mit dem Bau begonnen werden."],
    "notes": [
        "Page text copied from a browser: skip link, site name, the logo's alt text, search/menu lines, the breadcrumb and the closing run of Stand/tool/contact/menu lines are not body. Paragraphs are separated by blank lines.",
        "The bracketed date line '[14.08.2025]' right above the headline gives the date (2025-08-14); it is not a kicker (decided, as h06). The last menu line and the breadcrumb above it are not kickers either (README: not the last of a run of menu headings). 'Stand: 15.08.2025' after the text is a revision.",
        "AGENCY TAG WITHOUT A PLACE: the text opens '(MOZ) Die Stadt …' — '(MOZ)' is the Märkische Oderzeitung's tag, not a place -> place null; it stays in the body as published (like a dateline). 'Pressespiegel' in the breadcrumb is navigation, not a category.",
        "Kuschnerow: 'sagte Bürgermeister Elmar Kuschnerow' -> role 'Bürgermeister', organisation null. 'Der Neubau sei … seit der Wende' is Konjunktiv indirect speech.",
        "Rohrbeck: role before the name in apposition -> role 'Leiterin des Staatlichen Schulamts Frankfurt (Oder)', organisation in the nominative 'Staatliches Schulamt Frankfurt (Oder)'; quote after 'begrüßte das Vorhaben:'.",
        "Mentioned dates: 'Schuljahr 2028/29' -> 2028 and 2029; 'Bis zum 30. September' -> publication year 2025-09-30; 'im Januar 2026' -> 2026-01; 'im Frühjahr 2026', 'Ende 2026' -> 2026. The decade '2030er-Jahre' is no date.",
    ],
})

# ------------------------------------------------------------------- t04 Städte- und Gemeindebund Brandenburg (Markdown-like dump with '# ' headings; 'Potsdam (dpa/bb) –'; ISO date)
B = [
    P("Potsdam (dpa/bb) – Brandenburgs Städte und Gemeinden fordern vom Land mehr Geld für den Betrieb ihrer Kindertagesstätten. Nach einer Umfrage des Städte- und Gemeindebundes Brandenburg unter 180 Mitgliedskommunen deckt der Landeszuschuss im Durchschnitt nur noch 38 Prozent der Betriebskosten. Im Jahr 2019 waren es noch 45 Prozent."),
    P("„Die Kommunen zahlen die Differenz aus ihren ohnehin knappen Haushalten, und das jedes Jahr mehr“, sagte der Geschäftsführer des Verbandes, Carsten Wöllmer, am Dienstag in Potsdam. Steigende Personalkosten und die Beitragsfreiheit für Eltern seien vom Land nicht ausreichend ausgeglichen worden."),
    HD("Beispiel Wandlitz", "h2"),
    P("Wie groß die Lücke ist, zeigt die Gemeinde Wandlitz im Landkreis Barnim. Sie betreibt elf Kitas und hat 2024 rund 4,1 Millionen Euro mehr für die Kindertagesbetreuung ausgegeben, als sie vom Land und aus Elternbeiträgen erhalten hat. „Dieses Geld fehlt uns für Straßen, Schulen und die Feuerwehr“, sagte die Kämmerin der Gemeinde Wandlitz, Stefanie Brügmann-Lenz."),
    RAW("![Kinder beim Spielen in einer Kita](/media/2025/kita-symbolbild.jpg)\n*Symbolbild. Foto: Städte- und Gemeindebund Brandenburg/Archiv*"),
    P("Der Verband fordert, den Landeszuschuss ab dem Kitajahr 2026/27 an die tatsächlichen Personalkosten zu koppeln. Das Thema soll am 15. Mai im Bildungsausschuss des Landtages beraten werden. Wöllmer kündigte an, die Ergebnisse der Umfrage allen Fraktionen vorzulegen."),
    P("Das Bildungsministerium verwies auf Anfrage auf laufende Gespräche mit den kommunalen Spitzenverbänden. Eine Einigung werde bis Ende 2025 angestrebt, hieß es."),
]
HEAD = """[Zum Inhalt springen](#inhalt)

![Städte- und Gemeindebund Brandenburg](/assets/img/logo-sgb.svg)

* [Der Verband](/verband/)
* [Themen](/themen/)
* [Presse](/presse/)
* [Termine](/termine/)
* [Kontakt](/kontakt/)

[Startseite](/) › [Presse](/presse/) › [Pressespiegel](/presse/pressespiegel/)

**Kita-Finanzierung**

# Kommunen fordern höhere Landeszuschüsse für Kitas

## Städte- und Gemeindebund legt Umfrage unter 180 Mitgliedskommunen vor

*Veröffentlicht: 2025-04-29 · Schlagworte: [Kita](/schlagworte/kita/), [Kommunalfinanzen](/schlagworte/kommunalfinanzen/)*
"""
TAIL = """---

**Pressekontakt:** Städte- und Gemeindebund Brandenburg · Stephensonstraße 4 · 14482 Potsdam · Telefon 0331 000-0

[Zurück zum Pressespiegel](/presse/pressespiegel/)

* [Impressum](/impressum/)
* [Datenschutz](/datenschutz/)
* [Barrierefreiheit](/barrierefreiheit/)
"""
add_text("t04-stgb-bb-kitafinanzen-markdown.txt", HEAD, B, TAIL, {
    "title": "Kommunen fordern höhere Landeszuschüsse für Kitas",
    "subtitle": "Städte- und Gemeindebund legt Umfrage unter 180 Mitgliedskommunen vor",
    "kicker": "Kita-Finanzierung", "categories": ["Kita", "Kommunalfinanzen"],
    "date": "2025-04-29", "place": "Potsdam",
    "speakers": [
        sp("Carsten Wöllmer", "Geschäftsführer des Verbandes", [
            "Die Kommunen zahlen die Differenz aus ihren ohnehin knappen Haushalten, und das jedes Jahr mehr"],
           org="Städte- und Gemeindebund Brandenburg"),
        sp("Stefanie Brügmann-Lenz", "Kämmerin der Gemeinde Wandlitz", [
            "Dieses Geld fehlt uns für Straßen, Schulen und die Feuerwehr"], org="Gemeinde Wandlitz"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2019", "2024", "2025", "2025-05-15", "2026", "2027"],
    "body_must_not_contain": ["Zum Inhalt springen", "Der Verband](", "Termine", "Pressespiegel", "Kita-Finanzierung", "Veröffentlicht: 2025-04-29", "Schlagworte", "Symbolbild", "Pressekontakt", "Stephensonstraße 4", "Impressum"],
    "body_must_contain": ["Potsdam (dpa/bb) – Brandenburgs Städte und Gemeinden fordern", "Beispiel Wandlitz", "sagte die Kämmerin der Gemeinde Wandlitz, Stefanie Brügmann-Lenz.", "Eine Einigung werde bis Ende 2025 angestrebt, hieß es."],
    "notes": [
        "Markdown-like dump of a web page: skip link, logo image, the bulleted menu links, the linked breadcrumb, the image line with its caption and credit, the rule, the press contact and the closing menu are not body. Markdown markers are no part of any text: '**Kita-Finanzierung**' -> kicker 'Kita-Finanzierung', '# …' -> title, '## …' directly under the title -> subtitle; the later '## Beispiel Wandlitz' is a body heading (written without '## ' in the gold body).",
        "The kicker is the short bold line right above the '# ' headline (README: a short line right above it).",
        "Date from the post-metadata line '*Veröffentlicht: 2025-04-29 · …*' (ISO form). Categories from the same line's 'Schlagworte' links ('Kita', 'Kommunalfinanzen'); 'Pressespiegel' in the breadcrumb is navigation.",
        "Dateline 'Potsdam (dpa/bb) – ': '(dpa/bb)' is the agency's tag, not a place -> place 'Potsdam'; the dateline stays in the body.",
        "Wöllmer: role before the name in apposition naming the body by its kind only ('der Geschäftsführer des Verbandes, Carsten Wöllmer') -> role as written; organisation written out as the text names the association in full in the first paragraph ('Städte- und Gemeindebund Brandenburg', nominative). 'Steigende Personalkosten … seien … ausgeglichen worden' and 'kündigte an, … vorzulegen' are indirect.",
        "Brügmann-Lenz: role with the body written out ('die Kämmerin der Gemeinde Wandlitz') -> organisation 'Gemeinde Wandlitz'.",
        "Unattributed 'Eine Einigung werde …, hieß es.' is indirect speech of nobody.",
        "Mentioned dates: 'Im Jahr 2019', '2024', 'Kitajahr 2026/27' -> 2026 and 2027, 'am 15. Mai' -> publication year 2025-05-15, 'bis Ende 2025' -> 2025 (the year is not the publication date).",
    ],
}, hprefix="## ")

# ------------------------------------------------------------------- t05 Amt Hüttener Berge (Amtsblatt excerpt: month-only issue date, end of an official notice before, page marks; participants member list)
B = [
    P("Wer in den Hüttener Bergen ohne Auto unterwegs ist, soll künftig leichter eine Mitfahrgelegenheit finden. Mehrere Gemeinden des Amtes Hüttener Berge, die Stadt Eckernförde und das Amt Dänischer Wohld stellen dafür gemeinsam 40 Mitfahrbänke auf. Wer sich auf eine solche Bank setzt, zeigt vorbeifahrenden Autofahrerinnen und Autofahrern, dass er mitgenommen werden möchte."),
    P("Teilnehmer des Projekts sind:"),
    UL("Gemeinde Owschlag", "Gemeinde Groß Wittensee", "Gemeinde Holzbunge", "Gemeinde Hütten", "Stadt Eckernförde", "Amt Dänischer Wohld"),
    P("„Gerade in den kleinen Dörfern fährt der Bus oft nur morgens und mittags. Die Mitfahrbank schließt diese Lücke, ohne dass jemand eine App braucht“, sagte Amtsvorsteher Jens-Uwe Kallsen."),
    RAW("– 5 –\n\nAmtsblatt des Amtes Hüttener Berge · Nr. 6 · Juni 2025"),
    P("Die Bänke sind knallgelb und tragen Klappschilder mit möglichen Zielen, etwa „Eckernförde“, „Owschlag“ oder „Rendsburg“. Ausgewählt haben die Standorte die Gemeinden gemeinsam mit der Klimaschutzmanagerin des Amtes, Merle Jöhnk. „Wir haben darauf geachtet, dass man an jeder Bank gut gesehen wird und ein Auto gefahrlos halten kann“, erklärte Jöhnk."),
    P("Die Kosten von rund 48.000 Euro werden zu 75 Prozent vom Land Schleswig-Holstein gefördert. Die ersten Bänke werden am 21. Juni beim Dorffest in Groß Wittensee eingeweiht, alle 40 sollen bis Ende September stehen. Im Frühjahr 2026 wollen die Beteiligten eine erste Bilanz ziehen."),
]
HEAD = """Amtsblatt des Amtes Hüttener Berge
21. Jahrgang · Nr. 6 · Juni 2025

– 4 –

§ 3 Inkrafttreten
Diese Satzung tritt am Tage nach ihrer Bekanntmachung in Kraft.

Owschlag, 12.05.2025
Gemeinde Owschlag
Der Bürgermeister
gez. Thies Nommensen

______________________________________________________________

Nichtamtlicher Teil


Mobilität

Mitfahrbänke: Hüttener Berge und Nachbarn machen gemeinsame Sache
"""
TAIL = """Kontakt: Amt Hüttener Berge, Klimaschutzmanagement, Mühlenstraße 8, 24358 Ascheffel

______________________________________________________________
Herausgeber: Der Amtsvorsteher des Amtes Hüttener Berge · Erscheinungsweise: monatlich
"""
add_text("t05-amt-huettener-berge-amtsblatt.txt", HEAD, B, TAIL, {
    "title": "Mitfahrbänke: Hüttener Berge und Nachbarn machen gemeinsame Sache",
    "subtitle": None, "kicker": "Mobilität", "categories": [],
    "date": None, "place": None,
    "speakers": [
        sp("Jens-Uwe Kallsen", "Amtsvorsteher", [
            "Gerade in den kleinen Dörfern fährt der Bus oft nur morgens und mittags. Die Mitfahrbank schließt diese Lücke, ohne dass jemand eine App braucht"]),
        sp("Merle Jöhnk", "Klimaschutzmanagerin des Amtes", [
            "Wir haben darauf geachtet, dass man an jeder Bank gut gesehen wird und ein Auto gefahrlos halten kann"],
           org="Amt Hüttener Berge"),
    ],
    "member_lists": [{
        "label": "Teilnehmer des Projekts sind",
        "body": None,
        "members": members(("Owschlag", "Gemeinde", "01058127"), ("Groß Wittensee", "Gemeinde", "01058066"),
                           ("Holzbunge", "Gemeinde", "01058081"), ("Hütten", "Gemeinde", "01058083"),
                           ("Eckernförde", "Stadt", "01058043"), ("Dänischer Wohld", "Amt", "010585824")),
    }],
    "mentioned_dates": ["2025-06-21", "2026"],
    "body_must_not_contain": ["21. Jahrgang", "– 4 –", "Inkrafttreten", "Owschlag, 12.05.2025", "gez. Thies Nommensen", "Nichtamtlicher Teil", "Mobilität", "– 5 –", "Juni 2025", "Mühlenstraße 8", "Herausgeber"],
    "body_must_contain": ["Wer in den Hüttener Bergen ohne Auto unterwegs ist", "Teilnehmer des Projekts sind:", "- Amt Dänischer Wohld", "etwa „Eckernförde“, „Owschlag“ oder „Rendsburg“.", "eine erste Bilanz ziehen."],
    "notes": [
        "Excerpt of an Amt's gazette: masthead, page marks ('– 4 –', '– 5 –' with the running header), the end of the preceding official notice (§ 3, 'Owschlag, 12.05.2025', 'Gemeinde Owschlag / Der Bürgermeister / gez. …'), the rule, the section heading 'Nichtamtlicher Teil', the contact line and the imprint are not body.",
        "MONTH-ONLY DATE: the only date of the issue is 'Juni 2025' in the masthead -> date null (decided, as h08; the contract has no month-only date). 'Owschlag, 12.05.2025' dates and places the preceding notice, not this item -> no date, no place from it. No dateline: place null.",
        "HEADLINE: the short line 'Mobilität' right above the headline is the kicker. The gazette's section heading 'Nichtamtlicher Teil' above it is neither kicker nor category (decided: a section of the gazette, not of the item). No subtitle, no category.",
        "PARTICIPANTS MEMBER LIST: 'Teilnehmer des Projekts sind:' with each municipality named with its kind (README: municipalities taking part in a joint project) -> a member list with body null (README: null for participants). Label = the introducing sentence without its colon. Keys from GV100AD (Gemeinden and Stadt: 8-digit AGS; Amt Dänischer Wohld: 9-digit Verbandsschlüssel). 'Mehrere Gemeinden' states no count: no warning.",
        "Kallsen: 'sagte Amtsvorsteher Jens-Uwe Kallsen' -> role 'Amtsvorsteher', organisation null (bare role).",
        "Jöhnk: role before the name in apposition naming the body by its kind ('der Klimaschutzmanagerin des Amtes, Merle Jöhnk') -> role in the nominative 'Klimaschutzmanagerin des Amtes'; organisation written out as the text names the Amt in full in the first paragraph ('Amt Hüttener Berge'). Attributed by surname ('erklärte Jöhnk').",
        "NOT quotes: the sign destinations „Eckernförde“, „Owschlag“, „Rendsburg“ (quoted names).",
        "Mentioned dates: 'am 21. Juni' has no year -> the publication year the issue states (2025; decided, as h08) -> 2025-06-21; 'Im Frühjahr 2026' -> 2026; 'bis Ende September' has no year -> no date.",
    ],
})


# ------------------------------------------------------------------ write + self-checks
def visible_text(page, is_html):
    if not is_html:
        return re.sub(r"\s+", " ", page)
    t = re.sub(r"(?is)<(head|script|style)\b.*?</\1>", " ", page)
    t = re.sub(r"<!--.*?-->", " ", t, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    import html as htmlmod
    return re.sub(r"\s+", " ", htmlmod.unescape(t))


def main():
    DOCS.mkdir(parents=True, exist_ok=True)
    for fname, enc, page, blocks, gold in SPEC:
        is_html = fname.endswith(".html")
        raw = page.encode(enc)
        (DOCS / fname).write_bytes(raw)
        body = text_blocks(blocks)
        words = len(body.split())
        assert 180 <= words <= 450, (fname, "body words", words)
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
            assert list(ml) == ["label", "body", "members"], (fname, list(ml))
            assert ml["label"] in body, (fname, ml["label"])
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
        rec["notes"] = gold["notes"]
        (HERE / (fname.rsplit(".", 1)[0] + ".json")).write_text(
            json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{fname:50} words={words}")
    print(f"wrote {len(SPEC)} documents to {DOCS}")


if __name__ == "__main__":
    main()
