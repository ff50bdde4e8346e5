"""Gold specs for the failure classes of the second blind run (tests/gold_blind2): new wording, invented people,
real places only as places."""


SPECS_BLIND2FIX = [
    {
        # classes 1 (PDF letterhead, column gaps, page marker, running footer), 5 (all-caps place line),
        # 14 (``PRESSEMITTEILUNG`` → category), 15 (``Zensus 2011``, ``2025/26``), 16 (dehyphenation)
        "id": "g41-pdf-briefkopf-statistik", "template": "raw", "suffix": "txt",
        "doc": """Statistisches Landesamt Sachsen-Anhalt                                PRESSEMITTEILUNG
Merseburger Straße 2 · 06110 Halle (Saale)                               Nr. 114/2023


                                                                  Halle (Saale), 12.09.2023


Weniger Gäste in den Kurorten des Harzes als vor der Pandemie
Übernachtungszahlen erreichen im ersten Halbjahr erst 92 Prozent des Wertes von
2019

Die Beherbergungsbetriebe im Harz haben im ersten Halbjahr 2023 rund 1,9 Millionen Übernachtungen
gezählt. Grundlage der Hochrechnung ist der Zensus 2011. Für die Saison 2025/26 erwarten die
Betriebe wieder mehr Gäste aus dem Aus-
land, wie das Landesamt mitteilt.

                                      - 2 -

Die Zahlen werden im Statistischen Bericht G IV im Oktober 2023 veröffentlicht.

Statistisches Landesamt Sachsen-Anhalt – Pressemitteilung 114/2023                Seite 2 von 2
""",
        "title": "Weniger Gäste in den Kurorten des Harzes als vor der Pandemie",
        "subtitle": "Übernachtungszahlen erreichen im ersten Halbjahr erst 92 Prozent des Wertes von 2019",
        "kicker": None, "date": "2023-09-12", "place": "Halle (Saale)", "categories": ["Pressemitteilung"],
        "mentioned_dates": ["2019", "2023", "2023-10", "2025", "2026"],
        "body_must_contain": ["mehr Gäste aus dem Ausland", "Die Beherbergungsbetriebe im Harz"],
        "body_must_not_contain": ["Merseburger Straße", "Seite 2 von 2", "- 2 -", "Nr. 114/2023"],
    },
    {
        # classes 1 (newsletter furniture before the headline), 2 (body name + ``Pressemitteilung`` above the
        # headline → kicker), 14 (all-caps category), 16 (address footer)
        "id": "g42-newsletter-verband", "template": "raw", "suffix": "txt",
        "doc": """VERBANDS-NEWSLETTER | Ausgabe 9/2023
Sie erhalten diesen Newsletter, weil Sie ihn auf unserer Website abonniert haben.

============================================================

Thüringischer Landkreistag e. V.
PRESSEMITTEILUNG

Landkreise fordern verlässliche Finanzierung der Schülerbeförderung

Erfurt, 5. Oktober 2023 – Die Thüringer Landkreise haben das Land aufgefordert, die Kosten der
Schülerbeförderung vollständig zu erstatten. Die Ausgaben seien seit dem Jahr 2020 um fast ein Drittel gestiegen.

Der Vorstand berät das Thema erneut am 14. November 2023.

============================================================
Thüringischer Landkreistag · Richard-Breslau-Straße 14 · 99094 Erfurt
Newsletter abbestellen | Impressum
""",
        "title": "Landkreise fordern verlässliche Finanzierung der Schülerbeförderung",
        "subtitle": None, "kicker": "Thüringischer Landkreistag e. V.", "date": "2023-10-05", "place": "Erfurt",
        "categories": ["Pressemitteilung"], "mentioned_dates": ["2020", "2023-11-14"],
        "body_must_contain": ["Die Thüringer Landkreise haben das Land aufgefordert"],
        "body_must_not_contain": ["Newsletter", "Ausgabe 9/2023", "Richard-Breslau-Straße", "Thüringischer Landkreistag"],
    },
    {
        # classes 2 and 4 (pipe metadata line with body | category | date; ``Nr. … | date | office``),
        # 14 (topical overline ``Umwelt`` above the headline → kicker)
        "id": "g43-pipe-kopfzeile-overline", "template": "raw", "suffix": "txt",
        "doc": """Nr. 52/2024 | 19.03.2024 | SMUL

Umwelt

Neue Messstellen für das Grundwasser im Vogtland

Drei Dachzeilen stehen hier nicht; die Meldung beginnt ohne Ortsmarke. Das Land richtet im Vogtland zwölf neue Messstellen ein, die ab Mai 2024 Daten liefern.
""",
        "title": "Neue Messstellen für das Grundwasser im Vogtland", "subtitle": None, "kicker": "Umwelt",
        "date": "2024-03-19", "place": None, "categories": [], "mentioned_dates": ["2024-05"],
        "body_must_contain": ["Das Land richtet im Vogtland"],
        "body_must_not_contain": ["Nr. 52/2024", "SMUL"],
    },
    {
        # classes 2 and 4 (metadata line: body | category | date), 5 (slash dateline of two places)
        "id": "g44-einsatzbericht-kopfzeile", "template": "raw", "suffix": "txt",
        "doc": """Feuerwehr Magdeburg | Einsatzmeldungen | 02.02.2024

Gemeinsame Übung: Wehren aus zwei Städten proben den Ernstfall

Magdeburg/Schönebeck (Elbe) – Mehr als 80 Einsatzkräfte aus beiden Städten haben am Samstag an der Elbe
eine gemeinsame Großübung absolviert. Geübt wurde die Rettung von Personen aus einem havarierten Fahrgastschiff.
""",
        "title": "Gemeinsame Übung: Wehren aus zwei Städten proben den Ernstfall", "subtitle": None, "kicker": None,
        "date": "2024-02-02", "place": "Magdeburg/Schönebeck (Elbe)", "categories": ["Einsatzmeldungen"],
        "mentioned_dates": [],
        "body_must_contain": ["Mehr als 80 Einsatzkräfte aus beiden Städten haben am Samstag an der Elbe eine"],
        "body_must_not_contain": ["Einsatzmeldungen | 02.02.2024"],
    },
    {
        # classes 3 (no <h1>: site name in the page head, ``<br><br>`` paragraphs, footer date, ``Stand:``),
        # 5 (all-caps dateline → usual capitalisation), 16 (source line breaks inside a paragraph)
        "id": "g45-html-ohne-h1-fusszeile", "template": "raw", "suffix": "html",
        "doc": """<html><head><meta charset="utf-8"><title>Markt Garmisch-Partenkirchen - Neue Loipe</title></head>
<body><table><tr><td id="kopf"><a href="/">Markt Garmisch-Partenkirchen</a></td></tr>
<tr><td id="inhalt"><font size="2">
<b><font size="4">Neue Loipe am Kranzberg freigegeben</font></b><br><br>
GARMISCH-PARTENKIRCHEN. Der Markt hat am Wochenende eine neue Loipe am Kranzberg
freigegeben. Die Strecke ist sieben Kilometer lang und wird täglich
gespurt.<br><br>
Die Loipe ist bis Ende März 2024 geöffnet, sofern genug Schnee liegt.<br><br>
</font></td></tr>
<tr><td id="fuss">Pressemitteilung vom 08.01.2024 | Stand: 09.01.2024 | Markt Garmisch-Partenkirchen,
Rathausplatz 1, 82467 Garmisch-Partenkirchen</td></tr></table></body></html>
""",
        "title": "Neue Loipe am Kranzberg freigegeben", "subtitle": None, "kicker": None,
        "date": "2024-01-08", "place": "Garmisch-Partenkirchen", "mentioned_dates": ["2024-03"],
        "body_must_contain": ["Die Strecke ist sieben Kilometer lang und wird täglich gespurt."],
        "body_must_not_contain": ["Stand: 09.01.2024", "Rathausplatz 1", "Pressemitteilung vom"],
    },
]
