"""The body a member list belongs to (``member_lists[].body``); invented texts, real places."""

from __future__ import annotations

from pathlib import Path

from archive.record import Record
from ingest.extract import extract_bytes, extract_path

SEED = Path(__file__).resolve().parent.parent / "corpus" / "dikom-konstituierung-2020-05-20.txt"


def _bodies(text: str) -> list[tuple[str, str | None]]:
    rec: Record = extract_bytes(text.encode(), "file:///tmp/x.txt")
    return [(ml.label, ml.body) for ml in rec.member_lists]


def test_the_seeds_lists_belong_to_the_zweckverband_by_its_fullest_name() -> None:
    # the letterhead says ``Zweckverband Digitale Kommunen``, the text ``Zweckverband „digitale …“``
    rec = extract_path(SEED)
    assert {ml.body for ml in rec.member_lists} == {"Zweckverband „digitale Kommunen Brandenburg“"}


def test_a_body_named_where_the_list_is_introduced() -> None:
    text = (
        "Neue Schulbuslinie im Amt\n\n"
        "Das Amt Britz-Chorin-Oderberg mit seinen Gemeinden Britz, Chorin, Hohenfinow und Liepe sowie der "
        "Stadt Oderberg richtet zum Schuljahr eine neue Buslinie ein.\n"
    )
    assert [b for _, b in _bodies(text)] == ["Amt Britz-Chorin-Oderberg"]


def test_an_amt_named_like_one_of_its_gemeinden_is_their_body() -> None:
    text = (
        "Amtsverwaltung informiert\n\n"
        "Das Amt Eggebek besteht aus den Gemeinden Eggebek, Janneby, Jörl und Langstedt und verwaltet "
        "rund 8.000 Einwohner.\n"
    )
    assert [b for _, b in _bodies(text)] == ["Amt Eggebek"]


def test_the_kind_alone_points_to_the_body_named_before() -> None:
    text = (
        "Wasserverband wächst\n\n"
        "Die Verbandsversammlung des Wasser- und Abwasserzweckverbandes Nuthe-Dahme hat am Dienstag "
        "den Haushalt beschlossen.\n\n"
        "Dem Verband gehören folgende vier Mitglieder an:\n\n"
        "- Stadt Trebbin\n- Gemeinde Nuthetal\n- Gemeinde Blankenfelde-Mahlow\n- Amt Schenkenländchen\n"
    )
    assert [b for _, b in _bodies(text)] == ["Wasser- und Abwasserzweckverband Nuthe-Dahme"]


def test_an_amt_among_the_members_is_not_their_body() -> None:
    # the Amt Beetzsee is a member; the Zweckverband is named in the headline
    text = (
        "Zweckverband Digitale Verwaltung wächst\n\n"
        "Teltow – Zum 1. Januar 2022 nimmt der Zweckverband zwei neue Mitglieder auf. Mitglieder des "
        "Verbandes sind dann die Städte Teltow und Werder (Havel), die Gemeinden Kleinmachnow und "
        "Stahnsdorf sowie das Amt Beetzsee.\n"
    )
    assert [b for _, b in _bodies(text)] == ["Zweckverband Digitale Verwaltung"]


def test_a_member_of_an_earlier_list_is_not_the_body_of_a_later_one() -> None:
    text = (
        "Wasserverband Spree-Schlaube: Beschlüsse\n\n"
        "Die Verbandsversammlung des Wasserverbandes Spree-Schlaube hat den Wirtschaftsplan beschlossen.\n\n"
        "Derzeit hat der Verband drei Mitglieder:\n\n"
        "1. Stadt Eisenhüttenstadt\n2. Gemeinde Schlaubetal\n3. Wasser- und Bodenverband Mittlere Spree\n\n"
        "Zum 1. Januar 2025 treten dem Verband zwei weitere Mitglieder bei, die Gemeinde Siehdichum und "
        "das Amt Brieskow-Finkenheerd.\n"
    )
    assert {b for _, b in _bodies(text)} == {"Wasserverband Spree-Schlaube"}


def test_participants_belong_to_no_body_and_a_noun_after_the_kind_is_no_name() -> None:
    text = (
        "Gemeinsamer Bauhof erprobt\n\n"
        "Vier Kommunen erproben einen gemeinsamen Bauhof. Am Modellvorhaben beteiligt sind die Ämter "
        "Gramzow und Joachimsthal (Schorfheide), die Gemeinde Schorfheide sowie die Stadt Angermünde. "
        "Wie im Zweckverband Synergieeffekte genutzt werden, soll ein Gutachten klären.\n"
    )
    assert [b for _, b in _bodies(text)] == [None]


def test_a_body_named_by_its_abbreviation_and_without_its_bracketed_abbreviation() -> None:
    text = (
        "Verbandsgebiet\n\n"
        "Insgesamt fünf Verbandsmitglieder umfasst ZMS heute, nämlich die kreisfreien Städte Amberg, "
        "Regensburg und Weiden in der Oberpfalz sowie die Landkreise Cham und Schwandorf. Das Gebiet des ZMS "
        "reicht bis an die tschechische Grenze.\n"
    )
    assert [b for _, b in _bodies(text)] == ["ZMS"]
    founded = (
        "Breitband für den Bodensee\n\n"
        "Neben dem Landkreis gehören Bermatingen, Eriskirch und Markdorf zu den Gründungskommunen des "
        "Zweckverbands Breitband Bodenseekreis (ZBB).\n"
    )
    assert [b for _, b in _bodies(founded)] == ["Zweckverband Breitband Bodenseekreis"]
