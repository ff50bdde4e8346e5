"""Tests of the extractor: seed equals gold, gold-set F1, error handling, units per module."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from archive.record import Record
from ingest.blocks import Block
from ingest.dateline import Dateline, parse_dateline
from ingest.dates import byline_date, find_dates, leading_date
from ingest.errors import DocumentError
from ingest.evaluate import evaluate_gold_dir
from ingest.extract import extract_bytes, extract_path
from ingest.html_content import html_blocks
from ingest.names import nominative_role, organisation_of, to_nominative
from ingest.quotes import find_quotes
from ingest.speakers import find_speakers

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "dikom-konstituierung-2020-05-20.txt"
SEED_GOLD = ROOT.parent / "shared" / "gold" / "dikom-konstituierung-2020-05-20.json"
GOLD_DIR = ROOT / "tests" / "gold"


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared gold not available")
def test_seed_equals_gold() -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    rec = extract_path(SEED)
    for key in ("title", "subtitle", "kicker", "date", "place", "categories", "mentioned_dates"):
        assert getattr(rec, key) == gold[key], key
    got = [{k: v for k, v in s.to_dict().items()} for s in rec.speakers]
    assert got == gold["speakers"]
    lists = [
        {"label": m.label, "members": [{"name": x.name, "kind": x.kind} for x in m.members]}
        for m in rec.member_lists
    ]
    assert lists == gold["member_lists"]
    for s in gold["body_must_contain"]:
        assert s in rec.body
    for s in gold["body_must_not_contain"]:
        assert s not in rec.body
    assert "- Beratung im Bereich E-Government, IT-Strategie sowie der effizienten Anwendung" in rec.body
    assert rec.warnings == []


def test_gold_set_f1() -> None:
    report = evaluate_gold_dir(GOLD_DIR)
    assert len(report.documents) >= 25
    assert not report.errors
    low = {k: round(c.f1, 3) for k, c in report.fields.items() if c.f1 < 0.95}
    assert not low, report.to_text()
    assert "F1" in report.to_text() and report.to_dict()["fields"]


@pytest.mark.parametrize(
    "name", ["gold_blind", "gold_blind2", "gold_blind3", "gold_blind4", "gold_blind5", "gold_blind6"]
)
def test_blind_sets_do_not_regress(name: str) -> None:
    """Blind sets were written without reading the extractor; now they guard against regressions."""
    report = evaluate_gold_dir(ROOT / "tests" / name)
    assert len(report.documents) >= 12
    assert not report.errors
    low = {k: round(c.f1, 3) for k, c in report.fields.items() if c.f1 < 0.95}
    assert not low, report.to_text()


@pytest.mark.parametrize("name", ["gold_blind7", "gold_blind8", "gold_blind9", "gold_blind10"])
def test_later_blind_sets_do_not_regress(name: str) -> None:
    """The later blind sets guard every field at 0.85 but a list's label, where their writers' conventions
    differ from each other (``Beteiligt`` or ``Beteiligte an der Dorfmoderation``)."""
    report = evaluate_gold_dir(ROOT / "tests" / name)
    assert len(report.documents) >= 10
    assert not report.errors
    labels = {"member_labels", "member_labels_fuzzy"}
    low = {k: round(c.f1, 3) for k, c in report.fields.items() if c.f1 < 0.85 and k not in labels}
    assert not low, report.to_text()


def test_count_warning() -> None:
    rec = extract_path(GOLD_DIR / "docs" / "g17-count-mismatch.txt")
    assert any("7" in w and "6" in w for w in rec.warnings)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (b"", "a.txt"),
        (b"  \n\t ", "a.txt"),
        (b"\x00\x01\x02abc", "a.bin"),
        (b"%PDF-1.4 xyz", "a.pdf"),
        (b"<html><body><script>x</script></body></html>", "a.html"),
        (b"hello", "a.docx"),
        (b"\x89PNG\r\n", "a.png"),
    ],
)
def test_bad_input_raises_document_error(raw: bytes, name: str) -> None:
    with pytest.raises(DocumentError):
        extract_bytes(raw, f"file:///tmp/{name}")


def test_encodings() -> None:
    text = (
        "<html><head><meta charset='windows-1252'></head><body><h1>Straße über Öl</h1><p>Der Bürger."
        " Ein längerer Absatz mit genug Wörtern damit er als Inhalt zählt und bleibt.</p></body></html>"
    )
    rec = extract_bytes(text.encode("cp1252"), "file:///x/a.html")
    assert rec.title == "Straße über Öl"
    rec = extract_bytes(text.replace("windows-1252", "utf-8").encode("utf-8"), "file:///x/b.html")
    assert rec.title == "Straße über Öl"
    rec = extract_bytes(text.replace("<meta charset='windows-1252'>", "").encode("cp1252"), "file:///x/c.htm")
    assert rec.title == "Straße über Öl"


def test_dates() -> None:
    assert [d.value for d in find_dates("im April 2018 und am 8. April 2020 sowie zum 01.01.2021")] == [
        "2018-04",
        "2020-04-08",
        "2021-01-01",
    ]
    assert leading_date("Mittwoch, 20. Mai 2020")[0] == "2020-05-20"  # type: ignore[index]
    assert leading_date("[08.05.2020] Text")[0] == "2020-05-08"  # type: ignore[index]
    assert [d.value for d in find_dates("Mai 2020")] == ["2020-05"]
    # planning periods give both ends
    span = find_dates("Im Haushaltsplan 2022/23 ist das vorgesehen.")
    assert sorted(d.value for d in span) == ["2022", "2023"]
    assert [d.value for d in find_dates("die Kältehilfesaison 2022/23")] == ["2022", "2023"]
    pair = find_dates("Vorstellungen am 12. und 13.9.", 2019)
    assert [d.value for d in pair] == ["2019-09-12", "2019-09-13"]
    assert [d.value for d in find_dates("Der Verein wurde 1841 gegründet.")] == ["1841"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("das Haus, wie es 1904 erbaut wurde", ["1904"]),
        ("das 1904 erbaute Rathaus", ["1904"]),
        ("rund 1500 gebaute Wohnungen", []),  # a count, not a year
        ("Diese Kunden werden ab 1 Juli 2007 umgestellt.", ["2007-07-01"]),  # the day's period missing
        ("Nr. 3 Juli", []),
        ("Am Freitagabend (13.05.) wurde der Preis verliehen.", ["2022-05-13"]),
        ("Investitionen (2.1.) und Personal (2.2.) steigen.", []),  # outline numbers
        ("Von den 1200 errichteten Wohnungen sind 400 gefördert.", []),
        ("im Amtsblatt Ausgabe 2 Februar 2024", ["2024"]),
        ("Er wird morgen, (Montag, 23. 11.), erwartet.", ["2022-11-23"]),
        ("die Ergebnisse der IHK-Konjunkturumfrage 2025", []),  # a name's edition year
        ("zum Sachsen-Anhalt-Tag 2011 in Gardelegen", []),
        ("die Wahlen zum Deutschen Bundestag 2025", ["2025"]),
    ],
)
def test_building_years_days_lacking_period_or_year_and_edition_years(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, 2022)] == values


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("(Hohen Neuendorf) Die Stadt", "Hohen Neuendorf", None),
        ("Potsdam (dpa/bb) – Der", "Potsdam", None),
        ("Dresden (7. Oktober 2015) – Die", "Dresden", "2015-10-07"),
        ("Neustadt in Sachsen, 28. Oktober 2016", "Neustadt in Sachsen", "2016-10-28"),
        ("(20. Mai 2020) Die", None, "2020-05-20"),
    ],
)
def test_dateline(text: str, place: str | None, date: str | None) -> None:
    dl = parse_dateline(text)
    assert dl is not None and dl.place == place and dl.date == date
    assert parse_dateline("(MOZ) Die Stadt") is None


def test_quotes_nested_and_unbalanced() -> None:
    assert [q.text for q in find_quotes("„A „b“ c,“ sagte X.")] == ["A „b“ c,"]
    assert [q.text for q in find_quotes("»Eins« und «zwei»")] == ["Eins", "zwei"]
    assert find_quotes("Er sagte „offen")[0].closed is False


_PAGE = (
    '<html><head><meta charset="utf-8"></head><body><main><article><h1>Neue Leitungen im Verbandsgebiet</h1>'
    "<p>Erfurt, 4. März 2024 – Der Zweckverband erneuert in diesem Jahr zwölf Kilometer Leitungen "
    "und hat dafür in seiner Sitzung am Montag die nötigen Mittel bereitgestellt.</p>{table}<p>Die "
    "Arbeiten beginnen im Mai und sollen bis zum Herbst abgeschlossen sein.</p>"
    "</article></main></body></html>"
)


def _page(table: str) -> bytes:
    return _PAGE.format(table=table).encode()


def test_member_table_rendered_and_read() -> None:
    table = (
        "<p>Dem Verband gehören drei Gemeinden an:</p><table><tr><th>Gemeinde</th><th>Art</th></tr>"
        "<tr><td>Sondershausen</td><td>Stadt</td></tr><tr><td>Ebeleben</td><td>Stadt</td></tr>"
        "<tr><td>Helbedündorf</td><td>Gemeinde</td></tr></table>"
    )
    rec = extract_bytes(_page(table), "file:///t.html")
    assert "Gemeinde | Art\nSondershausen | Stadt\nEbeleben | Stadt" in rec.body
    (ml,) = rec.member_lists
    assert [(m.name, m.kind) for m in ml.members] == [
        ("Sondershausen", "Stadt"),
        ("Ebeleben", "Stadt"),
        ("Helbedündorf", "Gemeinde"),
    ]
    assert all(m.key and m.key.startswith("16") for m in ml.members)  # linked in Thüringen, by the names
    assert not [w for w in rec.warnings if "Text nennt" in w]


def test_tables_that_are_no_member_lists() -> None:
    # a statistics table by Gemeinde without a membership cue, a table of non-places, a layout table
    stats = (
        "<p>Die Einwohnerzahlen im Überblick:</p><table><tr><th>Gemeinde</th><th>Einwohner</th></tr>"
        "<tr><td>Sondershausen</td><td>20.000</td></tr><tr><td>Ebeleben</td><td>2.800</td></tr></table>"
    )
    assert extract_bytes(_page(stats), "file:///s.html").member_lists == []
    names = (
        "<p>Dem Verband gehören an:</p><table><tr><th>Name</th><th>Funktion</th></tr>"
        "<tr><td>Stadtwerke Nord</td><td>Betreiber</td></tr>"
        "<tr><td>Wasserbeirat</td><td>Beratung</td></tr></table>"
    )
    assert extract_bytes(_page(names), "file:///n.html").member_lists == []
    layout = (
        "<table><tr><td><p>Dem Verband gehören die Gemeinden an.</p><ul><li>Ebeleben</li></ul></td>"
        "<td>Sondershausen</td></tr><tr><td>Greußen</td><td>Clingen</td></tr></table>"
    )
    rec = extract_bytes(_page(layout), "file:///l.html")
    assert " | " not in rec.body  # walked cell by cell, no table block


def _release(text: str) -> Record:
    """A text dump with a headline and a date line around ``text``, extracted."""
    return extract_bytes(f"# Titel der Meldung\n\n12.03.2024\n\n{text}".encode(), "file:///tmp/x.txt")


def _speakers_of(paragraph: str) -> tuple[list[tuple[str, str | None, int]], list[str]]:
    text = f"# Neue Bibliothek eröffnet\n\n12.03.2024 | Pressemitteilung\n\n(Kyritz) {paragraph}\n"
    rec = extract_bytes(text.encode(), "file:///tmp/bibliothek.txt")
    return [(s.name, s.role, len(s.quotes)) for s in rec.speakers], rec.warnings


def test_surnames_spelled_like_role_nouns() -> None:
    speakers, warnings = _speakers_of(
        "„Wir freuen uns über das neue Haus“, sagte Bürgermeisterin Anna Richter. "
        "„Es ist ein Ort für alle“, ergänzte Bibliotheksleiter Hans Hofmeister."
    )
    assert speakers == [("Anna Richter", "Bürgermeisterin", 1), ("Hans Hofmeister", "Bibliotheksleiter", 1)]
    assert warnings == []


def test_role_with_adjective_and_no_name_is_not_the_previous_speaker() -> None:
    speakers, warnings = _speakers_of(
        "„Es ist ein Ort für alle“, ergänzte Bibliotheksleiter Hans Müller. "
        "„Das ist gut für die Region“, so der Potsdamer Landrat."
    )
    assert speakers == [("Hans Müller", "Bibliotheksleiter", 1)]
    assert any("Landrat" in w and "Das ist gut für die Region" in w for w in warnings)


def test_quote_right_after_a_parenthesised_dateline() -> None:
    speakers, _ = _speakers_of("„Wir freuen uns über das Haus“, sagte Bürgermeisterin Anna Müller.")
    assert speakers == [("Anna Müller", "Bürgermeisterin", 1)]


def test_names_with_diacritics_of_other_languages() -> None:
    speakers, warnings = _speakers_of(
        "Zur Eröffnung begrüßte Bezirksbürgermeister Yusuf Demirtaş das Programm: "
        "„Jetzt müssen wir die Schulen stärken.“ "
        "„Wir bauen weiter“, sagte Łukasz Kowalczyk, Leiter des Bauamts."
    )
    assert speakers == [
        ("Yusuf Demirtaş", "Bezirksbürgermeister", 1),
        ("Łukasz Kowalczyk", "Leiter des Bauamts", 1),
    ]
    assert warnings == []


def test_source_in_brackets_after_a_quote() -> None:
    """``„…“ (Name)`` and ``„…“ (Name, Rolle)`` name the speaker; a name alone must not break the parse."""
    text = (
        "Sie können Geräte mitbringen. „Wer einmal etwas repariert hat, wirft weniger weg.“ "
        "(Tobias Reinhold) Die Werkstatt ist offen. „Hier bleibt nichts kaputt.“ "
        "(Carla Wendtland, Werkstattleiterin im Verein Linde in Spandau) Bis bald."
    )
    got = {s.name: (s.role, s.organisation, s.quotes) for s in find_speakers([Block("p", text)])}
    assert got == {
        "Tobias Reinhold": (None, None, ["Wer einmal etwas repariert hat, wirft weniger weg."]),
        "Carla Wendtland": (
            "Werkstattleiterin im Verein Linde in Spandau", "Verein Linde", ["Hier bleibt nichts kaputt."]
        ),
    }


def test_boilerplate_edge_cases() -> None:
    """A copyright line in brackets is a widget; an imprint line in a letterhead above the headline keeps
    the letterhead and the headline (it only ends the text after it)."""
    from ingest.boilerplate import clean_blocks, is_widget

    assert is_widget("(c) 2023 Stadt Musterstadt") and is_widget("Seite drucken) · Teilen: Facebook")
    blocks = [
        Block("p", "Stadt Musterstadt\nV.i.S.d.P.: Max Muster"),
        Block("h1", "Neuer Spielplatz eröffnet"),
        Block("p", "Die Stadt hat heute einen neuen Spielplatz eröffnet, der allen Kindern offen steht."),
    ]
    kept = [b.text for b in clean_blocks(blocks)]
    assert kept[:2] == ["Stadt Musterstadt\nV.i.S.d.P.: Max Muster", "Neuer Spielplatz eröffnet"]


def test_elected_office_without_a_noun_and_textile_quotes_in_guillemets() -> None:
    text = "Die Versammlung hat Anna Kuhlmey zum Zweiten gewählt. „Ich danke allen“, sagte Kuhlmey."
    assert [(s.name, s.role) for s in find_speakers([Block("p", text)])] == [("Anna Kuhlmey", None)]
    dump = (
        "Titel der Mitteilung\n\n01.02.2025\n\nDie beiden Gemeinden haben am Montag ihre Partnerschaft "
        "besiegelt. Bürgermeister Jan Ohl: bq. »Wir freuen uns sehr.« Bürgermeisterin Anna Beispiel: bq. "
        "»Wir auch.« Die Urkunde hängt ab sofort im Foyer beider Rathäuser.\n"
    )
    rec = extract_bytes(dump.encode(), "file:///tmp/bq.txt")
    assert [(s.name, s.quotes) for s in rec.speakers] == [
        ("Jan Ohl", ["Wir freuen uns sehr."]), ("Anna Beispiel", ["Wir auch."])
    ]


def test_short_speaker_labels_and_quotes_stay_in_the_body() -> None:
    """``Name:`` over a short quotation is no metadata label/value pair: nothing of the text is lost."""
    dump = "Titel der Mitteilung\n\n01.02.2025\n\nBürgermeister Jan Ohl: bq. »Wir freuen uns sehr.« Ende.\n"
    rec = extract_bytes(dump.encode(), "file:///tmp/kurz.txt")
    assert "Wir freuen uns sehr." in rec.body and "Jan Ohl" in rec.body
    assert [(s.name, s.quotes) for s in rec.speakers] == [("Jan Ohl", ["Wir freuen uns sehr."])]



def test_evaluation_ignores_invisible_characters() -> None:
    from ingest.evaluate import _norm

    assert _norm("Erfolgs\u00adgeschichte  der\u200b Stadt") == "Erfolgsgeschichte der Stadt"


def test_text_is_not_taken_twice_when_the_headline_shares_its_container() -> None:
    rec = extract_path(GOLD_DIR / "docs" / "g81-blog-styled-headline-teaser.html")
    assert rec.body.count("Die alten Bänke waren morsch") == 1
    assert rec.body.count("Im Lennépark stehen seit dieser Woche") == 1


def test_programme_items_are_no_names() -> None:
    """``Café der Begegnung:`` or ``Individuelle Beratung:`` in a programme are no speakers, ``Anna von der
    Heide`` is a name."""
    from ingest.names import split_name

    assert split_name(["Café", "der", "Begegnung"]) is None
    assert split_name(["Individuelle", "Gesundheitsberatung"]) is None
    assert split_name(["Anna", "von", "der", "Heide"]).surname == "von der Heide"
    text = "17:00 Uhr: Individuelle Gesundheitsberatung: „Entspann dich einfach mal!“ Danach Tanz."
    assert find_speakers([Block("p", text)]) == []


def test_quote_opened_in_english_and_closed_in_german_style() -> None:
    assert [q.text for q in find_quotes("Dazu: “Wir sind bereit.“ meint X.")] == ["Wir sind bereit."]


def test_fourth_real_sample_attribution_classes() -> None:
    speakers, _ = _speakers_of(
        "„Wir zeigen, was um die Ecke liegt.“ so Konrad Richter, Geschäftsführer des Vereins und ergänzt "
        "„gerade die Seen sind unbekannt.“ Danach ging es weiter. „Nachhaltigkeit wird wichtiger.“ "
        "so Richter und wünscht sich mehr Mut. Von der Familie und ihrer Arbeit ist Aylin Marquardt-Öz "
        "beeindruckt: "
        "„Hier steckt viel Herzblut drin.“ „Danke an alle Partner!“, so Bezirksstadträtin Aylin Marquard-Öz."
    )
    assert speakers == [
        ("Konrad Richter", "Geschäftsführer des Vereins", 3),
        ("Aylin Marquardt-Öz", "Bezirksstadträtin", 2),
    ]


def test_introduced_quote_left_open() -> None:
    """``X: „…`` never closed: it ends before the next speaker's clause, or with the inner quotation
    whose closing mark it shares; an opening mark not introduced by a colon stays a stray."""
    text = "A, Stadträtin: „Ich freue mich. Das ist gut. Tom Mohr, Vorstand: „Beispielhaft.“ Ende."
    assert [(q.text, q.closed) for q in find_quotes(text)] == [
        ("Ich freue mich. Das ist gut.", False),
        ("Beispielhaft.", True),
    ]
    text = "X betont: „Wir machen deutlich: „Ihr seid nicht allein.“ Ende."
    assert [q.text for q in find_quotes(text)] == ["Wir machen deutlich: „Ihr seid nicht allein."]
    assert [q.text for q in find_quotes("Das Netzwerk „Willkommen lädt ein. „Wir kommen“, sagte Y.")] == [
        "Wir kommen"
    ]


def test_berlins_office_is_the_senate_office() -> None:
    text = "# Neue Schule\n\n12.03.2024\n\n„Wir bauen“, sagte Berlins Regierender Bürgermeister Kai Wendt.\n"
    rec = extract_bytes(text.encode(), "file:///tmp/schule.txt")
    assert [(s.name, s.organisation) for s in rec.speakers] == [("Kai Wendt", "Senatskanzlei")]


def test_byline_dates() -> None:
    assert byline_date("Gespeichert von Anna am 24. Juli 2017 - 18:55") == "2017-07-24"
    assert byline_date("Autor: anna | Artikel veröffentlicht am 16.12.2012") == "2012-12-16"
    assert byline_date("von Klaus Beispiel, 8.5.12") == "2012-05-08"
    assert byline_date("Autor: anna Juli 12, 2017") == "2017-07-12"
    assert byline_date("Donnerstag, 15.2.2018, 19:51") == "2018-02-15"
    assert byline_date("Donnerstag, 15.2.2018, 19:51", whole_line=False) is None
    assert byline_date("Stand: 12.03.2024") is None  # a revision
    assert byline_date("Termin: Donnerstag, 14. November 2024, 19.00 Uhr") is None  # an event
    assert byline_date("Mittwoch, 20. Februar 2019, 14:45 Uhr bis 15:45 Uhr") is None
    assert byline_date("Die Sitzung findet am 12.03.2024 statt.") is None


def test_publication_date_from_a_byline_outside_the_content() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="post"><h1>Neue Bänke im Park</h1>'
        "<p>Die Stadt hat im Park zwölf neue Bänke aufgestellt. Sie stehen am Teich und am Spielplatz.</p>"
        '</div><div class="post-footer">Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von '
        '<a href="/a">Heiner</a> geschrieben.</div><div class="comments">'
        "<p>Von Erik am 15.12.2015: Schön!</p></div></body></html>"
    )
    assert extract_bytes(page.encode(), "file:///tmp/baenke.html").date == "2015-12-14"
    event = page.replace("Dieser Artikel wurde am", "Termin: Montag,")
    assert extract_bytes(event.encode(), "file:///tmp/baenke.html").date is None


def test_deputy_office_and_abbreviated_association() -> None:
    text = (
        "# Brand im Rathaus\n\n12.03.2024\n\nDer Stellv. Bezirksbürgermeister, Carl Sponholz, informiert: "
        "Unbekannte haben Feuer gelegt. Bezirksbürgermeister Carl Sponholz: „Ein solcher Akt ist nicht "
        "hinnehmbar.“ „Wir helfen“, so der MHWK-Vorstandsvorsitzende Ulf Hesse. Kontakt: "
        "Marzahn-Hellersdorfer "
        "Wirtschaftskreis e. V. (MHWK), Georgstraße 4\n"
    )
    rec = extract_bytes(text.encode(), "file:///tmp/brand.txt")
    assert [(s.name, s.role, s.organisation) for s in rec.speakers] == [
        ("Carl Sponholz", "Stellv. Bezirksbürgermeister", None),
        ("Ulf Hesse", "MHWK-Vorstandsvorsitzende", "Marzahn-Hellersdorfer Wirtschaftskreis e. V."),
    ]


def test_publication_date_marked_by_class_not_by_a_feed_or_cms_creation() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><header><h1>Witzel liest im Rathaus</h1>'
        '<div class="ar-date">12.10.2015, 19:16 Uhr</div><meta itemprop="dateCreated" content="2019-05-07">'
        "</header><p>Der Autor las am Abend aus seinem neuen Roman. Rund hundert Gäste kamen in den Saal.</p>"
        "</body></html>"
    )
    assert extract_bytes(page.encode(), "file:///tmp/witzel.html").date == "2015-10-12"
    feed = page.replace(
        '<div class="ar-date">12.10.2015, 19:16 Uhr</div>',
        '<ul><li><span class="fbdatum">06.10.2017</span> Post</li><li><span class="fbdatum">05.10.2017</span>'
        " Post</li></ul>",
    )
    assert extract_bytes(feed.encode(), "file:///tmp/witzel.html").date == "2019-05-07"  # the CMS's, last


def test_pronoun_subject_past_earlier_quotations() -> None:
    speakers, _ = _speakers_of(
        "Bürgermeisterin Emine Demmler besuchte die Jubilarin Ute Scharf, die 100 Jahre alt wurde. "
        "Ute Scharf sagt, sie sei nie allein. Deshalb fühlt sie sich sehr glücklich und gibt ihr Rezept "
        "gern weiter: "
        "„Man muss die Gedanken laufen lassen.“ Ihr Geheimtipp ist Tee. Und damit es nicht zu gesund klingt, "
        "gibt sie zu: „Ich nasche täglich etwas Schokolade.“"
    )
    assert speakers == [("Ute Scharf", None, 2)]


def test_dump_title_ending_in_a_full_stop_or_holding_a_quoted_name() -> None:
    for title in (
        "Das Bezirksamt wundert sich über die Aufforderung der Senatorin.",
        'Ausstellung "Luise. Archäologie eines Unrechts" im Dokuzentrum',
    ):
        rec = extract_bytes(f"{title}\n\n07.08.2019\n\nDer Text beginnt hier.\n".encode(), "file:///tmp/t.txt")
        assert (rec.title, rec.date) == (title, "2019-08-07")


def test_kicker_and_date_inside_the_headline_element() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Neue Brücke eröffnet</title></head><body><main>'
        '<h1><span class="topline"><span class="date">27.01.2022</span></span>Neue Brücke eröffnet</h1>'
        "<p>Die Stadt hat am Montag die neue Brücke über den Kanal für den Verkehr freigegeben.</p></main>"
        "</body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/bruecke.html")
    assert (rec.kicker, rec.title, rec.date) == (None, "Neue Brücke eröffnet", "2022-01-27")
    topline = '<span class="topline"><span class="date">27.01.2022</span></span>'
    page = page.replace(topline, "<em>Verkehr </em>")
    rec = extract_bytes(page.encode(), "file:///tmp/bruecke.html")
    assert (rec.kicker, rec.title) == ("Verkehr", "Neue Brücke eröffnet")


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("Berlin/Potsdam.", "Berlin/Potsdam", None),
        ("25. Januar 2022 (DJV/FWR) Berlin/Ratingen", "Berlin/Ratingen", "2022-01-25"),
        ("Schwedt/Oder. Im Stadtpark", "Schwedt/Oder", None),
        ("Achtung. Die Straße", None, None),
    ],
)
def test_more_datelines(text: str, place: str | None, date: str | None) -> None:
    dl = parse_dateline(text)
    got = (dl.place, dl.date) if dl else (None, None)
    assert got == (place, date)


def test_metadata_lines_above_and_below_the_headline() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><main><p>Ehrenamt Jugendverbände 23.01.2020</p>'
        "<h1>Bundespräsident würdigt das Ehrenamt</h1><p>Ort Saarbrücken<br>Datum 28.01.2022</p>"
        "<p>Der Bundespräsident hat am Donnerstag junge Engagierte aus allen Ländern empfangen.</p></main>"
        "</body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/ehrenamt.html")
    assert (rec.kicker, rec.date, rec.place) == (None, "2020-01-23", "Saarbrücken")
    assert rec.categories == ["Ehrenamt", "Jugendverbände"]


def test_accented_given_names_particle_surnames_and_abbreviations_in_roles() -> None:
    speakers, _ = _speakers_of(
        "GdP-Tarifexperte René Klammer kritisierte die Arbeitgeber. Klammer unterstrich: „Der Applaus ist "
        "verklungen.“ Zur Brücke sagt von Brock: „Erhalt geht vor Neubau.“ Die Geschäftsführerin Antje von "
        "Brock lud ein. Von Brock: „Neue Straßen braucht es nicht.“ „Der Markt ist gut gestartet.“, sagte "
        "der Vorstand Regionen der Bundesagentur für Arbeit (BA), Daniel Terzbach, heute in Nürnberg."
    )
    assert speakers == [
        ("René Klammer", "GdP-Tarifexperte", 1),
        ("Antje von Brock", "Geschäftsführerin", 2),
        ("Daniel Terzbach", "Vorstand Regionen der Bundesagentur für Arbeit (BA)", 1),
    ]


def test_categories_from_list_items_bare_words_and_a_dated_caption_line() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><h1>Studie zum Lebensgefühl</h1>'
        '<div class="date-cat"><span class="date">10. November 2021</span><div class="cat"><ul>'
        "<li>Corona</li><li>Gesundheit und Pflege</li></ul></div></div>"
        "<p>Die Studie zeigt, wie Menschen die Zeit der Pandemie erlebt haben und was ihnen geholfen hat.</p>"
        "</article></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/studie.html")
    assert (rec.date, rec.categories) == ("2021-11-10", ["Corona", "Gesundheit und Pflege"])
    page = page.replace(
        '<div class="date-cat"><span class="date">10. November 2021</span><div class="cat"><ul>'
        "<li>Corona</li><li>Gesundheit und Pflege</li></ul></div></div>",
        '<p class="caption">21. Januar 2022 | Mobilität</p><div class="footer">'
        '<span class="news-list-category">'
        'Soziales <a href="/start/">Startseite</a> App</span></div>',
    )
    rec = extract_bytes(page.encode(), "file:///tmp/studie.html")
    assert rec.date == "2022-01-21"
    assert set(rec.categories) == {"Mobilität", "Soziales", "App"}


def test_lost_full_stop_joint_subject_and_board_of_a_body() -> None:
    speakers, _ = _speakers_of(
        "„Wir setzen auf kooperative Lösungen.“, erklärt Baustadtrat Florian Schmalz Das Gebiet soll "
        "gemeinwohlorientiert entwickelt werden. „Die Messe wächst“, sagte Dr. Christian Göbel, Vorsitzender "
        "der Geschäftsführung der Messe Berlin."
    )
    assert speakers == [
        ("Florian Schmalz", "Baustadtrat", 1),
        ("Dr. Christian Göbel", "Vorsitzender der Geschäftsführung der Messe Berlin", 1),
    ]
    assert organisation_of("Vorsitzender der Geschäftsführung der Messe Berlin") == "Messe Berlin"


def test_review_findings_stay_fixed() -> None:
    """Over-broad rules found at review: each input once produced a false value."""
    assert byline_date("Die Ausstellung von Anna Muster am 12. März 2020 im Rathaus") is None
    assert [d.value for d in find_dates("Es wurden bisher 1200 fertiggestellt.")] == []
    assert organisation_of("Bezirksstadtrat Schmidt") is None
    assert parse_dateline("Kontakt: Pressestelle (BA) Berlin") is None
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><h1>Neue Spielzeit beginnt</h1>'
        '<div class="cat"><!-- Kategorie Ende --><ul><li>Kultur<ul><li>Theater</li></ul></li><li>Presse</li>'
        "</ul></div><p>Das Stadttheater beginnt die neue Spielzeit mit einer Premiere im großen Saal.</p>"
        "</article></body></html>"
    )
    assert html_blocks(page).categories == ["Theater", "Presse"]  # no comment text, no item counted twice
    speakers, _ = _speakers_of(
        "„Wir sind dabei“, sagte Vorstand Sandra Wiegand, Bezirksstadträtin für Bildung seit 2016, "
        "Karin Kort, und der Trainer."
    )
    assert speakers == [("Sandra Wiegand", "Vorstand", 1)]


def test_section_h1_download_lines_and_a_parenthesised_dateline_date() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Meister gekürt - Landesverband</title></head><body>'
        "<h1>Quicklink</h1><h1>Pressemitteilungen</h1><main><h1>Meister gekürt</h1>"
        "<p>Karlsruhe, (12.11.2021). Die besten Athletinnen trafen sich am Wochenende in der Halle.</p>"
        "<p>PDF | 38 KB | Datei ist nicht barrierefrei</p><p>Download PDF</p></main></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/meister.html")
    assert (rec.title, rec.date, rec.place) == ("Meister gekürt", "2021-11-12", "Karlsruhe")
    assert "PDF" not in rec.body


def test_a_deputy_stays_a_deputy() -> None:
    speakers, _ = _speakers_of(
        "„Die Lage ist ernst“, sagte der stellvertretende Fraktionsvorsitzende Dirk Wieland. „Wir helfen“, "
        "sagte die ebenfalls anwesende Bürgermeisterin Anna Lenz."
    )
    assert speakers == [
        ("Dirk Wieland", "stellvertretende Fraktionsvorsitzende", 1),
        ("Anna Lenz", "Bürgermeisterin", 1),
    ]


def test_speakers_of_public_body_pages() -> None:
    """Attribution shapes met on churches', parties' and NGOs' pages (names invented)."""
    speakers, _ = _speakers_of(
        "Der Erste Parlamentarische Geschäftsführer der Fraktion Dr. Malte Buschke erinnerte an den Antrag. "
        "„Die Lage hat zu einer Dominanz der Exekutive geführt“, kritisierte er. "
        'Osman Nour von "Stoppt Drohnen" sagt: "Wir alle fordern ein rechtlich verbindliches Abkommen." '
        "„Es ist beeindruckend, was hier aufgebaut wurde“, so Jutta Schreyer aus dem Team der Partei "
        "Mensch und Natur in Kyritz. „Diese Fragen sind zu einem Bewährungstest geworden“, "
        "so Bedford-Stromer. "
        "„Wir helfen, wo wir können“, sagt Kim Jona, Referentin bei Hilfswerk International in Deutschland."
    )
    assert speakers == [
        ("Dr. Malte Buschke", "Erste Parlamentarische Geschäftsführer der Fraktion", 1),
        ("Osman Nour", None, 1),
        ("Jutta Schreyer", None, 1),
        ("Bedford-Stromer", None, 1),
        ("Kim Jona", "Referentin bei Hilfswerk International in Deutschland", 1),
    ]
    text = (
        "# Tag der Mahnung\n\n12.03.2024\n\n"
        'Osman Nour von "Stoppt Drohnen" sagt: "Wir alle fordern ein rechtlich verbindliches Abkommen." '
        "„Es ist beeindruckend, was hier aufgebaut wurde“, so Jutta Schreyer aus dem Team der Partei "
        "Mensch und Natur in Kyritz. „Wir helfen, wo wir können“, sagt Kim Jona, Referentin bei Hilfswerk "
        "International in Deutschland. „Das Viertel lebt“, so Sachsen-Anhalt. Die Corona-Pandemie bleibt. "
        "„Es ist vorbei“, so Corona-Pandemie."
    )
    rec = extract_bytes(text.encode(), "file:///tmp/mahnung.txt")
    assert [(s.name, s.organisation) for s in rec.speakers] == [
        ("Osman Nour", "Stoppt Drohnen"),
        ("Jutta Schreyer", "Partei Mensch und Natur"),
        ("Kim Jona", "Hilfswerk International in Deutschland"),
    ]  # a Land or a thing the text gives an article is no double surname


def test_pronoun_gender_genitive_offices_and_district_slips() -> None:
    speakers, _ = _speakers_of(
        "Lesung: Autorin Dana Dorn stellt ihr Buch vor. HUS, 1950 in Kyritz geboren, studierte Grafik. "
        "„Ich habe viel gemacht“, erzählt er. Zur Arbeit der Kommission erklärt Berlins Senatorin für "
        "Justiz, Vielfalt und Antidiskriminierung, Prof. Dr. Lea Kranich: „Ich begrüße die Arbeit.“ "
        "Regine Sommer-Wald, Bezirksstadträtin Friedrichhain-Kreuzberg: „Das Modell ist ein Vorreiter.“ "
        "Henning Harnack, Vizepräsident von ALBA BERLIN: „Sport wirkt wie Magie.“"
    )
    assert speakers == [
        ("Prof. Dr. Lea Kranich", "Berlins Senatorin für Justiz, Vielfalt und Antidiskriminierung", 1),
        ("Regine Sommer-Wald", "Bezirksstadträtin Friedrichhain-Kreuzberg", 1),
        ("Henning Harnack", "Vizepräsident von ALBA BERLIN", 1),
    ]
    slip = "Bezirksstadträtin Friedrichhain-Kreuzberg"
    assert organisation_of(slip) == "Bezirksamt Friedrichshain-Kreuzberg"
    assert organisation_of("Vizepräsident von ALBA BERLIN") == "ALBA BERLIN"
    assert organisation_of("Bürgermeister von Potsdam") is None  # a place, not a body
    # a Berlin district is no body of its own (its Bezirksamt is found where the text is Berlin's)
    assert organisation_of("Wirtschaftsstadtrat von Marzahn-Hellersdorf") is None


def test_kicker_caption_and_teaser_heading_around_the_headline() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><p class="subtitle">Pflege</p>'
        "<h1>Papier fordert Reform der Pflege</h1>"
        '<span class="image-wrapper"><span class="image-wrapper-copyright">Foto: Muster</span>'
        '<span class="image-description">Die meisten Heime haben zu wenig Personal</span></span>'
        "<h2>Die Kammer hat zwölf Thesen vorgelegt. Sie fordert eine Reform.</h2>"
        '<a class="zoom" href="/bild.jpg"><img src="/bild.jpg" alt="">'
        '<div class="copyright">© Bistum</div></a>'
        '<div class="subtitle">Referentin Anna Muster</div>'
        "<p>Die Kammer für soziale Ordnung hat das Papier erarbeitet und am Montag vorgestellt.</p>"
        "</article></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/pflege.html")
    assert (rec.kicker, rec.title, rec.subtitle) == ("Pflege", "Papier fordert Reform der Pflege", None)
    assert rec.body.startswith("Die Kammer hat zwölf Thesen vorgelegt.")
    assert "Heime" not in rec.body and "Anna Muster" not in rec.body


def test_agency_tag_byline_onward_links_and_embedded_posts() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><h1>Stellungnahme zum Pilotjahr</h1>'
        "<p><strong>Warendorf (fn-press). Die Zuchtverbände haben sich auf ein Pilotjahr geeinigt, in dem "
        "neue Formen der Prüfung getestet werden sollen.</strong></p>"
        "<p>Die Beschlüsse wurden nach langer Beratung gefasst und gelten zunächst für ein Jahr.</p>"
        '<blockquote class="twitter-tweet"><p>Die Lage ist ernst. pic.twitter.com/abc</p>'
        "— Max Muster (@maxmuster) October 27, 2021</blockquote>"
        "<p><em>Von Ulrike Nitschmann</em></p>"
        '<p><a href="/laien/">&gt; Laien im Dienst</a></p></article></body></html>'
    )
    rec = extract_bytes(page.encode(), "file:///tmp/pilot.html")
    assert rec.place == "Warendorf"
    assert rec.body.endswith("gelten zunächst für ein Jahr.")


def test_country_adjectives_survivors_chambers_and_a_tagline_kicker() -> None:
    speakers, _ = _speakers_of(
        "Auf der Gedenkfeier sprachen die Holocaust-Überlebende Inge Auerbeck und der israelische "
        'Parlamentspräsident Micha Levin. "Ich habe die Zeit des Schreckens in Erinnerung", sagte Auerbeck. '
        '"Dies ist der Ort, wo die Menschheit die Grenzen des Bösen gedehnt hat", sagte Levin.'
    )
    assert speakers == [
        ("Inge Auerbeck", "Holocaust-Überlebende", 1),
        ("Micha Levin", "israelische Parlamentspräsident", 1),
    ]
    assert organisation_of("Bundesratspräsident") == "Bundesrat"
    assert organisation_of("Parlamentspräsident") is None
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><p class="dateline">21.01.2022</p>'
        '<p class="meta-tags"><span class="tagline">Deutsche G7-Präsidentschaft 2022</span></p>'
        "<h1>Kabinett legt Schwerpunkte fest</h1><p>Das Bundeskabinett hat sich auf ein Programm für die "
        "Präsidentschaft geeinigt und stellt es am Montag vor.</p></article></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/g7.html")
    assert (rec.kicker, rec.title) == ("Deutsche G7-Präsidentschaft 2022", "Kabinett legt Schwerpunkte fest")


def test_party_groups_and_mixed_case_abbreviations_written_out() -> None:
    text = (
        "# Lage beendet\n\n12.03.2024\n\n"
        "Ein Konzept stellten der stellvertretende Vorsitzende der SPD-Bundestagsfraktion Dirk Wieland und "
        "die Vorsitzende der Bundestagsfraktion Bündnis 90/Die Grünen Karla Göhring vor. Die Gewerkschaft "
        "der Polizei (GdP) mahnt. „Schulschließungen wird es mit uns nicht mehr geben“, machte der "
        "stellvertretende SPD-Fraktionsvorsitzende Dirk Wieland deutlich. „Alle Möglichkeiten sollen "
        "ausgeschöpft werden“, "
        "betonte die Grünen-Fraktionsvorsitzende Karla Göhring. „Der Applaus ist verklungen“, sagte "
        "GdP-Tarifexperte René Klammer."
    )
    rec = extract_bytes(text.encode(), "file:///tmp/lage.txt")
    assert [s.organisation for s in rec.speakers] == [
        "SPD-Bundestagsfraktion",
        "Bundestagsfraktion Bündnis 90/Die Grünen",
        "Gewerkschaft der Polizei",
    ]


def test_feature_style_attributions() -> None:
    text = (
        "# Niemand geht allein\n\n08.11.2021\n\n"
        "„Wichtig ist mir, dass wir den Menschen in den Mittelpunkt rücken“, sagt Marlene Rickert.\n\n"
        "„Man muss Gott und die Menschen mögen“, lautet ihr Credo. Rickert erzählt von einem jungen Mann, "
        "der gleich zur Begrüßung sagte: „Mit Kirche hab ich nix am Hut, aber meinem Vater war es wichtig.“ "
        "Für Rickert kein Problem: „Ich bin die Glaubende, aber ich missioniere nicht.“ "
        "Ist das eine Berufung? „Ja“, sagt Rickert, „denn ich bin überzeugt, dass es die Weiterführung "
        "meines Lebens ist“."
    )
    rec = extract_bytes(text.encode(), "file:///tmp/allein.txt")
    assert [(s.name, s.quotes) for s in rec.speakers] == [
        (
            "Marlene Rickert",
            [
                "Wichtig ist mir, dass wir den Menschen in den Mittelpunkt rücken",
                "Man muss Gott und die Menschen mögen",
                "Ich bin die Glaubende, aber ich missioniere nicht.",
                "denn ich bin überzeugt, dass es die Weiterführung meines Lebens ist",
            ],
        )
    ]  # the unnamed young man's words are nobody's


def test_abbreviation_after_a_role_stays_and_a_field_before_the_body() -> None:
    speakers, _ = _speakers_of(
        "Karl Bunge, Leiter der Familienkasse der Bundesagentur für Arbeit (BA): „Wir helfen Familien gern.“ "
        "Uwe Brock (SPD), Bezirksstadtrat: „Das ist ein guter Tag für alle.“"
    )
    assert speakers == [
        ("Karl Bunge", "Leiter der Familienkasse der Bundesagentur für Arbeit (BA)", 1),
        ("Uwe Brock", "Bezirksstadtrat", 1),
    ]
    role = "Beauftragte für Chancengleichheit am Arbeitsmarkt (BCA) im Jobcenter Berlin Mitte"
    assert organisation_of(role) == "Jobcenter Berlin Mitte"
    assert organisation_of("Leiter der Familienkasse der Bundesagentur für Arbeit (BA)") == (
        "Familienkasse der Bundesagentur für Arbeit"
    )


def test_written_question_and_answer_of_named_members() -> None:
    text = (
        "# Schutz für Gefährdete\n\n14.01.2022\n\n"
        "Schriftliche Frage der Bundestagsabgeordneten Carla Mohr (Die Linke):\n\n"
        '"Inwieweit stellt die Bundesregierung sicher, dass gefährdete Menschen Schutz in Deutschland '
        "erhalten?\n\n"
        "Antwort der Staatssekretärin Susi Baum vom 12. Januar 2022:\n\n"
        '"Die Bundesregierung teilt die Sorge über die Lage. Sie setzt sich für die Menschen ein."'
    )
    rec = extract_bytes(text.encode(), "file:///tmp/frage.txt")
    assert [(s.name, s.role, s.organisation, len(s.quotes)) for s in rec.speakers] == [
        ("Carla Mohr", "Bundestagsabgeordnete", "Deutscher Bundestag", 1),
        ("Susi Baum", "Staatssekretärin", None, 1),
    ]
    assert nominative_role("Abgeordneten", "des") == "Abgeordneter"


def test_subtitle_under_a_date_and_category_box() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><h1>Vorstellung der Studie</h1>'
        '<div class="date-cat"><span class="date">10. November 2021</span><div class="cat"><ul>'
        "<li>Pressemitteilung</li><li>Corona</li></ul></div></div>"
        "<h3>Presseinladung und Terminhinweis (15. November)</h3>"
        "<p>Das Lebensgefühl der Menschen während der Krise ist höchst ambivalent, wie die Studie zeigt.</p>"
        "</article></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/studie.html")
    assert rec.subtitle == "Presseinladung und Terminhinweis (15. November)"
    assert rec.categories == ["Pressemitteilung", "Corona"]


def test_district_councillor_shortened_and_neuter_offices() -> None:
    speakers, _ = _speakers_of(
        "Bezirksstadtrat Frank Bewer eröffnete die Ausstellung. „Das ist ein großer Tag für den Bezirk“, "
        "sagte Stadtrat Bewer."
    )
    assert speakers == [("Frank Bewer", "Bezirksstadtrat", 1)]
    assert to_nominative("Erzbischöflichen Ordinariat Berlin", "des") == "Erzbischöfliches Ordinariat Berlin"


def test_review_findings_of_the_public_body_rules_stay_fixed() -> None:
    """Over-broad rules found at review of the public-body fixes: each input once gave a false value."""

    def speakers(text: str) -> list[tuple[str, str | None, str | None, int]]:
        return [(s.name, s.role, s.organisation, len(s.quotes)) for s in _release(text).speakers]

    assert speakers("Grußwort von Bezirksstadträtin Anna Kowal: „Kultur im Kiez – gestern und heute“") == []
    assert speakers(
        "„Wir bauen weiter“, sagte Bezirksstadtrat Peter Kowal.\n\nDer Sportverein TSV Kiez feiert. Er hat "
        "800 Mitglieder. „Sport verbindet alle Generationen und Kulturen im Kiez“, lautet sein Motto."
    ) == [("Peter Kowal", "Bezirksstadtrat", None, 1)]
    assert speakers(
        "„Wir kümmern uns“, sagte Bezirksstadträtin Jana Rickel. Ein offener Brief an Rickel: „Wir warten "
        "seit zehn Jahren auf eine Lösung für die Schule.“"
    ) == [("Jana Rickel", "Bezirksstadträtin", None, 1)]
    assert speakers(
        "„Wir sind dabei und freuen uns auf das Fest“, sagt Kiez-Bewohnerin. „Das wird ein großer Tag“, "
        "so Rot-Weiß."
    ) == []
    assert speakers(
        "Vorstand Sandra Kowal stellte das Projekt vor. „Wir haben lange darauf hingearbeitet“, sagte sie."
    ) == [("Sandra Kowal", "Vorstand", None, 1)]
    assert speakers(
        "Anlässlich der „Nacht der Kultur 2020“ lobt Bezirksbürgermeister Max Kowal (SPD) einen Wettbewerb "
        "aus: „Zeigen Sie uns Ihre schönsten Bilder aus dem Bezirk.“"
    ) == [("Max Kowal", "Bezirksbürgermeister", None, 1)]
    assert speakers(
        "Anna Kowal, Bezirksbürgermeisterin von Mitte waren neben vielen anderen Gäste der Einladung "
        "gefolgt. „Das ist ein schöner Tag für alle“, sagte Bezirksbürgermeisterin Kowal."
    ) == [("Anna Kowal", "Bezirksbürgermeisterin", None, 1)]
    assert speakers("„Wir wollen mitreden“, so Jutta Kowal aus dem Kreis der Eltern.") == [
        ("Jutta Kowal", None, None, 1)
    ]
    assert nominative_role("Präsidenten", "des") == "Präsident"
    assert nominative_role("Landrates", "des") == "Landrat"
    assert organisation_of("Referentin am Institut für Geschichte der Medizin") == (
        "Institut für Geschichte der Medizin"
    )
    assert organisation_of("Ansprechpartnerin bei Fragen zur Anmeldung") is None
    assert organisation_of("Referentin von Staatssekretär Max Muster") is None
    assert organisation_of("Bürgermeisterin von Florenz") is None
    district = "Bezirksbürgermeisterin von Berlin Treptow-Köpenick"
    assert organisation_of(district) == "Bezirksamt Treptow-Köpenick"


def test_statement_under_a_teaser_in_a_sharing_container_with_tag_links() -> None:
    sentence = "Die Planung der Betriebe braucht Verlässlichkeit, die Förderung darf nicht über Nacht enden. "
    paragraph = f"<p>{sentence * 3}</p>"
    page = (
        '<html><head><meta charset="utf-8"></head><body><header><h1>Förderstopp ist ein fatales Signal</h1>'
        "<p>ZDH-Generalsekretär Schwanke äußert sich zum Stopp der Förderprogramme im Gebäudebereich.</p>"
        '<div class="keywords"><ul><li><a rel="tag" href="/t/energie">Energiewende</a></li></ul></div>'
        '</header><div class="documentContent__sharingContainer">'
        + paragraph.replace("<p>Die", '<p>"Die', 1)
        + paragraph
        + paragraph.replace("enden. </p>", 'enden."</p>')
        + '<div class="tags"><span class="tag" rel="tag">KfW</span></div></div></body></html>'
    )
    rec = extract_bytes(page.encode(), "file:///tmp/stopp.html")
    assert rec.categories == ["Energiewende", "KfW"]
    assert [(s.name, s.role, len(s.quotes)) for s in rec.speakers] == [("Schwanke", "ZDH-Generalsekretär", 1)]
    assert rec.body.count("Verlässlichkeit") == 9


def test_bishop_quoted_in_fragments_by_role_and_surname() -> None:
    speakers, _ = _speakers_of(
        "Auf der Synode sprach Christian Steblin das Wort des Bischofs. Gottesdienst sei „Wesensmerkmal "
        "einer jeden Kirche und christlicher Lebensgestaltung“, betonte Steblin. „Wir sind Kirche mit "
        "Geflüchteten, und das bleibt so“, betonte Bischof Steblin. „Der Geist Gottes möge uns vernünftig "
        "werden lassen“, betete der Bischof. Der Landesbischof schloss mit den Worten: „Bleiben Sie "
        "getrost! Gott ist nah.“ Die Autorin Ruth Anders-Fried schrieb 1948 in ihr Tagebuch."
    )
    assert speakers == [("Christian Steblin", "Bischof", 4)]


def test_compound_offices_party_members_and_bodies_named_beside_a_person() -> None:
    text = (
        "# Tests für Kitas\n\n18.11.2021\n\n"
        "Das gab Jugendsenatorin Sandra Schiller heute bekannt. Senatorin Schiller: „Wir haben uns für "
        "einen Wechsel der Tests entschieden.“ „Wir sind dafür“, sagte Robert Kowal von der Jungen Union "
        "Wuhletal. „Wir auch“, sagte Stefan Zill von den Grünen. „Das ist gut“, sagt Aimo Gerne, "
        "Landesschülerausschuss Berlin. „Die Räder sind da“, sagt die Familienlotsin des Diakonischen "
        "Werkes Sandra Kruse."
    )
    rec = extract_bytes(text.encode(), "file:///tmp/kita.txt")
    assert [(s.name, s.role, s.organisation) for s in rec.speakers] == [
        ("Sandra Schiller", "Jugendsenatorin", "Senatsverwaltung für Jugend"),
        ("Robert Kowal", None, "Junge Union Wuhletal"),
        ("Stefan Zill", None, "Grüne"),
        ("Aimo Gerne", None, "Landesschülerausschuss Berlin"),
        ("Sandra Kruse", "Familienlotsin des Diakonischen Werkes", "Diakonisches Werk"),
    ]


def test_side_boxes_under_h1_a_kicker_label_in_the_h1_and_a_teaser_line() -> None:
    sentence = "Die Stufen des neuen Systems schaffen einheitliche Standards in der Ausbildung. "
    article = f"<p>{sentence * 8}</p>"
    page = (
        '<html><head><meta charset="utf-8"></head><body><div id="col_1"><h2>Kommende Events</h2>'
        '<p><a href="/e">Meisterschaft</a></p></div><div id="col_2">'
        "<h2>Levelpässe können bestellt werden</h2>"
        "<p><b>Synchronschwimmen</b><br>01.02.2022 Kategorie: Synchronschwimmen, Verband</p>"
        + article * 2
        + '</div><div id="col_3"><h1>Quicklinks</h1><p><a href="/t">Termine</a></p>'
        "<h1>Hier Hotels buchen</h1><p>Nutzen Sie den Button und buchen Sie ein Hotel.</p></div>"
        "</body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/level.html")
    assert rec.title == "Levelpässe können bestellt werden"
    assert (rec.kicker, rec.date, rec.place) == (None, "2022-02-01", None)
    assert "Synchronschwimmen" in rec.categories and "Hotels" not in rec.body
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><h1><div class="topic-label">'
        "100. Geburtstag</div> Margot Friedmann wird 100 Jahre</h1><p>1921 wird sie in Berlin geboren. "
        "1942/43 werden ihre Eltern deportiert. Die Rebsorte wurde im Jahr 1435 erwähnt, die Dokumente "
        "stammen aus den Jahren 1435 bzw. 1465 und sind erhalten.</p></article></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/geburtstag.html")
    assert (rec.kicker, rec.title) == ("100. Geburtstag", "Margot Friedmann wird 100 Jahre")
    assert {"1921", "1942", "1943", "1435", "1465"} <= set(rec.mentioned_dates)
    page = (
        '<html><head><meta charset="utf-8"></head><body><h4>Effiziente Hybridbatterie</h4>'
        "<h5>Dr. Karin Schmitt Abteilung Öffentlichkeitsarbeit</h5>"
        "<p>Schnell ladende Brennstoffzelle auf der Basis von Ameisensäure<br>Ameisensäure gilt als "
        "vielversprechender Energieträger, da sie aus "
        "Kohlendioxid erzeugt und vielfältig eingesetzt werden kann. Ein Team stellt nun ein System vor.</p>"
        "</body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/batterie.html")
    assert (rec.title, rec.subtitle) == (
        "Effiziente Hybridbatterie",
        "Schnell ladende Brennstoffzelle auf der Basis von Ameisensäure",
    )
    assert rec.body.startswith("Ameisensäure gilt")


def test_role_in_parentheses_a_department_gives_its_body_and_nested_straight_quotes() -> None:
    text = (
        "# Segen in der Pandemie\n\n26.01.2022\n\n"
        "Prof. Dr. Alex Saberski (Theologieprofessor und Referent für Liturgie in der Hauptabteilung "
        'Seelsorge des Erzbischöflichen Generalvikariats Köln) erklärt die Wirkung so: "Wenn mir jemand '
        '"alles Gute" wünscht und ich dann doch Pech habe, gebe ich ihm nicht die Schuld.\n\n'
        'Gott will uns nahe sein, auch in den schwersten Stunden."'
    )
    rec = extract_bytes(text.encode(), "file:///tmp/segen.txt")
    assert [(s.role, s.organisation, s.quotes) for s in rec.speakers] == [
        (
            "Theologieprofessor und Referent für Liturgie in der Hauptabteilung Seelsorge des "
            "Erzbischöflichen Generalvikariats Köln",
            "Erzbischöfliches Generalvikariat Köln",
            [
                'Wenn mir jemand "alles Gute" wünscht und ich dann doch Pech habe, gebe ich ihm nicht die '
                "Schuld. Gott will uns nahe sein, auch in den schwersten Stunden."
            ],
        )
    ]
    assert organisation_of("Leiterin der Abteilung Sicherheit beim BSI") == "BSI"


def test_teaser_figure_headline_date_before_subtitle_and_picture_caption() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><figure class="teaser"><figcaption>Foto: Sascha Klar'
        '</figcaption><div class="info"><span class="date">02.02.2022</span></div>'
        "<h1>Erneuter Verzicht auf Lehrgang</h1><p>Nächste Maßnahme im März mit Länderspielen</p>"
        "</figure>"
        "<p>Nach der für Januar geplanten Maßnahme verzichtet der Verband auf den Lehrgang im Februar.</p>"
        "</body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/lehrgang.html")
    assert (rec.title, rec.subtitle, rec.date) == (
        "Erneuter Verzicht auf Lehrgang",
        "Nächste Maßnahme im März mit Länderspielen",
        "2022-02-02",
    )
    page = (
        '<html><head><meta charset="utf-8"></head><body><div class="singleview"><h1>Radon im Boden</h1>'
        '<div class="docData"><span class="label">Datum</span> <span class="value">25.01.2022</span></div>'
        '<p class="picture rechts"><img src="/k.png" alt=""><span class="caption">Prognose: Radon in der '
        "Bodenluft</span></p><p>Das Bundesamt hat eine neue Karte veröffentlicht, die Orientierung gibt, wo "
        "Radon im Boden vorkommt.</p></div></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/radon.html")
    assert (rec.subtitle, rec.date) == (None, "2022-01-25")
    assert "Prognose" not in rec.body


def test_the_last_heading_of_a_menu_is_no_kicker() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><div><h3>Aktuelles</h3><h3>Mediathek</h3>'
        "<h3>Das Amt</h3></div><div><h1>Radon im Boden: Neue Karte</h1><p>Das Bundesamt hat eine neue "
        "Karte veröffentlicht, die Orientierung gibt, wo Radon im Boden vorkommt.</p></div></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/radon.html")
    assert (rec.kicker, rec.title) == (None, "Radon im Boden: Neue Karte")
    single = page.replace("<h3>Aktuelles</h3><h3>Mediathek</h3>", "").replace("</div><div>", "")
    assert extract_bytes(single.encode(), "file:///tmp/r.html").kicker == "Das Amt"  # a lone heading above


def test_a_text_of_one_line_stays_the_body() -> None:
    text = "# Ersatzangebote für Jugendclubs\n\n30.08.2019\n\nBezirksamt mietet zusätzliche Proberäume an\n"
    rec = extract_bytes(text.encode(), "file:///tmp/proberaum.txt")
    assert (rec.subtitle, rec.body) == (None, "Bezirksamt mietet zusätzliche Proberäume an")


def test_gsb_headline_with_screen_reader_words_and_a_report_closed_by_its_speaker() -> None:
    page = (
        '<html><head><meta charset="utf-8"></head><body><main><h1><span>Projekt legt Grundstein</span>'
        '<span class="aural">: </span><small class="c-topline"><span class="aural">Datum:</span> '
        '<time datetime="2022-01-26">26.01.2022</time> <span class="c-topline__theme">Pressemitteilung: '
        "6/2022</span></small></h1><p>Das Ministerium fördert ein Gütesiegel für Lernplattformen und Apps in "
        "Schulen.</p></main></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/gsb.html")
    assert (rec.title, rec.kicker, rec.date) == ("Projekt legt Grundstein", None, "2022-01-26")
    assert rec.categories == ["Pressemitteilung: 6/2022"]
    text = (
        "# Anhörung im Parlament\n\n12.11.2021\n\n"
        "Die Anhörung hat die mangelnde Bereitschaft der EU offenbart, schlussfolgert Patrick Brey "
        "(PIRATEN), der Berichterstatter des Ausschusses für bürgerliche Freiheiten für das geplante "
        "Gesetz (DSA).\n\n"
        "„Die Entwürfe sichern uns kein Recht auf Anonymität (‚risikobasierter Ansatz‘). Das ist naiv.\n\n"
        "Es fehlt der EU am politischen Willen, die Kontrolle zu übernehmen.“"
    )
    rec = extract_bytes(text.encode(), "file:///tmp/anhoerung.txt")
    assert [(s.name, s.role, s.organisation, len(s.quotes)) for s in rec.speakers] == [
        (
            "Patrick Brey",
            "Berichterstatter des Ausschusses für bürgerliche Freiheiten für das geplante Gesetz (DSA)",
            "Ausschuss für bürgerliche Freiheiten",
            1,
        )
    ]


def test_glossary_tooltips_and_an_author_signature_end_the_text() -> None:
    sentence = "Die Regierung steht vor großen Aufgaben in Wirtschaft und Verwaltung des Landes. "
    prose = f"<p>{sentence * 3}</p>"
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><h1>Große Aufgaben</h1>'
        '<p>Der Tag erinnert an eine <span class="glossary-link"><a href="/g">intergeschlechtliche</a>'
        '<span class="tooltip">Intergeschlechtliche Menschen haben angeborene Merkmale.</span></span> '
        "Person.</p>"
        + prose * 3
        + "<p>Autorin: Uta Muster, Projektleiterin der Stiftung.</p>"
        "<p>(2) Arab Barometer (2021): Wave VI.</p>"
        "<p>Im Interview spricht ein Dekan über die wirtschaftliche Lage und die Perspektiven des Landes.</p>"
        "</article></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/aufgaben.html")
    assert rec.body.startswith("Der Tag erinnert an eine intergeschlechtliche Person.")
    assert rec.body.endswith("des Landes.") and "Autorin" not in rec.body and "Dekan" not in rec.body


def test_review_findings_of_the_second_public_body_batch_stay_fixed() -> None:
    """Over-broad rules found at the second review: each input once gave a false value."""

    def speakers(text: str) -> list[tuple[str, str | None, int]]:
        return [(s.name, s.role, len(s.quotes)) for s in _release(text).speakers]

    rec = _release(
        "Die Bezirksstadträtin Anna Beispiel erklärt: „Wir bauen die Schule aus. Im Gebiet „Nordpark“ leben "
        "nun 5.000 Menschen.\n\nDer Bau beginnt im Frühjahr und dauert zwei Jahre.\n\nWeitere Informationen "
        "gibt es unter Telefon 030 1234."
    )
    assert all("Telefon" not in q for s in rec.speakers for q in s.quotes)
    assert speakers(
        "Alle Einsender erhalten das Büchlein „Hier wächst Zukunft in unserem schönen Bezirk“, so Stadträtin "
        "Anna Beispiel. „Am Ende wird alles gut“, so auch bei Berta Muster, der Inhaberin des Ladens."
    ) == []
    assert speakers(
        "Der Vorstand Finanzen erklärte die Zahlen ausführlich. „Der Haushalt ist ausgeglichen und solide.“"
    ) == []
    assert speakers(
        "„Wir haben viel erreicht“, betonte Präsident Beispiel. „Die Rücklagen sind solide“, ergänzte der "
        "Vizepräsident."
    ) == [("Beispiel", "Präsident", 1)]
    party = "Anna Beispiel (Grüne, Vorsitzende des Umweltausschusses) sagt: „Wir handeln jetzt.“"
    assert speakers(party) == [("Anna Beispiel", "Vorsitzende des Umweltausschusses", 1)]
    chair = "„Wir feiern gemeinsam“, betont Max Muster, der Vorsitzende des Partnerschaftsvereins."
    assert speakers(chair) == [("Max Muster", "Vorsitzender des Partnerschaftsvereins", 1)]
    assert organisation_of("Leiter des Referats Schutz der Umwelt") != "Umwelt"
    counts = "Gespart wurden im Jahr 1800 Euro. Gebaut werden ca. 1900 neue Häuser."
    assert [d.value for d in find_dates(counts)] == []
    page = (
        '<html><head><meta charset="utf-8"></head><body><h1>Fest im Park</h1>'
        "<p>Liebe Bürgerinnen und Bürger,<br>Am Wochenende lädt der Bezirk zu einem großen Fest in den "
        "Park ein, mit Musik, Spielen und vielen Ständen für alle Familien und "
        '<span class="tooltip">Kitas<span class="tooltiptext">Tagesstätten</span></span> im Bezirk.</p>'
        "</body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/fest.html")
    assert rec.subtitle is None and "Kitas im Bezirk" in rec.body and "Tagesstätten" not in rec.body


def _who(text: str, headline: str = "Titel der Meldung") -> list[tuple[str, str | None, str | None, int]]:
    rec = extract_bytes(f"# {headline}\n\n12.03.2024\n\n{text}".encode(), "file:///tmp/x.txt")
    return [(s.name, s.role, s.organisation, len(s.quotes)) for s in rec.speakers]


def test_joint_attributions_give_the_quote_to_both_people() -> None:
    quote = "„Wir sind stolz auf das Projekt und danken allen Beteiligten für die gute Arbeit.“"
    # each with a body, one role in brackets for both
    joint = "Jonas Feld, Stadtbibliothek Kyritz, und Lea Sander, Musikschule Wittstock (Projektleiter):"
    assert sorted(_who(f"{joint} {quote}")) == [
        ("Jonas Feld", "Projektleiter", "Stadtbibliothek Kyritz", 1),
        ("Lea Sander", "Projektleiter", "Musikschule Wittstock", 1),
    ]
    # an office in the plural after both names
    joint = "Ina Mohr und Tom Blum, Geschäftsführerinnen der Werkstatt Prignitz gGmbH:"
    assert sorted(_who(f"{joint} {quote}")) == [
        ("Ina Mohr", "Geschäftsführerinnen der Werkstatt Prignitz gGmbH", "Werkstatt Prignitz gGmbH", 1),
        ("Tom Blum", "Geschäftsführerinnen der Werkstatt Prignitz gGmbH", "Werkstatt Prignitz gGmbH", 1),
    ]
    # each with an office before the name; a plural verb before or after
    both = [("Anna Lehmann", "Bürgermeisterin", None, 1), ("Peter Kurz", "Landrat", None, 1)]
    joint = "Dazu erklärten die Bürgermeisterin Anna Lehmann und der Landrat Peter Kurz:"
    assert sorted(_who(f"{joint} {quote}")) == both
    assert sorted(_who(f"{quote[:-2]}“, sagten Bürgermeisterin Anna Lehmann und Landrat Peter Kurz.")) == both
    # not joint: a singular verb, the fields of one office, two offices of one person
    assert _who(f"{quote[:-2]}“, sagte Bürgermeisterin Anna Lehmann und Landrat Peter Kurz nickte.") == [
        ("Anna Lehmann", "Bürgermeisterin", None, 1)
    ]
    fields = "Eva Roth, Stadträtin für Schule, Sport und Facility Management:"
    assert [s[0] for s in _who(f"{fields} {quote}")] == ["Eva Roth"]
    offices = "Jan Ober, Bürgermeister und Präsident des Senats der Freien Hansestadt Bremen:"
    assert [s[0] for s in _who(f"{offices} {quote}")] == ["Jan Ober"]


def test_attributions_without_a_verb_next_to_the_quote() -> None:
    # the subject after an anaphoric verb of saying, then a pronoun
    assert _who(
        "Die Fahne wurde gehisst. Das betonte auch Alfonso Weber in einer kurzen Ansprache. "
        "„Vielfalt ist kein Trend, sondern war schon vor 100 Jahren ein großes Thema“, betonte er."
    ) == [("Alfonso Weber", None, None, 1)]
    # a published letter introduced by a colon
    assert _who(
        "Bürgermeisterin Dana Pohl hat zahlreiche Schreiben erhalten. Um alle gleich zu informieren, "
        "veröffentlicht sie das untenstehende Antwortschreiben: „Die Fläche liegt im Geltungsbereich "
        "des Bebauungsplans. Eine Änderung ist nicht vorgesehen.“"
    ) == [("Dana Pohl", "Bürgermeisterin", None, 1)]
    # the headline's subject for a quote with no attribution in a paragraph naming that person
    text = (
        "Der Regierende Bürgermeister von Berlin, Michael Maier, hat der Weltmeisterin 2017, Laura Lind, "
        "und dem Europameister, Paul Haus, zur Nominierung gratuliert. "
        "Die beiden sind damit das erste Duo, das die Fahne trägt. „Beide haben diese Ehre verdient. "
        "Herzlichen Glückwunsch!“"
    )
    assert _who(text, "Maier gratuliert Laura Lind und Paul Haus") == [
        ("Michael Maier", "Regierende Bürgermeister von Berlin", "Senatskanzlei", 1)
    ]
    assert _who(text) == []  # without that headline the quote stays nobody's
    place = "Der Bezirk Marzahn-Hellersdorf hat zwei Schulen beantragt. „Wir brauchen zehn neue Schulen.“"
    assert _who(place, "Marzahn-Hellersdorf beantragt Schulen") == []


def test_bodies_and_offices_written_out() -> None:
    # ``des Vereins`` where the text names one registered association
    assert _who(
        "„Alle sind herzlich eingeladen“, so Hans Werner, Gründer und Vorstandsmitglied des Vereins. "
        "Der TJP e.V. lädt am 4. Dezember ein."
    ) == [("Hans Werner", "Gründer und Vorstandsmitglied des Vereins", "TJP e.V.", 1)]
    # a missing comma in the list of an office's fields
    assert _who(
        "„Das Projekt stärkt den Austausch“, sagt Carla Wein, Bezirksstadträtin für Arbeit, Gesundheit "
        "Soziales und Teilhabe. Die Lernorte werden gefördert."
    ) == [("Carla Wein", "Bezirksstadträtin für Arbeit, Gesundheit Soziales und Teilhabe", None, 1)]


def test_address_forms_stands_and_two_part_headlines_of_dumps() -> None:
    # ``Herr`` before a surname with an office apposition
    assert _who(
        "„Die Gedanken an die Heimat ähneln sich bei allen Menschen sehr stark.“, betont Herr Bewald, "
        "Bezirksbürgermeister von Spandau. Das Motto lautet anders."
    ) == [("Bewald", "Bezirksbürgermeister von Spandau", "Bezirksamt Spandau", 1)]
    # ``nimmt X Stellung:``
    assert _who(
        "Zur Wiederaufnahme des Dienstes nimmt Bezirkssozialstadtrat Frank Mück Stellung: „Das Engagement "
        "der ehrenamtlich tätigen Bürgerinnen und Bürger ist unentbehrlich.“"
    ) == [("Frank Mück", "Bezirkssozialstadtrat", None, 1)]
    # a headline of two short parts over a date line
    rec = extract_bytes(
        "Junge Pflegende brauchen Hilfe. Fachtag zu Kindern in Pflegeverantwortung\n\n07.05.2018\n\n"
        "Kinder, die Angehörige pflegen, brauchen mehr Unterstützung im Alltag.\n".encode(),
        "file:///tmp/x.txt",
    )
    assert (rec.title, rec.date) == (
        "Junge Pflegende brauchen Hilfe. Fachtag zu Kindern in Pflegeverantwortung",
        "2018-05-07",
    )


def test_legacy_page_dumps_of_a_land_portal() -> None:
    # a cut-off label, a letter-style date line, the letterhead and headline repeated in the first paragraph,
    # quotes lost to ``¿``, Word's style sheet, the imprint inline and after the text
    dump = (
        ": 12\nNeustadt, den 14.02.2024\n\nPolizeirevier Neustadt übergibt neue Streifenwagen\n\n"
        "Polizeirevier Neustadt - Pressemitteilung Nr.: 012/24 Neustadt, den 14. Februar 2024 Polizeirevier "
        "Neustadt übergibt neue Streifenwagen Normal 0 21 false false false MicrosoftInternetExplorer4 "
        "/* Style Definitions */ table.MsoNormalTable {mso-style-name:\"Normale Tabelle\"; "
        "mso-para-margin:0cm;} "
        "Das Revier hat heute vier neue Fahrzeuge erhalten. Revierleiterin Carla Brenner sagte: ¿Damit sind "
        "wir auf der Straße wieder gut aufgestellt.¿ Impressum: Polizeirevier Neustadt Pressestelle "
        "Hauptstraße 1 12345 Neustadt\n\nImpressum:\n\nPolizeirevier Neustadt\nHauptstraße 1\n\n"
        "Anhänge zur Pressemitteilung\n"
    )
    rec = extract_bytes(dump.encode(), "file:///tmp/x.txt")
    assert (rec.title, rec.date, rec.place) == (
        "Polizeirevier Neustadt übergibt neue Streifenwagen", "2024-02-14", "Neustadt"
    )
    assert rec.categories == ["Pressemitteilung Nr.: 012/24"]
    assert rec.body.startswith("Das Revier hat heute vier neue Fahrzeuge erhalten.")
    for gone in ("MsoNormalTable", "false false", "Impressum", "Hauptstraße 1", "Anhänge"):
        assert gone not in rec.body
    assert [(s.name, s.role, s.quotes) for s in rec.speakers] == [
        ("Carla Brenner", "Revierleiterin", ["Damit sind wir auf der Straße wieder gut aufgestellt."])
    ]


def test_page_text_dumps_with_one_paragraph_to_a_line_or_nbsp_paragraphs() -> None:
    long_a = (
        "Der Landrat hat in den ersten Wochen seiner Amtszeit schon viele Termine in den Städten, Ämtern und "
        "Gemeinden des Landkreises hinter sich gebracht."
    )
    long_b = (
        "„Mit Geld allein wird es nicht getan sein“, ist sich Landrat Daniel Kurz sicher. „Wir brauchen gute "
        "Ideen und die Menschen vor Ort.“"
    )
    one_per_line = f"Pressemitteilung -\nLandrat stellt sich vor\n{long_a}\n{long_b}\n"
    rec = extract_bytes(one_per_line.encode(), "file:///x.txt")
    assert (rec.title, rec.categories) == ("Landrat stellt sich vor", ["Pressemitteilung"])
    assert [(s.name, len(s.quotes)) for s in rec.speakers] == [("Daniel Kurz", 2)]
    # a blank line after every line; ``&nbsp;`` lines between the paragraphs
    nb = "\u00a0"
    dump = (
        "Menu\nmenu\n\nLandesfest 2011\nMinister dankt der Stadt für besondere\nTage\n\n\n"
        "27.06.2011, Magdeburg – 85\n\n"
        f"{nb}\n\nDer Minister hat heute der Stadt\n\nfür die Ausrichtung des Festes gedankt.\n\n"
        f"{nb}\n\nDas Fest hat viele tausend Menschen\n\nin die Stadt gebracht.\n\n{nb}\n"
    )
    rec = extract_bytes(dump.encode(), "file:///x.txt")
    title = "Landesfest 2011 Minister dankt der Stadt für besondere Tage"
    assert (rec.title, rec.date) == (title, "2011-06-27")
    assert rec.body.split("\n\n") == [
        "Der Minister hat heute der Stadt für die Ausrichtung des Festes gedankt.",
        "Das Fest hat viele tausend Menschen in die Stadt gebracht.",
    ]
    # a date line with its time and a first-publication label
    rec = _release_with_date_line("29.09.2020, 17:35 Uhr — Erstveröffentlichung (aktuell)")
    assert rec.date == "2020-09-29"


def _release_with_date_line(line: str) -> Record:
    text = f"MPK bringt keine Veränderung für Sachsen\n\n{line}\n\nDie Konferenz bringt nichts Neues.\n"
    return extract_bytes(text.encode(), "file:///tmp/x.txt")


def test_labels_roles_with_time_and_menus_after_a_dumped_page() -> None:
    # ``Kategorie``/``Tags``/``Datum`` lines label the values below them; they are no categories
    rec = _release_with_date_line("Kategorie\nVorbeugen und Schützen\nTags\nCoronavirus\nDatum\n02.04.2020")
    assert rec.date == "2020-04-02"
    assert not {"Kategorie", "Tags", "Datum"} & set(rec.categories)
    # when, where and whom are not part of a role
    assert _who(
        "Ministerpräsident Dirk Wolter hat schockiert reagiert. „Ich bin zutiefst bestürzt“, sagte "
        "der Ministerpräsident am Samstag in Potsdam."
    ) == [("Dirk Wolter", "Ministerpräsident", None, 1)]
    assert _who(
        "Bürgermeister Fritz Bogen führte die Kinder. „Das Rathaus steht noch so, wie es 1904 erbaut wurde“, "
        "erklärte der Bürgermeister den Drittklässlern am 7. Februar 2017."
    ) == [("Fritz Bogen", "Bürgermeister", None, 1)]
    # a dumped page's menu after the text, with the captions of the last pictures, is no body
    text = (
        "Die Schüler der 3. Klasse besichtigten das Rathaus der Stadt und wurden vom Bürgermeister durch das "
        "ganze Gebäude geführt, das allerhand zum Staunen bereithielt.\n\n"
        "Die Kinder waren begeistert.\n\nStadtfest im Film\n\nBürgerbudget\n\nVerkehr/ Baustellen\n\n"
        "Asyl in der Stadt\n"
    )
    rec = extract_bytes(f"Schüler besichtigen das Rathaus\n\n07.02.2017\n\n{text}".encode(), "file:///x.txt")
    assert rec.body.endswith("das allerhand zum Staunen bereithielt.")


def test_an_amt_with_its_municipalities_is_a_member_list() -> None:
    rec = _release(
        "Willkommen auf den Seiten des Amtes Britz-Chorin-Oderberg mit den Gemeinden Britz, Chorin, "
        "Hohenfinow, Liepe und der Stadt Oderberg."
    )
    assert [(m.label, [(x.name, x.kind) for x in m.members]) for m in rec.member_lists] == [
        (
            "Amt Britz-Chorin-Oderberg",
            [("Britz", "Gemeinde"), ("Chorin", "Gemeinde"), ("Hohenfinow", "Gemeinde"), ("Liepe", "Gemeinde"),
             ("Oderberg", "Stadt")],
        )
    ]
    fire_brigades = _release("Das Amt Temnitz mit den Feuerwehren aus Walsleben und Storbeck lud ein.")
    assert fire_brigades.member_lists == []


def test_review_findings_of_the_text_dump_and_joint_rules_stay_fixed() -> None:
    quote = "„Wir freuen uns sehr über die gute Zusammenarbeit mit allen Beteiligten.“"
    # the headline's words inside a sentence of the text are no repeated letterhead
    rec = _release_titled(
        "Sperrung der Lindenstraße",
        "Wie in der Meldung vom 10.03.2024 angekündigt, beginnt heute die Sperrung der Lindenstraße. "
        "Autofahrer werden gebeten, auszuweichen.",
    )
    assert rec.body.startswith("Wie in der Meldung vom 10.03.2024 angekündigt")
    # a paragraph hard-wrapped at a wide column stays one paragraph
    wrapped = (
        "Das Bezirksamt hat heute mit der Sanierung des Spielplatzes in der Lindenstraße begonnen und dabei "
        "auch die alten\nGeräte abgebaut, die Arbeiten sollen zwei Wochen dauern, wie der Sprecher des Amtes "
        "mitteilte, danach\nwird der Platz wieder geöffnet.\n"
    )
    rec = _release_titled("Spielplatz wird saniert", wrapped)
    assert rec.subtitle is None and "\n\n" not in rec.body
    # Word's style tokens only, not the capitalised words after them
    rec = _release_titled(
        "Unfall",
        "Normal 0 21 false false false DE X-NONE X-NONE MicrosoftInternetExplorer4 Die Polizei Berlin Mitte "
        "sucht Zeugen eines Unfalls.",
    )
    assert rec.body == "Die Polizei Berlin Mitte sucht Zeugen eines Unfalls."
    # no joint attribution inside one person's offices or relations
    offices = (
        "Sabine Weiß, Bezirksstadträtin im Bezirk Mitte und Vorsitzende der Verbundkonferenz der "
        "Öffentlichen Bibliotheken Berlins:"
    )
    assert [s[0] for s in _who(f"{offices} {quote}")] == ["Sabine Weiß"]
    assert [s[0] for s in _who(f"Alan Roß, Enkel von Arthur und Irene Barsch: {quote}")] == ["Alan Roß"]
    # a surname two people share names neither of them
    assert _who(f"Erna Weiß strickt gern, Karl Weiß angelt. {quote[:-2]}“, sagt Herr Weiß.") != [
        ("Erna Weiß", None, None, 1)
    ]
    # a roster of offices and names is no single speaker
    roster = (
        "Der Bürgermeister, Jan Roth, die Stadträtin, Anna Lehmann, der Landrat, Peter Kurz, der Pfarrer, "
        "Tim Brand, erklärten gemeinsam:"
    )
    assert ("Jan Roth", "Bürgermeister", None, 1) not in _who(f"{roster} {quote}")
    # someone else's letter, published by the addressee, is not her quote
    assert _who(
        "Die Bürgerinitiative hat Senatorin Anna Lehmann einen Brief geschrieben. Nun veröffentlicht sie den "
        "Brief: „Wir fordern mehr Bäume für die Straße. Bitte handeln Sie.“"
    ) == []
    # Spanish questions and a lost apostrophe keep their ``¿``
    spanish = "Der Film heißt ¿Qué pasa, Berlín? und läuft. ¿Dónde está? fragt sie. Die Kita¿s Kinder."
    rec = _release_titled("Kino", spanish)
    assert rec.body.count("¿") == 3
    # a headline's noun is no speaker where the name follows a preposition; a denial is no statement
    band = "Die Band von Jan Kunst spielt am Abend. Alle tanzten. „Das war ein großartiger Abend für alle.“"
    assert _who(band, "Kunst trifft Musik") == []
    assert _who("Dazu sagte Jan Roth nichts. „Das ist ein sehr wichtiges Thema für uns“, sagte sie.") == []


def _release_titled(title: str, text: str) -> Record:
    return extract_bytes(f"{title}\n\n12.03.2024\n\n{text}\n".encode(), "file:///tmp/x.txt")


def test_ministers_letters_and_called_as_quotes() -> None:
    # a letterhead's body is the publisher; a compound minister's title gives that ministry
    dump = (
        "Neue Streifenwagen für das Land\n\n"
        "Ministerium des Innern - Pressemitteilung Nr.: 101/24 Musterstadt, den 14. Februar 2024 Neue "
        "Streifenwagen für das Land Innenministerin Petra Lindner hat heute 40 Fahrzeuge übergeben. "
        "„Damit ist die Polizei wieder gut ausgestattet“, sagte die Innenministerin.\n"
    )
    rec = extract_bytes(dump.encode(), "file:///tmp/x.txt")
    assert rec.publisher == "Ministerium des Innern"
    assert [(s.name, s.role, s.organisation) for s in rec.speakers] == [
        ("Petra Lindner", "Innenministerin", "Ministerium des Innern")
    ]
    # only a ministry of the title's area and level; the minister's place stays in the role
    federal = "Das Bundesministerium für Bildung und Forschung fördert das Projekt."
    said = "„Das ist ein guter Tag für unsere Schulen im ganzen Land.“"
    assert _who(f"{federal} Bildungsministerin Eva Roth sagte: {said}") == [
        ("Eva Roth", "Bildungsministerin", None, 1)
    ]
    assert _who(f"{federal} Bundesbildungsministerin Eva Roth sagte: {said}") == [
        ("Eva Roth", "Bundesbildungsministerin", "Bundesministerium für Bildung und Forschung", 1)
    ]
    # words cited from the speaker's own letter, the office introduced with its place
    letter = (
        "Brandenburgs Ministerpräsident Karl Weber nimmt am Staatsakt teil. Der Ministerpräsident hatte den "
        "Verstorbenen gewürdigt. In seinem Kondolenzschreiben heißt es, der Verstorbene „gehörte zu den "
        "prägenden Persönlichkeiten unseres Landes. Wir werden ihn vermissen.“"
    )
    assert _who(letter) == [("Karl Weber", "Brandenburgs Ministerpräsident", "Brandenburg", 1)]
    # five marked words or more after ``betont … als`` are a quote; fewer are a designation
    called = (
        "Chris Lang, Geschäftsführer der Musikakademie Neustadt, betont die Bedeutung des Tages als „ein "
        "herausragendes Beispiel dafür, wie Nachwuchs gefördert werden kann.“ Alle danken."
    )
    assert _who(called) == [
        ("Chris Lang", "Geschäftsführer der Musikakademie Neustadt", "Musikakademie Neustadt", 1)
    ]
    assert _who("Chris Lang betont die Bedeutung des Tages als „großen Erfolg“. Alle danken.") == []
    # a district assembly's abbreviation written out; ``Berliner`` is no part of a department's name
    bvv = (
        "„Die Sitzung ist öffentlich und alle sind herzlich eingeladen“, so Jan Roth, Vorsteher der BVV "
        "Lichtenberg."
    )
    assert _who(bvv) == [
        ("Jan Roth", "Vorsteher der BVV Lichtenberg", "Bezirksverordnetenversammlung Lichtenberg", 1)
    ]
    henke = (
        "Auch Nina Kurz, Staatssekretärin für Bildung der Berliner Senatsverwaltung für Bildung, Jugend und "
        "Familie, unterstreicht: „Bildung und Berufsorientierung gehören eng zusammen.“"
    )
    assert [s[2] for s in _who(henke)] == ["Senatsverwaltung für Bildung, Jugend und Familie"]


def test_panel_reports_name_each_speaker_before_the_quote() -> None:
    said = "„Das Projekt zeigt, wie viel junge Menschen schaffen können, wenn man sie lässt.“"
    # a person named as the subject of the sentence before takes the quote from the speaker before
    panel = (
        f"„Lernen fängt mit Selbermachen an“, betont Dr. Tim Nolte, Vorsitzender des Vereins Plus e.V. Der "
        f"Preis wird jährlich vergeben. Gerd Kahl, Leiter des Praxislernens bei KIDS & CO, ist stolz. {said}"
    )
    assert _who(panel) == [
        ("Dr. Tim Nolte", "Vorsitzender des Vereins Plus e.V.", "Verein Plus e.V.", 1),
        ("Gerd Kahl", "Leiter des Praxislernens bei KIDS & CO", "KIDS & CO", 1),
    ]
    # a finite verb ends a role written without a comma; the honorific of the introduction is kept
    opened = (
        "Es diskutierten Prof. Dr. Mia Brandt, Direktorin des Stadtmuseums, und andere. Anna Kolbe, "
        f"Bezirksbürgermeisterin Steglitz-Zehlendorf eröffnete die Diskussion: {said} Darauf sagte Mia "
        "Brandt: „Wir brauchen den Standort und wir werden ihn gemeinsam mit allen Beteiligten erhalten.“"
    )
    assert _who(opened) == [
        ("Anna Kolbe", "Bezirksbürgermeisterin Steglitz-Zehlendorf", "Bezirksamt Steglitz-Zehlendorf", 1),
        ("Prof. Dr. Mia Brandt", "Direktorin des Stadtmuseums", "Stadtmuseum", 1),
    ]
    # a long office before the name: the body in the genitive, the commissioner's field after it
    commissioner = (
        "Die Beauftragte des Berliner Senats für Integration und Migration Lena Korb, ebenfalls Mitglied des "
        f"Beirats, hebt die Bedeutung hervor: {said}"
    )
    assert _who(commissioner) == [
        ("Lena Korb", "Beauftragte des Berliner Senats für Integration und Migration", "Berliner Senat", 1)
    ]


def test_municipal_attributions_by_office_abbreviation_and_place() -> None:
    said = "„Wir danken allen Einsatzkräften für ihre schnelle und umsichtige Arbeit in diesen Tagen.“"
    # ``OB`` shortens the office stated at the introduction
    ob = f"Oberbürgermeister René Kolbe verurteilt den Übergriff. OB Kolbe: {said}"
    assert _who(ob) == [("René Kolbe", "Oberbürgermeister", None, 1)]
    # ``so der Bürgermeister`` after a sentence in which a person without a stated office thanks
    thanks = (
        "Dirk Hanke richtet ein großes Dankeschön an alle Einsatzkräfte aus. "
        f"{said[:-2]}“, so der Bürgermeister."
    )
    assert _who(thanks) == [("Dirk Hanke", "Bürgermeister", None, 1)]
    assert _who(f"Anna Hanke wohnt seit 30 Jahren hier. {said[:-2]}“, so der Bürgermeister.") == []
    # the person quoted just before; a place adjective stays in the office and gives the organisation
    landrat = (
        f"„Ich danke den Stadtwerken“, sagte Peter Pohl bei der Eröffnung. {said[:-2]}“, so der Stendaler "
        "Landrat."
    )
    assert _who(landrat) == [("Peter Pohl", "Stendaler Landrat", "Stendal", 2)]
    # an informal name of the office, a missing comma before the verb
    chef = (
        "Gemeinsam mit den Stadtwerken hat Oberbürgermeister Steffen Kahl die Ladesäulen eingeweiht.\n\n"
        f"{said[:-2]}“ sagte Brandenburgs Rathauschef, der selbst elektrisch fährt."
    )
    assert _who(chef) == [("Steffen Kahl", "Brandenburgs Rathauschef", "Brandenburg", 1)]
    # ``So die Worte von …`` after the quote; office and name in brackets after it
    assert _who(f"{said} So die Worte von Bürgermeister Norbert Stamm.") == [
        ("Norbert Stamm", "Bürgermeister", None, 1)
    ]
    assert _who(f"{said} (Bürgermeister Erik Lenz)") == [("Erik Lenz", "Bürgermeister", None, 1)]
    # a country before the office in brackets; the employer written without an article
    assert _who(f"{said} (Prof. Dr. Kurt Kahl, Österreich, Biologe Universität Wien) Es folgt Musik.") == [
        ("Prof. Dr. Kurt Kahl", "Biologe Universität Wien", "Universität Wien", 1)
    ]


def test_page_text_with_skip_links_and_dates_of_the_next_year() -> None:
    dump = (
        "Sprungziele\n16.03.2020\n\nAbsage von Sitzungen\n\n"
        "Die Stadt setzt alle Sitzungen aus. Der Städtetag tagt im kommenden Jahr vom 4. bis zum 6. Juni in "
        "Dortmund. „Das ist bitter“, sagte er. Der Rat tagt wieder am 19. April.\n"
    )
    rec = extract_bytes(dump.encode(), "file:///tmp/x.txt")
    assert (rec.title, rec.date, rec.categories) == ("Absage von Sitzungen", "2020-03-16", [])
    assert rec.mentioned_dates == ["2020-04-19", "2021-06-04", "2021-06-06"]
    news = "OB wiedergewählt\n\nNachricht vom 08.06.2018\n\nDer Rat hat gewählt.\n"
    rec = extract_bytes(news.encode(), "file:///tmp/x.txt")
    assert rec.date == "2018-06-08"


def test_photo_order_captions_and_a_signature_leave_the_body() -> None:
    dump = (
        "Förderbescheid übergeben\n\n12.03.2024\n\n"
        "Der Minister hat den Bescheid heute im Rathaus an die Gemeinde übergeben.\n\nv.l.n.r.:\n\n"
        "Abgeordnete Martina Kahl (SPD), Bürgermeister Norbert Pohl\n\n"
        "Freuen sich über den Bescheid: v.l. Martina Kahl und Norbert Pohl\n\n"
        "Das Geld fließt in den Breitbandausbau der Gemeinde, wie die Verwaltung heute mitteilte.\n\n"
        "Gez. Dr. Bader, Oberbürgermeister\n\nRathausuhr\n"
    )
    rec = extract_bytes(dump.encode(), "file:///tmp/x.txt")
    assert rec.body == (
        "Der Minister hat den Bescheid heute im Rathaus an die Gemeinde übergeben.\n\n"
        "Das Geld fließt in den Breitbandausbau der Gemeinde, wie die Verwaltung heute mitteilte."
    )
    # the order of people inside a long paragraph of text keeps the paragraph
    long_text = "Die Preisträger (v.l.) Anna Kahl und Jan Pohl freuen sich. " + "Der Preis ist hoch. " * 25
    rec = _release_titled("Preis verliehen", long_text)
    assert rec.body.startswith("Die Preisträger (v.l.) Anna Kahl")


def test_a_lead_of_sentences_in_a_heading_element_is_no_headline() -> None:
    lead = (
        "Schwerpunkt Kommunikation: Im Frühjahr bietet der Verband zwei neue Seminare an. Themen sind der "
        "Umgang mit den sozialen Medien und die Pressearbeit. Partner ist eine Akademie in Berlin."
    )
    page = (
        "<html><head><title>Neue Online-Seminare</title></head><body><main>"
        f"<h3>{lead}</h3><p>Am 11. und 12. März 2022 bietet der Verband die Schreibwerkstatt an. Der "
        "Workshop vermittelt Grundlagen der Pressearbeit für Vereine und Verbände.</p></main></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///t.html")
    assert rec.title == "Neue Online-Seminare"
    assert rec.body.startswith("Schwerpunkt Kommunikation: Im Frühjahr")


def test_review_findings_of_the_municipal_rules_stay_fixed() -> None:
    said = "„Wir freuen uns auf das nächste Fest mit allen Vereinen der Stadt.“"
    # an office in the other gender, or a person with an affiliation, is someone else
    assert _who(f"„Das lief gut“, sagt Anna Kahl. {said[:-2]}“, so der Bürgermeister.") == [
        ("Anna Kahl", None, None, 1)
    ]
    # a place adjective before the office keeps the speaker, and stays in the role with its town
    assert _who(f"Die Potsdamer Oberbürgermeisterin, Anna Kahl, sagt: {said}") == [
        ("Anna Kahl", "Potsdamer Oberbürgermeisterin", "Potsdam", 1)
    ]
    # a body's name with a verb stays whole; an abbreviated office is written out
    body = f"{said[:-2]}“, sagte Anna Kahl, Vorsitzende der Initiative Kiez bleibt bunt."
    assert _who(body) == [
        ("Anna Kahl", "Vorsitzende der Initiative Kiez bleibt bunt", "Initiative Kiez bleibt bunt", 1)
    ]
    ob = f"{said[:-2]}“, sagte OB Klaus Pohl. Oberbürgermeister Klaus Pohl eröffnete das Fest."
    assert _who(ob) == [("Klaus Pohl", "Oberbürgermeister", None, 1)]
    # a title after ``als`` is no quote; only dates next to ``im kommenden Jahr`` move on a year
    assert _who("Max Kahl bezeichnete das Buch als „Die Geschichte der Stadt von 1900 bis 1945“. Gut.") == []
    season = "Sie startete am 1. Oktober und dauert bis zum 30. April des kommenden Jahres."
    dates = [d.value for d in find_dates(season, 2023)]
    assert dates == ["2023-10-01", "2024-04-30"]


def _dump(text: str) -> Record:
    return extract_bytes(text.encode(), "file:///tmp/x.txt")


def test_section_labels_breadcrumbs_image_labels_and_a_repeated_headline() -> None:
    # a site's section name over the headline is nothing; ordinal dots in a headline are no sentences
    rec = _dump(
        "Stadtnachricht\n\nNotstand von Mittwoch, 23. Juni bis einschließlich Freitag, 25. Juni 2021\n\n"
        "Die Regenfälle hatten rund 250 Einsätze der Feuerwehr zur Folge, die unentgeltlich geholfen hat.\n"
    )
    assert (rec.kicker, rec.title, rec.subtitle) == (
        None,
        "Notstand von Mittwoch, 23. Juni bis einschließlich Freitag, 25. Juni 2021",
        None,
    )
    assert rec.mentioned_dates == ["2021-06-23", "2021-06-25"]
    portal = _dump(
        "Nachrichtenportal\n\nMitgliederversammlung\n\nOB Kahl in den Vorstand gewählt\n\n"
        "Nachricht vom 08.06.2018\n\nAuf der letzten Versammlung wurde Oberbürgermeister Kai Kahl gewählt.\n"
    )
    assert (portal.kicker, portal.title) == ("Mitgliederversammlung", "OB Kahl in den Vorstand gewählt")
    # a breadcrumb list ending in the headline, an image's alternative text under it
    rec = _dump(
        "- Aktuelles aus der Kammer\n- Betriebe erwarten Handeln\nBetriebe erwarten Handeln\n\n"
        "Grafik Kammer\nGrafik\nUmfrage zeigt keinen Aufwärtstrend in der Region\n"
        "Fast ein Drittel der befragten Betriebe beurteilt die eigene Lage derzeit als schlecht. Dass sich "
        "in der näheren Zukunft etwas bessert, erwarten lediglich 13 Prozent der Betriebe der Region.\n"
        "Zumindest zeichnet sich eine Aufhellung im Einzelhandel ab. Der Anstieg der Löhne dürfte die "
        "Kaufkraft "
        "gestärkt haben, schreibt die Kammer in ihrem Bericht über das zweite Quartal des Jahres.\n"
    )
    assert rec.title == "Betriebe erwarten Handeln"
    assert rec.subtitle == "Umfrage zeigt keinen Aufwärtstrend in der Region"
    assert "Aktuelles" not in rec.body and "Grafik" not in rec.body
    # the headline repeated under itself is no subtitle
    headline = "Älteste Bürgerin feiert 100. Geburtstag"
    rec = _dump(f"{headline}\n\n{headline}\n\nFrau Erna Beispiel ist die Älteste. Sie feierte gestern.\n")
    assert (rec.title, rec.subtitle) == ("Älteste Bürgerin feiert 100. Geburtstag", None)


def test_an_operations_report_fact_box_and_a_founded_zweckverband() -> None:
    report = (
        "Anwohner bemerkten Rauch an einer Scheune. Die Feuerwehr wurde alarmiert und löschte den Brand.\n\n"
        "Kurz und bündig\n\nEinsatz.Nr.: 2. Einsatz in diesem Jahr\nEinsatzart: Brandeinsatz\n"
        "Datum: Freitag, 21.02.2014\nAlarmierung: 14:31 Uhr\n\n"
        "Fahrzeuge: LF10, MTW\nWeitere Kräfte: Polizei\n"
    )
    rec = _dump(report)
    assert (rec.date, rec.categories, rec.mentioned_dates) == ("2014-02-21", ["Brandeinsatz"], [])
    assert "Kurz und bündig" not in rec.body and "Einsatzart" not in rec.body and "LF10" not in rec.body
    # an event's ``Ort:``/``Eintritt:`` lines are text
    event = _dump("Sommerfest im Park\n\n12.03.2024\n\nDas Fest beginnt am Mittag.\n\n"
                  "Ort: Stadtpark\nBeginn: 12 Uhr\nEintritt: frei\n")
    assert "Eintritt: frei" in event.body and event.categories == []
    founded = _dump(
        "Entstehung\n\nMit dem Ziel einer gemeinsamen Kläranlage gründeten die Gemeinden Burgsalach und "
        "Raitenbuch sowie der Markt Nennslingen einen Zweckverband zur Abwasserbeseitigung. Er arbeitet seit "
        "2015.\n"
    )
    (ml,) = founded.member_lists
    assert ml.label == "Zweckverband zur Abwasserbeseitigung"
    assert [(m.name, m.kind) for m in ml.members] == [
        ("Burgsalach", "Gemeinde"), ("Raitenbuch", "Gemeinde"), ("Nennslingen", "Gemeinde")
    ]


def test_a_statement_release_and_offices_written_out_from_the_text() -> None:
    statement = (
        "„Sehr geehrte Bürgerinnen und Bürger, hiermit möchte ich Sie über die Lage in unserem Amt "
        "informieren. Die Fachabteilung arbeitet mit hoch qualifiziertem Personal. Bleiben Sie gesund und "
        "gehen Sie besonnen mit der Lage um.“"
    )
    assert _who(statement, "Lage - Gesundheitsstadtrat Kowalczyk zur aktuellen Lage") == [
        ("Kowalczyk", "Gesundheitsstadtrat", None, 1)
    ]
    assert _who(statement + " Das Amt bleibt geöffnet.", "Gesundheitsstadtrat Kowalczyk zur Lage") == []
    said = "„Wir freuen uns auf das nächste Fest mit allen Vereinen der Stadt.“"
    # a clause's conjunction is no part of the office; ``neue`` goes
    clause = f"Wie Bezirksstadtrat Kai Kahl (parteilos) mitteilte, ist alles fertig. {said[:-2]}“, so Kahl."
    assert _who(clause) == [
        ("Kai Kahl", "Bezirksstadtrat", None, 1)
    ]
    new = f"Der neue Vorstandsvorsitzende der Förderbank Beispiel, Dr. Kai Kahl, sagt: {said}"
    assert _who(new) == [
        ("Dr. Kai Kahl", "Vorstandsvorsitzende der Förderbank Beispiel", "Förderbank Beispiel", 1)
    ]
    # an office introduced with the Land and a field: the ministry; the next person's office is not hers
    pair = (
        "Brandenburgs Ministerin für Arbeit, Soziales und Familie Erna Beispiel und Berlins Senatorin für "
        "Gesundheit, Pflege und Gleichstellung Anna Kahl haben heute ein Krankenhaus in Berlin besucht. "
        f"Ministerin Beispiel ergänzt: {said} Dazu erklärt Gesundheitssenatorin Kahl: {said}"
    )
    assert _who(pair) == [
        ("Erna Beispiel", "Brandenburgs Ministerin für Arbeit, Soziales und Familie",
         "Ministerium für Arbeit, Soziales und Familie", 1),
        ("Anna Kahl", "Gesundheitssenatorin",
         "Senatsverwaltung für Gesundheit, Pflege und Gleichstellung", 1),
    ]
    # a Berlin district named after the field, a body's legal form and a slash inside a role
    district = f"Bezirksstadtrat für Stadtentwicklung Charlottenburg-Wilmersdorf Kai Kahl: {said} Berlin!"
    assert _who(district) == [
        ("Kai Kahl", "Bezirksstadtrat für Stadtentwicklung Charlottenburg-Wilmersdorf",
         "Bezirksamt Charlottenburg-Wilmersdorf", 1)
    ]
    assert _who(f"Vorsitzender des Museum-Archiv e.V. Dr. Kai Kahl: {said}") == [
        ("Dr. Kai Kahl", "Vorsitzender des Museum-Archiv e.V.", "Museum-Archiv e.V.", 1)
    ]
    assert _who(f"Gespendet werden die Bären vom Verband Berlin e.V. Bezirksstadtrat Kai Kahl: {said}") == [
        ("Kai Kahl", "Bezirksstadtrat", None, 1)
    ]
    assert _who(f"Die Direktorin des Archiv / Museum für Gestaltung Dr. Erna Beispiel sagte: {said}") == [
        ("Dr. Erna Beispiel", "Direktorin des Archiv / Museum für Gestaltung",
         "Archiv / Museum für Gestaltung", 1)
    ]
    brand = f"Auch 4xy-Geschäftsführer Kai Kahl sagt: {said} Kontakt: 4xy GmbH Neue Medien, Hauptstraße 1."
    assert _who(brand) == [("Kai Kahl", "4xy-Geschäftsführer", "4xy GmbH Neue Medien", 1)]


def test_pronouns_across_paragraphs_praise_after_a_quote_and_reported_speech_between_quotes() -> None:
    # ``Er erläuterte:`` opening a paragraph: the person the paragraph before ends with
    forester = (
        "Der Einsatz dauerte gut drei Stunden. Förster Kai Kahl leitete die Freiwilligen an.\n\n"
        "Er erläuterte: „Die Fläche war durch das Grundgestein sehr schwierig zu bepflanzen.“"
    )
    assert _who(forester) == [("Kai Kahl", "Förster", None, 1)]
    # an adverb and the verb before the subject; a verb of praise after the quote
    visit = (
        "Die Kinder bekamen Besuch von Bürgermeister Kai Kahl. Dann sorgte der Bürgermeister selbst für "
        "Spannung: Mit einer Schultüte in der Hand trat er vor die Klasse. „Diesmal sind aber keine "
        "Süßigkeiten drin“, verriet er mit einem Schmunzeln."
    )
    assert _who(visit) == [("Kai Kahl", "Bürgermeister", None, 1)]
    praise = "„Menschen im Ehrenamt gehören einer besonderen Art an“, würdigte Landrat Kai Kahl deren Wirken."
    assert _who(praise) == [("Kai Kahl", "Landrat", None, 1)]
    # the speaker's words reported in the Konjunktiv keep their voice for the quote of the next paragraphs
    thanks = (
        "„Die Lage im Landkreis ist sehr gut bewältigt worden“, so Ministerpräsident Kai Kahl. Alle Behörden "
        "hätten hier ausgezeichnete Arbeit geleistet.\n\n„Das Management muss weiter überprüft werden.\n\n"
        "Mein besonderer Dank geht an die vielen Helfer von Feuerwehr und THW“.\n\n"
        "Quelle: Pressemitteilung der Staatskanzlei Nr. 454/2017 vom 27.7.2017"
    )
    rec = extract_bytes(f"Dank an die Helfer\n\n{thanks}\n".encode(), "file:///tmp/x.txt")
    assert [len(s.quotes) for s in rec.speakers] == [2] and rec.date == "2017-07-27"
    plain = thanks.replace("hätten", "haben")
    rec = extract_bytes(f"Dank an die Helfer\n\n{plain}\n".encode(), "file:///tmp/x.txt")
    assert [len(s.quotes) for s in rec.speakers] == [1]


def test_page_text_headline_furniture_and_lists_of_a_paragraph_to_a_line() -> None:
    greeting = (
        "Frohe Weihnachten und ein gesundes neues Jahr\nWünsche des Landrates Kai Kahl\n"
        "In einer kurzen Videobotschaft melden sich der Kreistagspräsident und der Landrat zu Wort.\n"
        "Liebe Bürgerinnen und Bürger,\nein ereignisreiches Jahr neigt sich dem Ende. Ich wünsche Ihnen "
        "allen eine besinnliche Weihnachtszeit mit Ihren Familien und Freunden, bevor es mit Hoffnungen und "
        "Wünschen ins neue Jahr geht.\nKommen Sie gut in ein hoffentlich gesundes Jahr 2026.\n"
    )
    rec = _dump(greeting)
    assert (rec.title, rec.subtitle) == (
        "Frohe Weihnachten und ein gesundes neues Jahr", "Wünsche des Landrates Kai Kahl"
    )
    closure = (
        "Sprungziele\nSeiteninhalt\n\nCoronavirus\nSchließung Amtsverwaltung\n\n"
        "Liebe Bürgerinnen und Bürger,\n\n"
        "die Amtsverwaltung wird mit sofortiger Wirkung für die allgemeine Öffentlichkeit geschlossen.\n"
    )
    rec = _dump(closure)
    assert (rec.kicker, rec.title, rec.subtitle) == ("Coronavirus", "Schließung Amtsverwaltung", None)
    assert rec.body.startswith("Liebe Bürgerinnen und Bürger,")
    elected = (
        "Amtsdirektor Kai Kahl wiedergewählt\n\nAmt Brüssow, den 03.06.2008\n\nAb Oktober dritte Amtszeit\n\n"
        "Auf der Sitzung des Amtsausschusses wurde der bisherige Amtsdirektor für acht Jahre wiedergewählt.\n"
    )
    rec = _dump(elected)
    assert (rec.subtitle, rec.date, rec.place) == (
        "Ab Oktober dritte Amtszeit", "2008-06-03", "Amt Brüssow"
    )
    rec = _dump(
        "Wappen\n\nErstes Treffen der Ortsbürgermeister\n\nErstellt von Verbandsgemeinde Musterland\n\n"
        "Die Ortsbürgermeister haben sich am vergangenen Mittwoch nach den Wahlen versammelt.\n"
    )
    assert (rec.kicker, rec.title, rec.subtitle) == (None, "Erstes Treffen der Ortsbürgermeister", None)
    assert "Erstellt von" not in rec.body


def test_members_with_their_votes_and_an_amt_named_after_its_municipalities() -> None:
    association = (
        "Organe und Mitglieder\nDer TWZV ist eine Körperschaft des öffentlichen Rechts und arbeitet ohne "
        "Gewinnerzielungsabsicht. Mit seinem Wasserwerk versorgt er rund 20.000 Einwohner mit Trinkwasser.\n"
        "Verbandsmitglieder:\nStadt Gröditz mit 1 Stimme\nGemeinde Röderaue mit 1 Stimme\n"
        "Stadt Großenhain mit 1 Stimme\nDer Sitz des Verbandes befindet sich in:\n01609 Röderaue,\n"
        "Verbandsvorsitzender ist Herr Kai Kahl.\n"
    )
    (ml,) = _dump(association).member_lists
    assert [(m.name, m.kind) for m in ml.members] == [
        ("Gröditz", "Stadt"), ("Röderaue", "Gemeinde"), ("Großenhain", "Stadt")
    ]
    amt = _dump(
        "Zehn Jahre Verwaltungsgemeinschaft\n\n12.03.2024\n\nDie Gemeinden Alt-Mölln, Bälau, Niendorf a.d. "
        "Stecknitz, Talkau und Woltersdorf gehören zum Amt Breitenfelde, dessen Verwaltung in Mölln sitzt.\n"
    )
    (ml,) = amt.member_lists
    assert ml.label == "Amt Breitenfelde"
    assert [m.name for m in ml.members] == [
        "Alt-Mölln", "Bälau", "Niendorf a.d. Stecknitz", "Talkau", "Woltersdorf"
    ]


def test_signatures_captions_and_widgets_of_page_text_leave_the_body() -> None:
    long_line = (
        "Am Samstag sammelten große und kleine Menschen mit Müllsäcken, Handschuhen und Greifzangen den "
        "Abfall im ganzen Gemeindegebiet ein, und am Ende waren es mehr als vierzig volle Säcke voller Unrat."
    )
    rec = _dump(f"Aktion\n\n12.03.2024\n\n{long_line}\n{long_line}\nErna Beispiel\nBürgermeisterin\n")
    assert rec.body.endswith("Unrat.") and "Erna Beispiel" not in rec.body
    rec = _dump(f"Frohe Weihnachten\n\n12.03.2024\n\n{long_line}\n\nIhr Landrat Kai Kahl\n")
    assert "Ihr Landrat" not in rec.body
    page = (
        f"Richtfest im Feuerwehrhaus\n\n12.03.2024\n\n{long_line}\n\n"
        "vergrößern Landrat Kai Kahl (Mitte) und die Preisträger\n\n"
        "Ministerpräsident Kai Kahl und Landrat Max Muster\n\n"
        "Die Ortschefs sind geehrt worden. Das Bild zeigt: Erna Beispiel (Kirf) und Kai Kahl. Foto: Presse"
        f"\n\n{long_line}\n\nDer Freistaat Musterland in den sozialen Netzwerken:\n\n4Bilder...\n\n"
        "zurück...\n"
    )
    rec = _dump(page)
    assert rec.body == f"{long_line}\n\n{long_line}"
    # a letter's salutation opens the text; a long line ending in a colon opens its paragraph
    letter = _dump(
        "Schließung der Verwaltung\n\nLiebe Bürgerinnen und Bürger,\n\n"
        "die Verwaltung wird mit sofortiger Wirkung für die allgemeine Öffentlichkeit geschlossen.\n"
    )
    assert letter.body.startswith("Liebe Bürgerinnen und Bürger,\n\ndie Verwaltung")
    opener = _dump(f"Ein besonderer Vormittag für die 22 Erstklässler:\n{long_line}\n{long_line}\n")
    assert opener.title is None
    assert opener.body.startswith("Ein besonderer Vormittag für die 22 Erstklässler: Am Samstag")


def test_a_headline_over_its_date_under_a_menu_and_the_subject_after_an_adverbial() -> None:
    page = (
        "Hand trägt Haus\n  • Über uns\n\nBürger investieren in eine saubere Umwelt\n\n(vom 17.08.2011)\n\n"
        "Photovoltaikanlage auf dem Dach der Grundschule\n\nGroßes Interesse fand das Angebot der Stadtwerke "
        "an ihre Kunden, ihr Geld in den Ausbau einer umweltfreundlichen Stromversorgung zu investieren.\n"
    )
    rec = _dump(page)
    assert (rec.title, rec.subtitle, rec.date) == (
        "Bürger investieren in eine saubere Umwelt",
        "Photovoltaikanlage auf dem Dach der Grundschule",
        "2011-08-17",
    )
    assert rec.body.startswith("Großes Interesse") and "Über uns" not in rec.body
    # without a menu the short line above stays the overline
    rec = _dump(
        "Staatskanzlei\n\nPressefrühstück zum Jahresende\n\nveröffentlicht am 20.12.2012\n\nDas Frühstück "
        "findet im Presseraum der Staatskanzlei statt, alle Journalisten sind eingeladen.\n"
    )
    assert (rec.kicker, rec.title) == ("Staatskanzlei", "Pressefrühstück zum Jahresende")
    said = "„Für eine Professionalisierung ist es nötig, ständige Wahlämter einzurichten“"
    podcast = (
        f"{said}, schlussfolgert im Podcast von Wahlleiter Erna Beispiel der zuständige Bezirksstadtrat "
        "Kai Kahl."
    )
    assert _who(podcast) == [("Kai Kahl", "zuständige Bezirksstadtrat", None, 1)]
    paper = f"{said}, sagte Bürgermeister Kai Kahl der Zeitung."
    assert _who(paper) == [("Kai Kahl", "Bürgermeister", None, 1)]


def test_review_findings_of_the_page_text_and_praise_rules_stay_fixed() -> None:
    said = "„Ihr Einsatz für die Tafel ist vorbildlich und verdient höchste Anerkennung“"
    # the praised one after a verb of praise is no speaker
    assert _who(f"{said}, würdigte Bürgermeisterin Erna Beispiel den Vorsitzenden, Kai Kahl.") == [
        ("Erna Beispiel", "Bürgermeisterin", None, 1)
    ]
    founder = f"{said}, lobte Landrat Muster die Gründerin Erna Beispiel."
    assert _who(founder) == [("Muster", "Landrat", None, 1)]
    assert _who(f"{said}, lobte die Jury den Beitrag von Schülerin Erna Beispiel.") == []
    # a picture's description inside running text or a quote stays text
    rec = _dump(
        "Chronik erschienen\n\n12.03.2024\n\nDie alte Mühle stand bis 1965 am Fluss – das Foto zeigt sie "
        "kurz vor dem Abriss. Die Chronik ist im Rathaus erhältlich.\n"
    )
    assert "Abriss" in rec.body
    # a headline about social media is no widget; a job advert or a donation box is no report's fact box
    social = _dump("Hass und Hetze in den sozialen Netzwerken\n\n12.03.2024\n\nDie Stadt lädt ein.\n")
    assert social.title == "Hass und Hetze in den sozialen Netzwerken"
    box = _dump(
        "Spenden für Adorf\n\n12.03.2024\n\nDie Gemeinde bittet um Spenden.\n\n"
        "Kontoinhaber: Gemeinde Beispiel\nIBAN: DE12 3456\nStichwort: Hochwasserhilfe Adorf\n"
    )
    assert "IBAN" in box.body and box.categories == []
    # a short sentence after a list of short paragraphs, a list of people, bodies in a genitive
    lead = "Die Gemeinden haben sich zum 1. Januar zu einem gemeinsamen "
    lead += "Amt zusammengeschlossen, teilt die Verwaltung mit."
    amt = _dump(
        f"Verwaltung neu geordnet\n\n12.03.2024\n\n{lead}\n\nDem Amt gehören folgende Gemeinden an:\n\n"
        "Gemeinde Adorf\n\n"
        "Gemeinde Bedorf\n\nDie Verwaltung sitzt in Adorf.\n"
    )
    assert [[m.name for m in ml.members] for ml in amt.member_lists] == [["Adorf", "Bedorf"]]
    people = _dump(
        f"Beirat gewählt\n\n12.03.2024\n\n{lead}\n\nDem Beirat gehören folgende Mitglieder an:\n\n"
        "Kai Kahl\n\n"
        "Erna Beispiel\n\nMax Muster\n"
    )
    assert people.member_lists == []
    clubs = _dump(
        "Neue Spielgemeinschaft\n\n12.03.2024\n\nDie Fußballvereine der Gemeinden Adorf und Bedorf "
        "gründeten eine Spielgemeinschaft für den Nachwuchs.\n"
    )
    assert clubs.member_lists == []
    # another person's report between two quotes, a party after a name, a former senator's portfolio
    flood = (
        "„Die Pegel sinken langsam“, so Landrat Kai Kahl. Bürgermeisterin Erna Beispiel sagte, sie sei "
        "froh.\n\n"
        "„Wir danken allen Einsatzkräften von Herzen.“"
    )
    assert [s[0] for s in _who(flood)] == ["Kai Kahl", "Erna Beispiel"]
    assert _who("Bezirksbürgermeister Kai Kahl /Die Linke) betont: „Ein Ort für alle ist das hier.“") == [
        ("Kai Kahl", "Bezirksbürgermeister", None, 1)
    ]
    former = (
        "Der Preis geht auf den damaligen Senator für Gesundheit, Soziales und Verbraucherschutz zurück. "
        "„Wir feiern 25 Jahre Konferenz in Berlin.“, sagte Gesundheitssenatorin Erna Beispiel."
    )
    assert _who(former) == [("Erna Beispiel", "Gesundheitssenatorin", "Senatsverwaltung für Gesundheit", 1)]
    # a sentence naming an older release is no footer date; a place's body in a headline is no speaker
    old = _dump(
        "Neue Satzung\n\nDie Satzung gilt ab Juni.\n\nDie Pressemitteilung der Stadt vom 3. Mai 2019 "
        "zur alten Satzung ist damit überholt.\n"
    )
    assert old.date is None and "überholt" in old.body
    statement = (
        "„Sehr geehrte Bürgerinnen und Bürger, der Haushalt der Stadt ist ausgeglichen und die "
        "Rücklagen bleiben unangetastet, wie wir es versprochen haben. Wir danken allen.“"
    )
    assert _who(statement, "Stadtrat Potsdam zur Haushaltslage") == []


def test_marked_parts_in_reported_speech_and_surnames_with_a_form_of_address() -> None:
    # a marked part ending the sentence after a sentence of saying: the words of the person named before
    thanks = (
        "Bürgermeister Kai Kahl begrüßte die Gäste.\n\nEr dankte den Firmen für ihre Arbeit. Durch die "
        "Eigenleistung haben sie „die Kosten bereits gemindert und die Verbundenheit gestärkt.“ Danach "
        "gab es Kaffee."
    )
    assert _who(thanks) == [("Kai Kahl", "Bürgermeister", None, 1)]
    view = (
        "Für Amtsdirektor Jens Roth steht der ländliche Raum im Mittelpunkt. Der Ansatz der Kreisverwaltung "
        "sei deshalb für ihn „ein Schritt in die richtige Richtung“."
    )
    assert _who(view) == [("Jens Roth", "Amtsdirektor", None, 1)]
    answer = (
        "Frau Ida Lenz saß gerührt dabei und kommentierte die Wünsche mit einem frohen „bleiben Sie alle "
        "schön gesund“."
    )
    assert _who(answer) == [("Ida Lenz", None, None, 1)]
    # not the words of a body, a quoted name after a noun, or one in the middle of the sentence
    press = "Ida Lenz wurde 1919 gewählt. Die Lokalpresse bezeichnete sie als „die erste Frau im Magistrat“."
    assert _who(press) == []
    named = "Stadträtin Ida Lenz informiert: Das Projekt „Mehr Bienen für die Stadt – alles blüht auf!“ lief."
    assert _who(named) == []
    # ``Herr``/``Frau`` make a surname a person; an object pronoun after an inverted verb is no subject
    school = (
        "Die Schule spart Energie. Konkret verdeutlicht es Frau Dr. Lenz: „Schulen verbrauchen mehr Wärme "
        "als bis zu 500 Haushalte.“ Herr Brauch führt hierzu weiter aus: „Die Gebäude sind sehr "
        "unterschiedlich.“"
    )
    assert _who(school) == [("Dr. Lenz", None, None, 1), ("Brauch", None, None, 1)]
    # ``bringt X auf den Punkt`` is a verb of saying; a pronoun of the other gender is not the last speaker
    club = (
        "„Wir fahren für Heimspiele nach Werder“, berichtet Abteilungsleiter Tom Page. Trainerin Anja "
        "Frieber lud zum Spiel ein. „Ich brenne auf alles, was sich bewegt“ bringt Frieber auf den Punkt. "
        "„Die Geräte sind schon da“ berichtet sie stolz."
    )
    assert _who(club) == [("Tom Page", "Abteilungsleiter", None, 1), ("Anja Frieber", "Trainerin", None, 2)]
    # a surname alone after the verb; ``zuständige`` stays in the office as stated
    alone = (
        "Sandra Kühn, Senatorin für Bildung, äußerte sich. Es kann nun in Kraft treten Zugleich "
        "unterstreicht Kühn: „Berlin übernimmt hier eine Vorreiterrolle.“ „Wir öffnen wieder“, sagt die "
        "zuständige Bezirksstadträtin Eva Rau."
    )
    assert _who(alone) == [
        ("Sandra Kühn", "Senatorin für Bildung", "Senatsverwaltung für Bildung", 1),
        ("Eva Rau", "zuständige Bezirksstadträtin", None, 1),
    ]


def test_page_text_of_an_amt_a_county_landrat_and_a_photo_caption_on_top() -> None:
    # an Amt that ``besteht aus`` its Gemeinden; a menu run together is no headline
    amt = _dump(
        "AltdorfBergheimNeudorfSeeheimTalheim\n\nGemeinden\n\nEin Amt ist ein Verbund mehrerer Gemeinden mit "
        "gemeinsamer Verwaltung. Es dient der Stärkung der Gemeinden.\n\nDas Amt Eggebek besteht aus den "
        "Gemeinden Eggebek, Janneby, Jörl und Wanderup und verwaltet derzeit 8.390 Einwohner.\n"
    )
    assert amt.title == "Gemeinden"
    (ml,) = amt.member_lists
    assert ml.label == "Amt Eggebek"
    assert [m.name for m in ml.members] == ["Eggebek", "Janneby", "Jörl", "Wanderup"]
    # bodies in brackets of an enumeration are no members
    former = _dump(
        "Samtgemeinde\n\nDie Samtgemeinde wurde 1974 gebildet. Ihr gehören sechs Mitgliedsgemeinden an, die "
        "vorher den aufgelösten Landkreisen Springe (Hülsede, Lauenau) und Grafschaft Schaumburg (Apelern "
        "und Rodenberg) angehörten.\n"
    )
    assert all("(" not in m.name for ml in former.member_lists for m in ml.members)
    # a caption with its credit above the page's headline; the county of a ``Börde-Landrat``
    visit = _dump(
        "Foto Landkreis Börde / Landrat Kai Kahl auf Stippvisite bei seinem Amtskollegen. Beide stehen "
        "im Büro.\n\n"
        "Stippvisite bei Börde-Landrat Jan Roth / Landrat Kai Kahl auf Kennenlerntour\n\n"
        "Nach seiner Wahl hat Kai Kahl sein Amt angetreten. Nun gilt es die Nachbarn kennenzulernen.\n\n"
        "Jan Roth skizziert Eckpunkte seiner Verwaltung. „Fragen der Zusammenarbeit sind immer Fragen, auf "
        "die man Antworten haben sollte.“\n"
    )
    assert visit.title.startswith("Stippvisite bei Börde-Landrat") and "Beide stehen" not in visit.body
    assert [(s.name, s.role, s.organisation) for s in visit.speakers] == [
        ("Jan Roth", "Börde-Landrat", "Landkreis Börde")
    ]
    # a role with a slash, an attribution shortening a compound, an office after a preposition
    assert _who(
        "Es kamen Vertreter des Roten Kreuzes Deggendorf und Landrat / BRK-Kreisvorsitzender Jan Roth. "
        "„Blut ist ein besonderer Saft, weil es nicht künstlich hergestellt werden kann“, betonte Jan Roth."
    ) == [("Jan Roth", "Landrat / BRK-Kreisvorsitzender", None, 1)]
    assert _who(
        "Bürgermeister Kai Kahl und VG-Wehrleiter Jan Roth informierten den Ausschuss. Wehrleiter Roth "
        "dankte allen: „Wir danken unseren Gremien für die Unterstützung.“"
    ) == [("Jan Roth", "VG-Wehrleiter", "Verbandsgemeinde", 1)]
    # ``so der Stellvertretende Landrat`` after ``vom Stellvertretenden Landrat X``: him, in the nominative
    assert _who(
        "Die Azubis wurden vom Stellvertretenden Landrat Jan Roth begrüßt. „Sie haben alle Chancen“, sagte "
        "Jan Roth. „Verwaltung ist nicht so dröge, wie manche meinen“, so der Stellvertretende Landrat."
    ) == [("Jan Roth", "Stellvertretende Landrat", None, 2)]
    # ``OB`` stays where the text never writes the office out
    ob = _who("OB Jan Roth: „Ich begrüße die Umstellung auf E-Fahrzeuge sehr.“")
    assert ob == [("Jan Roth", "OB", None, 1)]


def test_page_text_lead_lines_site_name_twice_date_run_in_and_an_address_box() -> None:
    doubled = _dump(
        "Landkreis Passau Landkreis Passau\n\nHohe Auszeichnung für fünf Persönlichkeiten\n\n"
        "Meldung vom 18.10.2018 Landrat Kai Kahl verleiht Ehrenringe an fünf Bürgerinnen und Bürger\n\n"
        "Über die hohe "
        "Auszeichnung durften sich am Montag fünf Frauen und Männer aus dem Passauer Land freuen.\n"
    )
    assert (doubled.kicker, doubled.title, doubled.date) == (
        None, "Hohe Auszeichnung für fünf Persönlichkeiten", "2018-10-18"
    )
    assert doubled.subtitle == "Landrat Kai Kahl verleiht Ehrenringe an fünf Bürgerinnen und Bürger"
    lines = _dump(
        "06.11.2018 - 280/2018\nNiederbayern / Kommunales\nSieben Niederbayern mit Verdienstmedaille "
        "geehrt\n\nRegierungspräsident Kai Kahl hat heute sieben Niederbayern mit der "
        "Verdienstmedaille geehrt. Die Feier fand in Landshut statt.\n"
    )
    assert (lines.kicker, lines.title, lines.date) == (
        "Niederbayern / Kommunales", "Sieben Niederbayern mit Verdienstmedaille geehrt", "2018-11-06"
    )
    box = _dump(
        "Artikel-Informationen\n\nerstellt am:\n\n08.09.2021\n\nMinisterium für Landwirtschaft\n\n"
        "Calenberger Str. 2\n\n30169 Hannover\n\nTel: 0511/120-2136\n\nHagermarsch. Positive Nachrichten "
        "für die Dorfregion: Die Ministerin hat Fördermittel bewilligt. Damit wird das Dorfhaus saniert.\n"
    )
    assert (box.title, box.kicker, box.date) == (None, None, "2021-09-08")
    assert "Calenberger" not in box.body and "Artikel-Informationen" not in box.body


def test_founding_municipalities_named_without_their_kind() -> None:
    rec = _dump(
        "Zweckverband gegründet\n\n12.03.2024\n\nNeben dem Landkreis gehören Bermatingen, Eriskirch, "
        "Markdorf und Owingen zu den Gründungskommunen des Zweckverbands Breitband Bodenseekreis.\n"
    )
    (ml,) = rec.member_lists
    assert ml.label == "Zweckverband Breitband Bodenseekreis"
    assert [(m.name, m.kind) for m in ml.members] == [
        ("Bermatingen", None), ("Eriskirch", None), ("Markdorf", None), ("Owingen", None)
    ]
    # names that are no municipalities are no member list
    rec = _dump(
        "Verein gegründet\n\n12.03.2024\n\nNeben dem Landkreis gehören Anna, Bernd, Carla und Dieter zu den "
        "Gründungsmitgliedern des Vereins Kultur Bodensee.\n"
    )
    assert rec.member_lists == []


def test_review_findings_of_the_fragment_and_office_rules_stay_fixed() -> None:
    # ``das`` before the object is an article, not an object pronoun before the subject
    assert _who(
        "Der Stadtrat für Bauen, Tom Muster (CDU), erläutert das Konzept: „Wir bauen hier zweihundert neue "
        "Wohnungen für Familien.“"
    ) == [("Tom Muster", "Stadtrat für Bauen", None, 1)]
    # a marked part after a thing or group as the subject, or after ``heißt es``, is nobody's
    for text in (
        "Die Lokalpresse bezeichnete Senator Max Brandt als „den fleißigsten Senator der ganzen Stadt“.",
        "Senatorin Eva Probe erklärte die Pläne. In der Stellungnahme des Mieterbundes heißt es, das "
        "Vorhaben gehe „an den Bedürfnissen der Mieter vorbei.“",
        "Bezirksbürgermeister Jan Probe begrüßte die Gäste. Der Chor sang anschließend „Wir lagen vor "
        "Madagaskar und hatten die Pest an Bord.“",
        "Bürgermeister Max Brandt eröffnete. „Wir freuen uns sehr auf das Fest“, sagte der Stellvertretende "
        "Bürgermeister.",
    ):
        assert _who(text) == [], text
    # the subject's words, not the person thanked
    assert _who(
        "Bürgermeisterin Anna Probe dankte Hausmeister Karl Brandt. Er sei „der gute Geist des Hauses und "
        "immer zur Stelle.“"
    ) == [("Anna Probe", "Bürgermeisterin", None, 1)]
    # relatives one letter apart are two people; a prefix is no county; a party label is no part of a role
    assert _who(
        "Jan Kowalski und Jana Kowalski leiten den Hof. „Wir sind seit zwanzig Jahren hier und bleiben "
        "auch“, sagt Frau Kowalski."
    ) == [("Kowalski", None, None, 1)]
    assert _who("„Wir sind bereit für die Aufgabe“, sagte Vize-Landrätin Anna Probe.") == [
        ("Anna Probe", "Vize-Landrätin", None, 1)
    ]
    party = _who("„Wir sind bereit dafür“, sagte Tom Muster, Vorsitzender der Fraktion Mitte (AfD).")
    assert party == [("Tom Muster", "Vorsitzender der Fraktion Mitte", "Fraktion Mitte", 1)]
    rec = _dump(
        "Amt Seeland\n\n12.03.2024\n\nDas Amt Seeland besteht aus den Gemeinden Alpendorf (mit den "
        "Ortsteilen Dahl und Espe), Birkenau und Cranzow mit insgesamt 8000 Einwohnern.\n"
    )
    assert [(ml.label, [m.name for m in ml.members]) for ml in rec.member_lists] == [
        ("Amt Seeland", ["Alpendorf", "Birkenau", "Cranzow"])
    ]


def test_cooperations_a_samtgemeinde_by_its_key_and_a_structure_list_under_a_plain_heading() -> None:
    # the bodies of a cooperation, named in the genitive or after ``zwischen``
    coop = _dump(
        "Förderbescheid übergeben\n\n12.03.2024\n\nDie Förderung gilt der interkommunalen Zusammenarbeit der "
        "Gemeinden Brensbach, Brombachtal und Fränkisch-Crumbach beim Aufbau eines Katasters.\n\n"
        "Gefeiert wurde auch die Verwaltungsgemeinschaft zwischen der Stadt Mölln und dem Amt Breitenfelde.\n"
    )
    three = ("Brensbach", "Brombachtal", "Fränkisch-Crumbach")
    assert [(ml.label, [(m.name, m.kind) for m in ml.members]) for ml in coop.member_lists] == [
        ("Interkommunale Zusammenarbeit", [(n, "Gemeinde") for n in three]),
        ("Verwaltungsgemeinschaft", [("Mölln", "Stadt"), ("Breitenfelde", "Amt")]),
    ]
    # a list opened by ``Mit der Stadt …``; a Samtgemeinde keeps its Verbandsschlüssel
    region = _dump(
        "Dorfregion gefördert\n\n12.03.2024\n\nDie Dorfregion wurde 2017 aufgenommen. Mit der Stadt Norden, "
        "der Samtgemeinde Hage und der Gemeinde Dornum sind drei Kommunen daran beteiligt.\n"
    )
    (ml,) = region.member_lists
    assert [(m.name, m.kind, m.key) for m in ml.members] == [
        ("Norden", "Stadt", "03452019"), ("Hage", "Verband", "034525403"), ("Dornum", "Gemeinde", "03452027")
    ]
    assert region.warnings == []
    # municipalities with their parts under a plain heading: a member list, and no menu cut from the body
    lines = [
        "Gemeinde Apelern (mit den Ortsteilen Groß Hegesdorf, Kleinhegesdorf, Lyhren und Soldorf)",
        "Gemeinde Hülsede (mit den Ortsteilen Meinsen und Schmarrie)",
        "Flecken Lauenau (mit dem Ortsteil Feggendorf)",
        "Gemeinde Messenkamp",
        "Gemeinde Pohle",
        "Stadt Rodenberg (mit dem Ortsteil Algesdorf)",
    ]
    structure = _dump(
        "Die Samtgemeinde\n\n12.03.2024\n\nDie Samtgemeinde wurde 1974 im Rahmen der Gebietsreform gebildet. "
        "Ihr gehören sechs Mitgliedsgemeinden an, die vorher zwei Landkreisen angehörten.\n\nGliederung\n\n"
        + "\n\n".join(lines)
        + "\n"
    )
    (ml,) = structure.member_lists
    assert ml.label == "Mitgliedsgemeinden"
    assert [m.name for m in ml.members] == [
        "Apelern", "Hülsede", "Lauenau", "Messenkamp", "Pohle", "Rodenberg"
    ]
    assert structure.body.endswith(lines[-1])


def test_sources_inside_a_sentence_pronoun_subjects_two_word_surnames_and_bodies_named_in_full() -> None:
    # ``laut Bürgermeister „…“`` inside a sentence: the office's holder named before
    assert _who(
        "Erster Bürgermeister Lukas Sommerfeld überreichte die Urkunden. Eine Sonderehrung erhielt Hans "
        "Winkler, laut Bürgermeister „einer der treuesten Sportler in unserer Stadt“."
    ) == [("Lukas Sommerfeld", "Erster Bürgermeister", None, 1)]
    # ``Sie dankte …`` opening the next paragraph: the minister quoted just before
    assert _who(
        "„Wir brauchen lebendige Dörfer“, betonte Ministerin Carla Weidenbach.\n\nSie dankte dem Amt für "
        "Landesentwicklung. „Am Ende sind es die Menschen vor Ort, die die Projekte voranbringen.“"
    ) == [("Carla Weidenbach", "Ministerin", None, 2)]
    # a Westphalian surname of two words, quoted by office only
    assert _who(
        "Landrat Dr. Bernd Schulze Eickhoff lädt in das Kreishaus ein: „Wir möchten mit Ihnen ins Gespräch "
        "kommen und gemeinsam feiern“, betont der Landrat."
    ) == [("Dr. Bernd Schulze Eickhoff", "Landrat", None, 1)]
    # a Land's abbreviation is part of its ministry's name; ``der Sparkasse`` as the text names it in full
    assert _who(
        "Nds. Ministerium für Ernährung, Landwirtschaft und Verbraucherschutz\n\n„Wir fördern die Dörfer“, "
        "sagte Landwirtschaftsministerin Carla Weidenbach."
    )[0][2] == "Nds. Ministerium für Ernährung, Landwirtschaft und Verbraucherschutz"
    assert _who(
        "Die Stadt- und Kreissparkasse Leipzig vergibt den Preis. Tom Brasche, Vertriebsdirektor der "
        "Sparkasse, ergänzte: „Ohne Ehrenamt wäre unsere Region viel ärmer und ziemlich einsam.“"
    ) == [("Tom Brasche", "Vertriebsdirektor der Sparkasse", "Stadt- und Kreissparkasse Leipzig", 1)]


def test_member_nouns_inside_compounds_and_municipalities_with_a_part() -> None:
    # ``besteht aus den Mitgliedsgemeinden Stadt A, B …``; ``Verbandsmitglieder`` as a compound
    vg = _dump(
        "Verwaltungsgemeinschaft\n\n12.03.2024\n\nSie wurde 1978 gebildet und besteht aus den "
        "Mitgliedsgemeinden Stadt Höchstädt, Blindheim, Finningen, Lutzingen und Schwenningen.\n"
    )
    assert [(ml.label, [(m.name, m.kind) for m in ml.members]) for ml in vg.member_lists] == [
        ("Mitgliedsgemeinden", [("Höchstädt", "Stadt")] + [
            (n, "Gemeinde") for n in ("Blindheim", "Finningen", "Lutzingen", "Schwenningen")
        ])
    ]
    zv = _dump(
        "Verbandsgebiet\n\n12.03.2024\n\nInsgesamt 5 Verbandsmitglieder umfasst der Verband heute, "
        "nämlich die kreisfreien Städte Amberg und Weiden in der Oberpfalz, die Landkreise Cham, "
        "Schwandorf und Tirschenreuth.\n"
    )
    (ml,) = zv.member_lists
    assert ml.label == "Verbandsmitglieder" and len(ml.members) == 5
    # a town for one of its parts; an agreement that comes ``in Kraft`` is no part of a name
    parts = _dump(
        "Zweckverband\n\n12.03.2024\n\nDie Mitglieder der Verbandsversammlung sind die Städte "
        "Braunsbedra und Mücheln (für den Ortsteil Göst), die jeweils von Stadträten vertreten werden.\n\n"
        "Am 1. Januar 1975 trat die Vereinbarung über die „Vereinbarte Verwaltungsgemeinschaft“ (VVG) "
        "zwischen der Stadt Bruchsal sowie den Gemeinden Forst, Hambrücken und Karlsdorf-Neuthard in Kraft.\n"
    )
    assert [[m.name for m in ml.members] for ml in parts.member_lists] == [
        ["Braunsbedra", "Mücheln"], ["Bruchsal", "Forst", "Hambrücken", "Karlsdorf-Neuthard"]
    ]


def test_a_dated_headline_line_and_a_former_holder_of_the_office() -> None:
    rec = _dump(
        "05.09.2019: Landrat eröffnet eine Bildergalerie der ehemaligen Landräte des Kreises\n\n"
        "Anlässlich des Jubiläums eröffnet Dr. Tilo Brenner am Donnerstag eine Galerie im Kreishaus.\n\n"
        "„Die Direktwahl der Landräte war eine Zäsur für die Kommunalpolitik in unserem Land“, erklärte der "
        "Landrat.\n\nDer ehemalige Landrat Werner Kolbe (rechts) vor dem Kreishaus, 1989.\n"
    )
    title = "Landrat eröffnet eine Bildergalerie der ehemaligen Landräte des Kreises"
    assert (rec.date, rec.title) == ("2019-09-05", title)
    # ``der Landrat`` is not the former Landrat of a photo caption, but the one who opens the gallery as the
    # headline says the Landrat does
    assert [(sp.name, sp.role) for sp in rec.speakers] == [("Dr. Tilo Brenner", "Landrat")]


def test_no_member_lists_bodies_or_speakers_from_look_alikes() -> None:
    def lists(text: str) -> list[tuple[str, list[str]]]:
        rec = _dump(f"Titel der Meldung\n\n12.03.2024\n\n{text}\n")
        return [(ml.label, [m.name for m in ml.members]) for ml in rec.member_lists]

    # a bilateral partnership, residents of municipalities, a talk about municipalities, dates under a heading
    for text in (
        "Eine Zusammenarbeit der Stadt Bernau mit dem Landkreis Barnim ist geplant.",
        "Einwohner der Gemeinden Panketal und Wandlitz können Mitglied im Verein werden.",
        "Die Mitglieder trafen sich zum Gespräch über die Gemeinden Panketal und Wandlitz.",
        "Alle Mitglieder sind herzlich eingeladen.\n\nTermine\n\nGemeinde Schorfheide: 12. April\n\n"
        "Stadt Bernau: 19. April\n\nGemeinde Panketal: 26. April",
        "Der Kreistag hat 50 Mitglieder.\n\nAbstimmungsergebnis\n\nStadt Eberswalde\n\n"
        "Gemeinde Schorfheide\n\nStadt Bernau",
    ):
        assert lists(text) == [], text
    # the rest of the sentence is no part of the last cooperating municipality
    assert lists(
        "Die interkommunale Zusammenarbeit der Stadt Templin und der Gemeinde Boitzenburger Land im Bereich "
        "Tourismus wird fortgesetzt."
    ) == [("Interkommunale Zusammenarbeit", ["Templin", "Boitzenburger Land"])]
    # a footer menu with some municipalities in it still goes
    menu = _dump(
        "Titel der Meldung\n\n12.03.2024\n\nDie Stadt lädt am Samstag zu einem Fest auf dem Marktplatz "
        "ein, mit Musik, Ständen und einem Programm für Kinder und Familien aus der ganzen Region.\n\n"
        "Stadt Eberswalde\n\nRathaus\n\nStadtverordnete\n\nLandkreis Barnim\n\nGemeinde Schorfheide\n\n"
        "Amt Britz-Chorin-Oderberg\n"
    )
    assert "Rathaus" not in menu.body
    # a verb-first sentence: the object is no second surname; ``Die Sparkasse`` is no name
    assert _who(
        "Bei der Eröffnung begrüßte Bürgermeister Max Muster Gäste aus Polen. Der Bürgermeister sagte: „Wir "
        "freuen uns sehr über den Besuch aus Polen.“"
    ) == [("Max Muster", "Bürgermeister", None, 1)]
    assert _who(
        "Die Sparkasse Barnim fördert das Fest. Die Sparkasse stellte Geld bereit. „Wir helfen gern bei "
        "solchen Festen“, sagte Tom Brasche, Vorstandsvorsitzender der Sparkasse."
    ) == [("Tom Brasche", "Vorstandsvorsitzender der Sparkasse", "Sparkasse Barnim", 1)]
    # ``Sie`` after another noun of the paragraph is not the minister quoted before
    assert _who(
        "„Wir sind bereit für die Zukunft“, sagte Ministerin Anna Schmidt.\n\nDie Polizei sucht Zeugen. Sie "
        "bittet um Hinweise. „Jede Beobachtung kann helfen.“"
    ) == [("Anna Schmidt", "Ministerin", None, 1)]
    # two topic words after a byline's time stay a category
    byline = _dump("Titel\n\n04.02.2022 | 13:10 Uhr | Verkehr Baustellen\n\nDer Text der Meldung folgt.")
    assert byline.categories


def test_a_bare_kind_of_body_over_the_headline_and_a_category_in_der_kategorie() -> None:
    rec = _dump(
        "Verwaltungsgemeinschaft\n\nVerwaltungsgemeinschaft Wertingen\n\n"
        "Die Verwaltungsgemeinschaft wurde 1978 gebildet. Ihr Sitz ist im Rathaus der Stadt Wertingen.\n"
    )
    assert rec.kicker is None
    rec = _dump(
        "Sportlerehrung im Rathaussaal\n\n in der Kategorie Rathaus aktuell\n\n"
        "Bürgermeisterin Jana Beispielfrau ehrte am Freitag dreißig Sportlerinnen und Sportler der Stadt.\n"
    )
    assert (rec.subtitle, rec.categories) == (None, ["Rathaus aktuell"])
    named = _dump("Stadt Musterau\n\nNeue Buslinie fährt ab Montag\n\nDie Linie 7 fährt durch drei Orte.\n")
    assert (named.kicker, named.title) == ("Stadt Musterau", "Neue Buslinie fährt ab Montag")


def test_a_headline_wrapped_after_an_article_is_one_title() -> None:
    rec = _dump(
        "Empfang auf Einladung des\nLandrats zum Jahresende\n\nveröffentlicht am 20.12.2012\n\n"
        "Der Landrat lädt Vereine und Verbände des Kreises zu einem Empfang in das Kreishaus ein.\n"
    )
    assert (rec.title, rec.subtitle) == ("Empfang auf Einladung des Landrats zum Jahresende", None)
    rec = _dump(
        "Bund stockt Förderung für Sirenen auf\nNeues Förderprogramm mit 88 Millionen Euro\n\n"
        "Der Bund stellt den Ländern weitere Mittel für Sirenen bereit, teilte das Ministerium mit.\n"
    )
    assert (rec.title, rec.subtitle) == (
        "Bund stockt Förderung für Sirenen auf",
        "Neues Förderprogramm mit 88 Millionen Euro",
    )


def test_dateline_over_the_headline_dated_author_line_and_words_after_mit_den_worten() -> None:
    rec = _dump(
        "Neustadt in Sachsen, 10. Januar 2017\n\nBürgermeisterin lud zum Neujahrsempfang ein\n\n"
        "Am 6. Januar 2017 lud Bürgermeisterin Petra Beispiel zum traditionellen Neujahrsempfang ein.\n"
    )
    assert (rec.place, rec.date, rec.kicker) == ("Neustadt in Sachsen", "2017-01-10", None)
    rec = _dump(
        "Eutin. Der Landrat empfing heute den Minister im Kreishaus, um über die Finanzen der Kommunen "
        "zu sprechen.\n\nAutor: Die Pressesprecherin, 05.11.2012\nQuelle: Kreis Ostholstein\n"
    )
    assert rec.date == "2012-11-05"
    assert "Autor" not in rec.body and "Quelle" not in rec.body
    rec = _dump(
        "Hans Muster in das Amt des Landrats eingeführt: Dienstgeschäfte beginnen ab 1. Oktober 2017\n\n"
        "Die Vereidigung nahm die Landrätin vor. Der neue Kreischef zeigte sich beeindruckt.\n\n"
        "Mit den Worten „Die Verwaltung ist für die Bürger da“ zeigte Hans Muster, worauf es ihm ankommt.\n\n"
        "„Das Dorfgemeinschaftshaus wird ein Ort der Begegnung“, sage Innenminister Karl Beispielmann.\n"
    )
    assert rec.title.endswith("eingeführt: Dienstgeschäfte beginnen ab 1. Oktober 2017")  # type: ignore[union-attr]
    assert [(s.name, s.quotes[0]) for s in rec.speakers] == [
        ("Hans Muster", "Die Verwaltung ist für die Bürger da"),
        ("Karl Beispielmann", "Das Dorfgemeinschaftshaus wird ein Ort der Begegnung"),
    ]


def test_section_label_empty_gallery_and_an_editors_link_tag_left_in_the_text() -> None:
    rec = _dump(
        "Aktuelle Meldung\n\nDas Rathaus ist geschlossen\n\nKeine Bilder vorhanden\n\n"
        "Liebe Bürgerinnen und Bürger, das Rathaus bleibt bis auf Weiteres für Besucher geschlossen.\n\n"
        "Die Feuerwehr war mit <link http: _blank external-link>drei Fahrzeugen</link> im Einsatz.\n"
        "<link http: _blank external-link-new-window wird in einem neuen fenster ge>Zum Gesamtergebnis.\n"
    )
    assert (rec.kicker, rec.title) == (None, "Das Rathaus ist geschlossen")
    assert "Keine Bilder" not in rec.body and "Gesamtergebnis" not in rec.body and "<link" not in rec.body
    assert "mit drei Fahrzeugen im Einsatz." in rec.body


def test_look_alikes_of_section_labels_colon_headlines_and_dated_author_lines() -> None:
    rec = _dump(
        "Landkreis Musterkreis\n\nInnovationspreis 2024 verliehen\n\n"
        "In der Kategorie Handwerk siegt Tischlerei Muster\n\n"
        "Musterstadt, 10. Mai 2024. Der Landkreis hat heute zum fünften Mal den Innovationspreis verliehen.\n"
    )
    assert (rec.subtitle, rec.categories) == ("In der Kategorie Handwerk siegt Tischlerei Muster", [])
    rec = _dump(
        "Tag der offenen Tür im Rathaus\n\n"
        "Termin: Samstag, 23. März 2024, von 10 bis 16 Uhr im Rathaus am Markt 1\n\n"
        "Die Stadt lädt alle Bürgerinnen und Bürger zum Tag der offenen Tür ins Rathaus ein.\n"
    )
    assert rec.subtitle is None and rec.body.startswith("Termin: Samstag")
    rec = _dump(
        "Stadt Musterhausen\n\nMusterhausen, 12. März 2024. Die Stadt lädt zur Einwohnerversammlung in die "
        "Stadthalle ein. Themen sind der Haushalt und die Schulen.\n"
    )
    assert rec.title is None
    rec = _dump(
        "Neues Programm der Bücherei\n\nDer Verein hat ein neues Programm für die Bücherei aufgelegt, das ab "
        "sofort gilt.\n\nAutorin: Clara Muster, Leiterin seit 1. Januar 2020\n"
    )
    assert rec.date is None


def test_a_sentence_in_headline_style_under_the_headline_is_the_subtitle() -> None:
    # no article at its start, over a longer first paragraph; a lead sentence opened by an article stays
    rec = _dump(
        "Neue Ladesäulen am Bahnhof\n\n"
        "Stadtwerke und Stadt nehmen Anlage in Betrieb.\n\n"
        "Die Stadtwerke Prenzlau und die Stadt haben am Mittwoch am Bahnhof zwei neue Ladesäulen für "
        "Elektrofahrzeuge in Betrieb genommen. Bis zu vier Fahrzeuge können gleichzeitig laden.\n"
    )
    assert rec.subtitle == "Stadtwerke und Stadt nehmen Anlage in Betrieb."
    assert rec.title == "Neue Ladesäulen am Bahnhof"
    lead = _dump(
        "Neue Ladesäulen am Bahnhof\n\n"
        "Die Stadt hat zwei Ladesäulen eröffnet.\n\n"
        "Die Stadtwerke Prenzlau und die Stadt haben am Mittwoch am Bahnhof zwei neue Ladesäulen für "
        "Elektrofahrzeuge in Betrieb genommen. Bis zu vier Fahrzeuge können gleichzeitig laden.\n"
    )
    assert lead.subtitle is None and "Die Stadt hat zwei Ladesäulen eröffnet." in lead.body


def test_a_time_after_a_surname_and_the_body_beside_a_role_that_names_none() -> None:
    # ``hat X am Mittwoch betont``: the surname ends before the time; ``vom Kreis Y`` is the person's body
    text = (
        "Erarbeitet wird das Konzept vom Verkehrsplaner Dipl.-Ing. Jonas Trelle vom Kreis Plön. „Wir fragen "
        "auch die Menschen, die hier jeden Tag mit dem Rad fahren“, hat Trelle am Mittwoch betont.\n"
    )
    assert _who(text) == [("Dipl.-Ing. Jonas Trelle", "Verkehrsplaner", "Kreis Plön", 1)]
    beim = "Anke Trelle leitet den Hof. „Wir ernten jeden Morgen frisch“, sagte Trelle beim Rundgang.\n"
    assert _who(beim) == [("Anke Trelle", None, None, 1)]


def test_a_mailed_cover_note_greeting_moin_is_dropped_before_the_release() -> None:
    rec = _dump(
        "Von: Amt Musterhude - Presse\nGesendet: Donnerstag, 3. Juli 2025 08:52\n\nMoin,\n\n"
        "anbei unsere Pressemitteilung mit der Bitte um Veröffentlichung.\n\nViele Grüße\nFrauke Iversen\n\n"
        "=====\n\nPRESSEMITTEILUNG\n\nSüderbrarup, den 3. Juli 2025\n\n"
        "Sieben Kommunen planen gemeinsam Radwege\n\n"
        "Rund um die Schlei soll ein durchgehendes Netz aus Alltags- und Freizeitradwegen entstehen. Die "
        "Federführung liegt beim Amt Süderbrarup.\n"
    )
    assert rec.title == "Sieben Kommunen planen gemeinsam Radwege"
    assert (rec.date, rec.place) == ("2025-07-03", "Süderbrarup")
    assert "anbei" not in rec.body and rec.body.startswith("Rund um die Schlei")


def test_a_pdf_letterhead_with_its_land_and_a_logo_abbreviation_over_the_release_label() -> None:
    # the press office's address does not swallow the release label and the headline under it
    body = (
        "Das Land Brandenburg fördert in diesem Jahr den Bau von rund 300 neuen Warnsirenen, wie die "
        "Erfahrungen aus dem Hochwasser zum Jahreswechsel 2023/24 gezeigt haben."
    )
    ministry = _dump(
        "Ministerium des Innern und für Kommunales\ndes Landes Brandenburg\n\nPressestelle\n"
        "Henning-von-Tresckow-Straße 9-13\n14467 Potsdam\n\n\nPressemitteilung Nr. 018/2025\n"
        "Potsdam, 13.02.2025\n\n\nLand fördert 300 neue Sirenen\n\n"
        f"Anträge bis Ende April möglich\n\n{body}\n"
    )
    assert (ministry.kicker, ministry.title, ministry.subtitle) == (
        None, "Land fördert 300 neue Sirenen", "Anträge bis Ende April möglich",
    )  # fmt: skip
    assert (ministry.date, ministry.place) == ("2025-02-13", "Potsdam")
    assert ministry.categories == ["Pressemitteilung"]
    assert {"2023", "2024"} <= set(ministry.mentioned_dates)
    logo = _dump(
        "KISA\nZweckverband Kommunale Informationsverarbeitung Sachsen\nStabsstelle Kommunikation\n\n"
        "Pressemitteilung 07/2025\nLeipzig, 24. Juni 2025\n\n\nDigitaler Assistent beantwortet Fragen\n\n"
        f"Fünf Kommunen testen Auskunftsdienst\n\n{body}\n"
    )
    assert (logo.kicker, logo.title, logo.subtitle) == (
        None, "Digitaler Assistent beantwortet Fragen", "Fünf Kommunen testen Auskunftsdienst",
    )  # fmt: skip


def test_menu_lines_before_a_breadcrumb_and_a_source_named_by_surname_alone() -> None:
    rec = _dump(
        "Direkt zum Inhalt\nLogo der Stadt Musterhausen\nRathaus & Verwaltung\nLeben & Wohnen\nWirtschaft\n"
        "Sie sind hier: Startseite › Aktuelles › Pressemitteilungen\nPressemitteilung\n03.02.2025\n"
        "Hol- und Bringzonen vor drei Grundschulen\n"
        "Vor drei Grundschulen entstehen nach den Ferien Hol- und Bringzonen für Eltern, die ihre Kinder "
        "mit dem Auto bringen; sie sollen dort aussteigen und nicht mehr direkt vor dem Schultor halten.\n"
        "Die Vorsitzende des Gesamtelternbeirats, Nadine Kolbeck, begrüßte die Zonen grundsätzlich. Laut "
        "Kolbeck sind die Fußwege im Winter «morgens um halb acht noch stockdunkel und teilweise nicht "
        "geräumt».\n"
    )
    assert (rec.title, rec.date) == ("Hol- und Bringzonen vor drei Grundschulen", "2025-02-03")
    assert "Wirtschaft" not in rec.body
    assert [(s.name, s.quotes) for s in rec.speakers] == [
        ("Nadine Kolbeck", ["morgens um halb acht noch stockdunkel und teilweise nicht geräumt"])
    ]


def test_a_person_described_by_what_they_do_is_the_subject_named_just_before() -> None:
    text = (
        "Carla Wendisch kommt seit 25 Jahren mit ihrem Gemüsestand nach Gotha. „Am Neumarkt kamen zuletzt "
        "nur noch die Stammkunden“, sagt die Gemüsebäuerin.\n"
    )
    assert _who(text) == [("Carla Wendisch", "Gemüsebäuerin", None, 1)]
    # a body as the subject before: nobody's words
    assert _who("Der Verein rechnet mit mehr Gästen. „Es wird ein schönes Fest“, sagt der Imker.") == []


def test_a_role_naming_a_place_with_its_qualifier_before_the_name() -> None:
    text = (
        "«Die Dörfer haben ähnliche Sorgen: leere Ortskerne, weite Wege zum Einkaufen», sagte der "
        "Bürgermeister der Verbandsgemeinde Kirchberg (Hunsrück), Harald Wengler.\n"
    )
    assert _who(text) == [
        ("Harald Wengler", "Bürgermeister der Verbandsgemeinde Kirchberg (Hunsrück)",
         "Verbandsgemeinde Kirchberg (Hunsrück)", 1)
    ]  # fmt: skip


def test_bodies_named_by_their_kind_are_written_out_as_the_text_names_them() -> None:
    said = "„Das Handwerk bleibt ein starker Arbeitgeber in der ganzen Region“"
    chamber = (
        f"Die Handwerkskammer Hannover ehrte 300 Meister. {said}, sagte die Hauptgeschäftsführerin der "
        "Handwerkskammer, Dr. Jana Ottmer."
    )
    assert _who(chamber) == [("Dr. Jana Ottmer", "Hauptgeschäftsführerin der Handwerkskammer",
                              "Handwerkskammer Hannover", 1)]  # fmt: skip
    college = (
        "Begleitet wird das Projekt von Prof. Dr. Malte Kruse von der Hochschule für nachhaltige Entwicklung "
        f"Eberswalde. {said}, so Kruse."
    )
    assert _who(college)[0][2] == "Hochschule für nachhaltige Entwicklung Eberswalde"
    utility = f"Die Stadtwerke Detmold sanierten das Bad. Stadtwerke-Geschäftsführerin Mira Ob sagte: {said}"
    assert _who(utility)[0][2] == "Stadtwerke Detmold"
    office = f"{said}, sagte Rita Zschoch, Sachgebietsleiterin im Bürgerbüro der Stadt Oschatz."
    assert _who(office)[0][2] == "Stadt Oschatz"
    mayor = f"{said}, sagte Cottbus' Oberbürgermeisterin Dr. Henrike Malsch."
    assert _who(mayor) == [("Dr. Henrike Malsch", "Cottbus' Oberbürgermeisterin", "Cottbus", 1)]
    minister = (
        f"Das geht aus einer Auswertung des Sächsischen Staatsministeriums für Kultus hervor. {said}, sagte "
        "Sachsens Kultusministerin Dr. Katrin Hohl."
    )
    assert _who(minister)[0][2] == "Sächsisches Staatsministerium für Kultus"
    union = (
        "Das Projekt des Zweckverbandes Kommunale Informationsverarbeitung Sachsen (KISA) läuft bis 2026. "
        f"{said}, erklärte die Geschäftsführerin der KISA, Dr. Anja Ritter."
    )
    assert _who(union)[0][2] == "Zweckverband Kommunale Informationsverarbeitung Sachsen"


def test_a_far_participle_a_capitalised_article_before_zufolge_and_a_year_in_a_quoted_name_above() -> None:
    said = "»Jeder dieser Unfälle hinterlässt Familien, Freunde und Kollegen«"
    far = (
        f"{said}, hat der Präsident des Polizeipräsidiums Oberfranken, Bernd Hadler, am Donnerstag bei der "
        "Vorstellung der Unfallbilanz in Bayreuth gesagt."
    )
    assert _who(far) == [("Bernd Hadler", "Präsident des Polizeipräsidiums Oberfranken",
                          "Polizeipräsidium Oberfranken", 1)]  # fmt: skip
    zufolge = (
        "Landrat Thomas Balk eröffnete die Wache. Dem Landrat zufolge ist die Wache „ein Baustein, aber noch "
        "lange nicht das Ende der Modernisierung“."
    )
    assert _who(zufolge) == [("Thomas Balk", "Landrat", None, 1)]
    rec = _dump(
        "# Neue Straßenbäume\n\n## Programm „Stadtgrün 2030“ geht in die zweite Runde\n\n"
        "Die Stadt pflanzt in diesem Frühjahr 1.200 neue Straßenbäume; das hat der Hauptausschuss am "
        "5. März 2025 beschlossen.\n"
    )
    assert rec.subtitle == "Programm „Stadtgrün 2030“ geht in die zweite Runde"
    assert "2030" not in rec.mentioned_dates


def test_a_contact_in_one_line_and_a_dated_byline_leave_the_body() -> None:
    text = (
        "Von Pressestelle am 18.11.2024\n\n"
        "Die Kammer hat am Samstag 300 neue Meisterinnen und Meister geehrt, so viele wie noch nie.\n\n"
        "Rückfragen bitte an: Polizeipräsidium Oberfranken, Sachgebiet E 5, Telefon 0921 000-1030\n"
    )
    rec = _dump(f"# Meisterfeier\n\n{text}")
    assert "Pressestelle am" not in rec.body and "Rückfragen" not in rec.body
    assert rec.body.startswith("Die Kammer hat am Samstag")


def test_an_unclosed_quote_ends_before_the_next_speaker_named_with_a_title() -> None:
    text = (
        "Bürgermeister Ralf Lüders sagte: „Wir haben Kindheit gerettet. Die Stadtwerke haben den "
        "Zeitplan gehalten. Stadtwerke-Geschäftsführerin Dr. Mia Oberbeck ergänzte: „Mit der neuen Technik "
        "sparen wir rund ein Drittel der Energie.“\n"
    )
    head = "STADT DETMOLD – PRESSEMITTEILUNG\nPressemitteilung vom 06.05.2025\n\nFreibad öffnet"
    rec = _dump(f"{head}\n\n{text}")
    assert rec.categories == ["Pressemitteilung"] and rec.date == "2025-05-06"
    assert [(s.name, s.quotes) for s in rec.speakers] == [
        ("Ralf Lüders", ["Wir haben Kindheit gerettet. Die Stadtwerke haben den Zeitplan gehalten."]),
        ("Dr. Mia Oberbeck", ["Mit der neuen Technik sparen wir rund ein Drittel der Energie."]),
    ]


def test_partners_of_a_joint_project_are_a_member_list_takers_of_a_programme_are_not() -> None:
    block = _dump(
        "# Radwege rund um die Schlei\n\nSieben Städte und Ämter planen gemeinsam.\n\n"
        "Am Radverkehrskonzept beteiligen sich:\n\n- Stadt Kappeln\n- Amt Süderbrarup\n- Amt Haddeby\n"
    )
    assert [(ml.label, [m.name for m in ml.members]) for ml in block.member_lists] == [
        ("Am Radverkehrskonzept beteiligt", ["Kappeln", "Süderbrarup", "Haddeby"])
    ]
    inline = _dump(
        "# Wärmeplanung\n\nAn dem gemeinsamen Vorhaben beteiligen sich die Städte Oranienburg und "
        "Hennigsdorf sowie die Gemeinden Birkenwerder und Mühlenbecker Land.\n"
    )
    assert [len(ml.members) for ml in inline.member_lists] == [4]
    tranche = _dump(
        "# Feuerwehrfahrzeuge\n\nAn der ersten Tranche beteiligen sich die Städte Angermünde und "
        "Wittstock/Dosse sowie die Gemeinden Kleinmachnow und Schorfheide.\n"
    )
    assert tranche.member_lists == []


def test_words_quoted_in_reported_speech_continue_the_report_of_the_person_before() -> None:
    colon = (
        "Auch Personalratsvorsitzender Volker Kramm wünschte den Berufsstartern guten Erfolg. Das schlechte "
        "Abschneiden der Elf bei der Weltmeisterschaft habe gezeigt: „Ohne Engagement geht gar nichts.“\n"
    )
    assert _who(colon) == [("Volker Kramm", "Personalratsvorsitzender", None, 1)]
    marked = (
        "„Der Geist möge uns vernünftig werden lassen“, sagte Bischof Christian Steblin. Die Bewahrung der "
        "Schöpfung sei „Gottesdienst im Alltag der Welt und in gemeinsamer Weltgestaltung“.\n"
    )
    assert _who(marked) == [("Christian Steblin", "Bischof", None, 2)]
    # a person of its own in the reported sentence: not the one before
    other = (
        "Volker Kramm wünschte guten Erfolg. Laut Anna Brandt habe die Elf gezeigt, dass „ohne Engagement "
        "gar nichts geht, auch nicht im Kreishaus“.\n"
    )
    assert ("Volker Kramm", None, None, 1) not in _who(other)


def test_an_office_taken_up_in_the_headline_is_the_speakers_role() -> None:
    text = (
        "Mit den Worten „Die Verwaltung ist für die Bürger da – nicht die Bürger für die Verwaltung“ zeigte "
        "Dieter Seefeld, dass ihm das Wohl der Bürger wichtig ist.\n"
    )
    headline = "Dieter Seefeld in das Amt des Landrats eingeführt"
    assert _who(text, headline) == [("Dieter Seefeld", "Landrat", None, 1)]


def test_an_office_named_only_in_the_headline_is_held_by_the_person_doing_what_it_says() -> None:
    text = (
        "Zum Jubiläum eröffnet Dr. Anselm Möller am Donnerstag eine Bildergalerie im Kreishaus.\n\n"
        "„Mit der Bildergalerie wollen wir die Verdienste der ehemaligen Landräte würdigen.“, erklärte der "
        "Landrat.\n"
    )
    assert _who(text, "Landrat eröffnet Bildergalerie") == [("Dr. Anselm Möller", "Landrat", None, 1)]
    assert _who(text, "Bildergalerie im Kreishaus") == []


def test_a_surname_like_an_office_thanks_and_an_opinion_opened_by_fuer() -> None:
    meister = (
        "Am 25. Januar führte Landrat Ralf Leßmann die Reihe „Landrat macht Schule“ fort. „Landrat zu "
        "sein ist ein vielseitiger Beruf mit vielen Themen“, erklärte Leßmann."
    )
    assert _who(meister.replace("Leßmann", "Leßmeister")) == [("Ralf Leßmeister", "Landrat", None, 1)]
    thanks = (
        "„Ein herzliches Dankeschön an Sie alle für Ihr Engagement über so viele Jahre“, bedankte sich "
        "Landrat Jürgen Möller bei den Jubilaren."
    )
    assert _who(thanks) == [("Jürgen Möller", "Landrat", None, 1)]
    opinion = (
        "Für Stralsunds Oberbürgermeister Alexander Badel bedeuten die Bescheide „eine deutliche "
        "Unterstützung durch das Land bei den Investitionen“."
    )
    assert _who(opinion) == [("Alexander Badel", "Stralsunds Oberbürgermeister", "Stralsund", 1)]
    assert _who("Für die Stadt bedeuten die Bescheide „eine deutliche Unterstützung durch das Land“.") == []


def test_a_forwarded_mail_with_a_personal_greeting_and_the_original_header() -> None:
    rec = _dump(
        "Von: Ute Pann <buero@example.org>\nGesendet: Mittwoch, 4. Juni 2025 07:48\n"
        "Betreff: WG: PM 14/2025\n\n"
        "Guten Morgen Herr Lüdke,\n\nvielleicht ist das etwas für Ihre nächste Ausgabe.\n\n"
        "Beste Grüße aus Halbe\nUte Pann\nGemeindebüro Halbe\n\n"
        "-------- Weitergeleitete Nachricht --------\nBetreff: PM 14/2025\n"
        "Datum: Tue, 3 Jun 2025 14:21:07 +0200\nVon: Amt Schenkenländchen <presse@example.org>\n\n"
        "PRESSEMITTEILUNG Nr. 14/2025\n\nAmt plant zwei neue Feuerwehrgerätehäuser\n\n"
        "Teupitz, 3. Juni 2025. Der Amtsausschuss hat in seiner Sitzung den neuen Gefahrenabwehrbedarfsplan "
        "beschlossen.\n"
    )
    assert rec.title == "Amt plant zwei neue Feuerwehrgerätehäuser"
    assert (rec.date, rec.place) == ("2025-06-03", "Teupitz")
    assert "Ausgabe" not in rec.body and "Weitergeleitete" not in rec.body


def test_a_gazette_excerpt_and_a_free_states_letterhead() -> None:
    said = "„Die Mitfahrbank schließt eine Lücke im Busnetz der Dörfer“, sagte Amtsvorsteher Jens Kall"
    gazette = _dump(
        "Amtsblatt des Amtes Hüttener Berge\n21. Jahrgang · Nr. 6 · Juni 2025\n\n§ 3 Inkrafttreten\n"
        "Diese Satzung tritt am Tage nach ihrer Bekanntmachung in Kraft.\n\nOwschlag, 12.05.2025\n"
        "Der Bürgermeister\ngez. Thies Nommsen\n\n______________________\n\n"
        "Nichtamtlicher Teil\n\nMobilität\n\n"
        "Mitfahrbänke für die Hüttener Berge\n\n"
        f"Wer ohne Auto unterwegs ist, findet leichter eine Mitfahrt. {said}.\n\n"
        "Amtsblatt des Amtes Hüttener Berge · Nr. 6 · Juni 2025\n\nDie Bänke sind gelb.\n"
    )
    assert (gazette.kicker, gazette.title, gazette.date, gazette.place) == (
        "Mobilität", "Mitfahrbänke für die Hüttener Berge", None, None,
    )  # fmt: skip
    assert "Satzung" not in gazette.body and "Amtsblatt" not in gazette.body
    ministry = _dump(
        "Freistaat\nSACHSEN\nStaatsministerium für Regionalentwicklung\n\nPressestelle\n"
        "Archivstraße 1 | 01097 Dresden\n\nMedieninformation Nr. 112/2025\nDienstag, 7. Oktober 2025\n\n"
        "Vitale Dorfkerne: 42 Projekte\n\n"
        "Dresden (7. Oktober 2025) – Der Freistaat fördert 42 Projekte. „Ein Dorf lebt von seiner Mitte "
        "und von "
        "seinen Menschen“, sagte Regionalentwicklungsminister Dr. Henning Kosch.\n"
    )
    assert (ministry.title, ministry.date) == ("Vitale Dorfkerne: 42 Projekte", "2025-10-07")
    assert ministry.speakers[0].organisation == "Sächsisches Staatsministerium für Regionalentwicklung"


def test_a_sidebar_h1_a_month_only_date_line_and_a_span_of_an_ausbildungsjahr() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Mehr Ausbildungsverträge – IHK</title></head><body>'
        '<aside class="sidebar"><h1>Presse &amp; Medien</h1><ul><li><a href="#">Fotos</a></li></ul></aside>'
        '<div class="content"><p class="article-meta">Pressemitteilung · September 2025</p>'
        "<h2>Mehr Ausbildungsverträge in Thüringen</h2><h3>IHK zieht Zwischenbilanz</h3>"
        "<p>Die Kammer hat bis Ende August 3.412 neue Ausbildungsverträge registriert. Für das "
        "Ausbildungsjahr 2025/26 sind noch 900 Plätze frei.</p><p>Die IHK bietet am 18. September eine "
        "Sprechstunde an, in der "
        "sich Jugendliche ohne Termin beraten lassen können.</p></div></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/ihk.html")
    assert (rec.title, rec.subtitle) == ("Mehr Ausbildungsverträge in Thüringen", "IHK zieht Zwischenbilanz")
    assert (rec.date, rec.categories) == (None, ["Pressemitteilung"])  # a month only: no day made up
    assert rec.mentioned_dates == ["2025", "2025-09-18", "2026"]
    assert "Presse & Medien" not in rec.body and "September 2025" not in rec.body


def test_page_text_furniture_around_the_headline() -> None:
    body = (
        "Die Stadtverwaltung ermöglicht auch in diesem Jahr Jugendlichen den Berufseinstieg und gibt ihnen "
        "damit eine langfristige Perspektive in der Verwaltung."
    )
    cases = {
        # skip link, a breadcrumb run together ending in the headline
        "Hilfsnavigation\n\nPresse\nweimar.deStadtAktuellStadtverwaltung begrüßt Azubis\n\n"
        "Stadtverwaltung begrüßt Azubis": ("Stadtverwaltung begrüßt Azubis", None, None),
        # a picture's label and credit over the headline
        "Bannerbild\nOstermesse im Museum Foto- Museum OSL- Gall\n\nUnternehmen öffnen ihre Türen": (
            "Unternehmen öffnen ihre Türen", None, None,
        ),
        # a site's slogan over the release label
        "Energie für unsere Stadt.\n\nPressemitteilung\n\nStadtwerke erhöhen Preise\n\n14.12.2023": (
            "Stadtwerke erhöhen Preise", None, "2023-12-14",
        ),
        # the date closing the headline, the kind of text run into it
        "Delegation aus England zu Gast (01.02.2019)": ("Delegation aus England zu Gast", None, "2019-02-01"),
        "04.11.2016\n\nPressemitteilung Ehrenamtskarten werden erstmals verliehen": (
            "Ehrenamtskarten werden erstmals verliehen", "Pressemitteilung", "2016-11-04",
        ),
    }  # fmt: skip
    for head, (title, kicker, date) in cases.items():
        rec = _dump(f"{head}\n\n{body}\n")
        assert (rec.title, rec.kicker, rec.date) == (title, kicker, date), head
    # a date alone under the text
    assert _dump(f"Neue Azubis\n\n{body}\n\n26. Januar 2024\n").date == "2024-01-26"
    caption = _dump(f"Titel\n\nJanis Ladd (vorne) und Jenny New trugen sich ins Gästebuch ein. {body}\n")
    assert caption.place is None
    kreis = _dump(f"Stadtradeln\n\nKreis Segeberg. {body}\n")
    assert kreis.place == "Kreis Segeberg"


def test_review_findings_of_the_eighteenth_stop_stay_fixed() -> None:
    """Over-broad rules found at review: each input once gave a false value."""
    said = "„Wir können die Kosten nicht allein tragen, das muss allen klar sein“"
    # a body after the name only where punctuation closes it, not an object
    demand = f"Es fordert Bürgermeister Jan Kolk vom Land eine höhere Beteiligung. {said}, sagte Kolk."
    assert _who(demand) == [("Jan Kolk", "Bürgermeister", None, 1)]
    # reported speech of someone else: the opposition's charge, a court's finding, a motto
    assert _who(
        "Landrat Peter Kunz hat die Kritik zurückgewiesen. Der Vorwurf der Opposition, die Verwaltung sei "
        "„völlig überfordert und nicht mehr handlungsfähig“, treffe nicht zu."
    ) == []
    assert _who(
        "Bürgermeister Jan Kolk sagte, die Stadt wachse. Das Motto sei in diesem Jahr „Gemeinsam für eine "
        "lebenswerte Stadt und Region“."
    ) == []
    # a description of someone else than the person named before, a relative
    assert _who(
        "Sabine Rohr öffnet die Tür für eine ältere Dame mit Rollator. „Ohne die Tafel käme ich nicht "
        "über den Monat“, sagt die Rentnerin."
    ) == []
    mother = "Lena Vogt besuchte mit ihrer Mutter das Fest. „Es war ein schöner Tag“, sagt die Mutter."
    assert _who(mother) == []
    assert _who(
        "Der zuständige Bezirksstadtrat Christian Graf erklärte die Parameter, die für die Planung gelten: "
        "„Wir wollen bezahlbaren Wohnraum schaffen und die Natur schützen.“"
    )[0][0] == "Christian Graf"
    # a body's kind and the words after it that are no name
    sparkasse = (
        f"Ab Montag empfängt die Sparkasse Kunden in ihrer Filiale. {said}, sagte die Leiterin der "
        "Sparkasse, Anna Brück."
    )
    assert _who(sparkasse)[0][2] == "Sparkasse"
    # the headline's office is not held by a relative doing what the headline says
    grandson = f"Als Erster gratuliert Enkel Thomas Schulz der Jubilarin. {said}, sagte der Landrat."
    assert _who(grandson, "Landrat gratuliert Jubilarin zum 100. Geburtstag") == []
    # a party in brackets is no place's qualifier in a role
    party = f"{said}, sagte der Vorsitzende der Fraktion (Grüne), Jan Kolk."
    assert ("Jan Kolk", "Vorsitzende der Fraktion (Grüne)", "Fraktion (Grüne)", 1) not in _who(party)
    # someone else's office taken up
    sworn = f"Peter Kunz hat am Montag Anna Berg als neue Ortsvorsteherin vereidigt. {said}, sagte Kunz."
    assert _who(sworn) == [("Peter Kunz", None, None, 1)]
    # a single capital letter ends a sentence inside an unclosed quote
    unclosed = _who(
        "Amtsärztin Anna Berg sagte: „Wir impfen ab Montag im Gesundheitsamt, Haus C. Kreisbrandmeister Uwe "
        "Lorenz ergänzte: „Die Feuerwehr hilft beim Aufbau der Impfstation mit.“"
    )
    assert [name for name, *_ in unclosed] == ["Anna Berg", "Uwe Lorenz"]


def test_review_findings_of_the_eighteenth_stop_in_lists_bodies_and_furniture_stay_fixed() -> None:
    body = "Die Stadt lädt alle Bürgerinnen und Bürger herzlich ein, sich an der Aktion zu beteiligen."
    # a witness appeal is body text, a past-tense lead stays in the body
    appeal = _dump(
        f"# Unfall\n\n{body}\n\nKontakt zur Polizei: Wer den Unfall beobachtet hat, meldet sich bitte unter "
        "Telefon 0331 5508-0.\n"
    )
    assert "Wer den Unfall beobachtet hat" in appeal.body
    lead = _dump(f"Stadtfest\n\nRund 300 Gäste feierten am Samstag das Stadtfest.\n\n{body}\n")
    assert lead.subtitle is None and lead.body.startswith("Rund 300 Gäste")
    # a campaign's participants are no member list
    campaign = _dump("# Stadtradeln\n\nAm Stadtradeln beteiligen sich:\n\n- Stadt Prenzlau\n- Amt Gramzow\n")
    assert campaign.member_lists == []
    # a supporter is not the body of the founding members
    founded = _dump(
        "# Aktionsgruppe gegründet\n\nDie Lokale Aktionsgruppe hat sich gegründet. Unterstützt wird sie vom "
        "Tourismusverband Uckermark.\n\nGründungsmitglieder sind:\n\n- Stadt Prenzlau\n- Stadt Templin\n"
        "- Gemeinde Uckerland\n"
    )
    assert [ml.body for ml in founded.member_lists] == [None]
    # a mayor's greeting that is the text itself; a body's subheading about a logo
    greeting = _dump(f"Neujahrsgruß\n\nMoin, liebe Husumerinnen und Husumer,\n\n{body}\n\nViele Grüße\nJan\n")
    assert greeting.body.startswith("Moin, liebe Husumerinnen")
    logo = _dump(f"# Jubiläum\n\n{body}\n\nLogo des Jubiläumsjahres vorgestellt\n\n{body}\n")
    assert "Logo des Jubiläumsjahres vorgestellt" in logo.body


def test_a_chambers_short_form_and_a_team_of_a_body_give_the_body() -> None:
    said = "„Die Betriebe bilden wieder mehr aus als noch vor fünf Jahren“"
    chamber = (
        "Die Industrie- und Handelskammer Erfurt hat 3.412 Verträge registriert. "
        f"{said}, sagte die Hauptgeschäftsführerin der IHK Erfurt, Dr. Cornelia Wittberg."
    )
    assert _who(chamber)[0][2] == "Industrie- und Handelskammer Erfurt"
    team = f"{said}, sagte Kommissarin Birte Ahls vom Präventionsteam der Polizeiinspektion Harburg."
    assert _who(team)[0][2] == "Polizeiinspektion Harburg"


def test_second_review_findings_of_the_eighteenth_stop_stay_fixed() -> None:
    said = "„Die Erneuerung ist notwendig und lange überfällig für alle hier“"
    # a party in brackets is stripped from the role, the name after it still read
    party = f"Der Bezirksstadtrat für Ordnung und Verkehr (CDU), Wilfried Neu, erklärt: {said}"
    assert _who(party) == [("Wilfried Neu", "Bezirksstadtrat für Ordnung und Verkehr", None, 1)]
    # a body in apposition and one closed by a verb's particle
    apposition = f"Geschäftsführerin Maria Schulz, Stadtwerke Cottbus GmbH, sagt: {said}"
    assert _who(apposition)[0][2] == "Stadtwerke Cottbus GmbH"
    particle = f"Darauf macht Anna Krug vom Landesbetrieb Forst Brandenburg aufmerksam. {said}, sagt Krug."
    assert _who(particle)[0][2] == "Landesbetrieb Forst Brandenburg"
    # elected by a body, not someone else's office
    elected = f"Peter Schulz ist am Montag vom Kreistag Barnim zum Landrat gewählt worden. {said}, so Schulz"
    assert _who(elected) == [("Peter Schulz", "Landrat", None, 1)]
    # a contact line with an address, a letter that is the text, a list of dates under a colon
    body = (
        "Die Stadt eröffnet am Montag eine neue Kita mit Platz für 120 Kinder in der Innenstadt, nahe dem "
        "Bahnhof und dem Park."
    )
    contact = _dump(f"# Neue Kita\n\n{body}\n\n{body}\n\nKontakt: Anna Muster, anna.muster@cottbus.de\n")
    assert "Kontakt" not in contact.body
    letter = _dump(
        "Offener Brief\n\nLieber Herr Ministerpräsident,\n\nmit großer Sorge haben wir Ihre Pressemitteilung "
        f"gelesen. {body}\n\nMit freundlichen Grüßen\nAnna Krug\n"
    )
    assert "mit großer Sorge" in letter.body
    terms = _dump(f"Sitzungen\n\n{body}\n\nTermine:\n\n27. März 2024\n\n29. Mai 2024\n")
    assert terms.date is None and "2024-05-29" in terms.mentioned_dates


def test_a_month_only_date_line_under_the_headline_and_a_college_as_a_sentences_subject() -> None:
    body = (
        "Die Stadt eröffnet am 18. September eine neue Kita mit Platz für 120 Kinder in der Innenstadt, nahe "
        "dem Bahnhof und dem Park."
    )
    rec = _dump(f"# Neue Kita eröffnet\n\nPressemitteilung · September 2025\n\n{body}\n")
    assert (rec.subtitle, rec.categories, rec.date) == (None, ["Pressemitteilung"], None)
    assert rec.mentioned_dates == ["2025-09-18"]
    college = (
        "Die Hochschule für Wirtschaft und Recht Berlin eröffnet im Herbst einen Campus. „Wir wachsen mit "
        "der Stadt und ihren Aufgaben“, sagte die Präsidentin der Hochschule, Anna Krug."
    )
    assert _who(college)[0][2] == "Hochschule für Wirtschaft und Recht Berlin"


def test_photo_captions_naming_positions_and_a_translation_widget_leave_the_body() -> None:
    body = (
        "Eine zweiköpfige Delegation aus Großbritannien haben der Oberbürgermeister und die Büroleiterin am "
        "31. Januar 2019 im Rathaus empfangen, um die Partnerschaft neu zu beleben."
    )
    glued = _dump(
        "Delegation aus England zu Gast\n\nJanis Ladd (vorne) und Jenny Newb (links) trugen sich in das "
        f"Gästebuch ein. Foto:Hansestadt Lüneburg(sp) Lüneburg. {body}\n"
    )
    assert glued.place == "Lüneburg" and glued.body.startswith("Lüneburg. Eine zweiköpfige")
    alone = _dump(
        f"Antrittsbesuch\n\n{body}\n\nDer neue Regierungspräsident traf sich mit Landrat Uwe Schmid (links) "
        "und dem Kreisbeigeordneten Andreas Sieb (rechts).\n"
    )
    assert "(links)" not in alone.body
    widget = _dump(
        f"Stadtradeln\n\n{body}\n\nZum Aktivieren des Google-Übersetzers bitte klicken. Wir möchten darauf "
        "hinweisen, dass nach der Aktivierung Daten an Google übermittelt werden.\n"
    )
    assert "Google" not in widget.body


def test_a_row_of_widgets_an_archive_label_and_a_line_onward_to_a_site_leave_the_body() -> None:
    body = (
        "Die Schülerlotsen helfen in den kommenden Wochen wieder vor den Schulen, ihren Mitschülern einen "
        "sicheren Schulweg zu ermöglichen."
    )
    rec = _dump(
        f"# Schulweg\n\n{body}\n\nWeitere Informationen finden Sie unter: https://polizei.brandenburg.de/\n\n"
        "Archiv:\n\nDrucken | zum Seitenanfang © 2007-2013 i-fabrik\n"
    )
    assert rec.body == body


def test_a_numbered_label_run_into_the_headline_and_an_h3_headline_beside_a_sidebar_h1() -> None:
    body = (
        "Die Stadt eröffnet am Montag eine neue Kita mit Platz für 120 Kinder in der Innenstadt, nahe dem "
        "Bahnhof und dem Park."
    )
    rec = _dump(f"Pressemitteilung Nr. 12/2024 – Neue Kita eröffnet\n\n12.03.2024\n\n{body}\n")
    assert (rec.title, rec.kicker, rec.categories) == ("Neue Kita eröffnet", None, ["Pressemitteilung"])
    page = (
        '<html><head><meta charset="utf-8"><title>Kita</title></head><body><aside><h1>Presse</h1></aside>'
        f"<main><h3>Neue Kita eröffnet</h3><p>{body}</p><h2>Kosten und Förderung</h2><p>{body}</p></main>"
        "</body></html>"
    )
    assert extract_bytes(page.encode(), "file:///tmp/k.html").title == "Neue Kita eröffnet"


def test_words_quoted_in_reported_speech_opened_by_a_pronoun_are_the_speaker_just_quoted() -> None:
    text = (
        "„Wir sind Kirche mit Geflüchteten, und das bleibt so“, betonte Bischof Christian Steblin. Er habe "
        "großes Vertrauen „in die ständige und jetzt auch digitale Erneuerung des Gottesdienstes.“\n"
    )
    assert _who(text) == [("Christian Steblin", "Bischof", None, 2)]


def test_a_location_tag_is_no_headline_and_a_kicker_loses_its_colon() -> None:
    body = (
        "Das Polizeipräsidium kommt mit dieser Pressemitteilung einer einstweiligen Anordnung des "
        "Oberverwaltungsgerichts nach, die am 18.03.2021 ergangen ist."
    )
    rec = _dump(f"Polizeidirektion West\n\nPotsdam\n\n{body}\n")
    assert rec.title != "Potsdam"
    page = (
        '<html><head><meta charset="utf-8"><title>POL</title></head><body><main><h1><span class="label">'
        f"POL-WL:</span> Betrüger am Telefon</h1><p>{body}</p></main></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/p.html")
    assert (rec.kicker, rec.title) == ("POL-WL", "Betrüger am Telefon")


def test_a_bem_element_names_its_part_of_the_headline() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Strand</title></head><body><main><h1 class="headline">'
        '<span class="headline__kicker">Tourismus</span> <span class="headline__title">Drei neue '
        "Strandzugänge fertig</span></h1><p>Die Gemeinde hat drei neue barrierefreie Strandzugänge gebaut, "
        "die zur Saison fertig werden und allen Gästen offenstehen.</p></main></body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/s.html")
    assert (rec.kicker, rec.title) == ("Tourismus", "Drei neue Strandzugänge fertig")


def test_a_quote_signed_on_the_line_below_and_a_source_named_inside_the_sentence_before() -> None:
    signed = (
        "„Ich mag die Tradition des Dreikönigskuchens. Man kann den Sternsingern gar nicht oft genug danken.“"
        "\n\nLandrat Martin Neumaier\n"
    )
    assert _who(signed) == [("Martin Neumaier", "Landrat", None, 1)]
    inserted = (
        "Der Kreisjugendring, so sein Vorsitzender Andreas Heinz, wolle das Geld für seine Arbeit einsetzen. "
        "„Nächstes Jahr steht die Wahl an und wir wollen mit Jugendlichen Aktionen dazu starten.“\n"
    )
    assert _who(inserted) == [("Andreas Heinz", "Vorsitzender", "Kreisjugendring", 1)]
    page = _dump(
        "Schrift: größer | normal | kleiner\n\nPresse-Archiv 2013\n\nSpenden übergeben\n\n"
        "Die Kreissparkasse hat zwei Spendenschecks an die Jugendmusikkapelle und den Kreisjugendring "
        "übergeben, die das Geld für ihre Arbeit mit Jugendlichen einsetzen.\n\n"
        "Von links nach rechts: Christoph Munk (Autohaus), Frank Bünt (Stadtwerke)\n"
    )
    assert (page.title, page.kicker, page.subtitle) == ("Spenden übergeben", None, None)


def test_people_named_with_two_given_names_an_affiliation_or_their_office_in_a_caption() -> None:
    # a second given name, a surname-only attribution with an adverbial after it
    two_given = (
        "Das teilt er seinem Amtskollegen Karl Peter Wendhaus mit.\n\n„Wir sollten das jetzt gemeinsam tun“, "
        "fordert Landrat Wendhaus zur Unterstützung auf.\n"
    )
    assert _who(two_given) == [("Karl Peter Wendhaus", "Landrat", None, 1)]
    # a full name with the association it speaks for, then its words without a verb of saying
    affiliated = (
        "Auch Rudolf Hammer vom Förderverein Alte Mühle e. V. in Biberach, kann die Spende gut gebrauchen. "
        "„Das Dach muss neu gedeckt werden. Dafür wollen wir das Geld einsetzen.“\n"
    )
    assert _who(affiliated) == [("Rudolf Hammer", None, "Förderverein Alte Mühle e. V.", 1)]
    # ``Präsidentin X, Vizepräsidentin Y, …``: a list of people, not an apposition
    listed = (
        "Präsidentin Jutta Kerstenbrock, Vizepräsidentin Heike Gotzmann und Geschäftsführer Franz Rotter "
        "gratulierten den Absolventen. „Damit haben Sie beste Chancen“, betonte Kerstenbrock.\n"
    )
    assert _who(listed) == [("Jutta Kerstenbrock", "Präsidentin", None, 1)]
    # a body named by a word and its place after the name
    placed = "Oliver Staub, Wohnstätte Stade: „Mobilität ist ein wesentlicher Baustein für Quartiere.“\n"
    assert _who(placed) == [("Oliver Staub", None, "Wohnstätte Stade", 1)]
    # the office stated only in the photo caption, which leaves the body
    rec = _dump(
        "Unfallstatistik vorgestellt\n\n12.03.2024\n\n"
        "Die Statistik wurde am Montag vorgestellt von Polizeipräsidentin Ursula Brackmann (v.l.) und Vera "
        "Fink.\n\nRund 8400 Unfälle gab es im letzten Jahr. „Trotzdem gab es ungefähr 1000 Verletzte“, so "
        "Ursula Brackmann, die die Arbeit der Opferschützer hervorhob.\n"
    )
    assert [(s.name, s.role) for s in rec.speakers] == [("Ursula Brackmann", "Polizeipräsidentin")]
    assert "v.l." not in rec.body
    # ``des Tierheims Jan Berg``: the word before a usual second given name is no given name
    genitive = (
        "Der Geschäftsführer des Tierheims Jan Bergmann freut sich. „Wir sind mehr als dankbar.“, sagte "
        "Bergmann.\n"
    )
    assert [n for n, *_ in _who(genitive)] == ["Jan Bergmann"]


def test_dates_opening_the_text_or_the_headline_and_page_furniture_of_a_ninth_page_text_set() -> None:
    # a date, then the place and a full stop, or a colon, opening the text
    placed = parse_dateline("10.07.2023 Hannover. Am Montag startete die Sommerreise der Ministerin.")
    assert placed == Dateline("Hannover", "2023-07-10")
    colon = parse_dateline("22. Juni 2023: Nach drei Jahren Pause sind die Klassen wieder zu Besuch.")
    assert colon == Dateline(None, "2023-06-22")
    assert parse_dateline("12. Mai 2024: Eröffnung der Ausstellung") is None  # a timeline's entry
    assert parse_dateline("10.07.2023 Achtung. Am Montag startete die Sommerreise der Ministerin.") is None
    # a date before the headline, an archive label run into it, an alt text and credit after it
    rec = _dump("Kontakt | Impressum\n\n20.06.2017 - Premiere für Sachsen\n\nDer Ausbau beginnt.\n")
    assert (rec.title, rec.date) == ("Premiere für Sachsen", "2017-06-20")
    rec = _dump(
        "Archiv-Beitrag vom 07.04.2009Bäume in der Innenstadt gepflanzt\n\nSieben Bäume stehen nun in der "
        "Schollenstraße, wie das Grünflächenamt mitteilt.\n\nFehler melden\n\n"
        "Sie haben einen Fehler gefunden? "
        "Bitte teilen Sie ihn uns mit.\n\nTeilen | Drucken | PDF-Version | RSS-Feed | Fehler melden\n\n"
        "Transparenter Pixel\n"
    )
    assert (rec.title, rec.date) == ("Bäume in der Innenstadt gepflanzt", "2009-04-07")
    assert "Fehler" not in rec.body and "Pixel" not in rec.body
    rec = _dump(
        "Auf Sommerreise durch die Regionen des Landes Jana Oswald © MB / Foto\n\n10.07.2023\n\n"
        "Die Ministerin besucht 20 geförderte Projekte in vier Tagen.\n"
    )
    assert rec.title == "Auf Sommerreise durch die Regionen des Landes"
    # a weekday with a stray full stop and the author's name in brackets under the headline
    rec = _dump(
        "Vertrag unterzeichnet\n\nFreitag. 28. November 2008 (Dr. Margit Bögler)\n\nDie Präsidenten der "
        "beiden Hochschulen unterzeichneten gestern einen neuen Vertrag.\n"
    )
    assert (rec.date, rec.subtitle, rec.speakers) == ("2008-11-28", None, [])
    # skip links, a junk overline and the press officer signing in brackets
    rec = _dump(
        "1. Hauptnavigation\n  2. Navigation der aktiven Seite\n  3. Inhalt der Seite\n\n"
        "» »\n\n14.03.2017\n\n"
        "Schulklasse zu Besuch im Landratsamt\n\n"
        + "Die Kinder besuchten das Landratsamt, saßen im Sitzungssaal und stellten dem Landrat Fragen. " * 3
        + "\n\n"
        + "Der Landrat beantwortete viele Fragen der Klasse zum Kreistag und zu seinen Aufgaben. " * 3
        + "\n\n"
        + "Zum Abschluss gab es eine Limonade und ein Lineal für alle Kinder der Klasse aus dem Ort. " * 3
        + "\n\n(Carla Kern, Pressesprecherin Landkreis Landshut)\n"
    )
    assert (rec.kicker, rec.title) == (None, "Schulklasse zu Besuch im Landratsamt")
    assert "Navigation" not in rec.body and "Kern" not in rec.body


def test_quotes_summed_up_after_a_list_and_a_closing_mark_written_low() -> None:
    summed = (
        "Landrat Peter Dreher erklärte den Kindern, welche Themen ein Landratsamt bestimmen: Schulen, "
        "Straßenbau und noch vieles mehr – kurzum: „so ziemlich alles, was die Bürger unseres Landkreises "
        "betrifft.“ Diese Fülle spiegle sich auch im Haushalt wieder.\n"
    )
    assert _who(summed) == [("Peter Dreher", "Landrat", None, 1)]
    low = (
        "Prof. Dr. Heiner Schaumeister unterzeichnete den Vertrag. „Viele Neugründungen verlaufen nicht so "
        "erfreulich. Ich habe hohen Respekt vor dieser Leistung, „ stellt Prof. Schaumeister fest. Er "
        "gilt ab Januar.\n"
    )
    rec = extract_bytes(f"# Titel der Meldung\n\n12.03.2024\n\n{low}".encode(), "file:///tmp/x.txt")
    quote = "Viele Neugründungen verlaufen nicht so erfreulich. Ich habe hohen Respekt vor dieser Leistung"
    assert [(s.name, s.quotes) for s in rec.speakers] == [("Prof. Dr. Heiner Schaumeister", [quote])]


def test_a_letter_quoted_after_naming_its_writer_and_cosigners() -> None:
    text = (
        "Jetzt erhielt Landrat Uwe Meller ein Dankschreiben von Landrat Marko Wolfsberg, mit unterzeichnet "
        "von den Bürgermeistern Dr. Stefan Kanitz (Saalfeld) und Marcel Kuhlen (Gräfenthal). "
        "Darin heißt es:\n\n„Es ist uns ein tief empfundenes Bedürfnis, uns bei allen zu bedanken.“\n"
    )
    assert sorted(_who(text)) == [
        ("Dr. Stefan Kanitz", "Bürgermeister", "Saalfeld", 1),
        ("Marcel Kuhlen", "Bürgermeister", "Gräfenthal", 1),
        ("Marko Wolfsberg", "Landrat", None, 1),
    ]
    # a letter without a named writer gives nobody the words
    unsigned = "Die Stadt erhielt ein Schreiben. Darin heißt es:\n\n„Wir danken allen Helfern herzlich.“\n"
    assert _who(unsigned) == []


def test_furniture_and_affiliations_of_the_ninth_page_text_set() -> None:
    # where a person works, without an office
    works = (
        "Sebastian Nickel, bei den Stadtwerken für das Marketing verantwortlich, ist Ansprechpartner: "
        "„Uns ist es wichtig, ein Partner für die Vereine zu sein.“ Die Stadtwerke Zeitz fördern Vereine.\n"
    )
    assert _who(works) == [("Sebastian Nickel", None, "Stadtwerke Zeitz", 1)]
    rec = _dump(
        "Bild von einer zusammengeklappten Zeitung\n\nStädtische Nachricht\n\n"
        "Neue Bänke auf dem Rathausplatz\n\n"
        + "Die Stadt hat vier neue Bänke auf dem Rathausplatz aufgestellt, die der Seniorenrat bezahlt. " * 3
        + "Mehr Infos zu den Standorten gibt es unter: www.example.org/baenke\n\nKontakt\n\n"
        "Anne Dallmann\n"
        "Leiterin Büro des Oberbürgermeisters\n\n+49 (0) 3521 467207\n"
    )
    assert (rec.kicker, rec.title) == (None, "Neue Bänke auf dem Rathausplatz")
    assert "Infos" not in rec.body and "Dallmann" not in rec.body and "3521" not in rec.body


def test_a_post_footers_tags_a_lead_line_over_its_dateline_and_a_county_compound_office() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Bücherei</title></head><body><article><h1>Bücherei öffnet '
        "samstags</h1><p><strong>Ehrenamtliche ermöglichen längere Öffnungszeiten</strong><br>(Nottuln) Die "
        "Gemeindebücherei hat ab dem 5. Juli auch samstags geöffnet, jeweils von 10 bis 13 Uhr.</p>"
        '<footer class="entry-footer"><span class="cat-links"><a href="/c/presse/" rel="category tag">'
        'Pressemitteilungen</a></span> <span class="tags-links">Schlagwörter: <a href="/t/e/" rel="tag">'
        "Ehrenamt</a></span></footer></article><footer><a rel=\"tag\" href=\"/t/x/\">Sitemap</a></footer>"
        "</body></html>"
    )
    rec = extract_bytes(page.encode(), "file:///tmp/b.html")
    assert (rec.title, rec.subtitle, rec.place) == (
        "Bücherei öffnet samstags",
        "Ehrenamtliche ermöglichen längere Öffnungszeiten",
        "Nottuln",
    )
    assert rec.categories == ["Pressemitteilungen", "Ehrenamt"]
    county = (
        "Der Kreis Segeberg lädt zum Stadtradeln ein.\n\n„Zum Glück hat es nicht mehr geregnet“, sagt "
        "Organisator und Kreis-Klimaschutzmanager Heiko Bergbaum.\n"
    )
    office = "Organisator und Kreis-Klimaschutzmanager"
    assert _who(county) == [("Heiko Bergbaum", office, "Kreis Segeberg", 1)]


def test_date_lines_and_page_furniture_of_a_tenth_page_text_set() -> None:
    # a translation widget's consent text run into the date line
    rec = _dump(
        "Zum Aktivieren des Google-Übersetzers bitte klicken. Wir möchten darauf hinweisen, dass nach "
        "der Aktivierung Daten an Google übermittelt werden. Mehr Informationen zum Datenschutz "
        "03.06.2016\n\nKindergarten besucht den Bürgermeister\n\nDie Kinder waren heute zu Gast im "
        "Rathaus und hatten viele Fragen an den Chef der Verwaltung.\n"
    )
    assert (rec.title, rec.date) == ("Kindergarten besucht den Bürgermeister", "2016-06-03")
    # a page copied with blank lines between its lines: headline, a spaced date, the headline again
    rec = _dump(
        "Luftbild | zur Startseite Luftbild | zur Startseite\nLink zur Seite versenden   Ansicht zum "
        "Drucken öffnen\n \n\nLandrat besucht drei Gemeinden\n\n25. 03. 2024\n\n"
        "Landrat besucht drei Gemeinden\n\n \n\n"
        "Am Freitag besuchte der Landrat mit dem Ersten Landesbeamten die drei Gemeinden.\n\n \n\n"
        "Die Bürgermeister und die Presse waren ebenfalls vor Ort.\n\n \n\n"
        "Bild zur Meldung: Foto von X, SZ\n"
    )
    assert (rec.title, rec.date) == ("Landrat besucht drei Gemeinden", "2024-03-25")
    assert "Luftbild" not in rec.body and "Bild zur Meldung" not in rec.body
    # a numbered label and the date on one line; an event's time under the headline; an author's footer
    rec = _dump("Pressemitteilung Nr. 111/17, 11.04.2017\n\nLandrat auf Besuchstour\n\nDer Landrat kam.\n")
    assert (rec.title, rec.date) == ("Landrat auf Besuchstour", "2017-04-11")
    assert rec.categories == ["Pressemitteilung"]
    rec = _dump(
        "News\n\nEmpfang in der Staatskanzlei\n\nSamstag 26.01.2013 um 11:00 bis 15:00\n\n"
        "Die Ministerpräsidentin hatte Ehrenamtliche aus allen Landkreisen zu einem Empfang eingeladen.\n\n"
        "verfasst am 29.01.2013 von Miriam Geiger\n"
    )
    assert (rec.title, rec.subtitle) == ("Empfang in der Staatskanzlei", None)
    assert (rec.date, rec.categories) == ("2013-01-29", [])
    assert "verfasst" not in rec.body


def test_words_named_after_the_quote_a_joking_speaker_and_a_deputys_office() -> None:
    after = (
        "„Durch diese Partnerschaft sind gute Freundschaften entstanden“: Mit diesen Worten begrüßte der "
        "Landrat des polnischen Landkreises Pleszew, Michal Karas, den Kreistag zu seinem Besuch.\n"
    )
    office = "Landrat des polnischen Landkreises Pleszew"
    assert _who(after) == [("Michal Karas", office, "Landkreis Pleszew", 1)]
    joking = (
        "„Offengestanden bin ich froh, wenn ich euch nicht sehe“, scherzte Landrat Olaf von Lühnen beim "
        "ersten Treffen, und fügt ernst hinzu: „Denn oft ist etwas Schlimmes passiert.“\n"
    )
    assert _who(joking) == [("Olaf von Lühnen", "Landrat", None, 2)]
    deputy = "Der stellvertretende Landrat Rüdiger Kramm war beeindruckt: „Wir sind ein gutes Team.“\n"
    assert _who(deputy) == [("Rüdiger Kramm", "stellvertretende Landrat", None, 1)]


def test_menus_captions_letters_and_contact_heads_of_a_tenth_page_text_set() -> None:
    # a menu list opening a page copy; a caption closing the text names the office's holder
    rec = _dump(
        "- Tourismus\n- Rathaus & Politik\n- Leben & Wohnen\nKinderbetreuung\n"
        "Fördergelder fürs Krippenhaus\n"
        + "Das Geld stammt aus dem Kreisausgleichsstock und hilft beim Ausbau der Gruppen für Kleine. " * 3
        + "„Die Zuschüsse des Kreises erleichtern uns die Finanzierung“, so der Bürgermeister. "
        "Unser Foto zeigt (von links) Bürgermeister Christian Litzner und Sophia Bodel mit dem Bescheid.\n"
    )
    assert rec.title == "Fördergelder fürs Krippenhaus"
    assert [(s.name, s.role) for s in rec.speakers] == [("Christian Litzner", "Bürgermeister")]
    assert "Foto" not in rec.body and "Tourismus" not in rec.body
    # a foreword: the salutation is the text's start, the place and date under the signature are the release's
    rec = _dump(
        "Vorwort\n\nSehr geehrte Damen und Herren,\n\nliebe Mitbürgerinnen und Mitbürger,\n\n"
        + "in nahezu jedem Wetterbericht wird auf zu geringe Niederschläge hingewiesen, auch bei uns. " * 3
        + "\n\nBeste Grüße\n\nDr. Rudolf Ebner\n\nZweckverbandsvorsitzender\n\nWenzenbach, 5. Mai 2022\n"
    )
    assert (rec.title, rec.kicker, rec.date, rec.place) == ("Vorwort", None, "2022-05-05", "Wenzenbach")
    assert rec.body.startswith("Sehr geehrte Damen und Herren,")
    # the press office's unit over the headline; a contact head asking for questions
    rec = _dump(
        "Kommunikation und Marketing\nWünsche der Hochschule für die Tour\n"
        + "Die Präsidentin überreichte dem Abgeordneten einen Dachziegel als Symbol für den Neubau. " * 3
        + "\nSie haben noch Fragen?\nEva Tritsch\nEhemalige Pressesprecherin der Hochschule, Chefredakteurin "
        "der Hochschulzeitung:\nGrantham-Allee 20\n"
    )
    assert (rec.kicker, rec.title) == (None, "Wünsche der Hochschule für die Tour")
    assert "Fragen" not in rec.body and "Pressesprecherin" not in rec.body


def test_captions_between_paragraphs_and_after_a_caption_label_leave_the_body() -> None:
    para = "Die Schülerinnen und Schüler aus den vierten Klassen sind wieder zu Besuch im Landratsamt. "
    rec = _dump(
        f"Lernort Landratsamt\n\n12.03.2024\n\n{para * 2}\n\n"
        f"Geisenfelder Schüler zu Besuch bei Landrat Albert Gürtel\n\n{para * 2}\n\nBildunterschrift:\n\n"
        "IHK-Präsidentin Jutta Krause gratulierte Jakob Kaspar\n\nBildquelle:\n\nIHK zu Essen/Mat Dusch\n"
    )
    assert "Gürtel" not in rec.body and "Krause" not in rec.body and "Dusch" not in rec.body
    assert rec.body.count("vierten Klassen") == 4
    # a subheading without a person's office stays
    rec = _dump(f"Lernort Landratsamt\n\n12.03.2024\n\n{para * 2}\n\nRallye durch das Haus\n\n{para * 2}\n")
    assert "Rallye durch das Haus" in rec.body


def test_speakers_of_an_eleventh_page_text_set() -> None:
    # an indefinite article and an adjective before the office; an unnamed spokesman stays unnamed
    sad = "„Ich bedauere dies sehr, sehe keine Wahl“, so ein enttäuschter Bürgermeister Dirk Nolte.\n"
    assert _who(sad) == [("Dirk Nolte", "Bürgermeister", None, 1)]
    unnamed = "„Wir bitten Zeugen, sich bei uns zu melden“, sagte ein Sprecher der Polizeidirektion West.\n"
    assert _who(unnamed) == []
    # a surname like an adjective (``Fleischer``), straight marks without a comma, the event no body
    market = (
        "Der Erlös wird gespendet. \"Wir wollen dieses Geld an Leute weitergeben, die es nicht so gut "
        "haben\" "
        "so Michael Fleischer, Verantwortlicher des Weihnachtsmarktes.\n"
    )
    assert _who(market) == [("Michael Fleischer", "Verantwortlicher des Weihnachtsmarktes", None, 1)]
    # a welcome, a name given to a thing, words in a relative clause
    welcome = (
        "Bürgermeisterin Christa Lenz hielt Umschläge bereit. „Es ist schön, dass ihr uns den Segen bringt!“ "
        "hieß sie die Sternsinger im Hof willkommen.\n"
    )
    assert _who(welcome) == [("Christa Lenz", "Bürgermeisterin", None, 1)]
    calls = (
        "Staatsrat Rainer Schulte und Präsident Hjalmar Stemm gratulierten den neuen Meistern.\n\n"
        "Schulte nannte den Meisterbrief „das wesentliche Fundament für die berufliche Zukunft im Handwerk.“ "
        "Er sei hochgeachtet.\n\nHjalmar Stemm gratulierte den Handwerkern, die „unter erschwerten "
        "Bedingungen erfolgreich den Meistertitel geholt haben.“ Sie würden viel beitragen.\n"
    )
    assert sorted(_who(calls)) == [
        ("Hjalmar Stemm", "Präsident", None, 1),
        ("Rainer Schulte", "Staatsrat", None, 1),
    ]
    # a login box, an image's file name and a link label are no text
    rec = _dump(
        "Anmeldung\nBenutzername\nPasswort\n \nNeu anmelden Passwort vergessen?\n\n1.000 Euro zu "
        "verteilen\n\n"
        "weihnachtsmarkt_scheckuebergabe\n\nSternsinger2026\n\n"
        + "Alljährlich findet am Kirchberg ein kleiner Weihnachtsmarkt statt, dessen Erlös gespendet wird. "
        * 2
        + "\n\nLink zur Handwerkskammer:\n"
    )
    assert rec.title == "1.000 Euro zu verteilen"
    assert not re.search(r"Passwort|scheck|Sternsinger2026|Link zur", rec.body)


def test_a_one_sentence_dek_a_place_tag_over_the_text_and_pointers_of_an_eleventh_set() -> None:
    body = "Am 5. Januar durfte das Rathaus besonderen Besuch empfangen, die Kinder sangen im Foyer. " * 2
    rec = _dump(
        "Pressemeldungen\n\nSternsinger segnen das Rathaus\n\nJunge Sternsinger brachten den Segen „Christus "
        f"mansionem benedicat“ ins Rathaus und erinnerten an den Wert von Solidarität.\n\n{body}\n\n{body}\n"
    )
    assert rec.subtitle.startswith("Junge Sternsinger brachten den Segen")
    # a dateline's lead or a sentence naming members stays the body's first paragraph
    rec = _dump(f"Geld für Wärmeplanung\n\nPotsdam – Das Land gibt zwölf Millionen Euro.\n\n{body}\n")
    assert rec.subtitle is None and rec.place == "Potsdam"
    rec = _dump(
        "Aktuelles\n\nHochschule und Landgesellschaft vereinbaren Zusammenarbeit\n\nKürnach\n\n"
        f"{body}\n\n{body} Siehe auch Pressemitteilung 19/2013.\n"
    )
    assert (rec.categories, rec.place) == ([], "Kürnach")
    assert "Siehe auch" not in rec.body


_P1 = (
    "Die Stadtverwaltung hat am Montag die neue Kindertagesstätte im Ortsteil Nord offiziell in Betrieb "
    "genommen, nachdem die Bauarbeiten fast zwei Jahre gedauert hatten und rund vier Millionen Euro kosteten."
)
_P2 = (
    "In der Einrichtung werden künftig bis zu 120 Kinder im Alter von einem bis sechs Jahren betreut, die "
    "Anmeldung läuft bereits seit dem Frühjahr über das Online-Portal der Stadt und ist weiterhin möglich."
)


def test_review_findings_of_the_nineteenth_stop_on_speakers() -> None:
    # an unnamed spokesperson's words are nobody's, not the official's named after ``von``
    spoke = "„Die Kosten sind im Rahmen geblieben“, sagte ein Sprecher von Bürgermeister Hans Muster.\n"
    assert _who(spoke) == []
    # a body's name before a usual second given name is no given name
    club = (
        "Auch der Vorsitzende des Fördervereins Freibad Waldau Thomas Lange war gekommen. „Ein schöner Tag“, "
        "sagte Lange.\n"
    )
    assert [name for name, *_ in _who(club)] == ["Thomas Lange"]
    # an office and a body's name as apposition, not the next person of a list
    assert _who("„Wir freuen uns“, sagte Jan Becker, Leiter Jugendclub Waldau.\n") == [
        ("Jan Becker", "Leiter Jugendclub Waldau", None, 1)
    ]
    # ``bei der Planung … verantwortlich`` names no body; an honorary citizen is no body's member
    task = "„Es war viel Arbeit“, sagte Tim Krause, bei der Planung des Festes für Technik verantwortlich.\n"
    assert _who(task) == [("Tim Krause", None, None, 1)]
    assert _who("„Ich habe hier geheiratet“, erzählte Karl Becker, Ehrenbürger Potsdam.\n") == [
        ("Karl Becker", None, None, 1)
    ]
    # one who reads a letter out is not its writer; a nested quote typed with a space is no closing mark
    read = (
        "„Ich wünsche mir einen Spielplatz für alle Kinder.“ Mit diesen Worten zitierte Bürgermeister Hans "
        "Muster aus dem Brief der achtjährigen Lea Krause.\n"
    )
    assert "Hans Muster" not in [name for name, *_ in _who(read)]
    nested = "„Wir haben das Programm „ jugend aktiv“ gestartet“, sagte Bürgermeisterin Anna Schulz.\n"
    assert _who(nested) == [("Anna Schulz", "Bürgermeisterin", None, 1)]
    # a church's or a party's office names no Land body
    church = "„Wir unterstützen das“, sagte Lea Krause, Pfarrerin der evangelischen Kirchengemeinde Waldau.\n"
    assert _who(church)[0][2] in {None, "Evangelische Kirchengemeinde Waldau"}
    party = "„Wir tragen das mit“, sagte Kreis-Vorsitzender Hans Muster. Die Partei im Kreis Waldau auch.\n"
    assert _who(party)[0][2] is None


def test_review_findings_of_the_nineteenth_stop_on_page_text() -> None:
    # lines between paragraphs that are text, not captions
    for line in (
        "Weitere Auskünfte erteilt Amtsleiter Peter Krause (Tel. 0331 289-1234)",
        "Bürgermeisterin Anna Schulz dankt den Handwerkern",
        "Die Schlüssel übergab Bürgermeisterin Anna Schulz an Kita-Leiterin Petra Lange",
    ):
        assert line in _dump(f"Neue Kita eröffnet\n\n12.03.2024\n\n{_P1}\n\n{line}\n\n{_P2}\n").body
    # ``Das Bild zeigt`` as an idiom of the text
    idiom = f"{_P1} Das Bild zeigt deutlich, wie dringend die Kita gebraucht wird, erklärte Landrat Moll."
    assert "Das Bild zeigt deutlich" in _dump(f"Neue Kita\n\n12.03.2024\n\n{idiom}\n\n{_P2}\n").body
    # contact heads and labels inside the text keep what follows
    rec = _dump(
        f"Neue Kita\n\n12.03.2024\n\n{_P1}\n\nSie haben noch Fragen?\n\n"
        f"Das Bürgerbüro hilft gern weiter.\n\n{_P2}\n"
    )
    assert "Das Bürgerbüro hilft gern weiter." in rec.body
    rec = _dump(f"Neue Kita\n\n12.03.2024\n\n{_P1}\n\nBildquelle:\n\n{_P2}\n\n{_P1}\n")
    assert _P2 in rec.body
    assert "Sie haben einen Fehler gefunden? Dann melden Sie Schäden" in _dump(
        f"Mängelmelder\n\n12.03.2024\n\n{_P1}\n\nSie haben einen Fehler gefunden? Dann melden Sie Schäden "
        f"an Straßen über den Mängelmelder.\n\n{_P2}\n"
    ).body
    # an event's date opening the text is no publication date; a signed letter's event line neither
    rec = _dump(
        "Frühjahrsputz in der Innenstadt\n\nSamstag, 20. April 2024: Die Stadt lädt alle Bürgerinnen und "
        "Bürger zum großen Frühjahrsputz ein, Treffpunkt ist um 9 Uhr der Marktplatz.\n\n" + _P2 + "\n"
    )
    assert rec.date is None
    rec = _dump(
        "Einladung zur Bürgerversammlung\n\nLiebe Bürgerinnen und Bürger,\n\n" + _P1 + "\n\n"
        "Mit freundlichen Grüßen\n\nHans Muster\nBürgermeister\n\nBürgerhaus Waldau, 5. Juni 2024, 19 Uhr\n"
    )
    assert (rec.date, rec.place) == (None, None)
    # a name after a person's noun belongs to the headline, not to a picture's alt text
    rec = _dump(f"Stadt ehrt Lebensretter Jan Becker © Feuerwehr Waldau\n\n12.03.2024\n\n{_P1}\n")
    assert rec.title.startswith("Stadt ehrt Lebensretter Jan Becker")
    # a release label or a credit over a bracketed dateline is no subtitle
    page = (
        '<html><head><meta charset="utf-8"></head><body><article><h1>Bücherei mit neuen Öffnungszeiten</h1>'
        "<p>Pressemitteilung Nr. 12/2024<br>(Nottuln) Die Gemeindebücherei hat ab sofort auch samstags "
        f"geöffnet, wie die Gemeinde mitteilt.</p><p>{_P2}</p></article></body></html>"
    )
    assert extract_bytes(page.encode(), "file:///tmp/b.html").subtitle is None
    # tags of teasers for other posts are not this post's categories
    page = (
        '<html><head><meta charset="utf-8"></head><body><main><article><h1>Neue Kita</h1><p>12.03.2024</p>'
        f"<p>{_P1}</p><p>{_P2}</p><footer class='entry-footer'><a rel='tag' href='/t/k'>Kita</a></footer>"
        "</article><section><h2>Das könnte Sie auch interessieren</h2><article><h3>Baustelle</h3>"
        "<footer class='entry-footer'><a rel='tag' href='/t/v'>Verkehr</a></footer></article></section>"
        "</main></body></html>"
    )
    assert extract_bytes(page.encode(), "file:///tmp/t.html").categories == ["Kita"]


def test_a_body_named_by_its_kind_is_written_out_by_a_compound_or_a_place_head() -> None:
    library = (
        "(Nottuln) Die Gemeindebücherei Nottuln hat ab dem 5. Juli auch samstags geöffnet.\n\n"
        "Die Leiterin der Bücherei, Miriam Tenhaus, hat die Ehrenamtlichen geschult. „Das klappt gut“, "
        "sagte sie.\n"
    )
    assert _who(library)[0][2] == "Gemeindebücherei Nottuln"
    school = (
        "Die Sporthalle der Oberschule Neustadt ist wieder in Betrieb.\n\nDie Leiterin der Oberschule, "
        "Kerstin "
        "Zschoppe, freut sich: „Endlich wieder Sport im Haus.“\n"
    )
    assert _who(school)[0][2] == "Oberschule Neustadt"


def test_a_sites_name_over_its_section_label_is_no_kicker() -> None:
    rec = _dump(
        "Landkreis Meißen\n\nPressemitteilungen\n\n20.06.2017 - Premiere für Sachsen\n\n"
        "Die Telekom und der Landkreis starteten heute symbolisch den Netzausbau für schnelles Internet.\n"
    )
    assert (rec.kicker, rec.title, rec.date) == (None, "Premiere für Sachsen", "2017-06-20")
    assert rec.publisher == "Landkreis Meißen"


def test_speakers_of_a_twelfth_page_text_set() -> None:
    # a quote opening the text, named in the next paragraph (``Mit dieser Lobrede eröffnete …``)
    praise = (
        'Buchen. "Sie waren in ihren Betrieben Entwickler und Verkäufer in einer Person".\n\n'
        "Mit dieser Lobrede an 32 Handwerksmeister eröffnete der Kammerpräsident der Handwerkskammer "
        "Mannheim, Walter Tischka, die Feierstunde in Buchen.\n"
    )
    office = "Kammerpräsident der Handwerkskammer Mannheim"
    assert _who(praise) == [("Walter Tischka", office, "Handwerkskammer Mannheim", 1)]
    # who told it, closing the sentence before the quote (its comma lost)
    told = (
        "Leider konnten für zwei Stadtteile keine Gruppen zusammengestellt werden erzählte Organisatorin "
        "Edith Borgmann. „Es meldeten sich nicht genug Kinder und auch keine Begleitpersonen.“\n"
    )
    assert _who(told) == [("Edith Borgmann", "Organisatorin", None, 1)]
    # an office's colloquial name gives way to the office; a club's treasurer; a deputy's apposition
    chief = (
        "Landrätin Anke Beilhaus freute sich über den Besuch.\n\n„Ihr seid immer herzlich willkommen“, "
        "so die Kreischefin.\n"
    )
    assert _who(chief) == [("Anke Beilhaus", "Landrätin", None, 1)]
    treasurer = (
        "„Spenden ermöglichen uns wichtige Projekte“, erklärt der Rechner des Fördervereins und Erster "
        "Beigeordneter der Gemeinde, Paul Schildt.\n"
    )
    treasurer_office = "Rechner des Fördervereins und Erster Beigeordneter der Gemeinde"
    assert _who(treasurer)[0][:2] == ("Paul Schildt", treasurer_office)
    deputy = (
        "Für alle Kinder hat Jörg Bartels, der allgemeine Vertreter des Bürgermeisters, die Klasse "
        "besucht.\n\n"
        "„Die Warnwesten sorgen dafür, dass ihr gesehen werdet“, erklärte Jörg Bartels.\n"
    )
    assert _who(deputy) == [("Jörg Bartels", "allgemeine Vertreter des Bürgermeisters", None, 1)]
    # a surname ending like an office word is a name (``Markwart``)
    assert _who("„Wir wagen uns an einen Klassiker“, sagte Intendantin Rosalie Markwart.\n") == [
        ("Rosalie Markwart", "Intendantin", None, 1)
    ]


def test_words_of_a_person_read_out_by_another_are_the_persons() -> None:
    read = (
        "Ursula Krause feierte heute ihren 100. Geburtstag. „Sie können zurückblicken auf ein langes und "
        "reiches "
        "Leben“, mit diesen Worten des Ministerpräsidenten Reiner Haselhorst überbrachte der "
        "stellvertretende "
        "Oberbürgermeister Timo Gunter seine Glückwünsche.\n"
    )
    assert _who(read) == [("Reiner Haselhorst", "Ministerpräsident", None, 1)]


def test_second_review_findings_of_the_nineteenth_stop() -> None:
    # a surname like a club office
    assert _who("„Die Kita wird im Sommer fertig“, sagte Bürgermeisterin Anna Rechner.\n") == [
        ("Anna Rechner", "Bürgermeisterin", None, 1)
    ]
    # a relative clause after the name is no office
    thanks = "„Die Planung steht“, sagte Tom Kranz, der seiner Amtsleiterin für die Arbeit dankte.\n"
    assert _who(thanks) == [("Tom Kranz", None, None, 1)]
    # one who congratulated is not who speaks next
    honoured = (
        "Für 25 Jahre im Dienst der Stadt wurde Jan Ost geehrt. Zum Jubiläum gratulierte Oberbürgermeister "
        "Tom Kranz. „Ich habe jeden Tag gern gearbeitet.“ Ost leitet das Bauamt.\n"
    )
    assert "Tom Kranz" not in [name for name, *_ in _who(honoured)]
    # a former office does not replace a current colloquial one
    former = (
        "Die frühere Landrätin Anna Berg ist seit Januar Kreischefin des Roten Kreuzes.\n\n"
        "„Das Ehrenamt braucht Unterstützung“, sagte Kreischefin Anna Berg.\n"
    )
    assert _who(former)[0][1] == "Kreischefin"
    # words named by whose they are, not by who read them out or hosted
    for text in (
        "„Unsere Schule ist ein Ort für alle.“ Mit der Rede der Schülersprecherin Lea Sommer eröffnete "
        "Schulleiter Max Roth die Feierstunde.\n",
        "„Der Freistaat steht an der Seite der Flutopfer.“ Mit diesen Worten des Ministerpräsidenten "
        "überbrachte Staatssekretär Jan Ost die Grüße.\n",
    ):
        assert all(name not in {"Max Roth", "Jan Ost"} for name, *_ in _who(text))
    # a quote continuing the speaker before is not taken by a later paragraph's ``Mit der Rede von …``
    later = (
        "„Wir bauen ein neues Gerätehaus“, kündigte Bürgermeister Tom Kranz an.\n\n„Das alte Gebäude ist zu "
        "klein.“\n\nMit der Rede von Kreisbrandmeister Jan Ost endete der offizielle Teil.\n"
    )
    assert _who(later)[0][:1] == ("Tom Kranz",) and _who(later)[0][3] == 2
    # a generic body is not another body of the same kind the text names
    library = (
        "„Unsere Bibliothek ist ein Treffpunkt“, sagte Anna Berg, Leiterin der Bibliothek.\n\n"
        "Viele Bücher kommen per Fernleihe aus der Universitätsbibliothek Leipzig.\n"
    )
    assert _who(library)[0][2] == "Bibliothek"


def test_questions_and_offers_of_a_thirteenth_page_text_set() -> None:
    asked = (
        "„Kennt ihr denn einen Bürgermeister?“, wollte Professor Dr. Ungerich zum Einstieg in die Runde "
        "wissen.\n\nBürgermeister Professor Dr. Lothar Ungerich begrüßte die Kinder.\n"
    )
    assert _who(asked)[0][0] == "Professor Dr. Lothar Ungerich"
    inquired = '"Wer von euch war schon einmal im Rathaus?" erkundigte sich Bürgermeister Erwin Essler.\n'
    assert _who(inquired) == [("Erwin Essler", "Bürgermeister", None, 1)]
    offered = (
        "Die Kinder haben Bürgermeister Bernd Goffert besucht.\n\n„Wenn ihr wollt, dürft ihr euch auch mal "
        "auf "
        "meinen Stuhl setzen“, bot der Bürgermeister den Kindern an.\n"
    )
    assert _who(offered) == [("Bernd Goffert", "Bürgermeister", None, 1)]
    # an offer before a colon is no attribution (``bietet … eine Teilnahme an: „…“ an``)
    offer = (
        "Die Stabsstelle bietet am Dienstag eine Teilnahme an der Podiumsdiskussion: „Urban Gardening – "
        "Lösungen für globale Herausforderungen“ an.\n"
    )
    assert _who(offer) == []
    rec = _dump("Volltextsuche\n\nKinder fragen, der Bürgermeister antwortet\n\nSie kamen.\n")
    assert rec.title == "Kinder fragen, der Bürgermeister antwortet"


def test_page_furniture_of_a_thirteenth_page_text_set() -> None:
    rec = _dump(
        "email\n\nMelden Sie sich für unseren Newsletter an um stets auf dem neuesten Stand zu sein. Sie "
        "erhalten "
        "nach erfolgreicher Anmeldung von uns eine E-Mail. Jetzt zum Newsletter anmelden!\n\n"
        "Veröffentlicht am 26.02.2025\n\nKinder fragen, der Bürgermeister antwortet\n\n"
        + "Die Kinder des städtischen Kindergartens besuchten am Mittwoch das Rathaus der Stadt. " * 2
        + "\n\nBildnachweis: V. Weiß/ Pressestelle\n\nBildnachweise\n\n"
        "Diese Seite teilen (externe Anbieter)\n"
    )
    assert (rec.title, rec.date) == ("Kinder fragen, der Bürgermeister antwortet", "2025-02-26")
    assert not re.search(r"Newsletter|Bildnachweis|teilen", rec.body)


def test_manner_adverbials_between_the_verb_and_the_speaker() -> None:
    quote = "„Die Kinder wollen unbedingt mehr lesen und lernen.“"
    for manner in ("schmunzelnd", "mit Freude", "sichtlich gerührt", "mit einem Augenzwinkern", "lachend"):
        said = f"{_P1}\n\n{quote}, sagte {manner} Büchereileiterin Anna Schönfelder.\n"
        assert _who(said) == [("Anna Schönfelder", "Büchereileiterin", None, 1)], manner
        before = f"{_P1}\n\nBürgermeister Peter Krumbach sagte {manner}: {quote}\n"
        assert _who(before) == [("Peter Krumbach", "Bürgermeister", None, 1)], manner
    # ``während`` opens a clause, no manner: the subject after it is not read through it
    assert _who(f"{_P1}\n\n{quote}, sagte während der Feier niemand.\n") == []


def test_a_pronoun_before_an_unattributed_quote_points_to_the_named_subject() -> None:
    # the pronoun of the paragraph before, past a marked word there (``den „Ehemaligen“``) that is no speech
    farewell = (
        "Vor Eintritt in die Tagesordnung bat Bürgermeister Andreas Heidolf die Anwesenden, sich zu "
        "erheben.\n\n"
        "Danach verabschiedete der Bürgermeister die 13 ausgeschiedenen Ratsmitglieder. Er dankte den "
        "„Ehemaligen“ für ihr Engagement.\n\n„Die ausgeschiedenen Ratsmitglieder haben sich über Jahre "
        "eingesetzt. Dafür gebührt ihnen unser Dank!“, würdigte er das Wirken der Betroffenen.\n"
    )
    assert _who(farewell) == [("Andreas Heidolf", "Bürgermeister", None, 1)]
    # a sentence of report whose subject is a pronoun: the person named as the subject before it
    patron = (
        f"{_P1} Sabine Kortmann, Senatorin für Bildung, ist Schirmherrin der Familiennacht. Sie wünscht "
        "allen Teilnehmenden viel Spaß. „Die Familiennacht zeigt, wie vielfältig das Angebot für Familien "
        "ist.“\n"
    )
    assert _who(patron) == [("Sabine Kortmann", "Senatorin für Bildung", "Senatsverwaltung für Bildung", 1)]
    # not a person only met in the text before: a honoree without an office is no presented speaker
    honoree = (
        "Geehrt haben Bezirksstadtrat Udo Brockmann und die Beauftragte Regine Vollmer. Weltweit sind viele "
        "Menschen betroffen. Janina Malisch ist eine von diesen. Sie gründete einen Stammtisch. Sie bietet "
        "damit einen Anlaufpunkt. „Über die sozialen Netzwerke wollen wir Mut machen und zeigen, dass es "
        "geht.“\n"
    )
    assert _who(honoree) == []


def test_a_role_list_naming_another_person_first_is_no_role() -> None:
    rec = _who(
        "Es berichteten Bezirksbürgermeister Frank Balzer und der Bezirksstadtrat für Wirtschaft, Gesundheit "
        "und Soziales Udo Brockmann über Aktuelles.\n\nUdo Brockmann: „Wir wollen mit dem Ehrenpreis auch im "
        "kommenden Jahr ein Signal setzen.“\n"
    )
    assert rec == [("Udo Brockmann", "Bezirksstadtrat für Wirtschaft, Gesundheit und Soziales", None, 1)]


def test_an_office_named_as_the_subject_before_an_unattributed_quote() -> None:
    # the office as the subject of the sentence before, in the paragraph before or after the verb
    visit = (
        "Während seines Besuches hat sich Bundespräsident Hans-Peter Steinhoff im Rathaus in das Goldene "
        "Buch eingetragen.\n\nDer Bundespräsident bedankte sich für die Einladung.\n\n„Die Stadt ist eine "
        "Stadt für Wissenschaft, Wirtschaft und Kultur. Ich bin gekommen, um mit den Menschen zu sprechen.“\n"
    )
    assert _who(visit) == [("Hans-Peter Steinhoff", "Bundespräsident", None, 1)]
    tools = (
        "Ein Fahrrad und zwei Schaufeln haben die Kinder im Büro von Oberbürgermeister Dominik Sauerbeck "
        "entdeckt. Das mit den Schaufeln hatte der OB schnell erklärt. „Mit den einen habe ich den "
        "Spatenstich beim Globe gemacht, mit der anderen den für das Feuerwehrhaus.“\n"
    )
    assert _who(tools) == [("Dominik Sauerbeck", "Oberbürgermeister", None, 1)]


def test_typed_quotation_marks_and_a_reflexive_verb_after_the_words() -> None:
    typed = (
        f"{_P1}\n\nBürgermeister Bernd Mauler bedankte sich für die Spende und versprach der Spenderin: "
        ",,Sobald der Bauwagen fertiggestellt ist, wird es einen neuen Termin geben.‘‘\n"
    )
    rec = _dump(f"Titel der Meldung\n\n{typed}")
    assert [(s.name, s.quotes) for s in rec.speakers] == [
        ("Bernd Mauler", ["Sobald der Bauwagen fertiggestellt ist, wird es einen neuen Termin geben."])
    ]
    assert ",,Sobald" in rec.body  # the body keeps the marks as the page wrote them
    farewell = (
        "„Freundschaft ist ein wertvolles Gut, das gepflegt werden muss.“ Mit diesen Worten verabschiedete "
        "sich Helmut Schrötter bei einem Empfang von seinen Amtskollegen.\n"
    )
    assert _who(farewell) == [("Helmut Schrötter", None, None, 1)]


def test_a_slogan_bar_over_the_headline_and_a_month_with_a_stray_period() -> None:
    rec = _dump(
        "im Schwarzwald | Heimat des Bollenhutes\n\nKindergarten besucht Rathaus\n\nDie Kinder hatten am "
        "08. Mai. 2018 einen Termin mit dem Bürgermeister im Rathaus der Gemeinde.\n\n" + _P2 + "\n"
    )
    assert (rec.title, rec.mentioned_dates) == ("Kindergarten besucht Rathaus", ["2018-05-08"])


def test_page_furniture_of_a_fifteenth_page_text_set() -> None:
    # an emptied gallery (one run of spacer lines) does not make a page double-spaced
    rec = _dump(
        "Pressemitteilungen\n\nNeues Jugendparlament nimmt seine Arbeit auf\n\n" + " \n\n" * 8
        + "Das neue Jugendparlament der Stadt steht fest: Es startet am Mittwoch offiziell.\n\n" + _P2 + "\n"
    )
    assert rec.title == "Neues Jugendparlament nimmt seine Arbeit auf"
    for furniture in (
        "zur Schlagwortwolke", "file:current:title", "Mitteilung von",
        "Artikel aus dem Nachrichtenarchiv: Bitte beachten Sie, dass der Inhalt nicht mehr aktuell sein "
        "könnte.",
    ):
        rec = _dump(f"{furniture}\n\nZukunftstag bei der Stadt\n\n{_P1}\n\n{_P2}\n")
        assert (rec.kicker, rec.title) == (None, "Zukunftstag bei der Stadt"), furniture
        assert furniture not in rec.body
    tags = "Für diesen Artikel wurden folgende Schlagworte vergeben"
    rec = _dump(f"Zukunftstag bei der Stadt\n\n{_P1}\n\n{tags}\n")
    assert "Schlagworte" not in rec.body


def test_an_addressee_is_no_speaker_and_an_addressed_surname_takes_the_office_before_it() -> None:
    asked = (
        "Die Fragen der Schüler richteten sich an den Bürgermeister, aber auch an die Privatperson Otto "
        "Steinbrink: „Bist Du verheiratet?“ und „Was für ein Auto fährst Du?“, die dieser gern "
        "beantwortete.\n"
    )
    assert _who(asked) == []
    asked = "Die Kinder stellten viele Fragen an Bürgermeister Otto Steinbrink: „Bist Du verheiratet?“\n"
    assert _who(asked) == []
    handed = (
        'Die Schecks gingen an die Leiterin der Kita "Käte Duncker", Frau Kiwitt, sowie an die Vertreterin '
        "des Hilfswerks, Frau Ziebold, über.\n\n„Wir freuen uns wirklich sehr über die Spende“, so Frau "
        "Kiwitt.\n"
    )
    assert _who(handed) == [("Kiwitt", 'Leiterin der Kita "Käte Duncker"', 'Kita "Käte Duncker"', 1)]


def test_fourteenth_page_text_set_speakers() -> None:
    # an inverted subject after an opening adverbial names the speaker of the quote after it
    day = (
        "Am heutigen Welttag des Buches hat Landtagspräsidentin Prof. Dr. Ulrike Liebknecht die Bedeutung "
        "des Lesens unterstrichen. „Ein Buch kann Vieles sein: Abenteuer, Anstoß zum Nachdenken und "
        "Inspiration.“\n"
    )
    assert _who(day) == [("Prof. Dr. Ulrike Liebknecht", "Landtagspräsidentin", None, 1)]
    # ``er`` after a sentence whose subject (an office) follows its verb
    praised = (
        "Nach Jahrzehnten hat Landrat Markus Möller im Landratsamt eine Tradition aufleben lassen.\n\nIn "
        "Anwesenheit der Belegschaft betonte der Landrat, dass von der Aktion ein Zeichen ausgehe. Den "
        "Jugendlichen zollte er Dank. „Wir können zurecht stolz auf unsere Jugend sein“, lobte er die "
        "Anwesenden.\n"
    )
    assert _who(praised) == [("Markus Möller", "Landrat", None, 1)]
    # an adverbial opening with ``Zu`` is no name; an office and the next person are two people
    asked = (
        "Zu Beginn durften sie den Polizisten Fragen stellen: „Warum habt ihr unterschiedliche Uniformen "
        "an?“ – „Das sind die Uniformen von Streifenpolizist und Fahrradpolizist.“\n"
    )
    assert _who(asked) == []
    pair = (
        "Gerald Lohne, Erster Beigeordneter und die Ausbildungsverantwortliche Linda Reim begrüßten die "
        'Neuen. "In unserer Verwaltung finden Sie in den nächsten drei Jahren tolle Möglichkeiten.", so '
        "Gerald Lohne.\n"
    )
    assert _who(pair) == [("Gerald Lohne", "Erster Beigeordneter", None, 1)]
    # the organiser of a day is no body: the second office's is
    day_role = (
        "„An diesem Tag haben die Schulen und viele Kindergärten geschlossen“, so Manuela Malicki, "
        "Organisatorin des Tages und Gleichstellungsbeauftragte im Landratsamt.\n"
    )
    assert _who(day_role)[0][2] == "Landratsamt"


def test_fourteenth_page_text_set_headline_and_dates() -> None:
    # a short quoted name in a long headline does not make it a sentence of text
    rec = _dump(
        "Drucken\n\nLandrat Markus Möller lässt Tradition des „Sternsinger-Empfanges“ im Landratsamt nach "
        f"Jahrzehnten wieder aufleben\n\n{_P1}\n\n{_P2}\n"
    )
    assert rec.title.startswith("Landrat Markus Möller lässt Tradition")
    # a date line between the headline and its subtitle; a closing ``Datum:`` line
    rec = _dump(
        "Ein Tag in der Kreisverwaltung\n03.04.2025\nSchülerinnen und Schüler am Girls Day im "
        f"Landratsamt\n\n{_P1}\n\n{_P2}\n"
    )
    assert (rec.title, rec.subtitle, rec.date) == (
        "Ein Tag in der Kreisverwaltung", "Schülerinnen und Schüler am Girls Day im Landratsamt", "2025-04-03"
    )
    rec = _dump(f"Sternsinger segnen Kreisverwaltung\n\n{_P1}\n\nDatum: 12. Januar 2024\n")
    assert rec.date == "2024-01-12" and "Datum" not in rec.body
    rec = _dump(
        f"Erste Ehrenamtskarten ausgegeben\n\n{_P1}\n\n(Presseinformation der Stadt Kamp-Lintfort vom "
        "04.10.2012, www.kamp-lintfort.de)\n"
    )
    assert rec.date == "2012-10-04" and "Presseinformation" not in rec.body
    # an icon font's arrows left as digits make a breadcrumb
    rec = _dump(f"Home 9 News 9 Sternsinger zu Gast\n\nSternsinger zu Gast\n\n{_P1}\n\n{_P2}\n")
    assert rec.title == "Sternsinger zu Gast" and "Home 9" not in rec.body


def test_review_findings_of_the_twentieth_stop_on_speakers() -> None:
    # an office with a body of its own, or an object, is not the office's holder named before
    partner = (
        "Bürgermeister Hans Krügel eröffnete die Festsitzung im Rathaus.\n\nDer Bürgermeister der polnischen "
        "Partnerstadt bedankte sich für die Einladung. „Unsere Freundschaft wächst seit 30 Jahren.“\n"
    )
    assert _who(partner) == []
    thanked = (
        "Landrätin Eva Langner besuchte das Haus.\n\nDie Mitglieder dankten der Landrätin für die Förderung "
        "aus dem Kreishaushalt. „Ohne diese Hilfe gäbe es das Haus heute nicht.“\n"
    )
    assert _who(thanked) == []
    talked = (
        "Bürgermeisterin Anna Wedel empfing die Klasse 4b.\n\nDie Kinder sprachen mit der Bürgermeisterin "
        "über "
        "ihre Wünsche für die Stadt. „Wir wollen endlich einen Skatepark!“\n"
    )
    assert _who(talked) == []
    # ``er``/``sie`` for a thing, or as an object, is no speaker
    for pronoun in (
        "Nach Angaben der Verwaltung ist er barrierefrei gestaltet.",
        "Besonders beeindruckte sie die Gewahrsamszelle.",
    ):
        text = f"Bürgermeister Hans Krügel eröffnete den neuen Spielplatz. {pronoun} „Endlich haben wir "
        assert _who(text + "einen Ort zum Toben!“\n") == [], pronoun
    # a named speaker who addresses someone before the colon keeps the quote
    reminded = (
        "Bürgermeister Hans Krügel erinnerte in seiner Rede an Altbürgermeister Karl Weißer: „Er hat diese "
        "Stadt über Jahrzehnte geprägt.“\n"
    )
    assert _who(reminded) == [("Hans Krügel", "Bürgermeister", None, 1)]
    # a recipient after an inverted verb is no speaker
    handed = (
        "Der Heimatverein feierte sein Bestehen. Zum Jubiläum hat der Verein Bürgermeister Hans Krügel eine "
        "Chronik überreicht. „Ohne die vielen Ehrenamtlichen wäre das nicht möglich gewesen.“\n"
    )
    assert _who(handed) == []


def test_review_findings_of_the_twentieth_stop_on_roles_dates_and_titles() -> None:
    said = (
        "„Wir investieren 20 Millionen Euro in neue Leitungen“, sagte Anna Wedel, Geschäftsführerin der "
        "Wohnungsbaugesellschaft und der Stadtwerke Bad Oberdorf.\n"
    )
    assert _who(said)[0][1] == "Geschäftsführerin der Wohnungsbaugesellschaft und der Stadtwerke Bad Oberdorf"
    both = (
        "Die Bürgermeisterin und die Leiterin der Kita, Frau Kiwitt, nahmen den Scheck entgegen. „Wir freuen "
        "uns sehr über die Spende“, so Frau Kiwitt.\n"
    )
    assert _who(both)[0][1] == "Leiterin der Kita"
    club = "„Wir freuen uns über jeden Besuch“, sagte Tom Bergner, Leiter des Jugendclubs „Käthe Kollwitz“.\n"
    assert _who(club)[0][2] == "Jugendclub „Käthe Kollwitz“"
    # an abbreviated month keeps its date; a stray period does not take the next sentence's number
    rec = _dump(f"Titel der Meldung\n\nOberdorf, 8. Jan. 2020 – {_P1}\n\n{_P2}\n")
    assert rec.date == "2020-01-08"
    rec = _dump(f"Titel der Meldung\n\n{_P1} Die Schau läuft bis zum 30. April. 2000 Besucher kamen.\n")
    assert not any(d.startswith("2000") for d in rec.mentioned_dates)
    # an event's ``Datum:`` field is no publication date
    rec = _dump(f"Frühlingsmarkt\n\n{_P1}\n\nOrt: Marktplatz Oberdorf\n\nDatum: 15. März 2025\n")
    assert rec.date is None and "Datum: 15. März 2025" in rec.body
    # a lowercase title with a bar stays the title when text follows it
    rec = _dump(f"e-Mobilität | Stadt erhält zehn neue Ladesäulen\n\n{_P1}\n\n{_P2}\n")
    assert rec.title == "e-Mobilität | Stadt erhält zehn neue Ladesäulen"


def test_attributions_after_the_quote_with_a_frame_around_the_speaker() -> None:
    quote = "„Die Kinder wollen unbedingt mehr lesen und lernen.“"
    intro = f"{_P1} Bürgermeister Peter Krumbach begrüßte die Gäste in der Aula.\n\n"
    krumbach = [("Peter Krumbach", "Bürgermeister", None, 1)]
    for frame in (
        "schwärmte Krumbach.",
        "ist Bürgermeister Peter Krumbach überzeugt.",
        "ist der Bürgermeister zuversichtlich.",
        "zog Krumbach eine positive Bilanz.",
        "sagte der Bürgermeister zum Abschluss.",
        "sagte Krumbach zum Abschluss.",
        "eröffnete Bürgermeister Peter Krumbach die Feier.",
        "dankte Krumbach den Gästen.",
    ):
        assert _who(f"{intro}{quote}, {frame}\n") == krumbach, frame
    assert _who(f"{_P1}\n\nSo Bürgermeister Peter Krumbach: {quote}\n") == [
        ("Peter Krumbach", "Bürgermeister", None, 1)
    ]
    # not a state of someone else's mind: ``ist die Kita … ausgestattet`` names no speaker
    assert _who(f"{_P1}\n\n{quote}, ist die neue Kita gut ausgestattet.\n") == []


def test_a_full_name_that_rejoices_or_thanks_before_the_quote_is_a_person() -> None:
    quote = "„Die Kinder wollen unbedingt mehr lesen und lernen.“"
    said = f"{_P1}\n\nPeter Krumbach freute sich über die vielen Gäste. {quote}\n"
    assert _who(said) == [("Peter Krumbach", None, None, 1)]
    # a capitalised pair that moves, not speaks, is no presented person
    assert _who(f"{_P1}\n\nGrüne Woche beginnt am Montag in der Halle. {quote}\n") == []


def test_volunteers_named_by_their_task_are_roles() -> None:
    quote = "„Die Kinder wollen unbedingt mehr lesen und lernen.“"
    for noun in ("Lesepatin", "Ratsfrau", "Streetworkerin", "Schiedsfrau"):
        assert _who(f"{_P1}\n\n{quote}, sagte {noun} Anna Schönfelder.\n") == [
            ("Anna Schönfelder", noun, None, 1)
        ], noun
        assert _who(f"{_P1}\n\n{quote}, sagte die {noun}, Anna Schönfelder.\n") == [
            ("Anna Schönfelder", noun, None, 1)
        ], noun
    # an honorary part before an office yields to the office next to the name
    patron = f"{_P1}\n\nSchirmpatin des Projekts, Stadträtin Anna Schönfelder, ist begeistert: {quote}\n"
    assert [w[:2] for w in _who(patron)] == [("Anna Schönfelder", "Stadträtin")]


def test_a_pronoun_subject_before_an_office_holder_keeps_them_apart() -> None:
    # ``leitete sie als Vorgängerin der Hausleiterin X``: the quote's ``sie`` is not X
    text = (
        f"{_P1} Die Gruppe trifft sich jede Woche. Von 1998 bis 2010 leitete sie als Vorgängerin der "
        "Hausleiterin Stefanie Krause das Zentrum, für das sie vorher ehrenamtlich tätig war: „Ich habe "
        "meine Arbeit dort sehr geliebt“, schwärmt sie.\n"
    )
    assert _who(text) == []


def test_journalistic_attribution_forms() -> None:
    q = "Die Kinder wollen unbedingt mehr lesen und lernen"
    intro = f"{_P1} Bürgermeister Peter Krumbach begrüßte die Gäste in der Aula.\n\n"
    krumbach = [("Peter Krumbach", "Bürgermeister", None, 1)]
    for sentence in (
        f"„{q}.“ So fasst Bürgermeister Peter Krumbach den Abend zusammen.",
        f"„{q}.“ Das sagte Bürgermeister Peter Krumbach bei der Eröffnung.",
        f"„{q}“, lautet das Fazit von Bürgermeister Peter Krumbach.",
        f"„{q}“, bringt es Krumbach auf den Punkt.",
        f"„{q}“, formuliert es Krumbach.",
        f"„{q}“, sagt der 58-Jährige.",
        "Nach den Worten von Bürgermeister Peter Krumbach ist das „ein großer Tag für unsere Gemeinde“.",
        "Wie Bürgermeister Peter Krumbach betonte, sei das „ein großer Tag für unsere ganze Gemeinde“.",
        "Bürgermeister Peter Krumbach sprach von einem „großen Tag für unsere Gemeinde und alle Bürger“.",
        f"Danach ergriff Bürgermeister Peter Krumbach das Wort. „{q}.“",
    ):
        assert _who(f"{intro}{sentence}\n") == krumbach, sentence
    # the same speaker goes on after ``Und weiter:``
    going_on = f"{intro}„{q}“, sagte Krumbach. Und weiter: „Das ist ein großer Tag für die Gemeinde.“\n"
    assert _who(going_on) == [("Peter Krumbach", "Bürgermeister", None, 2)]
    # an attributive ``langjährige`` before an office is no person by age
    assert _who(f"{intro}„{q}“, weiß die langjährige Leiterin der Bücherei.\n") == []
    addressed = f"{_P1}\n\n„{q}“, sagte Frau Schönfelder vom Ordnungsamt.\n"
    assert _who(addressed) == [("Schönfelder", None, "Ordnungsamt", 1)]


def test_two_of_one_mind_and_a_roster_of_office_holders() -> None:
    q = "„Die Kinder wollen unbedingt mehr lesen und lernen“"
    both = [("Peter Krumbach", "Bürgermeister", None, 1), ("Anna Schönfelder", "Schulleiterin", None, 1)]
    for frame in ("sind sich Bürgermeister Peter Krumbach und Schulleiterin Anna Schönfelder einig",
                  "sagen Bürgermeister Peter Krumbach und Schulleiterin Anna Schönfelder"):
        assert sorted(_who(f"{_P1}\n\n{q}, {frame}.\n")) == sorted(both), frame
    roster = (
        f"{_P1}\n\n{q}, sagten die Geschäftsführer der Kommunalen Landesverbände, Jan Lüders (Gemeindetag), "
        "Marc Olsen (Städteverband) und Dr. Uwe Brink (Landkreistag) am 4. September in Kiel.\n"
    )
    assert sorted(_who(roster)) == [
        ("Dr. Uwe Brink", "Geschäftsführer", "Landkreistag", 1),
        ("Jan Lüders", "Geschäftsführer", "Gemeindetag", 1),
        ("Marc Olsen", "Geschäftsführer", "Städteverband", 1),
    ]


def test_offices_and_names_of_chambers_clinics_and_stages() -> None:
    q = "„Jeder Tag zählt für die Betriebe in der Region, das wissen wir alle sehr genau.“"
    chamber = (
        f"Mit Unverständnis hat die Handwerkskammer für Ostthüringen die Verlängerung zur Kenntnis genommen. "
        f"{q}, so Kammerpräsident Lutz Wendel.\n"
    )
    assert _who(chamber) == [("Lutz Wendel", "Kammerpräsident", "Handwerkskammer für Ostthüringen", 1)]
    confirmed = f"{_P1} Das kann Elke Brandt, Pflegerin im Nierenzentrum am Klinikum, nur bestätigen: {q}\n"
    assert [w[:2] for w in _who(confirmed)] == [("Elke Brandt", "Pflegerin im Nierenzentrum am Klinikum")]
    stage = f"{_P1} {q} so Clown Pippo, alias Gerd Sander.\n"
    assert _who(stage) == [("Gerd Sander", "Clown", None, 1)]
    # ``Kinder- und Jugendmedizin``: one field written short, not a second person
    doctor = (
        f"{_P1} Dr. Claus Dorn, der Leitende Oberarzt der Klinik für Kinder- und Jugendmedizin, der die "
        f"Spende entgegennimmt, sagt: {q}\n"
    )
    assert [w[1] for w in _who(doctor)] == ["Leitender Oberarzt der Klinik für Kinder- und Jugendmedizin"]
    # a body's name stays on its line, over the next list item
    listed = (
        "Zeugnisse erhielten:\n\n- Landkreis Stendal\n- Lea Kunz\n\nZum Abschluss bedankte sich Ines Kurt, "
        f"Sachbearbeiterin für Ausbildung des Landkreises, bei allen: {q}\n"
    )
    assert [w[2] for w in _who(listed)] == ["Landkreis Stendal"]


def test_dates_opening_the_text_or_standing_under_the_lead() -> None:
    body = "Rund 150 Kinder der Grundschule pflanzten am Nachmittag junge Bäume auf einer Freifläche im Wald."
    placed = _dump(f"Schüler pflanzen Eichen\n\n05. Dezember 2019, Coburg - {body}\n")
    assert (placed.date, placed.place) == ("2019-12-05", "Coburg")
    stopped = _dump(f"Besuch im Ministerium\n\n10. Januar 2017. „Gesegnet sei dieses Haus“ – {body}\n")
    assert stopped.date == "2017-01-10"
    lead = "Anna Beispiel hat heute ihre Ernennungsurkunde erhalten und die Amtsgeschäfte aufgenommen."
    under = _dump(f"Neue Ministerin ernannt\n\n{lead}\n\n29.05.2018\n\n{lead} Sie folgt auf Ute Muster.\n")
    assert under.date == "2018-05-29"


def test_a_span_of_years_after_a_cue_gives_both_ends() -> None:
    text = f"Waldumbau\n\n12.03.2024\n\n{_P1} So wurden im Zeitrahmen 2000-2019 rund 500 ha aufgeforstet.\n"
    assert {"2000", "2019"} <= set(_dump(text).mentioned_dates)
    built = _dump("Rathaus\n\n12.03.2024\n\nDas Rathaus wurde im Zeitraum 1935 bis 1937 erbaut.\n")
    assert {"1935", "1937"} <= set(built.mentioned_dates)


def test_a_topic_label_after_a_piped_date_is_the_kicker() -> None:
    text = (
        "Inhaltsbereich\n\nNavigationsbild zu Service\n\nAktuelle Meldung\n\n07.09.2018 | Bau, Heimat: 25 "
        f"Jahre Tag des offenen Denkmals in unserem Land\n\n{_P1}\n\nHeaderimage\n\n{_P2}\n\n"
        "2 Min. Lesedauer\n\nSchließen\n"
    )
    rec = _dump(text)
    assert (rec.kicker, rec.date) == ("Bau, Heimat", "2018-09-07")
    assert rec.title == "25 Jahre Tag des offenen Denkmals in unserem Land"
    assert "Headerimage" not in rec.body and "Lesedauer" not in rec.body and "Schließen" not in rec.body


def test_a_lands_ministry_keeps_its_adjective_and_a_genitive_ministry_its_nominative() -> None:
    q = "„Das Ehrenamt ist eine unverzichtbare Säule unserer demokratischen Gesellschaft im Land.“"
    werner = (
        f"{_P1} Die Thüringer Ministerin für Arbeit und Soziales, Hanna Wendt, würdigt das Ehrenamt."
        "\n\n"
        f"Ministerin Wendt sagte in Erfurt: {q}\n"
    )
    assert [w[2] for w in _who(werner)] == ["Thüringer Ministerium für Arbeit und Soziales"]
    # ``Das betonte … X heute bei … .`` before the quote: the subject after the verb
    said = (
        f"{_P1} Das betonte Umweltminister Tom Gerber heute bei der Verleihung in Ansbach. {q} Mehr in der "
        "Pressemitteilung des Ministeriums für Umwelt und Klima.\n"
    )
    assert _who(said) == [("Tom Gerber", "Umweltminister", "Ministerium für Umwelt und Klima", 1)]


def test_image_labels_credits_and_a_site_header_over_the_headline() -> None:
    labelled = _dump(
        f"Campus Nord - Luftbild\n\nKlinik-Clowns zu Gast auf dem Campus\n\n{_P1}\n\n{_P2}\n"
    )
    assert (labelled.title, labelled.subtitle) == ("Klinik-Clowns zu Gast auf dem Campus", None)
    credited = _dump(
        "Bild vom Verwaltungsgebäude der Handwerkskammer\nMeierfoto-Musterstadt\n\nStatement des Präsidenten "
        f"zur Wahl\n\n{_P1}\n"
    )
    assert (credited.title, credited.subtitle) == ("Statement des Präsidenten zur Wahl", None)
    header = _dump(
        "Für die Menschen, für die Region\n\nLandschaftsverband Musterland\nhttps://www.lv-musterland.de\n\n"
        "URL dieser Seite: https://www.lv-musterland.de/pm123\n\nPresse-Infos | Kultur\n\nMitteilung vom "
        f"21.07.09\n\nMinister besucht das Museum\n\nMusterstadt (lv). {_P1}\n"
    )
    assert (header.title, header.categories) == ("Minister besucht das Museum", ["Kultur"])
    assert header.date == "2009-07-21"
    assert "URL dieser Seite" not in header.body


def test_an_unclosed_quotation_ends_at_its_attribution() -> None:
    text = f"{_P1}\n\n„Die Kinder wollen mehr lesen und lernen, sagte Bürgermeister Peter Krumbach.\n"
    assert _who(text) == [("Peter Krumbach", "Bürgermeister", None, 1)]
    quotes = _dump(f"Titel\n\n12.03.2024\n\n{text}").speakers[0].quotes
    assert quotes == ["Die Kinder wollen mehr lesen und lernen"]


def test_offices_of_lists_programmes_and_opinions() -> None:
    q = "„Ich freue mich sehr über das Engagement der Teilnehmenden im Umweltschutz.“"
    pair = (
        "Bei der Verleihung waren die Bezirksstadträtinnen Dr. Alma Neuner und Stefanie Remling vor Ort.\n\n"
        f"Dr. Alma Neuner: {q}\n"
    )
    assert [w[:2] for w in _who(pair)] == [("Dr. Alma Neuner", "Bezirksstadträtin")]
    # a second office after ``und`` is the same person's
    double = (
        f"{_P1} Max Möller, der Regierende Bürgermeister von Berlin und Senator für Wissenschaft, "
        f"unterstrich die Bedeutung: {q}\n"
    )
    role = "Regierender Bürgermeister von Berlin und Senator für Wissenschaft"
    assert [w[1] for w in _who(double)] == [role]
    opinion = (
        f"{_P1} „Das ist nicht nur dreist, sondern irreführend“, so die Meinung des Bezirksbürgermeisters "
        "Jan Roth.\n"
    )
    assert [w[:2] for w in _who(opinion)] == [("Jan Roth", "Bezirksbürgermeister")]
    # a programme's item after its time is nobody's words; an article is no given name
    programme = (
        f"{_P1}\n\n14:00 Uhr: Offene Sozialberatung 16:00 bis 18:00 Uhr: „Der Kaffee ist fertig…“ – "
        "Frauentreff\n"
    )
    assert _who(programme) == []
    seen = f"{_P1} Einen Gewinn für die Stadt sieht auch Wenke Christ, Staatssekretärin für Wohnen: {q}\n"
    assert [w[:2] for w in _who(seen)] == [("Wenke Christ", "Staatssekretärin für Wohnen")]


def test_an_office_with_its_field_named_at_an_appointment() -> None:
    office = "Ministerin für Umwelt, Landwirtschaft, Natur- und Verbraucherschutz"
    text = (
        f"Anna Beispiel zur neuen {office} ernannt\n\n12.03.2024\n\nAnna Beispiel hat heute ihre "
        "Ernennungsurkunde erhalten. Anlässlich ihrer Berufung sagte Beispiel: „Es ist eine Ehre für mich, "
        "diese Themen voranzubringen.“\n\nLesedauer:11 Minuten\n"
    )
    rec = _dump(text)
    assert [s.role for s in rec.speakers] == [office]
    assert "Lesedauer" not in rec.body


def test_a_described_person_a_town_head_and_a_phrase_after_a_dash() -> None:
    text = (
        f"{_P1}\n\nZu den Ersten, denen der Bürgermeister eine Rose überreichte, gehörte Ann-Christin Pieper "
        "vom Fachdienst Bürgerservice. Die Rathausmitarbeiterin freute sich sichtlich über die Geste. "
        "\"Das ist aber eine schöne Überraschung!\"\n"
    )
    assert _who(text) == [("Ann-Christin Pieper", "Rathausmitarbeiterin", "Fachdienst Bürgerservice", 1)]
    head = (
        f"{_P1} Oberbürgermeister André Naumann unterzeichnete zwei Verträge.\n\nDas Stadtoberhaupt "
        "beglückwünschte die beiden: „Stellen Sie Fragen und machen Sie neue Vorschläge.“, gab er ihnen mit "
        "auf den Weg. Bald sind es zehn Auszubildende – „mit steigender Tendenz“, erklärte der "
        "Oberbürgermeister.\n"
    )
    assert _who(head) == [("André Naumann", "Oberbürgermeister", None, 1)]


def test_years_after_a_capitalised_cue_and_joined_years() -> None:
    text = "Frauentag\n\n12.03.2024\n\nSeit 1911 wird der Frauentag begangen. Das Buch kam 1939 und 1964."
    assert {"1911", "1939", "1964"} <= set(_dump(text).mentioned_dates)


def test_review_findings_of_the_twenty_first_stop_stay_fixed() -> None:
    lead = "Kiel. Die Stadt hat am Montag ein neues Projekt vorgestellt.\n\n"
    q = "„Ich bin stolz auf alle Kinder, die heute mitgemacht haben.“"
    # a prize-winner is not the office holder the next sentence describes
    prize = f"{lead}Den ersten Preis gewann Anna Lehmann aus der 4b. Die Bürgermeisterin freute sich. {q}\n"
    assert _who(prize) == []
    # words someone disagrees with, or never said, are not theirs
    for after in ("Das sieht Ortsvorsteher Jan Kahl ganz anders.", "Das sagte Bürgermeister Jan Kahl nie."):
        assert _who(f"{lead}„Die Straße muss endlich saniert werden.“ {after}\n") == [], after
    # the one thanked is no speaker; an age points to nobody where two people are named
    thanked = f"{lead}„Ohne sie gäbe es unser Fest nicht“, ist die Stadt Jan Kahl und seinem Team dankbar.\n"
    assert _who(thanked) == []
    visit = (
        f"{lead}Bürgermeister Peter Krumbach besuchte den Ehrenbürger Hans Lehmann. „Ich habe ein schönes "
        "Leben gehabt“, sagte der 90-Jährige.\n"
    )
    assert _who(visit) == []
    parents = f"{lead}„Das war das schönste Fest“, sagen die Eltern von Anna Lehmann aus der Klasse 3a.\n"
    assert _who(parents) == []
    title = f"{lead}„Farben des Nordens im Wandel der Zeit“ eröffnete Bürgermeisterin Anna Lehmann.\n"
    assert _who(title) == []
    # a speech that ends in a time is no programme item; a real name before a stage name stays
    speech = f"{lead}Bürgermeisterin Anna Lehmann erklärte um 11 Uhr: „Ich wünsche allen ein Fest.“\n"
    assert [s[:2] for s in _who(speech)] == [("Anna Lehmann", "Bürgermeisterin")]
    circus = f"{lead}„Wir freuen uns auf das Publikum“, sagte Direktor Peter Krumbach, alias Toni Tornado.\n"
    assert [s[:2] for s in _who(circus)] == [("Peter Krumbach", "Direktor")]
    # ages in brackets are no bodies, a lectern is no body, a singer is no chamber's officer
    pupils = f"{lead}„Wir wollen Mitsprache“, sagen die Schülersprecher, Ina Lehmann (16) und Jan Kahl (17)."
    assert [s[2] for s in _who(pupils)] == [None, None]
    lectern = f"{lead}„Herzlich willkommen im Jahr 2025!“, rief Frau Lehmann vom Rednerpult aus.\n"
    assert [s[2] for s in _who(lectern)] == [None]
    singer = (
        f"{lead}Die Handwerkskammer Koblenz lud zum Empfang. Kammersängerin Anna Lehmann sagte: „Musik "
        "verbindet die Menschen.“\n"
    )
    assert [s[2] for s in _who(singer)] == [None]
    # a Land's adjective belongs to the person it is written with
    two = (
        f"{lead}Die Thüringer Ministerin für Bildung, Petra Krumbach, empfing ihre Amtskollegin, Ministerin "
        "für Bildung Anna Lehmann. „Wir brauchen gemeinsame Standards“, sagte Lehmann.\n"
    )
    assert [s[2] for s in _who(two) if s[0] == "Anna Lehmann"] == ["Ministerium für Bildung"]
    # counts after a capitalised cue and a price after a year are no years
    counts = _dump("Halle\n\n12.03.2024\n\nBis 2000 Gäste finden Platz. Im Jahr 2025 kostet es bis 60 Euro.")
    assert counts.mentioned_dates == ["2025"]
    # a person's name before a colon after a piped date is the headline's, not a topic label
    piped = _dump(f"Aktuelle Meldung\n\n08.01.2020 | Peter Krumbach: Wir bleiben am Ball\n\n{_P1}\n")
    assert (piped.kicker, piped.title) == (None, "Peter Krumbach: Wir bleiben am Ball")
    # a deadline the lead announces is no publication date
    deadline = _dump(
        "Lesewettbewerb\n\nDie Grundschulen im Landkreis Plön können sich ab sofort für den Lesewettbewerb "
        f"anmelden. Anmeldeschluss:\n\n15.03.2025\n\n{_P1}\n"
    )
    assert deadline.date is None


def test_pronouns_past_marked_phrases_and_reports_closed_by_their_teller() -> None:
    rhein = (
        "Rund 350 Gäste kamen, darunter Ministerpräsident Boris Rheinfeld.\n\nMinisterpräsident Rheinfeld "
        "war begeistert von dem „herausragenden Rahmen“ des Festes und lobte: „Das, was Sie machen, "
        "machen Sie richtig“, sagte er.\n"
    )
    assert [s[:2] for s in _who(rhein)] == [("Boris Rheinfeld", "Ministerpräsident")]
    station = (
        f"{_P1} Der Landrat überreichte den Stationsleitern Horst Bichler und Michael Dusche ein Präsent.\n\n"
        "„Es tut gut, diese Anerkennung zu spüren“, bedankte sich Dusche bei Landrat Rudolf Marks. Gerade im "
        "Schichtdienst würden herausragende Leistungen abverlangt, betonte Marks. „Präsenz zeigen und "
        "präventiv tätig werden“ seien die Kernaufgaben der Polizei.\n"
    )
    assert sorted((s[0], s[3]) for s in _who(station)) == [("Michael Dusche", 1), ("Rudolf Marks", 1)]
    double = (
        "Am Montag begrüßte Landrat und Behördenleiter Dr. Axel Lehner 32 neue Kollegen.\n\nIn seiner Rede "
        "betonte der Landrat, dass der Kreis sicher ist. „Ich freue mich, dass Sie daran mitwirken“, hob er "
        "hervor.\n"
    )
    assert [s[0] for s in _who(double)] == ["Dr. Axel Lehner"]
    stray = (
        f"{_P1} Mit einem Spendenaufruf wendet sich der Landrat des Erzgebirgskreises Frank Vogt an die "
        "Erzgebirger.: „Wir sind alle gefragt, zusammenzustehen und zu helfen.“\n"
    )
    assert [s[0] for s in _who(stray)] == ["Frank Vogt"]


def test_a_three_word_line_with_a_verb_under_the_headline_is_the_subtitle() -> None:
    rec = _dump(f"Sternsinger segnen Rathaus\n\nStadt unterstützt Sternsinger\n\n{_P1}\n\n{_P2}\n")
    assert (rec.title, rec.subtitle) == ("Sternsinger segnen Rathaus", "Stadt unterstützt Sternsinger")
    label = _dump(f"Erste Ehrenamtskarten verliehen\n\nVerleihung der Ehrenamtskarte\n\n{_P1}\n\n{_P2}\n")
    assert label.subtitle != "Verleihung der Ehrenamtskarte"


def test_church_offices_greetings_and_a_degree_so() -> None:
    lead = "Regensburg. Firmlinge besuchten am Montag den Dom.\n\n"
    bishop = (
        f"{lead}Im Juli erhalten sie durch Bischof Rudolf Vogelsang die Firmung.\n\nBischof Rudolf: „Wenn "
        "Firmgruppen nach Regensburg kommen wollen, nehme ich mir Zeit für eine Domführung.“\n"
    )
    assert [s[:2] for s in _who(bishop)] == [("Rudolf Vogelsang", "Bischof")]
    named = (
        f"{lead}Bischof Gennwald würdigt diesen Einsatz. Tag für Tag sei erlebbar, wie sie anpackten: "
        "\"Vieles ist möglich, wenn wir Menschlichkeit leben.\"\n"
    )
    assert [s[:2] for s in _who(named)] == [("Gennwald", "Bischof")]
    greeted = (
        f"{lead}„Ihr seid Handwerker! Ein Teil der Wirtschaft von nebenan“ – so begrüßte Siegfried Huber die "
        "Junggesellen zu ihrer Feier.\n"
    )
    assert [s[0] for s in _who(greeted)] == ["Siegfried Huber"]
    titled = f"{lead}Der Vorsitzende des Caritasrates Dekan Udo Jahn betonte: „Wir sind eine Gemeinschaft.“\n"
    assert [s[1] for s in _who(titled)] == ["Vorsitzende des Caritasrates"]
    parents = f"{lead}„Wir haben uns hier sehr wohl gefühlt“, sagt Mutter Maria Scholz.\n"
    assert [s[:2] for s in _who(parents)] == [("Maria Scholz", "Mutter")]
    degree = (
        f"{lead}Christian Lock leitet die Stadtwerke. Nicht umsonst habe sich der Begriff ′War for talent′ "
        "so stark etabliert, sagte Lock und fügte hinzu: „Wir bilden junge Talente aus, die bleiben.“\n"
    )
    assert [s[0] for s in _who(degree)] == ["Christian Lock"]


def test_offices_named_with_als_and_more_frames_after_the_quote() -> None:
    q = "Die Kinder wollen unbedingt mehr lesen und lernen"
    intro = f"{_P1} Bürgermeister Peter Krumbach begrüßte die Gäste in der Aula.\n\n"
    chair = [("Anna Schönfelder", "Vorsitzende des Fördervereins", None, 1)]
    for sentence in (
        f"„{q}“, sagte Anna Schönfelder als Vorsitzende des Fördervereins.",
        f"Anna Schönfelder betonte als Vorsitzende des Fördervereins: „{q}.“",
        f"Als Vorsitzende des Fördervereins betonte Anna Schönfelder: „{q}.“",
        f"„{q}“, sagte Anna Schönfelder in ihrer Funktion als Vorsitzende des Fördervereins.",
        f"„{q}“, sagte Anna Schönfelder, seit 2014 Vorsitzende des Fördervereins.",
    ):
        assert [w[:2] for w in _who(f"{intro}{sentence}\n")] == [w[:2] for w in chair], sentence
    krumbach = [("Peter Krumbach", "Bürgermeister", None, 1)]
    for sentence in (
        f"„{q}“, wird Bürgermeister Peter Krumbach zitiert.",
        f"„{q}“, lautete das Fazit des Bürgermeisters.",
        f"„{q}“, meldete sich Krumbach zu Wort.",
        f"„{q}“, gesteht Krumbach.",
        f"„{q}“, weiß Krumbach aus Erfahrung.",
        f"„{q}“, heißt es in einer Mitteilung von Bürgermeister Peter Krumbach.",
        f"Für den Bürgermeister steht fest: „{q}.“",
        "Für Krumbach ist die Bücherei „eine echte Herzensangelegenheit für die ganze Gemeinde“.",
    ):
        assert _who(f"{intro}{sentence}\n") == krumbach, sentence
    # the office named with ``als`` ends before the verb's object
    greeted = (
        f"{intro}„Ihr seid Handwerker!“ – so begrüßte Siegfried Huber als Kreishandwerksmeister der "
        "Kreishandwerkerschaft Wiesbaden die anwesenden Junggesellen.\n"
    )
    assert [w[1] for w in _who(greeted)] == ["Kreishandwerksmeister der Kreishandwerkerschaft Wiesbaden"]


def test_second_review_findings_of_the_twenty_first_stop_stay_fixed() -> None:
    lead = "Aichach, 5. Juni 2023. Am Samstag wurde das neue Feuerwehrhaus eröffnet.\n\n"
    q = "„Wir haben jetzt viel mehr Platz.“"
    # church offices and parents as whole words only, not inside surnames
    for name in ("Miriam Kaplan", "Jonas Altvater", "Tom Prior", "Sabine Vater"):
        assert [s[0] for s in _who(f"{lead}{q[:-2]}“, sagte {name}.\n")] == [name], name
    # an office holder thanked or praised is no speaker
    thanked = f"{lead}Die Kommandantin lobte Bürgermeister Huber als einen, der „immer ein Ohr hatte.“"
    assert [s[0] for s in _who(thanked)] != ["Huber"]
    # the greeted is no speaker; a time clause opening with ``Als`` names no office
    greeted = f"{lead}„Alte Kameraden“, so begrüßte die Stadtkapelle Bürgermeister Tobias Huber.\n"
    assert _who(greeted) == []
    when = f"{lead}Als Bürgermeister Huber das Band durchschnitt, erklärte Petra Saller: {q}\n"
    assert [s[:2] for s in _who(when)] == [("Petra Saller", None)]
    # an auxiliary in the indicative keeps its subject; ``so auch`` names a source
    aux = f"{lead}Dazu hat Landrat Tobias Huber, der die Feier eröffnete, Folgendes gesagt: {q}\n"
    assert [s[0] for s in _who(aux)] == ["Tobias Huber"]
    also = f"{lead}Viele Gäste lobten den Bau, so auch Landrat Tobias Huber: {q}\n"
    assert [s[0] for s in _who(also)] == ["Tobias Huber"]
    # a team's name in marks is no speech; an office named with ``als`` ends before the occasion
    team = f"{lead}„Aichach hilft“ meldete Petra Saller als Team für den Stadtlauf an.\n"
    assert _who(team) == []
    occasion = f"{lead}{q[:-2]}“, sagte Petra Saller als Kommandantin beim Festakt am Samstag.\n"
    assert [s[1:3] for s in _who(occasion)] == [("Kommandantin", None)]
    # a workplace after ``von der``; a department's subject is no body; two authors of a statement
    office = f"{lead}Frau Berger von der Schuldnerberatungsstelle erklärte: {q}\n"
    assert [s[::2] for s in _who(office)] == [("Berger", "Schuldnerberatungsstelle")]
    unit = f"{lead}{q[:-2]}“, sagte Anna Berger, Leiterin des Referats Förderung des Handwerks.\n"
    assert [s[2] for s in _who(unit)] == ["Referat Förderung des Handwerks"]
    # a bishop's given name resolves only after the same office
    priest = (
        f"{lead}Bischof Rudolf Vogelsang feierte mit der Gemeinde. Auch Pfarrer Rudolf war gekommen.\n\n"
        "„Wir danken dem Bischof“, sagte Pfarrer Rudolf.\n"
    )
    assert [s[:2] for s in _who(priest)] == [("Rudolf", "Pfarrer")]
    # ``Artikel vorlesen lassen`` is no subtitle
    assert _dump(f"Neue Wache\n\nArtikel vorlesen lassen\n\n{_P1}\n\n{_P2}\n").subtitle is None


def test_breadcrumb_trails_member_names_before_a_verb_and_a_verse_opened_with_words() -> None:
    trail = _dump(
        "Bürger & Rathaus\nAktuelles\nVeranstaltungen\n120 Neubürger\n\n120 Neubürger im Saal empfangen\n\n"
        "Bürgermeister Theo Mettler konnte 120 Gäste begrüßen.\n\nTheo Mettler zeigte ihnen die Stadt. Er "
        "freute sich darüber, dass so viele gekommen sind: „Sie haben die richtige Entscheidung getroffen!“\n"
    )
    assert trail.title == "120 Neubürger im Saal empfangen"
    assert [(s.name, s.role) for s in trail.speakers] == [("Theo Mettler", "Bürgermeister")]
    amt = _dump(
        "Amt\n\n12.03.2024\n\nDas Amt Selent/Schlesen mit seinen sieben Gemeinden Dobersdorf, "
        "Fargau-Pratjau, Lammershagen, Martensrade, Mucheln, Schlesen und Selent liegt zwischen Ostsee und "
        "Holsteinischer Schweiz.\n"
    )
    assert [m.name for m in amt.member_lists[0].members][-1] == "Selent" and not amt.warnings
    verse = (
        f"{_P1}\n\nZum Auftakt sprach Herr Wedemeyer, Leiter der Albert-Schweitzer-Schule.\n\n„Die Tage "
        "kommen, die Tage gehn, der schönste Tag hat kein Bestehn.“ mit diesen Worten eröffnete Herr "
        "Wedemeyer das Fest.\n"
    )
    assert [s[0] for s in _who(verse)] == ["Wedemeyer"]
    carousel = _dump(f"Gänseküken | zur StartseiteAm See | zur Startseite\n\nNeue Kita im Ortsteil\n\n{_P1}")
    assert carousel.title == "Neue Kita im Ortsteil" and "Startseite" not in carousel.body


def test_middle_initials_predicate_offices_and_objects_after_an_office() -> None:
    # ``Heyo K. Kroemer``: a middle initial, and the name's later surname-only mention is the same person
    initial = _dump(
        f"# Neuer Vorstand\n\n12.03.2024\n\n{_P1}\n\nAm 1. März hat Prof. Dr. Jonas K. Wendeborn das Amt "
        "übernommen. Zu seinem Wechsel sagte Prof. Wendeborn: „Die Klinik steht für Medizin von morgen.“\n"
    )
    (sp,) = initial.speakers
    assert (sp.name, sp.honorific, sp.given_name, sp.surname) == (
        "Prof. Dr. Jonas K. Wendeborn", "Prof. Dr.", "Jonas K.", "Wendeborn"
    )
    # the initial is written back into quotes that name the person
    named = _who(
        "„Wir danken Jonas K. Wendeborn für die gute Arbeit in der Klinik“, sagte Landrätin Anna Sommerfeld."
    )
    assert named == [("Anna Sommerfeld", "Landrätin", None, 1)]
    # ``X ist seit 2019 Vorstandsvorsitzender der Y``: the office stated with ``ist`` (not ``war``)
    predicate = (
        "Heiko Wendeborn ist seit 2019 Vorstandsvorsitzender der Stiftung Seeblick. „Wir bauen weiter“, "
        "sagte Wendeborn."
    )
    office = "Vorstandsvorsitzender der Stiftung Seeblick"
    assert _who(predicate) == [("Heiko Wendeborn", office, "Stiftung Seeblick", 1)]
    former = "Heiko Wendeborn war bis 2019 Vorstandsvorsitzender der Stiftung. „Wir bauen“, sagte Wendeborn."
    assert _who(former) == [("Heiko Wendeborn", None, None, 1)]
    # ``richtete der neue Vorstandsvorsitzende Worte der Anerkennung an …``: the words are no person
    for verb in ("richtete", "sprach"):
        words = f"Dann {verb} Landrat Ralf Seeberger Worte der Anerkennung: „Wir danken ihm für alles.“"
        assert [s[:2] for s in _who(words)] == [("Ralf Seeberger", "Landrat")]
    # a title in quotes with its publisher in brackets, and an event's name, are no speakers
    book = "Die Lesung beginnt um 19 Uhr. „Ein Fall für den Puppenspieler“ (Seeblick Verlag) ist sein Debüt."
    assert _who(book) == []
    fest = "Presse- und Fototermin: Kirchdorfer Blütenfest im Park. Eröffnung der Schau „Orte. Menschen“."
    assert _who(fest) == []
    # an expert's office before an honorific (``Stellvertretende Gutachterin im Beratungsgremium Dr. X:``)
    expert = "Stellvertretende Gutachterin im Beratungsgremium Dr. Sandra Oberholz: „Die Bandbreite ist gut.“"
    assert _who(expert) == [
        ("Dr. Sandra Oberholz", "Stellvertretende Gutachterin im Beratungsgremium", "Beratungsgremium", 1)
    ]


def test_offices_with_a_body_and_its_place_and_sentences_pointing_back_to_a_quote() -> None:
    # ``…, der Beauftragte für Senioren im Bezirksamt Mitte``: a body with its place names no second person
    placed = (
        "„Leider stehen der Umsetzung oft Vorbehalte im Weg“, sagt Jan Gieseler, der Beauftragte für "
        "Senioren im Bezirksamt Mitte. Besonders auf dem Wohnungsmarkt ist es schwer."
    )
    assert _who(placed) == [
        ("Jan Gieseler", "Beauftragter für Senioren im Bezirksamt Mitte", "Bezirksamt Mitte", 1)
    ]
    listed = (
        "„Leider stehen der Umsetzung oft Vorbehalte im Weg“, sagt Jan Gieseler, der Leiter des Sportamts "
        "Max Muster und Berta Schmidt. Besonders auf dem Wohnungsmarkt ist es schwer."
    )
    assert [s[:2] for s in _who(listed)] == [("Jan Gieseler", None)]
    # ``„…“ So beschreibt es X.``, ``So sieht es auch X.``
    described = (
        "Er studierte in Leipzig. „Sie behandelten mich als einen, der es noch nicht kann.“ So beschreibt es "
        "Christian Bodenstein. Doch das ändert sich rasch."
    )
    assert [s[0] for s in _who(described)] == ["Christian Bodenstein"]
    seen = "„Das Fest war ein großer Erfolg für den Ort.“ So sieht es Bürgermeisterin Anna Seeberg."
    assert _who(seen) == [("Anna Seeberg", "Bürgermeisterin", None, 1)]
    # ``Für die Staatssekretärin für … X leisten die Siedlungen …: „…“``, not ``Für Kinder gilt: „…“``
    for_her = (
        "Für die Staatssekretärin für Mieterschutz und Quartiersentwicklung Elif Sandmann leisten die "
        "Siedlungen einen wichtigen Beitrag: „Dafür ist es wichtig, die Wohnqualität zu erhalten.“"
    )
    assert [s[:2] for s in _who(for_her)] == [
        ("Elif Sandmann", "Staatssekretärin für Mieterschutz und Quartiersentwicklung")
    ]
    assert _who("Für Kinder und Jugendliche gilt: „Wer früher kommt, bekommt einen besseren Platz.“") == []
    # ``Der Regierende Bürgermeister: „…“``: an office with its capitalised adjective, as written
    governing = (
        "Die Regierende Bürgermeisterin Anna Seeberg eröffnete die Ausstellung. „Wir freuen uns über die "
        "vielen Gäste“, sagte die Regierende Bürgermeisterin."
    )
    assert _who(governing) == [("Anna Seeberg", "Regierende Bürgermeisterin", None, 1)]
    deputy = (
        "Landrat Max Seeberg und sein Stellvertreter Paul Sandmann eröffneten die Ausstellung. „Wir freuen "
        "uns“, sagte der Stellvertretende Landrat."
    )
    assert _who(deputy) == []


def test_numbered_release_dates_date_labels_repeated_headlines_and_page_furniture() -> None:
    # ``Pressemitteilung 60/2009 vom 30.09.2009``, ``9/2008 vom 25.09.2008``: a numbered release's date
    numbered = _dump(f"Landtag ehrt Ehrenamt\n\nPressemitteilung 60/2009 vom 30.09.2009\n\n{_P1}\n")
    assert (numbered.title, numbered.subtitle, numbered.date) == ("Landtag ehrt Ehrenamt", None, "2009-09-30")
    bare = _dump(f"9/2008 vom 25.09.2008\n\nAusschuss genehmigt neue Sendelizenz\n\n{_P1}\n")
    assert (bare.title, bare.date) == ("Ausschuss genehmigt neue Sendelizenz", "2008-09-25")
    # ``Pressemitteilung vom`` over its date: the date's label, no overline
    label = _dump(f"Pressemitteilung vom\n14.11.2025\nSchöffentag am Landgericht\n{_P1}\n")
    assert (label.kicker, label.title, label.date) == (None, "Schöffentag am Landgericht", "2025-11-14")
    # the release's number before a place and a date; the headline repeated in other quotation marks
    repeated = _dump(
        'Navigation und Service des Landtags\n\nSpringe direkt zu:\n\nPressefilter\n\nZurücksetzen\n\n'
        'Präsident: "Ein vorbildliches Land freut sich"\n\n38/2013 Kiel, 21. März 2013\n\n'
        f"Präsident: „Ein vorbildliches Land freut sich“\n\n{_P1}\n"
    )
    assert (repeated.title, repeated.subtitle, repeated.date, repeated.place) == (
        'Präsident: "Ein vorbildliches Land freut sich"', None, "2013-03-21", "Kiel"
    )
    assert repeated.categories == []
    # an image slot's label and a toolbar are no headline parts
    furniture = _dump(
        f"Toolbar-Menü\n\nVeranstaltungsfoto\n\nEinzelansicht\n\nNeue Ausstellung im Schloss\n\n{_P1}\n"
    )
    assert (furniture.kicker, furniture.title) == (None, "Neue Ausstellung im Schloss")
    # a date with the kind of text after it
    kind = _dump(
        f"Neue Ausstellung im Schloss\n\nErschienen am 13.04.2023 - Pressemitteilung 03/2023\n\n{_P1}\n"
    )
    assert (kind.date, kind.categories) == ("2023-04-13", ["Pressemitteilung"])


def test_pronouns_before_an_object_elected_holders_and_a_space_before_the_closing_mark() -> None:
    # ``In ihrer Ansprache betonte sie die Verantwortung: „…“``; the polite ``Sie`` stays an address
    text = (
        "Präsidentin Bettina Sommerfeld eröffnete die Veranstaltung. In ihrer Ansprache betonte sie die "
        "Verantwortung: „Ich möchte Sie ermutigen, diese Aufgabe mit Stolz weiterzuführen.“"
    )
    assert _who(text) == [("Bettina Sommerfeld", "Präsidentin", None, 1)]
    polite = "Bürgermeister Jan Seeberg lud ein. Nutzen Sie die Gelegenheit: „Kommen Sie vorbei.“"
    assert _who(polite) == []
    # ``wurde Hanna X zur neuen Landtagspräsidentin gewählt`` … ``sagte die neu gewählte Präsidentin``
    elected = (
        "In der ersten Sitzung wurde Hanna Seeberg heute zur neuen Landtagspräsidentin gewählt.\n\nZu Beginn "
        "ihrer Antrittsrede sagte die neu gewählte Präsidentin: „Der Landtag ist ein Hohes Haus.“"
    )
    assert _who(elected) == [("Hanna Seeberg", "Landtagspräsidentin", None, 1)]
    two = (
        "Anna Berg wurde zur Präsidentin gewählt, Uwe Tal zur Vizepräsidentin nicht. Dann sagte die "
        "Präsidentin: „Der Landtag ist ein Hohes Haus.“"
    )
    assert [s[0] for s in _who(two)] == ["Anna Berg"]
    # ``… präsentieren. “``: a space before the closing mark
    spaced = (
        "Auch das sei einmalig, so Klaus Seeberg. „Diese Leistungen kann das Land dem Bundespräsidenten mit "
        "Stolz präsentieren. “"
    )
    assert _who(spaced) == [("Klaus Seeberg", None, None, 1)]


def test_member_lists_forming_a_body_joined_together_and_set_apart_by_dashes() -> None:
    def members(text: str) -> list[list[tuple[str, str | None]]]:
        rec = _dump(f"# Verband\n\n12.03.2024\n\n{text}\n")
        return [[(m.name, m.kind) for m in ml.members] for ml in rec.member_lists]

    formed = (
        "Die Städte Bremerhaven, Delmenhorst und Oldenburg sowie die Landkreise Ammerland, Diepholz und "
        "Verden bilden den Zweckverband."
    )
    assert members(formed) == [[
        ("Bremerhaven", "Stadt"), ("Delmenhorst", "Stadt"), ("Oldenburg", "Stadt"),
        ("Ammerland", "Landkreis"), ("Diepholz", "Landkreis"), ("Verden", "Landkreis"),
    ]]
    joined = (
        "Zusammengeschlossen haben sich die fünf Ämter Eiderkanal, Fockbek, Hohner Harde, Jevenstedt und "
        "Mittelholstein mit insgesamt 42 Gemeinden."
    )
    assert members(joined) == [[
        ("Eiderkanal", "Amt"), ("Fockbek", "Amt"), ("Hohner Harde", "Amt"), ("Jevenstedt", "Amt"),
        ("Mittelholstein", "Amt"),
    ]]
    dashed = (
        "Der Flyer liegt in den vier Mitgliedsgemeinden Bad Abbach – Hausen – Herrngiersdorf – Wildenberg in "
        "gedruckter Form aus."
    )
    assert members(dashed) == [[
        ("Bad Abbach", "Gemeinde"), ("Hausen", "Gemeinde"), ("Herrngiersdorf", "Gemeinde"),
        ("Wildenberg", "Gemeinde"),
    ]]
    # a name's particle stays (``Neustadt an der Dosse``); a partner after ``sich mit`` is no member
    particle = "Dem Amt gehören die Gemeinden Neustadt an der Dosse, Wusterhausen/Dosse und Breddin an."
    assert [m[0] for m in members(particle)[0]] == ["Neustadt an der Dosse", "Wusterhausen/Dosse", "Breddin"]
    partner = (
        "Das Amt mit seinen Gemeinden Britz, Chorin und der Stadt Oderberg hat sich mit dem Landkreis Barnim "
        "auf eine neue Linie geeinigt."
    )
    assert [m[0] for m in members(partner)[0]] == ["Britz", "Chorin", "Oderberg"]


def test_reports_in_the_konjunktiv_ordinal_dates_before_an_election_and_a_missing_opening_mark() -> None:
    # ``X kündigte an, … . Er werde … . „…“``: the report goes on in the quote
    report = (
        "Präsidentin Anna Seeberg kündigte an, überparteilich zu sein. Sie werde Partei ergreifen, wenn "
        "nötig. „Wir müssen uns Hetze gemeinsam entgegenstellen.“"
    )
    assert _who(report) == [("Anna Seeberg", "Präsidentin", None, 1)]
    plural = (
        "Präsidentin Anna Seeberg kündigte an, überparteilich zu sein. Die Abgeordneten würden Partei "
        "ergreifen, wenn nötig. „Wir müssen uns Hetze gemeinsam entgegenstellen.“"
    )
    assert _who(plural) == []
    # ``wurde X heute (8. November 2022) … zur neuen Landtagspräsidentin gewählt``
    elected = (
        "Im Rahmen der ersten Sitzung wurde Hanna Sandmann heute (8. November 2022) von den Abgeordneten zur "
        "neuen Landtagspräsidentin gewählt.\n\nZu Beginn ihrer Rede sagte die neu gewählte Präsidentin: „Der "
        "Landtag ist ein Hohes Haus.“"
    )
    assert _who(elected) == [("Hanna Sandmann", "Landtagspräsidentin", None, 1)]
    # ``… hob hervor:`` ¶ ``Das Landgericht hatte … fehlen.“``: words closed but never opened
    unopened = (
        "Die Präsidentin des Oberlandesgerichts Erika Sommerfeld hob in ihrer Rede hervor:\n\nDas Gericht "
        "hatte in ihm einen Präsidenten, auf den es vertrauen konnte. Er wird den Gerichten fehlen.“\n\n"
        "Er arbeitete seit 1972 im Justizdienst."
    )
    assert _who(unopened) == [
        ("Erika Sommerfeld", "Präsidentin des Oberlandesgerichts", "Oberlandesgericht", 1)
    ]


def test_review_findings_of_the_twenty_second_stop_stay_fixed() -> None:
    # a letter ending a sentence is no middle initial of the next person's name
    for text in (
        "Die Arbeiten betreffen Halle B. Maria Berg, Leiterin des Bauhofs, sagte: „Wir liegen gut.“",
        "Verurteilt wurde der Angeklagte Thomas K. Maria Berg, Sprecherin des Gerichts, sagte: „Das Urteil "
        "ist noch nicht rechtskräftig.“",
    ):
        assert [s[0] for s in _who(text)] == ["Maria Berg"]
    assert _who("Geplant ist Variante B. Jonas Seeberg erklärte: „Das ist die günstigste Lösung.“") == [
        ("Jonas Seeberg", None, None, 1)
    ]
    # an office referred to by its noun is not a deputy's, an honorary one, another body's or one of two
    for text in (
        "Anna Berg ist Vizepräsidentin des Vereins. „Wir haben viel erreicht“, sagte die Präsidentin.",
        "Hans Berg ist Ehrenbürgermeister der Stadt. „Wir feiern ein Fest“, sagte der Bürgermeister.",
        "Anna Berg wurde zur stellvertretenden Präsidentin gewählt. Dann sagte die Präsidentin: „Danke.“",
        "Anna Berg ist Präsidentin des Fördervereins. Zur Eröffnung sprach auch die Präsidentin des "
        "Landgerichts: „Recht braucht Vertrauen.“",
        "Anna Berg ist Kreisvorsitzende der Partei. Peter Sommer ist Ortsvorsitzender. „Wir treten an“, "
        "sagte der Vorsitzende.",
    ):
        assert _who(text) == []
    # ``ist nicht mehr``, a name governed by a preposition, an office naming another person: no office
    for text in (
        "Hans Berg ist seit 2019 nicht mehr Bürgermeister der Gemeinde. „Ich vermisse es“, sagte Berg.",
        "Neben Hans Berg ist Bürgermeister Jan Tal Schirmherr der Aktion. „Wir freuen uns“, sagte Berg.",
        "Auch Hans Berg ist Landrat Jan Tal dankbar. „Ohne ihn ginge es nicht“, sagte Berg.",
    ):
        assert _who(text) == [("Hans Berg", None, None, 1)]
    # a surname ending in ``-fest`` stays a name; surnames that are role nouns name a second person
    author = "Der Autor Markus Steinfest liest aus seinem Buch. „Schreiben ist mein Leben“, sagt Steinfest."
    assert _who(author) == [("Markus Steinfest", "Autor", None, 1)]
    listed = (
        "„Leider stehen der Umsetzung Vorbehalte im Weg“, sagt Jan Gieseler, der Leiter des Sportamts Max "
        "Richter und Berta Förster. Besonders schwer ist es."
    )
    assert _who(listed) == [("Jan Gieseler", None, None, 1)]
    # the one greeted is no speaker; nor the one something is done for; ``So sah es auch X``: X agrees
    greeted = (
        "Die neue Kollegin Lea Berg begann am Montag. „Herzlich willkommen im Team“, begrüßte sie das "
        "Kollegium."
    )
    assert _who(greeted) == []
    banner = "Für Trainerin Anna Berg spielen die Kinder ein Turnier: „Danke für alles!“ steht am Banner."
    assert _who(banner) == []
    agrees = (
        "Bürgermeister Jan Tal warb für den Neubau. „Die Schule ist zu klein für alle Kinder im Ort.“ So sah "
        "es auch Gemeinderätin Anna Berg, die dem Antrag zustimmte."
    )
    assert [s[0] for s in _who(agrees)] == ["Jan Tal"]
    # a headline that starts like a skip link stays the headline
    service = _dump(f"Navigation und Service des Bürgeramts werden verbessert\n\n12.03.2024\n\n{_P1}\n")
    assert service.title == "Navigation und Service des Bürgeramts werden verbessert"

    def members(text: str) -> list[tuple[str, list[str]]]:
        rec = _dump(f"# Verband\n\n12.03.2024\n\n{text}\n")
        return [(ml.label, [m.name for m in ml.members]) for ml in rec.member_lists]

    # ``bilden die Grenze``, ``schlossen sich dem Protest an``: no member lists
    assert members("Die Gemeinden Adorf, Bedorf und Cedorf bilden die Grenze zum Nachbarkreis.") == []
    assert members("Im Anschluss schlossen sich die Gemeinden Adorf, Bedorf und Cedorf dem Protest an.") == []
    # joined together with others: all are members, under the body they form where it is named
    joined = (
        "Die Gemeinden Adorf, Bedorf und Cedorf haben sich mit den Städten Dedorf und Eedorf zum "
        "Zweckverband Seeland zusammengeschlossen."
    )
    assert members(joined) == [("Zweckverband Seeland", ["Adorf", "Bedorf", "Cedorf", "Dedorf", "Eedorf"])]


def test_browser_notices_court_letterheads_dated_list_items_and_sentences_broken_around_a_date() -> None:
    # a notice on the reader's browser and a help line above the text are no content; a court's short
    # name over ``Pressemitteilung vom`` is the letterhead's, not the headline's overline
    rec = _dump(
        "Hinweis: Das Verwaltungsgericht Musterstadt hat seine Seiten auf barrierefreien Zugriff optimiert "
        "und verwendet deshalb Stylesheets. Sollte Ihr Browser dieses nicht korrekt anzeigen, unterstützt "
        "er nicht die üblichen Webstandards. Weitere Informationen finden Sie hier.\n\nVG Musterstadt\n\n"
        "Abk. = Erklärung erscheint, wenn Maus auf Abkürzung zeigt\n\nPressemitteilung vom 04.01.2005\n\n"
        f"Neue Präsidentin des Verwaltungsgerichts tritt ihr Amt an\n\n{_P1}\n\n{_P2}\n"
    )
    assert (rec.kicker, rec.title, rec.date) == (
        None, "Neue Präsidentin des Verwaltungsgerichts tritt ihr Amt an", "2005-01-04"
    )
    assert "Browser" not in rec.body and "Maus" not in rec.body and rec.body.startswith("Die Stadtverwaltung")
    # a long headline over a date line set as a list item; a paragraph broken around a bold date
    rec = _dump(
        "Einladung zur Pressekonferenz am 17. April 2023 - Vorstellung des Jahresberichts der Beauftragten "
        "2022\n\n- Erschienen am 13.04.2023 - Pressemitteilung 03/2023\n\nDie Beauftragte für den "
        "Datenschutz, Carla Weidenbach, stellt am\n\nMontag, 17. April 2023\n\nihren aktuellen Bericht für "
        f"das Jahr 2022 auf einer Pressekonferenz vor.\n\n{_P2}\n"
    )
    assert (rec.title, rec.date) == (
        "Einladung zur Pressekonferenz am 17. April 2023 - Vorstellung des Jahresberichts der "
        "Beauftragten 2022",
        "2023-04-13",
    )
    assert rec.body.split("\n\n")[0] == (
        "Die Beauftragte für den Datenschutz, Carla Weidenbach, stellt am Montag, 17. April 2023 ihren "
        "aktuellen Bericht für das Jahr 2022 auf einer Pressekonferenz vor."
    )
    # a photo's caption naming a person inside a broken paragraph is not joined into the sentence
    rec = _dump(
        f"# Neue Räume\n\n12.03.2024\n\n{_P1}\n\nDer Direktor nutzte die Gelegenheit, sich bei\n\n"
        "Direktor Bernd Tannhauser\n\nallen Helferinnen und Helfern zu bedanken.\n"
    )
    assert "sich bei Direktor" not in rec.body


def test_a_person_governed_by_a_preposition_before_another_subject_and_a_citizens_information() -> None:
    # ``Für X stellt der Bund … bereit:``: X is the one done for; the subject after the verb is no person
    quote = "„Das ist ein guter Tag für die ganze Region.“"
    for text in (
        f"Für Bürgermeisterin Anna Wendel und Landrat Peter Sommerau stellt der Bund Mittel bereit: {quote}",
        f"Mit Landrat Peter Sommerau stellt der Bund nun die Mittel bereit: {quote}",
    ):
        assert _who(text) == []
    assert _who(f"Für Landrat Peter Sommerau ist klar: {quote}") == [("Peter Sommerau", "Landrat", None, 1)]
    assert _who(f"Gemeinsam mit Landrat Peter Sommerau betonte Ministerin Eva Kernbach: {quote}") == [
        ("Eva Kernbach", "Ministerin", None, 1)
    ]
    # a town's numbered ``Bürgerinformation`` over its date is a date line
    rec = _dump(
        f"Stadt Musterhausen\n\nBürgerinformation 2 vom 14.02.2024\n\nSperrung der Brückenstraße\n\n{_P1}\n"
    )
    assert (rec.title, rec.date) == ("Sperrung der Brückenstraße", "2024-02-14")


def test_a_cooperatives_legal_form_an_offices_list_of_fields_and_a_surname_after_herr() -> None:
    quote = "„Das Haus hat für den ganzen Kiez eine herausragende Bedeutung.“"
    # ``e.G.`` inside the office before the name, as ``e.V.``
    assert _who(f"Vorstandsmitglied der Wohnungsgenossenschaft Eigenbau e.G. Peter Weiland: {quote}") == [
        ("Peter Weiland", "Vorstandsmitglied der Wohnungsgenossenschaft Eigenbau e.G.",
         "Wohnungsgenossenschaft Eigenbau e.G.", 1)
    ]
    # an office's fields listed with commas, before the name and after it
    office = "Bezirksstadtrat für Bauen, Planen und Facility Management"
    assert _who(f"Der {office} Florian Schmiedel: {quote}") == [("Florian Schmiedel", office, None, 1)]
    assert _who(f"{quote[:-2]}“, sagte der {office} Florian Schmiedel.") == [
        ("Florian Schmiedel", office, None, 1)
    ]
    # ``Herr`` and a surname alone after the office: the office's last word is no given name
    assert _who(f"{office} Herr Schmiedel betont: {quote}") == [("Schmiedel", office, None, 1)]
    assert _who(f"Polizeipräsidentin Frau Dr. Barbara Sloweig betont: {quote}") == [
        ("Dr. Barbara Sloweig", "Polizeipräsidentin", None, 1)
    ]


def _orgs(text: str) -> list[str | None]:
    return [s[2] for s in _who(text)]


def test_bodies_written_out_from_an_abbreviation_or_their_kind() -> None:
    quote = "„Wir freuen uns auf die Zusammenarbeit mit allen Partnern in der Region.“"
    # an abbreviation after its name and its article, a hyphenated name, a field after the brackets
    assert _orgs(
        "Das Netzwerk entsteht unter Federführung der Thüringer Energie- und GreenTech-Agentur (ThEGA). "
        f"{quote[:-2]}“, erklärte Max Sellner, Leiter der ThEGA."
    ) == ["Thüringer Energie- und GreenTech-Agentur"]
    assert _orgs(
        "Der Preis ging an den früheren Präsidenten des Friedrich-Loeffler-Instituts (FLI). "
        f"{quote[:-2]}“, sagte Dr. Jana Kühnel, Präsidentin des FLI."
    ) == ["Friedrich-Loeffler-Institut"]
    assert _orgs(
        "Rund 70 Kinder besuchten das Max-Planck-Institut (MPI) für Multidisziplinäre Naturwissenschaften. "
        f"{quote[:-2]}“, sagt Celine Bökemann, Organisatorin des Zukunftstages am MPI."
    ) == ["Max-Planck-Institut für Multidisziplinäre Naturwissenschaften"]
    # an abbreviation the text never brackets, spelt by the initials of the one name it gives
    assert _orgs(
        "Zwölf junge Menschen werden am Helmholtz-Zentrum für Infektionsforschung ausgebildet. "
        f"{quote[:-2]}“, sagt Michael Strätzer, Leiter des Drittmittelcontrollings am HZI."
    ) == ["Helmholtz-Zentrum für Infektionsforschung"]
    # a body named by its kind, written out as the text names it (also in the genitive, or a region)
    for body, kind in (
        ("Landesjugendring Baden-Württemberg", "Landesjugendring"),
        ("Energieagentur Rheinland-Pfalz", "Energieagentur"),
        ("Klimaschutzagentur Region Hannover", "Klimaschutzagentur"),
    ):
        text = f"Die {body} lud ein. {quote[:-2]}“, sagte Anna Wendel, Geschäftsführerin der {kind}."
        assert _orgs(text) == [body]
    assert _orgs(
        "Der Erlös kommt einem Projekt des Kinderschutzbundes Passau zugute. "
        f"{quote[:-2]}“, erklärt Mandy Heinke, Vorstandsmitglied des Kinderschutzbundes."
    ) == ["Kinderschutzbund Passau"]


def test_dates_run_into_or_slashed_before_a_headline_and_datelines_of_date_and_place() -> None:
    # a date run into the headline, or set off by a slash with a topic before a colon
    rec = _dump(f"14.05.2024Sportabzeichenwettbewerb des Kreissportbundes\n\n{_P1}\n")
    assert (rec.title, rec.date) == ("Sportabzeichenwettbewerb des Kreissportbundes", "2024-05-14")
    rec = _dump(f"24.05.2022 / Stadtradeln 2022: Beschäftigte sammeln Kilometer für Freiburg\n\n{_P1}\n")
    assert (rec.kicker, rec.title, rec.date) == (
        "Stadtradeln 2022", "Beschäftigte sammeln Kilometer für Freiburg", "2022-05-24"
    )
    # ``Place, / date`` under the headline, and the headline repeated with its year added
    rec = _dump(
        "Auszeichnung für die Auszubildende\n\nMünchen, / 12.11.2012\n\nAuszeichnung für die Auszubildende "
        f"2012\n\n{_P1}\n"
    )
    assert (rec.title, rec.subtitle, rec.date, rec.place) == (
        "Auszeichnung für die Auszubildende", None, "2012-11-12", "München"
    )
    # a line of date and place; a bracket of place and date; an all-caps place and an underscore
    rec = _dump(f"14.11.2022, Dresden\n\nJahrestagung der Energieagentur\n\n{_P1}\n")
    assert (rec.title, rec.date, rec.place) == ("Jahrestagung der Energieagentur", "2022-11-14", "Dresden")
    rec = _dump(f"# Neue Leitung des Instituts\n\n(Dresden, 01.10.2018) {_P1}\n")
    assert (rec.date, rec.place) == ("2018-10-01", "Dresden")
    rec = _dump(f"# Effizienzpreis ausgelobt\n\n12.03.2024\n\nERFURT_ {_P1}\n")
    assert rec.place == "Erfurt" and rec.body.startswith("ERFURT_ Die Stadtverwaltung")  # the text as written


def test_a_guillemet_closing_a_low_quote_and_a_statement_of_an_office_in_the_genitive() -> None:
    # ``„…«``: opened low, closed with a guillemet; a Swiss guillemet inside a sentence stays a nested mark
    assert _who(
        "„Wir freuen uns, zumindest einige Wünsche erfüllen zu können«, sagte Prof. Ansgar Trächtel, Leiter "
        "des Instituts."
    ) == [("Prof. Ansgar Trächtel", "Leiter des Instituts", "Institut", 1)]
    quoted = _dump(
        "# T\n\n12.03.2024\n\n„Er nannte es «Aufbruch» und ging dann nach Hause zurück“, sagte Anna Wendel."
    ).speakers[0].quotes
    assert quoted == ["Er nannte es «Aufbruch» und ging dann nach Hause zurück"]
    # ``heißt es in einer ersten Mitteilung des Geschäftsführers der GmbH, X``: the office in the nominative,
    # a legal form alone names no body
    assert _who(
        '"Die neue Förderung vergibt noch in diesem Jahr einen großen Betrag", heißt es in einer ersten '
        "Mitteilung des Geschäftsführers der GmbH, Prof. Olaf Jacobsen."
    ) == [("Prof. Olaf Jacobsen", "Geschäftsführer der GmbH", None, 1)]


def test_an_occasion_after_the_office_and_a_lowercase_brand_with_its_legal_form() -> None:
    assert _who(
        "„Ich bin dankbar für diesen Effizienztisch und die guten Gespräche“, sagte Petra Schäfers, "
        "Geschäftsführerin der botanika GmbH bei der Eröffnung des Effizienztisches am Dienstag."
    ) == [("Petra Schäfers", "Geschäftsführerin der botanika GmbH", "botanika GmbH", 1)]
    # a body after ``bei der`` that is no occasion stays in the office
    assert _who(
        "„Wir helfen gern weiter“, sagte Petra Schäfers, Referentin bei der Stadtverwaltung Bremen."
    ) == [("Petra Schäfers", "Referentin bei der Stadtverwaltung Bremen", "Stadtverwaltung Bremen", 1)]


def test_review_findings_of_the_twenty_third_stop_stay_fixed() -> None:
    def rec(text: str) -> Record:
        return _dump(f"Neues aus Zwenkau\n\n12.03.2024\n\n{text}\n")

    # headlines and first paragraphs about browsers are content, not a browser notice
    for head in (
        "Update-Tag: Ist Ihr Browser noch sicher?",
        "BSI warnt vor veralteten Browsern",
        "Kurs „Webseiten gestalten mit Stylesheets“",
    ):
        assert _dump(f"# {head}\n\n12.03.2024\n\n{_P1}\n").title == head
    advice = "Prüfen Sie, ob Ihr Browser auf dem neuesten Stand ist. Ihr Browser zeigt das im Menü an."
    assert _dump(f"Sicher surfen im Alter\n\n12.03.2024\n\n{advice}\n\n{_P1}\n").body.startswith(advice)
    # ``Für X …:`` gives X's view unless a public body is the subject after the verb
    quote = "„Davon profitiert der ganze Landkreis.“"
    for intro, name in (
        ("Für Landrätin Anna Kessler stellt die Halle einen Meilenstein dar:", "Anna Kessler"),
        ("Bei Bürgermeister Jens Krüger findet die Idee großen Anklang:", "Jens Krüger"),
    ):
        speakers = rec(f"Die Gemeinde baut eine Sporthalle. {intro} {quote}").speakers
        assert [s.name for s in speakers] == [name]
    # a list of event dates is no date line under the headline
    dates = rec("Die Termine der Abfuhr:\n\n- 14.03.2024 Nordstadt\n- 21.03.2024 Südstadt\n\nBitte beachten.")
    assert "14.03.2024 Nordstadt" in dates.body
    listed = _dump("Sperrmüll: die Termine\n\n- 14.03.2024 Nordstadt\n- 21.03.2024 Südstadt\n\n" + _P1)
    assert listed.date is None and "14.03.2024 Nordstadt" in listed.body
    # a headline naming a court after an adjective, a dish, an Arbeitsgemeinschaft
    for head in ("Neues Amtsgericht Pirna", "Lieblingsgericht der Sachsen", "AG Heimatgeschichte Zwenkau"):
        assert _dump(f"{head}\n\n12.03.2024\n\n{_P1}\n").title == head
    # organisations do not grow tails: a place after a plural object, an object of ``für``, an article
    sparkasse = rec(
        "Auch in diesem Jahr fördert die Sparkasse Vereine in Jena mit insgesamt 50.000 Euro. „Der Sport "
        "hält unsere Stadt zusammen“, sagte Jens Krüger, Vorstandsvorsitzender der Sparkasse."
    )
    assert sparkasse.speakers[0].organisation == "Sparkasse"
    thw = rec(
        "Die Stadt dankte dem Technischen Hilfswerk (THW) für Hilfe beim Aufbau der Notunterkunft. „Wir "
        "haben gern geholfen“, sagte THW-Ortsbeauftragter Jens Krüger."
    )
    assert thw.speakers[0].organisation == "Technisches Hilfswerk"
    drk = rec(
        "Am Freitag findet im Rathaus Kamenz eine Blutspende statt. Der Rettungsdienst Kamenz unterstützt "
        "die Aktion. „Jede Spende zählt“, sagte DRK-Kreisgeschäftsführer Jens Krüger."
    )
    assert drk.speakers[0].organisation == "DRK"
    coop = rec("„Wir freuen uns sehr“, sagte Jens Krüger von der Bürgerenergie Zwenkau e.G. am Montag.")
    assert coop.speakers[0].organisation == "Bürgerenergie Zwenkau e.G."
    station = rec("„Wir sind für alle da“, sagte Klaus Brenner, Leiter des Bürgerbüros am ZOB.")
    assert station.speakers[0].organisation != "ZOB"
    # no place from a bracketed author, an all-caps word that is no place, or an event's date and place
    assert rec(f"(Anna Berger, 12.03.2024) {_P1}").place is None
    assert rec(f"WICHTIG_ {_P1}").place is None
    event = rec("Die Autorin liest aus ihrem Roman. Der Termin:\n\n15.03.2024, Weimar\n\nKarten gibt es.")
    assert event.place is None
    # a second date after the slash stays; a subheading ending in a verb's particle stays apart
    two = _dump(f"12.03.2024 / 13.03.2024 Bürgerbüro geschlossen\n\n{_P1}\n")
    assert two.title != "13.03.2024 Bürgerbüro geschlossen"
    joined = rec(f"{_P1}\n\nUnd so machen Sie bei der Aktion mit\n\nper E-Mail an die Umweltstelle.")
    assert "mit per E-Mail" not in joined.body


def test_a_headline_under_a_teaser_numbers_in_a_headline_and_a_date_under_a_consent_banner() -> None:
    # a teaser (or an image's description) copied above the headline stays in the body, the line under it
    # is the headline, and a subtitle line may follow
    teaser = "Eine Aktion der Stadtbücherei für alle Kinder. Sie lesen einander vor. Plätze sind begrenzt."
    rec = _dump(f"{teaser}\n\nVorlesestunde: Anmeldungen ab sofort möglich\n\n{_P1}\n\n{_P2}\n")
    assert rec.title == "Vorlesestunde: Anmeldungen ab sofort möglich"
    assert rec.body.startswith(teaser)
    heading = ("Bücherei lädt zur Vorlesestunde ein", "Kinder hören Geschichten im Lesesaal")
    sub = _dump(f"{teaser}\n\n{heading[0]}\n\n{heading[1]}\n\n{_P1}\n")
    assert (sub.title, sub.subtitle) == heading
    twice = _dump(f"{teaser}\n\nRichtfest\n\nRichtfest\n\n{_P1}\n")
    assert twice.title == "Richtfest" and "Richtfest\n" not in twice.body
    # not a short subheading under the lead, nor a question headline over its subtitle
    inner = _dump(f"{_P1}\n\nZeichen der Wertschätzung\n\n{_P2}\n")
    assert inner.title is None and "Zeichen der Wertschätzung" in inner.body
    inner = _dump(f"{_P1}\n\nHintergrund\n\n{_P2}\n")
    assert inner.title is None
    # a number's or an ordinal's dot in a one-line headline is no sentence's end
    amount = "Sparkasse und Kunden spenden 1.500 Euro für das Projekt „Glücksmomente“ des Kinderschutzbundes"
    assert _dump(f"{amount}\n{_P1}\n").title == amount
    ordinal = "Oberbürgermeister liest anlässlich des 21. bundesweiten Vorlesetags in der Stadtbibliothek vor"
    assert _dump(f"{ordinal}\n{_P1}\n").title == ordinal
    # a consent banner, a section label and a date copied as one block: the date is the release's, and the
    # banner's own words before ``der Verwendung von Cookies zu`` go with it
    banner = _dump(
        "Diese Webseite verwendet Cookies, um das Sammeln statistischer Daten in anonymisierter Form zu "
        "ermöglichen.\nDurch die weitere Nutzung der Webseite stimmen Sie der Verwendung von Cookies zu.\n"
        f"Pressemitteilungen\n14.09.2018\n\nEhrung für mutige Bürger\n\n{_P1}\n"
    )
    assert (banner.title, banner.date) == ("Ehrung für mutige Bürger", "2018-09-14")
    assert "Nutzung der Webseite" not in banner.body
    # a wrapped sentence around a date stays one paragraph
    wrapped = _dump(f"Ehrung für Bürger\n\n{_P1}\n\nDie Ehrung findet am\n14.09.2018\nim Rathaus statt.\n")
    assert "Die Ehrung findet am 14.09.2018 im Rathaus statt." in wrapped.body


def test_offices_with_an_ordinal_a_deputy_mark_or_a_field_and_speakers_named_together() -> None:
    # an ordinal or ``stv.`` opening the office, an office held ``hauptamtlich`` or ``verantwortlich für``
    said = "„Der neue Standort schließt eine wichtige Lücke in der Versorgung“, sagte der"
    assert _who(f"{said} 1. stv. Bürgermeister Kai Brendel in seinem Grußwort.") == [
        ("Kai Brendel", "1. stv. Bürgermeister", None, 1)
    ]
    deputy = _who(f"{said} stv. Vorstandsvorsitzende Dr. Ina Falk.")
    assert deputy[0][:2] == ("Dr. Ina Falk", "stv. Vorstandsvorsitzende")
    betonte = "„Es geht um die Planung aller Förderschulen im Land“, betonte der"
    assert _who(f"{betonte} hauptamtliche Beigeordnete des LWV Hessen, Timo Weise.") == [
        ("Timo Weise", "hauptamtliche Beigeordnete des LWV Hessen", "LWV Hessen", 1)
    ]
    assert _who(f"{betonte} für die Schulen verantwortliche Beigeordnete Timo Weise.")[0][1] == (
        "für die Schulen verantwortliche Beigeordnete"
    )
    # two people after a plural verb, the second with a long office, then both by their surnames
    joint = _who(
        "„Inklusion ist ein Menschenrecht“, betonten Sozialminister Karl Ebner und der Landesbeauftragte für "
        "die Belange von Menschen mit Behinderungen, Paul Roth, heute in Mainz. „Der Beirat ist ein gutes "
        "Beispiel dafür“, so Ebner und Roth."
    )
    assert sorted(joint) == [
        ("Karl Ebner", "Sozialminister", None, 2),
        ("Paul Roth", "Landesbeauftragte für die Belange von Menschen mit Behinderungen", None, 2),
    ]
    # ``die beiden … Geschäftsführer X und Y``: the office of both
    both = _who("„Der Bericht bietet mehr“, so die beiden VRS-Geschäftsführer Dr. Uwe Hahn und Dr. Eva Ott.")
    assert sorted(w[:2] for w in both) == [
        ("Dr. Eva Ott", "VRS-Geschäftsführer"),
        ("Dr. Uwe Hahn", "VRS-Geschäftsführer"),
    ]
    single = _who("„Der Bericht bietet Hintergründe“, so die Geschäftsführerin Anna Beck und Tom Meier.")
    assert ("Tom Meier", None, None, 1) in single


def test_a_person_presented_by_the_sentences_before_a_quote_and_an_office_stated_apart() -> None:
    # a person spoken of with ``er`` in sentences whose verb comes first, then quoted after ``Er betont:``
    rec = _who(
        "Walter Metschurat ist seit über 40 Jahren ehrenamtlich tätig. Derzeit ist er Vorsitzender des "
        "Verwaltungsrates. Im Gespräch erläutert er, wie der Dienst arbeitet. Er betont: „Die Unabhängigkeit "
        "des Dienstes ermöglicht es, unparteiisch zu handeln.“"
    )
    assert [w[0] for w in rec] == ["Walter Metschurat"]
    # not past a subject the text names by its office (``Der Bürgermeister führte sie …``)
    led = _who(
        "Bürgermeister Jan Kolb empfing die Kinder. Standesbeamtin Ute Brand erklärte das Trauzimmer und "
        "fragte: „Wer möchte einmal heiraten?“ Die Kinder liefen in den Keller. Sie wollten alles sehen. Der "
        "Bürgermeister führte sie durch das Archiv und meinte: „Hier liegen viele Geschichten der Gemeinde.“"
    )
    assert ("Jan Kolb", "Bürgermeister", None, 1) in led
    # an office stated with ``ist`` after a party in brackets; a surname-only subject reporting in the
    # Konjunktiv, going on in a quote
    bremen = _who(
        "Frank Albers (CDU) ist neuer Präsident der Bürgerschaft. „Ich freue mich auf die Aufgabe“, sagte "
        "Albers.\n\nAlbers kündigte an, überparteilich zu sein. Er werde Partei ergreifen, wenn man das "
        "Parlament angreife. „Wir müssen uns Hetze gemeinsam entgegenstellen.“"
    )
    assert bremen == [("Frank Albers", "Präsident der Bürgerschaft", "Bürgerschaft", 2)]
    # the office before a name whose sentence goes on with an object (``las … Drittklässlern vor``)
    reading = _who(
        "Zum Vorlesetag las Oberbürgermeister Jan Rohde Drittklässlern der Grundschule vor. „Lesen ist für "
        "mich etwas ganz Wunderbares“, betonte Rohde."
    )
    assert reading == [("Jan Rohde", "Oberbürgermeister", None, 1)]


def test_bylines_year_menus_glued_menus_image_labels_and_a_compound_headline() -> None:
    # a month abbreviated without its period, before a year; the author beside the date
    tmv = _dump(f"29. Okt 2010 | Nr. 160/10 | Kategorie: Presse\n\nWechsel an der Spitze\n\n{_P1}\n")
    assert (tmv.title, tmv.date) == ("Wechsel an der Spitze", "2010-10-29")
    assert "2010-12-03" in _dump(f"Termin steht\n\n{_P1} Am 3. Dez 2010 folgt das Fest.\n").mentioned_dates
    byline = _dump(f"Versammlung beschließt Haushalt\n\nJörg Beispiel • 15. Mai 2019\n\n{_P1}\n")
    assert (byline.date, byline.subtitle) == ("2019-05-15", None)
    # an author's line with a day and month, or a comment count, is no subtitle and no body
    for line in ("16 Juli von Jenny Beispiel", "von G. Beispiel (Kommentare: 0)"):
        rec = _dump(f"Neuer Oberdeichgräfe gewählt\n\n{line}\n\n{_P1}\n")
        assert rec.subtitle is None and line not in rec.body
    # a photo order written out
    caption = _dump(f"Wechsel im Deichamt\n\n{_P1}\n\nVon links nach rechts Marx, Lang, Sierck\n\n{_P2}\n")
    assert "Von links nach rechts" not in caption.body
    # an archive's years, a byline's name before a pipe, an image label, a menu printed twice (once glued)
    for above in ("2024   2023   2022   2021", "Olaf Beispiel |", "Logo-KBV", "Image"):
        rec = _dump(f"{above}\n\nMedizinischer Dienst zurück in Olpe\n\n{_P1}\n")
        assert (rec.kicker, rec.title) == (None, "Medizinischer Dienst zurück in Olpe")
    menu = _dump(f"Entdecken Neuigkeiten\n\nEntdeckenNeuigkeiten\n\nTreffen in Lörrach\n\n{_P1}\n")
    assert menu.title == "Treffen in Lörrach"
    # a headline opening with a body's name in a compound is no letterhead
    spende = "Stadtwerke-Weihnachtsspende für die Freiwillige Feuerwehr Dessau-Süd"
    rec = _dump(f"{spende}\n\nFörderverein beschafft neues Fahrzeug\n\n{_P1}\n")
    assert (rec.title, rec.subtitle) == (spende, "Förderverein beschafft neues Fahrzeug")


def test_a_dated_bracket_before_a_place_a_chiefs_abbreviation_and_a_counties_list_with_articles() -> None:
    # ``(3. Mai 2021) Krumbach - …``: the date, then the place before the dash (also a name's head)
    rec = _dump(f"Ruhestand nach 41 Jahren\n\n(3. Mai 2021) Krumbach - {_P1}\n")
    assert (rec.date, rec.place) == ("2021-05-03", "Krumbach")
    assert _dump(f"Ruhestand nach 41 Jahren\n\n(3. Mai 2021) Achtung - {_P1}\n").place is None
    # ``so der KBV-Chef``: the one person quoted whose office names the abbreviation; a quote paragraph
    # taken up by ``Mit diesen Worten …`` after the next paragraph's dateline; a stray single mark
    chief = _who(
        f"{_P1}\n\n„Das ist der Wink mit dem Zaunpfahl in Richtung Politik.“\n\nBerlin, 5. Januar 2024 – Mit "
        "diesen Worten kommentierte Dr. Jan Kessler, Vorstandsvorsitzender der Kassenärztlichen "
        "Bundesvereinigung (KBV), die Petition. „Die Zählung läuft noch“, so der KBV-Chef. „So ist der Weg "
        "frei‘“, so Kessler."
    )
    assert chief == [
        ("Dr. Jan Kessler", "Vorstandsvorsitzender der Kassenärztlichen Bundesvereinigung (KBV)",
         "Kassenärztliche Bundesvereinigung", 3)
    ]
    stray = _dump(f"Titel\n\n{_P1} „So ist der Weg frei‘“, so Bürgermeister Jan Kessler.\n")
    assert stray.speakers[0].quotes == ["So ist der Weg frei"]
    # a Landkreis written without a space after ``St.``, Kreise named with their article, the
    # Regionalverband that is a Kreis
    counties = _dump(
        "Zweckverband Rettungsdienst\n\n12.03.2024\n\nVerbandsmitglieder des ZRF sind die Landkreise "
        "Merzig-Wadern, Neunkirchen, Saarlouis, St.Wendel und der Saarpfalz-Kreis sowie der Regionalverband "
        "Saarbrücken. Der ZRF sichert den Rettungsdienst.\n"
    )
    members = [(m.name, m.kind, m.key) for m in counties.member_lists[0].members]
    assert ("St.Wendel", "Landkreis", "10046") in members
    assert ("Saarpfalz-Kreis", "Landkreis", "10045") in members
    assert members[-1] == ("Regionalverband Saarbrücken", "Landkreis", "10041")


def test_review_findings_of_the_twenty_fourth_stop_stay_fixed() -> None:
    # a subheading under a dump's first paragraph is no headline without a headline's marks
    for line in ("Neue Räume für die Jugendarbeit im Ortsteil Nord", "Hintergrund: Kita-Ausbau"):
        rec = _dump(f"{_P1}\n\n{line}\n\n{_P2}\n")
        assert rec.title is None and line in rec.body
    # a quotation running over short lines stays one paragraph with its speaker
    lines = "„Wir haben gewartet.\nJetzt ist es so weit.\nDie Kinder kommen.“\nDas sagte Leiterin Eva Brand."
    assert _who(f"{_P1}\n\n{lines}") == [("Eva Brand", "Leiterin", None, 1)]
    # a chief named by that label keeps the words; a group speaking to someone is no speaker
    chief = _who(
        "„Wir brauchen mehr Ärzte“, sagte Jan Kolb, Sprecher der KBV. Auch KBV-Chef Max Muster meldete sich. "
        "„Die Lage ist ernst“, so der KBV-Chef."
    )
    assert ("Max Muster", "KBV-Chef", "KBV", 1) in chief
    group = "„Der Plan steht“, erläuterten die Mitarbeiter des Bauamtes Bürgermeister Jan Kolb beim Termin."
    assert _who(group) == []
    # ``er`` after a sentence naming two people points to neither
    assert _who(
        "Bürgermeister Jan Kolb überreichte Max Muster die Ehrennadel. Seit 30 Jahren ist er Mitglied im "
        "Verein. Dort ist er Kassenwart. Er sagt: „Der Verein ist meine Familie.“"
    ) == []
    # closing single marks that belong to the words stay
    motto = _dump(f"Titel\n\n{_P1} „Unser Motto lautet ’Gemeinsam stark’“, sagte Bürgermeister Jan Kolb.\n")
    assert motto.speakers[0].quotes == ["Unser Motto lautet ’Gemeinsam stark’"]
    # an overline that names a contest, spliced content with ``stimmen Sie``, a sentence opening with
    # ``Von links nach rechts``
    contest = _dump(f"Logo-Wettbewerb\n\nSchüler gestalten das neue Stadtlogo\n\n{_P1}\n")
    assert contest.kicker == "Logo-Wettbewerb"
    vote = _dump(
        f"Kita sucht Namen\n\n{_P1} Bei der Online-Befragung stimmen Sie über den Namen der Kita ab Wir "
        "verwenden Cookies, um unsere Website zu verbessern.\n"
    )
    assert "stimmen Sie über den Namen der Kita ab" in vote.body
    road = "Von links nach rechts über die Kreuzung führt künftig ein neuer Radweg, der Schüler schützt."
    assert road in _dump(f"Neuer Radweg\n\n{_P1}\n\n{road}\n\n{_P2}\n").body


def test_an_office_stated_with_a_pronoun_and_the_body_of_a_board_or_a_compound_verband() -> None:
    # ``Derzeit ist er … Vorsitzender des Verwaltungsrates``: the office the next sentence states; the
    # board's body as the text names it with the board
    board = _who(
        "Jonas Krell ist seit 2006 im Verwaltungsrat des Medizinischen Dienstes Sachsen engagiert. Derzeit "
        "ist er in seiner letzten Amtszeit Vorsitzender des Verwaltungsrates. Er betont: „Die "
        "Unabhängigkeit des Dienstes ist unser höchstes Gut.“"
    )
    assert board == [("Jonas Krell", "Vorsitzender des Verwaltungsrates", "Medizinischer Dienst Sachsen", 1)]
    # ``des Verbandes`` where the text names one ``Tourismusverband …``
    verband = _who(
        "Auf der Versammlung des Tourismusverbandes Sachsen-Anhalt ist die Präsidentschaft auf Carla Wendt "
        "übergegangen. Sie ist damit für ein halbes Jahr Präsidentin des Verbandes. „Wir bleiben ein Team“, "
        "so Wendt."
    )
    assert verband == [("Carla Wendt", "Präsidentin des Verbandes", "Tourismusverband Sachsen-Anhalt", 1)]
    # not an office of another gender, nor past another person named in between
    assert _who(
        "Die Ehrung ging an Carla Wendt. Sie ist damit Vorsitzender des Vereins. „Das freut mich sehr“, "
        "sagte Wendt."
    ) == [("Carla Wendt", None, None, 1)]
    assert _who(
        "Carla Wendt begrüßte Jonas Krell. Sie ist Präsidentin des Verbandes. „Schön, dass Sie da sind“, "
        "sagte Wendt."
    )[0][1] is None
    # a body's genitive is no given name (``des Medizinischen Dienstes Sachsen``)
    assert _who(  # (not ``ist … im Vorstand``: a place the person is in, no office)
        "Lea Born ist im Vorstand des Medizinischen Dienstes Sachsen. Sie ist dort Sprecherin des "
        "Vorstandes. „Wir prüfen unabhängig“, sagte Born."
    ) == [("Lea Born", "Sprecherin des Vorstandes", "Medizinischer Dienst Sachsen", 1)]


def test_bodies_by_a_dotted_abbreviation_a_plural_dative_camel_case_or_after_a_form_of_address() -> None:
    # ``IB.SH-Vorstandsvorsitzende``: the abbreviation with a dot, written out as the text brackets it
    bank = _who(
        "Die Investitionsbank Sachsen-Anhalt (IB.ST) fördert Bürgerprojekte. „Wir helfen den Projekten gern "
        "weiter“, sagte der IB.ST-Vorstandsvorsitzende Erik Lammert."
    )
    assert bank == [("Erik Lammert", "IB.ST-Vorstandsvorsitzende", "Investitionsbank Sachsen-Anhalt", 1)]
    # ``der stellvertretende Jobcenter-Leiter``: the compound's body after the qualifier
    deputy = _who("„Wichtig war uns, dass wir Kinder unterstützen“, so der stellvertretende "
                  "Jobcenter-Leiter Tim Ohl.")
    assert deputy == [("Tim Ohl", "stellvertretende Jobcenter-Leiter", "Jobcenter", 1)]
    # ``bei den Stadtwerken Dietzenbach``: the one Stadtwerke the text names, in a plural's dative
    works = _who(
        "Fünf junge Leute lernen bei den Stadtwerken Dietzenbach. „Wir glauben an die jungen Talente“, sagt "
        "Carl Lenz, Geschäftsführer der Stadtwerke."
    )
    assert works == [("Carl Lenz", "Geschäftsführer der Stadtwerke", "Stadtwerke Dietzenbach", 1)]
    # ``Pressesprecherin von HessenForst``: a name in camel case is a body's
    forest = _who("„Jede helfende Hand hat dem Wald gedient“, sagt Mia Sonne, Pressesprecherin von "
                  "HessenForst.")
    assert forest == [("Mia Sonne", "Pressesprecherin von HessenForst", "HessenForst", 1)]
    # ``Herr Henke vom Fraunhofer IPA``: a body named with its abbreviation, after a form of address
    lab = _who("»An den Fragen merke ich, dass die Mädchen Interesse haben«, sagt Herr Wolke vom "
               "Fraunhofer IPA.")
    assert lab == [("Wolke", None, "Fraunhofer IPA", 1)]
    # not a place named after a form of address (``vom Rednerpult``)
    assert _who("„Wir danken allen Gästen sehr herzlich“, rief Frau Wolke vom Rednerpult aus.")[0][2] is None


def test_page_furniture_around_a_headline_and_an_article_info_box_under_the_text() -> None:
    # a CMS's article metadata under the text: the creation date is the date, the revision's is not; both
    # leave the body, as does the box's heading
    info = _dump(
        f"Neue Radwege im Amt\n\n{_P1}\n\n{_P2}\n\nArtikel-Informationen\n\nerstellt am:\n\n26.01.2017\n\n"
        "zuletzt aktualisiert am:\n\n12.01.2024\n"
    )
    assert info.date == "2017-01-26" and info.mentioned_dates == []
    assert "Artikel-Informationen" not in info.body and "aktualisiert" not in info.body
    revised = _dump(f"Neue Radwege im Amt\n\n{_P1}\n\nzuletzt aktualisiert am:\n\n12.01.2024\n")
    assert revised.date is None and "aktualisiert" not in revised.body
    # a sidebar's heading over the headline; an image's description and the body's name over it
    downloads = _dump(
        f"Downloads zu den geplanten Verfahren\n\nDrei Verfahren begleiten den Neubau der Straße\n\n{_P1}\n"
    )
    assert downloads.title == "Drei Verfahren begleiten den Neubau der Straße"
    described = _dump(
        "Blick über Wiesen und Felder, im Hintergrund Häuser\n\nHessische Verwaltung für Bodenmanagement und "
        f"Geoinformation\n\nNeuwahlen im Verfahren Reiskirchen\n\n{_P1}\n"
    )
    assert described.title == "Neuwahlen im Verfahren Reiskirchen"
    assert "Blick über Wiesen" not in described.body
    # a pointer to a site without ``www.``, a screen reader's link hint, an English skip link, a consent
    # plugin's heading, a header's contact and link line
    tail = _dump(
        "Skip to content\n\nTEL. +49 (0)385 58889450 . E-MAIL | IMPRESSUM . DATENSCHUTZ . INTERN\n\n"
        f"Vorstand\n\n{_P1}\n\nMehr Informationen gibt es auf unserer Homepage unter: "
        "hvbg.hessen.de/UF1852Öffnet sich in einem neuen Fenster\n\nDatenschutz-Übersicht\n"
    )
    assert tail.title == "Vorstand" and tail.body == _P1


def test_link_lines_comment_boxes_skip_links_section_labels_and_bodies_named_in_brackets() -> None:
    # a skip link over the site's name, a share label, a consent switch, a comment box, a link back, a link's
    # sentence
    page = _dump(
        "Direkt zu den Inhalten springen\n\nPressemitteilung vom 03.09.2013\n\nVerein startet Aktionsstand"
        f"\n\n{_P1}\n\nDie Rede können Sie hier nachlesen.\n\nzum Teilen:\n\nClick to enable/disable Google "
        "Fonts.\n\nKommentare (0)\n\nBe the First to Comment\n\nNeuen Kommentar schreiben\n\n"
        "zurück zu Neuigkeiten\n"
    )
    assert page.title == "Verein startet Aktionsstand" and page.body == _P1
    # a real sentence with ``hier`` stays
    kept = "Die Stadt will hier nachlegen und plant weitere Radwege bis zum Jahr 2030 im ganzen Ortsteil."
    assert kept in _dump(f"Titel\n\n{_P1}\n\n{kept}\n").body
    # ``Aktuelle Pressemeldungen`` is the site's section, no overline
    zoo = _dump(f"Aktuelle Pressemeldungen\n\nDer Zoo ist morgen wieder geöffnet!\n\n{_P1}\n")
    assert zoo.kicker is None and zoo.title == "Der Zoo ist morgen wieder geöffnet!"
    # ``Zoo-Geschäftsführer``, a legal form before the bracket, a compound's initials, a city's adjective
    who = _who(
        "Der Landesfrauenrat Sachsen e.V. (LFRS) und die Wirtschaftsförderungsgesellschaft "
        "Nordsachsen mbH (WFG NS) laden ein. „Wir freuen uns auf viele Gäste“, so die "
        "LFRS-Vorsitzende Maren Holt. „Die Region wächst seit Jahren“, erklärt WFG-Geschäftsführer "
        "Jan Kopf. „Der Zoo hat den Sturm gut überstanden“, sagte Zoo-Geschäftsführer Dirk Sonne. "
        "Der SoVD Leipzig lädt ein. „Sozialpolitik braucht Mut und Ausdauer“, sagte der Leipziger "
        "SoVD-Landesvorsitzende Paul Wich."
    )
    assert [w[2] for w in who] == [
        "Landesfrauenrat Sachsen e.V.",
        "Wirtschaftsförderungsgesellschaft Nordsachsen mbH",
        "Zoo",
        "SoVD Leipzig",
    ]


def test_numbered_list_items_keep_their_number_in_the_body() -> None:
    dump = _dump(f"Titel der Meldung\n\n{_P1}\n\n1. Erste Forderung an den Senat\n2. Zweite Forderung\n")
    assert dump.body.endswith("- 1. Erste Forderung an den Senat\n- 2. Zweite Forderung")
    page = extract_bytes(
        f"<html><body><article><h1>Titel</h1><p>{_P1}</p><ol start='3'><li>Dritte Forderung</li>"
        "<li>Vierte Forderung</li></ol><ul><li>Ohne Nummer</li></ul></article></body></html>".encode(),
        "file:///tmp/x.html",
    )
    assert page.body.endswith("- 3. Dritte Forderung\n- 4. Vierte Forderung\n- Ohne Nummer")


def test_a_numbered_headline_under_a_date_line_is_no_list_item() -> None:
    rec = _dump(f"Pressemitteilung vom 15.06.2015\n\n7. Landesverbandstag des Verbands in Güstrow\n\n{_P1}")
    assert rec.title == "7. Landesverbandstag des Verbands in Güstrow" and rec.date == "2015-06-15"
    # a list under the text stays one
    listed = _dump(f"Titel\n\n{_P1}\n\n3. Dritte Forderung an den Senat\n")
    assert listed.body.endswith("- 3. Dritte Forderung an den Senat")


def test_review_findings_of_the_twenty_fifth_stop_stay_fixed() -> None:
    # a lead opening with an amount is no header line; a numbered line under a short line or over its text
    # stays a list item; an item that carries its number and a lettered list
    amount = "25000 Euro hat die Sparkasse Kassel am Freitag an sechs Kitas übergeben, das Geld fließt."
    assert amount in _dump(f"Sparkasse spendet\n\n12.03.2024\n\n{amount}\n\n{_P1}\n").body
    demand = _dump(f"Forderungen\n\n12.03.2024\n\nUnsere Forderung:\n\n1. Mehr Bänke aufstellen.\n\n{_P1}")
    assert demand.body.startswith("Unsere Forderung:\n\n- 1. Mehr Bänke aufstellen.")
    plan = _dump(f"Klimaplan\n\n12.03.2024\n\n1. Ausgangslage\nDer Stadtrat hat beraten.\n\n{_P1}\n")
    assert plan.body.startswith("- 1. Ausgangslage\n\nDer Stadtrat hat beraten.")
    page = extract_bytes(
        f"<html><body><article><h1>Titel</h1><p>{_P1}</p><ol><li>1. Begrüßung</li></ol><ol type='a'>"
        "<li>Erstens</li></ol></article></body></html>".encode(),
        "file:///tmp/x.html",
    )
    assert page.body.endswith("- 1. Begrüßung\n- Erstens")
    # a headline with ``im Vordergrund`` as a clause, ``Downloads`` as a subject
    stage = _dump(f"Stadt beschließt Haushalt, im Vordergrund stehen die Schulen\n\nMehr Geld\n\n{_P1}")
    assert stage.title == "Stadt beschließt Haushalt, im Vordergrund stehen die Schulen"
    app = _dump(f"Downloads zur Warn-App steigen auf zehn Millionen\n\nEine positive Bilanz\n\n{_P1}\n")
    assert app.title == "Downloads zur Warn-App steigen auf zehn Millionen"
    # ``sie`` may point to a person the sentence names by a noun
    assert _who(
        "Anna Berg gratulierte der neuen Schulleiterin zum Amtsantritt. Sie ist seit August Leiterin der "
        "Grundschule. „Wir freuen uns sehr auf die Zusammenarbeit“, sagte Berg."
    ) == [("Anna Berg", None, None, 1)]
    # a board's body on its line, a surname with a prefix, a plural of two Sparkassen
    board = _who(
        "Wahl im Vorstand des Fördervereins\nDie Mitglieder wählten Anna Berg. „Wir haben viel vor in diesem "
        "Jahr“, sagte Anna Berg, Vorsitzende des Vorstandes."
    )
    assert board[0][2] == "Förderverein"
    prefixed = _who("„Wir haben viel vor in diesem Jahr“, sagte Tom Kahl, Büroleiter von Sara McAllister.")
    assert prefixed[0][2] is None
    banks = _who(
        "Die Sparkassen Hessen und Thüringen beraten. „Wir haben viel vor in diesem Jahr“, sagte Maren Holt, "
        "Vorstandsmitglied der Sparkasse."
    )
    assert banks[0][2] == "Sparkasse"
    # ``hier rein`` in a sentence, an advisory council's name as a headline
    entry = "Jeder darf hier rein, der Eintritt ist frei."
    assert entry in _dump(f"Titel\n\n{_P1}\n\n{entry}").body
    assert _dump(f"Jugendrat Neustadt\n\n{_P1}\n").title == "Jugendrat Neustadt"


def test_a_teaser_sentence_the_lead_restates_is_the_subtitle() -> None:
    teaser = "Bundespräsidentin Erika Beispiel trug sich in das Goldene Buch der Stadt Neustadt ein."
    lead = (
        "Während ihres Besuches in Neustadt am 1. November hat sich Bundespräsidentin Erika Beispiel im "
        "Rathaus in das Goldene Buch der Stadt eingetragen und mit Vereinen gesprochen."
    )
    rec = _dump(f"Hoher Besuch im Rathaus\n\n01.11.2018\n\n{teaser}\n\n{lead}\n\n{_P1}")
    assert rec.subtitle == teaser and rec.body.startswith("Während ihres Besuches")
    # a first sentence the next paragraph does not repeat is the lead
    own = "Bürgermeister Tom Kahl begrüßte am Montag sechs neue Auszubildende im Rathaus der Stadt."
    plain = _dump(f"Neue Auszubildende\n\n01.11.2018\n\n{own}\n\n{_P1}")
    assert plain.subtitle is None and plain.body.startswith(own)


def test_an_attribution_that_leaves_out_a_bodys_genitive_takes_the_stated_office() -> None:
    assert _who(
        "Dr. Peter Lind, stv. Vorstandsvorsitzender des Medizinischen Dienstes Westfalen-Lippe, eröffnete "
        "den Standort.\n„Wir sind nah an den Menschen“, sagte der stv. Vorstandsvorsitzende Dr. Peter Lind."
    ) == [
        (
            "Dr. Peter Lind",
            "stv. Vorstandsvorsitzender des Medizinischen Dienstes Westfalen-Lippe",
            "Medizinischer Dienst Westfalen-Lippe",
            1,
        )
    ]


def test_an_office_the_sentence_elects_the_person_to_is_the_role() -> None:
    assert _who(
        "Der stellvertretende Landeselternsprecher der Förderschulen, Tom Kahl, wurde heute zum neuen "
        "gemeinsamen Landeselternsprecher aller Schularten gewählt.\n»Ich freue mich auf die neue Aufgabe«, "
        "so Tom Kahl nach seiner Wahl."
    ) == [("Tom Kahl", "gemeinsamer Landeselternsprecher aller Schularten", None, 1)]
    # another person's election leaves the speaker's office alone
    assert _who(
        "Bürgermeisterin Anna Berg gratulierte Tom Kahl, der zum Vorsitzenden des Vereins gewählt wurde. "
        "„Wir freuen uns“, sagte Anna Berg."
    ) == [("Anna Berg", "Bürgermeisterin", None, 1)]


def test_findings_of_the_it_service_providers_stay_fixed() -> None:
    # ``Gestern Abend (11.12.2019)`` is a time, no dateline
    evening = _dump(f"Feier\n\nGestern Abend (11.12.2019) gab es beim Verband Grund zum Feiern.\n\n{_P1}")
    assert evening.place is None and evening.date is None and "2019-12-11" in evening.mentioned_dates
    # ``die angeschlossenen Städte und Gemeinden A, B … sind nun Teil der SIT``: members of either kind
    (joined,) = _dump(
        f"Neue Mitglieder\n\n{_P1}\n\nDie seit Jahren angeschlossenen Städte und Gemeinden Burscheid, Kürten "
        "und Leichlingen sind nach positiven Ratsbeschlüssen nun Teil der SIT."
    ).member_lists
    assert joined.label == "Teil der SIT" and [(m.name, m.kind) for m in joined.members] == [
        ("Burscheid", None), ("Kürten", None), ("Leichlingen", None)
    ]
    # an image's label glued to a member's name
    (founded,) = _dump(
        f"Gründung\n\n{_P1}\n\nDie Verwaltungsgemeinschaft Mainburg wurde 1978 von den Gemeinden Aiglsbach, "
        "Attenhofen, VG-GebäudeElsendorf und Volkenschwand gegründet."
    ).member_lists
    assert [m.name for m in founded.members] == ["Aiglsbach", "Attenhofen", "Elsendorf", "Volkenschwand"]
    # ``Kammer`` as a surname; a cooperative's ``eG`` in a sentence that goes on
    assert _who(
        "Die govdigital eG wächst. „Wir freuen uns auf die Zusammenarbeit mit dem neuen Mitglied“, erklärte "
        "govdigital-Geschäftsführer Tom Kammer."
    ) == [("Tom Kammer", "govdigital-Geschäftsführer", "govdigital eG", 1)]
    # an event's part gives way to the office; words reported after a colon, then quoted, are the speaker's
    assert _who(
        "Bundesminister Dr. Karl Wildberger würdigte das Jubiläum. Wildberger: „Sie wissen, wie Prozesse in "
        "den Kommunen funktionieren.“\nDie Gäste feierten. Ehrengast und Festredner Wildberger betonte die "
        "Bedeutung der Dienstleister: Digitalisierung beginne in den Kommunen. „Die nächsten Jahre "
        "entscheiden, wo die Reise hingeht.“"
    ) == [("Dr. Karl Wildberger", "Bundesminister", None, 2)]


def test_findings_of_the_thw_and_social_insurance_pages_stay_fixed() -> None:
    # a place-and-date line with its author
    rec = _dump(f"Kirchheim unter Teck, 13.06.2018, von O.Kiedaisch\n\nBesuch beim THW\n\n{_P1}")
    assert (rec.date, rec.place, rec.title) == ("2018-06-13", "Kirchheim unter Teck", "Besuch beim THW")
    # an appointment still to come gives no office
    assert _who(
        "Danach muss der Vorschlag bestätigt und Tom Haas zum Ortsbeauftragten berufen werden. „In den "
        "letzten "
        "Jahren haben wir gemeinsam viel geschafft“, erklärte Tom Haas."
    ) == [("Tom Haas", None, None, 1)]
    # links to lists and reports, a search box, an image rights notice, a credit, a link's sentence
    furniture = [
        "Zu den Tätigkeitsberichten",
        "Zur Übersicht der Preisträger 2016",
        "Zur News-Übersicht",
        "Suchen Sie hier nach einer aktuellen Mitteilung:",
        "Alle zur Verfügung gestellten Bilder sind honorarfrei und dürfen unter Angabe der Quelle verwendet "
        "werden.",
        "Text & Bilder: THW OV-Magdeburg",
        "Lesen Sie hier den ausführlichen Artikel.",
        "Das Evaluationsergebnis zur Kampagne finden Sie hier.",
        "Go To Top",
    ]
    body = _dump("Titel\n\n" + "\n\n".join([_P1, *furniture, _P2])).body
    assert not any(line in body for line in furniture)
    # a heading over a list of tasks stays
    assert "Zu den Aufgaben" in _dump(f"Titel\n\n{_P1}\n\nZu den Aufgaben\n\n{_P2}").body


def test_findings_of_the_data_protection_page_stay_fixed() -> None:
    rec = _dump(
        "| Datenschutz, Pressemeldung\n\nÜbergabe des Tätigkeitsberichts\n\nHendrik Berg, Präsident des "
        "Landtags Rheinland-Pfalz und Prof. Dr. Lind\n\nDer Landesbeauftragte für den Datenschutz (LfDI), "
        "Prof. Dr. Dieter Lind, hat heute den Bericht übergeben.\n\n„Gerade in unruhigen Zeiten hat sich "
        "gezeigt, dass meine Behörde belastbar ist“, stellt Prof. Lind fest. Bei der Begleitung können wir "
        "auf diesen Erfahrungen aufbauen. Ich bin zuversichtlich, dass wir kommende Herausforderungen "
        "bewältigen werden.“"
    )
    assert rec.title == "Übergabe des Tätigkeitsberichts" and rec.subtitle is None
    assert rec.categories == ["Datenschutz", "Pressemeldung"] and "Hendrik Berg" not in rec.body
    (lind,) = rec.speakers
    assert lind.role == "Landesbeauftragte für den Datenschutz (LfDI)"
    assert lind.quotes[1] == (
        "Bei der Begleitung können wir auf diesen Erfahrungen aufbauen. Ich bin zuversichtlich, dass wir "
        "kommende Herausforderungen bewältigen werden."
    )
    # a sentence naming prize winners stays in the body
    winners = "Die Preisträger 2017 sind Rita Berg, Eva Lind und Joachim Kahl"
    assert winners in _dump(f"Ehrenamtspreis\n\n{_P1}\n\n{winners}\n\n{_P2}").body


def test_a_file_number_over_the_place_and_date_line_and_a_menu_label() -> None:
    rec = _dump(
        "Auf einen Blick\n\nPressemitteilung\n\n138/2013/44/A\nMünchen, den 28. Mai 2013\n\nVorstellung "
        f"erster Ergebnisse\n\nEinladung zur Pressekonferenz am 31. Mai 2013\n\n{_P1}"
    )
    assert (rec.kicker, rec.title) == (None, "Vorstellung erster Ergebnisse")
    assert (rec.date, rec.place) == ("2013-05-28", "München")
    assert rec.subtitle == "Einladung zur Pressekonferenz am 31. Mai 2013"


def test_review_findings_of_the_twenty_sixth_stop_stay_fixed() -> None:
    # a lead in the perfect tense, a dateline's lead and a sentence naming members are no teaser
    fire = _dump(
        "Neues Feuerwehrfahrzeug\n\nDie Freiwillige Feuerwehr Neudorf hat am Samstag ihr neues "
        "Löschgruppenfahrzeug in Dienst gestellt.\n\nBürgermeisterin Anna Berg übergab das "
        "Löschgruppenfahrzeug "
        "am Samstag an die Freiwillige Feuerwehr Neudorf. Das Fahrzeug kostete 400.000 Euro."
    )
    assert fire.subtitle is None and fire.body.startswith("Die Freiwillige Feuerwehr Neudorf hat")
    lead = "Potsdam – Innenminister Max Muster übergibt einen Förderbescheid an die Gemeinde Neudorf."
    potsdam = _dump(
        f"Förderbescheid\n\n12.03.2021\n\n{lead}\n\nMit dem Förderbescheid von Innenminister Max Muster "
        "unterstützt das Land die Gemeinde Neudorf bei der Sanierung des Hauses."
    )
    assert potsdam.subtitle is None and potsdam.place == "Potsdam"
    # an appointer keeps the office; an honour does not replace one
    assert _who(
        "Oberbürgermeister Max Muster hat am Montag die bisherige Leiterin des Kulturamts zur neuen "
        "Dezernentin "
        "für Kultur ernannt. „Sie kennt die Kulturszene wie keine andere“, sagte Muster."
    ) == [("Max Muster", "Oberbürgermeister", None, 1)]
    assert _who(
        "Landrat Max Muster wurde zum Ehrenmitglied des Fördervereins gewählt. „Das ist eine große Ehre für "
        "mich“, sagte Muster."
    )[0][1] == "Landrat"
    # an unintroduced single word after a quotation's verb is no person
    assert _who("„Die Arbeitgeber haben kein Angebot vorgelegt“, erklärte Verdi.") == []
    # the image rights notice is one sentence; a roster line stays; a heading and a closing sentence stay
    page = _dump(
        f"Spielplatz\n\n{_P1}\n\nDie Fotos sind honorarfrei. Die Eröffnungsfeier findet am Samstag statt.\n\n"
        "Der neue Vorstand setzt sich wie folgt zusammen:\n\nTom Kahl, Vorsitzender, Anna Berg, "
        "Schriftführerin "
        "und Max Muster, Kassierer\n\nZu den Terminen\n\nRuhe, Natur und echte Gastfreundschaft finden Sie "
        "hier."
        f"\n\n{_P2}"
    )
    for kept in (
        "Die Eröffnungsfeier findet am Samstag statt.",
        "Tom Kahl, Vorsitzender, Anna Berg",
        "Zu den Terminen",
        "Ruhe, Natur und echte Gastfreundschaft finden Sie hier.",
    ):
        assert kept in page.body
    # the continuation of a quote only in the first person, from the attribution's full stop
    told = _who(
        "„Die Behörde hat sich als belastbar erwiesen“, sagte Präsidentin Anna Berg. Sie verwies auf die "
        "Beschwerden. Das sei eine große Herausforderung gewesen.“"
    )
    assert told == [("Anna Berg", "Präsidentin", None, 1)]
    short = _dump(
        "Bericht\n\n„Die Behörde hat sich als belastbar erwiesen“, sagte Anna Berg. Wir bauen darauf auf. "
        "Ich "
        "bin zuversichtlich.“"
    )
    assert short.speakers[0].quotes[1] == "Wir bauen darauf auf. Ich bin zuversichtlich."
    # ``Teil der Studie`` is no membership; a relative clause's ``Teil des …`` gives no label
    study = _dump(f"Studie\n\n{_P1}\n\nDie Städte Köln, Bonn und Aachen sind Teil der Studie zur Luft.")
    assert study.member_lists == []
    (ml,) = _dump(
        f"Mitglieder\n\n{_P1}\n\nDie Gemeinden Aiglsbach, Attenhofen und Elsendorf gehören dem Zweckverband "
        "an, "
        "der Teil des Landkreises Kelheim ist."
    ).member_lists
    assert not ml.label.startswith("Teil")
    # a meta line naming a person is no category line
    assert _dump(f"| Anna Berg\n\nTitel der Meldung\n\n{_P1}").categories == []


def test_bodies_beside_a_speaker_and_leftovers_under_a_headline():
    """Twenty-seventh stop: bodies named without an article, in brackets or in a caption; a revision line,
    an image's size, an English menu and a meta line's remains under the headline."""
    # a body right after the office, without an article; a compound office written out from the text
    assert _who(
        "„Sicherheit beginnt im Klassenzimmer“, betont Tom Kahl, stellvertretender Geschäftsführer "
        "Unfallkasse Berlin."
    ) == [("Tom Kahl", "stellvertretender Geschäftsführer Unfallkasse Berlin", "Unfallkasse Berlin", 1)]
    assert _who(
        "Das Studentenwerk Oldenburg baut am Donnerstag an. „Kinder gehören auf den Campus“, sagt "
        "Studentenwerks-Geschäftsführer Tom Kahl."
    ) == [("Tom Kahl", "Studentenwerks-Geschäftsführer", "Studentenwerk Oldenburg", 1)]
    # a body in brackets after the full name, not a party, a place or a position in a photo
    assert _who("„Wir sind bereit“, sagte Anna Berg (Stadtwerke Stade).") == [
        ("Anna Berg", None, "Stadtwerke Stade", 1)
    ]
    for bracket in ("SPD", "links", "Mitte", "Potsdam", "Geschäftsführerin", "Violine", "U18", "Wahlkreis 3"):
        assert _who(f"„Wir sind bereit“, sagte Anna Berg ({bracket}).")[0][2] is None
    # a caption states the office with its body that the attribution shortens
    page = (
        "<html><body><main><h1>Neue Beratungsstelle</h1><figure><img src='a.jpg'><figcaption>Tom Kahl, "
        "stv. Vorstandsvorsitzender des Medizinischen Dienstes Westfalen-Lippe, eröffnete den Standort."
        "</figcaption></figure><p>Die Beratungsstelle ist ab sofort geöffnet. „Wir sind nah an den "
        "Menschen“, sagte der stv. Vorstandsvorsitzende Tom Kahl.</p></main></body></html>"
    )
    (kahl,) = extract_bytes(page.encode(), "file:///tmp/x.html").speakers
    assert kahl.organisation == "Medizinischer Dienst Westfalen-Lippe"
    # leftovers under the headline are neither subtitle nor text
    for line in (
        "Letzte Änderung am 14.06.2019 Presse",
        "08 Sep '20 |",
        "Neuer Vorstand gewählt 734 421 Landesfrauenrat",
        "Press Releases Meetings News Pressespiegel",
    ):
        record = _dump(f"Neuer Vorstand gewählt\n\n{line}\n\n{_P1}\n\n{_P2}")
        assert record.subtitle is None and line not in record.body, line
    head = "08.09.2020 | Stadtwerke treten dem Verband bei\n08 Sep '20 |\nJetzt zwölf öffentliche Mitglieder"
    teaser = _dump(f"{head}\n{_P1}\n{_P2}")
    assert teaser.subtitle == "Jetzt zwölf öffentliche Mitglieder"


def test_a_surname_given_with_a_form_of_address_and_an_office_in_another_case():
    """Twenty-seventh stop: ``Herr Kahl`` makes ``Kahl`` a person, named in full from a caption; an office
    declined like an adjective in the nominative."""
    assert _who(
        "Herr Kahl begrüßte die Gäste im Volkspark. „Die meisten Menschen hören noch UKW“, sagte Kahl."
    ) == [("Kahl", None, None, 1)]
    assert _who("Die Gäste kamen in den Volkspark. „Die meisten Menschen hören noch UKW“, sagte Kahl.") == []
    page = (
        "<html><body><main><h1>Jubiläum</h1><p>Herr Kahl begrüßte die Gäste im Volkspark. Kahl sagte dazu: "
        "„Die meisten Menschen hören noch UKW.“</p><figure><img src='a.jpg'><figcaption>Anna Berg und Tom "
        "Kahl (Vorstand)</figcaption></figure></main></body></html>"
    )
    (kahl,) = extract_bytes(page.encode(), "file:///tmp/x.html").speakers
    assert kahl.name == "Tom Kahl"
    wappen = "Der Landrat dankte {} Ortsbeauftragten {}. „Wir sind stolz!“ freut sich {}."
    assert _who(wappen.format("dem", "Tom Kahl", "Kahl"))[0][1] == "Ortsbeauftragter"
    assert _who(wappen.format("der", "Anna Berg", "Berg"))[0][1] == "Ortsbeauftragte"
    assert _who(wappen.format("den", "Anna Berg und Tom Kahl", "Berg"))[0][1] == "Ortsbeauftragten"


def test_attributions_headlines_and_links_of_the_forty_first_to_forty_third_sets():
    """Twenty-seventh stop: classes of realtext41–43 (invented people)."""
    # ``er`` is the subject before the verb's object
    assert _who(
        "Tom Kahl erinnerte daran, dass Rücksicht nötig ist. „Gerade auf die Kleinsten müssen wir achten“, "
        "rief er den Teilnehmern zu."
    ) == [("Tom Kahl", None, None, 1)]
    # ``die Abfallberaterin`` is the one person the text names with that office as an apposition
    (berg,) = _who(
        "Diese Fragen beantwortete Anna Berg, Abfallberaterin des Landkreises Stade, den Klassen. Die Kinder "
        "gingen zum Wertstoffhof. „CDs sind viel zu schade für die Mülltonne“, betonte die Abfallberaterin."
    )
    assert berg[:2] == ("Anna Berg", "Abfallberaterin des Landkreises Stade")
    # a body's abbreviation in brackets between the office and the name
    office = "Präsident des Deutschen Tourismusverbandes e.V. (DTV)"
    assert _who(f"„Wir brauchen einen Staatssekretär“, bekräftigte der {office} Tom Kahl nochmals.") == [
        ("Tom Kahl", office, "Deutscher Tourismusverband e.V.", 1)
    ]
    # an initial before the given name; a surname after its office, a comma and a quoted clause
    (kahl,) = _dump("P\n\n„Die Schulen leisten viel“, sagte Kultusminister Prof. Dr. R. Tom Kahl.").speakers
    assert (kahl.name, kahl.given_name, kahl.role) == ("Prof. Dr. R. Tom Kahl", "R. Tom", "Kultusminister")
    assert _who(
        "Innenminister Tom Kahl ehrte fünf Kameraden. Innenminister Kahl hebt hervor, „dass wir ein starkes "
        "Feuerwehrsystem haben. Ihnen allen gilt unser Dank.“"
    ) == [("Tom Kahl", "Innenminister", None, 1)]
    # a numbered release label with its date, a date before the headline with a space
    wolf = _dump(f"Pressemitteilung Nr. 03/2020 vom 25.02.2020: Video zeigt Wolf im Land\n\n{_P1}\n\n{_P2}")
    assert (wolf.title, wolf.date) == ("Video zeigt Wolf im Land", "2020-02-25")
    dated = _dump(f"12.03.2018 DTV fordert einen Staatssekretär\n\nBerlin, 12. März 2018: {_P1}\n\n{_P2}")
    assert (dated.title, dated.date) == ("DTV fordert einen Staatssekretär", "2018-03-12")
    # a headline over two lines, joined by a dash; a longer quoted name inside a headline
    split = _dump(f"Freie Fahrt auf dem Volksfest -\nunser Dank an die Schülerlotsen\n{_P1}\n{_P2}")
    assert split.title == "Freie Fahrt auf dem Volksfest - unser Dank an die Schülerlotsen"
    named = "Pressekonferenz zum Aktionstag „Sicher zur Schule - Sicher nach Hause“ am 14.09.2015 in München"
    assert _dump(f"{named}\n{_P1}\n{_P2}\n{_P1}").title == named
    # another article's teaser with its link onwards, links to sources and downloads leave the text
    page = _dump(
        f"Kräftemessen im Hafen...\n\nmehr lesen\n\nEhrung verdienter Kameraden\n\n{_P1}\n\n"
        "» zur Pressemitteilung des dbv\n\nZum Artikel der Stuttgarter Zeitung\n\n"
        "Download Pressemitteilung\n\n"
        f"Hier die Links zu den Einzelauswertungen der Jugendfeuerwehr:\n\n{_P2}"
    )
    assert page.title == "Ehrung verdienter Kameraden"
    for gone in ("Kräftemessen", "mehr lesen", "dbv", "Stuttgarter", "Download", "Einzelauswertungen"):
        assert gone not in page.body, gone


def test_review_findings_of_the_twenty_seventh_stop_stay_fixed():
    """Misfires a read-only review reproduced against the new rules of the twenty-seventh stop."""
    # a lead-in naming a report is no link line; a subheading naming one stays
    lead = _dump(
        "Landesrechnungshof legt Jahresbericht vor\n\nZum Bericht des Landesrechnungshofes erklärt die "
        "Abgeordnete Anna Berg:\n\n„Die Zahlen zeigen, dass wir beim Personal dringend nachsteuern müssen. "
        "Das ist keine Überraschung.“"
    )
    assert [s.name for s in lead.speakers] == ["Anna Berg"]
    report = _dump(f"Haushalt\n\n{_P1}\n\nZum Bericht der Verwaltung\n\n{_P2}")
    assert "Zum Bericht der Verwaltung" in report.body
    # an event's date before the headline is no publication date
    may = _dump("01.05.2024 Maifeier am Markt\n\nMusterstadt, 22.04.2024 – Die Gewerkschaften laden ein.")
    assert may.date == "2024-04-22"
    # a photographer or a namesake in a caption does not complete a surname
    page = (
        "<html><body><main><h1>Feierstunde</h1><p>Landrat Weber ehrte langjährige Mitarbeiter. „Sie sind "
        "das Rückgrat der Verwaltung“, sagte Weber.</p><figure><img src='a.jpg'><figcaption>Landrat Weber "
        "(links) mit den Geehrten. Foto: Kreis/Peter Weber</figcaption></figure></main></body></html>"
    )
    assert all(s.name != "Peter Weber" for s in extract_bytes(page.encode(), "file:///tmp/x.html").speakers)
    # a former holder is not the one a role-only reference points to
    assert _who(
        "Gisela Harms, Bürgermeisterin a.D., erhielt die Ehrennadel. „Gisela Harms hat diese Stadt geprägt“, "
        "sagte die Bürgermeisterin."
    ) == []
    # the person praised is not the speaker of a comma attribution
    assert _who("Anschließend lobte die Ministerin Landrat Schulz, „er hat den Kreis gut geführt“.") == []
    # a department before the body stays out of the organisation
    (pohl,) = _who("„Laden wird einfach“, sagte Anna Pohl, Leiterin Kundenservice Stadtwerke Hameln.")
    assert pohl[2] in {None, "Stadtwerke Hameln"}
    # a real sentence ending in dots before ``mehr erfahren`` stays
    tour = _dump(f"Radtour\n\n{_P1}\n\nDie Tour führt zum See. Treffpunkt ist der Markt...\n\nmehr erfahren")
    assert "Treffpunkt ist der Markt" in tour.body
    # a dative plural listed with commas keeps the office as written; a party is no body's abbreviation
    assert _who(
        "Der Landrat dankte den Ortsbeauftragten Anna Berg, Tom Kurz und Lisa Ross. „Das war Teamarbeit“, "
        "sagte Berg."
    )[0][1] != "Ortsbeauftragter"
    assert _who(
        "Der Vorsitzende des Bauausschusses (SPD) Tom Berg leitete die Sitzung. „Wir brauchen eine Lösung“, "
        "sagte Berg."
    )[0][1] != "Vorsitzende des Bauausschusses (SPD)"
    # a year before a number is no image size; a place with ``an der`` stays whole
    hours = "Im Jahr 2023 1250 Stunden im Einsatz"
    assert _dump(f"Feuerwehr zieht Bilanz\n\n{hours}\n\n{_P1}\n\n{_P2}").subtitle == hours
    assert _who(
        "Die Sparkasse Pfaffenhofen an der Ilm fördert Vereine. „Wir sind verwurzelt“, sagte "
        "Sparkassen-Vorstand Max Ebner."
    )[0][2] == "Sparkasse Pfaffenhofen an der Ilm"


def test_attributions_and_headlines_of_the_forty_fourth_sets():
    """Classes first met in realtext41–44 and berlin14 (all people invented)."""
    # two surnames under one attribution, each a person the text names in full, with their plural office
    pair = _who(
        "Jan Roth besuchte mit den beiden Landesvorstandsmitgliedern Tom König und Anna Hießerich-Peter den "
        "Hafen.\n\nKönig und Hießerich-Peter pflichteten bei: „Wir können stolz sein auf unseren Hafen.“"
    )
    assert [(n, r) for n, r, _, _ in pair] == [
        ("Tom König", "Landesvorstandsmitglied"),
        ("Anna Hießerich-Peter", "Landesvorstandsmitglied"),
    ]
    after = _who("Tom König traf Anna Peters. „Das war ein gutes Gespräch“, so König und Peters.")
    assert [n for n, *_ in after] == ["Tom König", "Anna Peters"]
    # the head of a body by its abbreviation: ``SCN-Chef X`` is ``der SCN-Geschäftsführer``
    (chief,) = _who(
        "Die Zahlen lieferte SCN-Chef Tom Schick. Die Lage ist gut. „Wir haben unser Personal gehalten“, "
        "sagte der SCN-Geschäftsführer."
    )
    assert chief[0] == "Tom Schick"
    # a surname given with ``Herr`` after an occupation, the occupation his role
    (porter,) = _who(
        "Auch der Pförtner des Rathauses Tiergarten Herr Kaya hat sich beteiligt, denn auch er darf nicht "
        "wählen. „Das ist ein Schritt zur echten Wahl!“, sagt er."
    )
    assert porter[:3] == ("Kaya", "Pförtner des Rathauses Tiergarten", "Rathaus Tiergarten")
    # an apposition without its commas ends where its words stop
    (clerk,) = _who("„Wir helfen den Wirten“, erklärt Anna Berger Bezirksstadträtin für Ordnung und Umwelt.")
    assert clerk[:2] == ("Anna Berger", "Bezirksstadträtin für Ordnung und Umwelt")
    (host,) = _who(
        "Tom Sander Bezirksstadtrat für Gesundheit und die Stadtteilkoordination laden ein. Sander sagte "
        "dazu: „Wir freuen uns auf viele Gäste.“"
    )
    assert host[1] == "Bezirksstadtrat für Gesundheit"
    # a place adjective before two joined offices, a company by its legal form, a committee is no name
    (youth,) = _who("Der Reinickendorfer Kinder- und Jugendbeauftragte Tom Busch sagte: „Kinder wählen.“")
    assert youth[2] == "Bezirksamt Reinickendorf"
    (firm,) = _who("Tom Mahler, Geschäftsführer Nordwand GmbH: „Die Toilette ist barrierefrei.“")
    assert firm[2] == "Nordwand GmbH"
    (pupil,) = _who(
        "Tom Gamper ist neuer Landesschulsprecher im Berliner Landesschülerausschuss. „Die Schulen sind "
        "sauberer geworden“, sagte Gamper."
    )
    assert pupil[1] == "Landesschulsprecher im Berliner Landesschülerausschuss"
    # the verdict ``so lautete das Fazit von``; a perfect ``Dies hat X … hervorgehoben.``
    assert _who("„Wie gut, dass es euch gibt!“, so lautete das Fazit von Bürgermeisterin Anna Wegner.")
    (officer,) = _who(
        "„Die Menschen wollen, dass ihre Daten geschützt sind.“ Dies hat die Landesbeauftragte Anna Gaul bei "
        "der Vorstellung des 30. Berichts hervorgehoben."
    )
    assert officer[0] == "Anna Gaul"
    # a flattened info block ends before the name of the one who speaks
    (speaker,) = _who(
        "Ort: Bibliothek Alter Markt (Alter Markt 2, 12555 Berlin) Marco Braun, Bezirksstadtrat für Kultur, "
        "teilt mit: „Wir laden alle jungen Menschen zu den Lesungen ein.“"
    )
    assert speaker[0] == "Marco Braun"
    # a caption naming people in order, however long; a pointer to a file
    signers = ", ".join(f"Anna Ross{k} (Bürgermeisterin Ort{k})" for k in range(12))
    caption = f"Haben den Vertrag unterschrieben (von links nach rechts): {signers}."
    pointer = "Weitere Informationen zum Treffen finden Sie in folgender Pressemitteilung: DOC_2026_TREFFEN"
    page = _dump(f"Verbund gegründet\n\n{_P1}\n\n{caption}\n\n{pointer}\n\n{_P2}")
    assert "unterschrieben" not in page.body and "DOC_2026" not in page.body
    # headlines with an honorific, a day before its month, a quoted phrase after a colon; a logo's name
    sure = "Innenminister Roth und Landeswahlleiter Dr. Kahn danken den Wahlhelferinnen und Wahlhelfern"
    assert _dump(f"{sure}\n\n{_P1}\n\n{_P2}").title == sure
    dated = "Innenminister Roth und Landeswahlleiter Kahn danken den 6 000 Helfern der Wahl am 6. Juni 2010"
    release = _dump(f"Landesamt - Pressemitteilung\n\n\nErfurt, 07. Juni 2010 - Nr. 167\n\n{dated}\n\n{_P1}")
    assert (release.title, release.date, release.place) == (dated, "2010-06-07", "Erfurt")
    quoted = "Datenschutzbeauftragte legt neuen Bericht vor: „Rekord-Eingaben belegen starkes Bedürfnis“"
    report = _dump(f"Logo LDI NRW\n\n{quoted}\n\n{_P1}")
    assert report.title == quoted and "Logo" not in report.body


def test_subjects_behind_a_presence_adjective_a_conjunction_or_a_long_opening():
    """realtext46: ``die anwesende Staatsministerin …, X``; ``Wobei er …``; ``…, zeichnete X einen …``."""
    (minister,) = _who(
        "Auch die anwesende Staatsministerin für Soziales und Gesellschaftlichen Zusammenhalt, Petra Kopp, "
        "begrüßt die Modernisierung: „Feste Anlaufstellen ergänzen das Angebot ideal.“"
    )
    assert minister[:2] == ("Petra Kopp", "Staatsministerin für Soziales und Gesellschaftlichen Zusammenhalt")
    who = _who(
        "Danach gratulierte Bürgermeister Wolf Nier den Schülern. „Ihr habt es geschafft“, sagte er.\n\n"
        "Nach Nier meldete sich noch Frank Heide zu Wort. Mit Hilfe einer Software, was Länge und Thema der "
        "Rede betraf, zeichnete Heide einen Vergleich mit einer Bergwanderung. Wobei er, anders als die "
        "Software, das Abitur als Zwischenziel ansah. „Jetzt könnt ihr anwenden, was ihr gelernt habt“, "
        "wollte er den Schülern mitgeben."
    )
    assert [(n, q) for n, _, _, q in who] == [("Wolf Nier", 1), ("Frank Heide", 1)]


def test_site_names_over_menus_and_consent_and_numbered_date_lines():
    """realtext45: a site's name over its menu label or consent banner is no headline; an ordinal opens a
    headline; ``Nummer 6/11 vom 14.06.2011`` dates the release."""
    numbered = _dump(
        "Bundesinstitut für Musterwesen\n\nNavigation und Service\n\nMehr Raum für das Institut: Minister "
        f"Roth und Kahn weihen Anbau ein\n\nPressemitteilung 6/11\n\nNummer 6/11 vom 14.06.2011\n\n{_P1}"
    )
    assert numbered.title == "Mehr Raum für das Institut: Minister Roth und Kahn weihen Anbau ein"
    assert numbered.date == "2011-06-14" and "Bundesinstitut für Musterwesen" not in numbered.body
    consent = _dump(
        "Muster-Institut\n\nHinweis zur Verwendung von Cookies\n\nZur Bereitstellung und Optimierung unseres "
        "Webauftritts möchten wir gerne statistische Informationen vollständig anonymisiert erfassen und "
        "analysieren. Dürfen wir hierzu vorübergehend einen Statistik-Cookie setzen?\n\nOK\n\n100. Todestag "
        f"des Gründers - Festakt in der Paulskirche zum Gedenken an einen herausragenden Forscher\n\n{_P1}"
    )
    assert consent.title.startswith("100. Todestag des Gründers")
    assert "statistische" not in consent.body and "Muster-Institut" not in consent.body


def test_a_known_speaker_after_an_inverted_object_and_an_office_with_its_article():
    """realtext44: ``Einen Grund … sieht X in …: „…“``; ``X, der Präsident des Rechnungshofs Y, …``."""
    known = _who(
        "„Die Menschen nehmen den Datenschutz ernst“, so Dennis Lehm, Landesbeauftragter für Datenschutz.\n\n"
        "Einen Grund für die hohe Zahl der Beschwerden sieht Lehm in der zunehmenden Digitalisierung von "
        "Wirtschaft und Verwaltung: „Wenn mehr Daten fließen, steigt auch das Risiko.“"
    )
    assert [(n, q) for n, _, _, q in known] == [("Dennis Lehm", 2)]
    (president,) = _who(
        "„Wir haben erfolgreich für das Land gearbeitet“, so bilanzierte heute Martin Franke, der Präsident "
        "des Rechnungshofs Baden-Württemberg, die bisherige Tätigkeit seiner Behörde."
    )
    assert president[1] == "Präsident des Rechnungshofs Baden-Württemberg"
    assert president[2] == "Rechnungshof Baden-Württemberg"


def test_review_findings_of_the_twenty_eighth_stop_stay_fixed():
    """Misfires a read-only review reproduced against the new rules of the twenty-eighth stop."""
    # an order in brackets inside a long paragraph, or before no list of names, is no caption
    order = "Zum Foto stellten sich auf (von links nach rechts): Anna Keller, Hans Krause und Petra Roth."
    umleitung = "Die Umleitung führt wie folgt (von links): zuerst über die Hauptstraße, dann zum Markt."
    page = _dump(f"Vertrag unterschrieben\n\n{_P1} {order}\n\n{umleitung}\n\n{_P2}")
    assert "Zum Foto stellten" in page.body and "Umleitung" in page.body
    # a paragraph naming a motto after a clause is no headline; the speaker of a colon quote stays
    motto = "Das Motto der Woche, die an allen Schulen stattfindet, lautet: „Gemeinsam stark gegen Mobbing“"
    week = _dump(f"Aktionswoche gegen Mobbing\n\n{motto}\n\n{_P1}")
    assert week.title == "Aktionswoche gegen Mobbing" and "Gemeinsam stark" in week.body
    # a statistical office's survey is no consent banner
    survey = "Dabei wird das Landesamt statistische Informationen über 20 000 Haushalte erfassen."
    assert "Haushalte" in _dump(f"Mikrozensus startet\n\n{_P1} {survey}").body
    # a possessive name before an office; two surnames spoken to, or one a firm's
    (aide,) = _who("Petra Kellers Sprecher im Ministerium Jonas Brandt sagte: „Das Programm läuft weiter.“")
    assert aide[0] == "Jonas Brandt"
    assert _who(
        "Die Schülerinnen Lena Brandt und Mia Koch haben gewonnen. Brandt und Koch wurden anschließend "
        "gefragt: „Was wollt ihr mit dem Preisgeld machen?“"
    ) == []
    firm = _who("Landrat Hans Berger besuchte die Firma Müller. „Ein guter Betrieb“, so Berger und Müller.")
    assert all(n != "Firma Müller" for n, *_ in firm)
    # a former head is not the one ``der SCN-Geschäftsführer`` names
    assert _who(
        "Der frühere SCN-Chef Thomas Richter war zu Gast. „Wir haben viel Strom verkauft“, sagte der "
        "SCN-Geschäftsführer."
    ) == []
    # an apposition without commas stops before a time or a link to lower-case words
    (clerk,) = _who("„Wir wollen saubere Parks“, erklärte Anna Kell Bezirksstadträtin für Umwelt am Montag.")
    assert clerk[1] == "Bezirksstadträtin für Umwelt"
    # a relation is no office; a noun before ``Herr`` is no given name
    father = _who("Der Vater des Torwarts Herr Brandt hat mitgeholfen. „Das hat Spaß gemacht“, sagt er.")
    assert all(role is None for _, role, _, _ in father)
    (neighbour,) = _who("Der Nachbar Herr Brandt hatte die Feuerwehr gerufen. „Ich sah Rauch“, sagt er.")
    assert neighbour[0] == "Brandt"
    # a headline over a menu label or a consent heading stays the headline
    fest = _dump(f"Neue Kita in Neustadt eröffnet\n\nHinweis zur Verwendung von Cookies\n\n{_P1}")
    assert fest.title == "Neue Kita in Neustadt eröffnet"
    # a newspaper's quotation is not the reader's words; a department is no company's name
    assert _who(
        "„Wir schließen das Freibad.“ Das hat Anna Keller aus der Zeitung erfahren, die den Minister Hans "
        "Krause so zitiert."
    ) == []
    (marketing,) = _who("„Wir investieren zwei Millionen Euro“, sagte Hans Krause, Leiter Marketing Wall AG.")
    assert marketing[2] != "Marketing Wall AG"
    # the perfect with an honorific's dot inside
    (officer,) = _who(
        "„Datenschutz geht alle an.“ Dies hat Landesbeauftragte Dr. Anna Keller bei der Vorstellung "
        "hervorgehoben."
    )
    assert officer[0] == "Dr. Anna Keller"


def test_a_bare_or_short_office_completed_and_a_place_adjective_kept():
    """The twenty-ninth stop: the office a text states at the introduction completes a shorter one at the
    attribution; a Land's or town's adjective stays in the role, in the nominative."""
    (minister,) = _who(
        "Der Festakt steht unter der Schirmherrschaft von Jonas Brandt, Bundesminister für Gesundheit. "
        "„Das Institut führt diese Tradition fort“, so der Bundesminister Jonas Brandt."
    )
    assert minister[1] == "Bundesminister für Gesundheit"
    assert minister[2] == "Bundesministerium für Gesundheit"
    interior = _who(
        "Der Hessische Innenminister Jonas Brandt und Landeswahlleiterin Anna Kell haben gedankt. "
        "„Die Wahl war gut organisiert“, so Brandt und Kell.\n\n"
        "„Allen gilt unser Dank“, sagte Minister Brandt."
    )
    assert ("Jonas Brandt", "Hessische Innenminister") in [(n, r) for n, r, _, _ in interior]
    (social,) = _who(
        "Heute würdigt die Thüringer Ministerin für Arbeit, Soziales und Familie, Anna Kell, das Ehrenamt. "
        "Ministerin Kell sagte: „Ich danke allen Engagierten.“"
    )
    assert social[1] == "Ministerin für Arbeit, Soziales und Familie"
    (ombudsman,) = _who(
        "Besucher konnten den Thüringer Bürgerbeauftragten, Dr. Jonas Brandt, persönlich treffen.\n\n"
        "Dr. Brandt resümiert: „Die Gespräche haben gezeigt, wie wichtig das Angebot ist.“"
    )
    assert ombudsman[1] == "Thüringer Bürgerbeauftragter"
    (mayor,) = _who(
        "Heute traf Ministerin Maria Roth den Erfurter Oberbürgermeister, Jonas Brandt, im Rathaus. "
        "„Das ist ein guter Tag“, sagte Brandt."
    )
    assert mayor[1:3] == ("Erfurter Oberbürgermeister", "Erfurt")
    (lower,) = _who("Es sprach die niedersächsische Sozialministerin Anna Kell. „Das ist gut“, sagte Kell.")
    assert lower[1] == "niedersächsische Sozialministerin"
    # a bracketed abbreviation, then the verb: the apposition ends at the bracket
    (manager,) = _who(
        "Prof. Jonas Brandt, Geschäftsführer der Flughafen Neustadt GmbH (FNG) begrüßte die Passagierin am "
        "Check-In.\n\nProf. Brandt sagte: „Wir sind stark gewachsen.“"
    )
    assert manager[1:3] == ("Geschäftsführer der Flughafen Neustadt GmbH (FNG)", "Flughafen Neustadt GmbH")


def test_english_titles_loose_emphasis_spellings_and_a_lands_adjective():
    """The twenty-ninth stop's Berlin sample: an English title before a body by its legal form, an
    attribution set in stars, a surname written with and without its marks, a place adjective's body."""
    (director,) = _who(
        "„Wir setzen auf Vernetzung“, so der Managing Director von lernwerk e.V., Jonas Brandt, am Montag."
    )
    assert director[:3] == ("Jonas Brandt", "Managing Director von lernwerk e.V.", "lernwerk e.V.")
    (deputy,) = _who(
        "„Vielen Dank an alle Beteiligten“, *sagt Anna Kell, Bezirksstadträtin für Gesundheit von Mitte. * "
        "Die Anwohner*innen sind informiert."
    )
    assert deputy[:3] == ("Anna Kell", "Bezirksstadträtin für Gesundheit von Mitte", "Bezirksamt Mitte")
    (senator,) = _who(
        "Die Senatorin für Arbeit und Soziales Ayşe Kızılkaya berief die Kommission.\n\n"
        "Senatorin Ayse Kizilkaya erklärt: „Wir stärken die Prävention.“"
    )
    assert senator[:2] == ("Ayşe Kızılkaya", "Senatorin für Arbeit und Soziales")
    (councillor,) = _who(
        "Die Pankower Bezirksstadträtin für Ordnung, Anna Kell, bittet um Vorsicht. „Kinder brauchen "
        "unsere Rücksicht“, so Kell."
    )
    assert councillor[1:3] == ("Pankower Bezirksstadträtin für Ordnung", "Bezirksamt Pankow")
    (officer,) = _who("„Die Wahl lief reibungslos“, sagte der Thüringer Landeswahlleiter Jonas Brandt.")
    assert officer[1:3] == ("Thüringer Landeswahlleiter", "Thüringen")
    # a name, its office and a colon before words that end in a closing mark: the opening mark put back
    (secretary,) = _who(
        "Das Ergebnis liegt vor. Jonas Brandt, Staatssekretär für Umwelt: Mit der Analyse haben die Anwohner "
        "Klarheit. Das ist eine gute Nachricht.“ Danach folgte die Diskussion."
    )
    assert secretary[0] == "Jonas Brandt" and secretary[3] == 1


def test_a_ministry_named_by_its_logo_or_with_its_land_and_article_metadata_in_lines():
    """The twenty-ninth stop's ministry pages: a logo line names the publisher and is no headline; a
    minister's compound ministry is found with its Land; a CMS's metadata lines date the release."""
    page = _dump(
        "Logo Niedersächsisches Kulturministerium: zur Startseite Niedersachsen klar Logo\n\n"
        "Theater erhalten mehr Geld\n\n"
        "Die Niedersächsische Kulturministerin Anna Kell hat heute die Förderung vorgestellt. „Die Bühnen im "
        "Land brauchen Planungssicherheit“, betonte die Kulturministerin.\n\n"
        "Artikel-Informationen\n\nerstellt am:\n28.08.2014\nzuletzt aktualisiert am:\n02.09.2014\n\n"
        "zum Seitenanfang"
    )
    assert page.title == "Theater erhalten mehr Geld" and page.date == "2014-08-28"
    assert page.publisher == "Niedersächsisches Kulturministerium"
    (minister,) = page.speakers
    assert (minister.role, minister.organisation) == (
        "Niedersächsische Kulturministerin", "Niedersächsisches Kulturministerium"
    )
    assert "erstellt am" not in page.body
    site = _dump(
        "Hessisches Ministerium für Umwelt, Energie und Klimaschutz Hessen klar Logo\n\n"
        "Sturmschäden werden untersucht\n\n"
        "Seit heute sind Experten auf den Inseln unterwegs. „Wir helfen schnell“, sagte Umweltminister Jonas "
        "Brandt in Wiesbaden."
    )
    assert site.title == "Sturmschäden werden untersucht"
    assert site.speakers[0].organisation == "Hessisches Ministerium für Umwelt, Energie und Klimaschutz"
    (judge,) = _who(
        "Herzlich willkommen auf dem Portal des Sächsischen Staatsministeriums der Justiz.\n\n"
        "„Wir stärken die Ermittler“, sagte Jonas Brandt, Staatsminister der Justiz."
    )
    assert judge[2] == "Sächsisches Staatsministerium der Justiz"
    (premier,) = _who("„Wir bauen digital“, sagte der sächsische Ministerpräsident Jonas Brandt.")
    assert premier[1:3] == ("sächsische Ministerpräsident", "Sachsen")
    (culture,) = _who(
        "Seit 2011 verleiht das Bayerische Umweltministerium den Preis. „Das Ehrenamt verdient Respekt“, "
        "sagte Bayerns Umweltminister Jonas Brandt."
    )
    assert culture[2] == "Bayerisches Umweltministerium"


def test_chamber_pages_furniture_an_english_date_and_a_talks_topic():
    """The twenty-ninth stop's chamber pages: a press officer's box and a year's pager over the text, a skip
    link before the logo, an English date line, a place beside the date; a talk's topic after a colon is
    no quote; a relative clause after the speaker's apposition."""
    box = _dump(
        "\nPressearbeit\nt: +49(0)355 365 2403\nf: +49(0)355 3659 2403\nanna.kell@kammer.example\n"
        f"{_P1}\n{_P2}"
    )
    assert box.title is None and "2403" not in box.body
    pager = _dump(f"« 2022 »\n\nPresse-Information\n\nJena | 11. Januar 2022\n\nKammer tagt\n\n{_P1}")
    assert (pager.title, pager.date) == ("Kammer tagt", "2022-01-11")
    assert "Jena" not in pager.categories and pager.kicker is None
    skip = _dump(f"Zum Seiteninhalt Logo der Architektenkammer Neustadt\n\nKammer feiert Jubiläum\n\n{_P1}")
    assert skip.title == "Kammer feiert Jubiläum"
    english = _dump(f"01/25/2018 | Pressemitteilung\n\nNeues Haus eröffnet\n\n{_P1}")
    assert english.date == "2018-01-25" and english.kicker is None
    assert _who(
        "Staatsminister Jonas Brandt sprach als Ehrenmitglied über das Thema: „Europafähigkeit des Gesetzes "
        "– gemeinsames Anliegen der Kammer und des Landes“."
    ) == []
    (guest,) = _who(
        "Einer von ihnen war Dr. Jonas Brandt, seinerzeit Minister, der in seinem Grußwort an die Anfänge "
        "erinnerte: „Das war ein Glücksfall für das Land. Das war die Geburtsstunde der Kammer.“"
    )
    assert guest[0] == "Dr. Jonas Brandt"


def test_university_pages_inverted_subjects_surnames_with_particles_and_a_genitive_office():
    """The twenty-ninth stop's university pages: the subject after a long opening and a place adjective, a
    surname before adverbs and the verb's particle, ``und er`` after ``so X``, an office in the genitive
    before the name, and ``Kehl. Am …`` where the date is the sentence's own."""
    (mayor,) = _who(
        "Nach der Begrüßung richtete der Kehler Oberbürgermeister Jonas Brandt sein Grußwort an die "
        "Studierenden. „Trauen Sie sich zu, Verantwortung zu übernehmen.“"
    )
    assert mayor[:3] == ("Jonas Brandt", "Kehler Oberbürgermeister", "Kehl")
    (president,) = _who(
        "Zum Auftakt gab Präsident Prof. Dr. Jonas Brandt einen Überblick.\n\nDas ist eine Bewegung, führte "
        "Brandt weiter aus: „Die geht auch nicht mehr weg. Die Verbünde werden gesehen.“"
    )
    assert president[0] == "Prof. Dr. Jonas Brandt" and president[3] == 1
    (rector,) = _who(
        "Wichtig war das Thema auch in der Rede des Rektors der Hochschule, Prof. Dr. Jonas Brandt. "
        "„Hochschule ist ein Ort für neue Chancen“, so Brandt und er machte auch klar: „Wir sind nicht mehr "
        "Schule!“"
    )
    assert rector[1] == "Rektor der Hochschule" and rector[3] == 2
    kehl = _dump(f"Studium beginnt\n\nKehl. Am 04. März 2019 haben 453 Studierende begonnen. {_P1}")
    assert (kehl.place, kehl.date) == ("Kehl", None)


def test_credited_captions_a_verbs_particle_after_an_apposition_and_a_pupil_by_her_given_name():
    """Captions with their credit are no subtitle; a separable verb's particle closing an apposition is not
    the role's; ``Schülerin Lillemor`` is a pupil named by her given name."""
    page = _dump(
        "Lehrpreise vergeben\n\nPortrait Prof. Dr. Anna Kell, ©Max_Muster\n\n"
        f"Die Bestenehrung Foto: Handwerkskammer Neustadt\n\n{_P1}"
    )
    assert page.subtitle is None and "©" not in page.body and "Bestenehrung" not in page.body
    (doctor,) = _who(
        "Dem schließt sich auch Dr. Anna Kell, Oberärztin an der Kinderklinik an: „Die Spenden-Aktion ist "
        "eine tolle Sache.“"
    )
    assert doctor[1] == "Oberärztin an der Kinderklinik"
    (pupil,) = _who(
        "Schülerin Lillemor ist in der 8. Klasse und besucht das erste Mal eine Hochschule:\n\n"
        "„Der Tag ist eine tolle Gelegenheit, eine Hochschule von innen zu sehen.“"
    )
    assert pupil[:2] == ("Lillemor", "Schülerin")


def test_berlin_sample_sixteen_offices_completed_from_a_list_or_a_misspelling():
    """The sixteenth Berlin sample: a qualified office completed with the body the introduction names, an
    apposition in a list of guests that names the next guest, a misspelt office completed."""
    (secretary,) = _who(
        "Die Baudirektorin hat von der Parlamentarischen Staatssekretärin im Bundesministerium für "
        "Wohnen und Bauwesen Anna Kell einen Bescheid erhalten.\n\n"
        "Die Parlamentarische Staatssekretärin Anna Kell sagte: „Die Initiativen tragen zur Entwicklung bei.“"
    )
    assert secretary[1:3] == (
        "Parlamentarische Staatssekretärin im Bundesministerium für Wohnen und Bauwesen",
        "Bundesministerium für Wohnen und Bauwesen",
    )
    guests = _who(
        "Zu Gast waren Lichtenbergs Bezirksbürgermeister Jonas Brandt (Die Linke), der Vorstandsvorsitzende "
        "der Stiftung Reitzentrum Hans Krause sowie zahlreiche Gäste.\n\nBezirksbürgermeister Jonas "
        "Brandt sagte: „Ich bin sehr glücklich über dieses Zentrum.“ Der Vorstandvorsitzende Hans Krause "
        "fügte hinzu: „Unser Zentrum setzt auf gemeinsamen Sport.“"
    )
    assert ("Jonas Brandt", "Lichtenbergs Bezirksbürgermeister", "Bezirksamt Lichtenberg", 1) in guests
    chair = ("Hans Krause", "Vorstandsvorsitzende der Stiftung Reitzentrum", "Stiftung Reitzentrum", 1)
    assert chair in guests


def test_a_glued_date_label_an_icon_name_and_a_two_digit_years_century():
    """Leftovers in a headline (a date label run into it, an icon font's ligature) are cut; a two-digit
    year takes its century as ``strptime`` reads it."""
    glued = _dump(f"Anna Kell bleibt Beauftragte für Menschen mit Behinderungenerschienen am\n\n{_P1}")
    assert glued.title == "Anna Kell bleibt Beauftragte für Menschen mit Behinderungen"
    assert _dump(f"Willkommen arrow_back\n\n{_P1}").title == "Willkommen"
    assert [d.value for d in find_dates("Trauungen gab es am 09.09.99 und am 12.12.12.")] == [
        "1999-09-09", "2012-12-12"
    ]


def test_town_and_county_pages_of_the_twenty_ninth_stop():
    """Skip links and a carousel's repeated slide title over the text, a section line set with ``∎`` that
    dates the release, a release's kind before the date opening the text; a speaker's own maxim after a
    colon is no quote; a quote after the sentence of one's speech; a verb's object closing an apposition."""
    slides = "Willkommen in Neustadt\n\n" * 4
    town = _dump(f"Zur Navigation springen Zum Inhalt springen\n\n{slides}Spende für Flutopfer\n\n{_P1}")
    assert town.title == "Spende für Flutopfer"
    news = _dump(f"AKTUELLES ∎ Nachrichten ∎ News vom 12.12.2025\n\nBürgermeister lädt ein\n\n{_P1}")
    assert (news.title, news.date) == ("Bürgermeister lädt ein", "2025-12-12")
    kind = _dump(f"Landrat geht\n\nPressemitteilung, 24.06.2025 - Mit einem Festakt endete es. {_P1}")
    assert kind.date == "2025-06-24"
    assert _who(
        "Anna Kell, die als erste sprach, würdigte seinen Grundsatz in der Amtsführung: „Verwaltung soll "
        "ermöglichen, nicht verhindern.“"
    ) == []
    (mayor,) = _who(
        "Jonas Brandt, Bürgermeister der Gemeinde Labenz, nahm den Preis entgegen. In seiner Ansprache "
        "nutzte er die Gelegenheit, auf die Arbeit hinzuweisen.\n\n"
        "„Wenn man im achten Planungsjahr ist, ist das kein Vergnügen.“"
    )
    assert mayor[:3] == ("Jonas Brandt", "Bürgermeister der Gemeinde Labenz", "Gemeinde Labenz")
    (deputy,) = _who("„Das war eine gute Zeit“, fasste Dr. Anna Kell, stellvertretende Landrätin zusammen.")
    assert deputy[1] == "stellvertretende Landrätin"


def test_an_office_taken_up_and_a_speaker_by_age_after_the_verb():
    """``hat sein Amt als neuer Landrat … angetreten`` states the office; ``sagte der 52-Jährige und
    betonte:`` points back to the one person named before."""
    (chief,) = _who(
        "Jonas Brandt hat sein Amt als neuer Landrat des Landkreises Neustadt angetreten. „Ich bin herzlich "
        "begrüßt worden“, freute sich Brandt.\n\nDabei sei ihm die Größe der Verwaltung bewusst geworden, "
        "sagte der 52-Jährige und betonte: „Ich habe Respekt vor der Aufgabe.“"
    )
    assert chief[1] == "Landrat" and chief[3] == 2


def test_bodies_written_out_in_the_nominative_and_pairs_and_titles_of_the_berlin_samples():
    """Bodies in the nominative after ``Im`` or behind an abbreviation, a body's short name for its long
    one, a body not the assembly it sits in; ``X und Y:`` before a joint quote; a quoted motto inside the
    attribution clause; ``unter Leitung des Bezirksstadtrates``; a participle is no given name."""
    (head,) = _who(
        "Im Kommunalen Rechenzentrum Neustadt (KRN) wurde gewählt. „Wir freuen uns“, sagt Jonas Brandt, "
        "Verbandsvorsteher des KRN."
    )
    assert head[2] == "Kommunales Rechenzentrum Neustadt"
    (chair,) = _who("„Spenden hilft“, erläutert Anna Kell, Vorsitzende des DRK Ortsvereins Freisen e.V.")
    assert chair[2] == "DRK Ortsverein Freisen e.V."
    (member,) = _who(
        "„Wir sind gut aufgestellt“, sagte Jonas Brandt, Vertreter des Kreises Kleve in der "
        "Verbandsversammlung."
    )
    assert member[2] == "Kreis Kleve"
    (rector,) = _who(
        "An der Hochschule für öffentliche Verwaltung Kehl beginnt das Semester. „Sie haben einen besonderen "
        "Studiengang gewählt“, sagte der Rektor der Hochschule, Prof. Jonas Brandt."
    )
    assert rector[2] == "Hochschule für öffentliche Verwaltung Kehl"
    pair = _who(
        "Berlins Regierender Bürgermeister Jonas Brandt und Brandenburgs Ministerpräsident Hans Krause haben "
        "heute getagt. Brandt und Krause: „Unsere Hauptstadtregion boomt.“"
    )
    assert ("Jonas Brandt", "Berlins Regierender Bürgermeister", "Senatskanzlei", 1) in pair
    assert ("Hans Krause", "Brandenburgs Ministerpräsident", "Brandenburg", 1) in pair
    (mayor,) = _who(
        "Bezirksbürgermeister Jonas Brandt freut sich, mit der Veranstaltung unter dem Motto „Gedenken. "
        "Hoffnung. Zukunft“ Teil der Kulturtage zu sein: „Vielfalt war immer eine Bereicherung.“"
    )
    assert mayor[0] == "Jonas Brandt"
    (councillor,) = _who(
        "Das Jugendamt hat sich unter Leitung des Bezirksstadtrates Jonas Brandt auf die Suche gemacht. "
        "Brandt sagte: „Wir tun unser Bestes.“"
    )
    assert councillor[1] == "Bezirksstadtrat"
    (spokeswoman,) = _who(
        "Der Frauenbeirat Marzahn-Hellersdorf lädt ein. „Wir sind froh“, sagte Anna Kell, Sprecherin des "
        "Frauenbeirates."
    )
    assert spokeswoman[2] == "Frauenbeirat Marzahn-Hellersdorf"


def test_research_and_university_pages_of_the_twenty_ninth_stop():
    """``Professor`` is a title, an office stated with ``als`` in the apposition, a lower-case Land
    adjective completing the office, a body's name before its abbreviation's bracket with a hyphenated first
    word, and a later clause's own pronoun subject over the sentence's first."""
    (director,) = _who("„Wir forschen weiter“, sagte Professor Jonas Brandt, Direktor des Instituts.")
    assert director[0] == "Professor Jonas Brandt"
    (head,) = _who(
        "Prof. Dr. Jonas Brandt, als Leiter des Fraunhofer FEP in Dresden, wurde geehrt.\n\n"
        "Herr Prof. Brandt freut sich: „Diese Ehrung ist eine Auszeichnung für alle Kollegen.“"
    )
    assert head[1:3] == ("Leiter des Fraunhofer FEP", "Fraunhofer FEP")
    (premier,) = _who(
        "Bei seinem Besuch informierte sich der saarländische Ministerpräsident Jonas Brandt.\n\n"
        "Ministerpräsident Jonas Brandt betont: „Elektromobilität ist ein Zukunftsthema.“"
    )
    assert premier[1:3] == ("saarländische Ministerpräsident", "Saarland")
    (plasma,) = _who(
        "Das Leibniz-Institut für Plasmaforschung und Technologie e.V. (INP) feiert. Prof. Dr. Jonas Brandt, "
        "Direktor des INP, führt aus: „Wir sind stolz auf unsere Ergebnisse.“"
    )
    assert plasma[2] == "Leibniz-Institut für Plasmaforschung und Technologie e.V."
    assert _who(
        "Prof. Jonas Brandt, Rektor der FH, lobte die Arbeit von Prof. Anna Kell, sie habe die Forschung "
        "vorangebracht und auch sie schwärmte von der Zusammenarbeit mit Prof. Brandt: „Wir haben gut "
        "zusammengearbeitet.“"
    ) in ([], [("Prof. Anna Kell", None, None, 1)])


def test_language_switches_action_boxes_a_weekday_beside_the_date_and_a_date_run_into_the_headline():
    """Page furniture over university releases: a language switch, a jump to the menu, a CMS's action box;
    the weekday beside a date line is no category; a weekday's date closing the headline dates it (not a
    span the headline states); a line closed by a photo credit is no subtitle."""
    switch = _dump(f"Deutsch\nEnglish\n< zurück\n13.04.2015\n\nSemester eröffnet\n\n{_P1}")
    assert (switch.title, switch.date) == ("Semester eröffnet", "2015-04-13")
    jump = _dump(f"Zur Hauptnavigation\n\nInhaltspezifische Aktionen\n\nHochschultag 2018\n\n{_P1}")
    assert jump.title == "Hochschultag 2018" and "Hauptnavigation" not in jump.categories
    weekday = _dump(f"Mittwoch | 10. Oktober 2018\n\nSemester eröffnet\n\n{_P1}")
    assert weekday.date == "2018-10-10" and "Mittwoch" not in weekday.categories
    run_in = _dump(
        "Finanzspritze für Studierende Freitag, 24. Februar 2017\n\n"
        "119 Studierende freuen sich über ihr Stipendium Foto: Anna Kell\n\n"
        f"(Neustadt, 24. Februar 2017) {_P1}"
    )
    assert (run_in.title, run_in.date) == ("Finanzspritze für Studierende", "2017-02-24")
    assert run_in.subtitle is None
    span = _dump(f"Notstand von Mittwoch, 23. Juni bis einschließlich Freitag, 25. Juni 2021\n\n{_P1}")
    assert span.title.endswith("Freitag, 25. Juni 2021")
    # an event's date the text does not restate as the release's stays in the headline
    event = _dump(f"Sommerempfang der Stadt Freitag, 7. Juni 2024\n\nNeustadt, 3. Juni 2024 – {_P1}")
    assert event.title.endswith("7. Juni 2024") and event.date == "2024-06-03"


def test_review_findings_of_the_twenty_ninth_stop_stay_fixed():
    """Misfires a read-only review reproduced against the new rules of the twenty-ninth stop."""
    said = "„Wir freuen uns auf das Fest.“"
    quote = said[:-2] + "“"
    # a relation's genitive, a former term, a state after ``als``, a department's head: no office
    (wife,) = _who(f"Gekommen war die Ehefrau des Bürgermeisters, Anna Roth. {quote}, sagte Roth.")
    assert wife[1] is None
    (former,) = _who(f"Hans Brandt, als Bürgermeister von 1990 bis 2010 im Amt, erinnerte: {said}")
    assert former[1] is None
    (head,) = _who(f"{quote}, sagt Anna Roth, Leitung des Jugendamtes.")
    assert head[1:3] == ("Leitung des Jugendamtes", "Jugendamt")
    # a Land's adjective gives the Land only for an office of the Land; ``Erster``, ``Sieger`` are no places
    (bishop,) = _who(f"{quote}, sagte der Bayerische Landesbischof Hans Brandt.")
    assert bishop[2] is None
    (deputy,) = _who(
        f"Hans Brandt, Erster Beigeordneter der Stadt Neustadt, eröffnete. {quote}, sagte Beigeordneter "
        "Brandt."
    )
    assert deputy[1] != "Beigeordneter der Stadt Neustadt"
    (winner,) = _who(f"Den Pokal holte der Sieger Bürgermeister Hans Brandt. {quote}, sagte Brandt.")
    assert winner[1] == "Bürgermeister"
    # two Länder's ministries: no guess
    (minister,) = _who(
        "Die Justizministerin Anna Roth begrüßte die Kollegen. Das Hessische Justizministerium und das "
        f"Thüringer Justizministerium arbeiten zusammen.\n\n{quote}, sagte Roth."
    )
    assert minister[2] is None
    # ``sie`` after a place adjective's man; a new person by age; one's own words after ``zum Thema``
    (landraetin,) = _who(
        "Nach der Begrüßung richtete der Kehler Oberbürgermeister Karl Wendt ein Grußwort an die Landrätin "
        "Anna Roth. „Wir danken dem Kreis“, sagte sie."
    )
    assert landraetin[0] == "Anna Roth"
    aged = f"{quote}, sagte Polizeisprecher Hans Brandt. Der 80-Jährige erklärte: „Ich sah nichts.“"
    assert [n for n, _, _, k in _who(aged) if k == 2] == []
    assert _who("Bürgermeisterin Anna Roth äußerte sich zum Thema: „Wir brauchen dringend mehr Kitaplätze.“")
    assert _who("Anna Roth erläuterte ihr Credo für die Amtszeit: „Ich will zuerst zuhören, dann handeln.“")
    # a run for an office; a body's own verb after its name
    runner = _who(f"Hans Brandt war 2020 als Landrat des Kreises Altdorf angetreten. {quote}, sagte er.")
    assert all(role is None for _, role, _, _ in runner)
    (initiative,) = _who(f"{quote}, sagte Anna Roth, Sprecherin der Initiative Neustadt packt an.")
    assert initiative[2] == "Initiative Neustadt packt an"
    # footnote stars, a funder's logo, a headline repeated over itself, a course list's ``Deutsch``
    note = _dump(f"Besucherrekord\n\n{_P1} 12.000 Besucher* im Sommer. *vorläufige Zahl, Stand Juli *")
    assert "Besucher*" in note.body
    funded = _dump(f"Kinderfest\n\n{_P1}\n\nGefördert vom\n\nBundesministerium für Familie Logo")
    assert funded.publisher is None
    thrice = _dump("Neues Hallenbad eröffnet\n\n" * 3 + _P1)
    assert thrice.title == "Neues Hallenbad eröffnet"
    courses = _dump(f"Kursangebot\n\n{_P1}\n\nDeutsch\n\nMathematik\n\nEnglisch")
    assert "Deutsch" in courses.body
    # squares around an event's date, a heading with ``im Bild:``, a guillemet headline
    fest = _dump(f"Sommerfest ■ 12. Juli 2024 ■ Stadtpark\n\n{_P1}")
    assert fest.title == "Sommerfest ■ 12. Juli 2024 ■ Stadtpark" and fest.date is None
    picture = "Kreis im Bild: Neue Broschüre erschienen"
    assert _dump(f"{picture}\n\n{_P1}").title == picture
    assert _dump(f"«2030»\n\n{_P1}").title == "«2030»"
    # the genitive office after a presence, a handing over or a list; a talk's title after ``zum Thema:``
    (presence,) = _who(
        f"In Gegenwart des Bezirksstadtrates für Wirtschaft, Hans Brandt, wurde die Flagge gehisst. {quote}, "
        "sagte Brandt."
    )
    assert presence[1] == "Bezirksstadtrat für Wirtschaft"
    talk = "Am Montag ist Apothekerin Anna Roth zu Gast. Sie informiert zum Thema: „Fit in den Frühling“."
    assert _who(talk) == []
    # a relative described after the quote is someone else, also beside the genitive office's guard
    for kin in ("Nachbarin", "Tante", "Freundin"):
        market = f"Carola Wendt kommt seit 25 Jahren auf den Markt. „Hier kennt man sich“, sagt die {kin}."
        assert _who(market) == []


def test_offices_in_a_long_field_list_or_the_genitive_and_views_before_a_quote():
    """A field list of six, an office in the genitive before a name, a bare office's body stated later,
    ``Aus Sicht des …``, ``Mit den Worten „…“ verabschiedete X``, a heading run into the attribution."""
    quote = "„Wir wollen die Stadt gemeinsam voranbringen.“"
    fields = "Weiterbildung, Kultur, Umwelt, Natur, Straßen und Grünflächen"
    (listed,) = _who(
        f"Die Bezirksstadträtin für {fields}, Anna Roth, informiert: Das Bad bleibt zu. Roth: {quote}"
    )
    assert listed[1] == f"Bezirksstadträtin für {fields}"
    (invited,) = _who(
        "Die Staatssekretärin folgte einer Einladung des Reinickendorfer Jugendstadtrats Hans Brandt (SPD). "
        f"Brandt: {quote}"
    )
    assert invited[1:3] == ("Reinickendorfer Jugendstadtrat", "Bezirksamt Reinickendorf")
    (deputy,) = _who(f"Die Rede des stellvertretenden Landrates Hans Brandt war kurz. Brandt: {quote}")
    assert deputy[1] == "stellvertretende Landrat"
    (club,) = _who(f"Das Haus des Vereins Hans Brandt steht leer. Hans Brandt: {quote}")
    assert club[1] is None
    (county,) = _who(
        f"Hans Brandt hat sein Amt als neuer Landrat des Landkreises Leer angetreten. {quote}, sagte Landrat "
        "Brandt."
    )
    assert county[1:3] == ("Landrat", "Landkreis Leer")
    (view,) = _who(
        "Aus Sicht des Präsidenten der Zahnärztekammer Nordrhein, Hans Brandt, ist der Neubau „ein starkes "
        "Zeichen für die Selbstverwaltung“. Das Haus ist groß."
    )
    assert view[:3] == ("Hans Brandt", "Präsident der Zahnärztekammer Nordrhein", "Zahnärztekammer Nordrhein")
    assert _who("Nach Auffassung der Stadt ist der Neubau „ein starkes Zeichen für die Zukunft“.") == []
    (farewell,) = _who(
        f"Mit den Worten {quote} verabschiedete Prof. Dr. Hans Brandt, Rektor der Hochschule Kehl, die "
        "Absolventen."
    )
    assert farewell[:3] == ("Prof. Dr. Hans Brandt", "Rektor der Hochschule Kehl", "Hochschule Kehl")
    (heading,) = _who(
        "Das Beet ist bepflanzt. Dank an Gärtnerei und Verein Dazu die Bezirksstadträtin für Ordnung und "
        f"Öffentlicher Raum, Anna Roth: {quote}"
    )
    assert heading[:2] == ("Anna Roth", "Bezirksstadträtin für Ordnung und Öffentlicher Raum")
    # a chamber or a court of audit by the name the text gives it
    (chamber,) = _who(
        "Der Senat arbeitet mit der Industrie- und Handelskammer zu Berlin (IHK) zusammen. "
        f"{quote}, sagt IHK-Präsidentin Anna Roth."
    )
    assert chamber[2] == "Industrie- und Handelskammer zu Berlin"
    (audit,) = _who(
        f"Der Rechnungshof von Berlin hilft aus. {quote}, sagte Rechnungshof-Präsidentin Anna Roth."
    )
    assert audit[2] == "Rechnungshof von Berlin"


def test_a_place_adjective_before_an_office_and_its_name_after_a_comma():
    """``der Berliner Senator für Kultur und Europa, Dr. X:``: the adjective stays; a Senator's department
    carries no Land's adjective."""
    quote = "„Wir begrüßen die Entscheidung ausdrücklich.“"
    (senator,) = _who(f"Dazu erklärt der Berliner Senator für Kultur und Europa, Dr. Hans Brandt: {quote}")
    assert senator[1:3] == (
        "Berliner Senator für Kultur und Europa",
        "Senatsverwaltung für Kultur und Europa",
    )
    (hamburg,) = _who(f"Dazu erklärt der Hamburger Senator für Kultur, Dr. Hans Brandt: {quote}")
    assert hamburg[2] == "Senatsverwaltung für Kultur"
    (minister,) = _who(f"Dazu erklärt der Thüringer Minister für Bildung, Dr. Hans Brandt: {quote}")
    assert minister[1:3] == ("Thüringer Minister für Bildung", "Thüringer Ministerium für Bildung")


def test_a_court_release_its_numbered_label_closing_dateline_and_a_headline_over_two_lines():
    """Federal courts' releases: site lines over ``Pressemitteilung Nr. 53/15`` and the headline, a headline
    broken over two lines, ``Erfurt, den 5. November 2015`` closing the text."""
    court = _dump(
        "Bundesadler\nLandesarbeitsgericht\n\nPressemitteilungen - Infos\n\nvorheriges Dokument\n\n"
        "Pressemitteilung Nr. 53/15\n\nBesuch des Ministers beim Landesarbeitsgericht\n\n"
        f"{_P1}\n\n{_P2}\n\n"
        "Erfurt, den 5. November 2015\nvorheriges Dokument\n\nKlicken um zu Drucken"
    )
    assert court.title == "Besuch des Ministers beim Landesarbeitsgericht"
    assert (court.date, court.place) == ("2015-11-05", "Erfurt")
    assert "Erfurt, den" not in court.body
    two = _dump(
        f"Oberlandesgericht\n\nMitteilung der Pressestelle\n\nNr. 114/2018\n\nJustizministerin Anna Roth\n\n"
        f"zu Besuch beim Oberlandesgericht\n\n{_P1}\n\nKarlsruhe, den 10. Juli 2018\n\nPressestelle"
    )
    assert two.title == "Justizministerin Anna Roth zu Besuch beim Oberlandesgericht"
    assert two.subtitle is None
    assert (two.date, two.place) == ("2018-07-10", "Karlsruhe")


def test_particles_numbers_and_offices_stated_beside_the_attribution():
    """``Dr. de Maizière`` after the honorific; ``Zwei Drittel`` is no name; a compound minister's ministry
    from the office the text states; a pronoun's separable verb of saying; ``die Schulleiterin`` for the
    ``Schulleitung``."""
    (minister,) = _who(
        "Der Bundesminister des Innern Dr. Hans de Winter hat das Amt besucht. Der Minister informierte "
        "sich. "
        "Bundesinnenminister Dr. de Winter erklärte: „Die Lage stellt unverändert eine hohe Gefahr dar.“"
    )
    assert minister[:3] == ("Dr. Hans de Winter", "Bundesinnenminister", "Bundesministerium des Innern")
    (culture,) = _who(
        "Die Ministerin für Bildung, Kultur und Sport, Anna Roth, besuchte die Schule. "
        "Bildungsministerin Roth erklärte: „Der Unterricht hat für uns eine hohe Priorität.“"
    )
    assert culture[2] == "Ministerium für Bildung, Kultur und Sport"
    share = _who(
        "Schulleiterin Anna Roth sprach. Zwei Drittel der Ausbildungszeit seien schwer gewesen: „Die Zeit "
        "Ihrer Ausbildung war nicht immer leicht.“"
    )
    assert [n for n, _, _, _ in share] == ["Anna Roth"]
    (mayor,) = _who(
        "Auch Oberbürgermeister Hans Brandt gratulierte herzlich. Er strich die „enorme Mehrbelastung“ "
        "hervor, unter der die Schüler gelernt hätten. „Jeder Einzelne von Ihnen ist wichtig für uns alle.“"
    )
    assert mayor[0] == "Hans Brandt"
    titled = "Auch Oberbürgermeister Hans Brandt gratulierte. Er verwies auf das Projekt „Pflege im Wandel“. "
    assert _who(titled + "„Jeder Einzelne von Ihnen ist wichtig für unsere Gesellschaft.“") == []
    (head,) = _who(
        "„Sie haben meinen Respekt“, betonte Schulleitung Anna Roth. „Behalten Sie Ihre Neugier auf Neues“, "
        "gab die Schulleiterin den Schülern mit auf den Weg."
    )
    assert head[0] == "Anna Roth" and head[3] == 2


def test_a_logo_line_a_loading_notice_a_feed_offer_and_a_prophecy():
    """``Logo Klinikum X`` and ``Bitte warten...`` are page furniture, so is an offer of the RSS feed and a
    section ``Aktuelles & Presse``; ``prophezeite`` attributes."""
    logo = _dump(
        "Logo Klinikum Neustadt\nKlinikum Neustadt-Nord\n\nBleiben Sie gut informiert, abonnieren Sie "
        f"unseren RSS Feed mit unseren aktuellen Meldungen\n\nNeue Station eröffnet\n\n{_P1}"
    )
    assert logo.title == "Neue Station eröffnet" and "RSS" not in logo.body
    waiting = _dump(f"Bitte warten...\nAktuelles & Presse\n\nNeue Station eröffnet\n\n{_P1}")
    assert (waiting.title, waiting.kicker) == ("Neue Station eröffnet", None)
    (head,) = _who("„In diesen drei Jahren passiert etwas mit Ihnen“, prophezeite Werkleiter Hans Brandt.")
    assert head[:2] == ("Hans Brandt", "Werkleiter")


def test_an_honorific_apposition_a_district_mayor_and_a_compound_office_resolved():
    """``der Ärztliche Direktor …, Prof. X``; ``die Bezirksbürgermeisterin`` for ``Reinickendorfs
    Bürgermeisterin X`` (not the city's Regierende); ``denn auch`` before the subject; ``Tübinger`` →
    ``Tübingen``; ``Landtagspräsidentin`` after ``die Präsidentin des Hessischen Landtags``."""
    (doctor,) = _who(
        "„Der Wechsel ist spürbar“, betonte auch der Ärztliche Direktor und Chefarzt der Kinderklinik, "
        "Prof. Brandt. „Clowns machen unser Krankenhaus menschlicher.“"
    )
    assert doctor[:3] == ("Prof. Brandt", "Ärztliche Direktor und Chefarzt der Kinderklinik", "Kinderklinik")
    assert doctor[3] == 2
    (mayor,) = _who(
        "Reinickendorfs Bürgermeisterin Anna Roth (CDU) hat den Angriff verurteilt. Die Regierende "
        "Bürgermeisterin Eva Lenz war nicht da. „Gewalt darf in keiner Weise toleriert werden“, fordert die "
        "Bezirksbürgermeisterin."
    )
    assert mayor[0] == "Anna Roth"
    (town,) = _who("„Genießt den Tag“, forderte denn auch die Tübinger Bürgermeisterin Anna Roth.")
    assert town[:3] == ("Anna Roth", "Tübinger Bürgermeisterin", "Tübingen")
    (president,) = _who(
        "Am 23. Juli besuchte die Präsidentin des Hessischen Landtags, Anna Roth (CDU), das Haus. "
        "Landtagspräsidentin Roth lobte das Konzept. Sie erklärte: „Wir müssen junge Menschen gewinnen.“"
    )
    assert president[1:3] == ("Präsidentin des Hessischen Landtags", "Hessischer Landtag")


def test_review_findings_of_the_thirtieth_stop_stay_fixed():
    """Misfires a review found in this stop's rules, each with its guard."""
    quote = "„Wir bleiben dabei.“"
    # another holder of the same office, a former office: no body for the speaker's bare office
    (host,) = _who(
        f"Bürgermeister Hans Brandt empfing den Bürgermeister der Partnerstadt Tours. {quote}, sagte "
        "Bürgermeister Brandt."
    )
    assert host[2] is None
    (former,) = _who(
        f"Hans Brandt war zuvor Bürgermeister der Gemeinde Altdorf. {quote}, sagte Bürgermeister Brandt."
    )
    assert former[2] is None
    # two chambers, another court of audit
    (chamber,) = _who(
        f"Die IHK Potsdam und die Industrie- und Handelskammer zu Berlin warnen. {quote}, sagte "
        "IHK-Präsident Hans Brandt."
    )
    assert chamber[2] == "Industrie- und Handelskammer"
    (audit,) = _who(
        f"Der Rechnungshof prüft. Auch der Rechnungshof von Hamburg sieht Mängel. {quote}, sagte "
        "Rechnungshof-Präsidentin Anna Roth."
    )
    assert audit[2] == "Rechnungshof"
    # another Land's minister of the same area
    (saxon,) = _who(
        f"Innenminister Hans Brandt traf den Minister des Innern von Brandenburg. {quote}, sagte Brandt."
    )
    assert saxon[2] is None
    # a headline over the numbered label; a lowercase subtitle that is a sentence; a headline with ``Logo``
    kita = _dump(f"Neue Kita eröffnet\n\nPressemitteilung Nr. 12/2024\n\nStadt investiert weiter\n\n{_P1}")
    assert kita.title == "Neue Kita eröffnet"
    ortsteil = _dump(f"Neue Kita eröffnet\n\nim Ortsteil Nord entstehen 120 Plätze\n\n{_P1}")
    assert ortsteil.title == "Neue Kita eröffnet"
    logo = _dump(f"Logo Wettbewerb Grundschule Nord\n\n{_P1}")
    assert logo.title == "Logo Wettbewerb Grundschule Nord"
    # an adverb or a place after a name is no particle; numbers are surnames; two people or a relative
    assert [n for n, *_ in _who(f"{quote}, sagte Hans Brandt da Ende März.")] == ["Hans Brandt"]
    assert [n for n, *_ in _who(f"{quote}, sagte Bürgermeister Jean Morel de Paris aus Frankreich.")] != [
        "Frankreich"
    ]
    assert [n for n, *_ in _who(f"{quote}, sagte Martin Acht.")] == ["Martin Acht"]
    view = _who(
        "Aus Sicht der Landrätin Anna Roth und des Bürgermeisters Hans Brandt ist der Bau „ein Gewinn für "
        "alle Menschen im Kreis“. Das Haus ist groß."
    )
    assert all(role is None or "und" not in role for _, role, _, _ in view)
    (father,) = _who(f"Die Feier fand auf Initiative des Vaters Hans Brandt statt. Brandt: {quote}")
    assert father[1] is None


def test_an_honorary_part_before_the_name_yields_to_the_office_after_it():
    """``Die Schirmherrin des Festes, Landrätin X``: the office, not the honorary part (a second, shadowing
    definition of the pattern had left the article out)."""
    (patron,) = _who("„Wir feiern gemeinsam“, sagte die Schirmherrin des Festes, Landrätin Anna Roth.")
    assert patron[1] == "Landrätin"


def test_attributions_of_the_thirty_first_stop() -> None:
    """A signed quote, a question's asker after a dash, a verb of saying without its colon, a quote
    reopened after its own sentence end, two office appositions under one plural verb, a pronoun subject
    before a dative object, a speech named in the clause, a subordinate clause naming the speaker."""
    signed = _who("„Wir freuen uns über die Aufnahme in das Netz.“ Anna Roth, Leiterin des Referates 112.")
    assert signed == [("Anna Roth", "Leiterin des Referates 112", "Referat 112", 1)]
    asked = _who(
        "„Was macht unser Gemeinwesen aus?“ – die Frage stellte Bürgermeister Hans Brandt in den Raum. "
        "„Straßen ohne Schlaglöcher sind wichtig, aber macht das die Menschen glücklich? „Wichtig ist die "
        "gute Nachbarschaft im Alltag.“ So zeigte die Initiative Flagge."
    )
    assert asked == [("Hans Brandt", "Bürgermeister", None, 2)]
    no_colon = _who(
        "Bürgermeister Hans Brandt (SPD) erklärt hierzu „Die Ausstellung ist eine große Chance für den "
        "ganzen Bezirk“ Der Rest folgt."
    )
    assert no_colon == [("Hans Brandt", "Bürgermeister", None, 1)]
    joint = _who(
        "Der Bürgermeister, Hans Brandt, und die Stadträtin für Soziales, Anna Roth, erklären: „Das Haus "
        "hat für die Straße eine bedeutende Ankerfunktion.“"
    )
    assert sorted(joint) == [
        ("Anna Roth", "Stadträtin für Soziales", None, 1),
        ("Hans Brandt", "Bürgermeister", None, 1),
    ]
    thanked = _who(
        "Die Feier würdigt das Ehrenamt, so die Vorsteherin Anna Roth. „Sie sorgen dafür, dass unser Ort "
        "lebenswert bleibt“, dankte sie den Ehrenamtlichen."
    )
    assert thanked == [("Anna Roth", "Vorsteherin", None, 1)]
    speech = _who(
        "Bei der Feier würdigte der Innenminister des Landes Sachsen-Anhalt, Herr Klaus Brandt, in seiner "
        "Festrede die Arbeit des Amtes: „Das Amt hat seine Leistungsfähigkeit unter Beweis gestellt.“"
    )
    assert speech == [("Klaus Brandt", "Innenminister des Landes Sachsen-Anhalt", None, 1)]
    subordinate = _who(
        "Das sagte Prof. Hans Brandt zum Amtsantritt. Wie Brandt das Jahr erlebt hat, schilderte er im "
        "Interview: „Es war ein sehr aufreibendes Jahr für uns alle im Amt.“"
    )
    assert [n for n, *_ in subordinate] == ["Prof. Hans Brandt"]
    # a signature of initials is nobody's; a colleague's greeting is still no speech of hers
    initials = _who("Bürgermeister Hans Brandt sagte: „Das ist gut.“ Post: „Ich bin Dauerkundin.“ – Petra G.")
    assert [q for *_, q in initials] == [1]


def test_no_speaker_from_words_that_are_no_names() -> None:
    """Number words, parts of a city, plurals of people, verbal nouns, adverbs and a title between commas
    are no speakers; a district's name is no given name; a mandate after a name is no part of it."""
    assert _who("Zwei Jury-Kommentare begrüßen die Aufnahme: „Wir begrüßen den Ort herzlich im Netz.“") == []
    assert _who("Das Ziel wurde im Bezirk Treptow-Köpenick formuliert: „Wir arbeiten vor Ort daran.“") == []
    assert _who("Und so steht für die Berliner Kabarettisten fest: „Das Jahr wird heiter werden.“") == []
    assert _who(
        "Vom 10. August an zeigt die Bibliothek im Kulturzentrum Sebastian Haffner, Prenzlauer Allee 227, "
        "„Heldinnen für gerechte Landwirtschaft“, den zweiten Teil des Projektes."
    ) == []
    assert _who(
        "Ort: Rathaus Neukölln Rixdorfsalon, 1. OG Karl-Marx-Straße 83, 12043 Berlin Bezirksbürgermeisterin "
        "Dr. Franka Muster: „Mit dem Projekt wollen wir den Standort stärken.“"
    ) != [("Neukölln Rixdorfsalon", None, None, 1)]
    (kept,) = _who("Für die Höfe signalisierte Kammerpräsident Hans Brandt Unterstützung: „Wir helfen gern.“")
    assert kept[0] == "Hans Brandt"
    assert [n for n, *_ in _who("„Wir wollen das.“ Mit diesen Worten würdigt die Präsidentin Anna Roth MdL "
                                "das Jubiläum.")] == ["Anna Roth"]
    (noble,) = _who("„Der Standort ist ideal.“, sagt Hilmar Freiherr von Brandt, Vorstand der Stiftung.")
    assert noble[0] == "Hilmar Freiherr von Brandt"
    assert [n for n, *_ in _who("„Das ist gut.“, sagte Anna Hartung.")] == ["Anna Hartung"]


def test_organisations_of_the_thirty_first_stop() -> None:
    """A minister named as the body, a Dezernent's Dezernat the text names, a Land's adjective in an
    abbreviated body's name, a body's place after ``zu``, a founder's body, a district assembly's place."""
    quote = "„Das ist ein guter Tag für die ganze Region und alle Menschen hier.“"
    (state,) = _who(f"Hans Brandt, Parlamentarischer Staatssekretär beim Bundesminister für Verkehr: {quote}")
    assert state[2] == "Bundesministerium für Verkehr"
    dezernat = "Das Dezernat für Klima, Umwelt und Frauen lädt ein."
    (head,) = _who(f"{dezernat} {quote}, sagt Umweltdezernentin Ute Roth.")
    assert head[2] == "Dezernat für Klima, Umwelt und Frauen"
    (geo,) = _who(
        f"Der Dienst des Sächsischen Landesamtes für Umwelt, Landwirtschaft und Geologie (LfULG) feiert. "
        f"LfULG-Präsident Hans Brandt: {quote}"
    )
    assert geo[2] == "Sächsisches Landesamt für Umwelt, Landwirtschaft und Geologie"
    club_role = "Vorsitzender des Architekten- und Ingenieurvereins zu Berlin-Brandenburg"
    (club,) = _who(f"Hans Brandt, {club_role}: {quote}")
    assert club[1:3] == (club_role, "Architekten- und Ingenieurverein zu Berlin-Brandenburg")
    (founder,) = _who(f"{quote}, erklärt Anna Roth, Gründerin von The Drivery.")
    assert founder[2] == "The Drivery"
    assembly = "Die Bezirksverordnetenversammlung Marzahn-Hellersdorf lud ein."
    (bvv,) = _who(f"{assembly} {quote}, so BVV-Vorsteherin Ute Roth.")
    assert bvv[2] == "Bezirksverordnetenversammlung Marzahn-Hellersdorf"
    (minister,) = _who(f"Brandenburgs Gesundheitsministerin Anna Roth kam. Ministerin Roth sagte: {quote}")
    assert minister[1:3] == ("Brandenburgs Gesundheitsministerin", None)
    (object_after,) = _who(f"{quote}, resümiert Jan Brandt, Amtsleiter des Ordnungsamtes das alte Jahr.")
    assert object_after[1] == "Amtsleiter des Ordnungsamtes"


def test_page_chrome_over_the_headline_of_a_page_copy() -> None:
    """A CMS's address and stamps, a portal's domain name, bars of links or years, player buttons, a web
    code, a mail's preheader, a press portal's newsroom over its headline and bare dateline, an image's alt
    text over its caption, a dated line with its author, a two-digit year before a bar."""
    stamped = _dump(
        "Landeshauptstadt Dresden - www.dresden.de\n\n"
        "https://www.dresden.de/pm_042.php 15.02.2017 12:42:01 Uhr\n\n"
        f"Sicher durch das Jahr – Bilanz des Ordnungsamtes\n\n{_P1}"
    )
    assert stamped.title == "Sicher durch das Jahr – Bilanz des Ordnungsamtes"
    bars = "FRANKFURT.DE - DAS OFFIZIELLE STADTPORTAL\n\nÜbersicht | Drucken | Versenden"
    portal = _dump(f"{bars}\n\nNeue Kita eröffnet\n\n{_P1}")
    assert portal.title == "Neue Kita eröffnet"
    player = _dump(f"Transkript anzeigen Abspielen Pausieren\n\n26.11.25 | Jugend Neue Kita\n\n{_P1}")
    assert player.date == "2025-11-26"
    newsroom = _dump(
        "Landeskriminalamt Musterland\n\nLKA: Über 250 Spuren, rund 1.000 Kontrollen: Die intensiven "
        "Maßnahmen der Polizei im Großraum Stuttgart nach den Schüssen in der Nacht führen zu Erfolgen\n\n"
        f"Stuttgart (ots)\n\n{_P1}"
    )
    assert newsroom.title.startswith("LKA: Über 250 Spuren") and newsroom.kicker is None
    met = "Die Kammern trafen sich diesmal in Kiel (16. bis 18.06.)"
    byline = _dump(f"{met}\n\n18. Juni 2019 | Von: Anna Roth, Kammer\n\n{_P1}")
    assert (byline.title, byline.date) == (met, "2019-06-18")
    dek = "Stadt und Land feiern mit 230 Gästen das Jubiläum der beiden Ämter in der großen Halle"
    mail = _dump(f"{dek}\n\n29. Februar 2024 | Jugend\n\nEin Jahrhundert Jugendämter\n\n{dek}\n\n{_P1}")
    assert mail.title == "Ein Jahrhundert Jugendämter"
    alt = "Die Leiterin beim Gespräch mit einem Bürger am Stand"
    caption = _dump(f"Neue Kita eröffnet\n\n{alt}\n\n{alt}\n(© Stadt Musterstadt)\n\n{_P1}")
    assert caption.subtitle is None
    place = _dump(f"Neue Kita eröffnet\n\nMünster. 29. Februar 2024. {_P1}")
    assert place.place == "Münster"



def test_review_findings_of_the_thirty_first_stop_stay_fixed() -> None:
    """Near misses of this stop's rules found by a review: titles, surnames and leads stay what they are."""
    # a title after a verb of saying that the sentence goes on after; a question put to someone else
    walls = "„Die Geschichte der Stadtmauer von Kaltenbrunn“"
    assert _who(f"Bürgermeister Tom Brenner erklärte dabei {walls} anhand alter Karten.") == []
    pool = "„Wie geht es mit dem Freibad weiter?“"
    asked = "– die Frage stellte Moderatorin Petra Jung Bürgermeister Tom Brenner zu Beginn."
    assert _who(f"{pool} {asked}") == []
    # a motto is no signed quote; an apposition with a verb signs nothing
    motto = "Das Fest steht unter dem Motto „Gemeinsam sind wir stark.“"
    assert _who(f"{motto} Anna Ehrlich, Leiterin des Zentrums, organisiert es seit Jahren.") == []
    (group,) = _who("Anna Beispiel, Sprecherin der MdL-Gruppe Südwest, sagte: „Wir brauchen Lehrkräfte.“")
    assert group[1] == "Sprecherin der MdL-Gruppe Südwest"
    # a work after a preposition is no title the quote names
    changed = "„Wir wollten zeigen, wie sehr sich die Stadt verändert hat.“"
    (curator,) = _who(f"Kuratorin Anna Beispiel erklärt die Idee hinter der Ausstellung: {changed}")
    assert curator[0] == "Anna Beispiel"
    # a subordinate clause naming a woman does not answer ``er``
    fair = "Landrat Peter Vogt eröffnete die Schau. Bürgermeisterin Anna Jung war auch da."
    praise = "Wie schon Jung im Vorjahr, lobte er die Aussteller: „Sie sind das Rückgrat unserer Region.“"
    assert ("Anna Jung", "Bürgermeisterin", None, 1) not in _who(f"{fair}\n\n{praise}")
    # a quote set off by commas, starting in lower case, is speech
    alone = "„wir lassen die Kommunen nicht allein“"
    (state,) = _who(f"Staatssekretär Peter Vogt unterstrich, {alone}, das gelte auch im kommenden Jahr.")
    assert state[0] == "Peter Vogt"
    # a headline naming a work; a Dezernat of another field; number words and ``-iv`` as surnames
    novel = "Die Autorin Lena Hartung liest am Freitag aus ihrem Roman. Der Eintritt ist frei."
    assert _dump(f"# Lena Hartung liest: „Die Zeit der Kraniche“\n\n01.02.2022\n\n{novel}").speakers == []
    checked = "Das Dezernat für Klima und Umwelt hat geprüft."
    (culture,) = _who(f"{checked} Kulturdezernent Peter Vogt sagte: „Das Fest kann stattfinden.“")
    assert culture[2] is None
    kita = "„Wir bauen die Kita bis zum Sommer“"
    assert [n for n, *_ in _who(f"{kita}, sagte Landrätin Anna Sieben.")] == ["Anna Sieben"]
    grateful = "„Wir sind dankbar“"
    thanks = _who(f"{grateful}, sagte Olena Kovaliv, Koordinatorin der Hilfe.")
    assert [n for n, *_ in thanks] == ["Olena Kovaliv"]
    # ``¿`` around a quotation starting in lower case is a lost quotation mark, no hyphen
    (mayor,) = _who("Das sei ¿eine große Chance für die ganze Region¿, sagte Bürgermeister Tom Brenner.")
    assert mayor[3] == 1
    # a body's place after ``zu`` only after a body, not after a person
    (vogt,) = _who("Landrat Peter Vogt zu Potsdam: „Die Landeshauptstadt ist unser wichtigster Partner.“")
    assert vogt[0] == "Peter Vogt"
    # a bar of topics, a domain name in a headline and a lead that goes on from the headline stay headlines
    topics = "Ferienprogramm: Sport | Spiel | Spaß"
    assert _dump(f"{topics}\n\n01.06.2022\n\n{_P1}").title == topics
    site = "KALTENBRUNN.DE IN NEUEM GEWAND"
    assert _dump(f"{site}\n\n01.06.2022\n\n{_P1}").title == site
    head = "Unbekannte beschädigen mehrere Fahrzeuge in der Innenstadt"
    lead = f"{head}, das meldet die Polizei. {_P1}"
    assert _dump(f"{head}\n\n01.06.2022\n\n{lead}\n\nHinweise an jede Wache.").title == head


def test_quotes_and_attributions_of_the_thirty_second_stop() -> None:
    # a quote of another style opened after the sentence end is a quote of its own
    report = (
        "Bezirksstadträtin Anna Beispiel teilt mit: »Das Amt hat die Mitteilung erhalten, dass die "
        "„Sanierung der Halle“ Geld erhält. Das Programm war überzeichnet. „Vor diesem Hintergrund freue "
        "ich mich sehr“, so Bezirksstadträtin Anna Beispiel."
    )
    quotes = [q.text for q in find_quotes(report)]
    assert quotes[0].endswith("Das Programm war überzeichnet.")
    assert quotes[1] == "Vor diesem Hintergrund freue ich mich sehr"
    # an unclosed quote ends before the attribution after it
    thanks = "„Mit ihren Aktionen ist ihnen etwas gelungen, resümierte der Bürgermeister und dankte allen."
    assert find_quotes(thanks)[0].text == "Mit ihren Aktionen ist ihnen etwas gelungen"
    # ``hält … fest`` is a verb of saying
    (head,) = _who("„Hier müssen neue Verfahren her“, hält Regierungspräsident Tom Brenner fest.")
    assert head[:2] == ("Tom Brenner", "Regierungspräsident")
    # a brand's lowercase name before an office opens the subject; a possessive does not
    (chief,) = _who("„Wir haben unsere Ziele erreicht“, so hafenwerk Geschäftsführer Tom Brenner.")
    assert chief[0] == "Tom Brenner"
    # a list's last item run into an office: only the office
    listed = "Es spenden: • Rosen-Apotheke • Bären-Apotheke im Storkower Bogen Bezirksbürgermeister Tom Baum"
    (mayor,) = _who(f"{listed} dankt allen: „Sie leisten einen wichtigen Beitrag für den Kiez.“")
    assert mayor[:2] == ("Tom Baum", "Bezirksbürgermeister")
    # ``Co.`` ends no role; a second body after ``sowie der`` is not the first office's
    ports = "Geschäftsführer der Hafen GmbH & Co. KG sowie der Kai GmbH & Co. KG"
    (manager,) = _who(f"„Die Häfen haben Zukunft“, sagte Tom Brenner, {ports}, am Montag.")
    assert manager[1:3] == (ports, "Hafen GmbH & Co. KG")


def test_a_berlin_district_office_names_no_district_the_role_does_not_state() -> None:
    said = "„Kein Geld bleibt bei uns liegen“, betont Sportstadtrat Tom Brenner."
    about = "Berlin: Die Schulen in Friedrichshain-Kreuzberg erhalten neue Sporthallen."
    ((_, role, org, _),) = _who(f"{about} {said}")
    assert (role, org) == ("Sportstadtrat", None)
    ((_, role, org, _),) = _who(f"{about} „Wir bauen“, sagt Bezirksbürgermeister von Pankow Tom Brenner.")
    assert org == "Bezirksamt Pankow"


def test_page_text_of_the_thirty_second_stop() -> None:
    # a stored page's leading date and site line: the date (of a day only) and no headline
    head = "Zoll entdeckt sechs blinde Passagiere"
    rec = _dump(f" date 2025-11-19 Hauptzollamt Musterstadt\n\n{head}\n\n{_P1}")
    assert (rec.title, rec.date, rec.publisher) == (head, "2025-11-19", "Hauptzollamt Musterstadt")
    month = _dump(f" date 2025-11 Hauptzollamt Musterstadt\n\n{head}\n\n{_P1}")
    assert (month.title, month.date) == (head, None)
    # a labelled field of place and date over the text, out of the body
    rec = _dump(f"- Ort und Datum : Hamburg, 25. September 2023\n\n{_P1}")
    assert (rec.place, rec.date) == ("Hamburg", "2023-09-25") and "Ort und Datum" not in rec.body
    # a headline and a subtitle, one sentence each, over a date line
    title = "Die Fraktion braucht keinen Anlass, um gegen Umtriebe zu sein."
    sub = "Die Kreistagsfraktion hat schon längst Zeichen gesetzt und daran erinnert."
    rec = _dump(f"{title}\n\n{sub}\n\n05.12.11 –\n\n{_P1}")
    assert (rec.title, rec.subtitle, rec.date) == (title, sub, "2011-12-05")
    # two sentences of running text over a date line are no headline
    running = "Die Stadt hat gebaut. Die Kita ist nun fertig und wird am Montag eröffnet von allen Kindern."
    assert _dump(f"{running}\n\n{sub}\n\n05.12.11 –\n\n{_P1}").title != running
    # an accessibility bar, a logo's alt text and a portal's page title are chrome
    bar = "Auf Kontrastseite umschalten Schrift vergrößern Schrift verkleinern"
    assert _dump(f"{bar}\n\nNeue Parkkarte kommt\n\n08.05.2019\n\n{_P1}").title == "Neue Parkkarte kommt"
    assert _dump(f"Niedersachsen klar Logo\n\nNeue Parkkarte kommt\n\n{_P1}").title == "Neue Parkkarte kommt"
    portal = "Landesamt für Zuwanderung : Thema: Ministerien & Behörden"
    assert _dump(f"{portal}\n\nNeue Parkkarte kommt\n\n{_P1}").title == "Neue Parkkarte kommt"
    # a last update is no publication date
    assert _dump(f"Neue Parkkarte kommt\n\nLetzte Aktualisierung: 05.08.2020\n\n{_P1}").date is None
    # a lone place over the text is its dateline
    assert _dump(f"Neue Parkkarte kommt\n\nWiesbaden\n\n{_P1}").place == "Wiesbaden"
    # a caption with its credit before the text, and the caption repeated, leave the body
    caption = "Landrat Tom Brenner mit dem Steuerrad als Symbol für die Orientierung."
    page = f"Neue Parkkarte\n\nDie Stadt führt die Parkkarte wieder ein\n\n{caption}<br>Foto: Gleis/LWL"
    rec = _dump(f"{page}\n\n{caption}\n\nMünster (lwl). {_P1}")
    assert "Steuerrad" not in rec.body and rec.place == "Münster"


def test_review_findings_of_the_thirty_second_stop_stay_fixed() -> None:
    # a headline about a logo stays a headline
    for head in ("Stadt zeigt neues Logo", "Neues Logo", "Kita Sonnenschein bekommt Logo"):
        assert _dump(f"{head}\n\n12.03.2024\n\n{_P1}").title == head
    meeting = "Einladung zur Bürgerversammlung : Thema: Verkehr"
    assert _dump(f"{meeting}\n\n12.03.2024\n\n{_P1}").title == meeting
    # a lead paragraph ending in a photo credit stays in the body
    lead = "Kassel. Die Stadt hat eine neue Kita eröffnet. Bis zu 120 Kinder kommen. Foto: Stadt Kassel"
    assert "neue Kita eröffnet" in _dump(f"Neue Kita\n\n12.03.2024\n\n{lead}").body
    # an event's date and place are no release's
    event = _dump(f"Konzert im Park\n\nDatum und Ort: Samstag, 4. Mai 2024, Stadthalle Celle\n\n{_P1}")
    assert event.date is None
    # a quote of several paragraphs, and attributions set off by commas inside one, run on
    rising = "„Die Zahlen steigen, so die Prognose der Fachleute, auch im kommenden Jahr weiter."
    assert find_quotes(rising)[0].text.endswith("weiter.")
    health = "„Das Wichtigste, meint sie, ist die Gesundheit der Kinder."
    assert find_quotes(health)[0].text.endswith("der Kinder.")
    work = "Sie erinnert sich: „Das ist zu schaffen, sagte er damals zu mir, und wir fingen sofort an."
    assert find_quotes(work)[0].text.endswith("sofort an.")
    # a title opening a sentence inside an unclosed quote ends nothing
    motto = "Vera Link teilte mit: »Wir sind froh. „Gemeinsam stark“ ist unser Motto. Wir machen weiter."
    assert find_quotes(motto)[0].text.endswith("Wir machen weiter.")
    # ``hält … für``: an opinion on a quoted title, no speech
    assert _who("„Kleine Helden“ hält Bürgermeisterin Eva Stein für ein sehr gelungenes Projekt.") == []
    # ``sowie der`` between two organs of one body
    organs = "Vorsitzende des Vorstands sowie der Geschäftsführung der Stadtwerke Kiel"
    assert organisation_of(organs) != "Vorstand"


def test_speakers_and_organisations_of_the_thirty_third_stop() -> None:
    # a statement headline names its speaker with the office after its article
    sentence = "Die Entscheidung kommt nicht überraschend und ist ein gutes Zeichen."
    statement = "„" + " ".join([sentence] * 3) + "“"
    rec = _dump(f"# Statement der Fraktionsvorsitzenden Gerda Probst zur Lage\n\n22.09.2020\n\n{statement}\n")
    assert [(s.name, s.role) for s in rec.speakers] == [("Gerda Probst", "Fraktionsvorsitzende")]
    # ``klagte sie`` after the person's sentence
    (critic,) = _who("Gisa Wendt kritisierte den Plan. „Die Themen werden hier nicht erkannt“, klagte sie.")
    assert critic[0] == "Gisa Wendt"
    # a lowercase brand before an office is the body where the text names it elsewhere too; an adverb is not
    goals = "„Wir haben unsere Ziele erreicht“, so hafenwerk Geschäftsführer Tom Brenner."
    (chief,) = _who(f"{goals} Bei hafenwerk arbeiten 400 Menschen.")
    assert chief[1:3] == ("Geschäftsführer", "hafenwerk")
    for adverb in ("etwa", "zuletzt", "nochmals"):
        (plain,) = _who(f"„Wir haben unsere Ziele erreicht“, so {adverb} Geschäftsführer Tom Brenner.")
        assert plain[1:3] == ("Geschäftsführer", None)
    # ``DIE LINKE.`` inside a role; a group written out with its house; a party's group by its office
    linke = "Der Vorsitzende der Fraktion DIE LINKE. im Stadtrat Pirna, Tom Brenner, erklärt:"
    (group,) = _who(f"{linke} „Wir fordern einen Wechsel an der Stadtspitze.“")
    assert group[1:3] == (
        "Vorsitzende der Fraktion DIE LINKE. im Stadtrat Pirna", "Fraktion DIE LINKE. im Stadtrat Pirna"
    )
    council = "Die SPD-Fraktion im Rat der Stadt Pirna begrüßt den Ausbau."
    (spd,) = _who(f"{council} Dazu erklärt Ute Roth, Sprecherin der SPD-Fraktion: „Das ist richtig.“")
    assert spd[2] == "SPD-Fraktion im Rat der Stadt Pirna"
    house = "Die Fraktion BÜNDNIS 90/DIE GRÜNEN im Hessischen Landtag legt ein Konzept vor."
    pgf_said = "„Das geht nur mit uns“, betont der Parlamentarische Geschäftsführer der GRÜNEN, Tom Brenner."
    (pgf,) = _who(f"{house} {pgf_said}")
    assert pgf[2] == "Fraktion BÜNDNIS 90/DIE GRÜNEN im Hessischen Landtag"
    (chair,) = _who("„Wir wählen neu“, sagte der Landesvorsitzende der SPD, Tom Brenner.")
    assert chair[2] == "SPD"
    # a Berlin district's officer ``des Bezirks``: the district's office, named or none
    klima_said = "„Wir sparen Energie“, sagt der Klimaschutzbeauftragte des Bezirks Pankow Tom Brenner."
    (klima,) = _who(f"Berlin: {klima_said}")
    assert klima[2] == "Bezirksamt Pankow"
    (vague,) = _who("Berlin: „Wir sparen Energie“, so die Integrationsbeauftragte des Bezirkes, Ute Roth.")
    assert vague[2] is None
    # no role from inside someone's words, nor past a headline's dash
    words = (
        "„Ich gratuliere dem Beirat für Familienfragen zur Wahl von Tom Brenner sehr herzlich“, "
        "sagt Ute Roth."
    )
    elected = "# Tom Brenner ist neuer Vorsitzender des Beirats – Ute Roth gratuliert"
    rec = _dump(f"{elected}\n\n12.03.2024\n\n{words}")
    assert [s.role for s in rec.speakers if s.name == "Tom Brenner"] in ([], ["Vorsitzender des Beirats"])
    # a verb of saying with its topic before an unmarked quote; ``Wie die Senatorin betont, …:``
    topic_said = "Jugendstadtrat, Tom Brenner, betont zur Bedeutung des Tages „Hier ist kein Platz für Hass.“"
    (topic,) = _who(topic_said)
    assert topic[:2] == ("Tom Brenner", "Jugendstadtrat")
    senator = (
        "„Die Lage ist ernst“, sagte Senatorin Ute Roth. "
        "Wie die Senatorin betont, ist das Thema wichtig:"
    )
    (roth,) = _who(f"{senator} „Wir nutzen die Mittel, um Fachkräfte zu gewinnen.“")
    assert roth[3] == 2
    # an occasion after an apposed office is not part of it
    occasion = "„Wir sind da“, sagte Tom Brenner, Vorstand des Elbeverbandes bei einem Besuch im Rathaus."
    (visit,) = _who(occasion)
    assert visit[1:3] == ("Vorstand des Elbeverbandes", "Elbeverband")
    # a military rank before a name; the one minister of a compound office
    (colonel,) = _who("„Es war mir eine Ehre“, sagte Oberst Tom Brenner zum Abschied.")
    assert colonel[:2] == ("Tom Brenner", "Oberst")
    minister = "Niedersachsens Agrarministerin Ute Roth besuchte das Amt. „Die Kontrolle ist gewährleistet“,"
    (agri,) = _who(f"{minister} sagte die Landwirtschaftsministerin bei ihrem Besuch.")
    assert agri[:2] == ("Ute Roth", "Niedersachsens Agrarministerin")
    # a kind of body written out where the text names the one; an abbreviation with its place
    vg = "Die Verbandsgemeinde Rhein-Selz beleuchtet ihre Gebäude orange."
    equal = "„Gewalt ist keine Privatsache“, sagt Ute Roth, Gleichstellungsbeauftragte der Verbandsgemeinde."
    (officer,) = _who(f"{vg} {equal}")
    assert officer[2] == "Verbandsgemeinde Rhein-Selz"
    lak = "Die Landesapothekerkammer Hessen begrüßt den Vertrag."
    (funke,) = _who(f"{lak} „Das ist ein Bekenntnis“, sagt Ute Roth, Präsidentin der LAK Hessen.")
    assert funke[2] == "Landesapothekerkammer Hessen"
    # a body's assembly is the body; a board named between dashes is a roster of its members
    assembly = "Vorsitzender der Vertreterversammlung der Ärztekammer Saar"
    (vv,) = _who(f"„Wir sind bereit“, sagt Tom Brenner, {assembly}.")
    assert vv[2] == "Ärztekammer Saar"
    board = "Der Vorstand der KVX – Dr. Tom Brenner, Dr. Ute Roth und Dr. Gisa Wendt – erklärte dazu:"
    assert sorted(x[:2] for x in _who(f"{board} „Wir tragen das Ziel des Aufrufs mit.“")) == [
        ("Dr. Gisa Wendt", "Vorstand der KVX"), ("Dr. Tom Brenner", "Vorstand der KVX"),
        ("Dr. Ute Roth", "Vorstand der KVX"),
    ]


def test_page_text_of_the_thirty_third_stop() -> None:
    # a PDF's text with a blank line after every wrapped line is joined again
    wrapped = (
        "Das Jahr 2022 war für die Hafengesellschaft hafenwerk insgesamt ein\n\ngutes Jahr. "
        "„Wir haben auch in "
        "diesem Jahr unsere Unternehmensziele umfassend\n\nerreicht“, "
        "so hafenwerk Geschäftsführer Tom Brenner. "
        "Derzeit sind 401 Mitarbeitende bei\n\nhafenwerk beschäftigt. Hinzu kommen 33 Auszubildende, und für "
        "das kommende\n\nJahr ist weiterer Zuwachs geplant, wie die Geschäftsführung mitteilte "
        "und betonte.\n\n"
        "Etwa 100 Kolleginnen und Kollegen werden in den kommenden Jahren das\n\n"
        "Unternehmen verlassen, so dass "
        "neue Fachkräfte gewonnen werden müssen, auch aus dem\n\n"
        "Ausland, wie es weiter hieß. Die Ausbildung wird "
        "deshalb in diesem Jahr deutlich\n\nausgebaut und um neue Berufe ergänzt, etwa in der Logistik."
    )
    rec = _dump(f"Mit Hochdruck für den Hafen\n\nTom Brenner: hafenwerk gut vorbereitet\n\n{wrapped}\n")
    assert rec.subtitle == "Tom Brenner: hafenwerk gut vorbereitet"
    assert [q for s in rec.speakers for q in s.quotes] == [
        "Wir haben auch in diesem Jahr unsere Unternehmensziele umfassend erreicht"
    ]
    # a release label over its headline without a blank line, teaser bullets before the dateline
    page = (
        "PRESSEMITTEILUNG 17/2023\nVerband gibt Blick hinter die Kulissen\n"
        "- Führungen und Vorträge am Samstag\n"
        f"- Wissenswertes rund um die Aufgaben des Verbandes\nBergheim/Weilerswist, 17. August 2023. {_P1}\n"
    )
    rec = _dump(page)
    assert (rec.title, rec.date, rec.place) == ("Verband gibt Blick hinter die Kulissen", "2023-08-17",
                                                 "Bergheim/Weilerswist")
    # a bracketed closing dateline; a numbered headline over the release's date line
    rec = _dump(f"Renaturierte Erft im Fokus\n\n{_P1}\n\n{_P2}\n\n[Bergheim, 4. Mai 2018]\n")
    assert (rec.date, rec.place) == ("2018-05-04", "Bergheim") and "[Bergheim" not in rec.body
    numbered = "74. Kammerversammlung: Parlament tagt\nPressemitteilung vom 11.11.2025, Bereich: Über Uns"
    rec = _dump(f"{numbered}\n{_P1}\n")
    assert (rec.title, rec.date) == ("74. Kammerversammlung: Parlament tagt", "2025-11-11")
    # a headline under the release's date line, below a sidebar and a back link
    side = (
        "Service\n\nPressestelle\n\nSollten Sie Fragen haben, rufen Sie uns an.\n\n"
        "Pressemitteilungen\n\nzurück"
    )
    dated = "Pressemitteilung vom 03.09.2018\n\nForstamtsleiter tritt in den Ruhestand"
    rec = _dump(f"{side}\n\n{dated}\n\n{_P1}")
    assert (rec.title, rec.date) == ("Forstamtsleiter tritt in den Ruhestand", "2018-09-03")
    # a logo's alt text and a printout's stamp are chrome
    logo = "LAVEX Logo mit Schriftzug Landesamt für Verbraucherschutz Niedersachsen klar Logo"
    quoted = (
        "„Verbraucherschutz ist in Niedersachsen gewährleistet“ - "
        "Ministerin Ute Roth besucht erstmals das Amt"
    )
    assert _dump(f"{logo}\n\n{quoted}\n\n{_P1}").title == quoted
    stamp = "Kassenärztliche Vereinigung Saar (KVS)Ausdruck vom 26.04.2024 14:51 Uhr"
    rec = _dump(f"{stamp}\n\nKVS-Presseinformation\n\nBereitschaftsdienst an Neujahr\n\n{_P1}")
    expected = ("Bereitschaftsdienst an Neujahr", None, ["KVS-Presseinformation"])
    assert (rec.title, rec.kicker, rec.categories) == expected
    # a calendar badge run into the headline; a two-part first line over the text
    rec = _dump(f"Sep17 Tag der Zahngesundheit\n\n25. September 2017\n\n{_P1}")
    assert (rec.title, rec.date) == ("Tag der Zahngesundheit", "2017-09-25")
    two = "Kompetenzzentren: Landesbibliotheken heute. Vortrag von Leiterin Dr. Ute Roth auf dem Kongress"
    assert _dump(f"{two}\n\n{_P1}").title == two
    # two days sharing a month with ``und dem``
    closed = _dump(f"Titel\n\n{_P1} Zwischen dem 27. und dem 29. Dezember 2023 ist zu.")
    assert "2023-12-27" in closed.mentioned_dates


def test_review_findings_of_the_thirty_third_stop_stay_fixed() -> None:
    # a page listing headlines one to a line, and an event list, are not wrapped text
    titles = [f"Neue Radwege für den Ortsteil Nummer {k} werden im Frühjahr gebaut" for k in range(9)]
    listing = _dump("Pressemitteilungen\n\n" + "\n\n".join(titles) + "\n")
    assert titles[0] not in (listing.title or "")[len(titles[0]) :]
    # a numbered headline over its date line keeps the date
    radtag = "3. Neustädter Radtag: Anmeldung ab sofort möglich"
    rec = _dump(f"{radtag}\nPresseinformation vom 3. Mai 2023\n{_P1}\n")
    assert (rec.title, rec.date) == (radtag, "2023-05-03")
    # a topic over the date line is no page chrome
    rec = _dump(f"Verkehr\n\nPressemitteilung vom 03.09.2018\n\nNeue Radwege in der Innenstadt\n\n{_P1}")
    assert rec.title != "Neue Radwege in der Innenstadt" or rec.kicker == "Verkehr"
    # headlines about a logo or a printout stay headlines
    for head in ("Neues Logo mit Schriftzug für die Stadtwerke", "Bescheid als Ausdruck vom 01.07.2024"):
        assert _dump(f"{head}\n\n12.03.2024\n\n{_P1}").title == head
    # a quotation before a dash in the text stays in the body
    invite = "„Wir freuen uns auf den Sommer“ – so beginnt die Einladung der Stadt an alle Vereine im Ort."
    assert "so beginnt die Einladung" in _dump(f"Sommerfest im Park\n\n12.03.2024\n\n{invite}\n\n{_P1}").body
    # a statement of a body's management names no person
    rise = "Die Preise steigen zum ersten Januar, weil die Kosten gestiegen sind."
    long_quote = "„" + " ".join([rise] * 3) + "“"
    heading = "# Erklärung der Geschäftsführung Stadtwerke Neustadt zur Preiserhöhung"
    rec = _dump(f"{heading}\n\n12.03.2024\n\n{long_quote}")
    assert rec.speakers == []
    # ``DIE LINKE.`` ending a sentence ends it
    parties = "„Wir sind dabei“, sagte Anna Berg von DIE LINKE. Tim Kahl von der SPD sagte: „Weiter so.“"
    assert sorted(x[0] for x in _who(parties)) == ["Anna Berg", "Tim Kahl"]
    # a later mention of another house is not the speaker's group
    group = "„Das ist gut“, sagte Tim Kahl, Chef der SPD-Fraktion. Auch der SPD-Fraktion im Bundestag."
    assert _who(group)[0][2] == "SPD-Fraktion"
    # a district outside Berlin stays as written; a self-introduction inside the own quote gives the role
    bavaria = "Die Berliner Museumsinsel ist Vorbild. „Wir bauen“, sagte Tom Brenner, Präsident des Bezirks."
    assert _who(bavaria)[0][2] == "Bezirk"
    intro = "„Ich bin Anna Berg, Leiterin der Kita, und freue mich.“ Dann sagte Anna Berg: „Wir bauen.“"
    assert _who(intro)[0][1] == "Leiterin der Kita"
    # an office's fields set off by dashes stay; a word beginning with ``Besuch`` is no occasion
    fields = "Anna Berg ist Leiterin des Amtes für Jugend - Familie - Senioren."
    (office,) = _who(f"„Wir helfen allen Familien gern“, sagte Anna Berg. {fields}")
    assert office[1] == "Leiterin des Amtes für Jugend - Familie - Senioren"
    care_said = "„Alle sind willkommen“, sagte Ina Graf, Leiterin bei der Besucherbetreuung des Museums."
    (care,) = _who(care_said)
    assert care[1] == "Leiterin bei der Besucherbetreuung des Museums"
    # surnames that are military ranks
    for name in ("Anna Major", "Tim Hauptmann"):
        assert _who(f"„Wir sind bereit“, sagte {name}, Leiterin der Musikschule.")[0][0] == name
    # another field's minister is not the one meant
    two = "Kultusministerin Anna Berg eröffnete die Schau. „Ein guter Tag“, sagte die Umweltministerin."
    assert _who(two) == []


def test_second_round_of_the_thirty_third_stop() -> None:
    # a field's value under its label; a press portal's place with its Land
    meta = "Kommandoübergabe im Landeskommando\n\nDatum:\nOrt:\nMagdeburg\nLesedauer:\n3 MIN"
    assert _dump(f"{meta}\n\n{_P1}").place == "Magdeburg"
    portal = "Übung für den Ernstfall\n\nDüsseldorf; Nordrhein-Westfalen (ots)"
    assert _dump(f"{portal}\n\n{_P1}").place == "Düsseldorf"
    # a caption credited without a colon is no subtitle
    caption = "Aktion zum Aktionstag in der Stadtgalerie. Foto Jörg Brenner"
    assert _dump(f"Taschen gut verteilt\n\n{caption}\n\n{_P1}").subtitle is None
    # an office and a name alone before a quote; an attribution run into the next speaker's
    (_, doctor) = _who(
        "„Bleiben Sie ruhig“, sagt Landrat Tom Brenner. Amtsärztin Dr. Ute Roth. "
        "„Durch das Meldewesen wissen wir über jeden Fall sofort Bescheid.“"
    )
    assert doctor[:2] == ("Dr. Ute Roth", "Amtsärztin")
    run_on = (
        "„Ich halte den Wandel fest“, so Jörg Brenner Familienstadträtin Ute Roth: "
        "„Das Haus hat sich zu einem beliebten Treffpunkt im Kiez entwickelt.“"
    )
    assert sorted(x[:2] for x in _who(run_on)) == [("Jörg Brenner", None), ("Ute Roth", "Familienstadträtin")]
    # a full name before an office in a relative clause; ``X ist der Senator …, Name:``
    relative = "Ute Roth, Stadträtin für Ordnung und Öffentlicher Raum, die dort war, sagte:"
    assert _who(f"{relative} „Hier herrschte Handlungsbedarf.“")[0][0] == "Ute Roth"
    patron = "Schirmherr des Forums ist der Senator für Justiz und Verbraucherschutz Dr. Tom Brenner:"
    assert _who(f"{patron} „Wir fördern die Beratung seit Jahren.“")[0][0] == "Dr. Tom Brenner"
    # a statement on another text's quoted title; a roster's age bracket before the speaker
    answer = "Senatorin Ute Roth zur Pressemitteilung „Termin wackelt“ der Fraktion: „Wir sind im Plan.“"
    assert _who(answer)[0][0] == "Ute Roth"
    roster = "Vorsitz: Tom Brenner (68) Schriftführung: Gisa Wendt (70) Tom Brenner zur Arbeit: „Weiter so.“"
    assert _who(roster)[0][0] == "Tom Brenner"
    # what the speaker is pleased about is not the office
    pleased = "„Das Heft hilft“, freut sich Tom Brenner, Stadtrat für Jugend und Familie über die Ausgabe."
    assert _who(pleased)[0][1] == "Stadtrat für Jugend und Familie"
    # numbered release date lines; a date line with its number in a spaced dump; menu labels
    numbered = "Umweltchemikalien: Nr. 89 / Sonntag, 17. Dezember 2006"
    rec = _dump(f"PRESSEMITTEILUNG\n\n{numbered}\n\nAmt kritisiert Aktion\n\n{_P1}")
    assert (rec.title, rec.date) == ("Amt kritisiert Aktion", "2006-12-17")
    assert "Umweltchemikalien" in rec.categories
    spaced = (
        "Navigation mobile Ausgabe\nMeta-Navigation\nNavigation\n\nPressemitteilung 09/19\n\n"
        "11.06.2019, Nr. 09/19\n\n"
        "20 Jahre Landesamt: Festkolloquium am 27. Juni\n\n\n"
        + "\n\n \n\n".join([_P1, _P2, _P1, _P2])
        + "\n"
    )
    rec = _dump(spaced)
    assert (rec.title, rec.date) == ("20 Jahre Landesamt: Festkolloquium am 27. Juni", "2019-06-11")
    dated = "Pressemitteilung des Allgemeinen Studentischen Ausschusses der Universität vom 23.02.2023"
    assert _dump(f"Mensapreise bezahlbar halten\n\n{dated}\n\n{_P1}").date == "2023-02-23"
    # a section label over the headline on one block; a box of phone numbers above the headline
    rec = _dump(f"Aktuelles\nMinisterin besucht die Klinik für Psychiatrie\n\n{_P1}")
    assert rec.title == "Ministerin besucht die Klinik für Psychiatrie"
    phones = "Wichtige Rufnummern\n\nNOTRUF FEUERWEHR112\n\nNOTRUF Polizei110\n\nGiftnotruf06841 19240"
    assert _dump(f"{phones}\n\nDie neue Rettungswache ist fertig\n\n12 Mär 2019\n\n{_P1}").title == (
        "Die neue Rettungswache ist fertig"
    )
    # a month of the year the text is dated in
    measured = _dump(f"Titel\n\n17.12.2006\n\n{_P1} Seit September diesen Jahres wird gemessen.")
    assert "2006-09" in measured.mentioned_dates
    # ``Professor`` is an honorific; a second given name after one; a noun-shaped surname after a given name
    rare = "„Das ist selten“, so Professor Dr. Jörg Rüdiger Brenner. Dann sagte Professor Brenner: „Gut so.“"
    (prof,) = {x[0] for x in _who(rare)}
    assert prof == "Professor Dr. Jörg Rüdiger Brenner"
    (director,) = _who("„Wir sanieren“, sagte Dr. Christoph Hoppenheit (Kaufmännischer Direktor UKM).")
    assert director[:3] == ("Dr. Christoph Hoppenheit", "Kaufmännischer Direktor UKM", "UKM")
    # a Land's abbreviation before a minister's office names no body; a body's adjective declined
    (minister,) = _who("„Das Amt leistet viel“, sagte NRW-Umweltminister Tom Brenner.")
    assert minister[2] is None
    asta = "Die Wahl des Allgemeinen Studierendenausschusses (AStA) ist vorbei."
    (chair,) = _who(f"{asta} „Wir danken allen“, so Ute Roth, AStA-Vorsitzende.")
    assert chair[2] == "Allgemeiner Studierendenausschuss"


def test_review_findings_of_the_thirty_third_stops_second_round_stay_fixed() -> None:
    # an event's box of fields after the headline is no header
    box = "Ort:\nKita Nord, Lindenweg 4\nDatum:\n4. Mai 2024\nUhrzeit: 15 Uhr"
    assert _dump(f"Sommerfest der Kita\n\n12.03.2024\n\n{box}\n\n{_P1}").date == "2024-03-12"
    # an award or a new post before a name is no speaker's label; words about him are not his
    award = "„Danke für alles“, sagte Anna Berg. Ehrennadel Hauptbrandmeister Tom Kahl. „Ohne Sie nicht.“"
    assert [x[0] for x in _who(award)] == ["Anna Berg"]
    post = "„Wir haben lange gewartet“, sagte Anna Berg. Neuer Leiter Tom Kahl. „Er bringt viel mit.“"
    assert [x[0] for x in _who(post)] == ["Anna Berg"]
    # a club or a firm named like a person before an office
    for club in ("Werder Bremen", "Eintracht Frankfurt"):
        (coach,) = _who(f"„Wir sind bereit für die neue Saison“, so {club} Geschäftsführer Tom Kahl.")
        assert coach[0] == "Tom Kahl"
    # a person's age bracket before an office, not a roster
    chair = "Tom Kahl (62) Erster Vorsitzender des Vereins, sagte zur Wahl: „Wir machen weiter wie bisher.“"
    assert _who(chair)[0][0] == "Tom Kahl"
    # ``über`` inside an office's name stays
    (head,) = _who("„Wir prüfen genau“, sagte Tom Kahl, Leiter der Aufsicht über die Sparkassen im Land.")
    assert head[1] == "Leiter der Aufsicht über die Sparkassen im Land"
    # a release about a dated event is not dated by it
    about = "Mitteilung des Landesamtes zum Unfall vom 3. Mai 2024"
    assert _dump(f"Unfall aufgeklärt\n\n{about}\n\n06.05.2024\n\n{_P1}").date == "2024-05-06"
    # a section label over a lowercase line is part of the headline
    assert _dump(f"Neuigkeiten\naus dem Stadtarchiv: Fotos gesucht\n\n{_P1}").title.startswith("Neuigkeiten")
    # a day of ``dieses Jahres`` keeps its day
    dig = _dump(f"Titel\n\n12.03.2024\n\n{_P1} Am 15. September dieses Jahres ist Spatenstich.")
    assert "2024-09-15" in dig.mentioned_dates
    # a surname ``Schutz``, a noun after an unknown given name, a Land's prime minister
    (forester,) = _who("„Der Wald leidet“, sagte Försterin Anna Schutz.")
    assert forester[0] == "Anna Schutz"
    (premier,) = _who("„Wir halten Wort“, sagte NRW-Ministerpräsident Tom Kahl.")
    assert premier[2] == "NRW"
    # a kind of body written out with a name that is no gazetteer head
    park = "Der Naturpark Hoher Fläming lädt ein. „Wie schön“, sagte Tom Kahl, Leiter des Naturparks."
    assert _who(park)[0][2] == "Naturpark Hoher Fläming"


def test_third_round_of_the_thirty_third_stop() -> None:
    # a roster line's office before the speaker's name
    roster = "Vorsitz: Tom Brenner (68) Schriftführung: Gisa Wendt (70) Tom Brenner zur Arbeit: „Weiter so.“"
    assert _who(roster)[0][:2] == ("Tom Brenner", None)
    chair = "Vorsitzender: Tom Brenner (68) Schriftführung: Gisa Wendt (70) Tom Brenner dazu: „Weiter so.“"
    assert _who(chair)[0][:2] == ("Tom Brenner", "Vorsitzender")
    # a quoted speaker's noun-shaped surname alone after a verb of saying
    first = "„Die Türme werden saniert“, sagte Dr. Christoph Hoppenheit (Kaufmännischer Direktor UKM)."
    (director,) = _who(f"{first} „Der Neubau umfasst eine Geburtsklinik“, erklärte Hoppenheit.")
    assert director[3] == 2
    # a numbered and dated label run into the headline with a space
    rec = _dump(f"Pressemitteilung Nr. 93 vom 24.02.2006 Einrichtung eines neuen Parkbereiches\n\n{_P1}")
    assert (rec.title, rec.date) == ("Einrichtung eines neuen Parkbereiches", "2006-02-24")
    # a contact box above the headline over its date line; reading aids; a page title over the headline
    box = "Anna Beispiel, Presse\nKreis Neustadt\nHauptstraße 20\n36341 Neustadt\nTelefax: +49 6641 9775 333"
    rec = _dump(f"{box}\n\nLandrat: Kontrolle ist Verbraucherschutz\n\n07.04.1999 Von: Pressestelle\n\n{_P1}")
    assert (rec.title, rec.date) == ("Landrat: Kontrolle ist Verbraucherschutz", "1999-04-07")
    aids = "Lesehilfen:lineare Seitendarstellung mehrspaltige Seitendarstellung Schriftgrad erhoehen"
    page = f"Aktuelles - Andrang im Verkehrsamt\n\n{aids}\n\nAndrang im Verkehrsamt\n\n04.01.13\n\n{_P1}"
    assert _dump(page).title == "Andrang im Verkehrsamt"
    # a Westphalian surname of two words stays one
    (farmer,) = _who("„Der Boden ist trocken“, sagte Landwirtin Anna Schulze Hülshorst aus Telgte.")
    assert farmer[0] == "Anna Schulze Hülshorst"
    # a possessive before the office
    (rink,) = _who("„In der Eiswelt ist wieder Spaß garantiert“, sagt deren Leiter Marcus Brenner.")
    assert rink[:2] == ("Marcus Brenner", "Leiter")


def test_review_findings_of_the_thirty_third_stops_third_round_stay_fixed() -> None:
    # a word before a name is no given name; a possessive before kin is no office
    (captain,) = _who("Kapitän Tom Kahl freute sich über den Pokal: „Die Mannschaft hat toll gekämpft.“")
    assert captain[:2] == ("Tom Kahl", "Kapitän")
    son = "„Er hat die Firma zu dem gemacht, was sie ist“, sagt dessen Sohn Tom Kahl."
    assert all(x[0] != "Sohn Tom Kahl" for x in _who(son))
    # two brothers by their full names stay two people
    brothers = (
        "Karl Heinz Brandt und Heinz Brandt sind Brüder. „Wir spielen seit 1970 zusammen“, sagte Karl Heinz "
        "Brandt. „Und wir hören nicht auf“, sagte Heinz Brandt."
    )
    assert len(_who(brothers)) == 2
    # a surname two people share names neither of them alone
    shared = (
        "„Die Zahlen sinken seit Wochen“, sagte Dr. Christoph Hoppenheit. Maria Hoppenheit leitet den "
        "Verein. „Wir bleiben aber vorsichtig“, erklärte Hoppenheit."
    )
    assert [x[3] for x in _who(shared) if x[0] == "Dr. Christoph Hoppenheit"] == [1]
    # an office over a colon in running text is no roster line
    opposition = "Kritik vom Bürgermeister: Anna Berg nennt den Plan schlecht. „Falsch ist das“, sagte Berg."
    assert _who(opposition)[0][1] is None
    # a headline about reading aids; a section's page title over a later heading
    aids = "Lesehilfen: Stadtbücherei verleiht Lupen für jeden Schriftgrad"
    assert _dump(f"{aids}\n\n12.03.2024\n\n{_P1}").title == aids
    rec = _dump(f"Presse - Stimmen zum Haushalt\n\n12.03.2024\n\n{_P1}\n\nStimmen zum Haushalt\n\n{_P2}")
    assert rec.title == "Presse - Stimmen zum Haushalt"


def test_page_text_of_the_thirty_fourth_stop() -> None:
    # a photo's caption with its credit over the headline; a list page's teaser copied over the headline
    rec = _dump(f"Rathaus Kyritz | Foto: beispielbild.de\n\nNeue Bänke für den Marktplatz\n\n{_P1}\n\n{_P2}")
    assert rec.title == "Neue Bänke für den Marktplatz"
    teaser = "Kleine Feier zum Jubiläum – seit 1994 rund 300.000 Vorgänge"
    rec = _dump(f"{teaser}\n\n14.09.2022\n\n30 Jahre Bürgerbüro Wusterhausen\n{teaser}\n\n{_P1}\n\n{_P2}")
    assert (rec.title, rec.subtitle) == ("30 Jahre Bürgerbüro Wusterhausen", teaser)
    # an archive notice over the headline; a weather widget; a section label "Aktuelles aus dem …"
    notice = (
        "Achtung! Diese archivierte Pressemitteilung könnte inhaltlich veraltet sein\n\n"
        "Bitte beachten Sie, dass Sie sich gerade im Pressearchiv befinden.\n\n"
    )
    rec = _dump(f"{notice}Pressemitteilung vom 27.07.2016\n\nNeuer Unterstand im Wildpark\n\n{_P1}")
    assert (rec.title, rec.date) == ("Neuer Unterstand im Wildpark", "2016-07-27")
    assert "Pressearchiv" not in rec.body
    widget = "14° in Kyritz\nBewölkt bei 21 Grad, heiter... Wettervorhersage\n\nAktuelles aus dem Tierpark"
    assert _dump(f"{widget}\n\nNeue Zebras im Tierpark\n\n{_P1}").title == "Neue Zebras im Tierpark"
    # a dated label run into the headline; a date line with a pipe before the place and agency
    rec = _dump(f"Pressemitteilung vom 4. April 2011Neue Pfarrerin für Kyritz gewählt\n\n{_P1}")
    assert (rec.title, rec.date) == ("Neue Pfarrerin für Kyritz gewählt", "2011-04-04")
    rec = _dump(f"Neue Pfarrerin gewählt\n\n04.04.2011 | Schwerin (cme). {_P1}")
    assert (rec.date, rec.place) == ("2011-04-04", "Schwerin")
    # a closing place and date line without "den"; a release number and initials before a date under the text
    rec = _dump(f"Neue Pfarrerin gewählt\n\n{_P1}\n\n{_P2}\n\nHannover, 11. Dezember 2009")
    assert (rec.date, rec.place) == ("2009-12-11", "Hannover")
    rec = _dump(f"Neue Pfarrerin gewählt\n\n{_P1}\n\n{_P2}\n\n091-2016 (jks) 31. August 2016")
    assert rec.date == "2016-08-31"
    # a numbered label before the dateline; "a. d." inside a place
    rec = _dump(f"Neue Zebras\n\nPRESSEMITTEILUNG 33 Chemnitz, den 22.01.2003\n\n{_P1}")
    assert (rec.date, rec.place) == ("2003-01-22", "Chemnitz")
    rec = _dump(f"Neue Zebras\n\nBach a. d. Donau, 28. Juni 2023\n\n{_P1}")
    assert (rec.date, rec.place) == ("2023-06-28", "Bach a. d. Donau")
    # a source in brackets opening the text is no place
    assert _dump(f"Neue Zebras\n\nFütterung am Sonntag\n\n(Stadtverwaltung/Tom Brenner) {_P1}").place is None
    # a year in an event's name is no date
    tour = _dump(f"Forstrundfahrt 2022 mit vielen Themen\n\n18.08.2022\n\n{_P1}")
    assert "2022" not in tour.mentioned_dates


def test_speakers_and_organisations_of_the_thirty_fourth_stop() -> None:
    # a word before the office is none of it
    times = "Öffnungszeiten: Mo – Sa 10.00 – 18.00 Uhr Wirtschaftsstadtrat Gerd Hansel sagt: „Kommen Sie!“"
    assert _who(times)[0][:2] == ("Gerd Hansel", "Wirtschaftsstadtrat")
    # a project's quoted name after "von"; a club's ordinal
    (lead,) = _who("„Das gehen wir an“, so Max Maurer, Projektleiter von „Schön wie wir“. Es geht weiter.")
    assert lead[1:3] == ("Projektleiter von „Schön wie wir“", "Schön wie wir")
    (coach,) = _who("„Das freut uns“, so Lutz Munder, Geschäftsführer beim 1. FC Union Berlin.")
    assert coach[2] == "1. FC Union Berlin"
    # a clinic's department names its hospital; a field is no body
    chief = (
        "Dr. Hans Jahnke, Chefarzt der Klinik für Innere Medizin – Gastroenterologie, Kardiologie und "
        "Geriatrie des Vivantes Klinikums Hellersdorf, erklärt: „Das ist gut so.“"
    )
    assert _who(chief)[0][2] == "Vivantes Klinikum Hellersdorf"
    assert _who("Oberärztin der Diabetologie, Dr. Heide Engel: „Das hilft.“")[0][2] is None
    # a body's noun and a Land are no names
    board = "Die Vorstandsvorsitzende des Diakonischen Werks Württemberg begrüßte ihn: „Willkommen bei uns.“"
    assert _who(board) == []
    # "schloss" after a quote; a separable "schätzt … ein"
    (closer,) = _who("„Wir halten an der Hoffnung fest“, schloss Ruth Schuchardt ihren Vortrag.")
    assert closer[0] == "Ruth Schuchardt"
    guess = "„Die Messe hat 2012 die Basis gelegt“, schätzt der Staatssekretär Jochen Stasch ein."
    assert _who(guess)[0][0] == "Jochen Stasch"
    # a body's head by its kind; an office of a kind by the one body of it the text names
    bank = (
        "„Wir fördern Vereine“, erläutert Dr. Rolf Lindner, Vorstandsvorsitzender der Sparkasse Vorderpfalz. "
        "„Davon profitieren viele Projekte“, so der Sparkassenchef."
    )
    assert _who(bank)[0][3] == 2
    fair = "Die Messe Erfurt GmbH lädt ein. „Wir sind bereit“, sagt Messegeschäftsführer Mirko Kühn."
    assert _who(fair)[0][2] == "Messe Erfurt GmbH"
    # a relative clause's antecedent after a pronoun subject; a genitive office with its body's abbreviation
    relative = (
        "„Wir sind erschüttert“, sagt Superintendentin Anke Zeller. Sie weist auf die Position des "
        "Ratsvorsitzenden der EKD Heinrich Bodenstein hin, der sagt: „Wir wollen sofort helfen.“"
    )
    assert ("Heinrich Bodenstein", "Ratsvorsitzender der EKD", "EKD", 1) in _who(relative)
    # abbreviations: the heads of a compound's parts, a short form of words in brackets
    office = (
        "Das Landesamt für Natur, Umwelt und Verbraucherschutz feiert. „Wir sind stolz“, sagte Dr. Tom "
        "Delmer, Präsident des LANUV."
    )
    assert _who(office)[0][2] == "Landesamt für Natur, Umwelt und Verbraucherschutz"
    kiba = (
        "Der Ausschuss der Stiftung zur Bewahrung kirchlicher Baudenkmäler in Deutschland (Stiftung KiBa) "
        "tagte. "
        "„Wir helfen gern“, sagte Thomas Berger, Geschäftsführer der Stiftung KiBa."
    )
    assert _who(kiba)[0][2] == "Stiftung zur Bewahrung kirchlicher Baudenkmäler in Deutschland"
    # an office after its article without commas; a lowercase abbreviation by the name written before it
    manager = "Stefan Wirtz der General Manager des Hotels Lindenhof hat zugesagt, sagt: „Gern helfen wir.“"
    assert _who(manager)[0][1] == "General Manager des Hotels Lindenhof"
    bpb = (
        "Der Wahl-O-Mat kommt von der Bundeszentrale für politische Bildung/bpb. „Er hilft“, so Tom Kruse, "
        "Präsident der bpb."
    )
    assert _who(bpb)[0][2] == "Bundeszentrale für politische Bildung"


def test_review_findings_of_the_thirty_fourth_stop_stay_fixed() -> None:
    # a headline or lead about an archive is no archive notice
    rec = _dump(f"Stadtarchiv stellt archivierte Meldungen aus hundert Jahren online\n\n12.03.2024\n\n{_P1}")
    assert rec.title == "Stadtarchiv stellt archivierte Meldungen aus hundert Jahren online"
    # a source before the date gives the date, no place; a numbered label without a date names no place
    source = _dump(f"Radwege\n\nPressestelle, 12.03.2024 – {_P1}")
    assert (source.date, source.place) == ("2024-03-12", None)
    label = _dump(f"Haushalt\n\nPresseinformation 7 Potsdam – {_P1}\n\n12.03.2024\n\n{_P2}")
    assert label.date == "2024-03-12"
    # an old closing line is a letter's, not the release's
    assert _dump(f"Brief gekauft\n\n{_P1}\n\n{_P2}\n\nWeimar, 1. Mai 1919").date is None
    # headlines that look like chrome stay headlines
    for headline in (
        "Stadtwerke fördern SmartHome",
        "Neue Messstation verbessert die lokale Wettervorhersage",
        "38 °C in Neustadt",
        "Neue Serie im Amtsblatt – Bild: So sah Neustadt 1950 aus",
    ):
        assert _dump(f"{headline}\n\n12.03.2024\n\n{_P1}").title == headline
    column = "Neues aus der Stadtbibliothek"
    assert _dump(f"{column}\n\n12.03.2024\n\n{_P1}").title == column
    numbered = "Pressemitteilung vom 12. März 2024 Nr. 45 der Stadt Neustadt"
    late = _dump(f"{numbered}\n\nNeue Kita eröffnet\n\n{_P1}")
    assert late.title == "Neue Kita eröffnet"
    # a headline the lead repeats is no caption cut short; a date line with a credit keeps its date
    repeated = "Die Stadtbibliothek Neustadt verlängert ab April ihre Öffnungszeiten"
    assert _dump(f"{repeated}\n\n{repeated}. {_P1}").title == repeated
    assert _dump(f"12.03.2024 | Foto: Stadt Neustadt\n\nNeue Kita eröffnet\n\n{_P1}").date == "2024-03-12"
    mail = "Einsendungen bitte per E-Mail mit dem Stichwort Foto: wettbewerb@neustadt.de"
    assert mail in _dump(f"Fotowettbewerb\n\n12.03.2024\n\n{_P1}\n\n{mail}\n\n{_P2}").body
    # a work's title, a team and a sub-unit name no body; an adjective opens an office
    book = "„Ich schrieb über meine Kindheit“, sagte Anna Berg, Autorin von „Die Stadt der Kinder“."
    assert _who(book)[0][2] is None
    assert _who("„Wir trainieren hart“, sagte Tom Kahl, Trainer der 1. Mannschaft.")[0][2] is None
    jubilee = "Zum Jubiläum würdigte Dr. Anna Berg, die Wissenschaftliche Direktorin, in ihrer Festrede:"
    director = ("Dr. Anna Berg", "Wissenschaftliche Direktorin")
    assert _who(f"{jubilee} „Ohne Sie wäre diese Schau nicht möglich.“")[0][:2] == director
    # the head of a body is not a chief physician, a board's chair or a sub-unit's head
    clinic = (
        "„Wir operieren jetzt schneller“, sagte Dr. Tom Kahl, Chefarzt der Klinik für Chirurgie. „Die "
        "Investition hat sich gelohnt“, sagte der Klinikgeschäftsführer."
    )
    assert _who(clinic)[0][3] == 1
    club = (
        "„Die Kasse stimmt“, sagte Tom Kahl, Leiter der Kassenprüfung des Vereins. „Wir investieren in neue "
        "Trikots“, kündigte der Vereinschef an."
    )
    assert _who(club)[0][3] == 1
    # a partner named once is not the speaker's body; words before a bracket must spell its short form
    zoo = "Der Zoo hat Pinguine aus dem Zoo Rostock. „Sie sind gesund“, sagte Zoodirektor Tom Kahl."
    assert _who(zoo)[0][2] is None
    reading = (
        "Unterstützt wird das Projekt von der Stiftung der Sparkasse und einem privaten Spender "
        "(Stiftung Lesen). "
        "„Wir lesen vor“, sagte Anna Berg, Geschäftsführerin der Stiftung Lesen."
    )
    assert _who(reading)[0][2] == "Stiftung Lesen"
    # a list of towns is not an abbreviation written out
    towns = "Firmen aus Ilmenau, Halle, Kiel und Jena nahmen teil. „Gut so“, sagte Tom Kahl von der IHK."
    assert _who(towns)[0][2] != "Ilmenau, Halle, Kiel"
    # a year after an ordinary compound is a date
    market = _dump(f"Bilanz\n\n12.03.2024\n\nDer Arbeitsmarkt 2023 war stabil. {_P1}")
    assert market.mentioned_dates == ["2023"]


def test_second_round_of_the_thirty_fourth_stop() -> None:
    # a verb of saying after an apposition whose comma is left out; "alter und neuer" before the office
    chair = "Volker Stein, Vorsitzender des Landesjugendringes betont: „Der Antrag ist gut.“"
    assert _who(chair)[0][1] == "Vorsitzender des Landesjugendringes"
    second = "„Eine Rekordzahl“, so Chris Wendt, alter und neuer zweiter Vorsitzender des Kreisjugendrings."
    assert _who(second)[0][1] == "zweiter Vorsitzender des Kreisjugendrings"
    # an occasion after a body named with "vom"; a body without its article after the office
    office = "„Gut so“, sagte Abteilungsleiterin Ilka Lang vom Landratsamt Regen bei der Begrüßung der Gäste."
    assert _who(office)[0][2] == "Landratsamt Regen"
    president = "„Gut so“, sagte Ludger Voll, Präsident Landesmusikrat Hamburg."
    assert _who(president)[0][2] == "Landesmusikrat Hamburg"
    council = (
        "Der Landesmusikrat Schleswig-Holstein lädt ein. „Das ist nicht durchführbar“, so Dr. Klaus Mahler, "
        "Präsident des Landesmusikrates."
    )
    assert _who(council)[0][2] == "Landesmusikrat Schleswig-Holstein"
    # a title's label before its colon is no speech
    grant = "Gefördert werden: Prof. Dr. Anna Adler, Universität Jena, Projekttitel: “Solvated Ions”."
    assert _who(grant) == []
    # an unclosed quote ends before a sentence about its speaker
    unclosed = (
        "„Wir danken euch für die Hilfe“, so Tobias Doll. „Ihr helft den Kindern jeden Morgen, bei jedem "
        "Wetter. Doll hatte die Schule besucht."
    )
    helper = _dump(f"# T\n\n12.03.2024\n\n{unclosed}").speakers[0]
    assert helper.quotes[-1] == "Ihr helft den Kindern jeden Morgen, bei jedem Wetter."
    # the subject of a colon's clause speaking in the first person; not an object
    cdo = "Als Staatssekretär leitet Dr. Ralf Kleinert die Abteilungen: „Mir war es wichtig, sie zu stärken.“"
    assert _who(cdo)[0][0] == "Dr. Ralf Kleinert"
    # a party in brackets after the second of two joint speakers
    joint = (
        "Bezirksbürgermeister Uwe Brock (SPD) und die Stadträtin für Umwelt, Natur und Verkehr Kora Stein "
        "(Bündnis 90 / Die Grünen): „Es ist selbstverständlich, dass der Bezirk hilft.“"
    )
    assert [x[0] for x in _who(joint)] == ["Uwe Brock", "Kora Stein"]
    # a role-only office resolved where the text names its holder after the article
    pohle = (
        "In einem Gespräch stellte die Bezirksstadträtin für Gesundheit, Soziales und Planung, Dagmar "
        "Pohlmann, gemeinsam mit Gabi Fischer, Projektleiterin von Ball e.V., und der Redakteurin Anke "
        "Reich, den Ratgeber vor. „Zu den Grundrechten gehört das Recht auf Leben“, unterstrich die "
        "Stadträtin."
    )
    assert _who(pohle)[0][0] == "Dagmar Pohlmann"
    # chrome over the headline: a coat of arms, an icon, a CMS id, social links, a template's placeholder
    for chrome in (
        "Wappen des Landkreises Neustadt mit Schriftzug\n\nGrafik mit Buchstaben A in verschiedener Größe",
        "0f02c580 fcc3 4940 9999 1765a9d68a11",
        "Facebook\nTwitter\nInstagram\nYouTube",
        "Have any questions?\n\n+44 1234 567 890",
    ):
        assert _dump(f"{chrome}\n\nNeue Kita in Kyritz\n\n{_P1}").title == "Neue Kita in Kyritz"
    # a CMS's time stamp after the date opening the text; an age stamp and a rating widget closing the page
    stamped = _dump(f"06.06.2023, 00.00 Uhr Von den Teilnehmern holten viele einen Preis. {_P1}")
    assert stamped.date == "2023-06-06"
    widget = "Klicken Sie auf den Bewertungsbalken, um ihn zu bewerten. 23.05.2019 09:35 Alter: 61 Tage"
    rec = _dump(f"Neue Kita eröffnet\n\n{_P1}\n\n{_P2}\n\n{widget}")
    assert rec.date == "2019-05-23" and "Bewertungsbalken" not in rec.body
    # a place with a dot before the agency; places joined by a spaced slash; a two-digit year before a colon
    assert _dump(f"Jubiläum\n\nMünster. (SMS) {_P1}").place == "Münster"
    two = _dump(f"Konferenz\n\nPressemitteilung vom 18.11.2025\n\nKöln / Düsseldorf. {_P1}")
    assert two.place == "Köln / Düsseldorf"
    headline = "Fritz Kuhnert neuer Vorsitzender des Verbandes - Versammlung tagt in Konstanz"
    rec = _dump(f"04.07.13: {headline}\n\n{_P1}")
    assert (rec.title, rec.date) == (headline, "2013-07-04")
    # a Land's commissioner named by Berlin's adjective
    commissioner = "„Das Festival zeigt es“, erläutert der Berliner Aufarbeitungsbeauftragte Frank Ebers."
    assert _who(commissioner)[0][2] == "Berlin"


def test_review_findings_of_the_thirty_fourth_stops_second_round_stay_fixed() -> None:
    # section tags joined by a spaced slash are no places; an event's hour after the date is no release stamp
    assert _dump(f"Schau\n\nKultur / Freizeit (pm) – {_P1}").place is None
    event = "18.05.2024, 10.00 Uhr Tag der offenen Tür in der Feuerwache Nord mit Fahrzeugschau."
    assert _dump(f"Tag der offenen Tür\n\n{event} {_P1}").date is None
    # a labelled date with an age is a profile's, not the page's stamp
    profile = "Geboren: 02.03.2024 06:30 Alter: 10 Tage"
    assert _dump(f"Giraffe geboren\n\n{_P1}\n\n{_P2}\n\n{profile}").date is None
    # headlines that begin like chrome
    for headline in ("Wappen der Gemeinde Neudorf bald mit Schriftzug", "Grafik mit Buchstaben der Welt"):
        assert _dump(f"{headline}\n\n12.03.2024\n\n{_P1}").title == headline
    # the body after an office without article is the first one named; a programme's name ends in a verb
    fund = "„Wir spenden zwei Flügel“, sagte Tom Kahl, Vorsitzender Förderverein Kreismusikschule Pinneberg."
    assert _who(fund)[0][2] != "Kreismusikschule Pinneberg"
    program = "„Sie ist ein Lernort“, sagte Anna Berg, Koordinatorin des Bundesprogramms Jugend erinnert."
    assert _who(program)[0][1] == "Koordinatorin des Bundesprogramms Jugend erinnert"
    # a title explained after a verb of saying is the speaker's; words read out are someone else's
    curator = "Kuratorin Anna Berg erklärte den Ausstellungstitel: „Wir haben ihn gewählt, weil er passt.“"
    assert _who(curator)[0][0] == "Anna Berg"
    greeting = "Als Schirmherr verlas Dr. Jan Otto das Grußwort der Ministerin: „Ich bedaure es sehr.“"
    assert _who(greeting) == []
    # a town's name is no speaker's surname ending an unclosed quote
    town = (
        "Die Stadt Neustadt feiert ihr Bad, und Bürgermeister Jan Otto sagt „Wir sind stolz auf dieses Bad. "
        "Neustadt hat lange darauf gewartet, und jetzt ist es so weit."
    )
    assert "Neustadt hat lange" in _dump(f"# T\n\n12.03.2024\n\n{town}").speakers[0].quotes[0]


def test_third_round_of_the_thirty_fourth_stop() -> None:
    # a link's label run into the text; a press portal's name before the dateline
    link = "Dr. Dora Lemmer, Integrationsbeauftragte des Landes Brandenburg Neues Fenster: Bild vergrößern"
    assert "Neues Fenster" not in _dump(f"Abschiebungen\n\n{link}\n\n{_P1}").body
    assert _dump(f"10 Jahre Verbund\n\n(PresseBox) (Berlin, ) {_P1}").place == "Berlin"
    # two usual given names after an office; the verb's object after the office's body
    rost = "„Wir haben Beschwerden“, sagte die Beauftragte für die Informationsfreiheit Maria Christina Roth."
    assert _who(rost)[0][0] == "Maria Christina Roth"
    messner = "„Er hat es verdient“, begründet Willi Mess, Vorsitzender des BFBahnen die Entscheidung."
    assert _who(messner)[0][1] == "Vorsitzender des BFBahnen"
    # a body after "das" in the strong nominative
    office = (
        "Heute feiert das Hessische Statistische Landesamt (HSL). „Wir sind stolz“, sagte Dr. Anna Figge, "
        "Präsidentin des HSL."
    )
    assert _who(office)[0][2] == "Hessisches Statistisches Landesamt"
    # the speaker after the verb before an unmarked quote; a Berlin Staatssekretär's department
    justice = "Dazu erklärt Justizsenator Dr. Dirk Behrend „Weihnachten in Haft ist ein schweres Fest.“"
    assert _who(justice)[0][:2] == ("Dr. Dirk Behrend", "Justizsenator")
    secretary = (
        "Die Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen in Berlin eröffnet eine Kita. Alexander "
        "Slott, Staatssekretär Bauen: „Mit der Eröffnung feiern wir den Erfolg.“"
    )
    assert _who(secretary)[0][2] == "Senatsverwaltung für Stadtentwicklung, Bauen und Wohnen"
    # a date run into the headline; a release's label with its sender and date
    headline = "Abschiebungen nach Afghanistan: Beauftragte kritisiert Abschiebungen"
    glued = _dump(f"15.08.2018{headline} | 126/2018\n\n{_P1}")
    assert (glued.date, glued.title) == ("2018-08-15", headline)
    label = "PRESSEINFORMATION der Stadt Lohne, Pressesprecher Ch. Tombrink 26.August 2016"
    assert _dump(f"Seniorenbeirat unterstützt Pakt\n\n{label}\n\n{_P1}").date == "2016-08-26"


def test_review_findings_of_the_thirty_fourth_stops_third_round_stay_fixed() -> None:
    # a series called "Neues Fenster" stays; two places of two words around a spaced slash
    series = "Die Volkshochschule startet die Reihe Neues Fenster zur Welt mit einem Vortrag über Island."
    assert "Neues Fenster zur Welt" in _dump(f"Vorträge\n\n12.03.2024\n\n{series} {_P1}").body
    assert _dump(f"Tagung\n\nBad Oeynhausen / Löhne. {_P1}").place == "Bad Oeynhausen / Löhne"
    # an agency's tag before a photo's label names no place
    assert _dump(f"Neue Kita\n\n(pm) (Archivfoto) {_P1}").place is None
    # a report's topic or sentence after the stamp keeps the date; an event's name right after it does not
    sank = "14.02.2022, 10:30 Uhr Arbeitsmarkt: Die Zahl der Arbeitslosen sank."
    topic = _dump(f"Arbeitslosigkeit sinkt\n\n{sank} {_P1}")
    assert topic.date == "2022-02-14"
    # a plain notice's label with an event's date, and two-digit years of the nineties
    notice = _dump(f"Wahl\n\nInformation der Stadt Neustadt, Wahlamt 14. März 2024\n\n12.03.2024\n\n{_P1}")
    assert notice.date == "2024-03-12"
    rec = _dump(f"04.07.98: Landrat eröffnet die neue Kreisstraße bei Neudorf\n\n{_P1}")
    assert (rec.title, rec.date) == ("Landrat eröffnet die neue Kreisstraße bei Neudorf", "1998-07-04")
    # a saint's name in a house's name is no given name; a council after the office's field
    house = "„Wir feiern“, sagte die Leiterin des Seniorenzentrums Haus Elisabeth Anna Berg."
    assert _who(house)[0][0] == "Anna Berg"
    council = "„Gut so“, sagte Lea Olm, Referentin Jugendpolitik Kreisjugendring München-Land."
    assert _who(council)[0][2] == "Kreisjugendring München-Land"
    # a verb of saying before ", dass"; a party after a group's article
    said = "Tom Kahl, Vorsitzender des Landesjugendringes betonte, dass sie Geld braucht: „Das ist so.“"
    assert _who(said)[0][1] == "Vorsitzender des Landesjugendringes"
    # an office one bears is no text read out
    duty = "Als Leiterin trägt Dr. Anna Berg die Verantwortung für das Amt: „Mir ist Transparenz wichtig.“"
    assert _who(duty)[0][0] == "Dr. Anna Berg"
    # a publication label before the age stamp keeps the date
    stamp = "Veröffentlicht: 12.03.2024 10:15 Alter: 5 Tage"
    assert _dump(f"Neue Kita\n\n{_P1}\n\n{_P2}\n\n{stamp}").date == "2024-03-12"


def test_fourth_round_of_the_thirty_fourth_stop() -> None:
    # four lines of one or two words over the headline are a menu
    menu = "Das Ministerium\n\nUnsere Themen\n\nLandesbeauftragte\n\nService"
    assert _dump(f"{menu}\n\n15.08.2018\n\nNeue Kita eröffnet\n\n{_P1}").title == "Neue Kita eröffnet"
    # a dated label without a space before the day; a feed's icon label
    rec = _dump(f"Pressemitteilung vom30. Januar 2017 Schmidt: „Versorgung auf gutem Weg“\n\n{_P1}")
    assert (rec.title, rec.date) == ("Schmidt: „Versorgung auf gutem Weg“", "2017-01-30")
    feed = "Pressemitteilungen & Pressebilder RSS Icon"
    assert _dump(f"{feed}\n\nNeue Kita eröffnet\n\n{_P1}").title == "Neue Kita eröffnet"
    # review guards: a headline about an RSS icon stays; a letterhead's short lines are no menu
    icon = "Stadt erklärt ihr neues RSS-Icon"
    assert _dump(f"{icon}\n\n12.03.2024\n\n{_P1}").title == icon
    letterhead = "Stadt Neustadt\n\nFachbereich Jugend\n\nPressemitteilung\n\nFerienpass erschienen"
    assert _dump(f"{letterhead}\n\nNeustadt, 12.03.2024\n\n{_P1}").publisher == "Stadt Neustadt"


def test_fifth_round_of_the_thirty_fourth_stop() -> None:
    # a second person's office before "und" is not the next one's
    pair = (
        "Es unterzeichneten Kora Stein, Bezirksstadträtin für Stadtentwicklung und Irina Hertz, Prokuristin "
        "der GESOBAU AG, eine Vereinbarung. „Die Entwicklung liegt uns am Herzen“, sagte Irina Hertz."
    )
    assert _who(pair)[0][1:3] == ("Prokuristin der GESOBAU AG", "GESOBAU AG")
    # a contact box's labels are no name; the office before the speaker's own name in a contact box's lines
    box = (
        "„Dieser Angriff macht mich wütend“, sagte die Bürgermeisterin. Telefon Bürgermeisterin Monika "
        "Herrmann Ansprechpartnerin Sara Lührs Pressesprecherin"
    )
    assert all(x[0] != "Telefon" for x in _who(box))
    # a logo's text glued three times, a reading time and a word count over the headline
    for chrome in ("MV tut gutMV tut gutMV tut gut", "2 min", "361 Wörter"):
        rec = _dump(f"{chrome}\n\nNeue Spitze beim Tourismusverband\n\n21.11.2014\n\n{_P1}")
        assert (rec.kicker, rec.title) == (None, "Neue Spitze beim Tourismusverband")
    # review guards: a film's length, a rhetorical headline and a contact person's office stay
    for headline in ("90 Minuten", "Lesen! Lesen! Lesen!"):
        assert _dump(f"{headline}\n\n12.03.2024\n\n{_P1}").title == headline
    contact = "„Bei Fragen helfen wir gern“, sagte Ansprechpartnerin Sara Kühn vom Jugendamt."
    assert _who(contact)[0][1] == "Ansprechpartnerin"


def test_first_round_of_the_thirty_fifth_stop_on_speakers() -> None:
    # a rank or title after the office is no part of it, unless their genders differ (two people)
    ranked = "„Wir sind bereit“, sagte Kammerpräsident Ökonomierat Kurt Weiler."
    assert _who(ranked)[0][1] == "Kammerpräsident"
    assert _who("„Wir sind bereit“, sagte DLT-Präsident Landrat Olaf Brink.")[0][1] == "DLT-Präsident"
    # an office opening the sentence with "Als", its holder after the verb, then the quote
    opened = (
        "Als Bürgermeisterin der Gemeinde Petersberg und damit Hausherrin gratulierte Clara Brenner den "
        "Meistern. „Ihr seid das Rückgrat unseres Mittelstands.“"
    )
    office = "Bürgermeisterin der Gemeinde Petersberg"
    assert _who(opened) == [("Clara Brenner", office, "Gemeinde Petersberg", 1)]
    # a surname after an adverbial opening, named in full before; a particle in the teller's name
    antritt = (
        "Die Delegierten wählten Ernst Wallner. In seiner Antrittsrede betonte Wallner, er werde allen "
        "zuhören. „Gemeinsam werden wir dafür sorgen, dass die Kammer stark bleibt.“"
    )
    assert _who(antritt) == [("Ernst Wallner", None, None, 1)]
    told = (
        "Die Kammer sei eine Partnerin des Landes, ergänzte Kammerdirektor Dr. Bernd von Gablenz. „Wir "
        "nehmen hoheitliche Aufgaben wahr.“"
    )
    assert _who(told) == [("Dr. Bernd von Gablenz", "Kammerdirektor", None, 1)]
    # "Auch er verwies auf …" before the quote points back to the person named before
    pointed = (
        "Jörg Wendland, Vorstandsmitglied der Sparkasse Nordheim, gratulierte den Besten. Auch er verwies "
        "auf die Ausbildung. „Unsere Betriebe brauchen Nachwuchs.“"
    )
    assert _who(pointed)[0][0] == "Jörg Wendland"
    # a role-only subject before a quote cut off with the page
    cut = (
        "Die Delegierten haben Carla Brinkmann zur neuen Präsidentin gewählt. Die neue Präsidentin dankt "
        "allen. „Ich freue mich auf die Aufgabe. Gemeinsam mit dem Vorstand werden wir die Interessen der"
    )
    assert _who(cut) == [("Carla Brinkmann", "Präsidentin", None, 1)]
    # an ordinal before the office; a neuter office after "das"
    assert _who("„Wir sind froh“, sagte der erste Vizepräsident Harald Brück.")[0][0] == "Harald Brück"
    board = "„Das geht so nicht“, erklärte das Geschäftsführende Mitglied des Präsidiums, Hugo Maier."
    assert _who(board)[0][1] == "Geschäftsführendes Mitglied des Präsidiums"
    # a known surname before the verb's object is the speaker, not a name "Koch Teile"
    objected = (
        "„Wir sind da“, sagte Bürgermeister Martin Koch. „Wir wenden uns gegen Kürzungen“ kritisierte Koch "
        "Teile der Debatte."
    )
    assert _who(objected) == [("Martin Koch", "Bürgermeister", None, 2)]


def test_first_round_of_the_thirty_fifth_stop_on_offices_and_bodies() -> None:
    # the new office the headline gives stands over the old one before the name
    rec = extract_bytes(
        "# Bürgermeister Ralf Spindler neuer Präsident des Städte- und Gemeindebundes\n\n12.03.2024\n\n"
        "Anlässlich seiner Wahl sagte Ralf Spindler: „Ich freue mich über das Vertrauen.“\n".encode(),
        "file:///tmp/x.txt",
    )
    assert rec.speakers[0].role == "Präsident des Städte- und Gemeindebundes"
    # an office an active sentence elects the person to with "als"
    chosen = (
        "Der Gemeindetag hat den Bürgermeister Martin Kolb als Landesvorsitzenden wiedergewählt. „Wir "
        "bleiben stark“, sagte Martin Kolb."
    )
    assert _who(chosen)[0][1] == "Landesvorsitzender"
    # a page's masthead line "Leitung: X" gives way to the office the text states
    masthead = "Leitung: Berta Hendel\n\nUmweltministerin Berta Hendel eröffnete. Ministerin Hendel: „Gut.“"
    assert _who(masthead)[0][1] == "Umweltministerin"
    # a two-letter abbreviation is written out only by a name with "für"; a hyphenated Land's adjective
    ba = "„Jede Lehrstelle zählt“, sagte BA-Vorstand Rudi Beck. Die Bundesagentur für Arbeit berät."
    assert _who(ba)[0][2] == "Bundesagentur für Arbeit"
    shgt = "„Wir sind da“, sagte Max Kolb, Landesvorsitzender des Schleswig-Holsteinischen Gemeindetages."
    assert _who(shgt)[0][2] == "Schleswig-Holsteinischer Gemeindetag"
    # a member of a body's board by its abbreviation: the body, written out
    nlt = (
        "Die Versammlung des Niedersächsischen Landkreistages (NLT) tagt. „Wir tagen digital“, erklärte das "
        "Mitglied des NLT-Präsidiums, Hugo Maier."
    )
    assert _who(nlt)[0][2] == "Niedersächsischer Landkreistag"


def test_first_round_of_the_thirty_fifth_stop_on_headlines() -> None:
    # a short headline without a verb whose noun ends in "-schaft" is no body's name
    field = "Landwirtschaft im Dauerkrisenmodus"
    assert _dump(f"{field}\n\n{_P1}\n\n{_P2}").title == field
    # an embargo line is no headline
    rec = _dump(f"Sperrfrist: 16.30 Uhr\n\n„Die Gemeinden tragen das Land“, sagte Max Kolb.\n\n{_P1}")
    assert rec.title is None
    # a contact box's name over its numbers above the headline is no headline
    box = "Kontakt\n\nPetra Fanger\n\nTel.: 0511 39099-58\nFax: 0511 39099-36\n\nKontaktformular\n\n • Presse"
    assert _dump(f"{box}\n\nNeue Präsidentin gewählt\n\nHannover, 26.06.2019 – {_P1}").title == (
        "Neue Präsidentin gewählt"
    )
    # a date line, the headline and wrapped text without a blank line between
    wrapped = (
        "(23.06.2010)\nKammertag im Dienste der Allgemeinheit\n"
        "Ganz im Zeichen des Barock hat die Kammer am 12. Juni gestanden. Der diesjährige\n"
        "Kammertag hatte nämlich ein Motto aus dem siebzehnten Jahrhundert, als der Kurfürst\n"
        "den besten Ärzten seiner Zeit die Aufsicht übertrug. Ein Prinzip, das sich bis heute\n"
        "bewährt hat: In den Kammern übernehmen Ärztinnen und Ärzte die Aufsicht über das\n"
        "Gesundheitswesen, mit dem Ziel einer guten Versorgung für die ganze Bevölkerung.\n"
    )
    rec = _dump(wrapped)
    assert (rec.title, rec.date) == ("Kammertag im Dienste der Allgemeinheit", "2010-06-23")


def test_second_round_of_the_thirty_fifth_stop() -> None:
    # a programme's entry after a time and a colon, a quoted name before "heißt", are nobody's words
    programme = (
        "„Wir laden alle ein“, sagte Bezirksstadtrat Harald Moosbach. Dienstag, 18.07.2023, 10 bis 14 Uhr: "
        "„Das germanische Gehöft – Feuer, Flachs und Flechtwerk“, für Kinder von 7 bis 13 Jahren."
    )
    assert _who(programme) == [("Harald Moosbach", "Bezirksstadtrat", None, 1)]
    named = "„Wir sind gut aufgestellt“, sagte Uwe Hesse. „Wir bleiben hier!“ heißt ein Projekt für Azubis."
    assert _who(named) == [("Uwe Hesse", None, None, 1)]
    # "merkte X an"; two people glad together on a day
    assert _who("„Wir laden Kinder ein“, merkte Werkleiter Werner Schuster an.")[0][:2] == (
        "Werner Schuster", "Werkleiter"
    )
    glad = (
        "„Der Betrieb hat investiert“, freuten sich Landrat Jan Arndt und Dezernent Olaf Patz bei der "
        "Einweihung am 4. April 2014."
    )
    assert [x[0] for x in _who(glad)] == ["Jan Arndt", "Olaf Patz"]
    # a compound senator's title shortens the office stated with "für"
    senator = (
        "Den Entwurf hatte Christian Gabel, Senator für Stadtentwicklung, Bauen und Wohnen, vorgelegt. "
        "Stadtentwicklungssenator Christian Gabel sagte dazu: „Das ist eine gute Nachricht.“"
    )
    assert _who(senator)[0][1] == "Senator für Stadtentwicklung, Bauen und Wohnen"
    # a press office's line, a sidebar's name and office, a phone number, a photo credit over the headline
    for top in (
        "Pressemitteilung Referat für Kommunikation und Marketing",
        "Prof. Dr. Karla von der Heide\n\nMinisterin für Justiz und Gesundheit",
        "(04122) 5 10 25",
        "Tim Kappel/Universität Bamberg",
        "Hauptinhaltsbereich",
    ):
        assert _dump(f"{top}\n\nHochschule verabschiedet 360 Absolventen\n\n{_P1}").title == (
            "Hochschule verabschiedet 360 Absolventen"
        ), top
    # an all-caps joint place; a digit after the place's full stop
    assert _dump(f"Neuer Name\n\nNÜRTINGEN/STUTTGART. (hfwu) {_P1}").place == "Nürtingen/Stuttgart"
    assert _dump(f"Absolventen verabschiedet\n\nAlbstadt/Sigmaringen. 360 Absolventen {_P1}").place == (
        "Albstadt/Sigmaringen"
    )


def test_review_guards_of_the_thirty_fifth_stop() -> None:
    # a headline or a body over phone numbers stays without a contact label above it
    numbers = "Telefon: 05121 301-0\nFax: 05121 301-100"
    assert _dump(f"Neue Rufnummern\n\n{numbers}\n\n12.03.2024\n\n{_P1}").title == "Neue Rufnummern"
    assert _dump(f"Ostfriesische Landschaft\n\nPreis ausgeschrieben\n\n12.03.2024\n\n{_P1}").publisher == (
        "Ostfriesische Landschaft"
    )
    assert _dump(f"Sperrfrist für Gülle beginnt am 1. Oktober\n\n12.03.2024\n\n{_P1}").title == (
        "Sperrfrist für Gülle beginnt am 1. Oktober"
    )
    # an ordinal without an office, a woman's office before a man's, an event's part before an office
    assert _who("Der Dritte im Bunde, Tom Kahl, zählt. „Wir sind ein Team“, sagte Tom Kahl.")[0][1] is None
    assert _who("„Wir helfen“, sagte Vorsitzende des Caritasrates Pfarrerin Anna Bergt.")[0][1] == (
        "Vorsitzende des Caritasrates"
    )
    initiator = "„Wir beleben das Dorf“, sagte Initiator Ortsbürgermeister Tom Kahl."
    assert _who(initiator)[0][1] == "Ortsbürgermeister"
    # a body as the pronoun's subject; a guest; "Als" with a modal verb; a given name before an object
    city = "Bürgermeisterin Anna Bergt ordnete die Sperrung an. Die Stadt bittet um Geduld. Sie verweist "
    assert _who(city + "auf die Umleitung. „Die Arbeiten dauern bis Mai.“") == []
    assert _who("Unter den Gästen war auch Landrat Tom Kahl. „Wir haben mit 200 Gästen gerechnet.“") == []
    assert _who("Als Referentin konnte Tom Kahl die Ärztin Anna Bergt gewinnen. „Jeder kann helfen.“") == []
    werner = "„Der Haushalt ist gut“, sagte Landrätin Anna Werner. „Die Radwege kommen“, sagte Werner Kahl "
    assert len(_who(werner + "den Besuchern.")) == 2
    # an office held before; two capitals that are a word of their own
    former = "Bürgermeister Tom Kahl, der 1998 als Stadtrat gewählt wurde, eröffnete. „Gut so“, sagte Kahl."
    assert _who(former)[0][1] == "Bürgermeister"
    it = "„Es läuft“, sagte Tom Kahl, Leiter der IT. Auch das Institut für Tierernährung nutzt das Netz."
    assert _who(it)[0][2] == "IT"
    # a date line over wrapped text that has no headline
    lines = (
        "12.03.2024\nDie Stadtverwaltung hat am Montag die neue Kindertagesstätte im Ortsteil\n"
        "Nord offiziell in Betrieb genommen, nachdem die Bauarbeiten fast zwei Jahre\n"
        "gedauert hatten und rund vier Millionen Euro kosteten. In der Einrichtung\n"
        "werden künftig bis zu 120 Kinder im Alter von einem bis sechs Jahren\n"
        "betreut, die Anmeldung läuft bereits seit dem Frühjahr über das Portal.\n"
    )
    assert _dump(lines).title is None


def test_review_guards_of_the_second_round_of_the_thirty_fifth_stop() -> None:
    # headlines shaped like a credit, a name over an office's headline, a field's "Bereich für"
    for headline, top in (
        ("Bauarbeiten Hauptstraße / Stadt bittet um Geduld", None),
        ("Landrat besucht die Feuerwache", "Klinikum Neustadt"),
        ("Bereich für Hunde und Katzen", None),
    ):
        text = f"{top}\n\n{headline}" if top else headline
        assert _dump(f"{text}\n\n12.03.2024\n\n{_P1}").title == headline
    # a noun that is also a place, before a number, is no dateline
    assert _dump(f"Neue Flächen\n\nWald. 40 Hektar werden aufgeforstet. {_P1}").place is None
    # a time before a colon without a date: the same speaker's words
    bilanz = "„Wir sind zufrieden“, sagte Marktleiterin Anna Bergt. Ihre Bilanz um 18 Uhr: „Es war gut.“"
    assert _who(bilanz) == [("Anna Bergt", "Marktleiterin", None, 2)]


def test_third_round_of_the_thirty_fifth_stop() -> None:
    # a past-tense verb after an apposition's comma ends it; the pronoun points back to the person
    heintz = (
        "Bernd Heintz, Vorsitzender des NABU Sachsen, begrüßte Teilnehmer und Gäste. Er betonte, dass man "
        "nach vorne sehen muss: „Es gibt viel zu tun.“"
    )
    assert _who(heintz) == [("Bernd Heintz", "Vorsitzender des NABU Sachsen", "NABU Sachsen", 1)]
    # the sentence's sole subject and a verb of saying before the colon; "Für X, office, stellen …:"
    thanks = (
        "Als Vertreter des Vorstands war Dr. Hermann Fischler, Mitglied des NABU-Präsidiums, nach Leipzig "
        "gekommen und bedankte sich bei den Naturschützern: „Der NABU ist der Anwalt der Natur.“"
    )
    assert _who(thanks)[0][0] == "Dr. Hermann Fischler"
    appeal = (
        "Für Johannes Tichner, Vorsitzender der Geschäftsführung der BG ETEM, stellen die Zahlen einen Ruf "
        'dar: "Für uns gibt es kein Restrisiko."'
    )
    assert _who(appeal)[0][:2] == ("Johannes Tichner", "Vorsitzender der Geschäftsführung der BG ETEM")
    # an inverted subject after a lowercase adjective; a member's mandate in brackets is no body
    referenz = (
        "„Demokratie fällt nicht vom Himmel“, sagte Sigrid Beerbaum (MDL). Für den Kreis erwies der "
        "stellvertretende Landrat Wolfgang Weigand dem Verband seine Referenz. „Wir haben in Ihnen Partner.“"
    )
    assert _who(referenz) == [
        ("Sigrid Beerbaum", None, None, 1),
        ("Wolfgang Weigand", "stellvertretende Landrat", None, 1),
    ]
    # an abbreviation in two parts is written out as the text names it
    bg = (
        "Der Bericht der Berufsgenossenschaft Energie Textil Elektro Medienerzeugnisse (BG ETEM) liegt vor. "
        "„Wir gehen neue Wege“, sagte Jens Tichner, Vorsitzender der Geschäftsführung der BG ETEM."
    )
    assert _who(bg)[0][2] == "Berufsgenossenschaft Energie Textil Elektro Medienerzeugnisse"
    # a first-person line after a short "Office Name:" over the text
    line = "Bildungsministerin Dr. Stefanie Hubert: „Wir könnten uns keinen besseren Partner vorstellen“"
    assert _who(f"Es war eine Premiere. {line} Es war ein Festakt.")[0][0] == "Dr. Stefanie Hubert"


def test_third_round_of_the_thirty_fifth_stop_on_headlines() -> None:
    # a clock's label, a skip link, a section's list item over the headline; an image description under it
    for top in ("Uhr", "Direkt zum Inhalt der Seite springen", " · Pressemitteilung"):
        assert _dump(f"{top}\n\nSchulweg ist versichert\n\n{_P1}").title == "Schulweg ist versichert", top
    rec = _dump(f"Schulweg ist versichert\n\nDas Bild zeigt die Aktion Brems Dich\n\n{_P1}")
    assert (rec.title, rec.subtitle) == ("Schulweg ist versichert", None)
    # a numbered headline opening a dump, its subtitle right under it
    honey = _dump(f"10. Bayerisches Honigfest in Hauzenberg gefeiert\nDer Pokal ging nach Passau.\n{_P1}\n")
    assert honey.title == "10. Bayerisches Honigfest in Hauzenberg gefeiert"


def test_review_guards_of_the_third_round_of_the_thirty_fifth_stop() -> None:
    # adjectives ending in -te in an office's list of fields stay; a verb after the comma ends it
    nursing = "„Wir pflegen gut“, sagte Anna Bergt, Vorständin der Diakonie für ambulante Pflege und Hospiz."
    assert _who(nursing)[0][1] == "Vorständin der Diakonie für ambulante Pflege und Hospiz"
    # a sender unit over the headline with "für"; "Bereich für" stays a headline
    assert _dump(f"Fachbereich für Jugend und Familie\n\nFerienpass erschienen\n\n{_P1}").title == (
        "Ferienpass erschienen"
    )
    # a body sentence "Das Bild zeigt, wie …" stays in the body
    shown = _dump(f"Neue Ausstellung\n\n{_P1}\n\nDas Bild zeigt, wie die Stadt um 1900 aussah.")
    assert "Das Bild zeigt, wie" in shown.body
    # a talk's title after "Vortrag von X:" is nobody's words; a time alone before a colon is a programme's
    assert _who("Es folgt der Vortrag von Prof. Tom Kahl: „Wir sind, was wir essen“ im Saal.") == []
    programme = "„Wir freuen uns“, sagte Anna Bergt. Das Programm: 14.30 Uhr: „Geschichten aus dem Koffer“."
    assert _who(programme) == [("Anna Bergt", None, None, 1)]
    # a numbered headline over its dateline keeps the date and the place
    rec = _dump(f"25. Stadtlauf am Sonntag\nNeustadt, 12.03.2024\n{_P1}\n")
    assert (rec.date, rec.place) == ("2024-03-12", "Neustadt")


def test_fourth_round_of_the_thirty_fifth_stop() -> None:
    # a release's kind in brackets run into the text; an address's postcode and town before the speaker
    statement = (
        "(Pressemitteilung)Saarbrückens Oberbürgermeister Uwe Conrath nimmt zu den Vorkommnissen wie folgt "
        "Stellung: „Die Angriffe verurteile ich auf das Schärfste.“"
    )
    assert _who(statement)[0][:3] == ("Uwe Conrath", "Saarbrückens Oberbürgermeister", "Saarbrücken")
    address = (
        "Der Festakt beginnt um 15.00 Uhr, Zitadelle, Am Juliusturm 64, 13599 Berlin Bezirksbürgermeister "
        "Helmut Kleeberg erklärt: „60 Jahre Städtepartnerschaft stehen für Frieden.“"
    )
    assert _who(address)[0][:2] == ("Helmut Kleeberg", "Bezirksbürgermeister")
    # an office and a surname after an adverbial opening, the surname named in full before
    boos = (
        "Die Feier leitete Michael Booz. In seiner Dankesrede würdigte Bürgermeister Booz den besonderen "
        "Einsatz der Ortsbürgermeister. „Ihr habt über viele Jahre eure Gemeinden geführt.“"
    )
    assert _who(boos) == [("Michael Booz", "Bürgermeister", None, 1)]
    # a breadcrumb's label over the headline
    assert _dump(f"Wo bin ich?\n\nSprungmarken\n\nWeihnachtsgruß des Oberbürgermeisters\n\n{_P1}").title == (
        "Weihnachtsgruß des Oberbürgermeisters"
    )


def test_review_guards_of_the_fourth_round_of_the_thirty_fifth_stop() -> None:
    # an amount of five digits is no postcode; a time in the narrative is no programme's entry
    prize = "„Wir freuen uns“, sagte der Vorsitzende Tom Kahl über die 25000 Euro Preisgeld des Vereins."
    assert _who(prize)[0][0] == "Tom Kahl"
    report = "„Es brennt“, sagte Bürgermeister Tom Kahl. Gegen 14.30 Uhr: „Das Feuer ist aus“, sagte er."
    assert _who(report) == [("Tom Kahl", "Bürgermeister", None, 2)]
    # a verb after an apposition's comma outside the list; a first-person line after "Name, office:"
    shown = "Tom Kahl, Vorsitzender des Vereins, zeigte Gästen und Mitgliedern die Bilder. „Wir sind stolz.“"
    assert _who(shown)[0][1] == "Vorsitzender des Vereins"
    tafel = "Es war ein Festtag. Anna Bergt, Leiterin der Tafel: „Wir helfen jede Woche vielen Familien“ Gut."
    assert _who(tafel)[0][:2] == ("Anna Bergt", "Leiterin der Tafel")
    # a body's name that repeats its initial after "der": the whole name
    vvn = "Der Verband der Verkehrsunternehmen Niedersachsen (VVN) tagt. „Gut so“, sagte Tom Kahl vom VVN."
    assert _who(vvn)[0][2] == "Verband der Verkehrsunternehmen Niedersachsen"


def test_first_round_of_the_thirty_sixth_stop_on_speakers() -> None:
    # an office stated with an ordinal and ``seit`` names its holder for ``so der neue …``
    ordinal = (
        "Der 48-jährige Karl Muster ist der fünfte Bezirkstagspräsident seit Bestehen des Bezirks Nord. "
        "„Wir werden die Pflege stärken“, so der neue Bezirkstagspräsident."
    )
    assert _who(ordinal) == [("Karl Muster", "Bezirkstagspräsident", None, 1)]
    # ... also where only the headline states it
    headline = "Landrat Karl Muster ist neuer Bezirkstagspräsident"
    text = (
        "Karl Muster, seit 2013 Mitglied des Bezirkstags, sprach. Auch Landrätin Eva Brandt gratulierte. "
        "„Wir stärken die Pflege“, so der neue Bezirkstagspräsident."
    )
    assert [s[0] for s in _who(text, headline)] == ["Karl Muster"]
    # ``unter Leitung von`` before the office; adverbs after a surname before the colon
    led = (
        "Unter Leitung von Ministerpräsident Jens Kormann hat sich die Landesregierung konstituiert. "
        "„Wir sind bereit“, sagte Kormann."
    )
    assert _who(led) == [("Jens Kormann", "Ministerpräsident", None, 1)]
    for adverb in ("unter anderem", "nachdrücklich"):
        said = (
            "Kommandant Armin Daubach beförderte zwei Kameraden. "
            f"Dann sagte Daubach {adverb}: „Was wir geschafft haben, ist eine Teamleistung.“"
        )
        assert _who(said) == [("Armin Daubach", "Kommandant", None, 1)]
    # a straight opening mark closed German-style; two commas opening a quote
    mixed = (
        '"Die Sparkassen stemmen sich gegen den Trend“, sagte Franz Kessler. '
        '"Mittelständische Kunden haben einen Partner", so Franz Kessler weiter.'
    )
    assert _who(mixed) == [("Franz Kessler", None, None, 2)]
    commas = "Die Lage sei gut, so Franz Kessler. ,,Das Land kann dem Abschwung nicht entgehen“, so Kessler."
    assert _who(commas) == [("Franz Kessler", None, None, 1)]
    # a sentence glued to the apposition; an occasion with an adjective and a compound noun
    glued = (
        "„Die Sparkassen helfen“, sagte Franz Kessler, Präsident des Sparkassenverbandes Nord.Die Sparkassen "
        "haben viel getan."
    )
    assert _who(glued)[0][1:3] == ("Präsident des Sparkassenverbandes Nord", "Sparkassenverband Nord")
    occasion = (
        "„Die Krise trifft uns“, sagte Franz Kessler, Präsident des Sparkassenverbandes Nord bei der "
        "traditionellen Verbundpressekonferenz der Sparkassen."
    )
    assert _who(occasion)[0][1] == "Präsident des Sparkassenverbandes Nord"
    # a colleague named by someone's genitive is no person
    colleague = (
        "„Die Jugend bleibt gern hier“, sagte Amtsleiter Rainer Schönfeld. Auch Schönfelds Kollege aus "
        "Marzahn-Hellersdorf, Bezirksstadtrat Jonas Mertin hat das Projekt unterstützt: „Viele Firmen sind "
        "hier verankert.“"
    )
    assert [s[0] for s in _who(colleague)] == ["Rainer Schönfeld", "Jonas Mertin"]


def test_first_round_of_the_thirty_sixth_stop_on_organisations() -> None:
    # ``des Bezirksamtes`` alone: the one district the text names
    office = (
        "Der Plan des Bezirksamtes Lichtenberg in Berlin ist beschlossen und von Anna Richter, "
        "Frauenvertreterin des Bezirksamtes, unterzeichnet worden. Anna Richter sagt: „Ich freue mich.“"
    )
    assert _who(office)[0][2] == "Bezirksamt Lichtenberg"
    # ``der Hauptstadt`` names no body; a second office after ``und`` is not the body's name
    capital = "Dazu erklärt der Justizsenator der Hauptstadt, Dr. Jan Berend: „Unser Ziel ist klar.“"
    assert _who(capital)[0][2] != "Hauptstadt"
    consul = (
        "„Wir fördern gern“, sagte Erik Forstner, Vorstandsvorsitzender der NRW.BANK und Honorarkonsul "
        "Frankreichs in Nordrhein-Westfalen."
    )
    assert _who(consul)[0][2] == "NRW.BANK"
    # a department named with its ``und`` is whole
    department = (
        "Der Senator für Kultur und Europa, Dr. Karl Lehrer: „Die Kultur braucht Planungssicherheit.“ "
        "Fragen beantworten die Senatsverwaltung für Kultur und Europa und Kulturprojekte Berlin dienstags."
    )
    assert _who(department)[0][2] == "Senatsverwaltung für Kultur und Europa"


def test_first_round_of_the_thirty_sixth_stop_on_headlines_and_datelines() -> None:
    # a CMS's dateline over the headline
    rec = _dump(f"Lahr,\n\nHochwasser: Mehr als 1.800 Kräfte gefordert - auch aus Lahr\n\n{_P1}\n")
    assert (rec.place, rec.title) == ("Lahr", "Hochwasser: Mehr als 1.800 Kräfte gefordert - auch aus Lahr")
    # the dateline after a lead and a quoted statement
    rec = _dump(
        f"100 Jahre Förderbank\n\n{_P1}\n\nAnna Weimer, Vorsitzende des Vorstands: „Wir fördern seit 100 "
        f"Jahren Wohnungen, Betriebe und Gemeinden im ganzen Land.“\n\nKarlsruhe, 27.03.2024. {_P2}\n"
    )
    assert (rec.date, rec.place) == ("2024-03-27", "Karlsruhe")
    # a dated field over another field; a source line with the body's abbreviation
    rec = _dump(f"Hauptversammlung der Abteilung Mitte\n- Datum: 05.03.2007\n- Abteilung: Mitte\n{_P1}\n")
    assert rec.date == "2007-03-05"
    rec = _dump(f"Empfang zur Versammlung\n\n{_P1}\n\nQuelle: LFV-Presseinformation vom 27. September 2013\n")
    assert rec.date == "2013-09-27"
    # a long headline with a short topic before its colon; a date's ordinal inside a headline
    topic = (
        "Doppelhaushalt 2013/14: Fortführung des Konsolidierungskurses bei klarer politischer "
        "Schwerpunktsetzung für Familie, Bildung und Sicherheit"
    )
    assert _dump(f"{topic}\n\n{_P1}\n").title == topic
    speech = (
        "Einbringungsrede zum Nachtragshaushalt 2004 von Finanzminister Karl Paquet (zu TOP 3 der Sitzung "
        "des Landtages vom 7. Mai 2004 - Entwurf eines Gesetzes zur Änderung des Haushaltsgesetzes 2004)"
    )
    assert _dump(f"Magdeburg, den 06.05.2004\n\n{speech}\n\n{_P1}\n").title == speech


def test_review_guards_of_the_first_round_of_the_thirty_sixth_stop() -> None:
    # after a lead and a statement only a dateline set off from its sentence
    statement = "„Wir freuen uns auf viele Gäste aus der ganzen Region und darüber hinaus“, sagte Lea Graf."
    lines = ("Offenburg, 15. Juni 2024, ab 14 Uhr: Marktplatz", "Heidelberg, 8. Mai 1945 – so steht es")
    for line in lines:
        assert _dump(f"Stadtfest\n\n{_P1}\n\n{statement}\n\n{line} {_P2}\n").date is None
    # ``seit`` after an article belongs to the attribute
    since = "Anna Berg ist Leiterin des seit 1990 bestehenden Frauenhauses. „Der Bedarf wächst“, sagte Berg."
    assert _who(since)[0][1] != "Leiterin des"
    # a headline's holder not for the outgoing or the deputy office holder
    outgoing = (
        "Der bisherige Vorsitzende verabschiedete sich. „Es war eine schöne Zeit“, sagte der scheidende "
        "Vorsitzende."
    )
    assert _who(outgoing, "Anna Berg ist neue Vorsitzende des Fördervereins") == []
    # an abbreviation's full stop is no sentence's end; a standing conference is no occasion
    church = "„Wir laden ein“, sagte Anna Berg, Pfarrerin der Evang.Kirchengemeinde Lahr."
    assert _who(church)[0][1] == "Pfarrerin der Evang.Kirchengemeinde Lahr"
    kmk = "„Die Länder einigen sich“, sagte Tom Kahl, Generalsekretär bei der Kultusministerkonferenz."
    assert _who(kmk)[0][1] == "Generalsekretär bei der Kultusministerkonferenz"
    # an event's fact box under the title; a caption's label before a colon; ``Konsul`` as a surname
    box = "Stadtfest auf dem Marktplatz\n\n- Datum: 15.06.2024\n- Ort: Marktplatz Lahr"
    assert _dump(f"{box}\n\n{_P1}\n").date is None
    caption = "Foto Stadt Lahr: Bürgermeisterin Anna Berg und Amtsleiter Tom Kahl bei der Übergabe der Räume"
    assert _dump(f"# Titel der Meldung\n\n12.03.2024\n\n{caption}\n\n{_P1}\n\n{_P2}\n").subtitle is None
    assert [s[0] for s in _who("„Wir bauen“, sagte Tom Konsul, Leiter des Bauamts.")] == ["Tom Konsul"]


def test_second_round_of_the_thirty_sixth_stop() -> None:
    # an office compounded with one of its stated fields, or naming its first field, takes the stated office
    health = (
        "Der Bezirksstadtrat für Jugend, Familie und Gesundheit, Christoph Kellner informiert: Im Bezirk "
        "beginnt ein Kurs. Gesundheitsstadtrat Christoph Kellner: „Es gibt viele Gründe.“"
    )
    assert _who(health)[0][1] == "Bezirksstadtrat für Jugend, Familie und Gesundheit"
    first = (
        "Die Einweihung nahm die Staatssekretärin für Bildung, Jugend und Familie, Beate Stoll, vor. Beate "
        "Stoll, Staatssekretärin für Bildung: „Das neue Gebäude ist gut.“"
    )
    assert _who(first)[0][1] == "Staatssekretärin für Bildung, Jugend und Familie"
    # a relative clause's verb, adverbs of time before the verb's object end the apposition
    chair = "„Wir arbeiten professionell“, erklärte Anna Heyer, die Vorsitzende des Verwaltungsrats ist."
    assert _who(chair)[0][1:3] == ("Vorsitzende des Verwaltungsrats", "Verwaltungsrat")
    minister = (
        "Prominenter Besuch: Barbara Otto, Ministerin für Ernährung, Landwirtschaft und Verbraucherschutz "
        "begrüßte heute Morgen die Aussteller. „Wir freuen uns“, sagte Otto."
    )
    assert _who(minister)[0][1] == "Ministerin für Ernährung, Landwirtschaft und Verbraucherschutz"
    outlined = "Henrik Wendel wurde gewählt. „Die Aufgaben sind groß.“, umreißt Wendel die Aufgaben."
    assert _who(outlined)[0][0] == "Henrik Wendel"
    # a district named before ``zuständige``; a party's genitive inside the office
    framed = (
        "Die für den Bezirk Lichtenberg zuständige Bezirksstadträtin für Gesundheit, Katrin Frank, erklärt: "
        "„Das ist neu.“"
    )
    assert _who(framed)[0][1:3] == ("zuständige Bezirksstadträtin für Gesundheit", "Bezirksamt Lichtenberg")
    party = "„Wir freuen uns“, so der zuständige Bezirksstadtrat der CDU für Wirtschaft, Christian Graf."
    assert _who(party)[0][1:3] == ("zuständige Bezirksstadtrat für Wirtschaft", None)
    # a known place in capitals before the text: the dateline, no part of the role
    rec = _dump(
        "Aigner zieht Bilanz\n\nMÜNCHEN  Bayerns Wirtschaftsminister Hubert Aigner lobt den Mittelstand. "
        "„Der Mittelstand ist gut durch die Krisen gekommen“, sagte Aigner.\n"
    )
    assert (rec.place, rec.speakers[0].role) == ("München", "Bayerns Wirtschaftsminister")
    # a press portal's dateline of several places; page chrome over the headline
    rec = _dump(f"Kriminalstatistik 2019\n\nMannheim/Heidelberg/Rhein-Neckar-Kreis (ots)\n\n{_P1}\n")
    assert rec.place == "Mannheim/Heidelberg/Rhein-Neckar-Kreis"
    chrome = "Presseinfos abonnieren\nFotoarchiv\n\nPresseinformation\n\n23. April 2010\n\nLandrat lädt ein"
    assert _dump(f"{chrome}\n\n{_P1}\n").title == "Landrat lädt ein"
    menu = "Landkreis & Verwaltung\nArbeit & Leben\nWirtschaft & Verkehr\nUmwelt & Landwirtschaft"
    assert _dump(f"{menu}\n\nLandkreis vergibt Preis\n\n{_P1}\n").title == "Landkreis vergibt Preis"
    assert _dump(f"Externer Inhalt von ##teaserTitle##\n\n{_P1}\n").title is None


def test_review_guards_of_the_second_round_of_the_thirty_sixth_stop() -> None:
    # a paragraph opening in capitals is no dateline
    meals = "ESSEN AUF RÄDERN Der Malteser Hilfsdienst bringt warme Mahlzeiten."
    assert _dump(f"Essen auf Rädern\n\n{meals} {_P1}\n").place is None
    # a party's own office keeps the party as its body
    party = "„Vereine brauchen Hilfe“, sagte Tom Kahl, Beauftragter der CDU für Vereine und Ehrenamt."
    assert _who(party)[0][1:3] == ("Beauftragter der CDU für Vereine und Ehrenamt", "CDU")
    # a district before ``zuständige`` only for a district's own office
    police = (
        "Der für den Bezirk Pankow zuständige Polizeidirektor der Polizeidirektion 1, Tom Kahl, sagte: "
        "„Wir sind präsent.“"
    )
    assert _who(police)[0][2] != "Bezirksamt Pankow"


def test_third_round_of_the_thirty_sixth_stop() -> None:
    # two compounds sharing an office after a genitive place; the bare office after them
    minister = (
        "Es geht um die Sommertour von Mecklenburg-Vorpommerns Landwirtschafts- und Umweltminister Dr. Till "
        "Backmann. „Wir wollen helfen“, sagte Minister Backmann."
    )
    assert _who(minister)[0][1] == "Mecklenburg-Vorpommerns Landwirtschafts- und Umweltminister"
    # a field compounded in its plural
    family = (
        "Der Bezirksstadtrat für Jugend, Familie und Gesundheit, Christoph Kellner, lädt ein. "
        "Familienstadtrat Christoph Kellner: „Es gibt viele Gründe.“"
    )
    assert _who(family)[0][1] == "Bezirksstadtrat für Jugend, Familie und Gesundheit"
    # a judgement's owner; no person from a body's name going on nor from an adjective's noun
    verdict = "Die Chirurgin Dr. Julia Seibert arbeitet hier. „Die Unfallzahlen sinken“, so Seiberts Urteil."
    assert [s[0] for s in _who(verdict)] == ["Dr. Julia Seibert"]
    body = (
        "„Ein Unfall verändert das Leben“, so die künftige Vizepräsidentin des Berufsverbandes Deutscher "
        "Chirurgen (BDC), der größten Vereinigung Europas."
    )
    assert _who(body) == []
    engaged = "Persönliches Engagement steht für die Ärztin im Vordergrund: „Ein Unfall verändert alles.“"
    assert all(s[0] != "Persönliches Engagement" for s in _who(engaged))
    # a member of the Bundestag, not of the party or the constituency
    mdb = "Die CDU-Bundestagsabgeordnete Mechthild Heimann freut sich: „Die Förderung hilft den Kommunen.“"
    assert _who(mdb)[0][2] == "Deutscher Bundestag"
    # a date line's publishers, a search box's label; a date line in capitals over the headline
    rec = _dump(
        "Volltext in Meldungen suchen\nPrint Zurück\n\n17.04.2024 - Emschergenossenschaft / Lippeverband\n\n"
        f"Verbände verlängern Kooperation\n\n{_P1}\n"
    )
    assert (rec.title, rec.date) == ("Verbände verlängern Kooperation", "2024-04-17")
    rec = _dump(f"MONTAG, 18. JUNI 2012\nVERTRETER VON BUND UND LAND ERÖFFNEN AUSSTELLUNG\n\n{_P1}\n")
    assert (rec.title, rec.date, rec.place) == (
        "VERTRETER VON BUND UND LAND ERÖFFNEN AUSSTELLUNG",
        "2012-06-18",
        None,
    )


def test_review_guards_of_the_third_round_of_the_thirty_sixth_stop() -> None:
    # a headline in capitals that opens with a date stays the headline
    timetable = "AB 18. MÄRZ 2024 GILT DER NEUE FAHRPLAN"
    assert _dump(f"{timetable}\n\n{_P1}\n").title == timetable
    # a library's headline on full-text search is no search box
    library = "Volltext in historischen Zeitungen suchen"
    assert _dump(f"{library}\n\n{_P1}\n").title == library
    # a member of the Bundestag keeps the body of an office named first
    chair = "„Wir helfen“, sagte Tom Kahl, Kreisvorsitzender der CDU Hildesheim und Bundestagsabgeordneter."
    assert _who(chair)[0][2] == "CDU Hildesheim"
    # a publisher's name in capitals under a date line is no headline
    rec = _dump(f"18. MÄRZ 2024\nSPARKASSE HILDESHEIM GOSLAR PEINE\n\n# Sparkasse zieht Bilanz\n\n{_P1}\n")
    assert (rec.kicker, rec.title, rec.date) == (None, "Sparkasse zieht Bilanz", "2024-03-18")


def test_fourth_round_of_the_thirty_sixth_stop() -> None:
    # a ministry's areas end with ``und``: no address after a comma
    ministry = (
        "„Schlösser sind unser Erbe“, stellte Finanzminister Kurt Falk fest. Die Broschüre gibt es beim "
        "Bayerischen Staatsministerium der Finanzen, Öffentlichkeitsarbeit, Postfach 22 00 03, 80535 München."
    )
    assert _who(ministry)[0][2] == "Bayerisches Staatsministerium der Finanzen"
    # page chrome over the headline
    for chrome in (
        "Weitere Informationen erhalten Sie unter Datenschutz.",
        "Was suchen Sie?",
        "Nachrichten und Infos aus der Gemeinde",
        "Amtseinführung_Blum Quelle: „©Moritz Lenz, Stadt Essen",
    ):
        assert _dump(f"{chrome}\n\nJahresbilanz 2015\n\n{_P1}\n").title == "Jahresbilanz 2015"
    # a court's genitive completes the bare office of the attribution
    court = (
        "Auf Einladung der Präsidentin des Landessozialgerichts Berlin-Brandenburg, Sabine Schumann, kamen "
        "alle zusammen. Die Präsidentin Sabine Schumann: „Ich freue mich sehr.“"
    )
    court_name = "Landessozialgericht Berlin-Brandenburg"
    assert _who(court)[0][1:3] == ("Präsidentin des Landessozialgerichts Berlin-Brandenburg", court_name)
    # a field list closed by ``und``, then the sentence going on without a comma
    senator = (
        "Deshalb will Katharina Günter, Senatorin für Bildung, Jugend und Familie möglichst früh junge "
        "Menschen auf einen Beruf vorbereiten. „Wir helfen“, sagte Günter."
    )
    assert _who(senator)[0][1] == "Senatorin für Bildung, Jugend und Familie"


def test_review_guards_of_the_fourth_round_of_the_thirty_sixth_stop() -> None:
    # a column's name over the date line stays the headline
    column = "Nachrichten aus der Gemeinde"
    assert _dump(f"{column}\n\n12.03.2024\n\n{_P1}\n").title == column
    # a compass word belongs to the body's name
    north = "„Wir sparen“, sagte Tom Kahl, Leiter des Verbands für Wasser und Abwasser nördlich von Celle."
    assert _who(north)[0][1].endswith("nördlich von Celle")
    # a ministry's list of areas closed by ``sowie``
    ministry = (
        "„Pflege muss bezahlbar bleiben“, sagte Sozialministerin Meike Sander. Das Ministerium für Soziales, "
        "Gesundheit, Integration sowie Verbraucherschutz hat das Programm aufgelegt."
    )
    assert _who(ministry)[0][2] == "Ministerium für Soziales, Gesundheit, Integration sowie Verbraucherschutz"


def test_fifth_round_of_the_thirty_sixth_stop() -> None:
    # an authority's short name in brackets is no dateline place
    assert _dump(f"Jahresbilanz 2020\n\n(GenStA NMB) Die Zahlen sind stabil. {_P1}\n").place is None
    # a stock photo's file name over the headline
    assert _dump(f"Fotolia 49132354 S 737x280\n\nCitymanager gesucht\n\n{_P1}").title == "Citymanager gesucht"
    # an event after ``zum`` ends the role
    symposium = "„Straßen sind Räume“, so Clara Hermes, Bezirksbürgermeisterin Mitte zum Symposium – Erbe."
    assert _who(symposium)[0][1] == "Bezirksbürgermeisterin Mitte"
    # an office word is no organisation
    spoken = "Auch die Sprecherin der Landesbeauftragten Christine Braun findet Worte: „Wir handeln jetzt.“"
    assert _who(spoken)[0][2] is None


def test_review_guards_of_the_fifth_round_of_the_thirty_sixth_stop() -> None:
    # a district with an inner capital stays a place, an authority's short name before a date keeps the date
    assert _dump(f"# Titel der Meldung\n\n(HafenCity) Die Bauarbeiten beginnen. {_P1}\n").place == "HafenCity"
    short = "GenStA NMB, 12.03.2024 – Die Zahlen sind stabil."
    assert _dump(f"# Titel der Meldung\n\n{short} {_P1}\n").date == "2024-03-12"
    # a headline naming a stock agency or a logo is no file name or alt text
    stock = "iStock-Fotos für 10000 Schulen: Land schließt Rahmenvertrag"
    assert _dump(f"{stock}\n\n{_P1}\n").title == stock
    logo = "Logo Wettbewerb entschieden."
    assert _dump(f"{logo}\n\n{_P1}\n").title == logo
    # a body whose name holds an office word; a committee named for an occasion
    council = "„Wir beraten“, sagte Tom Kahl, Vorsitzender des Sprecherrats."
    assert _who(council)[0][2] == "Sprecherrat"
    committee = "„Ein Fest“, sagte Anna Berg, Vorsitzende des Komitees zur Eröffnung der Landesgartenschau."
    assert _who(committee)[0][1] == "Vorsitzende des Komitees zur Eröffnung der Landesgartenschau"
