"""Gold specs for the open items after the fifth blind run (tests/gold_blind5): a sender line naming the
body's head (``… – Der Amtsdirektor – Pressestelle``) is letterhead, not the headline; an overline on the
line above a dump's headline and subtitle is the kicker. New wording, invented people, real places only as
places."""

from _build import sp

SPECS_BLIND5RUN = [
    {
        # a mailed release: type label, a sender line (body – its head – press office), a ``Place, den date``
        # line, then headline and subtitle on two lines
        "id": "g58-dump-absenderzeile-amtsdirektor", "template": "raw", "suffix": "txt",
        "doc": """PRESSEINFORMATION 12/2025

Amt Gransee und Gemeinden – Der Amtsdirektor – Pressestelle

Gransee, den 11.03.2025

Bücherbus hält künftig in allen Dörfern
Neuer Fahrplan gilt ab dem Frühjahr

Gransee. Der Bücherbus des Amtes fährt ab dem 1. April 2025 alle Dörfer des Amtsbereichs an. Bisher hielt er nur in sechs Orten.

„Gerade für ältere Leserinnen und Leser ist der Weg in die Stadt oft zu weit“, sagt Amtsdirektor Henning Lauterbach.
""",
        "title": "Bücherbus hält künftig in allen Dörfern",
        "subtitle": "Neuer Fahrplan gilt ab dem Frühjahr", "kicker": None,
        "date": "2025-03-11", "place": "Gransee", "mentioned_dates": ["2025-04-01"],
        "speakers": [
            sp("Henning Lauterbach", None, "Henning", "Lauterbach", "Amtsdirektor", None,
               "Gerade für ältere Leserinnen und Leser ist der Weg in die Stadt oft zu weit"),
        ],
        "member_lists": [],
        "body_must_contain": ["Der Bücherbus des Amtes fährt"],
        "body_must_not_contain": ["Der Amtsdirektor – Pressestelle", "Bücherbus hält künftig"],
    },
    {
        # a ministry's dump: overline, headline (opening with a figure) and subtitle in one block of three
        # lines under the header block
        "id": "g59-dump-overline-dreizeilig", "template": "raw", "suffix": "txt",
        "doc": """Ministerium für Infrastruktur und Landesplanung
Pressemitteilung Nr. 112/2024 | 02.07.2024

Verkehr
38 Bahnhöfe werden barrierefrei
Land und Bahn einigen sich auf Ausbauprogramm

Potsdam – Das Land und die Bahn bauen bis 2030 insgesamt 38 kleinere Bahnhöfe barrierefrei aus. Die ersten Arbeiten beginnen im Herbst.

Die Liste der Stationen wird im August veröffentlicht.
""",
        "title": "38 Bahnhöfe werden barrierefrei",
        "subtitle": "Land und Bahn einigen sich auf Ausbauprogramm", "kicker": "Verkehr",
        "categories": ["Pressemitteilung"],
        "date": "2024-07-02", "place": "Potsdam", "mentioned_dates": ["2030"],
        "speakers": [],
        "member_lists": [],
        "body_must_contain": ["Das Land und die Bahn bauen bis 2030"],
        "body_must_not_contain": ["Verkehr 38", "Ausbauprogramm"],
    },
    {
        # no publication date is stated: the first date of a range leaves its year to the second
        # (``vom 14. April bis zum 2. Mai 2025``), both ends are dated to the day
        "id": "g60-dump-zeitraum-ohne-jahr", "template": "raw", "suffix": "txt",
        "doc": """Radweg an der L 21 wird erneuert

Oranienburg. Der Radweg an der Landesstraße L 21 zwischen Germendorf und Eden wird vom 14. April bis zum 2. Mai 2025 erneuert. Radfahrer werden über Feldwege umgeleitet.

Die Arbeiten kosten rund 310.000 Euro.
""",
        "title": "Radweg an der L 21 wird erneuert", "subtitle": None,
        "date": None, "place": "Oranienburg", "mentioned_dates": ["2025-04-14", "2025-05-02"],
        "speakers": [],
        "member_lists": [],
        "body_must_contain": ["Der Radweg an der Landesstraße L 21"],
        "body_must_not_contain": [],
    },
    {
        # a role before a name joined by ``und`` to a second person: the role belongs to the first name;
        # the quote follows later by surname
        "id": "g61-dump-rolle-vor-name-und", "template": "raw", "suffix": "txt",
        "doc": """Schulcampus erhält Solardach

Eberswalde. Bürgermeisterin Jana Wolters und Dr. Falk Rehberg, Geschäftsführer der Stadtwerke Eberswalde, haben am Dienstag den Vertrag für ein Solardach auf dem Schulcampus unterzeichnet.

„Die Schule wird damit zum kleinen Kraftwerk für das ganze Viertel“, sagte Wolters.

Die Anlage soll im Herbst 2025 in Betrieb gehen.
""",
        "title": "Schulcampus erhält Solardach", "subtitle": None,
        "date": None, "place": "Eberswalde", "mentioned_dates": ["2025"],
        "speakers": [
            sp("Jana Wolters", None, "Jana", "Wolters", "Bürgermeisterin", None,
               "Die Schule wird damit zum kleinen Kraftwerk für das ganze Viertel"),
        ],
        "member_lists": [],
        "body_must_contain": ["haben am Dienstag den Vertrag"],
        "body_must_not_contain": [],
    },
    {
        # a paragraph of nothing but a quotation, right after a paragraph closed by a speaker's attributed
        # quote, continues that speaker
        "id": "g62-dump-zitatabsatz-fortsetzung", "template": "raw", "suffix": "txt",
        "doc": """Feuerwehr erhält neues Löschfahrzeug

Luckau. Landrat Bernd Hollack hat am Freitag ein neues Löschfahrzeug an die Freiwillige Feuerwehr Luckau übergeben.

„Die Kameradinnen und Kameraden leisten jedes Jahr Hunderte Einsätze. Sie verdienen gute Technik“, sagte Hollack.

„Wir werden auch die kleineren Wehren nicht vergessen.“

Das Fahrzeug kostete rund 450.000 Euro.
""",
        "title": "Feuerwehr erhält neues Löschfahrzeug", "subtitle": None,
        "date": None, "place": "Luckau", "mentioned_dates": [],
        "speakers": [
            sp("Bernd Hollack", None, "Bernd", "Hollack", "Landrat", None,
               "Die Kameradinnen und Kameraden leisten jedes Jahr Hunderte Einsätze. Sie verdienen gute Technik",
               "Wir werden auch die kleineren Wehren nicht vergessen."),
        ],
        "member_lists": [],
        "body_must_contain": ["Das Fahrzeug kostete rund 450.000 Euro."],
        "body_must_not_contain": [],
    },
]
