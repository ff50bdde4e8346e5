"""Gold specs for the open items after the second blind run (tests/gold_blind2), fourth pass: member tables,
headings over introducing sentences, type labels as categories, footer link rows and address lines. New wording,
invented people, real municipalities only as members/places."""

from _build import sp

SPECS_BLIND4FIX = [
    {
        # member table in an old table-layout CMS page: the layout table (navigation cell next to the content
        # cell) is no member list, nor is a data table of consultation places without a membership cue; the
        # member column is chosen by its header, kinds come from the ``Art`` column, keys are linked in the
        # Land the text names; the heading above the generic ``… gehören … an:`` sentence is the label; the
        # type label with its number above the headline is the category
        "id": "g48-html-layout-mitgliedertabelle", "template": "raw", "suffix": "html",
        "doc": """<html>
<head><meta charset="utf-8"><title>Abwasserzweckverband Wipper-Helbe - Gebühren</title></head>
<body>
<table width="960" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="kopfbereich"><img src="/logo.gif" alt="Logo"> Abwasserzweckverband Wipper-Helbe</td></tr>
<tr>
<td width="190" valign="top" class="navi"><a href="/">Startseite</a><br><a href="/verband">Der Verband</a><br>
<a href="/presse">Presse</a><br><a href="/kontakt">Kontakt</a></td>
<td valign="top" class="inhalt">
<p class="doktyp">Presseinformation Nr. 12/2024</p>
<h1>Abwassergebühren bleiben bis 2026 stabil</h1>
<p><b>Sondershausen, 4. März 2024.</b> Die Verbandsversammlung des Abwasserzweckverbandes Wipper-Helbe hat in
ihrer Sitzung am Donnerstag die Gebührenkalkulation für die kommenden zwei Jahre beschlossen. Die Gebühren
bleiben unverändert, obwohl die Kosten für Energie und Personal gestiegen sind.</p>
<p>„Wir haben Rücklagen gebildet, als es gut lief. Jetzt kommen sie den Haushalten zugute“, sagte die
Verbandsvorsitzende Petra Lindhorst. Der Freistaat Thüringen fördert zudem die Erneuerung der Kläranlage.</p>
<h2>Verbandsmitglieder</h2>
<p>Dem Verband gehören sechs Städte und Gemeinden an:</p>
<table class="daten" border="1">
<thead><tr><th>Gemeinde</th><th>Art</th><th>Anschlussgrad</th></tr></thead>
<tbody>
<tr><td>Sondershausen</td><td>Stadt</td><td>97 %</td></tr>
<tr><td>Greußen</td><td>Stadt</td><td>95 %</td></tr>
<tr><td>Ebeleben</td><td>Stadt</td><td>93 %</td></tr>
<tr><td>Clingen</td><td>Stadt</td><td>90 %</td></tr>
<tr><td>Helbedündorf</td><td>Gemeinde</td><td>88 %</td></tr>
<tr><td>Kyffhäuserland</td><td>Gemeinde</td><td>86 %</td></tr>
</tbody>
</table>
<h2>Sprechstunden vor Ort</h2>
<p>Fragen zu den Bescheiden beantworten die Mitarbeiterinnen und Mitarbeiter an folgenden Terminen:</p>
<table class="daten" border="1">
<tr><th>Ort</th><th>Datum</th></tr>
<tr><td>Greußen</td><td>12. März 2024</td></tr>
<tr><td>Ebeleben</td><td>14. März 2024</td></tr>
</table>
<p><a href="javascript:print()">Drucken</a> | <a href="javascript:history.back()">zurück</a></p>
</td>
</tr>
<tr><td colspan="2" class="fuss">Abwasserzweckverband Wipper-Helbe | Impressum | Datenschutz</td></tr>
</table>
</body>
</html>
""",
        "title": "Abwassergebühren bleiben bis 2026 stabil", "subtitle": None, "kicker": None,
        "categories": ["Presseinformation"],
        "date": "2024-03-04", "place": "Sondershausen", "mentioned_dates": ["2024-03-12", "2024-03-14", "2026"],
        "speakers": [
            sp("Petra Lindhorst", None, "Petra", "Lindhorst", "Verbandsvorsitzende", None,
               "Wir haben Rücklagen gebildet, als es gut lief. Jetzt kommen sie den Haushalten zugute"),
        ],
        "member_lists": [
            {"label": "Verbandsmitglieder", "members": [
                {"name": "Sondershausen", "kind": "Stadt"}, {"name": "Greußen", "kind": "Stadt"},
                {"name": "Ebeleben", "kind": "Stadt"}, {"name": "Clingen", "kind": "Stadt"},
                {"name": "Helbedündorf", "kind": "Gemeinde"}, {"name": "Kyffhäuserland", "kind": "Gemeinde"}]},
        ],
        "body_must_contain": ["Sondershausen | Stadt | 97 %", "Greußen | 12. März 2024",
                              "Die Gebühren bleiben unverändert"],
        "body_must_not_contain": ["Startseite", "Der Verband", "Impressum", "Drucken"],
    },
    {
        # member table with a caption and without ``<th>``: the first row is the header by its words; a repeated
        # Kreis column is an attribute, not the member column; no Land named: keys in the Land most names lie
        # in; the stated count differs from the table; an address line (``Am Wasserturm 3``) closes the text
        "id": "g49-html-tabelle-caption-anzahl", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Trinkwasser aus der Altmark | Wasserverband Klötze</title></head>
<body>
<nav class="hauptnavigation"><ul><li><a href="/">Start</a></li><li><a href="/aktuelles">Aktuelles</a></li></ul></nav>
<main>
<article>
<h1>Wasserverband stellt Leitungsnetz auf digitale Zähler um</h1>
<p class="datum">22.01.2024</p>
<p>Klötze – Der Wasserverband Klötze beginnt im Februar 2024 mit dem Einbau von rund 9.000 funkbasierten
Wasserzählern. Bis Ende 2025 sollen alle Hausanschlüsse umgerüstet sein. Die Ablesung vor Ort entfällt damit.</p>
<p>„Die Haushalte sehen ihren Verbrauch künftig monatlich und nicht erst mit der Jahresrechnung“, erklärte
Geschäftsführer Bernd Kiesewetter. Der Einbau ist für die Kundinnen und Kunden kostenfrei.</p>
<p>Der Verband versorgt Haushalte in acht Mitgliedskommunen mit Trinkwasser.</p>
<table>
<caption>Mitgliedskommunen des Wasserverbandes</caption>
<tr><td>Kommune</td><td>Typ</td><td>Landkreis</td></tr>
<tr><td>Klötze</td><td>Stadt</td><td>Altmarkkreis Salzwedel</td></tr>
<tr><td>Gardelegen</td><td>Hansestadt</td><td>Altmarkkreis Salzwedel</td></tr>
<tr><td>Kalbe (Milde)</td><td>Stadt</td><td>Altmarkkreis Salzwedel</td></tr>
<tr><td>Apenburg-Winterfeld</td><td>Gemeinde</td><td>Altmarkkreis Salzwedel</td></tr>
<tr><td>Dähre</td><td>Gemeinde</td><td>Altmarkkreis Salzwedel</td></tr>
<tr><td>Kuhfelde</td><td>Gemeinde</td><td>Altmarkkreis Salzwedel</td></tr>
<tr><td>Rohrberg</td><td>Gemeinde</td><td>Altmarkkreis Salzwedel</td></tr>
</table>
<p>Die Termine für den Zählerwechsel werden den Haushalten schriftlich mitgeteilt.</p>
<p>Wasserverband Klötze · Am Wasserturm 3 · 38486 Klötze</p>
</article>
</main>
</body></html>
""",
        "title": "Wasserverband stellt Leitungsnetz auf digitale Zähler um", "subtitle": None, "kicker": None,
        "date": "2024-01-22", "place": "Klötze", "mentioned_dates": ["2024-02", "2025"],
        "speakers": [
            sp("Bernd Kiesewetter", None, "Bernd", "Kiesewetter", "Geschäftsführer", None,
               "Die Haushalte sehen ihren Verbrauch künftig monatlich und nicht erst mit der Jahresrechnung"),
        ],
        "member_lists": [
            {"label": "Mitgliedskommunen des Wasserverbandes", "members": [
                {"name": "Klötze", "kind": "Stadt"}, {"name": "Gardelegen", "kind": "Stadt"},
                {"name": "Kalbe (Milde)", "kind": "Stadt"}, {"name": "Apenburg-Winterfeld", "kind": "Gemeinde"},
                {"name": "Dähre", "kind": "Gemeinde"}, {"name": "Kuhfelde", "kind": "Gemeinde"},
                {"name": "Rohrberg", "kind": "Gemeinde"}]},
        ],
        "warnings_contain": ["Text nennt 8, Liste hat 7"],
        "body_must_contain": ["Klötze | Stadt | Altmarkkreis Salzwedel",
                              "Die Termine für den Zählerwechsel werden den Haushalten schriftlich mitgeteilt."],
        "body_must_not_contain": ["Am Wasserturm 3", "Start"],
    },
    {
        # a text dump: the navigation list above the headline is no category, the type label with its number
        # is; a heading above a generic introducing sentence labels the block list; a footer row of links
        # separated by ``*`` and a closing address block (``Am Markt 2`` + postcode line) leave the body
        "id": "g50-dump-navliste-fusszeile", "template": "raw", "suffix": "txt",
        "doc": """[Zum Inhalt](#inhalt) [Leichte Sprache](/leichte-sprache)

* [Bürgerservice](/buergerservice/)
* [Aktuelles](/aktuelles/)
* [Presse](/presse/)

# Amt Beetzsee startet gemeinsames Feuerwehrkonzept

Medieninformation 7/2024

Brielow, 15. April 2024 – Die Gemeinden des Amtes Beetzsee wollen ihre Freiwilligen Feuerwehren künftig
gemeinsam planen. Der Amtsausschuss hat dazu am Mittwoch einen Gefahren- und Entwicklungsplan in Auftrag
gegeben, der bis Ende 2024 vorliegen soll.

„Keine Wehr soll allein gelassen werden, wenn Technik oder Leute fehlen“, sagte Amtsdirektor Guido Maschke.

### Beteiligte Gemeinden

Am Konzept wirken alle Städte und Gemeinden des Amtes mit:

- Gemeinde Beetzsee
- Gemeinde Beetzseeheide
- Stadt Havelsee
- Gemeinde Päwesin
- Gemeinde Roskow

Die Ergebnisse werden im Herbst in allen Gemeindevertretungen vorgestellt.

Amt Beetzsee
Am Markt 2
14778 Beetzsee

* [Impressum](/impressum) * [Datenschutz](/datenschutz) * [Barrierefreiheit](/barrierefreiheit)
""",
        "title": "Amt Beetzsee startet gemeinsames Feuerwehrkonzept", "subtitle": None, "kicker": None,
        "categories": ["Medieninformation"],
        "date": "2024-04-15", "place": "Brielow", "mentioned_dates": ["2024"],
        "speakers": [
            sp("Guido Maschke", None, "Guido", "Maschke", "Amtsdirektor", None,
               "Keine Wehr soll allein gelassen werden, wenn Technik oder Leute fehlen"),
        ],
        "member_lists": [
            {"label": "Beteiligte Gemeinden", "members": [
                {"name": "Beetzsee", "kind": "Gemeinde"}, {"name": "Beetzseeheide", "kind": "Gemeinde"},
                {"name": "Havelsee", "kind": "Stadt"}, {"name": "Päwesin", "kind": "Gemeinde"},
                {"name": "Roskow", "kind": "Gemeinde"}]},
        ],
        "body_must_contain": ["- Stadt Havelsee", "Die Ergebnisse werden im Herbst"],
        "body_must_not_contain": ["Barrierefreiheit", "Am Markt 2", "14778 Beetzsee", "Bürgerservice"],
    },
]
