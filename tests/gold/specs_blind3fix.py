"""Gold specs for the failure classes 6-13 of the second blind run (tests/gold_blind2), third pass: new wording,
invented people, real places only as places/members."""

from _build import sp

SPECS_BLIND3FIX = [
    {
        # classes 6 (``vom …`` affiliation → organisation, no role), 7 (quote after a sentence whose subject is a
        # named person with apposition), 9 (comma enumeration inside a ``für …`` name; genitive → nominative),
        # 10 (occupation before the name carried to a surname attribution), breadcrumb rule vs. ``2023/24``
        "id": "g46-streuobst-zuordnung", "template": "raw", "suffix": "txt",
        "doc": '# Neue Streuobstwiese am Ortsrand von Ziesar\n\nZiesar, 14.05.2024 – Auf einer Fläche von zwei Hektar sind am Sonnabend 120 Obstbäume gepflanzt worden. Der Landkreis hat die Pflanzung im Schuljahr 2023/24 mit zwei Schulklassen vorbereitet, die Pflege übernimmt der Heimatverein.\n\n„Alte Sorten sind robuster, als viele denken. Wir haben Äpfel, Birnen und Quitten ausgewählt, die hier seit Jahrhunderten wachsen“, sagt Dr. Katrin Olschewski vom Pomologen-Verein Brandenburg, die die Pflanzung fachlich begleitet.\n\nHolger Tiedtke, Vorsitzender des Heimatvereins Ziesar, lobte den Einsatz der Helfer. „Ohne die vielen Freiwilligen hätten wir das an einem Tag nicht geschafft.“\n\nImker Falko Drewnitz aus Ziesar stellt im Sommer zehn Bienenvölker an den Rand der Wiese.\n\n„Eine blühende Obstwiese ist für Bienen ein gedeckter Tisch. Das merkt man am Honig“, sagte Drewnitz. Die Fläche gehört der Stadt.\n\n„Streuobstwiesen gehören zu den artenreichsten Lebensräumen in Mitteleuropa. Deshalb fördern wir solche Projekte gern“, erklärte Dr. Silke Brommund, Abteilungsleiterin im Ministerium für Landwirtschaft, Umwelt und Klimaschutz.\n',
        "title": "Neue Streuobstwiese am Ortsrand von Ziesar", "subtitle": None, "kicker": None,
        "date": "2024-05-14", "place": "Ziesar", "mentioned_dates": ["2023", "2024"],
        "speakers": [
            sp("Dr. Katrin Olschewski", "Dr.", "Katrin", "Olschewski", None, "Pomologen-Verein Brandenburg",
               "Alte Sorten sind robuster, als viele denken. Wir haben Äpfel, Birnen und Quitten ausgewählt, die "
               "hier seit Jahrhunderten wachsen"),
            sp("Holger Tiedtke", None, "Holger", "Tiedtke", "Vorsitzender des Heimatvereins Ziesar", "Heimatverein Ziesar",
               "Ohne die vielen Freiwilligen hätten wir das an einem Tag nicht geschafft."),
            sp("Falko Drewnitz", None, "Falko", "Drewnitz", "Imker", None,
               "Eine blühende Obstwiese ist für Bienen ein gedeckter Tisch. Das merkt man am Honig"),
            sp("Dr. Silke Brommund", "Dr.", "Silke", "Brommund",
               "Abteilungsleiterin im Ministerium für Landwirtschaft, Umwelt und Klimaschutz",
               "Ministerium für Landwirtschaft, Umwelt und Klimaschutz",
               "Streuobstwiesen gehören zu den artenreichsten Lebensräumen in Mitteleuropa. Deshalb fördern wir "
               "solche Projekte gern"),
        ],
        "body_must_contain": ["im Schuljahr 2023/24 mit zwei Schulklassen vorbereitet"],
        "body_must_not_contain": [],
    },
    {
        # classes 8 (two quote-only paragraphs after ``Dazu erklärt …:``), 9 (``des Niedersächsischen …tages`` →
        # nominative), 11 (interview answers ``Name: …`` after question lines), 13 (two lists under their own
        # heading lines; ``Flecken``/``Samtgemeinde`` prefixes); the dateline date is not cut into a year
        "id": "g47-statement-interview-listen", "template": "raw", "suffix": "txt",
        "doc": '# Wasserverband Stade nimmt zwei Gemeinden auf\n\nStade, 03.06.2024 – Der Wasserverband Stade wächst zum 1. Januar 2024 um zwei Mitgliedsgemeinden. Die Verbandsversammlung hat den Beitritten einstimmig zugestimmt.\n\nDazu erklärt die Geschäftsführerin des Niedersächsischen Wasserverbandstages, Regina Pfefferkorn:\n\n„Kleine Gemeinden können die Kosten für neue Leitungen allein kaum noch stemmen. Der Verband verteilt die Lasten auf viele Schultern.“\n\n„Wir rechnen damit, dass bis 2030 weitere Gemeinden folgen werden.“\n\nGründungsmitglieder:\n\n- Flecken Harsefeld\n- Samtgemeinde Fredenbeck\n- Gemeinde Drochtersen\n\nNeu aufgenommen zum 1. Januar 2024:\n\n- Samtgemeinde Apensen\n- Gemeinde Jork\n\nDrei Fragen an Ulf Karstädt\n\nWas ändert sich für die Haushalte?\n\nKarstädt: Zunächst gar nichts. Die Preise bleiben bis Ende 2025 stabil, danach rechnen wir mit einer moderaten Anpassung.\n\nWann beginnen die Bauarbeiten?\n\nKarstädt: Die ersten Leitungen verlegen wir im Herbst. Bis zum Jahresende sollen drei Kilometer fertig sein.\n',
        "title": "Wasserverband Stade nimmt zwei Gemeinden auf", "subtitle": None, "kicker": None,
        "date": "2024-06-03", "place": "Stade", "mentioned_dates": ["2024-01-01", "2025", "2030"],
        "speakers": [
            sp("Regina Pfefferkorn", None, "Regina", "Pfefferkorn",
               "Geschäftsführerin des Niedersächsischen Wasserverbandstages", "Niedersächsischer Wasserverbandstag",
               "Kleine Gemeinden können die Kosten für neue Leitungen allein kaum noch stemmen. Der Verband verteilt "
               "die Lasten auf viele Schultern.",
               "Wir rechnen damit, dass bis 2030 weitere Gemeinden folgen werden."),
            sp("Ulf Karstädt", None, "Ulf", "Karstädt", None, None,
               "Zunächst gar nichts. Die Preise bleiben bis Ende 2025 stabil, danach rechnen wir mit einer moderaten "
               "Anpassung.",
               "Die ersten Leitungen verlegen wir im Herbst. Bis zum Jahresende sollen drei Kilometer fertig sein."),
        ],
        "member_lists": [
            {"label": "Gründungsmitglieder", "members": [
                {"name": "Harsefeld", "kind": "Gemeinde"}, {"name": "Fredenbeck", "kind": "Verband"},
                {"name": "Drochtersen", "kind": "Gemeinde"}]},
            {"label": "Neu aufgenommen zum 1. Januar 2024", "members": [
                {"name": "Apensen", "kind": "Verband"}, {"name": "Jork", "kind": "Gemeinde"}]},
        ],
        "body_must_contain": ["Der Wasserverband Stade wächst zum 1. Januar 2024"],
        "body_must_not_contain": [],
    },
]
