"""Builds the documents and gold records of gold_blind6 (texts invented for this set)."""

import json
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE / "docs"


def body_of(blocks):
    out = []
    for b in blocks:
        out.append("\n".join("- " + i for i in b) if isinstance(b, list) else b)
    return "\n\n".join(out)


def html_blocks(blocks, dateline):
    out = []
    for n, b in enumerate(blocks):
        if isinstance(b, list):
            out.append("<ul>\n" + "\n".join(f"  <li>{i}</li>" for i in b) + "\n</ul>")
        else:
            out.append(f"<p>{dateline + b if n == 0 else b}</p>")
    return "\n".join(out)


def text_blocks(blocks, dateline):
    out = []
    for n, b in enumerate(blocks):
        if isinstance(b, list):
            out.append("\n".join("• " + i for i in b))
        else:
            out.append(dateline + b if n == 0 else b)
    return "\n\n".join(out)


def sp(name, role, quotes, org=None):
    parts = name.split()
    hon = "Dr." if parts[0] == "Dr." else None
    if hon:
        parts = parts[1:]
    return {"name": name, "honorific": hon, "given_name": parts[0], "surname": parts[-1],
            "role": role, "organisation": org, "quotes": quotes}


DOCS_SPEC = []

# ---------------------------------------------------------------- h01 Bernau
B = [
    "Nach elf Monaten Bauzeit ist der Radweg entlang der Schönower Chaussee seit heute für den Verkehr freigegeben. Die 2,4 Kilometer lange Verbindung schließt eine der letzten Lücken im Radverkehrsnetz der Stadt.",
    "„Wer morgens mit dem Rad zur Schule oder zum Bahnhof fährt, muss sich die Fahrbahn nicht mehr mit Lastwagen teilen“, sagte Bürgermeister Lennart Vossberg bei der Freigabe. „Das ist ein echter Gewinn an Sicherheit.“",
    "Die Baukosten von rund 1,9 Millionen Euro wurden zu 75 Prozent aus dem Förderprogramm „Kommunaler Straßenbau“ des Landes Brandenburg getragen. Den Förderbescheid hatte die Stadt am 3. Februar 2023 erhalten, die Bauarbeiten begannen im Juni 2023.",
    "Tiefbauamtsleiterin Miriam Oelschläger dankte den Anwohnerinnen und Anwohnern für ihre Geduld während der Vollsperrung im Herbst. „Wir wissen, dass die Umleitung über Ladeburg vielen viel abverlangt hat“, so Oelschläger.",
    "Noch ausstehend ist die Beleuchtung des Abschnitts am Waldrand. Sie soll bis Ende Oktober 2024 installiert werden.",
]
H = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neuer Radweg zwischen Bernau und Schönow freigegeben – Stadt Bernau bei Berlin</title>
<link rel="stylesheet" href="/wp-content/themes/bernau/style.css">
</head>
<body class="post-template-default single single-post">
<div id="cookie-notice" role="dialog"><p>Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. <a href="/datenschutz">Mehr erfahren</a></p><button>Alle akzeptieren</button><button>Nur notwendige Cookies</button></div>
<header class="site-header">
  <a class="logo" href="/"><img src="/logo.svg" alt="Stadt Bernau bei Berlin"></a>
  <nav class="main-navigation"><ul><li><a href="/rathaus">Rathaus</a></li><li><a href="/leben">Leben in Bernau</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/tourismus">Tourismus</a></li></ul></nav>
</header>
<nav class="breadcrumb" aria-label="Brotkrumen"><a href="/">Startseite</a> » <a href="/rathaus">Rathaus</a> » <a href="/rathaus/presse">Pressemitteilungen</a> » Neuer Radweg zwischen Bernau und Schönow freigegeben</nav>
<main id="content">
<article class="post">
  <header class="entry-header">
    <div class="entry-meta"><span class="posted-on">Veröffentlicht am <time datetime="2024-05-17T11:20:00+02:00">17.05.2024</time></span> in <a rel="category" href="/category/pressemitteilung">Pressemitteilung</a>, <a rel="category" href="/category/verkehr">Verkehr</a></div>
    <h1 class="entry-title">Neuer Radweg zwischen Bernau und Schönow freigegeben</h1>
    <p class="entry-subtitle">2,4 Kilometer lange Verbindung schließt Lücke im Radnetz</p>
  </header>
  <figure class="wp-block-image"><img src="/wp-content/uploads/2024/05/radweg.jpg" alt="Radweg"><figcaption>Der neue Radweg an der Schönower Chaussee. Foto: Stadt Bernau</figcaption></figure>
  <div class="entry-content">
{html_blocks(B, "(Bernau bei Berlin) ")}
  </div>
  <div class="share-bar"><span>Beitrag teilen:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
</article>
</main>
<aside class="sidebar">
  <h2>Weitere Meldungen</h2>
  <ul><li><a href="#">Stadtfest Hussitenfest 2024: Programm steht</a></li><li><a href="#">Sperrung der Bahnhofspassage am Wochenende</a></li></ul>
  <h2>Bürgerservice</h2><p>Termin online buchen</p>
</aside>
<footer class="site-footer"><p>Stadtverwaltung Bernau bei Berlin · Marktplatz 2 · 16321 Bernau bei Berlin</p><p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/barrierefreiheit">Barrierefreiheit</a></p></footer>
</body>
</html>
"""
DOCS_SPEC.append(("h01-bernau-radweg.html", H, {
    "title": "Neuer Radweg zwischen Bernau und Schönow freigegeben",
    "subtitle": "2,4 Kilometer lange Verbindung schließt Lücke im Radnetz",
    "kicker": None, "categories": ["Pressemitteilung", "Verkehr"], "date": "2024-05-17",
    "place": "Bernau bei Berlin",
    "speakers": [
        sp("Lennart Vossberg", "Bürgermeister", ["Wer morgens mit dem Rad zur Schule oder zum Bahnhof fährt, muss sich die Fahrbahn nicht mehr mit Lastwagen teilen", "Das ist ein echter Gewinn an Sicherheit."]),
        sp("Miriam Oelschläger", "Tiefbauamtsleiterin", ["Wir wissen, dass die Umleitung über Ladeburg vielen viel abverlangt hat"]),
    ],
    "member_lists": [], "mentioned_dates": ["2023-02-03", "2023-06", "2024-10"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Facebook", "Marktplatz 2", "Weitere Meldungen", "Hussitenfest", "Brotkrumen", "Foto: Stadt Bernau"],
    "notes": ["„Kommunaler Straßenbau“ is a programme name, not a quote.", "The picture caption is not body text."],
}))

# ---------------------------------------------------------------- h02 LOS KVHS
B = [
    "Die Kreisvolkshochschule Oder-Spree startet am 17. Februar 2025 in ihr Frühjahrssemester. Mehr als 240 Kurse stehen an den Standorten Beeskow, Eisenhüttenstadt, Fürstenwalde/Spree und Erkner auf dem Programm.",
    "Einen Schwerpunkt bildet die digitale Grundbildung. Neu im Angebot sind unter anderem:",
    ["Smartphone-Sprechstunden für Seniorinnen und Senioren", "Online-Terminbuchung bei Behörden Schritt für Schritt", "Sicher einkaufen im Internet"],
    "„Wir erleben, dass immer mehr Menschen an digitalen Angeboten der Verwaltung scheitern, weil ihnen niemand die ersten Schritte zeigt“, sagt Dr. Henrike Baumgart, Leiterin der Kreisvolkshochschule. „Genau da setzen wir an.“",
    "Bildungsdezernent Sascha Lindenau verwies auf die Unterstützung durch das Land: „Ohne die Landesmittel könnten wir die Kurse nicht zu so niedrigen Gebühren anbieten.“",
    "Die Anmeldung ist ab sofort online und in allen Geschäftsstellen möglich. Das gedruckte Programmheft liegt ab dem 3. Februar 2025 in den Bürgerbüros des Landkreises aus.",
]
H = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Landkreis Oder-Spree: Neues Semesterprogramm</title>
<meta name="generator" content="TYPO3 CMS"></head>
<body id="p1482">
<div class="tx-cookieconsent"><div class="cc-window">Diese Website nutzt Cookies. Einige sind essenziell, andere helfen uns, das Angebot zu verbessern. <a class="cc-btn">Einverstanden</a> <a class="cc-btn">Einstellungen</a></div></div>
<div id="page">
<div id="top"><ul class="metanav"><li><a href="#">Leichte Sprache</a></li><li><a href="#">Gebärdensprache</a></li><li><a href="#">Kontakt</a></li></ul>
<form class="search"><input name="q" placeholder="Suchbegriff"></form></div>
<div id="mainnav"><ul><li>Landkreis &amp; Verwaltung</li><li>Bürgerservice</li><li>Bildung &amp; Kultur</li><li>Gesundheit</li></ul></div>
<div class="breadcrumb"><ol><li><a href="/">Start</a></li><li><a href="/presse">Presse</a></li><li>Aktuelle Mitteilungen</li></ol></div>
<div id="col2">
<div class="news news-single">
 <div class="news-list-category"><span>Presse</span> <span>Bildung</span></div>
 <div class="news-list-date">Beeskow, 28.01.2025</div>
 <p class="news-overline">Kreisvolkshochschule</p>
 <h1>Neues Semesterprogramm: Kreisvolkshochschule setzt auf digitale Grundbildung</h1>
 <div class="news-text-wrap">
{html_blocks(B, "")}
 </div>
 <div class="news-related"><h4>Downloads</h4><ul><li><a href="#">Programmheft Frühjahr 2025 (PDF, 4,2 MB)</a></li></ul></div>
 <div class="news-backlink-wrap"><a href="/presse">Zurück</a></div>
</div>
</div>
<div id="col3"><div class="teaser"><h3>Kreistag</h3><p>Sitzungskalender und Beschlüsse</p></div><div class="teaser"><h3>Stellenangebote</h3><p>Jetzt bewerben beim Landkreis Oder-Spree</p></div></div>
<div id="footer"><p>Landkreis Oder-Spree · Breitscheidstraße 7 · 15848 Beeskow · Telefon 03366 35-0</p><p>Impressum · Datenschutz · Barrierefreiheitserklärung</p>
<div class="social"><a>Instagram</a> <a>Facebook</a> <a>Seite drucken</a></div></div>
</div></body></html>
"""
DOCS_SPEC.append(("h02-los-kvhs-semester.html", H, {
    "title": "Neues Semesterprogramm: Kreisvolkshochschule setzt auf digitale Grundbildung",
    "subtitle": None, "kicker": "Kreisvolkshochschule", "categories": ["Presse", "Bildung"],
    "date": "2025-01-28", "place": "Beeskow",
    "speakers": [
        sp("Dr. Henrike Baumgart", "Leiterin der Kreisvolkshochschule", ["Wir erleben, dass immer mehr Menschen an digitalen Angeboten der Verwaltung scheitern, weil ihnen niemand die ersten Schritte zeigt", "Genau da setzen wir an."], "Kreisvolkshochschule Oder-Spree"),  # amended: written out
        sp("Sascha Lindenau", "Bildungsdezernent", ["Ohne die Landesmittel könnten wir die Kurse nicht zu so niedrigen Gebühren anbieten."]),
    ],
    "member_lists": [], "mentioned_dates": ["2025-02-03", "2025-02-17"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Leichte Sprache", "Breitscheidstraße", "Stellenangebote", "Programmheft Frühjahr 2025 (PDF", "Zurück"],
    "notes": ["The dateline 'Beeskow, 28.01.2025' stands above the headline in the meta line; the body has no dateline prefix."],
}))

# ---------------------------------------------------------------- h03 MLUK
B = [
    "Das Land Brandenburg unterstützt in der zweiten Förderrunde 38 Projekte zur Renaturierung von Söllen, Teichen und Gräben mit insgesamt 6,2 Millionen Euro. Die Bewilligungsbescheide wurden heute an die Projektträger verschickt.",
    "Staatssekretärin Dr. Friederike Almstedt erklärte: „Kleingewässer sind die Kinderstuben unserer Amphibien. Jedes einzelne Soll, das wir vor dem Austrocknen bewahren, ist ein Gewinn für die Artenvielfalt.“",
    "Gefördert werden unter anderem Vorhaben der Landkreise Uckermark, Prignitz und Märkisch-Oderland sowie mehrerer Wasser- und Bodenverbände. Die Projekte müssen bis zum 31. Dezember 2026 abgeschlossen sein.",
    "Zu den Geförderten gehört auch der NABU-Regionalverband Templin. Dessen Vorhaben stellte Jörg Pahlke, Vorsitzender des NABU-Regionalverbandes Templin, bei der Übergabe vor. Geplant ist, drei verlandete Sölle bei Gollin wieder freizulegen.",
    "„Wir haben zehn Jahre auf diese Chance gewartet. Im nächsten Frühjahr hören wir dort hoffentlich wieder die Rotbauchunken rufen“, sagte Pahlke.",
    "Anträge für die dritte Förderrunde können vom 1. März bis 30. April 2025 beim Landesamt für Umwelt gestellt werden.",
]
H = f"""<!DOCTYPE html>
<html lang="de" dir="ltr"><head><meta charset="utf-8"><title>Land fördert 38 Projekte zum Schutz der Kleingewässer | MLUK</title></head>
<body class="path-node page-node-type-pressemitteilung">
<a href="#main-content" class="visually-hidden focusable skip-link">Direkt zum Inhalt</a>
<div id="sliding-popup" class="eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><h2>Datenschutzhinweis</h2><p>Wir nutzen Cookies und das Webanalysetool Matomo.</p></div><button class="agree-button">Akzeptieren</button><button class="decline-button">Ablehnen</button></div>
<header role="banner"><div class="region-header"><a href="/" rel="home">Ministerium für Landwirtschaft, Umwelt und Klimaschutz</a>
<nav role="navigation" id="block-mainnavigation"><ul class="menu"><li>Ministerium</li><li>Umwelt</li><li>Landwirtschaft</li><li>Klimaschutz</li><li>Presse</li></ul></nav></div></header>
<div class="region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/presse">Presse</a></li><li><a href="/presse/pressemitteilungen">Pressemitteilungen</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<article class="node node--type-pressemitteilung node--view-mode-full">
  <div class="field--name-field-pm-nummer">Pressemitteilung Nr. 187/2024 | 09.10.2024</div>
  <div class="field--name-field-dachzeile">Ministerium für Landwirtschaft, Umwelt und Klimaschutz</div>
  <h1 class="page-title"><span class="field--name-title">Land fördert 38 Projekte zum Schutz der Kleingewässer</span></h1>
  <div class="field--name-field-untertitel">Zweite Förderrunde des Moorschutz- und Gewässerprogramms abgeschlossen</div>
  <div class="field--name-body">
{html_blocks(B, "Potsdam – ")}
  </div>
  <div class="field--name-field-kategorie"><a href="/presse/pressemitteilungen">Pressemitteilung</a></div>
  <div class="shariff"><ul><li>Teilen auf Mastodon</li><li>Per E-Mail versenden</li><li>Drucken</li></ul></div>
</article>
</div>
<aside class="layout-sidebar-second"><div class="block"><h2>Pressekontakt</h2><p>Pressesprecherin<br>Henry-Frédéric Sommer? nein: Pressestelle MLUK<br>Telefon: 0331 866-7016</p></div><div class="block"><h2>Das könnte Sie auch interessieren</h2><ul><li>Wolfsmonitoring: Neue Zahlen</li><li>Waldzustandsbericht 2024</li></ul></div></aside>
</main>
<footer role="contentinfo"><p>Henning-von-Tresckow-Straße 2–13, 14467 Potsdam</p><p>Impressum – Datenschutz – Erklärung zur Barrierefreiheit – Leichte Sprache</p></footer>
</body></html>
"""
H = H.replace("Pressesprecherin<br>Henry-Frédéric Sommer? nein: Pressestelle MLUK", "Pressestelle MLUK")
DOCS_SPEC.append(("h03-mluk-kleingewaesser.html", H, {
    "title": "Land fördert 38 Projekte zum Schutz der Kleingewässer",
    "subtitle": "Zweite Förderrunde des Moorschutz- und Gewässerprogramms abgeschlossen",
    "kicker": "Ministerium für Landwirtschaft, Umwelt und Klimaschutz", "categories": ["Pressemitteilung"],
    "date": "2024-10-09", "place": "Potsdam",
    "speakers": [
        sp("Dr. Friederike Almstedt", "Staatssekretärin", ["Kleingewässer sind die Kinderstuben unserer Amphibien. Jedes einzelne Soll, das wir vor dem Austrocknen bewahren, ist ein Gewinn für die Artenvielfalt."]),
        sp("Jörg Pahlke", "Vorsitzender des NABU-Regionalverbandes Templin", ["Wir haben zehn Jahre auf diese Chance gewartet. Im nächsten Frühjahr hören wir dort hoffentlich wieder die Rotbauchunken rufen"], "NABU-Regionalverband Templin"),
    ],
    "member_lists": [], "mentioned_dates": ["2025-03-01", "2025-04-30", "2026-12-31"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Matomo", "Direkt zum Inhalt", "Pressekontakt", "Waldzustandsbericht", "Henning-von-Tresckow", "Mastodon", "Nr. 187/2024"],
    "notes": ["Pahlke's role is stated one paragraph before his quote, which names him by surname only."],
}))

# ---------------------------------------------------------------- h04 ZV Abwasser (count mismatch)
MEM = ["Stadt Neuruppin", "Gemeinde Fehrbellin", "Amt Temnitz", "Amt Lindow (Mark)", "Stadt Rheinsberg", "Stadt Kremmen"]
B = [
    "Die Verbandsversammlung hat in ihrer Sitzung am 27. Februar 2025 die neue Gebührenkalkulation beschlossen. Die Schmutzwassergebühr steigt zum 1. Juli 2025 von 3,84 auf 4,12 Euro je Kubikmeter, die Grundgebühr bleibt unverändert.",
    "Verbandsvorsteher Ralf Thiessen begründete die Erhöhung mit gestiegenen Energie- und Personalkosten. „Wir haben jede Position dreimal umgedreht. Ohne Anpassung könnten wir die Sanierung der Druckleitungen nicht mehr finanzieren“, sagte Thiessen.",
    "Dem Zweckverband gehören sieben Mitglieder an:",
    MEM,
    "Die neuen Gebührenbescheide werden im Juli 2025 verschickt. Fragen beantwortet das Kundenbüro in Neuruppin zu den üblichen Sprechzeiten.",
]
H = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Aktuelles | Zweckverband Abwasser Oberes Rhinluch</title></head>
<body>
<div class="cookiebar">Unsere Seite verwendet nur technisch notwendige Cookies. <button>OK</button></div>
<div class="wrapper">
<header><div class="brand">ZV Abwasser Oberes Rhinluch</div>
<ul class="nav"><li><a href="/">Start</a></li><li><a href="/verband">Der Verband</a></li><li><a href="/gebuehren">Gebühren &amp; Satzungen</a></li><li><a href="/aktuelles" class="active">Aktuelles</a></li><li><a href="/kontakt">Kontakt</a></li></ul></header>
<p class="crumbs">Sie sind hier: <a href="/">Start</a> / <a href="/aktuelles">Aktuelles</a> / Gebühren</p>
<div class="row">
<div class="col-main">
<div class="item-page">
<span class="label">Aktuelles</span>
<div class="overline">Zweckverband Abwasser Oberes Rhinluch</div>
<h1>Verbandsversammlung beschließt neue Abwassergebühren</h1>
<dl class="article-info"><dd class="published">Veröffentlicht: 04.03.2025</dd><dd class="hits">Zugriffe: 312</dd></dl>
<div itemprop="articleBody">
{html_blocks(B, "Neuruppin, 4. März 2025 – ")}
</div>
<ul class="pager"><li><a href="#">« Zurück</a></li><li><a href="#">Weiter »</a></li></ul>
</div>
</div>
<div class="col-side"><div class="moduletable"><h3>Störung melden</h3><p>Havarie-Bereitschaft rund um die Uhr: 03391 4567-99</p></div><div class="moduletable"><h3>Satzungen</h3><ul><li>Abwasserbeseitigungssatzung</li><li>Gebührensatzung</li></ul></div></div>
</div>
<footer><p>Zweckverband Abwasser Oberes Rhinluch · Fehrbelliner Straße 80 · 16816 Neuruppin</p><p>Impressum | Datenschutz</p><div class="share">Seite empfehlen: Facebook · E-Mail</div></footer>
</div></body></html>
"""
DOCS_SPEC.append(("h04-zv-abwasser-gebuehren.html", H, {
    "title": "Verbandsversammlung beschließt neue Abwassergebühren",
    "subtitle": None, "kicker": "Zweckverband Abwasser Oberes Rhinluch", "categories": ["Aktuelles"],
    "date": "2025-03-04", "place": "Neuruppin",
    "speakers": [
        sp("Ralf Thiessen", "Verbandsvorsteher", ["Wir haben jede Position dreimal umgedreht. Ohne Anpassung könnten wir die Sanierung der Druckleitungen nicht mehr finanzieren"]),
    ],
    "member_lists": [{"label": "Mitglieder", "members": [{"name": m.split(" ", 1)[1], "kind": m.split(" ", 1)[0]} for m in MEM]}],
    "mentioned_dates": ["2025-02-27", "2025-07", "2025-07-01"],
    "expect_warning": True,
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Zugriffe", "Havarie-Bereitschaft", "Fehrbelliner Straße 80", "Seite empfehlen", "Sie sind hier"],
    "notes": ["The text states seven members but lists six: expect a count warning."],
}))

# ---------------------------------------------------------------- h05 Polizei
B = [
    "In der Nacht zum Dienstag sind bislang unbekannte Täter in eine Kindertagesstätte in der Albert-Buchmann-Straße eingebrochen. Sie hebelten ein Fenster im Erdgeschoss auf und durchsuchten mehrere Räume.",
    "Entwendet wurden nach ersten Erkenntnissen zwei Laptops, eine Kamera sowie Bargeld aus der Kaffeekasse. Der Schaden wird auf rund 4.000 Euro geschätzt. Die Kriminalpolizei sicherte Spuren.",
    "„Besonders ärgerlich ist, dass auch die Fotos vom Sommerfest der Kinder auf der Kamera waren“, sagte Polizeisprecherin Anja Rudolph. Die Polizei fragt: Wer hat in der Nacht vom 18. zum 19. November 2024 zwischen 22 und 6 Uhr verdächtige Personen oder Fahrzeuge im Bereich der Kita bemerkt?",
    "Hinweise nimmt die Polizeiinspektion Oberhavel unter der Telefonnummer 03301 851-0 oder über die Internetwache entgegen.",
]
H = f"""<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>Zeugen nach Einbruch in Kita gesucht - Polizei Brandenburg</title></head>
<body>
<div id="consent" class="modal"><p>Diese Seite setzt Cookies ein. Sie können der Nutzung zustimmen oder sie ablehnen.</p><button>Zustimmen</button><button>Ablehnen</button></div>
<div class="pb-header"><div class="pb-logo">Polizei Brandenburg</div>
<nav class="pb-nav"><a href="#">Startseite</a> <a href="#">Pressemeldungen</a> <a href="#">Internetwache</a> <a href="#">Karriere</a> <a href="#">Prävention</a></nav></div>
<ol class="pb-breadcrumb"><li>Startseite</li><li>Pressemeldungen</li><li>Polizeidirektion Nord</li><li>Oberhavel</li></ol>
<div class="pb-grid">
<section class="pb-content">
 <div class="pb-meldung">
  <div class="pb-meldung-kopf"><span class="pb-typ">Polizeimeldung</span> <span class="pb-datum">20.11.2024, 10:42 Uhr</span> <span class="pb-ort">Landkreis Oberhavel</span></div>
  <h1>Zeugen nach Einbruch in Kita gesucht</h1>
  <div class="pb-text">
{html_blocks(B, "Oranienburg (OHV) – ")}
  </div>
  <p class="pb-verfasser">Pressestelle Polizeidirektion Nord</p>
  <div class="pb-share">Meldung teilen: <a>Facebook</a> <a>X</a> <a>Link kopieren</a></div>
 </div>
</section>
<aside class="pb-aside"><h2>Weitere Meldungen aus Oberhavel</h2><ul><li>Verkehrsunfall auf der B 96 – zwei Leichtverletzte</li><li>Fahrraddiebe in Hennigsdorf gestellt</li></ul><h2>Notruf</h2><p>In dringenden Fällen wählen Sie bitte 110.</p></aside>
</div>
<footer class="pb-footer"><p>© Polizei Brandenburg</p><p>Impressum · Datenschutz · Barrierefreiheit · Kontakt</p></footer>
</body></html>
"""
DOCS_SPEC.append(("h05-polizei-kita-einbruch.html", H, {
    "title": "Zeugen nach Einbruch in Kita gesucht",
    "subtitle": None, "kicker": None, "categories": ["Polizeimeldung"],
    "date": "2024-11-20", "place": "Oranienburg",
    "speakers": [
        sp("Anja Rudolph", "Polizeisprecherin", ["Besonders ärgerlich ist, dass auch die Fotos vom Sommerfest der Kinder auf der Kamera waren"]),
    ],
    "member_lists": [], "mentioned_dates": ["2024-11-18", "2024-11-19"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Weitere Meldungen", "B 96", "Meldung teilen", "Karriere", "wählen Sie bitte 110"],
    "notes": ["'Die Polizei fragt: Wer hat …' has no quotation marks and is no quote.", "'In der Nacht zum Dienstag' is relative and yields no date."],
}))

# ---------------------------------------------------------------- h06 Amt Schenkenländchen
B = [
    "Mit einem Tag der offenen Tür hat die Ortswehr Groß Köris am Samstag ihr neues Gerätehaus in Betrieb genommen. Amtsdirektor Holger Brückmann übergab den symbolischen Schlüssel an Ortswehrführer Kevin Lüdtke.",
    "Das Gebäude bietet Platz für drei Fahrzeuge, eine Werkstatt, getrennte Umkleiden für Frauen und Männer sowie einen Schulungsraum. Die Kosten beliefen sich auf 2,3 Millionen Euro.",
    "„Unsere Kameradinnen und Kameraden haben jahrelang unter Bedingungen gearbeitet, die keinem Arbeitsschutz standgehalten hätten“, sagte Brückmann. „Damit ist jetzt Schluss.“",
    "Lüdtke freute sich besonders über die Jugendfeuerwehr: „Die Kinder haben endlich einen eigenen Raum. Das hilft uns enorm bei der Nachwuchsgewinnung.“",
    "Das alte Gerätehaus aus dem Jahr 1962 soll abgerissen werden. Auf dem Grundstück plant die Gemeinde Groß Köris einen Spielplatz.",
]
H = f"""<!DOCTYPE html>
<html lang="de-de"><head><meta charset="utf-8"><title>Ortswehr Groß Köris bezieht neues Gerätehaus - Amt Schenkenländchen</title>
<meta name="generator" content="Joomla! - Open Source Content Management"></head>
<body class="site com_content view-article">
<div class="cookie-hinweis" id="cookieHint">Hinweis: Diese Website verwendet Cookies. Durch die weitere Nutzung stimmen Sie dem zu. <a href="#">Schließen</a></div>
<header class="header"><div class="header-inner"><a class="brand-logo" href="/">Amt Schenkenländchen – Teupitz, Groß Köris, Halbe, Märkisch Buchholz, Münchehofe, Schwerin</a></div>
<nav class="navigation"><ul class="nav menu"><li>Startseite</li><li>Bürgerservice</li><li>Amtsblatt</li><li>Ortsrecht</li><li>Feuerwehr</li><li>Tourismus</li></ul></nav></header>
<div class="container-main">
<ul itemscope class="breadcrumb"><li>Aktuelle Seite: </li><li><a href="/">Startseite</a></li><li><a href="/amtsnachrichten">Amtsnachrichten</a></li><li>Ortswehr Groß Köris bezieht neues Gerätehaus</li></ul>
<main id="content" role="main">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header">
<p class="dachzeile">Feuerwehr</p>
<h2 itemprop="headline">Ortswehr Groß Köris bezieht neues Gerätehaus</h2>
<h3 class="unterzeile">Amtsdirektor übergibt Schlüssel nach 14 Monaten Bauzeit</h3>
</div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt>
<dd class="category-name">Kategorie: <a href="/amtsnachrichten" itemprop="genre">Amtsnachrichten</a></dd>
<dd class="create"><time datetime="2025-09-08T09:15:00+02:00" itemprop="dateCreated">Erstellt am Montag, 8. September 2025</time></dd></dl>
<div itemprop="articleBody">
{html_blocks(B, "(Teupitz) ")}
<p><em>Bildunterschrift: Schlüsselübergabe vor dem neuen Gerätehaus. Foto: Amt Schenkenländchen</em></p>
</div>
<div class="icons"><a>Drucken</a> <a>E-Mail</a> <a>Auf Facebook teilen</a></div>
</div>
</main>
<div id="aside"><div class="moduletable"><h3>Amtsblatt</h3><p>Die aktuelle Ausgabe des Amtsblattes als PDF</p></div><div class="moduletable"><h3>Öffnungszeiten</h3><p>Di 9–12 und 13–18 Uhr, Do 9–12 und 13–16 Uhr</p></div></div>
</div>
<footer class="footer"><p>Amt Schenkenländchen · Markt 9 · 15755 Teupitz</p><p><a>Impressum</a> <a>Datenschutzerklärung</a></p><p class="pull-right"><a href="#top">Nach oben</a></p></footer>
</body></html>
"""
DOCS_SPEC.append(("h06-amt-schenkenlaendchen-feuerwehr.html", H, {
    "title": "Ortswehr Groß Köris bezieht neues Gerätehaus",
    "subtitle": "Amtsdirektor übergibt Schlüssel nach 14 Monaten Bauzeit",
    "kicker": "Feuerwehr", "categories": ["Amtsnachrichten"],
    "date": "2025-09-08", "place": "Teupitz",
    "speakers": [
        sp("Holger Brückmann", "Amtsdirektor", ["Unsere Kameradinnen und Kameraden haben jahrelang unter Bedingungen gearbeitet, die keinem Arbeitsschutz standgehalten hätten", "Damit ist jetzt Schluss."]),
        sp("Kevin Lüdtke", "Ortswehrführer", ["Die Kinder haben endlich einen eigenen Raum. Das hilft uns enorm bei der Nachwuchsgewinnung."]),
    ],
    "member_lists": [], "mentioned_dates": ["1962"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Bildunterschrift", "Öffnungszeiten", "Markt 9", "Nach oben", "Aktuelle Seite"],
    "notes": ["The headline is an h2 (Joomla); 'Feuerwehr' above it is the kicker, 'Amtsnachrichten' the category.", "Both speakers are named with role in the first paragraph and quoted later by surname."],
}))

# ---------------------------------------------------------------- h07 GStB Thüringen
B = [
    "Die thüringischen Städte und Gemeinden sehen sich beim Ausbau der Ganztagsbetreuung an Grundschulen allein gelassen. Das ist das Ergebnis einer Umfrage, an der sich zwischen dem 3. und 24. April 2025 insgesamt 412 Kommunen beteiligt haben.",
    "„Ab dem 1. August 2026 gilt der Rechtsanspruch, aber bis heute weiß keine Kommune, wer die Betriebskosten trägt“, sagte Matthias Krahnert, Präsident des Gemeinde- und Städtebundes Thüringen und Bürgermeister der Stadt Bad Blankenburg. „So kann niemand seriös planen.“",
    "Nach der Umfrage rechnen 71 Prozent der Kommunen mit einem Defizit von mehr als 50.000 Euro je Schule und Jahr. Besonders kleine Gemeinden im ländlichen Raum fürchten, nicht genügend Personal zu finden.",
    "Geschäftsführerin Dr. Sabine Erdmann-Vogt kündigte an, die Ergebnisse beim nächsten kommunalen Spitzengespräch mit der Landesregierung vorzulegen. „Wir erwarten, dass das Land seine Zusage aus dem Jahr 2023 einhält“, so Erdmann-Vogt. Die Kommunen seien bereit, ihren Teil zu leisten.",
    "Die vollständigen Umfrageergebnisse stehen auf der Internetseite des Verbandes zum Download bereit.",
]
H = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Pressemitteilungen – Gemeinde- und Städtebund Thüringen</title></head>
<body>
<div class="consent-overlay" data-nosnippet><strong>Ihre Privatsphäre</strong><p>Wir setzen Cookies und externe Medien nur mit Ihrer Einwilligung ein.</p><button>Alle zulassen</button><button>Auswahl speichern</button></div>
<div class="topbar">Mitgliederbereich | Login</div>
<header><div class="logo">Gemeinde- und Städtebund Thüringen</div>
<nav><ul><li>Verband</li><li>Themen</li><li>Presse</li><li>Veranstaltungen</li><li>Kommunal-Akademie</li></ul></nav></header>
<div class="breadcrumbs">Startseite › Presse › Pressemitteilungen</div>
<div class="content-area">
<div class="article">
<div class="article__meta"><span class="article__cat">Pressemitteilungen</span> · <span class="article__date">12.06.2025</span></div>
<h1 class="article__title">Kommunen fordern verlässliche Finanzierung der Ganztagsbetreuung</h1>
<h2 class="article__teaser">Gemeinde- und Städtebund legt Umfrage unter 412 Mitgliedern vor</h2>
<div class="article__body">
{html_blocks(B, "Erfurt. ")}
</div>
<div class="article__share">Diesen Artikel teilen <a>LinkedIn</a> <a>Facebook</a> <a>E-Mail</a></div>
<div class="article__contact"><h3>Ansprechpartner für die Presse</h3><p>Pressereferent, Telefon 0361 22050-0, presse@gstb-thueringen.invalid</p></div>
</div>
<div class="sidebar"><h3>Termine</h3><ul><li>24.06.2025 Präsidiumssitzung</li><li>09.07.2025 Fachtag Kita</li></ul><h3>Newsletter</h3><p>Jetzt abonnieren</p></div>
</div>
<footer><p>Gemeinde- und Städtebund Thüringen e. V. · Richard-Breslau-Straße 14 · 99094 Erfurt</p><p>Impressum | Datenschutz | Kontakt</p></footer>
</body></html>
"""
DOCS_SPEC.append(("h07-gstb-thueringen-ganztag.html", H, {
    "title": "Kommunen fordern verlässliche Finanzierung der Ganztagsbetreuung",
    "subtitle": "Gemeinde- und Städtebund legt Umfrage unter 412 Mitgliedern vor",
    "kicker": None, "categories": ["Pressemitteilungen"],
    "date": "2025-06-12", "place": "Erfurt",
    "speakers": [
        sp("Matthias Krahnert", "Präsident des Gemeinde- und Städtebundes Thüringen und Bürgermeister der Stadt Bad Blankenburg", ["Ab dem 1. August 2026 gilt der Rechtsanspruch, aber bis heute weiß keine Kommune, wer die Betriebskosten trägt", "So kann niemand seriös planen."], "Gemeinde- und Städtebund Thüringen"),
        sp("Dr. Sabine Erdmann-Vogt", "Geschäftsführerin", ["Wir erwarten, dass das Land seine Zusage aus dem Jahr 2023 einhält"]),
    ],
    "member_lists": [], "mentioned_dates": ["2023", "2025-04-03", "2025-04-24", "2026-08-01"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Präsidiumssitzung", "Ansprechpartner für die Presse", "Richard-Breslau-Straße", "Newsletter", "Mitgliederbereich"],
    "notes": ["'Die Kommunen seien bereit …' is indirect speech.", "The sidebar dates (Termine) are not mentioned dates."],
}))

# ---------------------------------------------------------------- t01 Wandlitz
B = [
    "Die Gemeindebibliothek im Ortsteil Wandlitz ist ab dem 4. Oktober 2025 auch samstags geöffnet. Möglich wird das durch eine zusätzliche Teilzeitstelle, die die Gemeindevertretung am 9. September 2025 bewilligt hat.",
    "„Die Bibliothek ist längst mehr als ein Ort zum Ausleihen von Büchern. Familien, Schülerinnen und Pendler haben uns immer wieder gesagt, dass ihnen der Samstag fehlt“, sagt Bürgermeisterin Carola Weidenhammer.",
    "Die neuen Öffnungszeiten im Überblick:",
    ["Dienstag und Donnerstag: 10 bis 19 Uhr", "Mittwoch und Freitag: 10 bis 16 Uhr", "Samstag: 10 bis 14 Uhr"],
    "Bibliotheksleiter Finn Haberland plant für die Samstage zudem Vorlesestunden für Kinder. „Den Anfang machen wir am 11. Oktober 2025 mit einem Bilderbuchkino“, kündigte Haberland an.",
]
T = f"""Pressemitteilung der Gemeinde Wandlitz
23.09.2025

Bibliothek Wandlitz verlängert Öffnungszeiten
Ab Oktober auch samstags geöffnet

{text_blocks(B, "Wandlitz. ")}

---
Kontakt: Gemeinde Wandlitz, Pressestelle, Prenzlauer Chaussee 157, 16348 Wandlitz
Telefon 033397 66-0
"""
DOCS_SPEC.append(("t01-wandlitz-bibliothek.txt", T, {
    "title": "Bibliothek Wandlitz verlängert Öffnungszeiten",
    "subtitle": "Ab Oktober auch samstags geöffnet",
    "kicker": None, "categories": ["Pressemitteilung"], "date": "2025-09-23", "place": "Wandlitz",
    "speakers": [
        sp("Carola Weidenhammer", "Bürgermeisterin", ["Die Bibliothek ist längst mehr als ein Ort zum Ausleihen von Büchern. Familien, Schülerinnen und Pendler haben uns immer wieder gesagt, dass ihnen der Samstag fehlt"]),
        sp("Finn Haberland", "Bibliotheksleiter", ["Den Anfang machen wir am 11. Oktober 2025 mit einem Bilderbuchkino"]),
    ],
    "member_lists": [], "mentioned_dates": ["2025-09-09", "2025-10-04", "2025-10-11"],
    "body": body_of(B),
    "body_must_not_contain": ["Prenzlauer Chaussee 157", "Telefon 033397", "Kontakt:"],
    "notes": ["List items are written with '•' in the text dump."],
}))

# ---------------------------------------------------------------- t02 ZV ÖPNV Uckermark (inline list)
B = [
    "Der Rufbus „UckerFlex“ fährt ab dem 1. April 2025 in allen Mitgliedskommunen des Zweckverbandes. Das hat die Verbandsversammlung am Mittwoch einstimmig beschlossen. Bisher war das Angebot auf die Region um Templin beschränkt.",
    "Dem Verband gehören die Städte Prenzlau, Templin und Schwedt/Oder, die Ämter Gerswalde und Brüssow (Uckermark) sowie die Gemeinde Uckerland an.",
    "„Wer auf dem Land kein Auto hat, darf nicht abgehängt werden“, sagte Verbandsvorsitzende Petra Lindqvist, Bürgermeisterin der Stadt Templin. „Mit dem Rufbus kommt der Bus dann, wenn man ihn braucht.“",
    "Fahrten können täglich zwischen 6 und 22 Uhr telefonisch oder per App gebucht werden, spätestens 60 Minuten vor Fahrtantritt. Es gilt der reguläre VBB-Tarif.",
    "Die Kosten von rund 1,1 Millionen Euro jährlich teilen sich der Landkreis Uckermark und der Verband.",
]
T = f"""Zweckverband ÖPNV Uckermark
Rufbus-Angebot wird auf das gesamte Verbandsgebiet ausgeweitet

Prenzlau, 14.02.2025

{text_blocks(B, "")}

Pressekontakt: Zweckverband ÖPNV Uckermark, Geschäftsstelle, Tel. 03984 70-1234, presse@zv-oepnv-um.invalid
"""
DOCS_SPEC.append(("t02-zv-oepnv-uckermark-rufbus.txt", T, {
    "title": "Rufbus-Angebot wird auf das gesamte Verbandsgebiet ausgeweitet",
    "subtitle": None, "kicker": "Zweckverband ÖPNV Uckermark", "date": "2025-02-14", "place": "Prenzlau",
    "speakers": [
        sp("Petra Lindqvist", "Bürgermeisterin der Stadt Templin", ["Wer auf dem Land kein Auto hat, darf nicht abgehängt werden", "Mit dem Rufbus kommt der Bus dann, wenn man ihn braucht."], "Stadt Templin"),
    ],
    "member_lists": [{"label": "Mitglieder", "members": [
        {"name": "Prenzlau", "kind": "Stadt"}, {"name": "Templin", "kind": "Stadt"}, {"name": "Schwedt/Oder", "kind": "Stadt"},
        {"name": "Gerswalde", "kind": "Amt"}, {"name": "Brüssow (Uckermark)", "kind": "Amt"}, {"name": "Uckerland", "kind": "Gemeinde"}]}],
    "mentioned_dates": ["2025-04-01"],
    "body": body_of(B),
    "body_must_not_contain": ["Pressekontakt", "03984 70-1234"],
    "notes": ["Inline member list in one sentence; Landkreis Uckermark is not a member.", "Role = the apposition (Bürgermeisterin der Stadt Templin), not the title Verbandsvorsitzende.", "„UckerFlex“ is a name, not a quote.", "No category stated."],
}))

# ---------------------------------------------------------------- t03 Havelland
B = [
    "Der Kreistag Havelland hat in seiner Sitzung am 16. Juni 2025 das erste Klimaschutzkonzept des Landkreises beschlossen. Ziel ist, dass die Kreisverwaltung mit ihren Liegenschaften bis zum Jahr 2040 klimaneutral arbeitet.",
    "Das Konzept umfasst 46 Maßnahmen, darunter:",
    ["Photovoltaikanlagen auf allen geeigneten Dächern kreiseigener Schulen", "die schrittweise Umstellung des Fuhrparks auf Elektrofahrzeuge", "ein Energiemanagement für die Kreisverwaltung in Rathenow und Nauen"],
    "„Klimaschutz ist keine Kür mehr, sondern Teil der kommunalen Daseinsvorsorge“, sagte Henning Raddatz, Beigeordneter und Dezernent für Bauen und Umwelt. Die Fraktion Bündnis 90/Die Grünen kritisierte, das Konzept sei nicht ehrgeizig genug.",
    "Die Umsetzung begleitet ein Klimaschutzmanager, dessen Stelle zu 90 Prozent vom Bund gefördert wird. Eine erste Bilanz soll dem Kreistag im Herbst 2026 vorgelegt werden.",
]
T = f"""Startseite > Landkreis > Presse > Pressemitteilungen
Drucken | Seite teilen | Vorlesen

Kreistag
Havelland beschließt erstes Klimaschutzkonzept
Landkreis will bis 2040 klimaneutral werden

Pressemitteilung | Rathenow, 19.06.2025

{text_blocks(B, "")}

Zurück zur Übersicht

© Landkreis Havelland 2025 | Impressum | Datenschutz | Barrierefreiheit
"""
DOCS_SPEC.append(("t03-havelland-klimaschutz.txt", T, {
    "title": "Havelland beschließt erstes Klimaschutzkonzept",
    "subtitle": "Landkreis will bis 2040 klimaneutral werden",
    "kicker": "Kreistag", "categories": ["Pressemitteilung"], "date": "2025-06-19", "place": "Rathenow",
    "speakers": [
        sp("Henning Raddatz", "Beigeordneter und Dezernent für Bauen und Umwelt", ["Klimaschutz ist keine Kür mehr, sondern Teil der kommunalen Daseinsvorsorge"]),
    ],
    "member_lists": [], "mentioned_dates": ["2025-06-16", "2026", "2040"],
    "body": body_of(B),
    "body_must_not_contain": ["Startseite >", "Seite teilen", "Zurück zur Übersicht", "© Landkreis Havelland", "Vorlesen"],
    "notes": ["The Greens' criticism is indirect speech.", "'im Herbst 2026' is stated only to the year."],
}))

# ---------------------------------------------------------------- t04 Polizei Ravensburg
B = [
    "Schwere Verletzungen hat ein 67-jähriger Radfahrer am Mittwochnachmittag bei einem Unfall in der Ailinger Straße erlitten. Nach bisherigen Erkenntnissen wollte ein 34 Jahre alter Autofahrer gegen 15.30 Uhr nach rechts in eine Grundstückseinfahrt abbiegen und übersah dabei den auf dem Radweg fahrenden Mann.",
    "Der Radfahrer stürzte und wurde vom Rettungsdienst in eine Klinik gebracht. Er trug keinen Helm. Am Auto entstand Sachschaden von etwa 2.500 Euro.",
    "Das Polizeirevier Friedrichshafen hat die Ermittlungen aufgenommen und bittet Zeugen, sich unter Telefon 07541 701-0 zu melden.",
]
T = f"""Polizeipräsidium Ravensburg
Pressemitteilung vom 03.07.2025

Friedrichshafen
Radfahrer bei Unfall schwer verletzt

{text_blocks(B, "Friedrichshafen - ")}

Rückfragen bitte an:
Polizeipräsidium Ravensburg
Führungs- und Lagezentrum
Telefon: 0751 803-1010
"""
DOCS_SPEC.append(("t04-polizei-friedrichshafen-radfahrer.txt", T, {
    "title": "Radfahrer bei Unfall schwer verletzt",
    "subtitle": None, "kicker": "Friedrichshafen", "date": "2025-07-03", "place": "Friedrichshafen",
    "speakers": [], "member_lists": [], "mentioned_dates": [],
    "body": body_of(B),
    "body_must_not_contain": ["Rückfragen bitte an", "Führungs- und Lagezentrum", "0751 803-1010"],
    "notes": ["The place line above the headline is the kicker.", "'am Mittwochnachmittag' is relative: no mentioned date."],
}))

# ---------------------------------------------------------------- t05 Görlitz
B = [
    "Die Altstadtbrücke über die Neiße wird ab dem 12. Januar 2026 saniert. Die Arbeiten an Geländer, Belag und Beleuchtung dauern voraussichtlich bis Ende Mai 2026. Während der Bauzeit bleibt jeweils eine Hälfte der Brücke für Fußgänger offen.",
    "Die Brücke wurde im Oktober 2004 eröffnet und verbindet die Altstadt von Görlitz mit Zgorzelec. Täglich nutzen sie mehrere tausend Menschen.",
    "Die Leiterin des Amtes für Stadtentwicklung, Ulrike Stenzel, stellte die Pläne am Dienstag im Technischen Ausschuss vor. „Die Brücke ist nach zwanzig Jahren intensiver Nutzung in die Jahre gekommen. Wir wollen sie jetzt instand setzen, bevor größere Schäden entstehen“, sagte Stenzel. Sie betonte, die Brücke werde zu keinem Zeitpunkt vollständig gesperrt.",
    "Die Kosten von rund 780.000 Euro trägt zu 80 Prozent der Freistaat Sachsen. Auch die Stadt Zgorzelec wurde in die Planung einbezogen. „Die Brücke ist ein Symbol unserer Europastadt, deshalb stimmen wir jeden Schritt mit unseren polnischen Nachbarn ab“, erklärte Bürgermeister Jonas Kirchhoff.",
]
T = f"""Stadt Görlitz – Pressemitteilung Nr. 112/2025
Görlitz, 30. Oktober 2025

Altstadtbrücke wird saniert
Fußgängerverbindung nach Zgorzelec ab Januar halbseitig gesperrt

{text_blocks(B, "")}

Pressestelle der Stadt Görlitz
Untermarkt 6–8, 02826 Görlitz
presse@goerlitz.invalid
"""
DOCS_SPEC.append(("t05-goerlitz-altstadtbruecke.txt", T, {
    "title": "Altstadtbrücke wird saniert",
    "subtitle": "Fußgängerverbindung nach Zgorzelec ab Januar halbseitig gesperrt",
    "kicker": None, "categories": ["Pressemitteilung"], "date": "2025-10-30", "place": "Görlitz",
    "speakers": [
        sp("Ulrike Stenzel", "Leiterin des Amtes für Stadtentwicklung", ["Die Brücke ist nach zwanzig Jahren intensiver Nutzung in die Jahre gekommen. Wir wollen sie jetzt instand setzen, bevor größere Schäden entstehen"], "Amt für Stadtentwicklung"),
        sp("Jonas Kirchhoff", "Bürgermeister", ["Die Brücke ist ein Symbol unserer Europastadt, deshalb stimmen wir jeden Schritt mit unseren polnischen Nachbarn ab"]),
    ],
    "member_lists": [], "mentioned_dates": ["2004-10", "2026-01-12", "2026-05"],
    "body": body_of(B),
    "body_must_not_contain": ["Pressestelle der Stadt Görlitz", "Untermarkt", "Nr. 112/2025"],
    "notes": ["'Sie betonte, die Brücke werde …' is indirect speech.", "The role precedes the name as a noun phrase with the name in apposition."],
}))


def main():
    DOCS.mkdir(exist_ok=True)
    for fname, raw, gold in DOCS_SPEC:
        (DOCS / fname).write_text(raw, encoding="utf-8")
        for s in gold.get("speakers", []):
            assert all(q.replace("“", "").replace("„", "") in raw.replace("„", "").replace("“", "") for q in s["quotes"]), s["name"]
        for bad in gold["body_must_not_contain"]:
            assert bad not in gold["body"], (fname, bad)
        rec = {"source": fname, "language": "de", **gold}
        (HERE / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
