"""Gold specs for the failure classes found on the second held-out real sample (Berlin releases kept
outside the repository) and on the ninth blind set: Textile block quotations, verbless ``X dazu:``
attributions, speakers after run-in address text, surnames with honorific, Berlin district offices and
compound senators, nested English quotes, ``laut``/``zufolge`` sources, pronouns past sentences of
paraphrase, elected offices, particle surnames, quotes after reported speech, date lists, slash months,
school years and months without a year; mailed dumps with cover note, forwarded header, letterhead with
office, department and address lines, one-word overline, running header after a page break, participant
lists, imprint and editor's note; HTML photo sections, document numbers and related-story blocks.
New wording, invented people, real places only as places."""

from _build import sp

SPECS_REAL2FIX = [
    {
        # a Berlin-style dump: text on one line, a Textile block quotation, run-in service text before a
        # speaker, a surname with honorific after a colon, dates in lists, slash months and a school year
        "id": "g71-dump-bq-ferienprogramm", "template": "raw", "suffix": "txt",
        "doc": (
            "Sommerferien im Kiez: Bezirk stellt Ferienprogramm vor\n\n"
            "14.05.2025\n\n"
            "Das Bezirksamt Pankow stellt sein Ferienprogramm für das Schuljahr 2024/25 vor. Anmeldungen sind "
            "seit Mai möglich, die Projektlaufzeit reicht von 06/2025 bis 09/2026. Weitere Termine: 28.05., "
            "25.06. und 23.07.2025. Der Bezirksbürgermeister von Pankow, Jonas Wettering, dazu: bq. Unsere "
            "Kinder sollen die Ferien nicht vor dem Bildschirm verbringen. Wir haben deshalb ein Programm mit "
            "über 80 Angeboten zusammengestellt. Weitere Informationen: www.example.invalid/ferien Anmeldung "
            "Rathaus Pankow, Breite Straße 24a-26, 13187 Berlin Ines Kaldewey, Bezirksstadträtin für Jugend, "
            "Familie und Gesundheit: „Im Mittelpunkt steht die sogenannte “Ferienkarte” für alle Kinder.“ "
            "Finanzsenatorin Dr. Petra Lindqvist unterstützt das Programm. Dr. Lindqvist: „Jeder Euro für die "
            "Ferien ist gut angelegt.“ „Wir freuen uns auf viele Familien“, lädt Jugendamtsleiterin Sabine "
            "Otterbach ein.\n"
        ),
        "title": "Sommerferien im Kiez: Bezirk stellt Ferienprogramm vor",
        "date": "2025-05-14", "place": None, "categories": [],
        "mentioned_dates": ["2024", "2025", "2025-05-28", "2025-06", "2025-06-25", "2025-07-23",
                            "2026-09"],
        "speakers": [
            sp("Jonas Wettering", None, "Jonas", "Wettering", "Bezirksbürgermeister von Pankow", "Bezirksamt Pankow",
               "Unsere Kinder sollen die Ferien nicht vor dem Bildschirm verbringen. Wir haben deshalb ein "
               "Programm mit über 80 Angeboten zusammengestellt."),
            sp("Ines Kaldewey", None, "Ines", "Kaldewey", "Bezirksstadträtin für Jugend, Familie und Gesundheit",
               None, "Im Mittelpunkt steht die sogenannte “Ferienkarte” für alle Kinder."),
            sp("Dr. Petra Lindqvist", "Dr.", "Petra", "Lindqvist", "Finanzsenatorin", "Senatsverwaltung für Finanzen",
               "Jeder Euro für die Ferien ist gut angelegt."),
            sp("Sabine Otterbach", None, "Sabine", "Otterbach", "Jugendamtsleiterin", None,
               "Wir freuen uns auf viele Familien"),
        ],
        "body_must_contain": ["Unsere Kinder sollen die Ferien nicht vor dem Bildschirm verbringen."],
        "body_must_not_contain": ["bq."],
    },
    {
        # a CMS page: date and category on one line, a screen-reader label, an elected office, a particle
        # surname, a pronoun past a sentence of paraphrase, ``Laut … ist … „…“``, a quote after reported
        # speech, a photo section, a document number and a related-stories block
        "id": "g72-html-verband-vorsteherin", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Wasserverband wählt neue Verbandsvorsteherin</title></head>
<body><header><nav><a href="/">Startseite</a> <a href="/verband">Verband</a></nav></header>
<main><article>
<p class="entry-meta">Veröffentlicht am 12.03.2025 in Aktuelles</p>
<div class="entry-cats"><span class="screen-reader-text">Kategorien</span><a href="/c/verband" rel="category tag">Verband</a></div>
<h1>Wasserverband wählt neue Verbandsvorsteherin</h1>
<p>Die Verbandsversammlung des Wasser- und Abwasserzweckverbandes Ucker hat am Montag Marlene von Stechow zur neuen Verbandsvorsteherin gewählt. Sie folgt auf Henning Blasberg, der in den Ruhestand geht.</p>
<p>„Ich freue mich auf die Aufgabe und auf ein starkes Team“, so von Stechow.</p>
<p>Henning Blasberg, Verbandsvorsteher seit 2009, dankte den Mitgliedern. Die Zusammenarbeit sei immer fair gewesen. „Ohne die Gemeinden wäre der Verband nichts“, sagte er.</p>
<p>Laut Geschäftsführerin Dr. Ruth Anselm ist der Haushalt „solide aufgestellt und ohne neue Kredite zu finanzieren“. Die Wasserpreise sollen stabil bleiben, sagte Anselm. „Eine Erhöhung ist bis Ende 2026 nicht vorgesehen.“</p>
<h3>Bildmaterial</h3>
<p>Die neue Verbandsvorsteherin Marlene von Stechow. Foto: WAZV Ucker (Abdruck honorarfrei)</p>
<p class="docnr">Nr. 2025031201</p>
<h2>Weitere Storys: WAZV Ucker</h2>
<ul><li><a href="#">Trinkwasser: Neue Leitung in Prenzlau</a></li><li><a href="#">Gebühren 2025 beschlossen</a></li></ul>
</article></main>
<footer><p>Impressum | Datenschutz</p></footer>
</body></html>
""",
        "title": "Wasserverband wählt neue Verbandsvorsteherin",
        "date": "2025-03-12", "place": None, "categories": ["Aktuelles", "Verband"],
        "mentioned_dates": ["2009", "2026"],
        "speakers": [
            sp("Marlene von Stechow", None, "Marlene", "von Stechow", "Verbandsvorsteherin", None,
               "Ich freue mich auf die Aufgabe und auf ein starkes Team"),
            sp("Henning Blasberg", None, "Henning", "Blasberg", "Verbandsvorsteher", None,
               "Ohne die Gemeinden wäre der Verband nichts"),
            sp("Dr. Ruth Anselm", "Dr.", "Ruth", "Anselm", "Geschäftsführerin", None,
               "solide aufgestellt und ohne neue Kredite zu finanzieren",
               "Eine Erhöhung ist bis Ende 2026 nicht vorgesehen."),
        ],
        "body_must_contain": ["Die Wasserpreise sollen stabil bleiben, sagte Anselm."],
        "body_must_not_contain": ["Bildmaterial", "Abdruck honorarfrei", "2025031201", "Weitere Storys",
                                  "Neue Leitung in Prenzlau", "Kategorien"],
    },
    {
        # a mailed dump: forwarded header, cover note with closing and signature, a letterhead in capitals
        # with office, department and address lines, a one-word overline, a running header after a page
        # break, a list for ``alle fünf amtsangehörigen Gemeinden`` and a participant list, an editor's
        # note and an imprint
        "id": "g73-dump-mail-briefkopf-amt", "template": "raw", "suffix": "txt",
        "doc": (
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Pressestelle Amt Lebus\n"
            "Gesendet: Montag, 2. Juni 2025 09:14\n"
            "An: Redaktionen\n"
            "Betreff: Pressemitteilung Nr. 9/2025\n\n"
            "Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Pressemitteilung.\n\n"
            "Mit freundlichen Grüßen\n"
            "Jana Wollersheim\n\n"
            "------------------------------------------------------------\n\n"
            "AMT LEBUS\n"
            "Der Amtsdirektor\n"
            "Fachbereich Bürgerdienste und Ordnung\n"
            "Breite Straße 1 · 15326 Lebus\n\n"
            "Pressemitteilung Nr. 9/2025\n\n"
            "Lebus, den 2. Juni 2025\n\n"
            "Brandschutz\n"
            "Amt stellt neuen Gefahrenabwehrplan vor\n\n"
            "Die Feuerwehren im Amt Lebus erhalten bis 2030 zwei neue Gerätehäuser und vier Fahrzeuge.\n"
            "Der Plan gilt für alle fünf amtsangehörigen Gemeinden:\n\n"
            "- Stadt Lebus\n"
            "- Gemeinde Podelzig\n"
            "- Gemeinde Reitwein\n"
            "- Gemeinde Treplin\n"
            "- Gemeinde Zeschdorf\n\n"
            "„Wir investieren dort, wo die Einsatzzeiten heute zu lang sind“, sagte Amtsdirektor Holger\n"
            "Pfennigsdorf.\n"
            "\f"
            "Amt Lebus – Pressemitteilung vom 2. Juni 2025\n\n"
            "Teilnehmer der ersten Ausbaustufe sind:\n\n"
            "- Gemeinde Podelzig\n"
            "- Gemeinde Reitwein\n\n"
            "Hinweis für Redaktionen: Der Plan liegt im Amt zur Einsicht aus.\n\n"
            "gez. Holger Pfennigsdorf\n"
            "Amtsdirektor\n\n"
            "V.i.S.d.P.: Der Amtsdirektor\n"
            "Breite Straße 1, 15326 Lebus\n"
        ),
        "title": "Amt stellt neuen Gefahrenabwehrplan vor", "kicker": "Brandschutz", "subtitle": None,
        "date": "2025-06-02", "categories": ["Pressemitteilung"],
        "mentioned_dates": ["2030"],
        "speakers": [
            sp("Holger Pfennigsdorf", None, "Holger", "Pfennigsdorf", "Amtsdirektor", None,
               "Wir investieren dort, wo die Einsatzzeiten heute zu lang sind"),
        ],
        "member_lists": [
            {"label": "amtsangehörige Gemeinden", "members": [
                {"name": "Lebus", "kind": "Stadt"}, {"name": "Podelzig", "kind": "Gemeinde"},
                {"name": "Reitwein", "kind": "Gemeinde"}, {"name": "Treplin", "kind": "Gemeinde"},
                {"name": "Zeschdorf", "kind": "Gemeinde"}]},
            {"label": "Teilnehmer der ersten Ausbaustufe", "members": [
                {"name": "Podelzig", "kind": "Gemeinde"}, {"name": "Reitwein", "kind": "Gemeinde"}]},
        ],
        "body_must_contain": ["Die Feuerwehren im Amt Lebus erhalten bis 2030 zwei neue Gerätehäuser"],
        "body_must_not_contain": ["Sehr geehrte", "Mit freundlichen Grüßen", "Ursprüngliche Nachricht",
                                  "Hinweis für Redaktionen", "V.i.S.d.P.", "Breite Straße", "gez.",
                                  "Pressemitteilung vom 2. Juni 2025"],
    },
    {
        # a dump whose headline starts with a date, above the date line; sources named in brackets after
        # the quote; a day and month without a year after ``am``; an impossible day that still names a month
        "id": "g74-dump-datumstitel-klammerquelle", "template": "raw", "suffix": "txt",
        "doc": (
            "12.10.2025 – Tag der offenen Werkstatt\n\n"
            "06.10.2025\n\n"
            "Die Stadtteilwerkstatt in Spandau öffnet am 12.10. ihre Türen. Ein Termin im Frühjahr, der in einer "
            "Einladung als 31. April 2026 angekündigt war, wird neu festgelegt. „Hier lernt man, dass Dinge "
            "nicht kaputt bleiben müssen.“ (Carla Wendtland, Werkstattleiterin im Nachbarschaftsverein "
            "Linde in Spandau) Das Haus entstand 1987 – 92 als Teil des Projekts „Werkstadt 2030“. "
            "Besucherinnen und Besucher können eigene Geräte mitbringen. „Wer einmal "
            "etwas selbst repariert hat, wirft weniger weg.“ (Tobias Reinhold) Die Werkstatt ist "
            "dienstags und donnerstags geöffnet.\n"
        ),
        "title": "12.10.2025 – Tag der offenen Werkstatt",
        "date": "2025-10-06", "place": None, "categories": [],
        "mentioned_dates": ["1987", "1992", "2025-10-12", "2026-04"],
        "speakers": [
            sp("Carla Wendtland", None, "Carla", "Wendtland", "Werkstattleiterin im Nachbarschaftsverein Linde in "
               "Spandau", "Nachbarschaftsverein Linde",
               "Hier lernt man, dass Dinge nicht kaputt bleiben müssen."),
            sp("Tobias Reinhold", None, "Tobias", "Reinhold", None, None,
               "Wer einmal etwas selbst repariert hat, wirft weniger weg."),
        ],
        "body_must_contain": ["Die Stadtteilwerkstatt in Spandau öffnet am 12.10. ihre Türen."],
    },
    {
        # a Drupal-like page: a field label ``Rubrik`` beside its values, the text's kind on a
        # ``Pressemitteilung vom …`` line, a member list under a heading without a colon
        "id": "g75-drupal-rubrik-mitgliederliste", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neuer Breitbandverband gegründet | Landkreis Oder-Spree</title></head>
<body><div class="region-header"><a href="/">Landkreis Oder-Spree</a></div>
<main><article class="node node--type-pressemitteilung">
<p class="pm-datum">Pressemitteilung vom 04.02.2025</p>
<h1>Neuer Breitbandverband gegründet</h1>
<div class="field field--name-field-rubrik field--label-inline"><div class="field__label">Rubrik</div><div class="field__items"><div class="field__item"><a href="/rubrik/digitales">Digitales</a></div></div></div>
<div class="field field--name-body"><p>Beeskow. Im Kreishaus haben sich am Montag ein Landkreis, drei Städte und zwei Ämter zu einem Zweckverband für den Glasfaserausbau zusammengeschlossen. Der Verband soll die Lücken in den Außenbereichen schließen.</p>
<p>„Kein Hof soll beim schnellen Internet zurückbleiben“, sagte der Verbandsvorsteher Rüdiger Quandtmann.</p>
<h3>Mitglieder des Zweckverbandes</h3>
<ul><li>Landkreis Oder-Spree</li><li>Stadt Beeskow</li><li>Stadt Storkow (Mark)</li><li>Stadt Friedland</li><li>Amt Schlaubetal</li><li>Amt Scharmützelsee</li></ul>
</div></article></main>
<footer><p>Impressum · Datenschutz</p></footer></body></html>
""",
        "title": "Neuer Breitbandverband gegründet",
        "date": "2025-02-04", "place": "Beeskow", "categories": ["Pressemitteilung", "Digitales"],
        "mentioned_dates": [],
        "speakers": [
            sp("Rüdiger Quandtmann", None, "Rüdiger", "Quandtmann", "Verbandsvorsteher", None,
               "Kein Hof soll beim schnellen Internet zurückbleiben"),
        ],
        "member_lists": [
            {"label": "Mitglieder des Zweckverbandes", "members": [
                {"name": "Oder-Spree", "kind": "Landkreis"}, {"name": "Beeskow", "kind": "Stadt"},
                {"name": "Storkow (Mark)", "kind": "Stadt"}, {"name": "Friedland", "kind": "Stadt"},
                {"name": "Schlaubetal", "kind": "Amt"}, {"name": "Scharmützelsee", "kind": "Amt"}]},
        ],
        "body_must_not_contain": ["Rubrik", "Pressemitteilung vom"],
    },
    {
        # Berlin's offices: the Regierende Bürgermeisterin heads the Senatskanzlei, a compound senator's
        # department has its full name in the text, ``Für das Bezirksamt X wird Stadtrat Y …:``
        "id": "g76-dump-berlin-senat-bezirksamt", "template": "raw", "suffix": "txt",
        "doc": (
            "Gedenkfeier für einsam Verstorbene im Bezirk\n\n"
            "10.11.2025\n\n"
            "Die Senatsverwaltung für Arbeit, Soziales, Gleichstellung und Integration unterstützt die "
            "Gedenkfeier in Berlin-Mitte. Die Regierende Bürgermeisterin von Berlin, Corinna Lindenthal, "
            "dazu: „Niemand soll in dieser Stadt vergessen werden.“ Arbeitssenatorin Miriam Dahlke ergänzte: "
            "„Wir lassen die Einsamen nicht allein.“ Für das Bezirksamt Mitte wird Gesundheitsstadtrat Jonas "
            "Pfeiffer an der Feier teilnehmen: „Einsamkeit macht krank, und sie betrifft uns alle.“\n"
        ),
        "title": "Gedenkfeier für einsam Verstorbene im Bezirk",
        "date": "2025-11-10", "place": None, "categories": [], "mentioned_dates": [],
        "speakers": [
            sp("Corinna Lindenthal", None, "Corinna", "Lindenthal", "Regierende Bürgermeisterin von Berlin",
               "Senatskanzlei", "Niemand soll in dieser Stadt vergessen werden."),
            sp("Miriam Dahlke", None, "Miriam", "Dahlke", "Arbeitssenatorin",
               "Senatsverwaltung für Arbeit, Soziales, Gleichstellung und Integration",
               "Wir lassen die Einsamen nicht allein."),
            sp("Jonas Pfeiffer", None, "Jonas", "Pfeiffer", "Gesundheitsstadtrat", "Bezirksamt Mitte",
               "Einsamkeit macht krank, und sie betrifft uns alle."),
        ],
    },
    {
        # an old table layout: the site's name as <h1> with a tagline, the page's headline as <h2>; the title
        # tag pairs both
        "id": "g77-tabellenlayout-site-h1", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Gemeinde Schorfheide - Neuer Spielplatz in Groß Schönebeck</title></head>
<body><table width="100%"><tr><td colspan="2" class="kopf"><h1>Gemeinde Schorfheide</h1><span class="claim">Natur erleben im Herzen des Barnim</span></td></tr>
<tr><td class="navi"><a href="/rathaus">Rathaus</a><br><a href="/aktuelles">Aktuelles</a></td>
<td class="inhalt"><h2>Neuer Spielplatz in Groß Schönebeck</h2>
<p>Am Sonnabend hat die Gemeinde den neuen Spielplatz am Schlosspark eröffnet. Kinder können dort klettern, schaukeln und im Sand spielen; die Geräte sind aus Robinienholz aus der Region gebaut worden.</p>
<p>„Der Platz war ein Wunsch der Kinder aus dem Ortsbeirat“, sagte Ortsvorsteherin Frauke Lindemann.</p>
</td></tr></table></body></html>
""",
        "title": "Neuer Spielplatz in Groß Schönebeck", "subtitle": None, "kicker": None,
        "date": None, "categories": [], "mentioned_dates": [],
        "speakers": [
            sp("Frauke Lindemann", None, "Frauke", "Lindemann", "Ortsvorsteherin", None,
               "Der Platz war ein Wunsch der Kinder aus dem Ortsbeirat"),
        ],
        "body_must_not_contain": ["Natur erleben im Herzen des Barnim", "Rathaus"],
    },
    {
        # two Textile block quotations with marks of their own in one line of text; a speaker named after
        # the verb and before a comma that opens the quote
        "id": "g78-dump-zwei-bq-komma", "template": "raw", "suffix": "txt",
        "doc": (
            "Erweiterungsbau der Grundschule am Park übergeben\n\n"
            "08.05.2025\n\n"
            "Der Bezirk hat den Erweiterungsbau der Grundschule am Park übergeben. Bezirksbürgermeisterin Hanne "
            "Vollrath: bq. „Der Bau ist pünktlich fertig geworden. Ich danke allen Beteiligten.“ Lars Ehlert, "
            "Bezirksstadtrat für Schule und Sport: bq. „Die Kinder haben endlich genug Platz.“ In seiner Rede "
            "unterstrich Schulleiter Dr. Konrad Bleicher, „ein Schulhof ist auch ein Lernort“. „Wir haben viel "
            "vor. Es gibt noch einiges zu tun“, freut sich die Elternsprecherin Maja Sieverding und ergänzt: "
            "„Der Förderverein hilft mit.“ „Bewegung gehört zum Schultag“, sagte die ebenfalls für Sport "
            "zuständige Bezirksstadträtin Petra Hollerbach. Die Feier endete mit einem Konzert des Schulchors.\n"
        ),
        "title": "Erweiterungsbau der Grundschule am Park übergeben",
        "date": "2025-05-08", "place": None, "categories": [], "mentioned_dates": [],
        "speakers": [
            sp("Hanne Vollrath", None, "Hanne", "Vollrath", "Bezirksbürgermeisterin", None,
               "Der Bau ist pünktlich fertig geworden. Ich danke allen Beteiligten."),
            sp("Lars Ehlert", None, "Lars", "Ehlert", "Bezirksstadtrat für Schule und Sport", None,
               "Die Kinder haben endlich genug Platz."),
            sp("Dr. Konrad Bleicher", "Dr.", "Konrad", "Bleicher", "Schulleiter", None,
               "ein Schulhof ist auch ein Lernort"),
            sp("Maja Sieverding", None, "Maja", "Sieverding", "Elternsprecherin", None,
               "Wir haben viel vor. Es gibt noch einiges zu tun", "Der Förderverein hilft mit."),
            sp("Petra Hollerbach", None, "Petra", "Hollerbach", "für Sport zuständige Bezirksstadträtin", None,
               "Bewegung gehört zum Schultag"),
        ],
        "body_must_not_contain": ["bq."],
    },
    {
        # organisations: an abbreviation written out as the text names it, a bare ``Senator`` in the one
        # department the text names, the body of the second office after ``und``, ``Geschäftsführung der …``
        "id": "g79-dump-org-abkuerzung-senator", "template": "raw", "suffix": "txt",
        "doc": (
            "Parks werden sauberer\n\n"
            "07.07.2025\n\n"
            "Die Berliner Wasserbetriebe (BWB) und die Senatsverwaltung für Umwelt, Mobilität und Klimaschutz "
            "ziehen Bilanz. „Die Trinkbrunnen werden gut angenommen“, sagte BWB-Vorständin Karla Ostendorf. "
            "„Wir bleiben dran“, ergänzte Senator Ulrich Brandstätter. Jonas Weidlich, stellvertretender "
            "Bezirksbürgermeister und Bezirksstadtrat in Pankow, begrüßte die Bilanz: „Jeder Brunnen hilft im "
            "Sommer.“ „Wir verteilen Flaschen an Obdachlose“, so Ilka Merten, Geschäftsführung der Kältehilfe "
            "Nord e.V.\n"
        ),
        "title": "Parks werden sauberer",
        "date": "2025-07-07", "place": None, "categories": [], "mentioned_dates": [],
        "speakers": [
            sp("Karla Ostendorf", None, "Karla", "Ostendorf", "BWB-Vorständin", "Berliner Wasserbetriebe",
               "Die Trinkbrunnen werden gut angenommen"),
            sp("Ulrich Brandstätter", None, "Ulrich", "Brandstätter", "Senator",
               "Senatsverwaltung für Umwelt, Mobilität und Klimaschutz", "Wir bleiben dran"),
            sp("Jonas Weidlich", None, "Jonas", "Weidlich",
               "stellvertretender Bezirksbürgermeister und Bezirksstadtrat in Pankow", "Bezirksamt Pankow",
               "Jeder Brunnen hilft im Sommer."),
            sp("Ilka Merten", None, "Ilka", "Merten", "Geschäftsführung der Kältehilfe Nord e.V.",
               "Kältehilfe Nord e.V.", "Wir verteilen Flaschen an Obdachlose"),
        ],
    },
    {
        # page furniture found on real pages: a heading only screen readers see, camel-case navigation ids,
        # an advertisement label, a further-link box, previous/next post links, a comment section
        "id": "g80-html-blog-kommentare-navskip", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Radweg an der Spree fertig | Bürgerverein Lübben</title></head>
<body><div id="wrapperOuter"><h1 class="aural">Bürgerverein Lübben</h1>
<p class="navSkip"><em>Springe direkt zu:</em></p><ul class="navSkip"><li><a href="#content">Inhalt</a></li><li><a href="#nav">Hauptmenü</a></li></ul>
<div id="navServiceMeta"><ul><li><a href="/">Start</a></li><li><a href="/en">English</a></li></ul></div>
<div id="content"><h1>Radweg an der Spree fertig</h1>
<p>Lübben (Spreewald). Der neue Radweg zwischen dem Hafen und der Schlossinsel ist seit dieser Woche befahrbar. Auf zwei Kilometern führt er direkt am Wasser entlang und ersetzt den holprigen Schotterweg.</p>
<p>Der Verein hatte sich seit Jahren für den Ausbau eingesetzt und sammelte dafür über 1.200 Unterschriften.</p>
<p>Anzeige</p>
<h3>Weiterführender Link</h3><p><a href="/radwege">Alle Radwege im Spreewald</a></p>
<p><a href="/p/41">← Frühjahrsputz am Hafen war ein Erfolg</a></p>
<p><a href="/p/43">Sommerfest auf der Schlossinsel →</a></p>
<h3>Kommentare</h3>
<p>#1 Kommentar von Radler77</p><p>Endlich! Vielen Dank an alle, die sich dafür eingesetzt haben.</p>
<p>Kommentar schreiben</p>
</div>
<ul class="footer-links"><li><a href="/impressum">Impressum &amp; Datenschutz</a></li></ul>
</div></body></html>
""",
        "title": "Radweg an der Spree fertig", "subtitle": None, "kicker": None,
        "date": None, "place": "Lübben (Spreewald)", "categories": [], "mentioned_dates": [],
        "body_must_contain": ["Der Verein hatte sich seit Jahren für den Ausbau eingesetzt"],
        "body_must_not_contain": ["Bürgerverein Lübben", "Springe direkt zu", "English", "Anzeige",
                                  "Weiterführender Link", "Frühjahrsputz", "Sommerfest", "Kommentar",
                                  "Radler77", "Impressum"],
    },
    {
        # a blog layout: the site's name in ``top_headline``, the headline in ``blog_headline``, a teaser card
        # of another article inside the text, a bare tag list, an entry footer and a list of pingbacks
        "id": "g81-blog-styled-headline-teaser", "template": "raw", "suffix": "html",
        "doc": """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>SPD-Fraktion Frankfurt (Oder) - Neue Bänke für den Lennépark</title></head>
<body><div class="top_headline">SPD-Fraktion Frankfurt (Oder)</div>
<div id="blog_content"><div class="blog_meta">14.03.2025 - Stadtgrün</div>
<div id="blog_headline" class="blog_teaser_headline">Neue Bänke für den Lennépark</div>
<div class="blog_text"><p>Im Lennépark stehen seit dieser Woche zwanzig neue Bänke aus Eichenholz. Die Fraktion hatte den Antrag dazu im vergangenen Herbst in die Stadtverordnetenversammlung eingebracht.</p>
<p><a class="teaser-title" href="/p/2"><h2><span>Sanierung der Oderpromenade beginnt</span></h2></a><a class="teaser-text" href="/p/2">Die Bauarbeiten dauern bis zum Herbst.</a></p>
<p>Die alten Bänke waren morsch und teilweise nicht mehr benutzbar. Die neuen Bänke hat die Stadtverwaltung aus dem Unterhaltungsbudget bezahlt.</p></div>
<section class="tags"><ul><li>Stadtgrün</li><li>Lennépark</li></ul></section>
<div class="entryfooter"><p><a href="#">Kommentarfeed</a> | <a href="#">Kommentare geschlossen</a> | <a href="#">Trackback-URL</a></p></div>
<ol class="commentlist"><li><cite>Pingback von Parkblog</cite><p>[…] Neue Bänke für den Lennépark […]</p></li></ol>
</div></body></html>
""",
        "title": "Neue Bänke für den Lennépark", "subtitle": None, "kicker": None,
        "date": "2025-03-14", "categories": ["Stadtgrün"], "mentioned_dates": [],
        "body_must_contain": ["Die alten Bänke waren morsch"],
        "body_must_not_contain": ["SPD-Fraktion Frankfurt", "Sanierung der Oderpromenade", "Bauarbeiten dauern",
                                  "Lennépark\n- ", "Kommentarfeed", "Trackback", "Pingback"],
    },
    {
        # an office's announcement line before the speaker's own colon clause, a role running into the next
        # verb, the patron of a prize (no organisation), a company named in quotes after its kind, ``der Stadt``
        "id": "g82-dump-mitteilung-schirmherr", "template": "raw", "suffix": "txt",
        "doc": (
            "Preis für Unternehmerinnen verliehen\n\n"
            "04.11.2025\n\n"
            "Das Bezirksamt teilt mit: Die Bezirksbürgermeisterin von Lichtenberg, Sabine Tolkmitt, erklärt zur "
            "Verleihung: „Mutige Gründerinnen verdienen unsere Anerkennung.“ „Die Preisträgerin hat Maßstäbe "
            "gesetzt“, so der Bezirksstadtrat und Schirmherr des Preises Erik Vogelsang. „Wir bauen weiter“, "
            "sagte Lutz Brenner, Geschäftsführer der Wohnungsbaugesellschaft “HAUS UND HOF”. Der Preis geht an "
            "eine Schneiderin. „Das freut mich sehr“, sagte Henrike Stahl, Bürgermeisterin der Stadt und "
            "verweist auf die Preisträgerinnen der Vorjahre.\n"
        ),
        "title": "Preis für Unternehmerinnen verliehen",
        "date": "2025-11-04", "place": None, "categories": [], "mentioned_dates": [],
        "speakers": [
            sp("Sabine Tolkmitt", None, "Sabine", "Tolkmitt", "Bezirksbürgermeisterin von Lichtenberg",
               "Bezirksamt Lichtenberg", "Mutige Gründerinnen verdienen unsere Anerkennung."),
            sp("Erik Vogelsang", None, "Erik", "Vogelsang", "Bezirksstadtrat und Schirmherr des Preises", None,
               "Die Preisträgerin hat Maßstäbe gesetzt"),
            sp("Lutz Brenner", None, "Lutz", "Brenner", "Geschäftsführer der Wohnungsbaugesellschaft “HAUS UND HOF”",
               "HAUS UND HOF", "Wir bauen weiter"),
            sp("Henrike Stahl", None, "Henrike", "Stahl", "Bürgermeisterin der Stadt", None, "Das freut mich sehr"),
        ],
    },
]
