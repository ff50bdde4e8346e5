"""HTML documents 7-12 of the blind2 gold set with their hand-filled gold records."""

from _chrome import gsb, nolis, typo3
from _util import sp

DOCS = []

# --------------------------------------------------------------------------------------------
# x07: Kreishandwerkerschaft, TYPO3 tx_news, (v.l.n.r.) caption, pronoun-attributed quote
# --------------------------------------------------------------------------------------------
_art = """
<div class="header">
<span class="news-list-date"><time datetime="2023-09-08">08.09.2023</time></span>
<span class="news-list-category">Ausbildung</span>
<h1 itemprop="headline">86 neue Gesellinnen und Gesellen freigesprochen</h1>
</div>
<div class="teaser-text" itemprop="description"><p>Lossprechungsfeier im Greifswalder Theater – Tischler- und
Elektrohandwerk stellen die meisten Absolventen</p></div>
<div class="news-img-wrap"><img src="/fileadmin/_processed_/lossprechung.jpg" alt="">
<p class="news-img-caption">Die Jahrgangsbesten mit den Ehrengästen (v.l.n.r.): Lehrlingswart Jörg Pahl,
Lena Voß (Tischlerin), Kreishandwerksmeister Detlef Marquardsen, Tim Okonkwo (Elektroniker) und
Obermeisterin Anja Schwerdtfeger. Foto: KHS Vorpommern/Kathrin Lenz</p></div>
<div class="news-text-wrap" itemprop="articleBody">
<p>Greifswald. Insgesamt 86 junge Handwerkerinnen und Handwerker aus zwölf Gewerken haben am Freitagabend im
Theater Vorpommern ihre Gesellenbriefe erhalten. Die Kreishandwerkerschaft Vorpommern hatte gemeinsam mit
den Innungen zur traditionellen Lossprechungsfeier eingeladen.</p>
<p>Kreishandwerksmeister Detlef Marquardsen erinnerte an die schwierigen Bedingungen, unter denen der Jahrgang
seine Ausbildung im August 2020 begonnen hatte. Er gratulierte den Absolventen: „Sie haben Ihre Ausbildung
in einer Zeit gemacht, in der Berufsschule oft nur am Bildschirm stattfand. Dass Sie heute hier stehen, ist
Ihre eigene Leistung.“ Das Handwerk in der Region brauche jede und jeden von ihnen.</p>
<p>Die meisten Absolventen stellten das Tischlerhandwerk mit 19 und das Elektrohandwerk mit 17 Gesellenbriefen.
Erstmals wurden auch vier Gesellinnen im Dachdeckerhandwerk freigesprochen.</p>
<p>„Wer bei uns gelernt hat, muss nicht nach Hamburg oder München gehen, um gut zu verdienen“, sagte Anja
Schwerdtfeger, Obermeisterin der Friseur-Innung Vorpommern. „Bleiben Sie hier, machen Sie Ihren Meister,
übernehmen Sie einen Betrieb.“</p>
<p>Die Meisterschule der Handwerkskammer Ostmecklenburg-Vorpommern bietet ab dem 4. März 2024 einen neuen
Vorbereitungskurs in Teilzeit an.</p>
</div>
"""
_side = """<div class="box"><h3>Innungen</h3><ul><li>Bau-Innung</li><li>Elektro-Innung</li><li>Friseur-Innung</li></ul></div>"""
_foot = """<p>Kreishandwerkerschaft Vorpommern · Bahnhofstraße 4 · 17489 Greifswald</p>"""
DOCS.append(dict(
    stem="x07-khs-lossprechung",
    ext="html",
    enc="utf-8",
    text=typo3("utf-8", "86 neue Gesellinnen und Gesellen freigesprochen", "Kreishandwerkerschaft Vorpommern",
               ["Start", "Aktuelles", "Pressemitteilungen"], _art, _side, _foot),
    gold=dict(
        title="86 neue Gesellinnen und Gesellen freigesprochen",
        subtitle="Lossprechungsfeier im Greifswalder Theater – Tischler- und Elektrohandwerk stellen die meisten Absolventen",
        kicker=None,
        categories=["Ausbildung"],
        date="2023-09-08",
        place="Greifswald",
        language="de",
        speakers=[
            sp("Detlef Marquardsen", None, "Detlef", "Marquardsen", "Kreishandwerksmeister", None,
               ["Sie haben Ihre Ausbildung in einer Zeit gemacht, in der Berufsschule oft nur am Bildschirm stattfand. "
                "Dass Sie heute hier stehen, ist Ihre eigene Leistung."]),
            sp("Anja Schwerdtfeger", None, "Anja", "Schwerdtfeger", "Obermeisterin der Friseur-Innung Vorpommern",
               "Friseur-Innung Vorpommern",
               ["Wer bei uns gelernt hat, muss nicht nach Hamburg oder München gehen, um gut zu verdienen",
                "Bleiben Sie hier, machen Sie Ihren Meister, übernehmen Sie einen Betrieb."]),
        ],
        member_lists=[],
        mentioned_dates=["2020-08", "2024-03-04"],
        body_must_contain=["Insgesamt 86 junge Handwerkerinnen und Handwerker",
                           "Erstmals wurden auch vier Gesellinnen im Dachdeckerhandwerk freigesprochen."],
        body_must_not_contain=["Wir verwenden Cookies", "Bahnhofstraße 4", "Sie befinden sich hier", "Elektro-Innung"],
        notes=["TYPO3 news: date from <time>, category 'Ausbildung'; the teaser paragraph is the subtitle.",
               "Dateline 'Greifswald.' opens the article body.",
               "Marquardsen's quote is introduced by 'Er gratulierte den Absolventen:' after the role-before-name sentence.",
               "The (v.l.n.r.) caption names are no speakers."],
    ),
))

# --------------------------------------------------------------------------------------------
# x08: Zweckverband in Sachsen, NOLIS-like, member table, stated count differs from list (warning)
# --------------------------------------------------------------------------------------------
_art = """
<h1 class="titel">Trinkwasserzweckverband Döllnitztal beschließt Investitionsprogramm bis 2028</h1>
<p class="datum">Veröffentlicht am 09.05.2023</p>
<div class="text">
<p><b>Oschatz, 9. Mai 2023 –</b> Die Verbandsversammlung des Trinkwasserzweckverbandes Döllnitztal hat in
ihrer Sitzung am 8. Mai 2023 ein Investitionsprogramm über 38 Millionen Euro beschlossen. Bis 2028 sollen
rund 60 Kilometer Trinkwasserleitungen erneuert und zwei Hochbehälter saniert werden.</p>
<p>„Ein Drittel unserer Leitungen ist älter als fünfzig Jahre. Wenn wir jetzt nicht investieren, reparieren wir
morgen nur noch Rohrbrüche“, sagte Verbandsvorsitzender Ralf Tennert, Bürgermeister der Stadt Mügeln.
Die Wasserpreise sollen nach seinen Worten bis Ende 2025 stabil bleiben.</p>
<p>Geschäftsführerin Ines Wachtel erläuterte die Finanzierung: Rund 40 Prozent der Summe kommen aus
Fördermitteln des Freistaates, der Rest wird über Kredite und Rücklagen finanziert. „Wir planen
vorsichtig. Jede Baumaßnahme wird erst ausgeschrieben, wenn die Förderung bewilligt ist.“</p>
<h2>Mitglieder des Verbandes</h2>
<p>Der Trinkwasserzweckverband Döllnitztal versorgt rund 42.000 Einwohnerinnen und Einwohner. Ihm gehören
neun Städte und Gemeinden aus den Landkreisen Nordsachsen und Meißen an:</p>
<table class="tabelle" border="1">
<tr><th>Kommune</th><th>Status</th><th>Landkreis</th></tr>
<tr><td>Cavertitz</td><td>Gemeinde</td><td>Nordsachsen</td></tr>
<tr><td>Dahlen</td><td>Stadt</td><td>Nordsachsen</td></tr>
<tr><td>Liebschützberg</td><td>Gemeinde</td><td>Nordsachsen</td></tr>
<tr><td>Mügeln</td><td>Stadt</td><td>Nordsachsen</td></tr>
<tr><td>Naundorf</td><td>Gemeinde</td><td>Nordsachsen</td></tr>
<tr><td>Oschatz</td><td>Stadt</td><td>Nordsachsen</td></tr>
<tr><td>Strehla</td><td>Stadt</td><td>Meißen</td></tr>
<tr><td>Wermsdorf</td><td>Gemeinde</td><td>Nordsachsen</td></tr>
</table>
<p>Die nächste Verbandsversammlung findet am 11. September 2023 in Wermsdorf statt.</p>
</div>
"""
_side = """<div class="kasten"><b>Störungsnummer</b><br>03435 9000-0 (24 h)</div>"""
_foot = """Trinkwasserzweckverband Döllnitztal · Am Wasserwerk 2 · 04758 Oschatz | Impressum | Datenschutz"""
DOCS.append(dict(
    stem="x08-zv-doellnitztal-mitglieder",
    ext="html",
    enc="utf-8",
    text=nolis("utf-8", "Investitionsprogramm bis 2028", "Trinkwasserzweckverband Döllnitztal",
               ["Startseite", "Aktuelles", "Pressemitteilungen"], _art, _side, _foot),
    gold=dict(
        title="Trinkwasserzweckverband Döllnitztal beschließt Investitionsprogramm bis 2028",
        subtitle=None,
        kicker=None,
        categories=[],
        date="2023-05-09",
        place="Oschatz",
        language="de",
        speakers=[
            sp("Ralf Tennert", None, "Ralf", "Tennert", "Bürgermeister der Stadt Mügeln", "Stadt Mügeln",
               ["Ein Drittel unserer Leitungen ist älter als fünfzig Jahre. Wenn wir jetzt nicht investieren, reparieren "
                "wir morgen nur noch Rohrbrüche"]),
            sp("Ines Wachtel", None, "Ines", "Wachtel", "Geschäftsführerin", None,
               ["Wir planen vorsichtig. Jede Baumaßnahme wird erst ausgeschrieben, wenn die Förderung bewilligt ist."]),
        ],
        member_lists=[
            {"label": "Mitglieder des Verbandes", "members": [
                {"name": "Cavertitz", "kind": "Gemeinde"},
                {"name": "Dahlen", "kind": "Stadt"},
                {"name": "Liebschützberg", "kind": "Gemeinde"},
                {"name": "Mügeln", "kind": "Stadt"},
                {"name": "Naundorf", "kind": "Gemeinde"},
                {"name": "Oschatz", "kind": "Stadt"},
                {"name": "Strehla", "kind": "Stadt"},
                {"name": "Wermsdorf", "kind": "Gemeinde"},
            ]},
        ],
        mentioned_dates=["2023-05-08", "2023-09-11", "2025", "2028"],
        expect_warning="stated 'neun Städte und Gemeinden', table lists 8",
        body_must_contain=["Die Verbandsversammlung des Trinkwasserzweckverbandes Döllnitztal hat",
                           "Die nächste Verbandsversammlung findet am 11. September 2023 in Wermsdorf statt."],
        body_must_not_contain=["Diese Website verwendet Cookies", "Am Wasserwerk 2", "Störungsnummer", "drucken"],
        notes=["Tennert has a role before the name (Verbandsvorsitzender) and an apposition; per the reference, the "
               "apposition alone is the role.",
               "Members come from a table (Kommune | Status | Landkreis); the Status column gives the kind.",
               "The text says nine members but the table has eight: a count warning is expected.",
               "'bis Ende 2025' → '2025'; 'bis 2028' (in the title and text) → '2028'."],
    ),
))

# --------------------------------------------------------------------------------------------
# x09: Ministerium MV, GSB, Hintergrund section with member list of Ämter, multi-level headings, no dateline
# --------------------------------------------------------------------------------------------
_art = """
<div class="resultsHeader"><p class="pm-meta"><span class="nr">Nr. 187/2023</span> | <span class="date">21.08.2023</span> |
<span class="ressort">IM</span></p></div>
<h1>Vier Ämter erproben die digitale Bauakte</h1>
<p class="abstract">Pilotprojekt in Ludwigslust-Parchim startet im Oktober</p>
<div class="text">
<p>Bauanträge sollen in Mecklenburg-Vorpommern künftig vollständig digital bearbeitet werden. Vier Ämter im
Landkreis Ludwigslust-Parchim erproben dafür ab dem 2. Oktober 2023 eine gemeinsame Plattform, über die
Antragsteller, Ämter, Bauaufsicht und Fachbehörden ohne Papier zusammenarbeiten.</p>
<p>„Wer heute ein Einfamilienhaus bauen will, schickt Pläne in fünffacher Ausfertigung durchs Land. Das ist nicht
mehr zeitgemäß“, sagte Dr. Malte Rieckhoff, Staatssekretär im Ministerium für Inneres, Bau und Digitalisierung.
Das Land stellt für die Pilotphase 1,2 Millionen Euro bereit.</p>
<h2>Erfahrungen fließen in die Landeslösung ein</h2>
<p>Die Ämter testen die Plattform zunächst bis zum 30. September 2024. Anschließend soll sie allen Bauaufsichten
des Landes angeboten werden.</p>
<h3>Was sich für Antragsteller ändert</h3>
<p>Anträge können über das Portal eingereicht werden, der Bearbeitungsstand ist jederzeit einsehbar.
Nachforderungen werden elektronisch übermittelt.</p>
<p>Heike Sodemann, Amtsvorsteherin des Amtes Crivitz, sieht vor allem Vorteile für die kleinen Gemeinden:
„Unsere Gemeinden haben keine eigene Bauverwaltung. Wenn die Akte digital ist, sehen auch die
Bürgermeister sofort, was in ihrem Ort geplant ist.“</p>
<h2>Hintergrund</h2>
<p>Am Pilotprojekt beteiligen sich vier Ämter des Landkreises Ludwigslust-Parchim:</p>
<ul>
<li>Amt Crivitz</li>
<li>Amt Goldberg-Mildenitz</li>
<li>Amt Parchimer Umland</li>
<li>Amt Sternberger Seenlandschaft</li>
</ul>
<p>Die Plattform wurde im Rahmen des Onlinezugangsgesetzes entwickelt und wird von mehreren Ländern
gemeinsam genutzt.</p>
</div>
"""
_side = """<h2>Pressekontakt</h2><p>Pressestelle des Ministeriums<br>Arsenal am Pfaffenteich<br>19048 Schwerin</p>"""
_foot = """<p>Landesportal Mecklenburg-Vorpommern · Regierungsportal</p>"""
DOCS.append(dict(
    stem="x09-mv-im-digitale-bauakte",
    ext="html",
    enc="utf-8",
    text=gsb("UTF-8", "Vier Ämter erproben die digitale Bauakte", "Regierungsportal Mecklenburg-Vorpommern",
             ["Startseite", "Ministerium für Inneres, Bau und Digitalisierung", "Presse", "Aktuelle Pressemitteilungen"],
             _art, _side, _foot),
    gold=dict(
        title="Vier Ämter erproben die digitale Bauakte",
        subtitle="Pilotprojekt in Ludwigslust-Parchim startet im Oktober",
        kicker=None,
        categories=[],
        date="2023-08-21",
        place=None,
        language="de",
        speakers=[
            sp("Dr. Malte Rieckhoff", "Dr.", "Malte", "Rieckhoff",
               "Staatssekretär im Ministerium für Inneres, Bau und Digitalisierung",
               "Ministerium für Inneres, Bau und Digitalisierung",
               ["Wer heute ein Einfamilienhaus bauen will, schickt Pläne in fünffacher Ausfertigung durchs Land. Das ist "
                "nicht mehr zeitgemäß"]),
            sp("Heike Sodemann", None, "Heike", "Sodemann", "Amtsvorsteherin des Amtes Crivitz", "Amt Crivitz",
               ["Unsere Gemeinden haben keine eigene Bauverwaltung. Wenn die Akte digital ist, sehen auch die "
                "Bürgermeister sofort, was in ihrem Ort geplant ist."]),
        ],
        member_lists=[
            {"label": "Am Pilotprojekt beteiligt", "members": [
                {"name": "Crivitz", "kind": "Amt"},
                {"name": "Goldberg-Mildenitz", "kind": "Amt"},
                {"name": "Parchimer Umland", "kind": "Amt"},
                {"name": "Sternberger Seenlandschaft", "kind": "Amt"},
            ]},
        ],
        mentioned_dates=["2023-10-02", "2024-09-30"],
        body_must_contain=["Bauanträge sollen in Mecklenburg-Vorpommern künftig vollständig digital",
                           "Nachforderungen werden elektronisch übermittelt.",
                           "gemeinsam genutzt."],
        body_must_not_contain=["This website uses cookies", "Arsenal am Pfaffenteich", "Nr. 187/2023",
                               "Seite teilen"],
        notes=["Publication date from the metadata line 'Nr. 187/2023 | 21.08.2023 | IM'; no dateline place.",
               "'IM' is the ressort abbreviation, not a category label; the page shows no category.",
               "Subtitle says 'im Oktober' (no year): the text date 2. Oktober 2023 is the stated date.",
               "The member list sits in the 'Hintergrund' section; names without the kind word 'Amt'."],
    ),
))

# --------------------------------------------------------------------------------------------
# x10: Erfurt/Weimar joint release, NOLIS-like, windows-1252 with meta charset, split quote
# --------------------------------------------------------------------------------------------
_art = """
<p class="kategorie">Pressemitteilung</p>
<p class="pmdatum">Pressemitteilung vom 18.04.2023</p>
<h1>Radschnellverbindung zwischen Erfurt und Weimar: Planung geht in die nächste Phase</h1>
<h2>Städte unterzeichnen Vereinbarung – Machbarkeitsstudie empfiehlt Trasse entlang der Bahnlinie</h2>
<p>Erfurt/Weimar – Die Landeshauptstadt Erfurt und die Stadt Weimar wollen gemeinsam eine
Radschnellverbindung zwischen beiden Städten planen. Die Oberbürgermeisterin und der Oberbürgermeister haben
dazu am Montag eine Planungsvereinbarung unterzeichnet. Die rund 24 Kilometer lange Strecke soll
überwiegend entlang der Bahnlinie verlaufen und die Ortsteile Vieselbach und Hopfgarten anbinden.</p>
<p>„Zwischen unseren Städten pendeln jeden Tag mehr als 9.000 Menschen“, sagte Lutz Brenneisen, Oberbürgermeister
der Landeshauptstadt Erfurt. „Wenn nur ein Teil davon aufs Rad umsteigt, entlastet das die Straßen und die Züge
spürbar.“</p>
<p>Annegret Fuchslocher, Oberbürgermeisterin der Stadt Weimar, betonte die Bedeutung für Studierende: „Für die
Bauhaus-Universität ist eine sichere Verbindung nach Erfurt ein echter Standortvorteil.“ Die Machbarkeitsstudie
hatte im Dezember 2022 Kosten von rund 31 Millionen Euro ermittelt.</p>
<p>Der Freistaat Thüringen hat eine Förderung von bis zu 75 Prozent in Aussicht gestellt. Die Vorplanung soll
bis Mitte 2024 abgeschlossen sein.</p>
<p><i>Foto: Stadtverwaltung Erfurt</i></p>
"""
_side = """<div class="rand"><b>Pressestelle</b><br>Fischmarkt 1<br>99084 Erfurt</div>"""
_foot = """Landeshauptstadt Erfurt · Stadtverwaltung · <a href="#">Impressum</a> · <a href="#">Datenschutz</a>"""
DOCS.append(dict(
    stem="x10-erfurt-weimar-radweg",
    ext="html",
    enc="cp1252",
    text=nolis("windows-1252", "Radschnellverbindung Erfurt–Weimar", "Landeshauptstadt Erfurt",
               ["Startseite", "Rathaus", "Presse", "Pressemitteilungen"], _art, _side, _foot),
    gold=dict(
        title="Radschnellverbindung zwischen Erfurt und Weimar: Planung geht in die nächste Phase",
        subtitle="Städte unterzeichnen Vereinbarung – Machbarkeitsstudie empfiehlt Trasse entlang der Bahnlinie",
        kicker=None,
        categories=["Pressemitteilung"],
        date="2023-04-18",
        place="Erfurt/Weimar",
        language="de",
        speakers=[
            sp("Lutz Brenneisen", None, "Lutz", "Brenneisen", "Oberbürgermeister der Landeshauptstadt Erfurt",
               "Landeshauptstadt Erfurt",
               ["Zwischen unseren Städten pendeln jeden Tag mehr als 9.000 Menschen",
                "Wenn nur ein Teil davon aufs Rad umsteigt, entlastet das die Straßen und die Züge spürbar."]),
            sp("Annegret Fuchslocher", None, "Annegret", "Fuchslocher", "Oberbürgermeisterin der Stadt Weimar",
               "Stadt Weimar",
               ["Für die Bauhaus-Universität ist eine sichere Verbindung nach Erfurt ein echter Standortvorteil."]),
        ],
        member_lists=[],
        mentioned_dates=["2022-12", "2024"],
        body_must_contain=["Die Landeshauptstadt Erfurt und die Stadt Weimar wollen gemeinsam",
                           "Die Vorplanung soll bis Mitte 2024 abgeschlossen sein."],
        body_must_not_contain=["Diese Website verwendet Cookies", "Fischmarkt 1", "Pressemitteilung vom"],
        notes=["windows-1252 with meta charset.",
               "Joint dateline 'Erfurt/Weimar –' → place 'Erfurt/Weimar' as written.",
               "'bis Mitte 2024' → '2024'."],
    ),
))

# --------------------------------------------------------------------------------------------
# x11: small Bavarian Gemeinde, old table layout, NO charset declaration, windows-1252 bytes
# --------------------------------------------------------------------------------------------
_art = """
<font face="Arial" size="2">
<b><font size="4">Dorfladen für Kochel: Genossenschaft sucht 300 Mitglieder</font></b><br><br>
Kochel a. See – Der geplante Dorfladen im Ortszentrum nimmt Form an. Die Gründungsversammlung der
Dorfladen Kochel eG hat am 28. März 2023 im Pfarrsaal stattgefunden, 112 Bürgerinnen und Bürger haben
bereits Anteile gezeichnet. Damit der Laden im ehemaligen Bäckereigebäude an der Kalmbachstraße eröffnen kann,
werden mindestens 300 Mitglieder gebraucht.<br><br>
„Seit die Bäckerei zugemacht hat, fehlt uns ein Treffpunkt. Ein Dorfladen ist mehr als ein Geschäft, er ist
ein Stück Ortsmitte“, sagt Erster Bürgermeister Florian Lechner. Die Gemeinde vermietet das Gebäude zu
günstigen Konditionen an die Genossenschaft.<br><br>
<b>So funktioniert die Beteiligung:</b><br>
1. Ein Anteil kostet 250 €, pro Person sind bis zu zehn Anteile möglich.<br>
2. Anteile können im Rathaus oder online gezeichnet werden.<br>
3. Mitglieder erhalten beim Einkauf zwei Prozent Rabatt.<br><br>
Der Vorstand der Genossenschaft rechnet mit einer Eröffnung im Herbst. Angeboten werden sollen vor allem
regionale Produkte von Höfen aus dem Tölzer Land.<br><br>
<i>Foto: Gemeinde Kochel a. See</i>
</font>
"""
_foot = """Pressemitteilung vom 03.04.2023 &nbsp;|&nbsp; Stand: 05.04.2023 &nbsp;|&nbsp; Gemeinde Kochel a. See,
Kalmbachstraße 11, 82431 Kochel a. See"""
DOCS.append(dict(
    stem="x11-kochel-dorfladen",
    ext="html",
    enc="cp1252",
    text=nolis(None, "Dorfladen für Kochel", "Gemeinde Kochel a. See", ["Startseite", "Aktuelles", "Meldungen"],
               _art, "", _foot),
    gold=dict(
        title="Dorfladen für Kochel: Genossenschaft sucht 300 Mitglieder",
        subtitle=None,
        kicker=None,
        categories=[],
        date="2023-04-03",
        place="Kochel a. See",
        language="de",
        speakers=[
            sp("Florian Lechner", None, "Florian", "Lechner", "Erster Bürgermeister", None,
               ["Seit die Bäckerei zugemacht hat, fehlt uns ein Treffpunkt. Ein Dorfladen ist mehr als ein Geschäft, er "
                "ist ein Stück Ortsmitte"]),
        ],
        member_lists=[],
        mentioned_dates=["2023-03-28"],
        body_must_contain=["Der geplante Dorfladen im Ortszentrum nimmt Form an.",
                           "Ein Anteil kostet 250 €, pro Person sind bis zu zehn Anteile möglich.",
                           "regionale Produkte von Höfen aus dem Tölzer Land."],
        body_must_not_contain=["Diese Website verwendet Cookies", "Stand: 05.04.2023", "Kalmbachstraße 11, 82431",
                               "Leben &amp; Wohnen", "drucken"],
        notes=["windows-1252 bytes without any charset declaration (no meta, no BOM).",
               "Headline is a <b><font size=4> line, not an <h1>.",
               "Publication date from the footer 'Pressemitteilung vom 03.04.2023'; 'Stand: 05.04.2023' is a revision.",
               "The numbered list is not a member list. 'im Herbst' without year is not a date."],
    ),
))

# --------------------------------------------------------------------------------------------
# x12: Polizeipräsidium in MV, GSB-like, uppercase dateline, +++ Update +++, no speakers
# --------------------------------------------------------------------------------------------
_art = """
<p class="pm-kopf">Polizeipräsidium Rostock · Polizeiinspektion Güstrow</p>
<h1>Brand in Lagerhalle – Polizei sucht Zeugen</h1>
<p class="veroeffentlicht">Veröffentlicht: 03.06.2023, 09:41 Uhr</p>
<div class="text">
<p>GÜSTROW. In der Nacht zu Samstag ist in einer Lagerhalle im Gewerbegebiet Glasewitzer Chaussee ein Feuer
ausgebrochen. Ein Zeuge bemerkte gegen 02:15 Uhr Flammen und alarmierte die Feuerwehr. Die Kameradinnen und
Kameraden der Freiwilligen Feuerwehren Güstrow und Lüssow konnten ein Übergreifen auf die benachbarte
Werkstatt verhindern. Verletzt wurde niemand.</p>
<p>In der Halle waren landwirtschaftliche Maschinen und Strohballen untergebracht. Der Sachschaden wird nach
ersten Schätzungen auf etwa 250.000 Euro beziffert. Die Kriminalpolizei hat die Ermittlungen zur Brandursache
aufgenommen; eine Brandstiftung kann derzeit nicht ausgeschlossen werden. Seit dem 1. Mai 2023 hatte es im
Stadtgebiet bereits zwei Brände an Strohlagern gegeben.</p>
<p>Zeugen, die in der Nacht verdächtige Personen oder Fahrzeuge im Bereich des Gewerbegebietes beobachtet
haben, werden gebeten, sich bei der Polizei in Güstrow unter 03843 266-0 zu melden.</p>
<p><strong>+++ Update, 14:20 Uhr +++</strong></p>
<p>Ein Brandursachenermittler hat die Halle am Vormittag untersucht. Nach derzeitigem Stand gehen die
Ermittler von einer technischen Ursache an einer abgestellten Zugmaschine aus. Ein Zusammenhang mit den
früheren Bränden wird als unwahrscheinlich eingeschätzt.</p>
<p class="autor">Katrin Ahlers<br>Polizeipräsidium Rostock, Pressestelle</p>
</div>
"""
_side = """<h2>Weitere Meldungen</h2><ul><li><a href="#">Verkehrsunfall auf der B 103 bei Laage</a></li>
<li><a href="#">Polizei warnt vor Schockanrufen</a></li></ul>"""
_foot = """<p>Polizei Mecklenburg-Vorpommern · Ulmenstraße 54 · 18057 Rostock</p>"""
DOCS.append(dict(
    stem="x12-polizei-guestrow-brand",
    ext="html",
    enc="utf-8",
    text=gsb("UTF-8", "Brand in Lagerhalle – Polizei sucht Zeugen", "Polizei Mecklenburg-Vorpommern",
             ["Startseite", "Polizeipräsidium Rostock", "Pressemitteilungen"], _art, _side, _foot),
    gold=dict(
        title="Brand in Lagerhalle – Polizei sucht Zeugen",
        subtitle=None,
        kicker="Polizeipräsidium Rostock · Polizeiinspektion Güstrow",
        categories=[],
        date="2023-06-03",
        place="Güstrow",
        language="de",
        speakers=[],
        member_lists=[],
        mentioned_dates=["2023-05-01"],
        body_must_contain=["In der Nacht zu Samstag ist in einer Lagerhalle",
                           "unter 03843 266-0 zu melden",
                           "Ein Brandursachenermittler hat die Halle am Vormittag untersucht."],
        body_must_not_contain=["This website uses cookies", "Verkehrsunfall auf der B 103", "Ulmenstraße 54",
                               "Seite teilen"],
        notes=["Uppercase dateline 'GÜSTROW.' → place 'Güstrow'.",
               "The '+++ Update, 14:20 Uhr +++' section belongs to the body.",
               "The overline 'Polizeipräsidium Rostock · Polizeiinspektion Güstrow' above the headline is the kicker "
               "(as the issuing body's overline is in the reference record).",
               "No quotes: no speakers. Katrin Ahlers is the author/press officer."],
    ),
))
