"""Gold specs for the failure classes found on the fourth held-out real sample (Berlin releases kept
outside the repository): a surname that is also a role noun (``so Richter``), a quotation opened in
English and closed in German style (``“…“``), a quote after ``und ergänzt`` without a colon, a speaker
named after the verb of a state clause (``ist X beeindruckt:``) and a surname spelled two ways.
New wording, invented people, real places only as places."""

from _build import sp

SPECS_REAL4FIX = [
    {
        "id": "g83-dump-tourismus-richter", "template": "raw", "suffix": "txt",
        "doc": (
            "Südost-Bezirke werben gemeinsam um Tagesgäste\n\n"
            "18.03.2025\n\n"
            "Vier Bezirke im Südosten Berlins bündeln ihre Werbung für Ausflüge vor der Haustür. „Wir zeigen, "
            "was direkt um die Ecke liegt.“ so Konrad Richter, Geschäftsführer des Tourismusvereins "
            "Treptow-Köpenick und ergänzt „gerade die Wasserlagen sind bei vielen noch unbekannt.“ Eine neue "
            "Broschüre erscheint im Mai 2025. “Jeder zehnte Berliner mehr im Bezirk bringt Millionen für "
            "Gastronomie und Handel.“ meint Sabina Ohlendorf, Bezirksbürgermeisterin von Treptow-Köpenick. "
            "Auch Hotels und Pensionen sind dabei. „Nachhaltige Angebote werden immer wichtiger.“ so Richter "
            "und wünscht sich mehr Mut zu neuen Ideen.\n\n"
            "Die Bezirksstadträtin für Soziales, Aylin Marquardt-Öz, besuchte zum Auftakt einen Ausflugsbetrieb "
            "in Grünau. Von der Familie Rademacher und ihrer Arbeit seit drei Generationen ist Aylin "
            "Marquardt-Öz beeindruckt: „Hier zeigt sich, wie viel Herzblut im kleinen Tourismus steckt.“\n\n"
            "Der Bezirksstadtrat für Wirtschaft, Till Hoffmeyer, informiert: Nach langer Planung fand am Montag "
            "der Start des Förderprogramms im Rathaus statt: „Wir wollen die kleinen Betriebe gezielt stärken.“ „Ich danke allen Partnern für die gute "
            "Zusammenarbeit!“, so Bezirksstadtrat Till Hofmeyer.\n"
        ),
        "title": "Südost-Bezirke werben gemeinsam um Tagesgäste",
        "date": "2025-03-18", "place": None, "categories": [],
        "mentioned_dates": ["2025-05"],
        "speakers": [
            sp("Konrad Richter", None, "Konrad", "Richter", "Geschäftsführer des Tourismusvereins Treptow-Köpenick",
               "Tourismusverein Treptow-Köpenick",
               "Wir zeigen, was direkt um die Ecke liegt.",
               "gerade die Wasserlagen sind bei vielen noch unbekannt.",
               "Nachhaltige Angebote werden immer wichtiger."),
            sp("Sabina Ohlendorf", None, "Sabina", "Ohlendorf", "Bezirksbürgermeisterin von Treptow-Köpenick",
               "Bezirksamt Treptow-Köpenick",
               "Jeder zehnte Berliner mehr im Bezirk bringt Millionen für Gastronomie und Handel."),
            sp("Aylin Marquardt-Öz", None, "Aylin", "Marquardt-Öz", "Bezirksstadträtin für Soziales", None,
               "Hier zeigt sich, wie viel Herzblut im kleinen Tourismus steckt."),
            sp("Till Hoffmeyer", None, "Till", "Hoffmeyer", "Bezirksstadtrat für Wirtschaft", None,
               "Wir wollen die kleinen Betriebe gezielt stärken.",
               "Ich danke allen Partnern für die gute Zusammenarbeit!"),
        ],
    },
]

SPECS_REAL4FIX += [
    {
        # the fifth real sample's classes: a full name only in the headline, an inverted subject before
        # ``und freut sich:``, a Textile quotation closed by ``…, so die Bezirksbürgermeisterin.``, an
        # introduced quote left open before the next speaker, a nested quote closed by one mark, an ordinal
        # role, ``e. V.:``, ``stellv.``, an abbreviated body written out, a district after ``für …``
        "id": "g84-dump-boot-stadtrat-titel", "template": "raw", "suffix": "txt",
        "doc": (
            "Bezirksstadtrat Jonas Pferdmenges übergibt neues Rettungsboot\n\n"
            "12.09.2024\n\n"
            "Am Mittwoch übergab der zuständige Bezirksstadtrat Pferdmenges (SPD) das Boot an den Verein und "
            "freut sich über den Einsatz: „Nach langer Vorbereitung ist das Boot endlich im Wasser.“ Die "
            "Bezirksbürgermeisterin Henrike Albers bittet um Unterstützung für den Verein: bq. Ehrenamt braucht "
            "Rückhalt. Jeder kann mithelfen, so die Bezirksbürgermeisterin. Das Boot ist sechs Meter lang. "
            "Lasse Grönberg, 1. Vorsitzender des Rudervereins Seddiner See e. V.: „Ohne die Spende wäre "
            "das nicht möglich gewesen.“ Marit Olsson-Kühn, stellv. Bezirksbürgermeisterin und "
            "Bezirksstadträtin für Soziales in Treptow-Köpenick: „Ich freue mich für alle Sportlerinnen und "
            "Sportler. Der Verein ist ein Aushängeschild. Tobias Reuss, Vorstand WBH: „Wir helfen gern.“ Die "
            "Wasserbau Havel AG (WBH) hat das Boot finanziert. Grußwort von Bürgermeister Anton Seliger: „Wir "
            "zeigen damit deutlich: „Niemand bleibt am Ufer zurück. Alle sind willkommen.“\n"
        ),
        "title": "Bezirksstadtrat Jonas Pferdmenges übergibt neues Rettungsboot",
        "date": "2024-09-12", "place": None, "categories": [], "mentioned_dates": [],
        "speakers": [
            sp("Jonas Pferdmenges", None, "Jonas", "Pferdmenges", "Bezirksstadtrat", None,
               "Nach langer Vorbereitung ist das Boot endlich im Wasser."),
            sp("Henrike Albers", None, "Henrike", "Albers", "Bezirksbürgermeisterin", None,
               "Ehrenamt braucht Rückhalt. Jeder kann mithelfen"),
            sp("Lasse Grönberg", None, "Lasse", "Grönberg", "1. Vorsitzender des Rudervereins Seddiner See e. V.",
               "Ruderverein Seddiner See e. V.", "Ohne die Spende wäre das nicht möglich gewesen."),
            sp("Marit Olsson-Kühn", None, "Marit", "Olsson-Kühn",
               "stellv. Bezirksbürgermeisterin und Bezirksstadträtin für Soziales in Treptow-Köpenick",
               "Bezirksamt Treptow-Köpenick",
               "Ich freue mich für alle Sportlerinnen und Sportler. Der Verein ist ein Aushängeschild."),
            sp("Tobias Reuss", None, "Tobias", "Reuss", "Vorstand WBH", "Wasserbau Havel AG", "Wir helfen gern."),
            sp("Anton Seliger", None, "Anton", "Seliger", "Bürgermeister", None,
               "Wir zeigen damit deutlich: „Niemand bleibt am Ufer zurück. Alle sind willkommen."),
        ],
        "body_must_contain": ["Ehrenamt braucht Rückhalt. Jeder kann mithelfen, so die Bezirksbürgermeisterin."],
        "body_must_not_contain": ["bq."],
    },
]

SPECS_REAL4FIX += [
    {
        # the sixth real sample's classes (Berlin): a genitive district after ``und``, an apposition after a
        # semicolon, a list of role-name pairs with a lowercase brand's office, a district named without
        # ``von``, the Regierende Bürgermeister's first office, an occasion after the role, a body written out
        # past ``für``, a district's ``Stadtrat`` and a second person after ``und Dr.``
        "id": "g85-dump-berlin-rollen", "template": "raw", "suffix": "txt",
        "doc": (
            "Schülertriathlon und neue Musikschule in Berlin\n\n"
            "21.06.2023\n\n"
            "Zum Auftakt sprachen die Staatssekretärin Vera Lindholm und Neuköllns Bezirksbürgermeister Jannik "
            "Saalfeld. „Sport verbindet die Kieze“, so Jannik Saalfeld. „Unsere Musikschule wächst“, erklärt "
            "Harald Frieske; Leiter der Musikschule Neukölln. Bezirksbürgermeister Jannik Saalfeld, "
            "wohnbau-Vorstand Sandra Wiegmann, Bezirksstadträtin für Bildung und Sport, Karin Kortmann, und "
            "der Landestrainer begrüßten die Teams. wohnbau-Vorstand Sandra Wiegmann: „Ein gutes Miteinander "
            "ist uns wichtig.“ Bezirksstadträtin Karin Kortmann: „Jede Schule macht mit.“ Oskar Igelmann, "
            "Bezirksbürgermeister Treptow-Köpenick: „Wir sind gern Gastgeber.“ „Berlin ist eine Sportstadt“, "
            "sagte Moritz Möller, Regierender Bürgermeister von Berlin und Senator für Wissenschaft und "
            "Forschung. „Der Plan ist gut“, sagte Christoph Gräbner, Bezirksstadtrat für Wirtschaft "
            "anlässlich der Änderung der Planungsziele. „Tiere brauchen Schutz“, sagte Sieglinde Stasch, "
            "Vorsitzende des TVB. Der Tierschutzverein für Berlin (TVB) betreibt das Tierheim. „Wir bauen "
            "Radwege“, sagte Charlottenburg-Wilmersdorfs Stadtentwicklungsstadtrat Olaf Schrödinger. „Das "
            "Stadion bleibt offen“, sagte Gerd Lemke, Bezirksbürgermeister von Marzahn-Hellersdorf und "
            "Dr. Thorsten Kühl, Sportstadtrat.\n"
        ),
        "title": "Schülertriathlon und neue Musikschule in Berlin",
        "date": "2023-06-21", "place": None, "categories": [], "mentioned_dates": [],
        "speakers": [
            sp("Jannik Saalfeld", None, "Jannik", "Saalfeld", "Neuköllns Bezirksbürgermeister", "Bezirksamt Neukölln",
               "Sport verbindet die Kieze"),
            sp("Harald Frieske", None, "Harald", "Frieske", "Leiter der Musikschule Neukölln", "Musikschule Neukölln",
               "Unsere Musikschule wächst"),
            sp("Sandra Wiegmann", None, "Sandra", "Wiegmann", "wohnbau-Vorstand", "wohnbau",
               "Ein gutes Miteinander ist uns wichtig."),
            sp("Karin Kortmann", None, "Karin", "Kortmann", "Bezirksstadträtin für Bildung und Sport", None,
               "Jede Schule macht mit."),
            sp("Oskar Igelmann", None, "Oskar", "Igelmann", "Bezirksbürgermeister Treptow-Köpenick",
               "Bezirksamt Treptow-Köpenick", "Wir sind gern Gastgeber."),
            sp("Moritz Möller", None, "Moritz", "Möller",
               "Regierender Bürgermeister von Berlin und Senator für Wissenschaft und Forschung", "Senatskanzlei",
               "Berlin ist eine Sportstadt"),
            sp("Christoph Gräbner", None, "Christoph", "Gräbner", "Bezirksstadtrat für Wirtschaft", None,
               "Der Plan ist gut"),
            sp("Sieglinde Stasch", None, "Sieglinde", "Stasch", "Vorsitzende des TVB", "Tierschutzverein für Berlin",
               "Tiere brauchen Schutz"),
            sp("Olaf Schrödinger", None, "Olaf", "Schrödinger", "Charlottenburg-Wilmersdorfs Stadtentwicklungsstadtrat",
               "Bezirksamt Charlottenburg-Wilmersdorf", "Wir bauen Radwege"),
            sp("Gerd Lemke", None, "Gerd", "Lemke", "Bezirksbürgermeister von Marzahn-Hellersdorf",
               "Bezirksamt Marzahn-Hellersdorf", "Das Stadion bleibt offen"),
        ],
    },
]
