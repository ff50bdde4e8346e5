"""Test data for the web tests: a temporary archive with the seed release and more.

Everything is built here from ``Record`` objects (no dependency on ../shared): the seed
release's speakers and member lists as hand-checked, synthetic releases over several
years, a second version of one release, and a hostile document full of script payloads.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from archive.index import SearchIndex
from archive.record import Member, MemberList, Mentions, PlaceMention, Record, Source, Speaker, make_record_id
from archive.store import Store

REPO = Path(__file__).resolve().parent.parent
SEED_FILE = REPO / "corpus" / "dikom-konstituierung-2020-05-20.txt"
SEED_URI = "file://corpus/dikom-konstituierung-2020-05-20.txt"
SEED_ID = make_record_id(SEED_URI)
HOSTILE_URI = "https://example.invalid/<script>alert(1)</script>.html"
HOSTILE_ID = make_record_id(HOSTILE_URI)
XSS = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
HOHEN_NEUENDORF = "12065144"
LEBUS_AMT = "120645406"

SEED_SPEAKERS = [
    [
        "Jens Graf",
        None,
        "Jens",
        "Graf",
        "Geschäftsführer des Städte- und Gemeindebundes Brandenburg",
        "Städte- und Gemeindebund Brandenburg",
        [
            "Der Zweckverband ist das kommunale Schlüsselprojekt bei der Digitalisierung der Verwaltungen "
            "der brandenburgischen Städte, Gemeinden und Ämter",
            "Der Verband wird die kommunale Selbstverwaltung spürbar flankieren.",
        ],
    ],
    [
        "Dr. Benjamin Grimm",
        "Dr.",
        "Benjamin",
        "Grimm",
        "Staatssekretär der Staatskanzlei des Landes Brandenburg und Beauftragter für Medien und "
        "Digitalisierung",
        "Staatskanzlei des Landes Brandenburg",
        [
            "Ich freue mich, dass sich dieser kommunale Zweckverband gegründet hat. Das ist der richtige "
            "Schritt zur richtigen Zeit. Die aktuelle Situation rund um Corona zeigt den großen Bedarf der "
            "Digitalisierung von Verwaltungsdienstleistungen. Zugleich macht sie auch das große Potenzial "
            "des digitalen Wandels gerade im Flächenland Brandenburg deutlich. Vor diesem Hintergrund "
            "unterstützt die Landesregierung die Ziele des neuen Zweckverbandes voll und ganz"
        ],
    ],
    [
        "Dr. Oliver Hermann",
        "Dr.",
        "Oliver",
        "Hermann",
        "Bürgermeister der Stadt Wittenberge und Präsident des Städte- und Gemeindebundes Brandenburg",
        "Stadt Wittenberge",
        [
            "Der Verband wird die Arbeit in den Stadt-, Gemeinde- und Amtsverwaltungen spürbar unterstützen",
            "Für einzelne Kommunen wird es schwieriger, Fachkräfte zu gewinnen.",
            "Vor diesem Hintergrund freue ich mich, dass bereits in der konstituierenden Sitzung neun "
            "weitere Mitglieder in den Verband aufgenommen werden können.",
        ],
    ],
    [
        "Klaus Kandt",
        None,
        "Klaus",
        "Kandt",
        "Staatssekretär im Ministerium des Innern und für Kommunales und IT-Beauftragter des Landes "
        "Brandenburg",
        "Ministerium des Innern und für Kommunales",
        [
            "Verwaltungsleistungen auf allen Ebenen bürgernah zu digitalisieren, ist ein umfangreiches "
            "Vorhaben, das nur in enger Zusammenarbeit von Land und Kommunen gelingen kann. Der neue "
            "Zweckverband ist dabei ein wichtiger Baustein, denn er wird die kommunalen Kompetenzen "
            "bündeln und als Schnittstelle zu den Digitalisierungsexperten auf Landesebene dienen. "
            "Kommunen waren und sind in Verwaltungsfragen der erste Anlaufpunkt für die Bürgerinnen und "
            "Bürger. Das soll so bleiben, aber was sich bisher analog bewährt hat, soll in Zukunft auch "
            "digital funktionieren. Dieser Aufgabe widmet sich der neue Zweckverband und hat dabei alle "
            "Unterstützung der Landesregierung verdient"
        ],
    ],
    [
        "Steffen Apelt",
        None,
        "Steffen",
        "Apelt",
        "Bürgermeister der Stadt Hohen Neuendorf",
        "Stadt Hohen Neuendorf",
        [
            "Der Zweckverband „digitale Kommunen Brandenburg“ ist ein wunderbares Beispiel dafür, wie eine "
            "konstruktive interkommunale Zusammenarbeit mit Unterstützung des Landes aussehen kann. Wir "
            "bündeln Know-How, teilen den Ressourcenaufwand und erarbeiten gemeinsam Konzepte für die "
            "zukunftsfähige IT-Landschaft der Kommunen. Ich bin stolz darauf, dass der Verband sich in "
            "Hohen Neuendorf konstituiert, denn ich sehe sowohl für die beteiligten Kommunen als auch für "
            "Bürgerinnen und Bürger große Potentiale in den Vorhaben des Verbandes"
        ],
    ],
    [
        "Oliver Bölke",
        None,
        "Oliver",
        "Bölke",
        "Werkleiter des KRZ Cottbus",
        "KRZ Cottbus",
        [
            "Schon heute betreibt das KRZ Cottbus als Dienstleister für den Zweckverband ein "
            "BSI-zertifizierungsfähiges Hochleistungsrechenzentrum und erfüllt somit alle Voraussetzungen "
            "für einen DSGVO-konformen Betrieb. Eine Überleitung des KRZ Cottbus in den Zweckverband ist "
            "zum 01.01.2021 geplant. Das zur Verfügung stehende Dienstleistungsportfolio orientiert sich "
            "an den Bedarfen des kommunalen Raumes und wird eng mit den E-Government-Angeboten des Landes "
            "Brandenburg verzahnt"
        ],
    ],
]

SEED_BODY = "Zweckverband „digitale Kommunen Brandenburg“"
SEED_MEMBER_LISTS = [
    (
        "Gründungsmitglieder",
        [
            ("Angermünde", "Stadt", "12073008"),
            ("Bad Belzig", "Stadt", "12069020"),
            ("Cottbus/Chósebuz", "Stadt", "12052000"),
            ("Eichwalde", "Gemeinde", "12061112"),
            ("Fehrbellin", "Gemeinde", "12068117"),
            ("Hohen Neuendorf", "Stadt", "12065144"),
            ("Kyritz", "Stadt", "12068264"),
            ("Lebus", "Amt", "120645406"),
            ("Neustadt (Dosse)", "Amt", "120685805"),
            ("Neuzelle", "Amt", "120675705"),
            ("Nuthetal", "Gemeinde", "12069454"),
            ("Oranienburg", "Stadt", "12065256"),
            ("Prenzlau", "Stadt", "12073452"),
            ("Rhinow", "Amt", "120635309"),
            ("Senftenberg/Zty Komorow", "Stadt", "12066304"),
            ("Schönwalde-Glien", "Gemeinde", "12063273"),
            ("Schwielowsee", "Gemeinde", "12069590"),
            ("Wittenberge", "Stadt", "12070424"),
            ("Wusterhausen/Dosse", "Gemeinde", "12068477"),
            ("Städte- und Gemeindebund Brandenburg", None, None),
        ],
    ),
    (
        "In der Sitzung aufgenommen",
        [
            ("Altlandsberg", "Stadt", "12064029"),
            ("Fürstenberg/Havel", "Stadt", "12065084"),
            ("Heideblick", "Gemeinde", "12061219"),
            ("Kleine Elster (Niederlausitz)", "Amt", "120625205"),
            ("Lindow (Mark)", "Amt", "120685804"),
            ("Märkische Heide", "Gemeinde", "12061329"),
            ("Niemegk", "Amt", "120695910"),
            ("Panketal", "Gemeinde", "12060181"),
            ("Rüdersdorf bei Berlin", "Gemeinde", "12064428"),
        ],
    ),
]


def _source(uri: str, raw: bytes, fmt: str = "text") -> Source:
    return Source(uri=uri, sha256=hashlib.sha256(raw).hexdigest(), format=fmt, bytes=len(raw))  # type: ignore[arg-type]


def _seed_body(text: str) -> str:
    """The clean body of the seed: paragraphs from the dateline on, without the cookie text."""
    start = text.index("(Hohen Neuendorf)")
    end = text.index("**Gründungsmitglieder")
    paras = []
    for chunk in text[start:end].split("\n\n"):
        chunk = chunk.strip()
        if not chunk:
            continue
        if chunk.startswith("- Beratung"):
            chunk = chunk.replace(
                chunk[chunk.index("aller technisch") : chunk.index("ändern.") + len("ändern.")],
                "von IT-Verfahren",
            )
        paras.append(chunk)
    return "\n\n".join(paras)


def seed_record() -> tuple[Record, bytes]:
    """The seed release as a record (values as in the hand-checked reference)."""
    raw = SEED_FILE.read_bytes()
    text = raw.decode("utf-8")
    speakers = [Speaker(n, h, g, s, r, o, list(q)) for n, h, g, s, r, o, q in SEED_SPEAKERS]
    lists = [
        MemberList(label, [Member(n, k, key) for n, k, key in members], SEED_BODY)  # type: ignore[arg-type]
        for label, members in SEED_MEMBER_LISTS
    ]
    record = Record(
        id=SEED_ID,
        source=_source(SEED_URI, raw),
        publisher="Zweckverband Digitale Kommunen",
        kicker="Zweckverband Digitale Kommunen",
        title="Schlüsselprojekt Brandenburger Kommunen gestartet: Verbandsversammlung des neuen "
        "Zweckverbandes „digitale Kommunen Brandenburg“ hat sich in Hohen Neuendorf konstituiert",
        subtitle="Zweckverband übernimmt Aufgaben eines kommunalen IT-Dienstleisters",
        categories=["Aktuelles", "Pressemitteilung"],
        date="2020-05-20",
        place="Hohen Neuendorf",
        body=_seed_body(text),
        speakers=speakers,
        member_lists=lists,
        mentioned_dates=["2018-04", "2020-04-08", "2020-04-09", "2021-01-01"],
        mentions=Mentions(
            persons=[s.name for s in speakers],
            places=[PlaceMention("Hohen Neuendorf", HOHEN_NEUENDORF)],
            organisations=["Städte- und Gemeindebund Brandenburg"],
        ),
    )
    return record, raw


def hostile_record() -> tuple[Record, bytes]:
    """A document whose every field carries script payloads."""
    raw = f"<html><body><h1>{XSS}</h1><p>Digitalisierung {XSS}</p></body></html>".encode()
    record = Record(
        id=HOSTILE_ID,
        source=_source(HOSTILE_URI, raw, "html"),
        publisher=f"Amt {XSS}",
        kicker=XSS,
        title=f"Digitalisierung Feindlich {XSS} ]]> &amp; \x0b",
        subtitle=f"</title>{XSS}",
        categories=[XSS],
        date="2021-03-04",
        place=f"Ort {XSS}",
        body=f"Digitalisierung im Amt. {XSS}\n\n- Punkt {XSS}\n\nEnde </textarea></script>",
        speakers=[Speaker(f"Eve {XSS}", role=f"Rolle {XSS}", quotes=[f"Zitat {XSS}"])],
        member_lists=[MemberList(f"Liste {XSS}", [Member(f"Gemeinde {XSS}", "Gemeinde", None)])],
    )
    return record, raw


def synthetic_records(n: int = 40) -> list[tuple[Record, bytes]]:
    """Releases over several years, publishers and places, some quoting the seed's speakers."""
    out = []
    publishers = [
        "Staatskanzlei Brandenburg",
        "Stadt Hohen Neuendorf",
        "Ministerium des Innern und für Kommunales",
    ]
    places = ["Potsdam", "Hohen Neuendorf", "Cottbus"]
    for i in range(n):
        year = 2016 + i % 8
        uri = f"https://example.invalid/pm/{i}.html"
        raw = f"pm {i}".encode()
        speakers = []
        if i % 5 == 0:
            office = "der Staatskanzlei des Landes Brandenburg"
            role = f"Chef {office}" if year >= 2021 else f"Staatssekretär {office}"
            speakers.append(
                Speaker(
                    "Dr. Benjamin Grimm",
                    "Dr.",
                    "Benjamin",
                    "Grimm",
                    role,
                    "Staatskanzlei des Landes Brandenburg",
                    [f"Digitalisierung ist Aufgabe Nummer {i}."],
                )
            )
        lists = []
        if i % 7 == 0:
            lists.append(
                MemberList(
                    "Teilnehmende Kommunen",
                    [Member("Hohen Neuendorf", "Stadt", HOHEN_NEUENDORF), Member("Lebus", "Amt", LEBUS_AMT)],
                )
            )
        record = Record(
            id=make_record_id(uri),
            source=_source(uri, raw, "html"),
            publisher=publishers[i % 3],
            title=f"Digitalisierung der Verwaltung Teil {i}: Bericht aus {places[i % 3]}",
            categories=["Pressemitteilung"],
            date=f"{year}-{1 + i % 12:02d}-{1 + i % 27:02d}",
            place=places[i % 3],
            body=f"Die Verwaltung in {places[i % 3]} treibt die Digitalisierung voran. "
            f"Bericht Nummer {i}.\n\n"
            f"Breitband und Schulen stehen im Mittelpunkt.",
            speakers=speakers,
            member_lists=lists,
        )
        out.append((record, raw))
    return out


def build_archive(data_dir: Path, synthetic: int = 40) -> dict[str, str]:
    """Fill ``data_dir`` with store and index; return useful ids and keys."""
    items = [seed_record(), hostile_record(), *synthetic_records(synthetic)]
    store = Store(data_dir)
    stored = [store.put(r, raw).record for r, raw in items]
    # a second version of the first synthetic release
    first, raw = items[2]
    changed = Record.from_dict({**first.to_dict(), "title": (first.title or "") + " (korrigiert)"})
    changed.source = _source(first.source.uri, raw + b" v2", "html")
    stored.append(store.put(changed, raw + b" v2").record)
    index = SearchIndex(data_dir / "index")
    latest = {r.id: r for r in stored}
    index.add(list(latest.values()))
    store.mark_indexed((r.id, r.version) for r in latest.values())
    index.close()
    store.close()
    return {"seed": SEED_ID, "hostile": HOSTILE_ID, "versioned": first.id}
