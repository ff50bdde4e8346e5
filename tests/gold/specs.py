"""Gold specs: invented press releases (people invented; real places only as places/members)."""

from _build import sp

SPECS = [
    {
        "id": "g01-kita-eroeffnet", "template": "article", "kicker": "Kinderbetreuung",
        "title": "Neue Kita im Ortsteil Borgsdorf eröffnet", "subtitle": "Platz für 90 Kinder",
        "date_line": "06.02.2023", "date_iso": "2023-02-06", "date": "2023-02-06", "categories": ["Pressemitteilung"],
        "place": "Hohen Neuendorf",
        "paras": [
            "(Hohen Neuendorf) Nach 14 Monaten Bauzeit hat die Kita „Wiesenstrolche“ ihre Türen geöffnet. "
            "„Wir haben Wort gehalten und liefern die versprochenen Plätze pünktlich“, sagte Bürgermeisterin "
            "Petra Lindqvist. Der Bau hatte im Dezember 2021 begonnen.",
            "„Die Räume sind hell und großzügig“, erklärte Kitaleiterin Janine Offermann. „Die Kinder haben "
            "sich schon am ersten Tag wohlgefühlt.“",
        ],
        "speakers": [
            sp("Petra Lindqvist", None, "Petra", "Lindqvist", "Bürgermeisterin", None,
               "Wir haben Wort gehalten und liefern die versprochenen Plätze pünktlich"),
            sp("Janine Offermann", None, "Janine", "Offermann", "Kitaleiterin", None,
               "Die Räume sind hell und großzügig", "Die Kinder haben sich schon am ersten Tag wohlgefühlt."),
        ],
        "mentioned_dates": ["2021-12"],
        "body_must_contain": ["Nach 14 Monaten Bauzeit"],
        "body_must_not_contain": ["Cookies", "Teilen", "Weitere Meldungen", "Heute ist", "Impressum"],
    },
    {
        "id": "g02-landrat-haushalt", "template": "table", "charset": "windows-1252",
        "title": "Kreistag beschließt Haushalt für 2024", "subtitle": "Investitionen in Schulen und Straßen",
        "date_line": "Pressemitteilung vom 14.12.2023", "date": "2023-12-14", "place": "Eberswalde",
        "site": "Landkreis Barnim",
        "paras": [
            "Eberswalde (dpa/bb) – Der Kreistag hat am Mittwochabend den Haushalt beschlossen. Landrat "
            "Gernot Vahlkamp sagte: „Das ist ein Haushalt, der die Zukunft unserer Schulen sichert.“",
            "Die Kämmerin Ulrike Sandmeier ergänzte, die Rücklagen würden nicht angetastet. „Wir bleiben "
            "solide“, so die Kämmerin. Der Haushalt tritt zum 1. Januar 2024 in Kraft.",
        ],
        "speakers": [
            sp("Gernot Vahlkamp", None, "Gernot", "Vahlkamp", "Landrat", None,
               "Das ist ein Haushalt, der die Zukunft unserer Schulen sichert."),
            sp("Ulrike Sandmeier", None, "Ulrike", "Sandmeier", "Kämmerin", None, "Wir bleiben solide"),
        ],
        "mentioned_dates": ["2024", "2024-01-01"],  # the headline's year counts (blind-set convention)
        "body_must_contain": ["Der Haushalt tritt zum 1. Januar 2024 in Kraft."],
        "body_must_not_contain": ["Druckversion", "Startseite"],
    },
    {
        "id": "g03-zweckverband-beitritt", "template": "text", "kicker": "Wasserverband Märkische Schweiz",
        "title": "Drei weitere Gemeinden treten dem Verband bei",
        "date_line": "[08.05.2021]", "date": "2021-05-08", "categories": ["Aktuelles"], "place": "Buckow",
        "paras": [
            "(Buckow) Die Verbandsversammlung hat am Donnerstag die Aufnahme neuer Mitglieder beschlossen. "
            "Zum 1. Juli 2021 treten die Gemeinden Oberbarnim und Rehfelde sowie die Stadt Müncheberg dem "
            "Verband bei.",
            "Folgende Mitglieder gehören dem Verband bereits an:",
            "Buckow (Märkische Schweiz), Stadt\nWaldsieversdorf, Gemeinde\nGarzau-Garzin, Gemeinde\n"
            "Märkische Schweiz, Amt",
            "„Gemeinsam können wir die Gebühren stabil halten“, betonte Verbandsvorsteher Dipl.-Ing. Holger "
            "Brenneke.",
        ],
        "member_lists": [{"label": "Mitglieder", "members": [
            {"name": "Buckow (Märkische Schweiz)", "kind": "Stadt"}, {"name": "Waldsieversdorf", "kind": "Gemeinde"},
            {"name": "Garzau-Garzin", "kind": "Gemeinde"}, {"name": "Märkische Schweiz", "kind": "Amt"}]}],
        "speakers": [sp("Dipl.-Ing. Holger Brenneke", "Dipl.-Ing.", "Holger", "Brenneke", "Verbandsvorsteher", None,
                        "Gemeinsam können wir die Gebühren stabil halten")],
        "mentioned_dates": ["2021-07-01"],
        "body_must_contain": ["Folgende Mitglieder gehören dem Verband bereits an:"],
    },
    {
        "id": "g04-polizei-einbruch", "template": "divs", "charset": "iso-8859-15",
        "title": "Einbruch in Vereinsheim – Zeugen gesucht", "date_line": "Datum: 03.03.2022",
        "date": "2022-03-03", "categories": ["Polizeimeldungen"], "place": "Potsdam",
        "paras": [
            "Potsdam – In der Nacht zum Mittwoch sind Unbekannte in ein Vereinsheim eingebrochen. Der Schaden "
            "wird auf rund 2.000 € geschätzt. Hinweise nimmt die Polizei unter 0331 5508-0 entgegen.",
            "„Wir bitten Anwohner, die etwas beobachtet haben, sich zu melden“, sagte Polizeisprecherin "
            "Marlene Quast.",
        ],
        "speakers": [sp("Marlene Quast", None, "Marlene", "Quast", "Polizeisprecherin", None,
                        "Wir bitten Anwohner, die etwas beobachtet haben, sich zu melden")],
        "body_must_contain": ["2.000 €"],
        "body_must_not_contain": ["Cookies", "Sie sind hier", "Bürgerservice"],
    },
    {
        "id": "g05-ministerium-digital", "template": "article", "kicker": "Ministerium des Innern und für Kommunales",
        "title": "Land fördert digitale Bürgerämter", "date_line": "Mittwoch, 20. September 2023",
        "date_iso": "2023-09-20", "date": "2023-09-20", "categories": ["Pressemitteilung"], "place": "Potsdam",
        "site": "Land Brandenburg",
        "paras": [
            "Potsdam (20. September 2023) – Das Land stellt den Kommunen weitere Mittel für digitale Bürgerämter "
            "bereit. „Kein Mensch soll für einen Ausweis zweimal ins Rathaus fahren müssen“, bekräftigte "
            "Dr. Katrin Odenwald, Staatssekretärin im Ministerium des Innern und für Kommunales, das Ziel der "
            "Landesregierung.",
            "Die Förderung läuft bis 2026. Anträge können ab 1. November 2023 gestellt werden.",
        ],
        "speakers": [sp("Dr. Katrin Odenwald", "Dr.", "Katrin", "Odenwald",
                        "Staatssekretärin im Ministerium des Innern und für Kommunales",
                        "Ministerium des Innern und für Kommunales",
                        "Kein Mensch soll für einen Ausweis zweimal ins Rathaus fahren müssen")],
        "mentioned_dates": ["2023-11-01", "2026"],
        "body_must_not_contain": ["Weitere Meldungen", "Sperrung der Dorfstraße"],
    },
    {
        "id": "g06-amt-inline-mitglieder", "template": "plain",
        "title": "Interkommunale Kooperation für Breitbandausbau gegründet",
        "date_line": "Neustadt (Dosse), 12. April 2022", "date": "2022-04-12", "place": "Neustadt (Dosse)",
        "paras": [
            "Gründungsmitglieder der Arbeitsgemeinschaft sind die Städte Kyritz und Wusterhausen/Dosse sowie "
            "die Gemeinden Gumtow und Fehrbellin und das Amt Neustadt (Dosse).",
            "„Schnelles Internet ist heute so wichtig wie Strom und Wasser“, sagte Amtsdirektor "
            "Friedemann Sollwedel. Der Ausbau soll im Frühjahr 2023 beginnen.",
        ],
        "member_lists": [{"label": "Gründungsmitglieder", "members": [
            {"name": "Kyritz", "kind": "Stadt"}, {"name": "Wusterhausen/Dosse", "kind": "Stadt"},
            {"name": "Gumtow", "kind": "Gemeinde"}, {"name": "Fehrbellin", "kind": "Gemeinde"},
            {"name": "Neustadt (Dosse)", "kind": "Amt"}]}],
        "speakers": [sp("Friedemann Sollwedel", None, "Friedemann", "Sollwedel", "Amtsdirektor", None,
                        "Schnelles Internet ist heute so wichtig wie Strom und Wasser")],
        "mentioned_dates": ["2023"],
    },
    {
        "id": "g07-verein-fest", "template": "text", "title": "Heimatverein lädt zum Sommerfest",
        "subtitle": "Programm für die ganze Familie", "date_line": "2023-06-01", "date": "2023-06-01",
        "categories": ["Veranstaltungen"],
        "paras": [
            "Der Heimatverein Glienicke feiert am 24. Juni 2023 sein Sommerfest auf dem Dorfanger. »Wir freuen "
            "uns auf viele Gäste aus der ganzen Region«, sagt die Vorsitzende Hannelore Brix.",
            "Auf dem Programm stehen:",
            "- Kinderflohmarkt ab 10 Uhr\n- Blasmusik am Nachmittag\n- Lampionumzug zum Abschluss",
            "»Der Eintritt ist frei«, ergänzt Brix.",
        ],
        "speakers": [sp("Hannelore Brix", None, "Hannelore", "Brix", "Vorsitzende", None,
                        "Wir freuen uns auf viele Gäste aus der ganzen Region", "Der Eintritt ist frei")],
        "mentioned_dates": ["2023-06-24"],
        "body_must_contain": ["- Kinderflohmarkt ab 10 Uhr", "- Lampionumzug zum Abschluss"],
    },
    {
        "id": "g08-undeclared-cp1252", "template": "divs", "charset": "windows-1252", "undeclared": True,
        "title": "Straßenbau in der Lindenallee beginnt", "date_line": "Veröffentlicht am 17.08.2020",
        "date": "2020-08-17", "place": "Oranienburg",
        "paras": [
            "(Oranienburg) Ab Montag wird die Lindenallee grundhaft erneuert. Die Arbeiten dauern "
            "voraussichtlich bis Mai 2021.",
            "„Wir bitten die Anwohnerinnen und Anwohner um Verständnis für die Einschränkungen“, erklärte "
            "Tiefbauamtsleiter Rüdiger Schwertfeger. „Die Zufahrt zu den Grundstücken bleibt möglich.“",
        ],
        "speakers": [sp("Rüdiger Schwertfeger", None, "Rüdiger", "Schwertfeger", "Tiefbauamtsleiter", None,
                        "Wir bitten die Anwohnerinnen und Anwohner um Verständnis für die Einschränkungen",
                        "Die Zufahrt zu den Grundstücken bleibt möglich.")],
        "mentioned_dates": ["2021-05"],
        "body_must_contain": ["Straßenbau" if False else "grundhaft erneuert"],
    },
    {
        "id": "g09-role-before-name", "template": "article", "title": "Rathaus erhält neue Photovoltaikanlage",
        "date_line": "9. März 2023", "date_iso": "2023-03-09", "date": "2023-03-09", "place": None,
        "paras": [
            "Auf dem Dach des Rathauses wurden 120 Solarmodule installiert. „Damit decken wir rund ein Drittel "
            "unseres Strombedarfs selbst“, sagte Hohen Neuendorfs Erster Beigeordneter Tilman Ahrenfeld.",
            "Die Anlage wurde im Februar 2023 in Betrieb genommen. „Weitere Dächer sollen folgen“, sagte er.",
        ],
        "speakers": [sp("Tilman Ahrenfeld", None, "Tilman", "Ahrenfeld", "Hohen Neuendorfs Erster Beigeordneter",
                        "Hohen Neuendorf", "Damit decken wir rund ein Drittel unseres Strombedarfs selbst",
                        "Weitere Dächer sollen folgen")],
        "mentioned_dates": ["2023-02"],
    },
    {
        "id": "g10-before-colon", "template": "table", "charset": "iso-8859-1",
        "title": "Neuer Wehrführer in Birkenwerder", "date_line": "02.10.2019", "date": "2019-10-02",
        "place": "Birkenwerder",
        "paras": [
            "Birkenwerder – Die Freiwillige Feuerwehr hat einen neuen Wehrführer. Bürgermeister Konrad Esselbach "
            "sagte bei der Übergabe: „Mit Jonas Weidlich übernimmt ein erfahrener Kamerad.“",
            "Weidlich selbst zeigte sich dankbar: „Ich freue mich auf die Aufgabe und das Vertrauen.“",
        ],
        "speakers": [
            sp("Konrad Esselbach", None, "Konrad", "Esselbach", "Bürgermeister", None,
               "Mit Jonas Weidlich übernimmt ein erfahrener Kamerad."),
            sp("Jonas Weidlich", None, "Jonas", "Weidlich", None, None,
               "Ich freue mich auf die Aufgabe und das Vertrauen."),
        ],
    },
    {
        "id": "g11-konjunktiv-no-quote", "template": "text", "title": "Gemeinde prüft Bau einer Sporthalle",
        "date_line": "21.11.2022", "date": "2022-11-21", "categories": ["Aktuelles"],
        "paras": [
            "Die Gemeindevertretung von Panketal hat die Verwaltung beauftragt, den Bau einer Sporthalle zu "
            "prüfen. Bürgermeister Lars Drewitz sagte, die Schulen bräuchten dringend mehr Hallenzeiten. "
            "Eine Entscheidung solle im Sommer 2023 fallen.",
            "Die Planung trägt den Arbeitstitel „Halle am Wald“. Die Kosten seien noch offen.",
        ],
        "speakers": [],
        "mentioned_dates": ["2023"],
    },
    {
        "id": "g12-split-quote", "template": "divs", "charset": "utf-8", "title": "Bibliothek verlängert Öffnungszeiten",
        "date_line": "15.01.2024", "date": "2024-01-15", "categories": ["Kultur"], "place": "Bernau bei Berlin",
        "paras": [
            "Bernau bei Berlin – Die Stadtbibliothek öffnet ab Februar 2024 auch samstags. „Wir reagieren auf "
            "die Wünsche unserer Leserinnen und Leser“, sagte Bibliotheksleiterin Annegret Hollstein, „und "
            "testen das Angebot zunächst für ein halbes Jahr.“",
            "Hollstein zufolge „wird die Nachfrage genau ausgewertet“.",
        ],
        "speakers": [sp("Annegret Hollstein", None, "Annegret", "Hollstein", "Bibliotheksleiterin", None,
                        "Wir reagieren auf die Wünsche unserer Leserinnen und Leser",
                        "und testen das Angebot zunächst für ein halbes Jahr.",
                        "wird die Nachfrage genau ausgewertet")],  # five marked words with a source: a quote
        "mentioned_dates": ["2024-02"],
    },
    {
        "id": "g13-spliced-consent", "template": "text", "kicker": "Stadt Fürstenberg/Havel",
        "title": "Stadt startet Bürgerhaushalt", "date_line": "05.04.2024", "date": "2024-04-05",
        "categories": ["Aktuelles", "Pressemitteilung"],
        "paras": [
            "Bürgerinnen und Bürger können ab sofort Vorschläge einreichen. Möglich sind Projekte in diesen "
            "Bereichen:",
            "- Spielplätze und Treffpunkte für Jugendliche sowie die Pflege von Grünflächen Wir verwenden "
            "Cookies, um unsere Website für Sie optimal zu gestalten. Durch die weitere Nutzung stimmen Sie "
            "der Verwendung von Cookies zu.\n- Ortsbild und Verschönerung\n- Kultur im Ortsteil",
            "„Jede Idee zählt“, betonte Bürgermeisterin Svenja Tornow. (1345 Zeichen)",
        ],
        "speakers": [sp("Svenja Tornow", None, "Svenja", "Tornow", "Bürgermeisterin", None, "Jede Idee zählt")],
        "body_must_contain": ["- Spielplätze und Treffpunkte für Jugendliche sowie die Pflege von Grünflächen",
                              "- Kultur im Ortsteil"],
        "body_must_not_contain": ["Cookies", "Zeichen"],
    },
    {
        "id": "g14-praesidium-not-members", "template": "article", "kicker": "Städte- und Gemeindebund",
        "title": "Präsidium neu gewählt", "date_line": "28.10.2021", "date_iso": "2021-10-28", "date": "2021-10-28",
        "categories": ["Pressemitteilung"], "place": "Potsdam",
        "paras": [
            "(Potsdam) Die Mitgliederversammlung hat ein neues Präsidium gewählt. Dem Präsidium gehören an:",
            "- Präsident: Bürgermeister Arne Falkenhain (Stadt Templin)\n- Vizepräsidentin: Amtsdirektorin "
            "Silke Marbach (Amt Gransee und Gemeinden)\n- Schatzmeister: Bürgermeister Enno Rathjen (Gemeinde Wandlitz)",
            "„Wir werden die Interessen der Kommunen mit Nachdruck vertreten“, sagte der neue Präsident "
            "Arne Falkenhain.",
        ],
        "speakers": [sp("Arne Falkenhain", None, "Arne", "Falkenhain", "Präsident", None,
                        "Wir werden die Interessen der Kommunen mit Nachdruck vertreten")],
        "member_lists": [],
    },
    {
        "id": "g15-guillemets-french", "template": "plain", "title": "Schulsanierung abgeschlossen",
        "date_line": "Dresden (7. Oktober 2015) – Pressemitteilung", "date": "2015-10-07", "place": "Dresden",
        "paras": [
            "Nach zwei Jahren ist die Sanierung der Grundschule abgeschlossen. «Die Kinder lernen jetzt in "
            "modernen Räumen», sagte Schulleiter Prof. Dr. Bernd Kallweit. Die Einweihung ist für den "
            "12. Oktober 2015 geplant.",
        ],
        "speakers": [sp("Prof. Dr. Bernd Kallweit", "Prof. Dr.", "Bernd", "Kallweit", "Schulleiter", None,
                        "Die Kinder lernen jetzt in modernen Räumen")],
        "mentioned_dates": ["2015-10-12"],
    },
    {
        "id": "g16-block-list-prefix", "template": "table", "charset": "windows-1252",
        "title": "Kreisarbeitsgemeinschaft Tourismus erweitert", "date_line": "Mai 2022", "date": None,
        "paras": [
            "Die Kreisarbeitsgemeinschaft Tourismus hat sich erweitert. In der Sitzung am 18. Mai 2022 wurden "
            "folgende Kommunen als Mitglieder aufgenommen:",
            "Stadt Lychen\nGemeinde Boitzenburger Land\nAmt Gerswalde",
            "Damit gehören der Arbeitsgemeinschaft nun elf Mitglieder an.",
        ],
        "member_lists": [{"label": "Mitglieder", "members": [
            {"name": "Lychen", "kind": "Stadt"}, {"name": "Boitzenburger Land", "kind": "Gemeinde"},
            {"name": "Gerswalde", "kind": "Amt"}]}],
        "mentioned_dates": ["2022-05-18"],
    },
    {
        "id": "g17-count-mismatch", "template": "text", "title": "Sieben Gemeinden gründen Schulverband",
        "date_line": "01.09.2020", "date": "2020-09-01",
        "paras": [
            "Sieben Gemeinden haben gemeinsam einen Schulverband gegründet. Gründungsmitglieder sind:",
            "Nuthetal, Gemeinde\nMichendorf, Gemeinde\nSchwielowsee, Gemeinde\nSeddiner See, Gemeinde\n"
            "Beelitz, Stadt\nWerder (Havel), Stadt",
        ],
        "member_lists": [{"label": "Gründungsmitglieder", "members": [
            {"name": "Nuthetal", "kind": "Gemeinde"}, {"name": "Michendorf", "kind": "Gemeinde"},
            {"name": "Schwielowsee", "kind": "Gemeinde"}, {"name": "Seddiner See", "kind": "Gemeinde"},
            {"name": "Beelitz", "kind": "Stadt"}, {"name": "Werder (Havel)", "kind": "Stadt"}]}],
        "warnings_contain": ["Text nennt 7, Liste hat 6"],
        "speakers": [],
    },
    {
        "id": "g18-straight-quotes", "template": "divs", "charset": "utf-8", "title": "Wochenmarkt zieht um",
        "date_line": "11.07.2023", "date": "2023-07-11", "place": "Luckenwalde",
        "paras": [
            "Luckenwalde – Der Wochenmarkt findet ab August 2023 auf dem Boulevard statt. \"Dort ist mehr Platz "
            "für Stände und Besucher\", sagte Marktmeister Ingo Pahlke. \"Parkplätze gibt es in der Nähe.\"",
        ],
        "speakers": [sp("Ingo Pahlke", None, "Ingo", "Pahlke", "Marktmeister", None,
                        "Dort ist mehr Platz für Stände und Besucher", "Parkplätze gibt es in der Nähe.")],
        "mentioned_dates": ["2023-08"],
    },
    {
        "id": "g19-contact-block", "template": "article", "title": "Impfaktion im Landratsamt",
        "date_line": "22.11.2021", "date_iso": "2021-11-22", "date": "2021-11-22", "place": "Prenzlau",
        "site": "Landkreis Uckermark",
        "paras": [
            "Prenzlau – Das Gesundheitsamt bietet am Samstag eine offene Impfaktion an. Eine Anmeldung ist "
            "nicht erforderlich.",
            "„Jede Impfung hilft“, sagte Amtsärztin Dr. med. Helga Rautenberg.",
            "## Pressekontakt",
            "Pressestelle Landkreis Uckermark\nTelefon: 03984 70-1234\nE-Mail: presse@example.invalid",
        ],
        "speakers": [sp("Dr. med. Helga Rautenberg", "Dr. med.", "Helga", "Rautenberg", "Amtsärztin", None,
                        "Jede Impfung hilft")],
        "body_must_not_contain": ["Telefon: 03984", "presse@example"],
    },
    {
        "id": "g20-pronoun-surname", "template": "text", "title": "Neues Löschfahrzeug übergeben",
        "date_line": "Montag, 3. Juli 2023", "date": "2023-07-03", "place": "Zossen",
        "paras": [
            "Zossen (MOZ) Die Feuerwehr hat ein neues Löschfahrzeug erhalten. Kreisbrandmeister Uwe Sternhagen "
            "übergab die Schlüssel. „Das Fahrzeug ist auf dem neuesten Stand der Technik“, sagte er.",
            "„Unsere Kameradinnen und Kameraden haben lange darauf gewartet“, so Sternhagen.",
        ],
        "speakers": [sp("Uwe Sternhagen", None, "Uwe", "Sternhagen", "Kreisbrandmeister", None,
                        "Das Fahrzeug ist auf dem neuesten Stand der Technik",
                        "Unsere Kameradinnen und Kameraden haben lange darauf gewartet")],
    },
    {
        "id": "g21-verband-landkreise", "template": "plain", "title": "Regionaler Planungsverband tagt",
        "date_line": "Neustadt in Sachsen, 28. Oktober 2016", "date": "2016-10-28", "place": "Neustadt in Sachsen",
        "paras": [
            "Dem Planungsverband gehören die Landkreise Bautzen und Görlitz an. Die nächste Sitzung ist für "
            "März 2017 angesetzt.",
            "„Wir stimmen uns eng ab“, erklärte der Verbandsvorsitzende Dr. Jörg Pellmann.",
        ],
        "member_lists": [{"label": "Mitglieder", "members": [
            {"name": "Bautzen", "kind": "Landkreis"}, {"name": "Görlitz", "kind": "Landkreis"}]}],
        "speakers": [sp("Dr. Jörg Pellmann", "Dr.", "Jörg", "Pellmann", "Verbandsvorsitzende", None,
                        "Wir stimmen uns eng ab")],
        "mentioned_dates": ["2017-03"],
    },
    {
        "id": "g22-iso15-euro", "template": "table", "charset": "iso-8859-15", "undeclared": True,
        "title": "Zuschuss für Vereine erhöht", "date_line": "19.02.2021", "date": "2021-02-19",
        "paras": [
            "Die Gemeinde Schönwalde-Glien erhöht den jährlichen Zuschuss für Sportvereine auf 15.000 €. "
            "„Das Ehrenamt verdient Unterstützung“, sagte Kämmerer Falk Ulbrich.",
        ],
        "speakers": [sp("Falk Ulbrich", None, "Falk", "Ulbrich", "Kämmerer", None, "Das Ehrenamt verdient Unterstützung")],
        "body_must_contain": ["15.000 €"],
    },
    {
        "id": "g23-caption-and-photo", "template": "article", "kicker": "Umwelt",
        "title": "Hundert Bäume für den Stadtpark", "date_line": "30.03.2022", "date_iso": "2022-03-30",
        "date": "2022-03-30", "place": "Eberswalde",
        "paras": [
            "Eberswalde – Freiwillige haben am Wochenende hundert junge Bäume gepflanzt. „Das ist ein Geschenk "
            "an die nächste Generation“, sagte Stadtgärtnerin Merle Jaspers. Die Aktion wird im Herbst 2022 "
            "fortgesetzt.",
            "Foto: Stadt Eberswalde",
        ],
        "speakers": [sp("Merle Jaspers", None, "Merle", "Jaspers", "Stadtgärtnerin", None,
                        "Das ist ein Geschenk an die nächste Generation")],
        "mentioned_dates": ["2022"],
        "body_must_not_contain": ["Foto: Stadt Eberswalde"],
    },
    {
        "id": "g24-two-speakers-apposition", "template": "divs", "charset": "utf-8",
        "title": "Kooperation mit Hochschule vereinbart", "date_line": "2022-06-14", "date": "2022-06-14",
        "place": "Cottbus",
        "paras": [
            "(Cottbus) Stadt und Hochschule arbeiten künftig bei der Stadtentwicklung zusammen. „Die Studierenden "
            "bringen frische Ideen ein“, sagte Magdalena Fürstner, Dezernentin für Stadtentwicklung der Stadt "
            "Cottbus.",
            "„Für uns ist die Stadt ein Reallabor“, ergänzte Prof. Dr. Henrik Saalfeld, Präsident der "
            "Fachhochschule Lausitz, bei der Unterzeichnung.",
        ],
        "speakers": [
            sp("Magdalena Fürstner", None, "Magdalena", "Fürstner", "Dezernentin für Stadtentwicklung der Stadt Cottbus",
               "Stadt Cottbus", "Die Studierenden bringen frische Ideen ein"),
            sp("Prof. Dr. Henrik Saalfeld", "Prof. Dr.", "Henrik", "Saalfeld", "Präsident der Fachhochschule Lausitz",
               "Fachhochschule Lausitz", "Für uns ist die Stadt ein Reallabor"),
        ],
    },
    {
        "id": "g25-no-date", "template": "plain", "title": "Sprechstunde des Ortsvorstehers",
        "paras": [
            "Der Ortsvorsteher lädt jeden ersten Dienstag im Monat zur Sprechstunde ins Gemeindehaus ein. "
            "Eine Anmeldung ist nicht nötig.",
        ],
        "date": None, "place": None, "speakers": [],
    },
    {
        "id": "g26-nested-single", "template": "text", "title": "Theater zeigt neues Stück",
        "date_line": "04.10.2023", "date": "2023-10-04", "categories": ["Kultur"],
        "paras": [
            "„Mit ‚Der Sturm‘ wagen wir uns an einen großen Klassiker“, sagte Intendantin Rosalie Markwart. "
            "Die Premiere ist am 20. Oktober 2023.",
        ],
        "speakers": [sp("Rosalie Markwart", None, "Rosalie", "Markwart", "Intendantin", None,
                        "Mit ‚Der Sturm‘ wagen wir uns an einen großen Klassiker")],
        "mentioned_dates": ["2023-10-20"],
    },
]
