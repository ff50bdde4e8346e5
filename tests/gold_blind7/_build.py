"""Builds the documents and gold records of gold_blind7.

All texts are invented for this set (places and bodies are real, every person is invented).
Focus: header fields of text dumps (issuer/date/kicker/title/subtitle/category lines in
varied orders and formats) and member lists (block, inline, table, count mismatch) next to
look-alike lists that are not member lists.

Run:  cd /work/main && python3 tests/gold_blind7/_build.py
"""

import html
import json
import re
import textwrap
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE / "docs"


# ------------------------------------------------------------------ helpers
class L:
    """A list block: items plus the bullet the raw document uses."""

    def __init__(self, items, bullet="• "):
        self.items = items
        self.bullet = bullet


class H:
    """A heading inside the body."""

    def __init__(self, text):
        self.text = text


class T:
    """A data table: caption, header row, rows."""

    def __init__(self, caption, header, rows):
        self.caption, self.header, self.rows = caption, header, rows


def body_of(blocks):
    out = []
    for b in blocks:
        if isinstance(b, L):
            out.append("\n".join("- " + i for i in b.items))
        elif isinstance(b, H):
            out.append(b.text)
        elif isinstance(b, T):
            out.append(b.caption)
            out.append("\n".join(" | ".join(r) for r in [b.header, *b.rows]))
        else:
            out.append(b)
    return "\n\n".join(out)


def text_render(blocks, heading=lambda t: t):
    out = []
    for b in blocks:
        if isinstance(b, L):
            out.append("\n".join(b.bullet + i for i in b.items))
        elif isinstance(b, H):
            out.append(heading(b.text))
        else:
            out.append(b)
    return "\n\n".join(out)


def html_render(blocks, indent="    "):
    out = []
    for b in blocks:
        if isinstance(b, L):
            out.append(indent + "<ul>\n" + "\n".join(f"{indent}  <li>{html.escape(i, quote=False)}</li>" for i in b.items) + f"\n{indent}</ul>")
        elif isinstance(b, H):
            out.append(f"{indent}<h2>{html.escape(b.text, quote=False)}</h2>")
        elif isinstance(b, T):
            rows = "\n".join(f"{indent}    <tr>" + "".join(f"<td>{html.escape(c, quote=False)}</td>" for c in r) + "</tr>" for r in b.rows)
            out.append(
                f"{indent}<table class=\"contenttable\">\n{indent}  <caption>{html.escape(b.caption, quote=False)}</caption>\n"
                f"{indent}  <thead><tr>" + "".join(f"<th>{html.escape(c, quote=False)}</th>" for c in b.header) + "</tr></thead>\n"
                f"{indent}  <tbody>\n{rows}\n{indent}  </tbody>\n{indent}</table>"
            )
        else:
            out.append(f"{indent}<p>{html.escape(b, quote=False)}</p>")
    return "\n".join(out)


def sp(name, role, quotes, org=None):
    parts = name.split()
    hon = []
    while parts and parts[0] in ("Dr.", "Prof."):
        hon.append(parts.pop(0))
    return {"name": name, "honorific": " ".join(hon) or None, "given_name": parts[0], "surname": parts[-1],
            "role": role, "organisation": org, "quotes": quotes}


def members(label, pairs):
    return {"label": label, "members": [{"name": n, "kind": k} for n, k in pairs]}


def zeichen(n):
    return f"({n:,} Zeichen)".replace(",", ".")


DOCS_SPEC = []

# ================================================================== t01 LOS e-mail copy
B = [
    "(Beeskow) Der Landkreis Oder-Spree baut das Busangebot im Westen des Kreises aus. Ab dem 2. April 2024 fährt die neue Linie 432 montags bis freitags im Stundentakt zwischen Beeskow und Storkow (Mark), an Wochenenden und Feiertagen alle zwei Stunden. Betrieben wird die Linie von der Busverkehr Oder-Spree GmbH.",
    "Die Busse halten unterwegs an folgenden Haltestellen:",
    L(["Beeskow, Bahnhof", "Beeskow, Markt", "Krügersdorf, Dorfstraße", "Görsdorf, Abzweig", "Storkow (Mark), Bahnhof"], "  * "),
    "„Gerade für Schülerinnen und Schüler und für Pendler, die in Storkow in die Regionalbahn umsteigen, ist das eine deutliche Verbesserung“, sagt Verkehrsdezernentin Dr. Marlene Ostrowski. „Bisher mussten viele für diese Strecke auf das Auto ausweichen.“",
    "Rüdiger Pankratz, Bürgermeister der Stadt Storkow (Mark), begrüßte die neue Verbindung: „Wir haben lange für diese Linie geworben. Jetzt kommt es darauf an, dass die Menschen sie auch nutzen.“",
    "Der Kreistag hatte die Finanzierung am 13. Dezember 2023 beschlossen. Die Kosten von rund 640.000 Euro pro Jahr trägt der Landkreis. Das Angebot ist zunächst bis Ende 2026 befristet; danach soll anhand der Fahrgastzahlen über eine Verlängerung entschieden werden.",
    "Die Fahrpläne sind ab sofort in der VBB-Fahrinfo und auf der Internetseite des Landkreises abrufbar.",
]
T01 = f"""Von: Pressestelle Landkreis Oder-Spree <pressestelle@landkreis-los.invalid>
Gesendet: Dienstag, 12. März 2024 09:41
An: Presseverteiler Landkreis
Betreff: PM 45/2024 - Neue Buslinie 432 zwischen Beeskow und Storkow (Mark)

Landkreis Oder-Spree – Pressestelle
Pressemitteilung Nr. 45/2024

Beeskow, 12. März 2024

ÖPNV:
Neue Buslinie verbindet Beeskow und Storkow im Stundentakt
Linie 432 startet mit dem Fahrplanwechsel im April

{text_render(B)}

Mit freundlichen Grüßen
Im Auftrag

Katrin Oelschner
Pressesprecherin

Landkreis Oder-Spree
Breitscheidstraße 7, 15848 Beeskow
Tel. 03366 35-1010
www.landkreis-oder-spree.invalid

________________________________
Diese E-Mail kann vertrauliche oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
"""
DOCS_SPEC.append(("t01-los-buslinie-email.txt", T01, {
    "title": "Neue Buslinie verbindet Beeskow und Storkow im Stundentakt",
    "subtitle": "Linie 432 startet mit dem Fahrplanwechsel im April",
    "kicker": "ÖPNV",
    "categories": ["Pressemitteilung"],
    "date": "2024-03-12", "place": "Beeskow",
    "speakers": [
        sp("Dr. Marlene Ostrowski", "Verkehrsdezernentin", [
            "Gerade für Schülerinnen und Schüler und für Pendler, die in Storkow in die Regionalbahn umsteigen, ist das eine deutliche Verbesserung",
            "Bisher mussten viele für diese Strecke auf das Auto ausweichen."]),
        sp("Rüdiger Pankratz", "Bürgermeister der Stadt Storkow (Mark)", [
            "Wir haben lange für diese Linie geworben. Jetzt kommt es darauf an, dass die Menschen sie auch nutzen."], "Stadt Storkow (Mark)"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2023-12-13", "2024-04-02", "2026"],
    "body": body_of(B),
    "body_must_not_contain": ["Gesendet:", "Betreff:", "Pressemitteilung Nr. 45/2024", "Mit freundlichen Grüßen", "Katrin Oelschner", "Breitscheidstraße 7", "vertrauliche", "ÖPNV:"],
    "notes": [
        "E-mail copy: the mail header (Von/Gesendet/An/Betreff) is not content; the Betreff is not the title.",
        "Issuer line 'Landkreis Oder-Spree – Pressestelle' and 'Pressemitteilung Nr. 45/2024' are letterhead; the kicker is the short line 'ÖPNV:' directly above the headline (trailing colon dropped).",
        "Category 'Pressemitteilung' from the document-type line (no explicit category field).",
        "The list of bus stops ('Beeskow, Bahnhof', 'Beeskow, Markt' …) is NOT a member list.",
        "The signature (Pressesprecherin Katrin Oelschner) is not a speaker: she is not quoted.",
        "'Ende 2026' is stated to the year only.",
    ],
}))

# ================================================================== t02 MV Küstenschutz (SCHWERIN.)
B = [
    "SCHWERIN. Die Landesregierung verstärkt den Küstenschutz auf der Insel Usedom. Zwischen Zinnowitz und Koserow sollen die Dünen auf einer Länge von 6,5 Kilometern erhöht und verbreitert werden. Dafür stellt das Land in den kommenden drei Jahren rund 14 Millionen Euro bereit.",
    "„Die Sturmfluten der vergangenen Winter haben gezeigt, wie verletzlich unsere Außenküste ist“, sagte Staatssekretär Hartmut Zierow bei der Vorstellung der Pläne in Schwerin. „Jeder Euro, den wir jetzt in die Dünen stecken, erspart uns später ein Vielfaches an Schäden.“",
    "Die Arbeiten beginnen am 16. September 2024 nach dem Ende der Hauptsaison. Während der Bauzeit bleiben die Strandzugänge in Zinnowitz und Zempin geöffnet; am Streckelsberg in Koserow wird der Zugang zeitweise gesperrt.",
    "Die Bürgermeisterin des Ostseebades Koserow, Annegret Wilkening, zeigte sich erleichtert. Sie habe seit der Sturmflut im Oktober 2023 auf diese Entscheidung gewartet. „Bei uns hängt alles am Strand – die Gäste, die Vermieter, die Gastronomie“, sagte sie. „Ohne Düne gibt es kein Ostseebad.“",
    "Die Planung hat das Staatliche Amt für Landwirtschaft und Umwelt Vorpommern erarbeitet. Der erste Bauabschnitt soll bis Ende April 2025 fertig sein.",
]
T02 = f"""Ministerium für Klimaschutz, Landwirtschaft, ländliche Räume und Umwelt
Mecklenburg-Vorpommern

PRESSEMITTEILUNG Nr. 118/2024
Datum: 7.5.2024

KÜSTENSCHUTZ
Land investiert 14 Millionen Euro in die Dünen auf Usedom

{text_render(B)}

Hinweis für Redaktionen: Fotos der Ortsbegehung stehen im Pressebereich zum Download bereit.

Pressestelle
Telefon: 0385 588-0000
E-Mail: pressestelle@lm.mv-regierung.invalid
"""
DOCS_SPEC.append(("t02-mv-kuestenschutz-usedom.txt", T02, {
    "title": "Land investiert 14 Millionen Euro in die Dünen auf Usedom",
    "subtitle": None,
    "kicker": "KÜSTENSCHUTZ",
    "categories": ["Pressemitteilung"],
    "date": "2024-05-07", "place": "Schwerin",
    "speakers": [
        sp("Hartmut Zierow", "Staatssekretär", [
            "Die Sturmfluten der vergangenen Winter haben gezeigt, wie verletzlich unsere Außenküste ist",
            "Jeder Euro, den wir jetzt in die Dünen stecken, erspart uns später ein Vielfaches an Schäden."]),
        sp("Annegret Wilkening", "Bürgermeisterin des Ostseebades Koserow", [
            "Bei uns hängt alles am Strand – die Gäste, die Vermieter, die Gastronomie",
            "Ohne Düne gibt es kein Ostseebad."], "Ostseebad Koserow"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2023-10", "2024-09-16", "2025-04"],
    "body": body_of(B),
    "body_must_not_contain": ["Hinweis für Redaktionen", "Pressestelle", "0385 588-0000", "Nr. 118/2024", "Datum: 7.5.2024", "Ministerium für Klimaschutz"],
    "notes": [
        "Date line 'Datum: 7.5.2024' (no leading zeros).",
        "Kicker written in capitals, kept as written.",
        "The two-line ministry name at the top is the issuer, not a kicker.",
        "Dateline 'SCHWERIN.' in capitals: place normalised to 'Schwerin'; the body keeps 'SCHWERIN.' as written.",
        "Wilkening: role precedes the name ('Die Bürgermeisterin des Ostseebades Koserow, Annegret Wilkening,'); her quotes are attributed by pronoun ('sagte sie') and continuation. 'Sie habe … gewartet' is indirect speech.",
        "The 'Hinweis für Redaktionen' line is an editorial note, not body.",
    ],
}))

# ================================================================== t03 Markdown dump, block member list "Beeskow, Stadt"
MEM03 = [("Beeskow", "Stadt"), ("Eisenhüttenstadt", "Stadt"), ("Friedland", "Stadt"), ("Rietz-Neuendorf", "Gemeinde"),
         ("Tauche", "Gemeinde"), ("Brieskow-Finkenheerd", "Amt"), ("Neuzelle", "Amt"), ("Schlaubetal", "Amt"), ("Oder-Spree", "Landkreis")]
B = [
    "(Müllrose) Die Verbandsversammlung des Zweckverbandes Naturparkregion Schlaubetal hat am Montagabend den Auftrag für ein neues Wegeleitsystem vergeben. Bis zum Sommer werden zwischen Müllrose, Siehdichum und Neuzelle rund 120 Wegweiser und 14 Übersichtstafeln aufgestellt.",
    "„Viele Gäste haben sich in den vergangenen Jahren über verwitterte und widersprüchliche Schilder beschwert“, sagte Verbandsvorsteherin Ines Haberkorn-Lutz. „Mit dem neuen System finden sie sich auch ohne Smartphone zurecht.“",
    "Das Vorhaben kostet rund 310.000 Euro. 75 Prozent davon übernimmt das Land Brandenburg, den Rest teilen sich die Mitglieder nach ihrer Einwohnerzahl. „Ich bin froh, dass alle Mitglieder die Finanzierung einstimmig mitgetragen haben“, so Detlef Marquardt, Bürgermeister der Stadt Friedland und stellvertretender Verbandsvorsteher.",
    H("Aufgaben des Verbandes"),
    "Der Zweckverband wurde 1997 gegründet. Laut seiner Satzung nimmt er folgende Aufgaben wahr:",
    L(["Pflege und Beschilderung der Wander- und Radwege", "Betrieb der Touristinformation in Müllrose", "gemeinsame Vermarktung der Region auf Messen und im Internet"], "- "),
    H("Mitglieder"),
    "Dem Verband gehören neun Mitglieder an:",
    L([f"{n}, {k}" for n, k in MEM03], "* "),
    "Der Landkreis Oder-Spree ist dem Verband am 1. Januar 2019 beigetreten.",
]
T03 = f"""[Startseite](/) / [Presse](/presse) / Meldung

# Naturparkregion Schlaubetal erhält neues Wegeleitsystem

*Rund 120 neue Wegweiser für Wanderer und Radfahrer bis zum Sommer*

**Kategorie:** Tourismus | Naturschutz  
**Veröffentlicht:** 2024-06-11

---

{text_render(B, heading=lambda t: "## " + t)}

---

[Seite drucken](javascript:print()) · Teilen: [Facebook](#) [WhatsApp](#) [E-Mail](#)

> Diese Website verwendet Cookies, um Ihnen die bestmögliche Nutzung zu ermöglichen. [Mehr erfahren](/datenschutz) **[OK]**
"""
DOCS_SPEC.append(("t03-zv-schlaubetal-wegeleitsystem.txt", T03, {
    "title": "Naturparkregion Schlaubetal erhält neues Wegeleitsystem",
    "subtitle": "Rund 120 neue Wegweiser für Wanderer und Radfahrer bis zum Sommer",
    "kicker": None,
    "categories": ["Tourismus", "Naturschutz"],
    "date": "2024-06-11", "place": "Müllrose",
    "speakers": [
        sp("Ines Haberkorn-Lutz", "Verbandsvorsteherin", [
            "Viele Gäste haben sich in den vergangenen Jahren über verwitterte und widersprüchliche Schilder beschwert",
            "Mit dem neuen System finden sie sich auch ohne Smartphone zurecht."]),
        sp("Detlef Marquardt", "Bürgermeister der Stadt Friedland und stellvertretender Verbandsvorsteher", [
            "Ich bin froh, dass alle Mitglieder die Finanzierung einstimmig mitgetragen haben"], "Stadt Friedland"),
    ],
    "member_lists": [members("Mitglieder", MEM03)],
    "mentioned_dates": ["1997", "2019-01-01"],
    "body": body_of(B),
    "body_must_not_contain": ["Startseite", "Kategorie:", "Veröffentlicht:", "Seite drucken", "Facebook", "Cookies", "##", "**"],
    "notes": [
        "Markdown dump: '# …' is the headline, the italic line the subtitle, bold-labelled lines carry category and ISO date; the breadcrumb line is not a category.",
        "'## Aufgaben des Verbandes' and '## Mitglieder' are headings inside the body (own paragraphs, without '##').",
        "The task list is not a member list; the block list 'Beeskow, Stadt' … is (9 entries, count stated as neun). 'Oder-Spree, Landkreis' → name 'Oder-Spree', kind Landkreis.",
        "Marquardt is quoted with 'so X, <apposition>'.",
    ],
}))

# ================================================================== t04 underlined headings, Stand: März 2024 (date null)
B = [
    "Briesen (Mark) (pm) – Der Amtsausschuss des Amtes Odervorland hat eine neue Satzung über die Elternbeiträge in den Kindertagesstätten beschlossen. Sie gilt für alle sechs Einrichtungen im Amtsgebiet und tritt zum 1. August 2024 in Kraft.",
    "Wichtigste Änderung: Haushalte mit einem Jahreseinkommen von bis zu 35.000 Euro zahlen künftig keinen Elternbeitrag mehr. Für alle anderen Familien steigen die Beiträge nicht.",
    H("Was sich ändert"),
    L(["Beitragsfreiheit bis zu einem Jahreseinkommen von 35.000 Euro", "Geschwisterermäßigung von 25 statt bisher 15 Prozent ab dem zweiten Kind", "Essengeld einheitlich 3,20 Euro pro Tag in allen Einrichtungen"], "– "),
    "„Wir wollen, dass kein Kind wegen der Kosten zu Hause bleibt“, erklärte Amtsdirektorin Dr. Constanze Wehrhahn. „Gute Kitas sind für viele junge Familien auch ein Grund, zu uns aufs Land zu ziehen.“",
    "Der Amtsausschuss hatte die Satzung am 27. Februar 2024 einstimmig beschlossen. Die Mindereinnahmen von etwa 90.000 Euro im Jahr trägt das Amt. Die neuen Beitragsbescheide werden im Juli 2024 verschickt.",
]
TITLE04 = "Neue Elternbeitragssatzung für die Kitas im Amt Odervorland"
T04 = f"""Amt Odervorland · Der Amtsdirektor · 15518 Briesen (Mark)

MEDIENINFORMATION
Stand: März 2024

{TITLE04}
{"=" * len(TITLE04)}

Familien mit geringem Einkommen werden entlastet

{text_render(B, heading=lambda t: t + chr(10) + "-" * len(t))}

______________________________
Amt Odervorland | Öffentlichkeitsarbeit
V.i.S.d.P.: Der Amtsdirektor
{zeichen(len(body_of(B)))}
"""
DOCS_SPEC.append(("t04-amt-odervorland-kitasatzung.txt", T04, {
    "title": TITLE04,
    "subtitle": "Familien mit geringem Einkommen werden entlastet",
    "kicker": None,
    "categories": ["Medieninformation"],
    "date": None, "place": "Briesen (Mark)",
    "speakers": [
        sp("Dr. Constanze Wehrhahn", "Amtsdirektorin", [
            "Wir wollen, dass kein Kind wegen der Kosten zu Hause bleibt",
            "Gute Kitas sind für viele junge Familien auch ein Grund, zu uns aufs Land zu ziehen."]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-02-27", "2024-07", "2024-08-01"],
    "body": body_of(B),
    "body_must_not_contain": ["MEDIENINFORMATION", "Stand: März 2024", "V.i.S.d.P.", "Zeichen)", "Öffentlichkeitsarbeit", "====", "----"],
    "notes": [
        "Headline underlined with '===' (setext); the in-body heading 'Was sich ändert' underlined with '---' is a body paragraph.",
        "'Stand: März 2024' gives only month precision: date is null (the field is YYYY-MM-DD); it is not a mentioned date either.",
        "Dateline with a parenthesised place name plus '(pm)': place 'Briesen (Mark)'.",
        "Category 'Medieninformation' from the document-type line, normalised from capitals.",
        "The list of changes (en-dash bullets) is not a member list.",
    ],
}))

# ================================================================== t05 Gemeinsame PM, ISO date, inline members
MEM05 = [("Eberswalde", "Stadt"), ("Bernau bei Berlin", "Stadt"), ("Biesenthal", "Stadt"), ("Schorfheide", "Gemeinde"),
         ("Wandlitz", "Gemeinde"), ("Panketal", "Gemeinde"), ("Britz-Chorin-Oderberg", "Amt"), ("Joachimsthal (Schorfheide)", "Amt")]
B = [
    "(Eberswalde) Acht Städte, Gemeinden und Ämter im Landkreis Barnim wollen den Radtourismus künftig gemeinsam voranbringen. Ihre Vertreterinnen und Vertreter unterzeichneten am Montag im Familiengarten Eberswalde eine Vereinbarung über die Kommunale Arbeitsgemeinschaft „Radregion Barnim“.",
    "Der Arbeitsgemeinschaft gehören die Städte Eberswalde, Bernau bei Berlin und Biesenthal, die Gemeinden Schorfheide, Wandlitz und Panketal sowie die Ämter Britz-Chorin-Oderberg und Joachimsthal (Schorfheide) an. Der Landkreis Barnim begleitet die Arbeitsgemeinschaft als Kooperationspartner und stellt die Geschäftsstelle.",
    "„Radfahrer halten sich nicht an Gemeindegrenzen. Deshalb ist es nur folgerichtig, dass wir unsere Wege, unsere Karten und unsere Werbung aufeinander abstimmen“, sagte Friederike Lanzendorf, Bürgermeisterin der Stadt Eberswalde.",
    "Erstes gemeinsames Projekt ist eine einheitliche Beschilderung entlang des Radfernwegs Berlin–Usedom, die bis zum Frühjahr 2025 stehen soll. Für den 3. Mai 2025 ist außerdem ein Radaktionstag in allen acht Kommunen geplant.",
    "Der Landkreis unterstützt die Arbeitsgemeinschaft in den ersten beiden Jahren mit jeweils 50.000 Euro. „Wir sehen im Radtourismus eine echte Chance für die Dörfer abseits der großen Achsen“, so der Erste Beigeordnete des Landkreises Barnim, Bodo Schwendtke. „Wer mit dem Rad durch den Barnim fährt, soll merken, dass er in einer Region unterwegs ist.“",
    "Weitere Kommunen können jederzeit beitreten. Interesse haben nach Angaben der Stadt Eberswalde bereits die Stadt Werneuchen und die Gemeinde Ahrensfelde bekundet.",
]
T05 = f"""Gemeinsame Pressemitteilung der Stadt Eberswalde und des Landkreises Barnim

2024-09-17

Radtourismus im Barnim: Acht Kommunen gründen Arbeitsgemeinschaft
Einheitliche Beschilderung am Radweg Berlin–Usedom geplant

{text_render(B)}

Pressekontakte
Stadt Eberswalde – Pressestelle, Telefon 03334 64-5120
Landkreis Barnim – Pressestelle, Telefon 03334 214-1180
"""
DOCS_SPEC.append(("t05-barnim-radregion-gemeinsame-pm.txt", T05, {
    "title": "Radtourismus im Barnim: Acht Kommunen gründen Arbeitsgemeinschaft",
    "subtitle": "Einheitliche Beschilderung am Radweg Berlin–Usedom geplant",
    "kicker": None,
    "categories": ["Pressemitteilung"],
    "date": "2024-09-17", "place": "Eberswalde",
    "speakers": [
        sp("Friederike Lanzendorf", "Bürgermeisterin der Stadt Eberswalde", [
            "Radfahrer halten sich nicht an Gemeindegrenzen. Deshalb ist es nur folgerichtig, dass wir unsere Wege, unsere Karten und unsere Werbung aufeinander abstimmen"], "Stadt Eberswalde"),
        sp("Bodo Schwendtke", "Erste Beigeordnete des Landkreises Barnim", [
            "Wir sehen im Radtourismus eine echte Chance für die Dörfer abseits der großen Achsen",
            "Wer mit dem Rad durch den Barnim fährt, soll merken, dass er in einer Region unterwegs ist."], "Landkreis Barnim"),
    ],
    "member_lists": [members("Mitglieder", MEM05)],
    "mentioned_dates": ["2025", "2025-05-03"],
    "body": body_of(B),
    "body_must_not_contain": ["Gemeinsame Pressemitteilung", "Pressekontakte", "03334 64-5120", "03334 214-1180"],
    "notes": [
        "Issuer line 'Gemeinsame Pressemitteilung der … und des …' → category 'Pressemitteilung' (the 'gemeinsame' is not kept as a category of its own).",
        "ISO date line on its own.",
        "The headline carries a topic prefix on the same line ('Radtourismus im Barnim: …'); it is part of the title, not a kicker.",
        "Inline member list: eight members, count 'Acht' stated and matching. Landkreis Barnim (Kooperationspartner) and Werneuchen/Ahrensfelde (interested) are not members.",
        "Schwendtke: 'so der Erste Beigeordnete des Landkreises Barnim, Bodo Schwendtke' — role as written without the article (weak inflection 'Erste Beigeordnete'); his second quote is a continuation.",
        "'„Radregion Barnim“' is a name, not a quote. 'bis zum Frühjahr 2025' → 2025.",
    ],
}))

# ================================================================== t06 press portal, Themen line, construction phases, X zufolge
B = [
    "Cottbus (pm) – Die Stadt Cottbus/Chóśebuz saniert ab dem 10. Juni 2024 die Brücke des Stadtrings über die Bahngleise im Süden der Stadt. Das Bauwerk aus dem Jahr 1978 hat erhebliche Schäden an Fahrbahnplatte und Lagern.",
    "Die Arbeiten erfolgen in drei Bauabschnitten:",
    L(["1. Bauabschnitt (Juni bis Oktober 2024): nördliche Fahrbahnhälfte",
       "2. Bauabschnitt (November 2024 bis April 2025): südliche Fahrbahnhälfte",
       "3. Bauabschnitt (Mai bis Juli 2025): Geh- und Radwege, Geländer und Beleuchtung"], ""),
    "Baudezernent Jörn Taubitz zufolge ist die Sanierung „überfällig, weil die Tragfähigkeit seit Jahren nur noch eingeschränkt gewährleistet ist“. Er bat die Autofahrerinnen und Autofahrer um Verständnis: „Wir haben die Bauabschnitte so gelegt, dass die Brücke nie ganz gesperrt werden muss. In jeder Richtung bleibt immer eine Spur frei.“",
    "In den Sommerferien vom 18. Juli bis 31. August 2024 werden die Straßenbahnlinien 3 und 4 zwischen Hauptbahnhof und Sandow durch Busse ersetzt. Die Kosten für die Sanierung belaufen sich auf rund 8,4 Millionen Euro, davon trägt das Land Brandenburg 5,9 Millionen Euro.",
    "Für Anwohnerinnen und Anwohner findet am 4. Juni 2024 um 18 Uhr eine Informationsveranstaltung im Stadthaus statt.",
]
T06 = f"""Presseportal Lausitz › Behörden › Stadt Cottbus/Chóśebuz
22.05.2024 – 11:48

Stadt Cottbus/Chóśebuz

Themen: Bauen | Verkehr | Stadtentwicklung

Sanierung der Stadtringbrücke beginnt im Juni

{text_render(B)}

{zeichen(len(body_of(B)))}

Pressekontakt:
Stadtverwaltung Cottbus/Chóśebuz
Pressestelle
Neumarkt 5, 03046 Cottbus
Telefon: 0355 612-2000

Original-Content von: Stadt Cottbus/Chóśebuz, übermittelt durch Presseportal Lausitz
"""
DOCS_SPEC.append(("t06-cottbus-stadtringbruecke-portal.txt", T06, {
    "title": "Sanierung der Stadtringbrücke beginnt im Juni",
    "subtitle": None,
    "kicker": None,
    "categories": ["Bauen", "Verkehr", "Stadtentwicklung"],
    "date": "2024-05-22", "place": "Cottbus",
    "speakers": [
        sp("Jörn Taubitz", "Baudezernent", [
            "überfällig, weil die Tragfähigkeit seit Jahren nur noch eingeschränkt gewährleistet ist",
            "Wir haben die Bauabschnitte so gelegt, dass die Brücke nie ganz gesperrt werden muss. In jeder Richtung bleibt immer eine Spur frei."]),
    ],
    "member_lists": [],
    "mentioned_dates": ["1978", "2024-06", "2024-06-04", "2024-06-10", "2024-07-18", "2024-08-31", "2024-10", "2024-11", "2025-04", "2025-05", "2025-07"],
    "body": body_of(B),
    "body_must_not_contain": ["Presseportal Lausitz", "Themen:", "Zeichen)", "Pressekontakt", "Neumarkt 5", "Original-Content", "11:48"],
    "notes": [
        "Press-portal dump: portal breadcrumb and timestamp '22.05.2024 – 11:48' first, then the issuer line, then a 'Themen:' tag line (→ categories), then the headline. No kicker, no subtitle.",
        "The construction phases are a list (one line each, no bullet in the raw text) and NOT a member list; in the body each is a '- ' line keeping its ordinal '1. Bauabschnitt …'.",
        "Taubitz: 'Baudezernent Jörn Taubitz zufolge ist die Sanierung „…“' — a partial direct quote; his second quote is attributed by pronoun ('Er bat …:').",
        "Month ranges give month-precision dates: 'Juni bis Oktober 2024' → 2024-06 and 2024-10 etc.",
    ],
}))

# ================================================================== t07 PDF export, hard-wrapped, count mismatch
MEM07 = ["Stadt Frankfurt (Oder)", "Stadt Fürstenwalde/Spree", "Stadt Eisenhüttenstadt", "Gemeinde Schöneiche bei Berlin",
         "Gemeinde Grünheide (Mark)", "Gemeinde Rietz-Neuendorf", "Gemeinde Tauche", "Amt Odervorland", "Amt Brieskow-Finkenheerd",
         "Amt Neuzelle", "Amt Schlaubetal", "Amt Scharmützelsee", "Amt Spreenhagen"]
B = [
    "Frankfurt (Oder), 12. April 2024 – Im Kleist Forum hat sich am Donnerstag der Zweckverband Kommunale Wärmeplanung Ostbrandenburg gegründet. Seine Mitglieder wollen die kommunalen Wärmepläne, zu denen sie das Wärmeplanungsgesetz des Bundes verpflichtet, gemeinsam erarbeiten lassen und dadurch Kosten sparen.",
    "Zum Vorsitzenden der Verbandsversammlung wurde Gernot Fabricius, Bürgermeister der Gemeinde Schöneiche bei Berlin, gewählt. „Keine Gemeinde unserer Größe kann sich eine eigene Abteilung für Wärmeplanung leisten“, sagte Fabricius nach der Wahl. „Gemeinsam bekommen wir bessere Angebote und bessere Gutachten.“",
    "Zu den 14 Gründungsmitgliedern gehören:",
    L(MEM07, "• "),
    "Die Verbandssatzung war am 20. März 2024 im Amtsblatt für Brandenburg bekannt gemacht worden. Die Gemeinde Woltersdorf will dem Verband im Herbst beitreten.",
    "Die Geschäftsführerin des Zweckverbandes, Dr. Ilka Sobottka, erläuterte den Zeitplan. Nach dem Wärmeplanungsgesetz müssen alle Mitglieder ihre Wärmepläne bis zum 30. Juni 2028 vorlegen. „Wir wollen die ersten Pläne schon Ende 2026 fertig haben, damit die Bürgerinnen und Bürger früh wissen, ob ihre Straße an ein Wärmenetz angeschlossen werden kann“, sagte Sobottka.",
    "Die Kosten der Geschäftsstelle tragen die Mitglieder nach einem Schlüssel aus Einwohnerzahl und Fläche.",
]


def wrap(p):
    return textwrap.fill(p, width=80, break_on_hyphens=False, break_long_words=False)


def t07_render():
    parts = []
    for b in B:
        if isinstance(b, L):
            first = "\n".join(b.bullet + i for i in b.items[:8])
            rest = "\n".join(b.bullet + i for i in b.items[8:])
            parts.append(first + "\n\n" + " " * 66 + "Seite 1 von 2\n\x0c"
                         "Zweckverband Kommunale Wärmeplanung Ostbrandenburg – Pressemitteilung vom 12.04.2024\n\n" + rest)
        else:
            parts.append(wrap(b))
    return "\n\n".join(parts)


T07 = f"""ZWECKVERBAND KOMMUNALE WÄRMEPLANUNG OSTBRANDENBURG
Geschäftsstelle · Logenstraße 8 · 15230 Frankfurt (Oder)


PRESSEMITTEILUNG


Vierzehn Kommunen planen die Wärmewende gemeinsam


{t07_render()}


Kontakt für Medienanfragen:
Zweckverband Kommunale Wärmeplanung Ostbrandenburg, Geschäftsstelle
Telefon 0335 5655-210 · presse@zv-waerme-ostbrandenburg.invalid

{" " * 66}Seite 2 von 2
"""
DOCS_SPEC.append(("t07-zv-waermeplanung-pdf.txt", T07, {
    "title": "Vierzehn Kommunen planen die Wärmewende gemeinsam",
    "subtitle": None,
    "kicker": None,
    "categories": ["Pressemitteilung"],
    "date": "2024-04-12", "place": "Frankfurt (Oder)",
    "speakers": [
        sp("Gernot Fabricius", "Bürgermeister der Gemeinde Schöneiche bei Berlin", [
            "Keine Gemeinde unserer Größe kann sich eine eigene Abteilung für Wärmeplanung leisten",
            "Gemeinsam bekommen wir bessere Angebote und bessere Gutachten."], "Gemeinde Schöneiche bei Berlin"),
        sp("Dr. Ilka Sobottka", "Geschäftsführerin des Zweckverbandes", [
            "Wir wollen die ersten Pläne schon Ende 2026 fertig haben, damit die Bürgerinnen und Bürger früh wissen, ob ihre Straße an ein Wärmenetz angeschlossen werden kann"],
            "Zweckverband Kommunale Wärmeplanung Ostbrandenburg"),
    ],
    "member_lists": [members("Gründungsmitglieder", [tuple(reversed(m.split(" ", 1))) for m in MEM07])],
    "mentioned_dates": ["2024-03-20", "2026", "2028-06-30"],
    "body": body_of(B),
    "body_must_not_contain": ["Seite 1 von 2", "Seite 2 von 2", "Pressemitteilung vom 12.04.2024", "Logenstraße", "Kontakt für Medienanfragen", "PRESSEMITTEILUNG", "\x0c"],
    "warnings": ["The text states 14 founding members ('Zu den 14 Gründungsmitgliedern'), the list has 13 entries."],
    "expect_warning": True,
    "notes": [
        "PDF text export: lines hard-wrapped at 80 characters (the body joins them), a page break with 'Seite 1 von 2', a form feed and a repeated running header falls inside the member list.",
        "No separate date line: the date comes from the body dateline 'Frankfurt (Oder), 12. April 2024 –', which stays in the body.",
        "The capitalised letterhead line is the issuer, not a kicker; 'PRESSEMITTEILUNG' → category 'Pressemitteilung'.",
        "Count mismatch: 14 stated, 13 listed (also 'Vierzehn' in the title). Woltersdorf (wants to join in autumn) is not a member.",
        "Fabricius's role: the apposition 'Bürgermeister der Gemeinde Schöneiche bei Berlin' (he is also the newly elected chair of the assembly).",
        "Sobottka's organisation resolved from 'des Zweckverbandes' to the Verband named in the text.",
    ],
}))

# ================================================================== t08 CMS copy, Datum | Kategorie, kicker/title/subtitle stack, award winners
B = [
    "Der Angermünder Ortsteil Wolletz ist das Golddorf des diesjährigen Kreiswettbewerbs „Unser Dorf hat Zukunft“. Die Jury hatte im Juni und Juli insgesamt 17 Dörfer besucht. Die Preise wurden am Sonnabend beim Kreiserntefest in Göritz übergeben.",
    "Die Platzierungen im Überblick:",
    L(["Gold: Wolletz (Stadt Angermünde)", "Silber: Criewen (Stadt Schwedt/Oder)", "Bronze: Parmen (Gemeinde Nordwestuckermark)",
       "Sonderpreis Jugend: Mürow (Gemeinde Oberuckersee)", "Sonderpreis Klimaschutz: Gemeinde Uckerland"], ""),
    "„Was die Menschen in Wolletz auf die Beine gestellt haben, ist beeindruckend – vom Dorfladen bis zum selbst gebauten Spielplatz“, sagte Jury-Vorsitzender Prof. Dr. Ekkehard Wunnicke. Auch die übrigen Dörfer hätten die Jury überzeugt, betonte er. „Die Uckermark muss sich mit ihren Dörfern vor niemandem verstecken.“",
    "Kreistagsvorsitzende Gudrun Mettke-Albrecht überreichte Urkunden und Preisgelder von insgesamt 6.000 Euro. „Das Geld ist gut angelegt, denn es fließt direkt in die Dorfgemeinschaften zurück“, sagte sie.",
    "Wolletz vertritt die Uckermark im kommenden Jahr beim Landeswettbewerb. Der nächste Kreiswettbewerb ist für 2026 geplant.",
]
T08 = f"""Landkreis Uckermark

Datum: 3.9.2024 | Kategorie: Ländlicher Raum, Ehrenamt

Kreiswettbewerb „Unser Dorf hat Zukunft“
Wolletz holt Gold – Criewen und Parmen folgen auf den Plätzen
Jury würdigt Engagement der Dorfgemeinschaften

{text_render(B)}

Seite drucken | Seite empfehlen | nach oben
Teilen auf: Facebook · X · WhatsApp · E-Mail

Landkreis Uckermark · Karl-Marx-Straße 1 · 17291 Prenzlau
"""
DOCS_SPEC.append(("t08-uckermark-dorfwettbewerb.txt", T08, {
    "title": "Wolletz holt Gold – Criewen und Parmen folgen auf den Plätzen",
    "subtitle": "Jury würdigt Engagement der Dorfgemeinschaften",
    "kicker": "Kreiswettbewerb „Unser Dorf hat Zukunft“",
    "categories": ["Ländlicher Raum", "Ehrenamt"],
    "date": "2024-09-03", "place": None,
    "speakers": [
        sp("Prof. Dr. Ekkehard Wunnicke", "Jury-Vorsitzender", [
            "Was die Menschen in Wolletz auf die Beine gestellt haben, ist beeindruckend – vom Dorfladen bis zum selbst gebauten Spielplatz",
            "Die Uckermark muss sich mit ihren Dörfern vor niemandem verstecken."]),
        sp("Gudrun Mettke-Albrecht", "Kreistagsvorsitzende", [
            "Das Geld ist gut angelegt, denn es fließt direkt in die Dorfgemeinschaften zurück"]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2026"],
    "body": body_of(B),
    "body_must_not_contain": ["Datum:", "Kategorie:", "Seite drucken", "Seite empfehlen", "Teilen auf", "Karl-Marx-Straße"],
    "notes": [
        "Three stacked lines above the body: kicker (competition name), headline, teaser subtitle.",
        "Date and categories share one line: 'Datum: 3.9.2024 | Kategorie: Ländlicher Raum, Ehrenamt'.",
        "'Landkreis Uckermark' at the top is the issuer, not a kicker.",
        "The list of award winners names Gemeinden and Städte but is NOT a member list.",
        "No dateline, no place.",
        "„Unser Dorf hat Zukunft“ is a name (also in the kicker), not a quote.",
        "Wunnicke: honorific 'Prof. Dr.'; 'hätten die Jury überzeugt, betonte er' is indirect speech, the following sentence in quotation marks is a continuation quote of his. 'im Juni und Juli' has no year and gives no date.",
    ],
}))

# ================================================================== t09 minimal: no header fields, unnamed Sprecherin
B = [
    "Die städtische Schwimmhalle in Fürstenwalde/Spree bleibt länger geschlossen als geplant. Bei den Sanierungsarbeiten am Hallendach wurden Schäden an der Holzkonstruktion entdeckt, die nun von einem Gutachter untersucht werden. Die Wiedereröffnung war ursprünglich für den 2. April 2025 vorgesehen.",
    "„Wir bedauern das sehr, aber die Sicherheit der Badegäste geht vor“, sagte eine Sprecherin der Stadt. Ein neuer Termin könne erst genannt werden, wenn das Gutachten vorliege.",
    "Für die Schulen gibt es eine Übergangslösung: Der Schwimmunterricht der dritten Klassen findet bis zu den Sommerferien im Hallenbad in Erkner statt. Die Stadt übernimmt die Kosten für den Bustransfer.",
    "Sportausschussvorsitzender Henrik Paschold kritisierte die Informationspolitik der Verwaltung. „Die Vereine haben von der Verzögerung aus der Zeitung erfahren. So geht man mit Ehrenamtlichen nicht um“, sagte er. Der Ausschuss will sich in seiner Sitzung am 14. Mai 2025 mit dem Thema befassen.",
]
T09 = f"""Schwimmhalle bleibt länger geschlossen

{text_render(B)}

Zurück zur Übersicht
Seite drucken

Impressum | Datenschutz | Cookie-Einstellungen
Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. Durch die weitere Nutzung stimmen Sie der Verwendung zu.
"""
DOCS_SPEC.append(("t09-fuerstenwalde-schwimmhalle-minimal.txt", T09, {
    "title": "Schwimmhalle bleibt länger geschlossen",
    "subtitle": None,
    "kicker": None,
    "categories": [],
    "date": None, "place": None,
    "speakers": [
        sp("Henrik Paschold", "Sportausschussvorsitzender", [
            "Die Vereine haben von der Verzögerung aus der Zeitung erfahren. So geht man mit Ehrenamtlichen nicht um"]),
    ],
    "member_lists": [],
    "mentioned_dates": ["2025-04-02", "2025-05-14"],
    "body": body_of(B),
    "body_must_not_contain": ["Zurück zur Übersicht", "Seite drucken", "Impressum", "Cookie", "Cookies"],
    "warnings": ["A direct quote is attributed to an unnamed 'Sprecherin der Stadt' and is not assigned to a speaker."],
    "expect_warning": True,
    "notes": [
        "Bare document: headline and body only — no kicker, subtitle, date, place or category.",
        "The quote of 'eine Sprecherin der Stadt' has no named speaker: not in speakers, reported as a warning.",
        "Paschold's quote is attributed by pronoun ('sagte er') after he is named with his role in the previous sentence.",
    ],
}))

# ================================================================== h01 Prignitz: kicker span inside h1, long date line, category list
B = [
    "Perleberg – Werdende Mütter in der Prignitz bekommen Hilfe bei der Suche nach einer Hebamme. Ab dem 15. April 2024 vermittelt eine zentrale Anlaufstelle im Gesundheitsamt in Perleberg freie Kapazitäten von Hebammen aus dem ganzen Landkreis.",
    "„Viele Frauen haben uns berichtet, dass sie zwanzig und mehr Hebammen anrufen mussten, bevor sie eine Zusage bekamen“, sagte Dr. Annika Rehfeldt, Leiterin des Gesundheitsamtes des Landkreises Prignitz. „Das wollen wir ändern.“",
    "Die Hebammenzentrale ist montags bis donnerstags von 9 bis 15 Uhr telefonisch erreichbar, Anfragen sind auch über ein Online-Formular möglich. Derzeit arbeiten 23 freiberufliche Hebammen aus der Prignitz mit der Zentrale zusammen.",
    "Die Sprecherin des Hebammennetzwerks Prignitz, Merle Tiedjen, begrüßte das Angebot: „Bisher mussten wir jeden Tag Absagen erteilen, ohne sagen zu können, wer noch Kapazitäten hat. Jetzt können wir die Frauen einfach weiterleiten.“",
    "Die Stelle wird zunächst für zwei Jahre aus Landesmitteln finanziert. Eine erste Bilanz will der Landkreis im Frühjahr 2025 ziehen.",
]
H01 = f"""<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Hebammenzentrale Prignitz vermittelt ab April Termine | Landkreis Prignitz</title>
<meta property="article:published_time" content="2024-03-05T10:15:00+01:00">
<link rel="stylesheet" href="/static/css/main.css">
</head>
<body class="page-news">
<div class="cookie-consent" role="dialog" aria-label="Cookie-Hinweis"><p>Wir verwenden Cookies, um die Nutzung unserer Website zu analysieren. Sie können selbst entscheiden, welche Kategorien Sie zulassen möchten.</p><button>Alle akzeptieren</button> <button>Nur notwendige</button></div>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/logo-prignitz.svg" alt="Landkreis Prignitz"></a>
  <nav class="mainnav"><ul><li><a href="/buergerservice">Bürgerservice</a></li><li><a href="/landkreis">Landkreis</a></li><li><a href="/gesundheit">Gesundheit &amp; Soziales</a></li><li><a href="/wirtschaft">Wirtschaft</a></li></ul></nav>
</header>
<nav class="breadcrumb">Startseite › Landkreis › Presse</nav>
<main id="main">
  <article class="news-detail">
    <p class="news-meta">Veröffentlicht am Dienstag, 5. März 2024, 10:15 Uhr</p>
    <ul class="post-categories"><li><a href="/presse">Pressemitteilungen</a></li><li><a href="/themen/gesundheit">Gesundheit</a></li></ul>
    <h1 class="news-title"><span class="dachzeile">Hebammenversorgung</span> Hebammenzentrale Prignitz vermittelt ab April Termine</h1>
    <figure><img src="/media/hebamme.jpg" alt=""><figcaption>Beratung im Gesundheitsamt. Foto: Landkreis Prignitz</figcaption></figure>
    <div class="news-body">
{html_render(B)}
    </div>
    <p class="news-author">Text: Pressestelle Landkreis Prignitz</p>
    <div class="share">Beitrag teilen: <a href="#">Facebook</a> <a href="#">Threads</a> <a href="#">E-Mail</a> <a href="#" onclick="print()">Drucken</a></div>
  </article>
</main>
<aside class="sidebar">
  <h2>Termine</h2>
  <ul><li>12.03.2024 – Kreistag, Sitzungssaal Perleberg</li><li>19.03.2024 – Sozialausschuss</li></ul>
</aside>
<footer class="site-footer"><p>Landkreis Prignitz · Berliner Straße 49 · 19348 Perleberg</p><p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></p></footer>
</body>
</html>
"""
DOCS_SPEC.append(("h01-prignitz-hebammenzentrale.html", H01, {
    "title": "Hebammenzentrale Prignitz vermittelt ab April Termine",
    "subtitle": None,
    "kicker": "Hebammenversorgung",
    "categories": ["Pressemitteilungen", "Gesundheit"],
    "date": "2024-03-05", "place": "Perleberg",
    "speakers": [
        sp("Dr. Annika Rehfeldt", "Leiterin des Gesundheitsamtes des Landkreises Prignitz", [
            "Viele Frauen haben uns berichtet, dass sie zwanzig und mehr Hebammen anrufen mussten, bevor sie eine Zusage bekamen",
            "Das wollen wir ändern."], "Gesundheitsamt des Landkreises Prignitz"),
        sp("Merle Tiedjen", "Sprecherin des Hebammennetzwerks Prignitz", [
            "Bisher mussten wir jeden Tag Absagen erteilen, ohne sagen zu können, wer noch Kapazitäten hat. Jetzt können wir die Frauen einfach weiterleiten."], "Hebammennetzwerk Prignitz"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2024-04-15", "2025"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Startseite", "Foto: Landkreis Prignitz", "Text: Pressestelle", "Beitrag teilen", "Kreistag, Sitzungssaal", "Berliner Straße 49"],
    "notes": [
        "The kicker is a <span> inside the <h1>; the title is the rest of the h1.",
        "Date line 'Veröffentlicht am Dienstag, 5. März 2024, 10:15 Uhr'.",
        "Categories from the post-categories list; the breadcrumb is not a category.",
        "Tiedjen is a NAMED Sprecherin (role before name with comma apposition) and therefore a speaker.",
        "Sidebar dates (Termine) are not mentioned dates.",
    ],
}))

# ================================================================== h02 Ministerium: <dl> metadata, place/date in header, funding list
B = [
    "Das Land Brandenburg unterstützt 27 Städte, Gemeinden und Ämter bei der Anschaffung neuer Feuerwehrfahrzeuge. Am Dienstag wurden im Innenministerium Förderbescheide über insgesamt 9,8 Millionen Euro übergeben.",
    "„Moderne Fahrzeuge sind nicht nur eine Frage der Technik, sondern auch der Wertschätzung für die Ehrenamtlichen, die Tag und Nacht für uns ausrücken“, sagte Staatssekretärin Dr. Katja Roloff bei der Übergabe. „Wer sich in der Freiwilligen Feuerwehr engagiert, verdient eine gute Ausrüstung.“",
    "Gefördert werden unter anderem:",
    L(["Gemeinde Schönefeld: Hilfeleistungslöschgruppenfahrzeug HLF 20", "Amt Lieberose/Oberspreewald: zwei Tragkraftspritzenfahrzeuge",
       "Stadt Wittstock/Dosse: Drehleiter mit Korb", "Gemeinde Kleinmachnow: Einsatzleitwagen"]),
    "Seit Beginn des Programms im Jahr 2020 hat das Land damit mehr als 400 Fahrzeuge mitfinanziert. Der Förderanteil liegt je nach Finanzkraft der Kommune zwischen 50 und 75 Prozent.",
    "„Gerade im ländlichen Raum sind die Wehren auf jedes neue Fahrzeug angewiesen. Viele Löschfahrzeuge sind älter als dreißig Jahre“, so Torsten Maibaum vom Landesfeuerwehrverband Brandenburg.",
    "Die nächste Antragsrunde beginnt am 1. Februar 2025. Anträge sind bis zum 31. März 2025 zu stellen.",
]
H02 = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Land fördert 27 neue Feuerwehrfahrzeuge - Ministerium des Innern und für Kommunales</title></head>
<body>
<div id="cookie-banner"><p>Diese Seite verwendet ausschließlich technisch notwendige Cookies.</p><a href="#" class="close">Verstanden</a></div>
<header><div class="landeslogo">Land Brandenburg</div><div class="ressort">Ministerium des Innern und für Kommunales</div>
<nav><ul><li>Ministerium</li><li>Themen</li><li>Service</li><li>Presse</li></ul></nav></header>
<div class="breadcrumb">Startseite &gt; Presse &gt; Pressemitteilungen</div>
<main>
  <article class="pm">
    <dl class="pm-meta">
      <dt>Herausgeber</dt><dd>Ministerium des Innern und für Kommunales</dd>
      <dt>Ort, Datum</dt><dd>Potsdam, 22.10.2024</dd>
      <dt>Themen</dt><dd>Kommunales, Feuerwehr</dd>
    </dl>
    <h1>Land fördert 27 neue Feuerwehrfahrzeuge</h1>
    <p class="pm-subline">Förderbescheide über 9,8 Millionen Euro übergeben</p>
    <div class="pm-text">
{html_render(B)}
    </div>
    <div class="pm-tools"><a href="#">Drucken</a> | <a href="#">Als PDF herunterladen</a> | <a href="#">Weiterempfehlen</a></div>
  </article>
  <aside><h2>Weitere Pressemitteilungen</h2><ul><li>21.10.2024 – Kommunaler Finanzausgleich 2025 beschlossen</li><li>18.10.2024 – Neue Leitstelle in Eberswalde in Betrieb</li></ul></aside>
</main>
<footer><p>Ministerium des Innern und für Kommunales · Henning-von-Tresckow-Straße 9–13 · 14467 Potsdam</p><p>Seite zuletzt aktualisiert am 13.11.2024</p><p>Impressum | Datenschutz | Barrierefreiheit</p></footer>
</body>
</html>
"""
DOCS_SPEC.append(("h02-mik-feuerwehrfahrzeuge.html", H02, {
    "title": "Land fördert 27 neue Feuerwehrfahrzeuge",
    "subtitle": "Förderbescheide über 9,8 Millionen Euro übergeben",
    "kicker": None,
    "categories": ["Kommunales", "Feuerwehr"],
    "date": "2024-10-22", "place": "Potsdam",
    "speakers": [
        sp("Dr. Katja Roloff", "Staatssekretärin", [
            "Moderne Fahrzeuge sind nicht nur eine Frage der Technik, sondern auch der Wertschätzung für die Ehrenamtlichen, die Tag und Nacht für uns ausrücken",
            "Wer sich in der Freiwilligen Feuerwehr engagiert, verdient eine gute Ausrüstung."]),
        sp("Torsten Maibaum", None, [
            "Gerade im ländlichen Raum sind die Wehren auf jedes neue Fahrzeug angewiesen. Viele Löschfahrzeuge sind älter als dreißig Jahre"], "Landesfeuerwehrverband Brandenburg"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2020", "2025-02-01", "2025-03-31"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Herausgeber", "Ort, Datum", "Weitere Pressemitteilungen", "zuletzt aktualisiert", "Henning-von-Tresckow", "Als PDF herunterladen"],
    "notes": [
        "Header as a definition list: place and date 'Potsdam, 22.10.2024' (place from the header dateline; the body has none), 'Themen' → categories.",
        "'Seite zuletzt aktualisiert am 13.11.2024' and the sidebar dates are not the publication date and not mentioned dates.",
        "The list of funded municipalities (Gemeinde Schönefeld: …) is NOT a member list.",
        "Maibaum is introduced only as 'vom Landesfeuerwehrverband Brandenburg': no role, organisation from the prepositional phrase.",
    ],
}))

# ================================================================== h03 Wasserzweckverband: member table
MEM03H = [("Kyritz", "Stadt", "Ostprignitz-Ruppin"), ("Wusterhausen/Dosse", "Gemeinde", "Ostprignitz-Ruppin"),
          ("Neustadt (Dosse)", "Amt", "Ostprignitz-Ruppin"), ("Heiligengrabe", "Gemeinde", "Ostprignitz-Ruppin"), ("Gumtow", "Gemeinde", "Prignitz")]
B = [
    "Kyritz. Die Gemeinde Gumtow ist seit dem 1. Januar 2025 Mitglied im Zweckverband Wasserversorgung Dosse-Jäglitz. Die Verbandsversammlung hatte dem Beitritt im November 2024 zugestimmt. Damit versorgt der Verband rund 4.200 weitere Einwohnerinnen und Einwohner mit Trinkwasser.",
    "„Für uns war die eigene Wasserversorgung auf Dauer nicht mehr zu stemmen. Allein die Erneuerung des Wasserwerks in Demerthin hätte uns überfordert“, sagte Achim Ruschel, Bürgermeister der Gemeinde Gumtow.",
    "Verbandsvorsteherin Kathleen Drewitz betonte, dass die Trinkwasserpreise für alle Mitglieder gleich bleiben. „Die Sanierung in Demerthin finanzieren wir aus Rücklagen und Fördermitteln, nicht über den Wasserpreis.“",
    "Dem Verband gehören damit fünf Mitglieder an.",
    T("Mitglieder des Zweckverbandes ab 1. Januar 2025", ["Mitglied", "Art", "Landkreis"], [list(r) for r in MEM03H]),
    "Der Verband wurde im Juni 1993 gegründet und hat seinen Sitz in Kyritz. Die Sanierung des Wasserwerks Demerthin soll 2026 beginnen.",
]
H03 = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Aktuelles – Zweckverband Wasserversorgung Dosse-Jäglitz</title></head>
<body>
<div class="cc-banner">Wir setzen auf dieser Website Cookies ein. <button>Einverstanden</button></div>
<div class="page">
<header><p class="site-name">Zweckverband Wasserversorgung Dosse-Jäglitz</p>
<ul class="menu"><li>Start</li><li>Verband</li><li>Trinkwasser</li><li>Gebühren</li><li>Aktuelles</li><li>Kontakt</li></ul></header>
<div class="content">
  <div class="article">
    <div class="kicker">Wasserversorgung</div>
    <h1>Gumtow ist neues Mitglied im Wasserzweckverband</h1>
    <p class="meta">Datum: 14.01.2025 · Schlagworte: <a href="#">Verband</a>, <a href="#">Trinkwasser</a></p>
    <div class="text">
{html_render(B)}
    </div>
    <p class="back"><a href="/aktuelles">« zurück zur Übersicht</a></p>
  </div>
  <div class="aside"><h3>Störungsdienst</h3><p>Rund um die Uhr erreichbar: 033971 555-99</p><h3>Wasserhärte</h3><p>Härtebereich mittel (8,9 °dH)</p></div>
</div>
<footer><p>Zweckverband Wasserversorgung Dosse-Jäglitz · Perleberger Straße 12 · 16866 Kyritz</p><p>Impressum · Datenschutz</p></footer>
</div>
</body>
</html>
"""
DOCS_SPEC.append(("h03-zv-wasser-dosse-mitgliedertabelle.html", H03, {
    "title": "Gumtow ist neues Mitglied im Wasserzweckverband",
    "subtitle": None,
    "kicker": "Wasserversorgung",
    "categories": ["Verband", "Trinkwasser"],
    "date": "2025-01-14", "place": "Kyritz",
    "speakers": [
        sp("Achim Ruschel", "Bürgermeister der Gemeinde Gumtow", [
            "Für uns war die eigene Wasserversorgung auf Dauer nicht mehr zu stemmen. Allein die Erneuerung des Wasserwerks in Demerthin hätte uns überfordert"], "Gemeinde Gumtow"),
        sp("Kathleen Drewitz", "Verbandsvorsteherin", [
            "Die Sanierung in Demerthin finanzieren wir aus Rücklagen und Fördermitteln, nicht über den Wasserpreis."]),
    ],
    "member_lists": [members("Mitglieder", [(n, k) for n, k, _ in MEM03H])],
    "mentioned_dates": ["1993-06", "2024-11", "2025-01-01", "2026"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Schlagworte", "Datum: 14.01.2025", "zurück zur Übersicht", "Störungsdienst", "Härtebereich", "Perleberger Straße 12"],
    "notes": [
        "Member list as an HTML table (Mitglied | Art | Landkreis); the body renders it as caption paragraph + one ' | ' line per row, header first. Kind from the 'Art' column. The Landkreis column values are attributes, not members.",
        "Count 'fünf' stated and matching.",
        "'Schlagworte:' → categories.",
        "Drewitz: named with role, then 'betonte, dass …' (indirect); the following quoted sentence without a speech verb is her continuation quote.",
    ],
}))

# ================================================================== h04 Teltow-Fläming: no date, kicker uppercased only by CSS
B = [
    "Der Landkreis Teltow-Fläming stattet alle 14 Schulen in seiner Trägerschaft mit Klassensätzen von Tablets aus. Bis zu den Herbstferien werden insgesamt 2.300 Geräte ausgeliefert. Das hat der Kreisausschuss in seiner jüngsten Sitzung beschlossen.",
    "„Digitale Bildung darf nicht davon abhängen, ob sich eine Familie ein eigenes Gerät leisten kann“, sagte die für Bildung zuständige Beigeordnete Hannelore Ziesenitz. Sie verwies darauf, dass die Geräte in den Schulen bleiben und von mehreren Klassen genutzt werden.",
    "Die Wartung übernimmt das Medienzentrum in Luckenwalde. Dr. Fabian Kreutzfeldt, Leiter des Medienzentrums Teltow-Fläming, kündigte zudem Fortbildungen für Lehrkräfte an. „Ein Tablet ist nur so gut wie der Unterricht, in dem es eingesetzt wird“, sagte er. „Deshalb fangen wir bei den Lehrerinnen und Lehrern an und nicht bei den Geräten.“",
    "Finanziert wird die Anschaffung mit rund 1,1 Millionen Euro aus dem DigitalPakt Schule, der seit Mai 2019 läuft, sowie aus Eigenmitteln des Landkreises.",
    "Eltern können sich bei einem Informationsabend am 24. September im Kreishaus in Luckenwalde über das Projekt informieren.",
]
H04 = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Alle Kreisschulen erhalten Klassensätze mit Tablets | Landkreis Teltow-Fläming</title>
<style>.kicker{{text-transform:uppercase;letter-spacing:.05em;color:#6a8f2a}}</style></head>
<body>
<div class="privacy-layer"><strong>Datenschutzeinstellungen</strong><p>Wir nutzen Cookies und vergleichbare Technologien. Einige sind notwendig, andere helfen uns, unser Angebot zu verbessern.</p><button>Alle akzeptieren</button><button>Individuelle Einstellungen</button></div>
<header><a href="/" class="logo">Landkreis Teltow-Fläming</a><p class="banner">© 2024 Landkreis Teltow-Fläming – Ihr Kreis im Süden von Berlin</p>
<nav><a href="#">Bürgerservice</a> <a href="#">Kreisverwaltung</a> <a href="#">Bildung</a> <a href="#">Presse</a></nav></header>
<main>
  <article>
    <p class="kicker">Schuldigitalisierung</p>
    <h1>Alle Kreisschulen erhalten Klassensätze mit Tablets</h1>
    <p class="subline">Medienzentrum übernimmt Wartung und Fortbildung</p>
    <div class="tags">Themen: <a href="#">Schule</a>, <a href="#">Digitalisierung</a></div>
    <div class="richtext">
{html_render(B)}
    </div>
    <div class="socials"><span>Teilen:</span> <a>Facebook</a> <a>LinkedIn</a> <a>Link kopieren</a></div>
  </article>
  <aside><h3>Termine</h3><ul><li>26.09.2024 Kreistag</li><li>02.10.2024 Jugendhilfeausschuss</li></ul><h3>Kontakt Presse</h3><p>Pressestelle, Am Nuthefließ 2, 14943 Luckenwalde</p></aside>
</main>
<footer><p>© 2024 Landkreis Teltow-Fläming · Impressum · Datenschutz · Leichte Sprache</p></footer>
</body>
</html>
"""
DOCS_SPEC.append(("h04-tf-tablets-ohne-datum.html", H04, {
    "title": "Alle Kreisschulen erhalten Klassensätze mit Tablets",
    "subtitle": "Medienzentrum übernimmt Wartung und Fortbildung",
    "kicker": "Schuldigitalisierung",
    "categories": ["Schule", "Digitalisierung"],
    "date": None, "place": None,
    "speakers": [
        sp("Hannelore Ziesenitz", "für Bildung zuständige Beigeordnete", [
            "Digitale Bildung darf nicht davon abhängen, ob sich eine Familie ein eigenes Gerät leisten kann"]),
        sp("Dr. Fabian Kreutzfeldt", "Leiter des Medienzentrums Teltow-Fläming", [
            "Ein Tablet ist nur so gut wie der Unterricht, in dem es eingesetzt wird",
            "Deshalb fangen wir bei den Lehrerinnen und Lehrern an und nicht bei den Geräten."], "Medienzentrum Teltow-Fläming"),
    ],
    "member_lists": [],
    "mentioned_dates": ["2019-05"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Datenschutzeinstellungen", "Themen:", "Teilen:", "Jugendhilfeausschuss", "Am Nuthefließ", "© 2024"],
    "notes": [
        "The page states no publication date: date null. '© 2024' in banner/footer and the sidebar Termine are not dates of the document.",
        "The kicker is shown in capitals only via CSS (text-transform); the gold keeps the source text 'Schuldigitalisierung'.",
        "No dateline, no place.",
        "'am 24. September' has no year and the document has no date: not resolvable, so no mentioned date. 'seit Mai 2019' → 2019-05.",
        "Ziesenitz: role before name with article ('die für Bildung zuständige Beigeordnete'), kept without the article. Kreutzfeldt's quotes are attributed by pronoun ('sagte er').",
    ],
}))

# ================================================================== h05 Breitband Elbe-Elster: new members <ul> + guest list
MEM05H = ["Stadt Mühlberg/Elbe", "Stadt Uebigau-Wahrenbrück", "Amt Schlieben", "Gemeinde Röderland"]
B = [
    "Herzberg (Elster) – Der Zweckverband Breitband Elbe-Elster wächst weiter. Die Verbandsversammlung hat am Montagabend in der Kreisstadt vier neue Mitglieder aufgenommen:",
    L(MEM05H),
    "Damit gehören dem Verband nun 13 Kommunen an. Er war am 1. Juli 2022 von neun Städten und Ämtern gegründet worden.",
    "„Jede Kommune, die dazukommt, macht unsere Ausschreibungen für die Netzbetreiber attraktiver“, sagte Verbandsvorsteher Ronny Ebersbach. „Das gilt gerade für die Dörfer, in denen bisher niemand bauen wollte.“",
    "Sieglinde Havemann, Bürgermeisterin der Stadt Mühlberg/Elbe, hatte sich in ihrer Stadtverordnetenversammlung für den Beitritt starkgemacht. Sie rechnet mit deutlich geringeren Planungskosten: „Allein hätten wir für den Glasfaserausbau ein eigenes Ingenieurbüro beauftragen müssen. Im Verband teilen wir uns diese Kosten.“",
    "Unter den Gästen der Sitzung waren:",
    L(["Benedikt Schaller, Breitbandkoordinator des Landkreises Elbe-Elster",
       "Vertreterinnen und Vertreter der Stadt Falkenberg/Elster und der Gemeinde Heideland",
       "Mitarbeitende der Breitbandberatung des Landes Brandenburg"]),
    "Die Ausschreibung für den ersten gemeinsamen Ausbauabschnitt soll im ersten Quartal 2025 veröffentlicht werden.",
]
H05 = f"""<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Breitbandverband nimmt vier neue Mitglieder auf</title>
<meta name="description" content="Zweckverband Breitband Elbe-Elster: Pressemitteilungen"></head>
<body>
<div class="cookie-note">Hinweis: Diese Website nutzt Cookies. <a href="/datenschutz">Datenschutzerklärung</a> <button>OK</button></div>
<header class="kopf"><span class="verbandsname">Zweckverband Breitband Elbe-Elster</span>
<nav><a href="/">Start</a> <a href="/verband">Verband</a> <a href="/ausbau">Ausbau</a> <a href="/aktuelles">Aktuelles</a></nav></header>
<p class="pfad">Sie sind hier: Start / Aktuelles / Meldung</p>
<main>
  <article class="meldung">
    <div class="category-path">Aktuelles › Pressemitteilungen</div>
    <span class="date">Mi, 06.11.2024</span>
    <h1>Breitbandverband nimmt vier neue Mitglieder auf</h1>
    <h2 class="subtitle">Glasfaserausbau: Dreizehn Kommunen planen jetzt gemeinsam</h2>
    <div class="meldung-text">
{html_render(B)}
    </div>
    <p class="seitenfunktionen">Seite drucken · Seite teilen · nach oben</p>
  </article>
</main>
<footer><p>Zweckverband Breitband Elbe-Elster · Geschäftsstelle · Ludwig-Jahn-Straße 2 · 04916 Herzberg (Elster)</p><p>Impressum | Datenschutz | Kontakt</p></footer>
</body>
</html>
"""
DOCS_SPEC.append(("h05-zv-breitband-elbe-elster.html", H05, {
    "title": "Breitbandverband nimmt vier neue Mitglieder auf",
    "subtitle": "Glasfaserausbau: Dreizehn Kommunen planen jetzt gemeinsam",
    "kicker": None,
    "categories": ["Aktuelles", "Pressemitteilungen"],
    "date": "2024-11-06", "place": "Herzberg (Elster)",
    "speakers": [
        sp("Ronny Ebersbach", "Verbandsvorsteher", [
            "Jede Kommune, die dazukommt, macht unsere Ausschreibungen für die Netzbetreiber attraktiver",
            "Das gilt gerade für die Dörfer, in denen bisher niemand bauen wollte."]),
        sp("Sieglinde Havemann", "Bürgermeisterin der Stadt Mühlberg/Elbe", [
            "Allein hätten wir für den Glasfaserausbau ein eigenes Ingenieurbüro beauftragen müssen. Im Verband teilen wir uns diese Kosten."], "Stadt Mühlberg/Elbe"),
    ],
    "member_lists": [members("Neue Mitglieder", [tuple(reversed(m.split(" ", 1))) for m in MEM05H])],
    "mentioned_dates": ["2022-07-01", "2025"],
    "body": body_of(B),
    "body_must_not_contain": ["Cookies", "Sie sind hier", "Seite drucken", "Ludwig-Jahn-Straße", "Aktuelles › Pressemitteilungen", "Mi, 06.11.2024"],
    "notes": [
        "Category path 'Aktuelles › Pressemitteilungen' inside the article header → two categories; the 'Sie sind hier' path is a breadcrumb.",
        "Date as 'Mi, 06.11.2024'.",
        "New members in a <ul> introduced by 'vier neue Mitglieder aufgenommen:' (count matches). The total '13 Kommunen' has no list.",
        "The guest list names a Stadt and a Gemeinde but is NOT a member list.",
        "Havemann: named with apposition in one sentence; her quote follows in the next sentence, attributed by pronoun ('Sie rechnet … :').",
        "'im ersten Quartal 2025' → 2025.",
    ],
}))


# ------------------------------------------------------------------ checks and output
def visible_text(raw, fname):
    t = raw
    if fname.endswith(".html"):
        t = re.sub(r"<style.*?</style>", " ", t, flags=re.S)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return re.sub(r"\s+", " ", t)


def strip_q(s):
    return s.replace("„", "").replace("“", "")


def main():
    DOCS.mkdir(exist_ok=True)
    names = set()
    for fname, raw, gold in DOCS_SPEC:
        assert fname not in names, fname
        names.add(fname)
        (DOCS / fname).write_text(raw, encoding="utf-8")
        vis = visible_text(raw, fname)
        for s in gold["speakers"]:
            for q in s["quotes"]:
                assert strip_q(re.sub(r"\s+", " ", q)) in strip_q(vis), (fname, s["name"], q[:40])
        for para in gold["body"].split("\n\n"):
            for line in para.split("\n"):
                line = line[2:] if line.startswith("- ") else line
                if " | " in line:
                    continue
                assert re.sub(r"\s+", " ", line) in vis, (fname, line[:60])
        for bad in gold["body_must_not_contain"]:
            assert bad not in gold["body"], (fname, bad)
            assert bad in raw, (fname, "must-not string absent from raw", bad)
        for field in ("title", "subtitle", "kicker"):
            if gold[field]:
                assert gold[field] in vis, (fname, field)
                if field != "kicker":
                    assert gold[field] not in gold["body"], (fname, field, "in body")
        for ml in gold["member_lists"]:
            for m in ml["members"]:
                assert m["name"] in vis, (fname, m["name"])
                assert m["kind"] in ("Stadt", "Gemeinde", "Amt", "Landkreis", "Verband", None)
        assert gold["mentioned_dates"] == sorted(gold["mentioned_dates"]), fname
        rec = {"source": fname, "language": "de", **gold}
        (HERE / (fname.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n_txt = sum(f.endswith(".txt") for f in names)
    print(f"wrote {len(names)} documents ({n_txt} text, {len(names) - n_txt} html) and their gold records to {HERE}")


if __name__ == "__main__":
    main()
