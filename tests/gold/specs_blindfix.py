"""Gold specs for the failure classes of the first blind run (tests/gold_blind): new wording, invented people."""

from _build import sp

SPECS_BLINDFIX = [
    {
        # classes 1, 2, 5 (header line = publisher), 7, 10, 12 (colon, quote in next paragraph), 13 (possessive), 14, 15
        "id": "g39-dump-kopfzeile-kreisstrasse", "template": "raw", "suffix": "txt",
        "doc": """Landkreis Oberhavel – Pressemitteilung

Kreisstraße bei Liebenwalde wird saniert
Bauarbeiten beginnen nach den Sommerferien

Oranienburg, 4. Mai 2022 – Der Landkreis saniert die Kreisstraße zwischen Liebenwalde und Zehdenick. Das Amt Gransee und Gemeinden mit seinen Gemeinden Großwoltersdorf, Schönermark und Sonnenberg wird über die Umleitungen informiert.

Baudezernentin Marlene Okonkwo stellte die Pläne im Ausschuss vor. „Die Straße ist seit Jahren in einem schlechten Zustand“, so Okonkwo.

Der stellvertretende Amtsdirektor Rüdiger Falkenhain, Ortsvorsteher des Ortsteils Zernikow, hatte im Ausschuss für die Sanierung geworben:

„Unsere Pendler warten seit Langem darauf. Wir sind froh, dass es endlich losgeht.“

Die Arbeiten sollen im dritten Quartal 2022 abgeschlossen sein; die Förderung war dem Kreis 2019 zugesagt worden.

Ihre Ansprechpartnerin
Pressestelle, Telefon 03301 601-0

Mehr zum Thema
Radweg nach Zehdenick freigegeben
""",
        "title": "Kreisstraße bei Liebenwalde wird saniert", "subtitle": "Bauarbeiten beginnen nach den Sommerferien",
        "publisher": "Landkreis Oberhavel", "date": "2022-05-04", "place": "Oranienburg",
        "speakers": [
            sp("Marlene Okonkwo", None, "Marlene", "Okonkwo", "Baudezernentin", None,
               "Die Straße ist seit Jahren in einem schlechten Zustand"),
            sp("Rüdiger Falkenhain", None, "Rüdiger", "Falkenhain", "Ortsvorsteher des Ortsteils Zernikow", "Ortsteil Zernikow",
               "Unsere Pendler warten seit Langem darauf. Wir sind froh, dass es endlich losgeht."),
        ],
        "member_lists": [{"label": "Gemeinden des Amtes", "members": [
            {"name": "Großwoltersdorf", "kind": "Gemeinde"}, {"name": "Schönermark", "kind": "Gemeinde"},
            {"name": "Sonnenberg", "kind": "Gemeinde"}]}],
        "mentioned_dates": ["2019", "2022"],
        "body_must_contain": ["Der Landkreis saniert die Kreisstraße"],
        "body_must_not_contain": ["Mehr zum Thema", "Radweg nach Zehdenick", "Ansprechpartnerin", "Pressemitteilung"],
    },
    {
        # classes 3 (``Ort.``), 4 (date span beside the number), 5 (JSON-LD), 6 (rel=category), 8 (party, genitive place),
        # 9 (role phrase, comma, title + name), 11 (Industrie- und Handelskammer), 12 (paraphrase after colon;
        # quote over two paragraphs), 13 (``gehören alle … an:``), 14 (link line at the end), 15 (banner, nouns + year)
        "id": "g40-html-aerztehaus", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ärztehaus | Stadt Schwedt/Oder</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","publisher":{"@type":"Organization","name":"Stadt Schwedt/Oder"}}</script></head>
<body><div class="banner">Heute: Dienstag, 7. März 2023</div>
<main><article>
<p class="pm-meta">Pressemitteilung Nr. 41 <span class="date">Montag, 6. März 2023</span></p>
<h1>Neues Ärztehaus am Stadtpark eröffnet</h1>
<div class="teaser-text"><p>Sechs Praxen unter einem Dach</p></div>
<p>Schwedt/Oder. Im Stadtpark hat am Montag das neue Ärztehaus eröffnet. Schwedts Bürgermeisterin Dr. Annelie Grubbe-Sorensen (parteilos) übergab den Schlüssel an die Betreiber.</p>
<p>„Ein Ärztehaus ist für eine Stadt unserer Größe kein Luxus, sondern Grundversorgung“, sagte Grubbe-Sorensen.</p>
<p>Der Vizepräsident der Industrie- und Handelskammer Ostbrandenburg, Hartwig Dobberstein, lobte das Projekt: Die Stadt habe schnell gehandelt. „Solche Projekte halten junge Familien in der Region.“</p>
<p>„Wir haben lange nach passenden Räumen gesucht. Die Patientinnen und Patienten kommen aus dem ganzen Umland.</p>
<p>„Jetzt können wir endlich Termine innerhalb einer Woche anbieten“, sagte die Sprecherin der Praxisgemeinschaft, Fachärztin Ilona Wendtland-Roos aus Angermünde.</p>
<p>Dem Gesundheitsnetz Uckermark gehören alle fünf Städte an: Angermünde, Prenzlau, Schwedt/Oder, Templin und Brüssow.</p>
<p>Die Stadt hatte den Bau 2020 beschlossen, die Eröffnung war für die Saison 2022 geplant.</p>
<p>Drucken | zur Übersicht</p>
<footer class="entry-footer">Veröffentlicht in <a href="/c/gesundheit" rel="category tag">Gesundheit</a>, <a href="/c/stadtleben" rel="category tag">Stadtleben</a></footer>
</article></main>
<aside><h2>Sprechzeiten</h2><p>Montag 9 - 12 Uhr</p></aside></body></html>""",
        "title": "Neues Ärztehaus am Stadtpark eröffnet", "subtitle": "Sechs Praxen unter einem Dach", "kicker": None,
        "publisher": "Stadt Schwedt/Oder", "date": "2023-03-06", "place": "Schwedt/Oder",
        "categories": ["Gesundheit", "Stadtleben"],
        "speakers": [
            sp("Dr. Annelie Grubbe-Sorensen", "Dr.", "Annelie", "Grubbe-Sorensen", "Schwedts Bürgermeisterin", "Schwedt",
               "Ein Ärztehaus ist für eine Stadt unserer Größe kein Luxus, sondern Grundversorgung"),
            sp("Hartwig Dobberstein", None, "Hartwig", "Dobberstein", "Vizepräsident der Industrie- und Handelskammer Ostbrandenburg",
               "Industrie- und Handelskammer Ostbrandenburg", "Solche Projekte halten junge Familien in der Region."),
            sp("Ilona Wendtland-Roos", None, "Ilona", "Wendtland-Roos", "Sprecherin der Praxisgemeinschaft", "Praxisgemeinschaft",
               "Wir haben lange nach passenden Räumen gesucht. Die Patientinnen und Patienten kommen aus dem ganzen Umland. Jetzt können wir endlich Termine innerhalb einer Woche anbieten"),
        ],
        "member_lists": [{"label": "Mitglieder", "members": [
            {"name": "Angermünde", "kind": "Stadt"}, {"name": "Prenzlau", "kind": "Stadt"},
            {"name": "Schwedt/Oder", "kind": "Stadt"}, {"name": "Templin", "kind": "Stadt"},
            {"name": "Brüssow", "kind": "Stadt"}]}],
        "mentioned_dates": ["2020", "2022"],
        "body_must_contain": ["Im Stadtpark hat am Montag", "Die Stadt hatte den Bau 2020 beschlossen"],
        "body_must_not_contain": ["Heute:", "zur Übersicht", "Pressemitteilung Nr.", "Sechs Praxen", "Sprechzeiten", "Veröffentlicht in"],
    },
]
