"""Gold specs for the open items after the fifth blind run (tests/gold_blind5): member enumerations in
running text under a participation verb, short member-list labels from the verb or noun, definition-list
metadata (date, categories), imprint and back-link furniture, roles after a possessive. New wording,
invented people, real places only as members/places."""

from _build import sp

SPECS_SET5FIX = [
    {
        # inline enumerations under participation verbs; a bracketed qualifier stays with the name; labels
        # are the fronted predicate / a short noun phrase, never the lead-in sentence
        "id": "g56-dump-modellvorhaben-beteiligt", "template": "raw", "suffix": "txt",
        "doc": """Ministerium des Innern und für Kommunales
Pressemitteilung
Potsdam, 03.04.2025

Modellvorhaben für gemeinsame Bauhöfe startet

Potsdam. Vier Kommunen im Nordosten erproben ab Mai einen gemeinsamen Bauhof. Am Modellvorhaben beteiligt sind die Ämter Joachimsthal (Schorfheide) und Gramzow, die Gemeinde Schorfheide sowie die Stadt Angermünde. Die Verwaltungen teilen sich Fahrzeuge und Personal.

Folgende Städte erhalten dafür Fördermittel aus dem Landesprogramm:
- Stadt Angermünde
- Stadt Templin

Neu aufgenommen wurden zudem die Gemeinden Ziethen und Parsteinsee.

Unterstützung kommt vom Kommunalen Arbeitgeberverband. Dessen Geschäftsführerin Jana Wolkow sagte: „Das Modell sollte im ganzen Land Schule machen.“
""",
        "title": "Modellvorhaben für gemeinsame Bauhöfe startet",
        "subtitle": None, "kicker": None, "categories": ["Pressemitteilung"],
        "date": "2025-04-03", "place": "Potsdam", "mentioned_dates": [],
        # a role after a possessive (``Dessen Geschäftsführerin``) is the noun alone
        "speakers": [
            sp("Jana Wolkow", None, "Jana", "Wolkow", "Geschäftsführerin", None,
               "Das Modell sollte im ganzen Land Schule machen."),
        ],
        "member_lists": [
            {"label": "Am Modellvorhaben beteiligt", "members": [
                {"name": "Joachimsthal (Schorfheide)", "kind": "Amt"}, {"name": "Gramzow", "kind": "Amt"},
                {"name": "Schorfheide", "kind": "Gemeinde"}, {"name": "Angermünde", "kind": "Stadt"}]},
            {"label": "Geförderte Städte", "members": [
                {"name": "Angermünde", "kind": "Stadt"}, {"name": "Templin", "kind": "Stadt"}]},
            {"label": "Neu aufgenommen", "members": [
                {"name": "Ziethen", "kind": "Gemeinde"}, {"name": "Parsteinsee", "kind": "Gemeinde"}]},
        ],
        "body_must_contain": ["Vier Kommunen im Nordosten", "Neu aufgenommen wurden zudem"],
        "body_must_not_contain": ["Potsdam, 03.04.2025"],
    },
    {
        # definition-list metadata after the text: ``Veröffentlicht`` date and ``Themen`` categories (nested
        # list); an imprint block under ``Verantwortlich:``, a ``Zurück zu allen Pressemitteilungen`` back
        # link, and a lone ``Rubrik`` label leave the body
        "id": "g57-html-dl-meta-impressum", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neue Öffnungszeiten der Bibliothek | Stadt Musterort</title></head>
<body><header><nav><ul><li><a href="/">Start</a></li><li><a href="/presse">Presse</a></li></ul></nav></header>
<main><article>
<h1>Stadtbibliothek öffnet künftig auch samstags</h1>
<div class="text">
<p>Die Stadtbibliothek im Kulturhaus ist ab dem 5. April 2025 auch samstags von 10 bis 14 Uhr geöffnet. Damit reagiert die Stadt auf eine Umfrage unter den Leserinnen und Lesern.</p>
<p>Möglich wird das längere Angebot durch zwei zusätzliche Teilzeitstellen, die der Hauptausschuss im Januar bewilligt hat. Die Ausleihe am Samstag übernimmt ein Team aus Fachkräften und Ehrenamtlichen.</p>
</div>
<dl class="meta-info">
<dt>Veröffentlicht</dt><dd>21.03.2025</dd>
<dt>Themen</dt><dd><ul><li><a href="/t/kultur">Kultur</a></li><li><a href="/t/bildung">Bildung</a></li></ul></dd>
</dl>
<p>Rubrik</p>
<div class="imprint"><p>Verantwortlich für den Inhalt:</p><p>Stadt Musterort<br>Pressestelle<br>Marktplatz 3<br>16540 Musterort</p></div>
<p><a href="/presse">Zurück zu allen Pressemitteilungen</a></p>
</article></main>
<footer><a href="/impressum">Impressum</a></footer></body></html>
""",
        "title": "Stadtbibliothek öffnet künftig auch samstags",
        "subtitle": None, "kicker": None, "categories": ["Kultur", "Bildung"],
        "date": "2025-03-21", "place": None, "mentioned_dates": ["2025-04-05"],
        "speakers": [], "member_lists": [],
        "body_must_contain": ["auch samstags von 10 bis 14 Uhr", "ein Team aus Fachkräften"],
        "body_must_not_contain": ["Verantwortlich", "Marktplatz 3", "Rubrik", "Zurück zu allen", "21.03.2025",
                                  "Themen"],
    },
]
