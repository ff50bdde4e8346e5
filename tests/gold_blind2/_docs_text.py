"""Text documents (PDF-to-text dumps, newsletters, scraper dumps) of the blind2 gold set."""

from _util import sp

DOCS = []

# --------------------------------------------------------------------------------------------
# x13: PDF-to-text dump, Landesamt für Statistik Niedersachsen, only indirect speech, hyphenation, page furniture
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    stem="x13-lsn-bevoelkerung-pdf",
    ext="txt",
    enc="utf-8",
    text="""Landesamt für Statistik Niedersachsen                                    PRESSEMITTEILUNG
Göttinger Chaussee 76 · 30453 Hannover                                    Nr. 071/2023


                                                                     Hannover, 21.08.2023


Niedersachsens Bevölkerung wächst 2022 so stark wie seit 1992 nicht mehr
Zuwanderung aus der Ukraine prägt die Entwicklung – Geburtenzahl sinkt
deutlich

Die Einwohnerzahl Niedersachsens ist im Jahr 2022 um rund 97.000 Personen auf
8,14 Millionen gestiegen. Das ist der stärkste Zuwachs innerhalb eines Jahres seit
1992, wie das Landesamt für Statistik Niedersachsen (LSN) mitteilt. Ursache ist
fast ausschließlich die Zuwanderung: Allein aus der Ukraine zogen per Saldo
rund 88.000 Menschen nach Niedersachsen.

Die Zahl der Geburten ging dagegen auf 71.300 zurück, das waren 7,1 Prozent we-
niger als im Vorjahr. Gleichzeitig starben so viele Menschen wie nie zuvor seit
Bestehen des Landes. Ohne Zuwanderung wäre die Bevölkerung damit um rund
33.000 Personen geschrumpft.

Wie die Präsidentin des Landesamtes, Dr. Ulrike Bergmann-Tietz, bei der Vorstel-
lung der Zahlen erläuterte, sei der Zuwachs regional sehr ungleich verteilt. Die
kreisfreien Städte und das Umland von Hannover hätten überdurchschnittlich gewon-
nen, während mehrere Landkreise im Süden trotz Zuwanderung Einwohner verloren
hätten. Die Ergebnisse seien eine wichtige Grundlage für die Planung von Kita- und
Schulplätzen.

\x0c                                      - 2 -

Die höchsten Zuwächse verzeichneten:
   •   Stadt Oldenburg (Oldb)       + 2,1 Prozent
   •   Region Hannover              + 1,6 Prozent
   •   Landkreis Vechta             + 1,5 Prozent

Die Ergebnisse beruhen auf der Fortschreibung des Bevölkerungsstandes auf Basis
des Zensus 2011. Die Ergebnisse des Zensus 2022 werden voraussichtlich im Juni
2024 veröffentlicht; danach werden die Zahlen rückwirkend angepasst.

Weitere Informationen und Tabellen finden Sie in der Statistischen Datenbank
LSN-Online unter der Tabelle Z100001G.

Pressekontakt: Dezernat 11 – Öffentlichkeitsarbeit, Tel. 0511 9898-1111,
E-Mail: presse@statistik.niedersachsen.de

Landesamt für Statistik Niedersachsen – Pressemitteilung 071/2023           Seite 2 von 2
""",
    gold=dict(
        title="Niedersachsens Bevölkerung wächst 2022 so stark wie seit 1992 nicht mehr",
        subtitle="Zuwanderung aus der Ukraine prägt die Entwicklung – Geburtenzahl sinkt deutlich",
        kicker=None,
        categories=["Pressemitteilung"],
        date="2023-08-21",
        place="Hannover",
        language="de",
        speakers=[],
        member_lists=[],
        mentioned_dates=["1992", "2022", "2024-06"],
        body_must_contain=["Die Einwohnerzahl Niedersachsens ist im Jahr 2022 um rund 97.000 Personen",
                           "Weitere Informationen und Tabellen finden Sie in der Statistischen Datenbank"],
        body_must_not_contain=["Göttinger Chaussee 76", "Seite 2 von 2", "- 2 -"],
        notes=["PDF-to-text dump: letterhead, page number '- 2 -', form feed and running footer are furniture.",
               "The subtitle wraps over two lines in the dump; it is one subtitle.",
               "The Präsidentin speaks only in Konjunktiv (indirect): no speakers.",
               "'im Jahr 2022' (and 2022 in the title) → '2022'; 'seit 1992' → '1992'; 'im Juni 2024' (wrapped over a "
               "line break) → '2024-06'. 'Zensus 2011'/'Zensus 2022' are names of censuses, not dates.",
               "The three-item bullet list of Zuwächse (Stadt, Region, Landkreis) is a ranking, not a member list."],
    ),
))

# --------------------------------------------------------------------------------------------
# x14: Sparkasse newsletter-style text, headline quote, "Ort, Datum –" dateline
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    stem="x14-sparkasse-newsletter",
    ext="txt",
    enc="utf-8",
    text="""SPARKASSEN-NEWSLETTER | Ausgabe 4/2023
Sie erhalten diesen Newsletter, weil Sie sich auf unserer Website angemeldet haben.
Wird dieser Newsletter nicht richtig angezeigt? Im Browser öffnen.

------------------------------------------------------------

PRESSEMITTEILUNG

„Ehrenamt ist unbezahlbar“ – Sparkasse vergibt Bürgerpreis an 14 Vereine

Greifswald, 18. April 2023 – Die Sparkasse Vorpommern hat am Montagabend im Pommerschen Landesmuseum
ihren Bürgerpreis verliehen. 14 Vereine und Initiativen aus den Landkreisen Vorpommern-Greifswald und
Vorpommern-Rügen erhielten Preisgelder von insgesamt 42.000 Euro. Den mit 6.000 Euro dotierten Hauptpreis
bekam der Förderverein Dorfgemeinschaftshaus Gützkow, der ein ehemaliges Konsumgebäude zum Treffpunkt
für alle Generationen umgebaut hat.

„Die Preisträger zeigen, wie viel Kraft in unseren Dörfern und Städten steckt. Wir wollen diese Arbeit
sichtbar machen und ein wenig dazu beitragen, dass sie weitergeht“, sagte Holger Wendland,
Vorstandsvorsitzender der Sparkasse Vorpommern, bei der Preisverleihung.

Die Jury aus Vertreterinnen und Vertretern von Kommunen, Kirchen und Vereinen hatte aus 96 Bewerbungen
ausgewählt. Erstmals gab es einen Sonderpreis für Projekte junger Menschen: Ihn erhielt die Jugendfeuerwehr
Wolgast für ihre Erste-Hilfe-Kurse an Grundschulen.

Die Ausschreibung für den Bürgerpreis 2024 beginnt am 1. September 2023.

Foto: Sparkasse Vorpommern / Till Brandt
(v.l.n.r.) Holger Wendland, Marie Kühl (Förderverein Gützkow), Landrat a. D. Joachim Preuß

------------------------------------------------------------
Sparkasse Vorpommern · Anstalt des öffentlichen Rechts · Markt 10 · 17489 Greifswald
Newsletter abbestellen | Datenschutz | Impressum
""",
    gold=dict(
        title="„Ehrenamt ist unbezahlbar“ – Sparkasse vergibt Bürgerpreis an 14 Vereine",
        subtitle=None,
        kicker=None,
        categories=["Pressemitteilung"],
        date="2023-04-18",
        place="Greifswald",
        language="de",
        speakers=[
            sp("Holger Wendland", None, "Holger", "Wendland", "Vorstandsvorsitzender der Sparkasse Vorpommern",
               "Sparkasse Vorpommern",
               ["Die Preisträger zeigen, wie viel Kraft in unseren Dörfern und Städten steckt. Wir wollen diese Arbeit "
                "sichtbar machen und ein wenig dazu beitragen, dass sie weitergeht"]),
        ],
        member_lists=[],
        mentioned_dates=["2023-09-01"],
        body_must_contain=["Die Sparkasse Vorpommern hat am Montagabend im Pommerschen Landesmuseum",
                           "Die Ausschreibung für den Bürgerpreis 2024 beginnt am 1. September 2023."],
        body_must_not_contain=["Newsletter abbestellen", "Im Browser öffnen", "Markt 10", "Ausgabe 4/2023"],
        notes=["Newsletter furniture (header, unsubscribe footer) is not body.",
               "The headline quote „Ehrenamt ist unbezahlbar“ is not attributed: not a speaker quote.",
               "'Bürgerpreis 2024' is a prize name; 'Ausgabe 4/2023' an issue number: no dates.",
               "Caption names (v.l.n.r.) are no speakers."],
    ),
))

# --------------------------------------------------------------------------------------------
# x15: Interview Q&A (Landkreis, Niedersachsen), kicker, headline quote, "Stand:" only → no date
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    stem="x15-emsland-interview-kreisbrandmeister",
    ext="txt",
    enc="utf-8",
    text="""Landkreis Emsland > Aktuelles > Interviews
Drucken | Vorlesen | Leichte Sprache

Im Interview

„Ohne Ehrenamt geht bei uns nichts“

Kreisbrandmeister Bernd Hölscher über Nachwuchs, Einsatzzahlen und neue Fahrzeuge

Die Feuerwehren im Emsland sind im vergangenen Jahr zu mehr als 4.600 Einsätzen ausgerückt – so oft wie nie
zuvor. Über die Gründe und über die Frage, wie die Wehren ihren Nachwuchs sichern, hat die Pressestelle des
Landkreises mit Kreisbrandmeister Bernd Hölscher gesprochen.

Herr Hölscher, warum steigen die Einsatzzahlen?

Hölscher: Wir hatten zwei sehr trockene Sommer mit vielen Flächenbränden. Dazu kommen Unwetter, die früher
seltener waren. Und die Menschen rufen schneller die 112, auch bei Kleinigkeiten.

Finden die Wehren genug Nachwuchs?

Hölscher: In den Jugendfeuerwehren sieht es gut aus, wir haben über 2.300 Mitglieder. Schwierig wird es
tagsüber, weil viele Kameraden außerhalb ihres Wohnortes arbeiten.

Was plant der Landkreis?

Hölscher: Bis zum Jahr 2026 beschaffen wir zwölf neue Löschfahrzeuge für den Katastrophenschutz. Außerdem
bauen wir die Kreisfeuerwehrzentrale in Meppen aus.

Das Gespräch führte Anna Lübbers, Pressestelle Landkreis Emsland.

Stand: 02.02.2024
Seite teilen: Facebook | X | E-Mail
""",
    gold=dict(
        title="„Ohne Ehrenamt geht bei uns nichts“",
        subtitle="Kreisbrandmeister Bernd Hölscher über Nachwuchs, Einsatzzahlen und neue Fahrzeuge",
        kicker="Im Interview",
        categories=[],
        date=None,
        place=None,
        language="de",
        speakers=[
            sp("Bernd Hölscher", None, "Bernd", "Hölscher", "Kreisbrandmeister", None,
               ["Wir hatten zwei sehr trockene Sommer mit vielen Flächenbränden. Dazu kommen Unwetter, die früher "
                "seltener waren. Und die Menschen rufen schneller die 112, auch bei Kleinigkeiten.",
                "In den Jugendfeuerwehren sieht es gut aus, wir haben über 2.300 Mitglieder. Schwierig wird es tagsüber, "
                "weil viele Kameraden außerhalb ihres Wohnortes arbeiten.",
                "Bis zum Jahr 2026 beschaffen wir zwölf neue Löschfahrzeuge für den Katastrophenschutz. Außerdem bauen "
                "wir die Kreisfeuerwehrzentrale in Meppen aus."]),
        ],
        member_lists=[],
        mentioned_dates=["2026"],
        body_must_contain=["Die Feuerwehren im Emsland sind im vergangenen Jahr",
                           "Finden die Wehren genug Nachwuchs?",
                           "Das Gespräch führte Anna Lübbers"],
        body_must_not_contain=["Drucken | Vorlesen", "Stand: 02.02.2024", "Seite teilen"],
        notes=["Interview: the answers after 'Hölscher:' are his direct words → quotes (without the name prefix).",
               "The headline quote is not attributed in the text (he does not say it in the answers): not a quote.",
               "Only 'Stand: 02.02.2024' is given: a revision stamp, so date is null. No dateline: place null.",
               "Anna Lübbers (interviewer) is no speaker."],
    ),
))

# --------------------------------------------------------------------------------------------
# x16: Feuerwehr Halle (Saale), text, ASCII straight quotes, dateline with parentheses, +++ Update +++
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    stem="x16-feuerwehr-halle-update",
    ext="txt",
    enc="utf-8",
    text="""Feuerwehr Halle (Saale) | Einsatzberichte | 14.01.2024

Dachstuhlbrand in der Silberhöhe: 23 Bewohner in Sicherheit gebracht

Halle (Saale) - Bei einem Brand im Dachgeschoss eines fünfgeschossigen Wohnhauses in der Silberhöhe sind
am Sonntagmorgen 23 Bewohnerinnen und Bewohner in Sicherheit gebracht worden. Zwei Personen wurden mit
Verdacht auf Rauchgasvergiftung ins Krankenhaus gebracht. Die Feuerwehr war mit 58 Einsatzkräften der
Berufsfeuerwehr und der Freiwilligen Feuerwehren Ammendorf und Büschdorf vor Ort.

Der Notruf ging um 06:12 Uhr ein. Beim Eintreffen der ersten Kräfte drang dichter Rauch aus dem Dach. Über
zwei Drehleitern und das Treppenhaus wurde ein umfassender Löschangriff vorgenommen.

"Das Treppenhaus war zum Glück rauchfrei, deshalb konnten wir die meisten Bewohner über den normalen Weg ins
Freie führen", sagte Einsatzleiter Marco Liebscher. "Rauchmelder haben hier Leben gerettet."

+++ Update 11:30 Uhr +++

Der Brand ist gelöscht, die Nachlöscharbeiten dauern an. Die Wohnungen im vierten Obergeschoss sind vorerst
nicht bewohnbar. Die Stadt hat für sieben Bewohner eine Notunterkunft bereitgestellt. Die Polizei hat die
Ermittlungen zur Brandursache aufgenommen.

Foto: Feuerwehr Halle (Saale)
""",
    gold=dict(
        title="Dachstuhlbrand in der Silberhöhe: 23 Bewohner in Sicherheit gebracht",
        subtitle=None,
        kicker=None,
        categories=["Einsatzberichte"],
        date="2024-01-14",
        place="Halle (Saale)",
        language="de",
        speakers=[
            sp("Marco Liebscher", None, "Marco", "Liebscher", "Einsatzleiter", None,
               ["Das Treppenhaus war zum Glück rauchfrei, deshalb konnten wir die meisten Bewohner über den normalen Weg "
                "ins Freie führen",
                "Rauchmelder haben hier Leben gerettet."]),
        ],
        member_lists=[],
        mentioned_dates=[],
        body_must_contain=["Bei einem Brand im Dachgeschoss eines fünfgeschossigen Wohnhauses",
                           "Die Stadt hat für sieben Bewohner eine Notunterkunft bereitgestellt."],
        body_must_not_contain=["Einsatzberichte | 14.01.2024"],
        notes=["Dateline 'Halle (Saale) -' with a hyphen: the place includes the parenthesis.",
               "Quotes in ASCII straight double quotes.",
               "Date and category from the header line 'Feuerwehr Halle (Saale) | Einsatzberichte | 14.01.2024'.",
               "The '+++ Update 11:30 Uhr +++' section belongs to the body."],
    ),
))

# --------------------------------------------------------------------------------------------
# x17: Sächsischer Städte- und Gemeindetag, "Dazu erklärt …:" statement with two quoted paragraphs
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    stem="x17-ssg-statement-kita",
    ext="txt",
    enc="utf-8",
    text="""Sächsischer Städte- und Gemeindetag e. V.
Pressemitteilung

Kita-Finanzierung: Kommunen fordern Anpassung der Landespauschale

Dresden, 02.03.2023. Der Sächsische Städte- und Gemeindetag (SSG) fordert den Freistaat auf, die
Landespauschale für die Kindertagesbetreuung an die gestiegenen Kosten anzupassen. Nach Berechnungen des
Verbandes ist der Anteil der Kommunen an den Betriebskosten seit 2019 von 41 auf 47 Prozent gestiegen. Hintergrund
ist die Beratung des Doppelhaushaltes im Sächsischen Landtag.

Dazu erklärt die Geschäftsführerin des Sächsischen Städte- und Gemeindetages, Dr. Ilka Marquardt:

„Die Städte und Gemeinden stehen zu ihrer Verantwortung für gute Kitas. Aber wenn Tarifsteigerungen und
Energiekosten allein bei den Kommunen und den Eltern hängen bleiben, stimmt die Balance nicht mehr.“

„Wir erwarten, dass der Freistaat die Pauschale dynamisiert. Sonst müssen viele Gemeinden die Elternbeiträge
erneut erhöhen – das will niemand.“

Der SSG verweist auf eine Umfrage unter seinen Mitgliedern: 212 von 418 Städten und Gemeinden hätten die
Elternbeiträge zum 1. Januar 2023 bereits angehoben. Der Landtag soll den Doppelhaushalt voraussichtlich im
Juni 2023 beschließen.

Kontakt: Pressestelle SSG, Glacisstraße 3, 01099 Dresden, Tel. 0351 8192-0
""",
    gold=dict(
        title="Kita-Finanzierung: Kommunen fordern Anpassung der Landespauschale",
        subtitle=None,
        kicker="Sächsischer Städte- und Gemeindetag e. V.",
        categories=["Pressemitteilung"],
        date="2023-03-02",
        place="Dresden",
        language="de",
        speakers=[
            sp("Dr. Ilka Marquardt", "Dr.", "Ilka", "Marquardt",
               "Geschäftsführerin des Sächsischen Städte- und Gemeindetages", "Sächsischer Städte- und Gemeindetag",
               ["Die Städte und Gemeinden stehen zu ihrer Verantwortung für gute Kitas. Aber wenn Tarifsteigerungen und "
                "Energiekosten allein bei den Kommunen und den Eltern hängen bleiben, stimmt die Balance nicht mehr.",
                "Wir erwarten, dass der Freistaat die Pauschale dynamisiert. Sonst müssen viele Gemeinden die "
                "Elternbeiträge erneut erhöhen – das will niemand."]),
        ],
        member_lists=[],
        mentioned_dates=["2019", "2023-01-01", "2023-06"],
        body_must_contain=["fordert den Freistaat auf, die", "Dazu erklärt die Geschäftsführerin",
                           "Der Landtag soll den Doppelhaushalt voraussichtlich"],
        body_must_not_contain=["Glacisstraße 3"],
        notes=["The issuing body's name above 'Pressemitteilung' and the headline is the overline (kicker), as in the "
               "reference record; 'Pressemitteilung' is the category.",
               "'Dazu erklärt die Geschäftsführerin …, Dr. Ilka Marquardt:' → role before the name; the two quoted "
               "paragraphs that follow are her quotes.",
               "The Umfrage sentence in Konjunktiv is indirect."],
    ),
))

# --------------------------------------------------------------------------------------------
# x18: Zweckverband in Niedersachsen, two member lists with Landkreise, Samtgemeinden, Hansestadt, Flecken
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    stem="x18-zv-breitband-heide-elbe",
    ext="txt",
    enc="utf-8",
    text="""Zweckverband Breitband Heide-Elbe

Aktuelles | Pressemitteilung

Zwei weitere Kommunen treten dem Breitband-Zweckverband bei

Uelzen, 27.06.2023 – Der Zweckverband Breitband Heide-Elbe wächst: Die Verbandsversammlung hat am Montag
einstimmig der Aufnahme der Samtgemeinde Elbtalaue und der Samtgemeinde Lüchow (Wendland) zugestimmt. Die
Beitritte werden zum 1. Januar 2024 wirksam. Dem Verband gehören dann elf Mitglieder an.

„Glasfaser endet nicht an der Kreisgrenze. Je mehr Kommunen mitmachen, desto besser sind unsere Karten bei
Ausschreibungen und Fördermitteln“, sagte Verbandsgeschäftsführer Thorsten Kruse. Seit der Gründung im
Jahr 2019 hat der Verband rund 14.000 Haushalte und 420 Unternehmen an das Glasfasernetz angeschlossen.

Der Vorsitzende der Verbandsversammlung, Landrat a. D. Gerhard Vollmers, sprach von einem wichtigen Signal
für den ländlichen Raum. Der weitere Ausbau soll bis Ende 2027 abgeschlossen sein.

Bisherige Mitglieder:
• Landkreis Uelzen
• Landkreis Lüchow-Dannenberg
• Hansestadt Uelzen
• Samtgemeinde Aue
• Samtgemeinde Bevensen-Ebstorf
• Samtgemeinde Rosche
• Samtgemeinde Suderburg
• Gemeinde Bienenbüttel
• Flecken Ebstorf

Neue Mitglieder ab 1. Januar 2024:
• Samtgemeinde Elbtalaue
• Samtgemeinde Lüchow (Wendland)

Pressekontakt: Zweckverband Breitband Heide-Elbe, Geschäftsstelle, Albrecht-Thaer-Straße 101, 29525 Uelzen
""",
    gold=dict(
        title="Zwei weitere Kommunen treten dem Breitband-Zweckverband bei",
        subtitle=None,
        kicker="Zweckverband Breitband Heide-Elbe",
        categories=["Aktuelles", "Pressemitteilung"],
        date="2023-06-27",
        place="Uelzen",
        language="de",
        speakers=[
            sp("Thorsten Kruse", None, "Thorsten", "Kruse", "Verbandsgeschäftsführer", None,
               ["Glasfaser endet nicht an der Kreisgrenze. Je mehr Kommunen mitmachen, desto besser sind unsere Karten "
                "bei Ausschreibungen und Fördermitteln"]),
        ],
        member_lists=[
            {"label": "Bisherige Mitglieder", "members": [
                {"name": "Uelzen", "kind": "Landkreis"},
                {"name": "Lüchow-Dannenberg", "kind": "Landkreis"},
                {"name": "Uelzen", "kind": "Stadt"},
                {"name": "Aue", "kind": "Verband"},
                {"name": "Bevensen-Ebstorf", "kind": "Verband"},
                {"name": "Rosche", "kind": "Verband"},
                {"name": "Suderburg", "kind": "Verband"},
                {"name": "Bienenbüttel", "kind": "Gemeinde"},
                {"name": "Ebstorf", "kind": "Gemeinde"},
            ]},
            {"label": "Neue Mitglieder ab 1. Januar 2024", "members": [
                {"name": "Elbtalaue", "kind": "Verband"},
                {"name": "Lüchow (Wendland)", "kind": "Verband"},
            ]},
        ],
        mentioned_dates=["2019", "2024-01-01", "2027"],
        body_must_contain=["Der Zweckverband Breitband Heide-Elbe wächst",
                           "Der weitere Ausbau soll bis Ende 2027 abgeschlossen sein."],
        body_must_not_contain=["Albrecht-Thaer-Straße 101"],
        notes=["The text states 'elf Mitglieder' after the accession: 9 + 2 = 11 entries, so no warning.",
               "Kinds: Landkreis → Landkreis, Hansestadt → Stadt, Gemeinde → Gemeinde, Flecken (a municipality "
               "with the title Flecken) → Gemeinde; Samtgemeinde (a Gemeindeverband) → Verband.",
               "Vollmers speaks only indirectly: no speaker. 'Landrat a. D.' is not an academic honorific."],
    ),
))

# --------------------------------------------------------------------------------------------
# x19: Bayerisches Landesamt, scraper markdown dump, "Ort (Datum) –", nested single quotes, apposition after quote
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    stem="x19-lfu-bayern-hochwasser",
    ext="txt",
    enc="utf-8",
    text="""[Zum Inhalt springen](#main) [Leichte Sprache](/leichte_sprache) [Gebärdensprache](/dgs)

* [Wasser](/wasser/)
* [Natur](/natur/)
* [Presse](/presse/)

# Hochwassernachrichtendienst warnt künftig auch für kleine Gewässer

## Neue Vorhersagen für 120 Pegel an Bächen und kleinen Flüssen – App mit Push-Warnungen

Pressemitteilung Nr. 09/2023

Augsburg (14. Februar 2023) – Der Hochwassernachrichtendienst Bayern erweitert sein Angebot: Ab dem
1. April 2023 veröffentlicht das Bayerische Landesamt für Umwelt (LfU) Vorhersagen auch für 120 Pegel an
kleineren Gewässern. Gerade dort können Starkregen innerhalb weniger Stunden gefährliche Hochwasser auslösen,
wie zuletzt im Juli 2021 im Berchtesgadener Land.

„Bei kleinen Gewässern bleibt oft nur eine Stunde zwischen Starkregen und Überflutung. Jede Minute Vorwarnzeit
zählt“, sagte LfU-Präsidentin Dr. Gerlinde Hackl. Sie rief die Bürgerinnen und Bürger auf, die Warn-App zu
nutzen: „Wer die App installiert und seinen Wohnort einträgt, bekommt die Warnung aufs Handy, bevor der Bach
über die Ufer tritt.“

Die Vorhersagen beruhen auf einem neuen Modell, das Niederschlagsradar und Bodenfeuchte kombiniert. „Wir haben
das Modell zwei Jahre lang an 40 Testpegeln erprobt. Die Treffer sind so gut, dass wir die Warnstufe ‚Meldestufe 1‘
jetzt auch für kleine Gewässer ausgeben können“, erläuterte Stefan Ruhland, Leiter der Abteilung Wasserwirtschaft
im Landesamt.

### Was die Meldestufen bedeuten

1. Meldestufe 1: stellenweise kleinere Ausuferungen
2. Meldestufe 2: land- und forstwirtschaftliche Flächen überflutet
3. Meldestufe 3: einzelne bebaute Grundstücke oder Keller überflutet
4. Meldestufe 4: bebaute Gebiete in größerem Umfang überflutet

Weitere Informationen: www.hnd.bayern.de

Foto: LfU/Archiv

* [Impressum](/impressum) * [Datenschutz](/datenschutz) * [Barrierefreiheit](/barrierefreiheit)
© Bayerisches Landesamt für Umwelt 2023
""",
    gold=dict(
        title="Hochwassernachrichtendienst warnt künftig auch für kleine Gewässer",
        subtitle="Neue Vorhersagen für 120 Pegel an Bächen und kleinen Flüssen – App mit Push-Warnungen",
        kicker=None,
        categories=["Pressemitteilung"],
        date="2023-02-14",
        place="Augsburg",
        language="de",
        speakers=[
            sp("Dr. Gerlinde Hackl", "Dr.", "Gerlinde", "Hackl", "LfU-Präsidentin", "LfU",
               ["Bei kleinen Gewässern bleibt oft nur eine Stunde zwischen Starkregen und Überflutung. Jede Minute "
                "Vorwarnzeit zählt",
                "Wer die App installiert und seinen Wohnort einträgt, bekommt die Warnung aufs Handy, bevor der Bach über "
                "die Ufer tritt."]),
            sp("Stefan Ruhland", None, "Stefan", "Ruhland", "Leiter der Abteilung Wasserwirtschaft im Landesamt",
               "Abteilung Wasserwirtschaft im Landesamt",
               ["Wir haben das Modell zwei Jahre lang an 40 Testpegeln erprobt. Die Treffer sind so gut, dass wir die "
                "Warnstufe ‚Meldestufe 1‘ jetzt auch für kleine Gewässer ausgeben können"]),
        ],
        member_lists=[],
        mentioned_dates=["2021-07", "2023-04-01"],
        body_must_contain=["Der Hochwassernachrichtendienst Bayern erweitert sein Angebot",
                           "Meldestufe 3: einzelne bebaute Grundstücke oder Keller überflutet"],
        body_must_not_contain=["Zum Inhalt springen", "Gebärdensprache", "Barrierefreiheit",
                               "© Bayerisches Landesamt für Umwelt"],
        notes=["Scraper markdown dump: '#' headline, '##' subtitle; nav and footer links are boilerplate.",
               "'Pressemitteilung Nr. 09/2023' is the category label with a number.",
               "Hackl's second quote is introduced by 'Sie rief … auf, …:' (pronoun).",
               "Role 'LfU-Präsidentin' before the name → organisation 'LfU' (as written in the role).",
               "Ruhland's quote contains nested ‚…‘ quotes."],
    ),
))

# --------------------------------------------------------------------------------------------
# x20: Landratsamt in Thüringen, text dump with crumbs, numbered list of schools (not members), two speakers
# --------------------------------------------------------------------------------------------
DOCS.append(dict(
    stem="x20-saale-orla-schulnetzplan",
    ext="txt",
    enc="utf-8",
    text="""Startseite > Landratsamt > Presse > Pressemitteilungen
Schriftgröße: A A A | Kontrast

Bildung

Kreistag beschließt Schulnetzplan bis 2028

Drei Grundschulen bleiben trotz sinkender Schülerzahlen erhalten

Schleiz, 07.12.2022 – Der Kreistag des Saale-Orla-Kreises hat in seiner Sitzung am Dienstag den
Schulnetzplan für die Schuljahre 2023/24 bis 2027/28 beschlossen. 31 Kreistagsmitglieder stimmten dafür,
neun dagegen, zwei enthielten sich. Der Plan legt fest, welche Schulstandorte der Landkreis als Schulträger
langfristig erhält und wo investiert wird.

„Wir haben jeden Standort einzeln angeschaut und mit den Gemeinden gesprochen. Kurze Wege für Grundschulkinder
haben für uns Vorrang vor reiner Auslastungsrechnung“, erklärte Jens Pohlmann, Erster Beigeordneter des
Saale-Orla-Kreises. Investitionen von rund 27 Millionen Euro sind bis 2028 vorgesehen.

Folgende Grundschulen bleiben trotz Unterschreitung der Mindestschülerzahl als Außenstellen erhalten:

1. Grundschule Remptendorf
2. Grundschule Ziegenrück
3. Grundschule Tanna

Birgit Ahnert, Vorsitzende des Kreiselternrates, begrüßte den Beschluss. „Die Eltern haben lange für diese
Schulen gekämpft. Jetzt brauchen wir Lehrkräfte, die dort auch unterrichten wollen.“

Der Schulnetzplan tritt zum 1. August 2023 in Kraft. Er wird im Amtsblatt des Landkreises veröffentlicht.

Drucken | Seite empfehlen | nach oben
""",
    gold=dict(
        title="Kreistag beschließt Schulnetzplan bis 2028",
        subtitle="Drei Grundschulen bleiben trotz sinkender Schülerzahlen erhalten",
        kicker="Bildung",
        categories=[],
        date="2022-12-07",
        place="Schleiz",
        language="de",
        speakers=[
            sp("Jens Pohlmann", None, "Jens", "Pohlmann", "Erster Beigeordneter des Saale-Orla-Kreises",
               "Saale-Orla-Kreis",
               ["Wir haben jeden Standort einzeln angeschaut und mit den Gemeinden gesprochen. Kurze Wege für "
                "Grundschulkinder haben für uns Vorrang vor reiner Auslastungsrechnung"]),
            sp("Birgit Ahnert", None, "Birgit", "Ahnert", "Vorsitzende des Kreiselternrates", "Kreiselternrat",
               ["Die Eltern haben lange für diese Schulen gekämpft. Jetzt brauchen wir Lehrkräfte, die dort auch "
                "unterrichten wollen."]),
        ],
        member_lists=[],
        mentioned_dates=["2023", "2023-08-01", "2024", "2028"],
        body_must_contain=["Der Kreistag des Saale-Orla-Kreises hat in seiner Sitzung am Dienstag",
                           "Grundschule Ziegenrück",
                           "Er wird im Amtsblatt des Landkreises veröffentlicht."],
        body_must_not_contain=["Schriftgröße", "Seite empfehlen", "Startseite > Landratsamt"],
        notes=["'Bildung' above the headline is the overline (kicker).",
               "The numbered list of Grundschulen names schools, not members.",
               "'Schuljahre 2023/24 bis 2027/28' are school years, not dates; 'bis 2028' → '2028'.",
               "Ahnert's quote follows her apposition sentence without a speech verb."],
    ),
))
