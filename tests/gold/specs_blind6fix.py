"""Gold specs for the open items after the sixth blind run (tests/gold_blind6): a type label with date and
time, a ``Type | Place, date`` line, the issuing body's name or a bare place above a dump's headline (its
overline), a caption paragraph in the body, funding that names no members, category elements kept apart,
``vom … zum …`` day ranges. New wording, invented people, real places only as members/places."""

from _build import sp

SPECS_BLIND6FIX = [
    {
        # a type label followed by date and time and the district (``Polizeimeldung 05.03.2025, 09:15 Uhr …``);
        # category ``<span>`` elements are separate categories; a ``Bildunterschrift:`` paragraph is a caption;
        # ``vom 2. zum 3. März`` names both days
        "id": "g63-html-kopfzeile-uhrzeit-kategorien", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Unbekannte beschädigen Bushaltestelle - Polizei</title></head>
<body>
<div class="wrap">
<div class="news-category"><span>Polizei</span> <span>Verkehr</span></div>
<article>
<div class="kopf"><span class="typ">Polizeimeldung</span> <span class="datum">05.03.2025, 09:15 Uhr</span> <span class="ort">Landkreis Prignitz</span></div>
<h1>Unbekannte beschädigen Bushaltestelle</h1>
<p>Perleberg – In der Nacht vom 2. zum 3. März 2025 haben Unbekannte das Wartehäuschen einer Bushaltestelle in der Wittenberger Straße beschädigt. Die Glasscheiben wurden eingeschlagen.</p>
<p><em>Bildunterschrift: Das beschädigte Wartehäuschen am Morgen danach.</em></p>
<p>„Wir bitten alle, die in der Nacht etwas beobachtet haben, sich bei uns zu melden“, sagte Polizeisprecher Torben Kallweit. Der Schaden wird auf rund 3.000 Euro geschätzt.</p>
</article>
</div>
</body></html>
""",
        "title": "Unbekannte beschädigen Bushaltestelle", "subtitle": None, "kicker": None,
        "categories": ["Polizeimeldung", "Polizei", "Verkehr"],
        "date": "2025-03-05", "place": "Perleberg", "mentioned_dates": ["2025-03-02", "2025-03-03"],
        "speakers": [
            sp("Torben Kallweit", None, "Torben", "Kallweit", "Polizeisprecher", None,
               "Wir bitten alle, die in der Nacht etwas beobachtet haben, sich bei uns zu melden"),
        ],
        "member_lists": [],
        "body_must_contain": ["In der Nacht vom 2. zum 3. März 2025", "Der Schaden wird auf rund 3.000 Euro"],
        "body_must_not_contain": ["Bildunterschrift", "Wartehäuschen am Morgen danach", "09:15"],
    },
    {
        # the issuing body's name above the headline in one block is the overline; a ``Type | Place, date``
        # line gives category, place and date
        "id": "g64-dump-verbandszeile-pipe", "template": "raw", "suffix": "txt",
        "doc": """Zweckverband Tourismus Prignitz
Neue Radwanderkarte für die ganze Region erschienen

Pressemitteilung | Perleberg, 12.03.2025

Die neue Radwanderkarte des Verbandes ist ab sofort in allen Touristinformationen erhältlich. Sie verzeichnet 28 Rundtouren und alle Ladestationen für E-Bikes.

„Die Karte zeigt, wie viel die Prignitz zu bieten hat“, sagte Geschäftsführerin Wiebke Osterkamp.
""",
        "title": "Neue Radwanderkarte für die ganze Region erschienen", "subtitle": None,
        "kicker": "Zweckverband Tourismus Prignitz",
        "categories": ["Pressemitteilung"],
        "date": "2025-03-12", "place": "Perleberg", "mentioned_dates": [],
        "speakers": [
            sp("Wiebke Osterkamp", None, "Wiebke", "Osterkamp", "Geschäftsführerin", None,
               "Die Karte zeigt, wie viel die Prignitz zu bieten hat"),
        ],
        "member_lists": [],
        "body_must_contain": ["Die neue Radwanderkarte des Verbandes", "Geschäftsführerin Wiebke Osterkamp"],
        "body_must_not_contain": ["Pressemitteilung |", "Zweckverband Tourismus Prignitz"],
    },
    {
        # a bare place above the headline in one block is the overline; bodies named as owners of funded
        # projects (``Gefördert werden unter anderem Projekte der Städte …``) are no member list
        "id": "g65-dump-ort-ueber-titel-foerderung", "template": "raw", "suffix": "txt",
        "doc": """Landesamt für Denkmalpflege
Mitteilung vom 17.04.2025

Cottbus
Land fördert Sanierung historischer Stadtmauern

Das Land stellt in diesem Jahr 1,5 Millionen Euro für die Sicherung historischer Stadtmauern bereit. Gefördert werden unter anderem Projekte der Städte Beeskow, Luckau und Jüterbog. Die Anträge werden bis zum 30. Juni 2025 entgegengenommen.
""",
        "title": "Land fördert Sanierung historischer Stadtmauern", "subtitle": None, "kicker": "Cottbus",
        "categories": [],
        "date": "2025-04-17", "place": None, "mentioned_dates": ["2025-06-30"],
        "speakers": [],
        "member_lists": [],
        "body_must_contain": ["Gefördert werden unter anderem Projekte der Städte Beeskow"],
        "body_must_not_contain": ["Mitteilung vom 17.04.2025"],
    },
]
