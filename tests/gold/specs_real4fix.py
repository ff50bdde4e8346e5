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
