"""HTML documents 1-6 of the blind2 gold set with their hand-filled gold records."""

from _chrome import contao, gsb, plone, wordpress
from _util import sp

DOCS = []

# --------------------------------------------------------------------------------------------
# x01: Sächsisches Landesamt, GSB-like, long release, four speakers, "today" banner, English cookies
# --------------------------------------------------------------------------------------------
_art = """
<div class="article-head">
<p class="dachzeile">Grundwasser und Trockenheit</p>
<h1 class="isFirstInSlot">Grundwasserstände in Sachsen bleiben trotz nassem September auf niedrigem Niveau</h1>
<p class="subline">Landesamt legt Herbstbericht vor – Messnetz wird um 40 Stellen erweitert</p>
<p class="meta"><span class="doctype">Medieninformation</span> <span class="nr">Nr. 118/2022</span></p>
</div>
<div class="text">
<p><strong>Dresden, 12.10.2022.</strong> Die Grundwasservorräte in Sachsen haben sich trotz der ergiebigen
Niederschläge im September nicht erholt. An rund zwei Dritteln der landesweit 1.214 Messstellen lagen
die Grundwasserstände am 30. September 2022 unter dem langjährigen Monatsmittel. Das geht aus dem
Herbstbericht hervor, den das Landesamt für Umwelt, Landwirtschaft und Geologie (LfULG) heute in
Dresden vorgestellt hat.</p>
<p>„Ein nasser Monat macht noch keine Trendwende. Die Böden haben das Wasser aufgenommen wie ein trockener
Schwamm, im Grundwasser ist davon bisher kaum etwas angekommen“, sagte Dr. Henrike Albrecht-Solms, Präsidentin
des Landesamtes für Umwelt, Landwirtschaft und Geologie. Die Defizite hätten sich seit dem Frühjahr 2018
aufgebaut und ließen sich nicht in wenigen Wochen ausgleichen. Besonders betroffen seien die Lössgebiete
Mittelsachsens und die Heide- und Teichlandschaften im Norden der Oberlausitz.</p>
<p>Albrecht-Solms verwies darauf, dass die Neubildung von Grundwasser vor allem im Winterhalbjahr stattfinde.
„Entscheidend sind die Monate bis Ende März 2023. Erst dann wissen wir, ob sich die Lage entspannt oder ob wir
in ein weiteres Defizitjahr gehen.“ Sie kündigte an, den Bericht künftig monatlich zu aktualisieren.</p>
<h2>Messnetz wird ausgebaut</h2>
<p>Um regionale Unterschiede besser abbilden zu können, erweitert das LfULG sein Messnetz bis zum
31. Dezember 2023 um 40 zusätzliche Messstellen. Schwerpunkte sind die Einzugsgebiete von Mulde und
Schwarzer Elster. Die Kosten von rund 2,3 Millionen Euro trägt der Freistaat.</p>
<p>Die neuen Messstellen werden mit automatischen Datensammlern ausgestattet, die die Wasserstände
stündlich übertragen. Bisher werden viele Stellen noch von Hand abgelesen, teilweise nur einmal im Monat.
Mit der Umstellung sollen Trends künftig früher erkannt und Warnungen an Wasserversorger und untere
Wasserbehörden schneller weitergegeben werden. Die Daten werden wie bisher öffentlich im Internet
bereitgestellt und können von Kommunen, Planungsbüros und Forschungseinrichtungen kostenfrei genutzt werden.</p>
<p>„Wir bohren dort, wo wir bisher blinde Flecken haben. Jede neue Messstelle liefert uns über Jahrzehnte Daten,
auf die Wasserversorger und Landwirtschaft ihre Planungen stützen können“, erläuterte Matthias Kühnel, Leiter
des Referates Hydrogeologie im LfULG. Die ersten zwölf Bohrungen sollen noch in diesem Herbst beginnen.</p>
<p>Für die öffentliche Wasserversorgung sieht das Landesamt derzeit keine Gefahr. Die großen
Talsperren seien ausreichend gefüllt, teilte die Landestalsperrenverwaltung mit. Einzelne kleinere
Eigenversorger, etwa Einzelgehöfte mit eigenem Brunnen, hätten jedoch bereits im August Probleme gemeldet.</p>
<h2>Regionale Unterschiede</h2>
<p>Die Auswertung zeigt deutliche Unterschiede zwischen den Regionen. Während sich die Lage im Vogtland und im
Erzgebirge nach den Niederschlägen leicht entspannt hat, sanken die Grundwasserstände im Norden des Landes
weiter. Der Anteil der Messstellen mit Werten unter dem langjährigen Mittel lag in den Landkreisen zwischen
48 und 86 Prozent.</p>
<table class="tabelle">
<caption>Anteil der Messstellen unter dem Monatsmittel (Auswahl)</caption>
<tr><th>Landkreis</th><th>Messstellen</th><th>Anteil unter Mittel</th></tr>
<tr><td>Landkreis Bautzen</td><td>142</td><td>86 %</td></tr>
<tr><td>Landkreis Nordsachsen</td><td>118</td><td>81 %</td></tr>
<tr><td>Landkreis Mittelsachsen</td><td>131</td><td>74 %</td></tr>
<tr><td>Vogtlandkreis</td><td>97</td><td>48 %</td></tr>
</table>
<p>Fachleute des Landesamtes führen die Unterschiede vor allem auf die Bodenarten zurück. Auf sandigen Böden
versickert Regen zwar schnell, die Speicher darunter sind aber vielerorts seit Jahren nicht mehr aufgefüllt
worden. In den Mittelgebirgen reagieren die Quellen dagegen rasch auf Niederschläge, fallen bei
Trockenheit aber ebenso schnell wieder ab. Für die Bewertung der Lage sei deshalb nicht ein einzelner
Monat entscheidend, sondern die Entwicklung über mehrere Jahre.</p>
<h2>Kommunen und Landwirtschaft reagieren</h2>
<p>In mehreren Kommunen gelten weiterhin Allgemeinverfügungen, die die Entnahme von Wasser aus Bächen und
Teichen einschränken. Die Bürgermeisterin der Stadt Stolpen, Carola Weinhold, berichtete von
Brunnenbesitzern, die sich an die Verwaltung gewandt hätten. „Wir haben Anfragen von Familien, deren
Hausbrunnen zum ersten Mal seit Generationen trockengefallen ist. Da hilft keine Statistik, da braucht es
schnelle Beratung“, sagte sie. Die Stadt habe deshalb gemeinsam mit dem Landratsamt Sächsische
Schweiz-Osterzgebirge eine Sprechstunde eingerichtet.</p>
<p>Auch die Landwirtschaft stellt sich um. Landwirt Peter Rauschenbach aus Lommatzsch baut seit drei Jahren
Sorghumhirse an, die mit weniger Wasser auskommt als Mais.</p>
<p>„Wir können nicht darauf warten, dass die Sommer wieder so werden wie früher. Wer heute sät, muss mit
Trockenheit rechnen“, sagte Rauschenbach. Der Betrieb beteiligt sich an einem Praxisversuch des LfULG zu
wassersparender Bodenbearbeitung, der im Jahr 2021 begonnen hat.</p>
<h2>Was Bürgerinnen und Bürger tun können</h2>
<p>Das Landesamt empfiehlt, Regenwasser zu sammeln und Gärten in den Abendstunden zu bewässern. Private
Brunnen sollten nach längeren Trockenphasen auf ihre Wasserqualität untersucht werden. Hinweise dazu
gibt eine Broschüre, die kostenlos bestellt werden kann. Wer einen eigenen Brunnen betreibt, sollte zudem
prüfen, ob die Entnahme bei der unteren Wasserbehörde angezeigt ist.</p>
<ul>
<li>Regenwasser in Tonnen oder Zisternen sammeln</li>
<li>Rasenflächen seltener, dafür durchdringend wässern</li>
<li>Hausbrunnen nach Trockenphasen beproben lassen</li>
</ul>
<p>Der vollständige Herbstbericht mit Karten zu allen Landkreisen und Kreisfreien Städten steht auf der
Internetseite des Landesamtes zum Herunterladen bereit. Der nächste Bericht erscheint am 15. November 2022.</p>
<div class="bildunterschrift"><img src="/bild/messstelle.jpg" alt="Messstelle">
<p>Mitarbeiter des LfULG an einer Grundwassermessstelle bei Wurzen. Foto: LfULG/Steffen Mäder</p></div>
</div>
<div class="kontakt"><h3>Medienansprechpartner</h3>
<p>Karin Oehme, Pressesprecherin<br>Telefon: +49 351 2612-9001<br>E-Mail: presse.lfulg@smekul.sachsen.de</p></div>
"""
_side = """<h2>Weitere Medieninformationen</h2><ul>
<li><a href="#">Wolfsmonitoring: 31 Rudel in Sachsen nachgewiesen</a></li>
<li><a href="#">Feldtag Ökolandbau in Köllitsch am 17. September</a></li>
<li><a href="#">Erntebericht: Getreideerträge unter Vorjahr</a></li></ul>
<h2>Abonnieren</h2><p><a href="#">RSS-Feed der Medieninformationen</a></p>"""
_foot = """<p>Sächsisches Landesamt für Umwelt, Landwirtschaft und Geologie · Pillnitzer Platz 3 · 01326 Dresden</p>"""
_banner = '<p class="datebanner">Heute ist Mittwoch, 19. Oktober 2022</p>'
DOCS.append(dict(
    stem="x01-lfulg-grundwasser",
    ext="html",
    enc="utf-8",
    text=gsb("UTF-8", "Grundwasserstände in Sachsen bleiben niedrig", "Landesamt für Umwelt, Landwirtschaft und Geologie",
             ["Startseite", "Presse", "Medieninformationen", "Grundwasser Herbstbericht"], _art, _side, _foot, _banner),
    gold=dict(
        title="Grundwasserstände in Sachsen bleiben trotz nassem September auf niedrigem Niveau",
        subtitle="Landesamt legt Herbstbericht vor – Messnetz wird um 40 Stellen erweitert",
        kicker="Grundwasser und Trockenheit",
        categories=["Medieninformation"],
        date="2022-10-12",
        place="Dresden",
        language="de",
        speakers=[
            sp("Dr. Henrike Albrecht-Solms", "Dr.", "Henrike", "Albrecht-Solms",
               "Präsidentin des Landesamtes für Umwelt, Landwirtschaft und Geologie",
               "Landesamt für Umwelt, Landwirtschaft und Geologie",
               ["Ein nasser Monat macht noch keine Trendwende. Die Böden haben das Wasser aufgenommen wie ein trockener "
                "Schwamm, im Grundwasser ist davon bisher kaum etwas angekommen",
                "Entscheidend sind die Monate bis Ende März 2023. Erst dann wissen wir, ob sich die Lage entspannt oder ob "
                "wir in ein weiteres Defizitjahr gehen."]),
            sp("Matthias Kühnel", None, "Matthias", "Kühnel", "Leiter des Referates Hydrogeologie im LfULG",
               "Referat Hydrogeologie im LfULG",
               ["Wir bohren dort, wo wir bisher blinde Flecken haben. Jede neue Messstelle liefert uns über Jahrzehnte "
                "Daten, auf die Wasserversorger und Landwirtschaft ihre Planungen stützen können"]),
            sp("Carola Weinhold", None, "Carola", "Weinhold", "Bürgermeisterin der Stadt Stolpen", "Stadt Stolpen",
               ["Wir haben Anfragen von Familien, deren Hausbrunnen zum ersten Mal seit Generationen trockengefallen ist. "
                "Da hilft keine Statistik, da braucht es schnelle Beratung"]),
            sp("Peter Rauschenbach", None, "Peter", "Rauschenbach", "Landwirt", None,
               ["Wir können nicht darauf warten, dass die Sommer wieder so werden wie früher. Wer heute sät, muss mit "
                "Trockenheit rechnen"]),
        ],
        member_lists=[],
        mentioned_dates=["2018", "2021", "2022-09-30", "2022-11-15", "2023-03", "2023-12-31"],
        body_must_contain=["Die Grundwasservorräte in Sachsen haben sich trotz",
                           "Rasenflächen seltener, dafür durchdringend wässern",
                           "Der nächste Bericht erscheint am 15. November 2022."],
        body_must_not_contain=["This website uses cookies", "Heute ist Mittwoch", "Wolfsmonitoring",
                               "Pillnitzer Platz 3", "Seite teilen", "Leichte Sprache"],
        notes=["'Heute ist Mittwoch, 19. Oktober 2022' is a site banner, not the publication date; the dateline "
               "'Dresden, 12.10.2022.' gives date and place.",
               "'Medieninformation' is the document-type label (category); 'Nr. 118/2022' is a number, not a date.",
               "'seit dem Frühjahr 2018' → '2018' (a season is not a month); 'im Jahr 2021' → '2021'.",
               "Weinhold's role comes from 'Die Bürgermeisterin der Stadt Stolpen, Carola Weinhold' (role before the "
               "name); her quote is attributed by 'sagte sie'.",
               "Rauschenbach's role 'Landwirt' stands before the name in an earlier paragraph; the quote is "
               "attributed by surname.",
               "The Landestalsperrenverwaltung statement is indirect speech; Karin Oehme (contact) is not a speaker; "
               "the photo credit names are no speakers.",
               "The table of Landkreise (Messstellen per Kreis) is statistics, not a member list.",
               "Kühnel's organisation is the nominative of the role's genitive chain, as in the reference "
               "('Staatssekretär der Staatskanzlei des Landes Brandenburg' → 'Staatskanzlei des Landes Brandenburg')."],
    ),
))

# --------------------------------------------------------------------------------------------
# x02: Berliner Bezirksamt, GSB-like berlin.de page, quote in headline, date "Pressemitteilung Nr. … vom …"
# --------------------------------------------------------------------------------------------
_art = """
<div class="article">
<p class="category">Pressemitteilung</p>
<h1 class="title">„Mehr Grün statt Grau“: Schulhof der Müggelsee-Grundschule wird entsiegelt</h1>
<p class="pm-nr">Pressemitteilung Nr. 412/2023 vom 07.11.2023</p>
<div class="textile">
<p>Auf dem Schulhof der Müggelsee-Grundschule in Friedrichshagen beginnen am 13. November 2023 die Arbeiten
zur Entsiegelung. Rund 1.800 Quadratmeter Asphalt werden entfernt und durch Rasen, Pflanzbeete,
eine wassergebundene Decke und einen Schulgarten ersetzt. Regenwasser soll künftig vor Ort versickern
und nicht mehr in die Kanalisation fließen.</p>
<p>Das Vorhaben wird aus dem Berliner Programm für Nachhaltige Entwicklung (BENE II) gefördert. Die
Gesamtkosten liegen bei 640.000 Euro, davon trägt der Bezirk rund 64.000 Euro.</p>
<p>Bezirksstadträtin Dorothea Kaminski-Lenz (Schule, Sport und Facility Management) sagte beim Ortstermin:
„Die Kinder haben die Pläne selbst mitgezeichnet. Dass aus ihren Ideen jetzt ein Schulhof wird, auf dem
man im Sommer nicht mehr auf heißem Asphalt steht, ist ein schönes Ergebnis von Beteiligung.“</p>
<p>Die Schulleiterin, Frau Brigitte Ohnesorge, dankte dem Förderverein, der die Beteiligungswerkstätten
organisiert hatte. Der Unterricht werde während der Bauzeit nicht beeinträchtigt, die Pausen fänden
auf dem Sportplatz statt.</p>
<p>Die Arbeiten sollen bis zu den Sommerferien 2024 abgeschlossen sein. Im Frühjahr 2024 werden gemeinsam mit
den Schülerinnen und Schülern Obstbäume gepflanzt.</p>
</div>
<div class="image"><p class="caption">Entwurf des neuen Schulhofs. Visualisierung: Planungsbüro Grünwerk</p></div>
</div>
<div class="contact"><h2>Kontakt</h2><p>Bezirksamt Treptow-Köpenick von Berlin<br>Pressestelle<br>
Tel.: (030) 90297-2300</p></div>
"""
_side = """<div class="box"><h2>Pressemitteilungen 2023</h2><ul>
<li><a href="#">Weihnachtsmarkt in der Altstadt Köpenick öffnet am 1. Dezember</a></li>
<li><a href="#">Bürgeramt Johannisthal vorübergehend geschlossen</a></li></ul></div>"""
_foot = """<p>Bezirksamt Treptow-Köpenick von Berlin · Alt-Köpenick 21 · 12555 Berlin</p>"""
DOCS.append(dict(
    stem="x02-bezirksamt-schulhof",
    ext="html",
    enc="utf-8",
    text=gsb("UTF-8", "Schulhof der Müggelsee-Grundschule wird entsiegelt", "Berlin.de – Bezirksamt Treptow-Köpenick",
             ["Berlin.de", "Treptow-Köpenick", "Aktuelles", "Pressemitteilungen", "2023"], _art, _side, _foot),
    gold=dict(
        title="„Mehr Grün statt Grau“: Schulhof der Müggelsee-Grundschule wird entsiegelt",
        subtitle=None,
        kicker=None,
        categories=["Pressemitteilung"],
        date="2023-11-07",
        place=None,
        language="de",
        speakers=[
            sp("Dorothea Kaminski-Lenz", None, "Dorothea", "Kaminski-Lenz", "Bezirksstadträtin", None,
               ["Die Kinder haben die Pläne selbst mitgezeichnet. Dass aus ihren Ideen jetzt ein Schulhof wird, auf dem "
                "man im Sommer nicht mehr auf heißem Asphalt steht, ist ein schönes Ergebnis von Beteiligung."]),
        ],
        member_lists=[],
        mentioned_dates=["2023-11-13", "2024"],
        body_must_contain=["Rund 1.800 Quadratmeter Asphalt werden entfernt",
                           "Die Arbeiten sollen bis zu den Sommerferien 2024 abgeschlossen sein."],
        body_must_not_contain=["Accept all", "Weihnachtsmarkt in der Altstadt", "Alt-Köpenick 21",
                               "Pressemitteilung Nr. 412/2023", "Sie sind hier"],
        notes=["The headline quote „Mehr Grün statt Grau“ is a slogan attributed to no one: not a speaker quote.",
               "No dateline place (berlin.de style); the date comes from 'Pressemitteilung Nr. 412/2023 vom 07.11.2023'.",
               "Role is 'Bezirksstadträtin' (before the name); the parenthesis is the portfolio, not an organisation.",
               "'bis zu den Sommerferien 2024' and 'Im Frühjahr 2024' → '2024' (stated only as a year).",
               "The Schulleiterin speaks only indirectly: no speaker."],
    ),
))

# --------------------------------------------------------------------------------------------
# x03: Landratsamt in Bayern, Contao, windows-1252 with meta charset, "Ort (Datum) –" dateline, member list
# --------------------------------------------------------------------------------------------
_art = """
<div class="layout_full block">
<p class="info"><time datetime="2023-02-14T09:30:00+01:00">14.02.2023</time> · Verkehr</p>
<h1>Rufbus „Chiemgau-Flex“ startet in sechs Gemeinden</h1>
<h2 class="teaser">Buchung per App oder Telefon – Fahrten ab 1. März im Stundentakt möglich</h2>
<div class="ce_text block">
<p><strong>Traunstein (14. Februar 2023) –</strong> Der Landkreis Traunstein ergänzt den Linienverkehr im
Süden des Landkreises um einen Rufbus. Ab dem 1. März 2023 können Fahrgäste in sechs Gemeinden
Fahrten zwischen 6 und 22 Uhr buchen – auch dort, wo bisher nur zweimal am Tag ein Bus hält. Das
Angebot gilt zunächst als Pilot bis zum 28. Februar 2025.</p>
<p>„Der Rufbus schließt die Lücken, die ein starrer Fahrplan auf dem Land zwangsläufig lässt. Wer kein Auto hat,
soll trotzdem zum Arzt, zum Einkaufen oder zum Bahnhof kommen“, sagte Landrat Korbinian Steinhauser bei
der Vorstellung im Landratsamt. Die Kosten von jährlich rund 480.000 Euro teilen sich der Landkreis und
der Freistaat Bayern.</p>
<p>Gebucht wird über eine App oder unter einer zentralen Telefonnummer, spätestens 60 Minuten vor der Fahrt.
Es gilt der reguläre Tarif, Deutschlandticket und Seniorenticket werden anerkannt.</p>
<p>Folgende Gemeinden sind am Pilotbetrieb beteiligt:</p>
<ul>
<li>Gemeinde Bergen</li>
<li>Gemeinde Chieming</li>
<li>Gemeinde Grabenstätt</li>
<li>Gemeinde Nußdorf</li>
<li>Gemeinde Übersee</li>
<li>Gemeinde Vachendorf</li>
</ul>
<p>Josefa Reiter, Erste Bürgermeisterin der Gemeinde Grabenstätt, sprach von einem „überfälligen Schritt“.
„Bei uns fahren viele Ältere nur noch Auto, weil es keine Alternative gibt. Das ändert sich jetzt.“</p>
<p>Eine Ausweitung auf weitere Gemeinden wird nach der Auswertung im Herbst 2024 geprüft.</p>
<figure class="image_container"><img src="files/rufbus.jpg" alt="Rufbus">
<figcaption>Landrat Korbinian Steinhauser (l.) und Bürgermeisterin Josefa Reiter bei der Vorstellung des Rufbusses.
Foto: Landratsamt Traunstein</figcaption></figure>
</div>
</div>
"""
_side = """<div class="mod_newslist"><h3>Aktuelle Meldungen</h3>
<p><a href="#">Kreistag beschließt Haushalt 2023</a></p><p><a href="#">Öffnungszeiten der Zulassungsstelle</a></p></div>"""
_foot = """<p>Landratsamt Traunstein · Papst-Benedikt-XVI.-Platz · 83278 Traunstein · Tel. 0861 58-0</p>"""
DOCS.append(dict(
    stem="x03-lra-traunstein-rufbus",
    ext="html",
    enc="cp1252",
    text=contao("windows-1252", "Rufbus „Chiemgau-Flex“ startet", "Landratsamt Traunstein", _art, _side, _foot),
    gold=dict(
        title="Rufbus „Chiemgau-Flex“ startet in sechs Gemeinden",
        subtitle="Buchung per App oder Telefon – Fahrten ab 1. März im Stundentakt möglich",
        kicker=None,
        categories=["Verkehr"],
        date="2023-02-14",
        place="Traunstein",
        language="de",
        speakers=[
            sp("Korbinian Steinhauser", None, "Korbinian", "Steinhauser", "Landrat", None,
               ["Der Rufbus schließt die Lücken, die ein starrer Fahrplan auf dem Land zwangsläufig lässt. Wer kein "
                "Auto hat, soll trotzdem zum Arzt, zum Einkaufen oder zum Bahnhof kommen"]),
            sp("Josefa Reiter", None, "Josefa", "Reiter", "Erste Bürgermeisterin der Gemeinde Grabenstätt",
               "Gemeinde Grabenstätt",
               ["Bei uns fahren viele Ältere nur noch Auto, weil es keine Alternative gibt. Das ändert sich jetzt."]),
        ],
        member_lists=[
            {"label": "Am Pilotbetrieb beteiligt", "members": [
                {"name": "Bergen", "kind": "Gemeinde"},
                {"name": "Chieming", "kind": "Gemeinde"},
                {"name": "Grabenstätt", "kind": "Gemeinde"},
                {"name": "Nußdorf", "kind": "Gemeinde"},
                {"name": "Übersee", "kind": "Gemeinde"},
                {"name": "Vachendorf", "kind": "Gemeinde"},
            ]},
        ],
        mentioned_dates=["2023-03-01", "2024", "2025-02-28"],
        body_must_contain=["Der Landkreis Traunstein ergänzt den Linienverkehr",
                           "Eine Ausweitung auf weitere Gemeinden wird nach der Auswertung"],
        body_must_not_contain=["Cookies ein", "Kreistag beschließt Haushalt 2023", "Papst-Benedikt-XVI.-Platz",
                               "Alle akzeptieren"],
        notes=["windows-1252 encoded with <meta charset=windows-1252>.",
               "'Verkehr' next to the date is the news category.",
               "'überfälligen Schritt' is a quoted fragment inside reported speech, not a full quote; Reiter's quote is "
               "the following sentence pair (attributed by adjacency to her apposition).",
               "Subtitle 'ab 1. März' without year is the same date as '1. März 2023' in the text.",
               "Herbst 2024 → '2024'. Landrat role is the title before the name: 'Landrat', organisation null."],
    ),
))

# --------------------------------------------------------------------------------------------
# x04: Stadtwerke in Niedersachsen, WordPress, reading time, author, "Stand:" line, »…« quotes
# --------------------------------------------------------------------------------------------
_art = """
<article id="post-2291" class="post-2291 post type-post status-publish category-pressemitteilungen">
<header class="entry-header">
<span class="cat-links"><a href="/category/pressemitteilungen" rel="category tag">Pressemitteilungen</a></span>
<h1 class="entry-title">Wärmenetz Kaltenmoor: Stadtwerke beginnen mit dem ersten Bauabschnitt</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <time class="entry-date published"
datetime="2024-03-12T10:02:11+01:00">12. März 2024</time></span> <span class="byline">von Redaktion</span>
<span class="reading-time">Lesezeit: 3 Minuten</span></div>
</header>
<div class="entry-content">
<p class="has-medium-font-size"><strong>Rund 1.100 Wohnungen sollen bis 2027 an ein neues Nahwärmenetz angeschlossen
werden. Die Wärme kommt zu großen Teilen aus Abwasser und einer Großwärmepumpe.</strong></p>
<p>Lüneburg – Die Stadtwerke haben mit dem Bau des Wärmenetzes im Stadtteil Kaltenmoor begonnen. Im ersten
Bauabschnitt werden bis Oktober 2024 rund 2,4 Kilometer Leitungen entlang der Theodor-Heuss-Straße verlegt.
Die Heizzentrale entsteht auf dem Gelände der Kläranlage, wo eine Großwärmepumpe dem gereinigten Abwasser
Wärme entzieht.</p>
<p>»Wir nutzen eine Wärmequelle, die jeden Tag verlässlich da ist und bisher ungenutzt in die Ilmenau fließt«,
sagte Geschäftsführer Dr.-Ing. Hauke Brodersen beim Spatenstich. »Das macht uns unabhängiger von
Gaspreisen, und es bleibt Wertschöpfung in der Region.«</p>
<h2 class="wp-block-heading">Was Mieterinnen und Mieter wissen müssen</h2>
<p>Die Wohnungsbaugesellschaften haben ihre Mieterinnen und Mieter bereits informiert. Während der Bauarbeiten
kommt es abschnittsweise zu Sperrungen von Parkplätzen. Die Wärmeversorgung der Häuser bleibt bis zur
Umstellung unverändert.</p>
<ol>
<li>Die Umstellung erfolgt hausweise und dauert in der Regel einen Tag.</li>
<li>Die Mieter werden zwei Wochen vorher schriftlich informiert.</li>
<li>Für Fragen ist ein Infomobil jeden Dienstag vor Ort.</li>
</ol>
<p>Imke Harms, Vorstand der Wohnungsgenossenschaft Kaltenmoor eG, begrüßte den Baustart. Die
Genossenschaft werde ihre Gebäude nacheinander anschließen, erste Häuser bereits im Winter 2024/25.</p>
<p>Das Projekt wird im Rahmen der Bundesförderung für effiziente Wärmenetze mit 40 Prozent der
Investitionskosten gefördert. Die Gesamtinvestition liegt bei rund 31 Millionen Euro.</p>
<p class="stand"><em>Stand: 15.03.2024</em></p>
</div>
<footer class="entry-footer"><span class="tags-links">Schlagwörter: <a href="#" rel="tag">Wärmewende</a>,
<a href="#" rel="tag">Kaltenmoor</a></span>
<div class="sharedaddy"><h3 class="sd-title">Teilen mit:</h3><a href="#">Facebook</a> <a href="#">LinkedIn</a>
<a href="#">WhatsApp</a></div></footer>
</article>
"""
_side = """<section class="widget"><h2 class="widget-title">Störungsdienst</h2><p>24 Stunden erreichbar: 04131 230-0</p></section>
<section class="widget"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="#">Neue Ladesäulen am Sand</a></li></ul></section>"""
_foot = """<p>Stadtwerke Lüneburg Musterbetrieb GmbH · Am Kreidebergsee 11 · 21339 Lüneburg</p>"""
DOCS.append(dict(
    stem="x04-stadtwerke-waermenetz",
    ext="html",
    enc="utf-8",
    text=wordpress("UTF-8", "Wärmenetz Kaltenmoor: Stadtwerke beginnen mit dem ersten Bauabschnitt", "Stadtwerke Lüneburg",
                   _art, _side, _foot),
    gold=dict(
        title="Wärmenetz Kaltenmoor: Stadtwerke beginnen mit dem ersten Bauabschnitt",
        subtitle=None,
        kicker=None,
        categories=["Pressemitteilungen", "Wärmewende", "Kaltenmoor"],  # amended: tags are categories (README)
        date="2024-03-12",
        place="Lüneburg",
        language="de",
        speakers=[
            sp("Dr.-Ing. Hauke Brodersen", "Dr.-Ing.", "Hauke", "Brodersen", "Geschäftsführer", None,
               ["Wir nutzen eine Wärmequelle, die jeden Tag verlässlich da ist und bisher ungenutzt in die Ilmenau fließt",
                "Das macht uns unabhängiger von Gaspreisen, und es bleibt Wertschöpfung in der Region."]),
        ],
        member_lists=[],
        mentioned_dates=["2024", "2024-10", "2025", "2027"],
        body_must_contain=["Rund 1.100 Wohnungen sollen bis 2027",
                           "Die Mieter werden zwei Wochen vorher schriftlich informiert.",
                           "Die Gesamtinvestition liegt bei rund 31 Millionen Euro."],
        body_must_not_contain=["Lesezeit", "Cookie-Zustimmung", "Störungsdienst", "Vorheriger Beitrag",
                               "Teilen mit", "Am Kreidebergsee"],
        notes=["Publication date from 'Veröffentlicht am 12. März 2024'; 'Stand: 15.03.2024' is a revision stamp.",
               "The bold lead paragraph is part of the body, not a subtitle (it is a paragraph in the content).",
               "Quotes use »…« guillemets. Imke Harms speaks only indirectly: no speaker.",
               "'im Winter 2024/25' is a season spanning two years: not a date."],
    ),
))

# --------------------------------------------------------------------------------------------
# x05: University in Mecklenburg-Vorpommern, Plone-like, "Ort, Datum" dateline, Prof. Dr., short Q&A block
# --------------------------------------------------------------------------------------------
_art = """
<div id="viewlet-above-content-title"><span class="label">Pressemitteilung 45/2023</span></div>
<h1 class="documentFirstHeading">Ostsee-Sedimente speichern mehr Mikroplastik als angenommen</h1>
<div class="documentDescription">Forschungsteam wertet Bohrkerne aus der Mecklenburger Bucht aus</div>
<div id="content-core">
<p><b>Rostock, 5. Juli 2023</b></p>
<p>Ein Forschungsteam der Universität Rostock hat in Sedimentkernen aus der Mecklenburger Bucht bis zu
dreimal so viele Mikroplastikpartikel gefunden wie in bisherigen Schätzungen angenommen. Die Ergebnisse
sind in der Fachzeitschrift „Marine Pollution Research“ erschienen.</p>
<p>Die Proben stammen aus einer Expedition mit dem Forschungsschiff „Elisabeth Mann Borgese“ im
Mai 2021. Die Forschenden untersuchten Schichten, die sich seit den 1960er-Jahren abgelagert haben.</p>
<p>„Die Sedimente sind ein Archiv. Wir können Schicht für Schicht ablesen, wann welche Kunststoffe in die
Ostsee gelangt sind“, erklärt Prof. Dr. Maren Lüdecke vom Institut für Biowissenschaften, die das Projekt
leitet. Besonders auffällig sei der Anstieg von Reifenabrieb seit den 1990er-Jahren.</p>
<h3>Drei Fragen an Dr. Jonas Wierzbicki</h3>
<p><b>Wie kommt das Plastik in die Tiefe?</b></p>
<p>Wierzbicki: Kleine Partikel heften sich an Algen und sinken mit ihnen ab. Das geht schneller, als man lange dachte.</p>
<p><b>Ist das gefährlich für Fische?</b></p>
<p>Wierzbicki: Das untersuchen wir gerade. Für eine Entwarnung ist es zu früh.</p>
<p>Das Projekt wird vom Bundesministerium für Bildung und Forschung bis zum 30. Juni 2025 gefördert.</p>
<p class="discreet">Foto: Universität Rostock/ITMZ</p>
<h4>Kontakt</h4>
<p>Prof. Dr. Maren Lüdecke<br>Universität Rostock<br>Institut für Biowissenschaften<br>Tel.: +49 381 498-0000</p>
</div>
"""
_port = """<dl class="portlet"><dt>Pressestelle</dt><dd>Universitätsplatz 1, 18055 Rostock</dd></dl>
<dl class="portlet"><dt>Aktuelle Pressemitteilungen</dt><dd><a href="#">Neuer Studiengang Medizintechnik</a></dd></dl>"""
_foot = """<p>© 2023 Universität Rostock · Impressum · Barrierefreiheit</p>"""
DOCS.append(dict(
    stem="x05-uni-rostock-mikroplastik",
    ext="html",
    enc="utf-8",
    text=plone("utf-8", "Ostsee-Sedimente speichern mehr Mikroplastik", "Universität Rostock",
               ["Startseite", "Presse", "Pressemitteilungen"], _art, _port, _foot),
    gold=dict(
        title="Ostsee-Sedimente speichern mehr Mikroplastik als angenommen",
        subtitle="Forschungsteam wertet Bohrkerne aus der Mecklenburger Bucht aus",
        kicker=None,
        categories=["Pressemitteilung"],
        date="2023-07-05",
        place="Rostock",
        language="de",
        speakers=[
            sp("Prof. Dr. Maren Lüdecke", "Prof. Dr.", "Maren", "Lüdecke", None, "Institut für Biowissenschaften",
               ["Die Sedimente sind ein Archiv. Wir können Schicht für Schicht ablesen, wann welche Kunststoffe in die "
                "Ostsee gelangt sind"]),
            sp("Dr. Jonas Wierzbicki", "Dr.", "Jonas", "Wierzbicki", None, None,
               ["Kleine Partikel heften sich an Algen und sinken mit ihnen ab. Das geht schneller, als man lange dachte.",
                "Das untersuchen wir gerade. Für eine Entwarnung ist es zu früh."]),
        ],
        member_lists=[],
        mentioned_dates=["2021-05", "2025-06-30"],
        body_must_contain=["Ein Forschungsteam der Universität Rostock hat in Sedimentkernen",
                           "Das Projekt wird vom Bundesministerium für Bildung und Forschung"],
        body_must_not_contain=["Universitätsplatz 1", "Neuer Studiengang Medizintechnik", "Per E-Mail senden",
                               "technisch notwendige Cookies"],
        notes=["'Pressemitteilung 45/2023' above the headline is the document type label (category), not a kicker.",
               "Lüdecke has no role noun: 'vom Institut für Biowissenschaften' is her affiliation → organisation; role null.",
               "Interview answers introduced by 'Wierzbicki:' are his direct words (quotes without quotation marks).",
               "'seit den 1960er-Jahren' / '1990er-Jahren' are decades: not dates."],
    ),
))

# --------------------------------------------------------------------------------------------
# x06: Landesrechnungshof MV, GSB, ISO-8859-15 with €, table, "Dazu erklärt …:" statement
# --------------------------------------------------------------------------------------------
_art = """
<div class="article-head">
<p class="kategorie">Pressemitteilung</p>
<h1>Kommunalfinanzbericht 2022: Kassenkredite sinken, Investitionsstau wächst</h1>
</div>
<div class="text">
<p><strong>Neubrandenburg, 24. November 2022</strong> – Der Landesrechnungshof Mecklenburg-Vorpommern hat
seinen Kommunalfinanzbericht 2022 vorgelegt. Danach haben die Gemeinden, Ämter und Landkreise des Landes ihre
Kassenkredite zum 31. Dezember 2021 auf 312 Mio. € zurückgeführt. Gleichzeitig schieben viele Kommunen
notwendige Investitionen in Schulen, Straßen und Feuerwehrhäuser vor sich her.</p>
<table class="datatable">
<caption>Kassenkredite der Kommunen in Mio. €</caption>
<thead><tr><th>Ebene</th><th>31.12.2019</th><th>31.12.2021</th></tr></thead>
<tbody>
<tr><td>Landkreise</td><td>198</td><td>141</td></tr>
<tr><td>Kreisfreie und große kreisangehörige Städte</td><td>176</td><td>129</td></tr>
<tr><td>Amtsangehörige und amtsfreie Gemeinden</td><td>61</td><td>42</td></tr>
</tbody></table>
<p>Dazu erklärt die Präsidentin des Landesrechnungshofes, Dr. Christiane Wollin-Bahr:</p>
<blockquote><p>„Der Abbau der Kassenkredite ist ein Erfolg, auf dem sich niemand ausruhen darf. Ein Teil der Entlastung
beruht auf Sondereffekten, die nicht wiederkehren. Wer jetzt Instandhaltung aufschiebt, zahlt später doppelt.“</p></blockquote>
<p>Der Rechnungshof empfiehlt den Kommunen, ihre Investitionsplanung stärker auf den Bestand auszurichten.
Bei den geprüften Ämtern fehlten in 14 von 20 Fällen belastbare Zustandserfassungen für Gebäude.</p>
<p>Der Bericht wird am 8. Dezember 2022 im Finanzausschuss des Landtages beraten.</p>
</div>
"""
_side = """<h2>Service</h2><ul><li><a href="#">Jahresbericht 2022 (PDF, 4 MB)</a></li><li><a href="#">Prüfungsordnung</a></li></ul>"""
_foot = """<p>Landesrechnungshof Mecklenburg-Vorpommern · Mühlenstraße 22 · 17034 Neubrandenburg</p>"""
DOCS.append(dict(
    stem="x06-lrh-mv-kommunalfinanzen",
    ext="html",
    enc="iso-8859-15",
    text=gsb("ISO-8859-15", "Kommunalfinanzbericht 2022", "Landesrechnungshof Mecklenburg-Vorpommern",
             ["Startseite", "Presse", "Pressemitteilungen"], _art, _side, _foot),
    gold=dict(
        title="Kommunalfinanzbericht 2022: Kassenkredite sinken, Investitionsstau wächst",
        subtitle=None,
        kicker=None,
        categories=["Pressemitteilung"],
        date="2022-11-24",
        place="Neubrandenburg",
        language="de",
        speakers=[
            sp("Dr. Christiane Wollin-Bahr", "Dr.", "Christiane", "Wollin-Bahr",
               "Präsidentin des Landesrechnungshofes", "Landesrechnungshof",
               ["Der Abbau der Kassenkredite ist ein Erfolg, auf dem sich niemand ausruhen darf. Ein Teil der Entlastung "
                "beruht auf Sondereffekten, die nicht wiederkehren. Wer jetzt Instandhaltung aufschiebt, zahlt später "
                "doppelt."]),
        ],
        member_lists=[],
        mentioned_dates=["2019-12-31", "2021-12-31", "2022-12-08"],
        body_must_contain=["Der Landesrechnungshof Mecklenburg-Vorpommern hat", "312 Mio. €",
                           "Der Bericht wird am 8. Dezember 2022 im Finanzausschuss"],
        body_must_not_contain=["This website uses cookies", "Mühlenstraße 22", "Prüfungsordnung"],
        notes=["ISO-8859-15 with meta charset (the € sign is 0xA4 in this encoding).",
               "Statement introduced by 'Dazu erklärt die Präsidentin des Landesrechnungshofes, Dr. …:' → role before "
               "the name; organisation 'Landesrechnungshof' (nominative of the role's genitive).",
               "Table column heads 31.12.2019 / 31.12.2021 are dates the text names.",
               "'Kommunalfinanzbericht 2022' is a report name, not a date mention."],
    ),
))
