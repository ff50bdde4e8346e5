"""Gold specs for the failure classes found on held-out real releases (a Berlin sample kept outside the
repository) and on the seventh blind set: a dump's long headline above a date line, a stray opening
quote, roles with lowercase adjectives or quoted names, ministries and Senate departments from roles,
``von`` affiliations, month and numeric date ranges, and text-dump headers (e-mail headers, letterheads
in capitals, a ministry with its Land, joint releases, labelled categories, capital and colon overlines).
New wording, invented people, real places only as places."""

from _build import sp

SPECS_REALFIX = [
    {
        # a long headline with a colon and quotes, directly above a date-only line, text on one line
        "id": "g66-dump-titel-ueber-datum", "template": "raw", "suffix": "txt",
        "doc": (
            "Gemeinsam gegen Hitze: Bezirk startet das Projekt „Kühle Orte – Schatten für alle“\n\n"
            "03.06.2024\n\n"
            "Der Bezirk richtet bis zum Sommer zwölf kühle Orte ein. Zusammen mit dem Netzwerk „Nachbarschaft "
            "hilft und dem Seniorenbüro entsteht eine Karte der Orte. Die Orte sind von Mai bis Juli 2024 "
            "werktags geöffnet, Probeläufe gibt es am 18.06. und 19.06.2024. Kristin Oberhauser, zuständige "
            "Bezirksstadträtin, erklärt: „Niemand soll in der Hitze allein bleiben.“ Senatorin für Umwelt und "
            "Verkehr Dr. Lea Sandvoß sagte: „Die Bezirke zeigen, wie es geht.“ Paul Grabinski vom "
            "Nachbarschaftsverein Kiezleben: „Wir bringen Wasser und ein offenes Ohr mit.“ Auch die "
            "Parkleiterin der „Gärten am See“, Henrike Moll, macht mit: „Unsere Pavillons stehen allen "
            "offen.“\n"
        ),
        "title": "Gemeinsam gegen Hitze: Bezirk startet das Projekt „Kühle Orte – Schatten für alle“",
        "date": "2024-06-03", "place": None, "categories": [],
        "mentioned_dates": ["2024-05", "2024-06-18", "2024-06-19", "2024-07"],
        "speakers": [
            sp("Kristin Oberhauser", None, "Kristin", "Oberhauser", "zuständige Bezirksstadträtin", None,
               "Niemand soll in der Hitze allein bleiben."),
            sp("Dr. Lea Sandvoß", "Dr.", "Lea", "Sandvoß", "Senatorin für Umwelt und Verkehr",
               "Senatsverwaltung für Umwelt und Verkehr", "Die Bezirke zeigen, wie es geht."),
            sp("Paul Grabinski", None, "Paul", "Grabinski", None, "Nachbarschaftsverein Kiezleben",
               "Wir bringen Wasser und ein offenes Ohr mit."),
            sp("Henrike Moll", None, "Henrike", "Moll", "Parkleiterin der „Gärten am See“", "Gärten am See",
               "Unsere Pavillons stehen allen offen."),
        ],
        "body_must_contain": ["Der Bezirk richtet bis zum Sommer zwölf kühle Orte ein."],
        "body_must_not_contain": ["03.06.2024"],
    },
    {
        # a forwarded e-mail's header, issuer and type lines, a place-and-date line, a colon overline,
        # a labelled category line; a role with a verb before the comma is no role of the named person
        "id": "g67-dump-mailkopf-dachzeile", "template": "raw", "suffix": "txt",
        "doc": (
            "Von: Pressestelle Landkreis Prignitz <presse@landkreis-prignitz.invalid>\n"
            "Gesendet: Dienstag, 4. Februar 2025 10:12\n"
            "An: Presseverteiler\n"
            "Betreff: PM 12/2025 – Musikschule\n\n"
            "Landkreis Prignitz – Pressestelle\n"
            "Pressemitteilung Nr. 12/2025\n\n"
            "Perleberg, 4. Februar 2025\n\n"
            "Themen: Kultur | Bildung\n\n"
            "MUSIKSCHULE:\n"
            "Kreismusikschule eröffnet Außenstelle in Pritzwalk\n"
            "Unterricht ab März auch im Kulturhaus\n\n"
            "(Perleberg) Die Kreismusikschule unterrichtet ab März auch in Pritzwalk. Kulturdezernentin "
            "Margit Faßbender stellte die Pläne im Kulturausschuss vor.\n\n"
            "Nach der Sitzung wurde ein neuer Beirat gewählt. Die Kulturdezernentin gratulierte der neuen "
            "Vorsitzenden, Ilse Kranich, herzlich: „Mit dem Beirat haben wir erfahrene Ratgeber an unserer "
            "Seite.“\n\n"
            "Mit freundlichen Grüßen\n"
            "Jana Pieper\n"
        ),
        "title": "Kreismusikschule eröffnet Außenstelle in Pritzwalk", "kicker": "MUSIKSCHULE",
        "subtitle": "Unterricht ab März auch im Kulturhaus",
        "categories": ["Pressemitteilung", "Kultur", "Bildung"],
        "date": "2025-02-04", "place": "Perleberg",
        "speakers": [
            sp("Margit Faßbender", None, "Margit", "Faßbender", "Kulturdezernentin", None,
               "Mit dem Beirat haben wir erfahrene Ratgeber an unserer Seite."),
        ],
        "body_must_contain": ["Die Kreismusikschule unterrichtet ab März auch in Pritzwalk."],
        "body_must_not_contain": ["Gesendet:", "Betreff:", "Themen:"],
    },
    {
        # a ministry's name with lowercase adjectives over its Land, a capital overline; a letterhead in
        # capitals with its office address; a joint release
        "id": "g68-dump-ministerium-land", "template": "raw", "suffix": "txt",
        "doc": (
            "Ministerium für Wirtschaft, ländliche Entwicklung und Tourismus\n"
            "Sachsen-Anhalt\n\n"
            "PRESSEMITTEILUNG Nr. 41/2024\n"
            "Datum: 9.4.2024\n\n"
            "RADTOURISMUS\n"
            "Land fördert neue Radwege an der Saale\n\n"
            "MAGDEBURG. Das Land fördert drei neue Radwege an der Saale mit 2,4 Millionen Euro. „Die Saale "
            "ist ein Magnet für Gäste“, sagte Staatssekretär Bertold Fehling.\n"
        ),
        "title": "Land fördert neue Radwege an der Saale", "kicker": "RADTOURISMUS", "subtitle": None,
        "categories": ["Pressemitteilung"], "date": "2024-04-09", "place": "Magdeburg",
        "speakers": [
            sp("Bertold Fehling", None, "Bertold", "Fehling", "Staatssekretär", None,
               "Die Saale ist ein Magnet für Gäste"),
        ],
        "body_must_not_contain": ["Sachsen-Anhalt\n", "Nr. 41/2024"],
    },
    {
        "id": "g69-dump-gemeinsam-briefkopf", "template": "raw", "suffix": "txt",
        "doc": (
            "Gemeinsame Pressemitteilung der Stadt Templin und des Amtes Gerswalde\n\n"
            "2024-10-08\n\n"
            "Kreiswettbewerb „Grüne Schulhöfe“\n"
            "Zwei Schulen teilen sich den ersten Preis\n"
            "Jury lobt Ideen der Schülerinnen und Schüler\n\n"
            "(Templin) Den ersten Preis im Kreiswettbewerb teilen sich in diesem Jahr zwei Grundschulen. "
            "Das Preisgeld von 3.000 Euro fließt in neue Beete.\n"
        ),
        "title": "Zwei Schulen teilen sich den ersten Preis", "kicker": "Kreiswettbewerb „Grüne Schulhöfe“",
        "subtitle": "Jury lobt Ideen der Schülerinnen und Schüler",
        "categories": ["Pressemitteilung"], "date": "2024-10-08", "place": "Templin",
    },
    {
        "id": "g70-dump-briefkopf-versalien", "template": "raw", "suffix": "txt",
        "doc": (
            "ZWECKVERBAND WASSERVERSORGUNG NIEDERLAUSITZ\n"
            "Geschäftsstelle · Bahnhofstraße 3 · 03238 Finsterwalde\n\n\n"
            "PRESSEMITTEILUNG\n\n\n"
            "Neue Leitung für Sonnewalde fertig\n\n\n"
            "Finsterwalde, 14. Mai 2024 – Der Zweckverband hat die neue Trinkwasserleitung nach Sonnewalde in "
            "Betrieb genommen. Die Bauzeit betrug elf Monate.\n"
        ),
        "title": "Neue Leitung für Sonnewalde fertig", "kicker": None, "subtitle": None,
        "categories": ["Pressemitteilung"], "date": "2024-05-14", "place": "Finsterwalde",
        "body_must_not_contain": ["Geschäftsstelle", "Bahnhofstraße 3"],
    },
]
