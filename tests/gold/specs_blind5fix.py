"""Gold specs for the open items after the third blind run (tests/gold_blind3): header blocks of text dumps
(body name, type label, issue line, place and date) above the headline, headline and subtitle on separate
lines, gazette furniture (table of contents, section labels), abstract paragraphs and overlines in HTML,
member labels from the introducing noun phrase. New wording, invented people, real places only as
members/places."""

from _build import sp

SPECS_BLIND5FIX = [
    {
        # a ministry's dump: body name, type label and a ``Place, date`` line form the header block; the
        # headline (with a colon) and its quoted subtitle stand on separate lines; a colon after the object
        # of ``begrüßte`` introduces the speaker's quote
        "id": "g51-dump-kopfblock-ministerium", "template": "raw", "suffix": "txt",
        "doc": """Ministerium für Landwirtschaft, Umwelt und Klimaschutz
Pressemitteilung
Potsdam, 09.10.2024

Moore, Wälder, Gewässer: Land startet Förderaufruf für Klimaanpassung in Kommunen
„Jede Gemeinde soll vorsorgen können“

Das Land stellt den Kommunen in den kommenden zwei Jahren 24 Millionen Euro für Maßnahmen zur Klimaanpassung bereit. Gefördert werden Entsiegelung, Regenwasserspeicher und schattige Plätze im Geschäftsjahr 2025 und darüber hinaus.

Staatssekretärin Dr. Helene Brockmöller stellte das Programm am Mittwoch vor. „Wer jetzt vorsorgt, spart später ein Vielfaches“, sagte Brockmöller.

Anträge können bis zum 31. März 2025 gestellt werden.
""",
        "title": "Moore, Wälder, Gewässer: Land startet Förderaufruf für Klimaanpassung in Kommunen",
        "subtitle": "„Jede Gemeinde soll vorsorgen können“", "kicker": None,
        "categories": ["Pressemitteilung"],
        "date": "2024-10-09", "place": "Potsdam", "mentioned_dates": ["2025", "2025-03-31"],
        "speakers": [
            sp("Dr. Helene Brockmöller", "Dr.", "Helene", "Brockmöller", "Staatssekretärin", None,
               "Wer jetzt vorsorgt, spart später ein Vielfaches"),
        ],
        "member_lists": [],
        "body_must_contain": ["Das Land stellt den Kommunen", "Anträge können bis zum 31. März 2025"],
        "body_must_not_contain": ["Pressemitteilung", "Potsdam, 09.10.2024"],
    },
    {
        # a gazette dump: its name and issue line (``Jahrgang … | Nr. … | Ausgabetag: …``) are the header, the
        # table of contents, the page marker and the ``Amtlicher Teil`` label leave the body; the label of the
        # statute's quoted ``… gehören folgende … an:`` list is a short noun; the closing quotation mark and
        # a place abbreviation's period; a ``…verband`` member is a Verband
        "id": "g52-dump-amtsblatt-inhalt", "template": "raw", "suffix": "txt",
        "doc": """Amtsblatt für das Amt Schenkenländchen
Jahrgang 19 | Nr. 7 | Ausgabetag: 5. Juli 2024

Inhalt
1. Bekanntmachung der Neufassung der Verbandssatzung des Zweckverbandes Schenkenland ... Seite 2
2. Öffnungszeiten der Amtsverwaltung im Sommer ... Seite 4

-- Seite 2 --

Amtlicher Teil

Bekanntmachung der Neufassung der Verbandssatzung des Zweckverbandes Schenkenland

Die Verbandsversammlung des Zweckverbandes Schenkenland hat am 12. Juni 2024 die Neufassung der Verbandssatzung beschlossen. Die Kommunalaufsicht hat sie mit Bescheid vom 26. Juni 2024 genehmigt.

§ 2 der Verbandssatzung lautet:
„(1) Dem Zweckverband gehören folgende Städte und Gemeinden an:
- Stadt Teupitz
- Gemeinde Groß Köris
- Gemeinde Halbe
- Gemeinde Märkisch Buchholz
- Wasser- und Bodenverband Dahme-Notte
- Gemeinde Schwerin/Meckl.“

Die Satzung tritt am Tag nach ihrer Bekanntmachung in Kraft.
""",
        "title": "Bekanntmachung der Neufassung der Verbandssatzung des Zweckverbandes Schenkenland",
        "subtitle": None, "kicker": None, "categories": [],
        "date": "2024-07-05", "place": None, "mentioned_dates": ["2024-06-12", "2024-06-26"],
        "speakers": [],
        "member_lists": [
            {"label": "Verbandsmitglieder", "members": [
                {"name": "Teupitz", "kind": "Stadt"}, {"name": "Groß Köris", "kind": "Gemeinde"},
                {"name": "Halbe", "kind": "Gemeinde"}, {"name": "Märkisch Buchholz", "kind": "Gemeinde"},
                {"name": "Wasser- und Bodenverband Dahme-Notte", "kind": "Verband"},
                {"name": "Schwerin/Meckl.", "kind": "Gemeinde"}]},
        ],
        "body_must_contain": ["Die Verbandsversammlung des Zweckverbandes Schenkenland",
                              "Die Satzung tritt am Tag nach ihrer Bekanntmachung in Kraft."],
        "body_must_not_contain": ["Seite 4", "Amtlicher Teil", "Öffnungszeiten der Amtsverwaltung",
                                  "Ausgabetag"],
    },
]
