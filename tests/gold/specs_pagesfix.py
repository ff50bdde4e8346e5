"""Gold specs for whole web pages as published (after the fourth blind run, tests/gold_blind4): link and
download lists, tag lists, info and calendar boxes after or inside the text, bylines and labelled date lines,
event dates that are no publication date, a first paragraph naming an address. New wording, invented people,
real places only as places."""

SPECS_PAGESFIX = [
    {
        # a labelled date after the type label (``Meldung Datum …``); a first paragraph that names an address
        # stays; an info box inside the article, a ``Anlagen`` list of files, a ``Stichwörter`` list and a
        # single download line after the text are no main text
        "id": "g53-html-anlagen-stichwoerter-infobox", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Wertstoffhof Premnitz erweitert Öffnungszeiten | Landkreis Havelland</title></head>
<body><header><a href="/">Landkreis Havelland</a></header><nav class="hauptnavigation"><ul><li><a href="#">Verwaltung</a></li><li><a href="#">Umwelt</a></li></ul></nav>
<main id="content"><div class="artikel">
<h1>Wertstoffhof Premnitz erweitert Öffnungszeiten</h1>
<p class="artikel-meta"><span class="typ">Meldung</span> <span class="stamp">Datum 14.02.2025</span></p>
<p>Der Wertstoffhof in der Dachsberger Straße 11, 14727 Premnitz, ist ab dem 1. März 2025 auch am Samstagvormittag geöffnet, teilt die Abfallwirtschaft des Landkreises mit.</p>
<p>Damit reagiert der Landkreis auf die große Nachfrage von Berufstätigen, die unter der Woche nicht vor 16 Uhr anliefern können. Sperrmüll, Grünschnitt und Elektroaltgeräte werden weiterhin kostenlos angenommen.</p>
<div class="infobox"><h3>Kurz gefasst</h3><ul><li>Samstag 8 bis 12 Uhr</li><li>Anlieferung nur mit Kfz-Kennzeichen aus dem Kreis</li></ul></div>
<p>Für Gewerbebetriebe gelten die bisherigen Zeiten und Entgelte unverändert fort. Die neue Entgeltordnung hatte der Kreistag im Dezember beschlossen.</p>
<h3>Anlagen</h3><ul><li><a href="#">Entgeltordnung Wertstoffhöfe (PDF, 120 KB)</a></li><li><a href="#">Lageplan Wertstoffhof Premnitz</a></li></ul>
<div class="schlagworte"><span>Stichwörter</span> <a href="#">Abfall</a> <a href="#">Wertstoffhof</a></div>
<p class="download"><a href="#">Meldung als PDF (38 KB)</a></p>
</div></main>
<footer><p>Landkreis Havelland · Platz der Freiheit 1 · 14712 Rathenow</p></footer></body></html>""",
        "title": "Wertstoffhof Premnitz erweitert Öffnungszeiten", "date": "2025-02-14", "place": None,
        "categories": ["Meldung"], "mentioned_dates": ["2025-03-01"],
        "body_must_contain": ["Der Wertstoffhof in der Dachsberger Straße 11", "Für Gewerbebetriebe gelten"],
        "body_must_not_contain": ["Datum 14.02.2025", "Kurz gefasst", "Samstag 8 bis 12 Uhr", "Anlagen",
                                  "Entgeltordnung Wertstoffhöfe", "Stichwörter", "Meldung als PDF", "Platz der Freiheit"],
    },
    {
        # an event page: the ``Wann`` fact list and the event ``<time itemprop="startDate">`` give event dates,
        # no publication date; the calendar export line is no main text
        "id": "g54-html-veranstaltung-wann-ical", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Orgelnacht in der Klosterkirche - Stadt Lehnin</title></head>
<body><div class="page"><div class="breadcrumb"><a href="/">Start</a> › <a href="#">Kultur</a></div>
<main><div class="veranstaltung-detail" itemscope itemtype="https://schema.org/Event">
<h1 itemprop="name">Orgelnacht in der Klosterkirche</h1>
<div class="termin-daten"><time itemprop="startDate" datetime="2025-05-24T20:00:00+02:00">Sa., 24.05.2025, 20:00 Uhr</time></div>
<dl class="fakten"><dt>Wann</dt><dd>Samstag, 24. Mai 2025, 20 bis 23 Uhr</dd><dt>Wo</dt><dd>Klosterkirche, Klosterkirchplatz</dd></dl>
<div class="beschreibung">
<p>Zur dritten Orgelnacht lädt die Kirchengemeinde gemeinsam mit dem Kulturverein in die Klosterkirche ein. Drei Organistinnen spielen Werke von Bach bis Messiaen, zwischen den Konzerten gibt es Führungen zur Orgel.</p>
<p>Der Eintritt ist frei, um eine Spende für die Sanierung des Orgelprospekts wird gebeten. Die Kirche ist ab 19.30 Uhr geöffnet.</p>
</div>
<p class="kalender"><a href="#">Termin exportieren (ICS)</a></p>
</div></main></div></body></html>""",
        "title": "Orgelnacht in der Klosterkirche", "date": None, "place": None, "categories": [],
        "mentioned_dates": ["2025-05-24"],
        "body_must_contain": ["Zur dritten Orgelnacht", "Die Kirche ist ab 19.30 Uhr geöffnet."],
        "body_must_not_contain": ["Termin exportieren", "Wann", "Samstag, 24. Mai 2025"],
    },
    {
        # a byline (``Geschrieben am … von …``) is metadata and gives the date; a ``Weitere Informationen``
        # list of links after the text is no main text, a box of external links neither
        "id": "g55-html-byline-weitere-informationen", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Seniorenbeirat gewählt – Gemeinde Kleinmachnow</title></head>
<body><div id="wrapper"><article class="post">
<h1 class="post-title">Neuer Seniorenbeirat gewählt</h1>
<div class="post-byline">Geschrieben am 3. März 2025 von Pressestelle / Soziales</div>
<div class="post-body">
<p>Die Seniorinnen und Senioren der Gemeinde haben einen neuen Beirat gewählt. Von 4.100 Wahlberechtigten gaben 1.230 ihre Stimme ab, die Beteiligung lag damit deutlich höher als vor vier Jahren.</p>
<p>Dem Beirat gehören künftig neun Mitglieder an. Er berät die Gemeindevertretung in allen Fragen, die ältere Menschen betreffen, und lädt einmal im Monat zu einer offenen Sprechstunde ein.</p>
<h2>Weitere Informationen</h2>
<ul><li><a href="#">Wahlergebnis im Einzelnen (PDF, 64 KB)</a></li><li><a href="#">Satzung des Seniorenbeirats</a></li></ul>
</div></article></div></body></html>""",
        "title": "Neuer Seniorenbeirat gewählt", "date": "2025-03-03", "place": None,
        "categories": ["Soziales"], "mentioned_dates": [],
        "body_must_contain": ["Die Seniorinnen und Senioren der Gemeinde", "offenen Sprechstunde ein."],
        "body_must_not_contain": ["Geschrieben am", "Pressestelle", "Weitere Informationen", "Wahlergebnis im Einzelnen",
                                  "Satzung des Seniorenbeirats"],
    },
]
