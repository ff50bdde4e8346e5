"""Gold specs in the styles of real CMS pages (TYPO3, WordPress, Drupal, Joomla, Government Site Builder,
IKISS/NOLIS, police portals, agency dumps). Texts and people are invented; real bodies appear only as
places or members. Each spec carries its whole document (template ``raw``)."""

from _build import sp

COOKIE_EN = ('<div class="cc-window" role="dialog" aria-label="cookieconsent"><p>This website uses cookies to ensure '
             'you get the best experience on our website.</p><a class="cc-btn">Accept all</a><a class="cc-btn">Reject</a></div>')

SPECS_CMS = [
    {
        "id": "g27-typo3-jsonld", "template": "raw", "suffix": "html",
        "title": "Neuer Radweg zwischen Falkensee und Dallgow-Döberitz freigegeben",
        "date": "2024-03-12", "place": "Falkensee", "categories": [],
        "doc": """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neuer Radweg freigegeben - Stadt Falkensee</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Neuer Radweg zwischen Falkensee und Dallgow-Döberitz freigegeben","datePublished":"2024-03-12T10:30:00+01:00","dateModified":"2024-03-14T08:00:00+01:00"}</script></head>
<body>""" + COOKIE_EN + """<div id="page"><header id="header"><a href="/" class="logo">Stadt Falkensee</a><ul class="metanav"><li><a href="#">Leichte Sprache</a></li><li><a href="#">Gebärdensprache</a></li></ul></header>
<div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">Neuer Radweg zwischen Falkensee und Dallgow-Döberitz freigegeben</h1></div>
<div class="news-text-wrap" itemprop="articleBody">
<p>Falkensee – Der neue Radweg entlang der Landesstraße ist seit Dienstag befahrbar. Auf 2,4 Kilometern Länge verbindet er die beiden Orte und schließt eine Lücke im regionalen Netz.</p>
<p>„Wer morgens mit dem Rad zum Bahnhof fährt, muss sich die Straße nicht mehr mit Lastwagen teilen“, sagte Bürgermeister Torsten Hellwig bei der Freigabe. „Das ist ein echter Gewinn an Sicherheit.“</p>
<p>Die Baukosten von 1,9 Millionen Euro trugen Land und Stadt gemeinsam. Die Bauarbeiten hatten im September 2023 begonnen.</p>
</div>
<div class="news-related-wrap"><h4>Zurück zur Übersicht</h4></div>
</div></div>
<footer><p>© Stadt Falkensee · <a href="#">Impressum</a> · <a href="#">Datenschutz</a></p></footer></div></body></html>""",
        "speakers": [sp("Torsten Hellwig", None, "Torsten", "Hellwig", "Bürgermeister", None,
                        "Wer morgens mit dem Rad zum Bahnhof fährt, muss sich die Straße nicht mehr mit Lastwagen teilen",
                        "Das ist ein echter Gewinn an Sicherheit.")],
        "mentioned_dates": ["2023-09"],
        "body_must_contain": ["Auf 2,4 Kilometern Länge", "Die Baukosten von 1,9 Millionen Euro"],
        "body_must_not_contain": ["cookies", "Accept all", "Zurück zur Übersicht", "Leichte Sprache", "Impressum"],
    },
    {
        "id": "g28-wordpress-meta-stand", "template": "raw", "suffix": "html",
        "title": "Gemeinde startet Bürgerbefragung zum Ortskern", "date": "2023-11-07", "place": None, "categories": ["Aktuelles"],
        "doc": """<!DOCTYPE html><html lang="de-DE"><head><meta charset="UTF-8"><title>Gemeinde startet Bürgerbefragung zum Ortskern &#8211; Gemeinde Schönefeld</title>
<meta property="og:site_name" content="Gemeinde Schönefeld"><meta property="article:published_time" content="2023-11-07T09:15:00+01:00"><meta property="article:modified_time" content="2024-01-10T11:00:00+01:00"></head>
<body class="post-template-default single single-post"><div id="borlabs-cookie"><p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell.</p><p>Alle akzeptieren</p><p>Individuelle Datenschutzeinstellungen</p></div>
<div class="site"><header class="site-header"><p class="site-title">Gemeinde Schönefeld</p><nav class="main-navigation"><ul><li>Rathaus</li><li>Leben</li><li>Wirtschaft</li></ul></nav></header>
<div class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish">
<header class="entry-header"><span class="cat-links"><a href="#" rel="category tag">Aktuelles</a></span><h1 class="entry-title">Gemeinde startet Bürgerbefragung zum Ortskern</h1>
<p class="stand">Stand: 10.01.2024</p></header>
<div class="entry-content"><p>Die Gemeinde bittet ihre Einwohnerinnen und Einwohner um Mithilfe: Bis Ende des Jahres können alle ab 14 Jahren online oder auf Papier ihre Wünsche für die Gestaltung des Ortskerns nennen.</p>
<p>Die Fragebögen liegen im Bürgerbüro und in der Bibliothek aus. Die Ergebnisse sollen im Frühjahr 2024 vorgestellt werden.</p>
<div class="sharedaddy"><h3>Teilen mit:</h3><ul><li>Facebook</li><li>WhatsApp</li><li>E-Mail</li></ul></div></div>
</article><nav class="post-navigation"><a href="#">Vorheriger Beitrag: Laubabfuhr im November</a></nav></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Neueste Beiträge</h2><ul><li><a href="#">Laubabfuhr im November</a></li><li><a href="#">Weihnachtsmarkt am 2. Dezember</a></li></ul></section></aside></div>
<footer class="site-footer">Gemeinde Schönefeld · Hans-Grade-Allee 11 · 12529 Schönefeld</footer></div></body></html>""",
        "mentioned_dates": ["2024"],
        "body_must_contain": ["Die Gemeinde bittet ihre Einwohnerinnen und Einwohner um Mithilfe"],
        "body_must_not_contain": ["Stand:", "Cookies", "Teilen mit", "Laubabfuhr", "Vorheriger Beitrag"],
    },
    {
        "id": "g29-event-date-only", "template": "raw", "suffix": "html",
        "title": "Tag der offenen Tür bei der Freiwilligen Feuerwehr", "date": None, "place": None, "categories": [],
        "doc": """<html><head><meta charset="utf-8"><title>Tag der offenen Tür | Amt Gransee und Gemeinden</title></head><body>
<div id="kopf"><div class="datum-heute">Heute ist Dienstag, 3. September 2024</div><ul id="hauptmenue"><li>Bürgerservice</li><li>Tourismus</li></ul></div>
<div id="inhalt"><h1>Tag der offenen Tür bei der Freiwilligen Feuerwehr</h1>
<p>Die Freiwillige Feuerwehr Gransee lädt am Samstag, 14. September 2024, von 10 bis 16 Uhr alle Interessierten in das Gerätehaus in der Oranienburger Straße ein.</p>
<p>Kinder können eine Drehleiterfahrt unternehmen, die Jugendfeuerwehr zeigt eine Löschübung. Für Verpflegung sorgt der Förderverein.</p>
<p><a href="javascript:window.print()">Seite drucken</a> | <a href="#">Seite teilen</a></p></div>
<div id="fuss">Amt Gransee und Gemeinden · Baustraße 56 · 16775 Gransee · Telefon 03306 751-0</div></body></html>""",
        "mentioned_dates": ["2024-09-14"],
        "body_must_contain": ["Drehleiterfahrt"],
        "body_must_not_contain": ["Heute ist", "Seite drucken", "Baustraße 56"],
    },
    {
        "id": "g30-polizei-ots", "template": "raw", "suffix": "txt",
        "title": "POL-PDBB: Radfahrer bei Unfall schwer verletzt", "date": "2023-06-21", "place": "Potsdam", "categories": [],
        "doc": """# POL-PDBB: Radfahrer bei Unfall schwer verletzt

21.06.2023 – 11:42

Polizeidirektion West

Potsdam (ots) – Am Dienstagnachmittag ist ein 67-jähriger Radfahrer an der Kreuzung Zeppelinstraße/Kastanienallee von einem abbiegenden Transporter erfasst worden. Der Mann kam mit schweren Verletzungen in ein Krankenhaus.

„Wir bitten Zeugen, die den Unfall beobachtet haben, sich bei der Polizei zu melden“, sagte ein Sprecher der Polizeidirektion West. Der Fahrer des Transporters blieb unverletzt.

Rückfragen bitte an:

Polizeidirektion West
Pressestelle
Telefon: 03381 560-1020
E-Mail: pressestelle.pd.west@polizei.example
""",
        "mentioned_dates": [],
        "body_must_contain": ["67-jähriger Radfahrer", "Der Fahrer des Transporters blieb unverletzt."],
        "body_must_not_contain": ["Rückfragen bitte an", "Telefon: 03381"],
        "warnings_contain": ["Sprecher"],
    },
    {
        "id": "g31-dpa-dateline", "template": "raw", "suffix": "txt",
        "title": "Landkreis bekommt neues Jobcenter-Gebäude", "date": "2022-05-12", "place": "Cottbus", "categories": [],
        "doc": """Landkreis bekommt neues Jobcenter-Gebäude
==========================================

12.05.2022, 14:37 Uhr

Cottbus (dpa/bb) – Das Jobcenter zieht im kommenden Jahr in einen Neubau am Stadtrand. Die Kosten liegen bei rund acht Millionen Euro, wie die Stadtverwaltung am Donnerstag mitteilte.

Der Baubeginn ist für den 1. August 2022 geplant. „Die Beschäftigten arbeiten seit Jahren in viel zu engen Räumen“, sagte die Leiterin des Jobcenters, Simone Krätzig. Sie rechne mit einem Einzug im Herbst 2023.
""",
        "speakers": [sp("Simone Krätzig", None, "Simone", "Krätzig", "Leiterin des Jobcenters", "Jobcenter",
                        "Die Beschäftigten arbeiten seit Jahren in viel zu engen Räumen")],
        "mentioned_dates": ["2022-08-01", "2023"],
        "body_must_contain": ["Das Jobcenter zieht im kommenden Jahr"],
    },
    {
        "id": "g32-ministerium-gsb", "template": "raw", "suffix": "html",
        "kicker": "Pressemitteilung", "title": "Land unterstützt Kommunen bei der Wärmeplanung",
        "date": "2023-10-05", "place": "Potsdam", "categories": [],
        "doc": """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Land unterstützt Kommunen bei der Wärmeplanung | Ministerium</title>
<meta name="DC.date" content="2023-10-05"></head><body>
<div id="skiplinks"><a href="#content">Zum Inhalt springen</a></div>
<div id="navPrimary"><ul><li>Ministerium</li><li>Themen</li><li>Service</li><li>Presse</li></ul></div>
<div id="wrapperContent"><div id="navSecondary" class="navSecondary"><h2>Themen</h2><ul><li>Energie</li><li>Klimaschutz</li><li>Landesplanung</li><li>Wohnen</li><li>Städtebauförderung</li><li>Verkehr</li><li>Digitales</li><li>Förderprogramme</li></ul></div>
<div id="content" class="content"><div class="article"><p class="dachzeile">Pressemitteilung</p><h1 class="isFirstInSlot">Land unterstützt Kommunen bei der Wärmeplanung</h1>
<p class="date">Datum 05.10.2023</p>
<div class="text"><p>Potsdam – Das Land stellt den Städten und Gemeinden in diesem und im nächsten Jahr insgesamt zwölf Millionen Euro für die kommunale Wärmeplanung bereit.</p>
<p>„Wärmeplanung ist keine Kür“, sagte Staatssekretärin Dr. Henrike Wollweber, „sondern die Grundlage für jede Investition in Netze und Heizungen.“ Die Kommunen könnten die Mittel ab sofort beantragen.</p>
<p>Bis zum 30. Juni 2026 müssen größere Städte ihre Wärmepläne vorlegen.</p></div>
<div class="teaserList"><h2>Das könnte Sie auch interessieren</h2><div class="teaser"><p class="date">28.09.2023</p><h3><a href="#">Neue Förderrichtlinie für Radwege veröffentlicht</a></h3><p>Die Richtlinie gilt ab dem 1. November 2023 für alle Landkreise und kreisfreien Städte im Land.</p></div>
<div class="teaser"><p class="date">21.09.2023</p><h3><a href="#">Minister besucht Baustelle der Landesstraße</a></h3><p>Der Ausbau der Straße soll bis Ende des kommenden Jahres abgeschlossen werden, teilte das Ministerium mit.</p></div></div>
</div></div></div>
<div id="footer"><ul><li>Impressum</li><li>Datenschutz</li><li>Barrierefreiheit</li><li>Kontakt</li></ul></div></body></html>""",
        "speakers": [sp("Dr. Henrike Wollweber", "Dr.", "Henrike", "Wollweber", "Staatssekretärin", None,
                        "Wärmeplanung ist keine Kür", "sondern die Grundlage für jede Investition in Netze und Heizungen.")],
        "mentioned_dates": ["2026-06-30"],
        "body_must_contain": ["zwölf Millionen Euro"],
        "body_must_not_contain": ["Das könnte Sie auch interessieren", "Förderrichtlinie für Radwege", "Landesplanung", "Städtebauförderung"],
    },
    {
        "id": "g33-landkreis-kontakt", "template": "raw", "suffix": "html",
        "title": "Kreis investiert in drei Oberschulen", "date": "2023-08-22", "place": "Seelow", "categories": [],
        "doc": """<html><head><meta charset="utf-8"><title>Kreis investiert in drei Oberschulen / Landkreis Märkisch-Oderland</title></head><body>
<div class="header"><div class="servicenavigation"><a href="#">Kontakt</a> <a href="#">Suche</a></div></div>
<div id="main"><div class="col-main"><div class="nav-breadcrumb">Startseite › Aktuelles › Pressemitteilungen</div>
<h1>Kreis investiert in drei Oberschulen</h1><p class="date-info">Artikel vom 22.08.2023</p>
<p>(Seelow) Der Kreistag hat am Montagabend Investitionen von 14 Millionen Euro in die Oberschulen in Seelow, Letschin und Bad Freienwalde beschlossen. „Unsere Schülerinnen und Schüler verdienen moderne Fachräume“, so der Landrat Gernot Schmiedel.</p>
<p>Die Schulleiterin der Oberschule Letschin, Kerstin Abendroth, zeigte sich erleichtert. „Wir warten seit Jahren auf die Sanierung der Naturwissenschaftsräume“, sagte sie. „Jetzt können wir endlich planen.“</p>
<p>Kreistagsvorsitzender Bernd Oltmanns sprach von einem guten Tag für den Landkreis: „Der Beschluss fiel einstimmig, das ist ein starkes Signal.“ Die Bauarbeiten beginnen im Frühjahr 2024.</p>
<h3>Pressekontakt</h3><p>Landkreis Märkisch-Oderland<br>Pressestelle<br>Puschkinplatz 12, 15306 Seelow<br>Telefon: 03346 850-0<br>E-Mail: presse@landkreis.example</p>
<div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Drucken</a></div></div></div></body></html>""",
        "speakers": [
            sp("Gernot Schmiedel", None, "Gernot", "Schmiedel", "Landrat", None, "Unsere Schülerinnen und Schüler verdienen moderne Fachräume"),
            sp("Kerstin Abendroth", None, "Kerstin", "Abendroth", "Schulleiterin der Oberschule Letschin", "Oberschule Letschin",
               "Wir warten seit Jahren auf die Sanierung der Naturwissenschaftsräume", "Jetzt können wir endlich planen."),
            sp("Bernd Oltmanns", None, "Bernd", "Oltmanns", "Kreistagsvorsitzender", None, "Der Beschluss fiel einstimmig, das ist ein starkes Signal."),
        ],
        "mentioned_dates": ["2024"],
        "body_must_contain": ["Investitionen von 14 Millionen Euro"],
        "body_must_not_contain": ["Pressekontakt", "Puschkinplatz", "presse@landkreis.example", "Startseite ›"],
    },
    {
        "id": "g34-kreistag-fraktionen", "template": "raw", "suffix": "html",
        "title": "Neuer Kreistag konstituiert sich", "date": "2024-07-03", "place": None, "categories": [],
        "doc": """<html><head><meta charset="utf-8"><title>Neuer Kreistag konstituiert sich</title></head><body><nav><a href="/">Startseite</a></nav>
<main><h1>Neuer Kreistag konstituiert sich</h1><p class="meta">Veröffentlicht am 03.07.2024</p>
<p>Der im Juni gewählte Kreistag ist am Dienstag zu seiner ersten Sitzung zusammengekommen. Die 56 Sitze verteilen sich wie folgt auf die Fraktionen:</p>
<ul><li>CDU, 16 Sitze</li><li>AfD, 15 Sitze</li><li>SPD, 11 Sitze</li><li>BVB/Freie Wähler, 6 Sitze</li><li>Bündnis 90/Die Grünen, 4 Sitze</li><li>Die Linke, 4 Sitze</li></ul>
<p>Als Gäste begrüßte die Alterspräsidentin:</p>
<ul><li>Landrat Gernot Vahlkamp</li><li>die Bürgermeister der Städte Eberswalde und Bernau bei Berlin</li><li>Vertreter der Kreishandwerkerschaft</li></ul>
<p>Die nächste Sitzung findet am 18. September 2024 statt.</p></main>
<footer>Landkreis Barnim · Impressum · Datenschutz</footer></body></html>""",
        "member_lists": [],
        "mentioned_dates": ["2024-09-18"],
        "body_must_contain": ["- CDU, 16 Sitze", "Als Gäste begrüßte die Alterspräsidentin:"],
    },
    {
        "id": "g35-nolis-inline-mitglieder", "template": "raw", "suffix": "html", "charset": "iso-8859-1",
        "title": "Zweckverband Digitale Verwaltung wächst", "date": "2021-09-15", "place": "Teltow", "categories": [],
        "doc": """<html><head><meta charset="iso-8859-1"><title>Zweckverband Digitale Verwaltung w&auml;chst</title></head><body>
<div id="navigation"><a href="#">Rathaus</a> | <a href="#">B&uuml;rgerservice</a></div>
<div id="content"><div class="news-detail"><h1>Zweckverband Digitale Verwaltung w&auml;chst</h1><div class="erstellt">Erstellt am: 15.09.2021</div>
<p>Teltow – Zum 1. Januar 2022 nimmt der Zweckverband zwei neue Mitglieder auf. Mitglieder des Verbandes sind dann die Städte Teltow und Werder (Havel), die Gemeinden Kleinmachnow und Stahnsdorf sowie das Amt Beetzsee.</p>
<p>Der Verband betreibt gemeinsame Fachverfahren für Meldewesen, Gewerbe und Kita-Gebühren.</p></div></div>
<div id="footer">Datenschutz | Impressum</div></body></html>""",
        "member_lists": [{"label": "Mitglieder", "members": [
            {"name": "Teltow", "kind": "Stadt"}, {"name": "Werder (Havel)", "kind": "Stadt"},
            {"name": "Kleinmachnow", "kind": "Gemeinde"}, {"name": "Stahnsdorf", "kind": "Gemeinde"},
            {"name": "Beetzsee", "kind": "Amt"}]}],
        "mentioned_dates": ["2022-01-01"],
        "body_must_contain": ["gemeinsame Fachverfahren"],
    },
    {
        "id": "g36-monat-joomla", "template": "raw", "suffix": "html",
        "title": "Sanierung des Freibads abgeschlossen", "date": "2020-06-18", "place": None, "categories": [],
        "doc": """<html><head><meta charset="utf-8"><title>Sanierung des Freibads abgeschlossen</title></head><body>
<div class="moduletable"><ul class="menu"><li>Startseite</li><li>Freizeit</li></ul></div>
<div class="item-page"><div class="page-header"><h2 itemprop="headline">Sanierung des Freibads abgeschlossen</h2></div>
<dl class="article-info"><dd class="create"><time datetime="2020-06-18T08:00:00+02:00" itemprop="dateCreated">Erstellt: 18. Juni 2020</time></dd><dd class="hits">Zugriffe: 412</dd></dl>
<div itemprop="articleBody"><p>Nach neun Monaten Bauzeit ist das Freibad wieder geöffnet. Die Arbeiten hatten im September 2019 begonnen und sollten ursprünglich im Mai 2020 enden.</p>
<p>»Die Verzögerung hat sich gelohnt, das Becken ist jetzt barrierefrei erreichbar«, sagte Bademeister Jörg Tillmanns. Der Eintritt bleibt in dieser Saison unverändert.</p></div></div>
<div class="footer">© 2020 Gemeinde · Impressum</div></body></html>""",
        "speakers": [sp("Jörg Tillmanns", None, "Jörg", "Tillmanns", "Bademeister", None,
                        "Die Verzögerung hat sich gelohnt, das Becken ist jetzt barrierefrei erreichbar")],
        "mentioned_dates": ["2019-09", "2020-05"],
        "body_must_contain": ["Nach neun Monaten Bauzeit"],
        "body_must_not_contain": ["Zugriffe", "Erstellt:"],
    },
    {
        "id": "g37-drupal-titel-konjunktiv", "template": "raw", "suffix": "html",
        "title": "Stadtbibliothek zeigt Ausstellung zur Stadtgeschichte", "date": "2022-09-01", "place": None, "categories": [],
        "doc": """<!DOCTYPE html><html lang="de" dir="ltr"><head><meta charset="utf-8"><meta name="date" content="2022-09-01"><title>Stadtbibliothek zeigt Ausstellung | Stadt Brandenburg an der Havel</title></head>
<body class="path-node page-node-type-pressemitteilung"><div id="sliding-popup" class="eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent.</p></div><button>OK, I agree</button><button>No, thanks</button></div>
<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region-header">Stadt Brandenburg an der Havel</div></header>
<main role="main"><div class="region-content"><article class="node node--type-pressemitteilung"><h1 class="page-title"><span class="field--name-title">Stadtbibliothek zeigt Ausstellung zur Stadtgeschichte</span></h1>
<div class="field--name-body"><p>Unter dem Titel „Tausend Jahre am Fluss“ zeigt die Stadtbibliothek ab Montag Fotografien und Karten aus dem Stadtarchiv.</p>
<p>Die Leiterin der Bibliothek, Sabine Kowalczyk, sagte, die Ausstellung sei ein Angebot an alle Generationen. Sie hoffe auf viele Schulklassen.</p>
<p>Begleitend erscheint das Heft „Wege zum Wasser“. Der Eintritt ist frei.</p></div>
<div class="shariff"><h2>Seite teilen</h2><ul><li>Facebook</li><li>X</li><li>E-Mail</li></ul></div><a class="back" href="#">Zurück zur Übersicht</a></article></div></main>
<footer role="contentinfo">Stadt Brandenburg an der Havel · Altstädtischer Markt 10</footer></div></body></html>""",
        "speakers": [],
        "mentioned_dates": [],
        "body_must_contain": ["Unter dem Titel „Tausend Jahre am Fluss“ zeigt die Stadtbibliothek"],
        "body_must_not_contain": ["We use cookies", "OK, I agree", "Seite teilen", "Zurück zur Übersicht"],
    },
    {
        "id": "g38-ikiss-pressesprecher", "template": "raw", "suffix": "html",
        "title": "Winterdienst ist vorbereitet", "date": "2023-11-02", "place": "Königs Wusterhausen", "categories": ["Pressemitteilung"],
        "doc": """<html><head><meta charset="utf-8"><title>Winterdienst ist vorbereitet</title></head><body>
<div id="cookieNotice"><p>Diese Seite verwendet Cookies. Weitere Informationen finden Sie in der Datenschutzerklärung.</p><a>Einverstanden</a></div>
<div id="wrapper"><div id="navi"><ul><li>Rathaus</li><li>Stadtentwicklung</li></ul></div><div id="content">
<div class="rubrik">Pressemitteilung</div><h1>Winterdienst ist vorbereitet</h1><div class="date">Veröffentlicht am 02.11.2023</div>
<p>(Königs Wusterhausen) Der städtische Bauhof hat 600 Tonnen Streusalz eingelagert. Zwölf Fahrzeuge stehen bereit, die Räumtouren beginnen bei Bedarf um 3 Uhr morgens.</p>
<p>„Wir sind für einen langen Winter gerüstet“, so der Pressesprecher der Stadt. Anwohner werden gebeten, Gehwege vor ihren Grundstücken selbst zu räumen.</p>
<p><a href="#">Druckversion</a> <a href="#">Seite empfehlen</a></p></div></div></body></html>""",
        "speakers": [],
        "mentioned_dates": [],
        "body_must_contain": ["600 Tonnen Streusalz", "Anwohner werden gebeten"],
        "body_must_not_contain": ["Cookies", "Druckversion", "Einverstanden"],
        "warnings_contain": ["Pressesprecher"],
    },
]
