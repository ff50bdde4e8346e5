"""Person names, honorifics and roles: splitting ``Bürgermeister Dr. Max Muster`` into parts."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from archive import gazetteer

HONORIFIC = (
    r"(?:Prof\.|Professor|Professorin|Dr\.-Ing\.|Dr\.\s?(?:med|phil|rer\.\s?nat|jur|rer\.\s?pol|h\.\s?c)\.|Dr\.|"
    r"Dipl\.-[A-ZÄÖÜ][a-zäöü]*\.|Dipl\.|Mag\.|Ing\.|PD|Priv\.-Doz\.)"
)
_HON_TOKEN = re.compile(rf"^{HONORIFIC}$")
# letters of names: German plus Latin-1 and Latin Extended-A (``Demirtaş``, ``Łukasz``, ``Šimić``)
NAME_UPPER = "A-ZÄÖÜ\u00c0-\u00de\u0100-\u017e"
NAME_LOWER = "a-zäöüß\u00df-\u00ff\u0100-\u017f"
_NAME_TOKEN = re.compile(rf"^[{NAME_UPPER}][{NAME_LOWER}]+(?:-[{NAME_UPPER}][{NAME_LOWER}]+)?$")
PARTICLES = {"von", "van", "de", "der", "zu", "vom", "zur", "den", "ten", "da", "di", "le", "Al", "El", "Abu"}
_ROLE_SUFFIX = re.compile(
    r"(?:meister|meisterin|rat|rätin|leiter|leiterin|führer|führerin|präsident|präsidentin|sekretär|"
    r"sekretärin|minister|ministerin|sprecher|sprecherin|beauftragte|beauftragter|beauftragten|vorsitzende|"
    r"vorsitzender|direktor|direktorin|referent|referentin|beigeordnete|beigeordneter|dezernent|dezernentin|"
    r"chef|chefin|koordinator|koordinatorin|manager|managerin|vorstand|vorständin|kommandant|kommandantin|"
    r"pfarrer|pfarrerin|experte|expertin|mitarbeiter|mitarbeiterin|senator|senatorin|abgeordnete|"
    r"abgeordneter|kämmerer|kämmerin|inspekteur|rektor|rektorin|gründer|gründerin|inhaber|inhaberin|"
    r"obmann|verantwortliche|verantwortlicher|vorsteher|vorsteherin|kassenwart|kassenwartin|jugendwart|jugendwartin|gerätewart|pressewart|kassierer|kassiererin|"
    r"schriftführer|schriftführerin|vertreter|vertreterin|bischof|bischöfin|intendant|superintendent|superintendentin|trainer|"
    r"trainerin|planer|planerin|ingenieur|ingenieurin|arzt|ärztin|stellvertreter|stellvertreterin|"
    r"initiator|initiatorin|beigeordneter|pfleger|pflegerin|lehrer|lehrerin|erzieher|prokurist|prokuristin|"
    r"erzieherin|architekt|architektin|moderator|moderatorin|organisator|organisatorin|verwalter|"
    r"verwalterin|landrat|landrätin|schöffe|richter|richterin|anwalt|anwältin|kanzler|kanzlerin|"
    r"honorarkonsul|generalkonsul|"
    r"vertreter|vertreterin|sachbearbeiter|sachbearbeiterin|kurator|kuratorin|wehrführer|polizist|"
    r"polizistin|ermittler|ermittlerin|kommissar|kommissarin|chefarzt|oberarzt|staatssekretär|"
    r"staatssekretärin|stadtverordnete|stadtverordneter|mitglied|vize|vizepräsident|vizepräsidentin|"
    r"schatzmeister|schatzmeisterin|schriftführer|schriftführerin|ortsvorsteher|ortsvorsteherin|"
    r"geschäftsführer|geschäftsführerin|leitung|leiterin|sprecherin|amtsdirektor|amtsdirektorin|"
    r"bürgermeister|bürgermeisterin|oberbürgermeister|oberbürgermeisterin|dozent|dozentin|präses|"
    r"beirat|beirätin|kassierer|kassiererin|fachbereichsleiter|fachbereichsleiterin|schirmherr|schirmherrin|"
    r"gastgeber|gastgeberin|laudator|laudatorin|pädagoge|pädagogin|beamter|beamtin|beamte|geschäftsführung|"
    # occupations written before a name (``Landwirt Peter Rauschenbach``)
    r"landwirt|landwirtin|unternehmer|unternehmerin|winzer|winzerin|imker|imkerin|künstler|künstlerin|"
    r"autor|autorin|historiker|historikerin|wissenschaftler|wissenschaftlerin|forscher|forscherin|"
    r"apotheker|apothekerin|hebamme|sozialarbeiter|sozialarbeiterin|handwerker|handwerkerin|gastwirt|"
    r"gastwirtin|hotelier|bäckermeister|schulleiter|schulleiterin|diakon|diakonin|pastor|pastorin|"
    r"kantor|kantorin|bildhauer|bildhauerin|musiker|musikerin|schriftsteller|schriftstellerin|"
    r"betreiber|betreiberin|eigentümer|eigentümerin|bauherr|bauherrin|physiotherapeut|"
    r"physiotherapeutin|therapeut|therapeutin|psychologe|psychologin|juristin|jurist|ökonom|ökonomin|"
    r"biologe|biologin|chemiker|chemikerin|physiker|physikerin|geologe|geologin|hydrologe|hydrologin|"
    r"förderer|schülersprecher|elternsprecher|landesbischof|notar|notarin|steuerberater|steuerberaterin|"
    r"überlebende|überlebender|zeitzeuge|zeitzeugin|lotse|lotsin|berichterstatter|berichterstatterin|"
    r"förster|försterin|oberhaupt|officer|director|ceo|schülerin|studentin|"
    # volunteers and helpers named by their task (``Lesepatin``, ``Ratsfrau``, ``Streetworker``)
    r"pate|patin|ratsfrau|ratsherr|schiedsfrau|schiedsmann|obfrau|vertrauensfrau|vertrauensmann|worker|"
    r"workerin|betreuer|betreuerin|begleiter|begleiterin|berater|beraterin|assistent|assistentin|"
    r"feuerwehrmann|feuerwehrfrau|dirigent|dirigentin|regisseur|regisseurin|sängerin|"
    # a parent named with the child (``Mutter Maria X``)
    # church offices (``Dekan``, ``Generalvikar``)
    r"dekan|dekanin|prälat|generalvikar|vikarin|priorin|domkapitular|pröpstin|"
    # experts and jurors (``Stellvertretende Gutachterin im Beratungsgremium Dr. X``)
    r"gutachter|sachverständige|sachverständiger|juror|jurorin|"
    # speakers at an event (``Ehrengast und Festredner X``)
    r"festredner|festrednerin|gastredner|gastrednerin|hauptredner|hauptrednerin)$",
    re.I,
)
# surnames that are spelled like role nouns (``Richter``, ``Hofmeister``, not ``Bürgermeister``)
_SURNAME_ROLE = re.compile(
    r"^(?:Richter|Meister|Lehrer|Pfleger|Kanzler|Kämmerer|Pfarrer|Planer|Trainer|Kantor|Notar|Förster|Rechner|Vater|"
    r"Kaplan|Propst|Prior|Vikar|Major|Hauptmann|Leutnant|General|Oberst|Feldwebel|Admiral|"
    # (``Wolfgang Metschurat``: ``-urat`` names no council)
    r"[A-ZÄÖÜ][a-zäöüß]{1,4}meister|[A-ZÄÖÜ][a-zäöüß]{3,}urat)$"
)
_ROLE_ADJ = re.compile(
    r"^(?:Erste[rn]?|Zweite[rn]?|Stellvertretende[rn]?|Amtierende[rn]?|Ehemalige[rn]?|Neue[rn]?|"
    r"Kommissarische[rn]?|Scheidende[rn]?|Designierte[rn]?|Leitende[rn]?|Technische[rn]?|Kaufmännische[rn]?|"
    r"Managing|Executive)$"
)
NON_NAME = {
    "Werks", "Werkes", "Diakonie", "Caritas",  # ``des Diakonischen Werks Württemberg``: bodies' nouns
    "Telefon", "Telefax",  # a contact box's labels
    # Länder and regions, the end of a body's name (``… Werks Württemberg``), never a surname
    "Württemberg", "Baden-Württemberg", "Westfalen", "Niedersachsen", "Sachsen-Anhalt", "Nordrhein-Westfalen",
    "Rheinland-Pfalz", "Schleswig-Holstein", "Mecklenburg-Vorpommern", "Saarland", "Mitteldeutschland",
    "Deutscher",
    "Stadt",
    "Gemeinde",
    "Amt",
    "Landkreis",
    "Kreis",
    "Polizei",
    "Verwaltung",
    "Rathaus",
    "Land",
    "Bund",
    "Verband",
    "Zweckverband",
    "Ministerium",
    "Feuerwehr",
    "Schule",
    "Kita",
    "Verein",
    "Die",
    "Der",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Einen",
    "Nicht",
    "Viel",
    "Pater",
    "Einem",
    "Einer",
    "Eines",
    "Herr",
    "Frau",
    "Herrn",
    "Damen",
    "Herren",
    "Brandenburg",
    "Sachsen",
    "Berlin",
    "Bayern",
    "Thüringen",
    "Hessen",
    "Deutschland",
    "Europa",
    "Landes",
    "Stadtverwaltung",
    "Kreisverwaltung",
    "Bürgerinnen",
    "Bürger",
    "Team",
    "Jahr",
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
    "Sonnabend",
    "Heute",
    "Dazu",
    "Auch",
    "Abschließend",
    "Zudem",
    "Außerdem",
    "Weiter",
    "Er",
    "Sie",
    "Es",
    "Wir",
    "Ich",
    "Man",
    "Dank",
    "Zum",
    "Zur",
    "Im",
    "Am",
    "Beim",
    "Vom",
    "Aus",
    "Mit",
    "Für",
    "Nach",
    "Bei",
    "Laut",
    "So",
    "Doch",
    "Aber",
    "Und",
    "Oder",
    "Denn",
    "Dabei",
    "Hier",
    "Dort",
    "Schon",
    "Noch",
    "Nun",
    "Jetzt",
    "Gemeinsam",
    "Alle",
    "Diese",
    "Dieser",
    "Dieses",
    "Jede",
    "Jeder",
    "Jedes",
    "Viele",
    "Beide",
    "Einige",
    "Manche",
    "Kein",
    "Keine",
    "Unser",
    "Unsere",
    "Ihr",
    "Ihre",
    "Sein",
    "Seine",
    "Mein",
    "Meine",
    "Hierzu",
    "Daher",
    "Deshalb",
    "Darum",
    "Zugleich",
    "Bereits",
    "Besonders",
    "Ebenso",
    "Ebenfalls",
    "Wer",
    "Was",
    "Wie",
    "Welche",
    "Weitere",
    "Weiterhin",
    "Vorab",
    "Anschließend",
    "Hinweis",
    "Zitat",
    "Presse",
    "Pressestelle",
    "In",
    "An",
    "Auf",
    "Von",
    "Unter",
    "Über",
    "Str",
    "Nr",
    "Tel",
    "Fax",
    "Uhr",
    "Abt",
}
# what a speaker addresses to someone, the object after the speaker's name or office (``richtete der neue
# Vorstandsvorsitzende Worte der Anerkennung an …``): never a name
WORDS_SPOKEN = {"Worte", "Grußworte", "Dankesworte", "Grüße", "Glückwünsche", "Dank"}
NON_NAME |= WORDS_SPOKEN
# fractions after a number opening a sentence (``Zwei Drittel der Ausbildungszeit …``); numbers may be
# surnames (``Martin Acht``)
NON_NAME |= {"Drittel", "Viertel", "Fünftel", "Hälfte", "Dutzend", "Hundert", "Tausend"}
# an adjective opening an inverted sentence (``Folgende Einschätzung äußerte X``), parts of a city before a
# place's name (``im Bezirk Treptow-Köpenick``) and adverbs opening a sentence (``Intensiv bereiteten …``)
NON_NAME |= {
    "Folgende", "Folgendes", "Folgender", "Bezirk", "Ortsteil", "Stadtteil", "Kiez", "Intensiv", "Massiv",
    "Aktiv", "Positiv", "Negativ", "Exklusiv", "Definitiv", "Effektiv", "Konstruktiv", "Kreativ",
}  # fmt: skip
# number words are surnames too (``Anna Sieben``), never a given name (``Zwei Jury-Kommentare``)
_NUMBER_WORDS = {"Zwei", "Drei", "Vier", "Fünf", "Sechs", "Sieben", "Acht", "Neun", "Zehn", "Elf", "Zwölf"}
CONNECTORS = {
    "der",
    "des",
    "die",
    "dem",
    "den",
    "für",
    "im",
    "in",
    "von",
    "vom",
    "am",
    "an",
    "zu",
    "zur",
    "zum",
    "und",
    "bei",
    "beim",
    "aus",
    "auf",
    "e.V.",
    "a.D.",
    "ob",
    "-",
    "&",
}


# military ranks written before a name (``Oberst Halvor X``, ``Brigadegeneral Hans-Dieter Y``)
MILITARY_RANKS = {
    "Oberst", "Oberstleutnant", "Brigadegeneral", "Generalmajor", "Generalleutnant", "General", "Admiral",
    "Konteradmiral", "Vizeadmiral", "Flottillenadmiral", "Fregattenkapitän", "Korvettenkapitän",
    "Kapitänleutnant", "Major", "Hauptmann", "Oberleutnant", "Leutnant", "Stabsfeldwebel",
    "Oberstabsfeldwebel", "Hauptfeldwebel", "Oberfeldwebel", "Feldwebel", "Stabsunteroffizier",
    "Unteroffizier", "Obergefreiter", "Hauptgefreiter", "Gefreiter", "Oberstarzt", "Generalarzt",
}  # fmt: skip
# offices written as an abbreviation (``OB Wilke``) and the office each stands for
ROLE_ABBREVIATIONS = {"OB": "Oberbürgermeister", "OBM": "Oberbürgermeister", "BM": "Bürgermeister"}


@lru_cache(maxsize=8192)
def is_role_word(token: str) -> bool:
    """A noun or adjective that names a function (``Bürgermeister``, ``Erster``, ``IT-Beauftragter``)."""
    t = token.strip(",.;:")
    if t.endswith("in") and len(t) > 5 and _ROLE_SUFFIX.search(t[:-2]):
        return True
    # a club's treasurer (``Rechner des Fördervereins``), also a surname (``Anna Rechner``)
    treasurer = t in {"Rechner", "Rechnerin"}
    # words that are offices or a parent's part as whole words only (``Mutter Maria X``, ``Kaplan X``), not
    # inside surnames (``Altvater``, ``Miriam Kaplan`` as a surname after a given name)
    whole = t in {"Mutter", "Vater", "Kaplan", "Propst", "Prior", "Vikar"} or t in MILITARY_RANKS
    return bool(_ROLE_SUFFIX.search(t) or _ROLE_ADJ.match(t) or t in ROLE_ABBREVIATIONS or treasurer or whole)


# the field an office is responsible for, before its noun (``für Bildung zuständige Beigeordnete``)
RESPONSIBLE_FOR = r"für\s+[^.;:„“\"]{2,90}?\s+(?:zuständige|verantwortliche)[nr]?"


def is_role_noun(token: str) -> bool:
    """A role word that is a noun (``Geschäftsführerin``), not only an adjective of one (``Technische``)."""
    return is_role_word(token) and not _ROLE_ADJ.match(token.strip(",.;:"))


# nouns that name bodies, places or abstractions, never a person (``Bezirksamt``, ``Informationen``)
_NOUN_NOT_NAME = re.compile(
    # (a bare ``Kammer`` is a surname too: ``Matthias Kammer``)
    r"(?:amt|ämter|verwaltung|ministerium|senat|behörde|(?<=\w)kammer|präsidium|direktion|gericht|stiftung|"
    r"gesellschaft|genossenschaft|verein|zentrum|institut|schule|kita|zeitung|tion|tionen|tät|täten|ismus|"
    r"heit|heiten|keit|keiten|schaft|schaften|ungen|nisse|nissen|ierung|altung|ordnung|leitung|stellung|"
    r"richtung|nahme|nahmen|platz|straße|strasse|park|company|gruppe|group|ausschuss|beirat|verband|"
    # events and cultural bodies (``Sommerfestival``, ``(Prolibris Verlag)``), not ``Steinfest``
    r"festival|verlag|verlages|verlags|museum|galerie|theater|bibliothek|orchester|ensemble|salon|(?<=\w)schutz|"
    r"werks|werkes|kollege|kollegin)$"
)


@lru_cache(maxsize=8192)
def is_name_token(token: str) -> bool:
    """A capitalised word that can be a given name or surname (not an adjective: ``Individuelle``)."""
    return (
        bool(_NAME_TOKEN.match(token))
        # an adjective (``Individuelle``, ``Städtischer``), not a surname like ``Fleischer``
        and not (len(token) >= 9 and re.search(r"^\w{4,}(?:ische|liche|ielle|uelle|ive|ale)[nr]?$", token))
        and token not in NON_NAME
        and not is_role_word(token)
        and not (len(token) >= 6 and _NOUN_NOT_NAME.search(token.lower()))
        # a plural of people (``Kabarettisten``, ``Schülerinnen``, ``Studenten``)
        and not (len(token) >= 9 and token.endswith(("isten", "innen", "enten")))
        # a verbal noun (``Unterstützung``, ``Entscheidung``), not a surname such as ``Hartung``
        and not (len(token) >= 9 and token.endswith("ung"))
    )


@dataclass
class PersonName:
    """A person name split into parts, plus a role written before it."""

    name: str
    honorific: str | None
    given_name: str | None
    surname: str
    role_prefix: str | None


def is_surname_like_role(token: str) -> bool:
    """``Richter``, ``Hofmeister``: a word that is a common surname as well as a role noun."""
    return bool(_SURNAME_ROLE.match(token))


def _surname_like_role(toks: list[str], i: int) -> bool:
    """``Anna Richter``, ``Hans Hofmeister``: a common surname that is also a role noun, after a given name
    or an honorific.

    Only surnames of that kind qualify, so ``der Potsdamer Landrat`` stays a role.
    """
    return (
        i == len(toks) - 1
        and i > 0
        and is_surname_like_role(toks[i])
        # ``Prof. Schafmeister``
        and (is_name_token(toks[i - 1]) or _HON_TOKEN.match(toks[i - 1]) is not None)
        and "-" not in toks[i - 1]
    )


# titles of nobility, part of a surname after the given name
_NOBILITY = {
    "Freiherr", "Freifrau", "Freiin", "Graf", "Gräfin", "Baron", "Baronin", "Prinz", "Prinzessin", "Fürst",
    "Fürstin", "Herzog", "Herzogin", "Ritter", "Edler", "Edle",
}  # fmt: skip


# given names that often stand second in an unhyphenated double given name (``Karl Heinz``, ``Anna Maria``)
_SECOND_GIVEN = {
    "Maria", "Marie", "Anna", "Anne", "Luise", "Sophie", "Sofie", "Elisabeth", "Christine", "Katharina",
    "Theresa", "Johanna", "Lena", "Sophia", "Charlotte", "Helene", "Magdalena", "Barbara", "Christina",
    "Peter", "Heinz", "Josef", "Joseph", "Karl", "Carl", "Christian", "Michael", "Andreas", "Johannes",
    "Friedrich", "Wilhelm", "Paul", "Jan", "Hans", "Georg", "Jürgen", "Dieter", "Werner", "Günter", "Uwe",
    "Jörg", "Alexander", "Martin", "Thomas", "Ludwig", "Gustav", "Otto", "Albert", "Philipp", "Jakob",
    "Rüdiger", "Ulrich", "Dietrich", "Gerhard", "Bernd", "Klaus", "Wolfgang", "Stefan", "Matthias", "Helmut",
    "Manfred", "Rainer", "Heinrich", "Rudolf", "Christoph", "Sebastian", "Maximilian", "Florian", "Tobias",
    "Ursula", "Gertrud", "Hildegard", "Ingrid", "Renate", "Monika", "Sabine", "Susanne", "Claudia", "Andrea",
    "Gabriele", "Margarete", "Dorothea", "Franziska", "Julia", "Eva", "Clara", "Klara", "Rosa", "Ruth",
}


# a house or institution named after a saint (``Haus Elisabeth``, ``Kita Sankt Michael``)
_HOUSE_OF_SAINT = re.compile(r"(?:Haus|Kita|Sankt|St\.|Stift|Heim|[Ss]chule|[Kk]irche|garten)$")
_PEER = re.compile(r"(?:[Kk]olleg(?:e|en|in)|[Pp]artner(?:in)?|[Nn]achfolger(?:in)?|[Vv]orgänger(?:in)?)$")


# the first words of Westphalian surnames of two words (``Annegret Schulze Hülshorst``)
DOUBLE_SURNAME_FIRST = {"Schulze", "Schulte", "Große", "Grosse", "Kleine", "Meyer", "Niehoff", "Westermann"}


def _titled_noun_surname(toks: list[str], i: int) -> bool:
    """``Dr. Christoph Hoppenheit``: a surname shaped like an abstract noun, after an honorific and a given
    name."""
    return (
        i >= 2
        and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:heit|keit)", toks[i]) is not None
        and _HON_TOKEN.match(toks[i - 2]) is not None
        and toks[i - 1] in _SECOND_GIVEN  # a given name known as such (not ``Dr. Kahl Sicherheit``)
    )


def common_given_name(word: str) -> bool:
    """``Werner``, ``Otto``: a common given name, which may also be someone's surname."""
    return word in _SECOND_GIVEN


def _given_like(token: str) -> bool:
    """A word that may be a first given name: short, and not a role noun in ``-in`` (``Pfarrerin``)."""
    return len(token) <= 9 and not (token.endswith("in") and len(token) > 7)


# a noun for someone's occupation (``Pförtner``, ``Hausmeisterin``, ``Praktikant``), not a relation or part
_OCCUPATION = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{3,}(?:er|in|ent|or|eur|ist)")
_RELATION = re.compile(
    r"(?:Vater|Mutter|Bruder|Schwester|Onkel|Tante|Partner|Gewinner|Sieger|Nachbar|Besucher|Teilnehmer|"
    r"Zuschauer|Leser|Bewohner|Kunde|Kundin)(?:in)?$"
)


def split_name(tokens: list[str]) -> PersonName | None:
    """Split a token run like ``["Bürgermeister", "Dr.", "Max", "Muster"]`` into role and name."""
    toks = [t for t in tokens if t]
    addressed = next((k for k, t in enumerate(toks[:-1]) if t in {"Frau", "Herr", "Herrn"}), None)
    after = [t for t in toks[addressed + 1 :] if not _HON_TOKEN.match(t)] if addressed else []
    if len(after) == 1 and after[0] == toks[-1] and is_name_token(toks[-1]):
        # ``Bezirksstadtrat für Bauen und Planen Herr Schmidt``: the surname alone after the form of address
        named = split_name(toks[addressed + 1 :])
        office = toks[:addressed]
        while office and office[0].lower() in {"der", "die", "den", "dem", "des", "das"}:
            office = office[1:]
        # (also an occupation the lexicon lacks: ``der Pförtner des Rathauses Tiergarten Herr Cayir``)
        first = office[0] if office else ""
        occupation = bool(_OCCUPATION.fullmatch(first)) and not _RELATION.match(first)
        office_words = occupation or any(is_role_word(t) for t in office)
        # (not a woman's office before ``Herr``: ``der Partner der Inhaberin Herr X``)
        his = toks[addressed] != "Frau" and bool(office) and office[-1].endswith("in")
        if named is not None and office and office_words and not _RELATION.match(first) and not his:
            return PersonName(named.name, named.honorific, None, named.surname, " ".join(office))
        if named is not None:
            # ``… des Rathauses Tiergarten Herr Cayir``: the word before the form of address is no given name
            return PersonName(named.name, named.honorific, None, named.surname, None)
    # ``Polizeipräsidentin Frau Dr. Barbara Slowik``: the form of address is neither role nor name
    toks = [t for k, t in enumerate(toks) if not (t in {"Frau", "Herr", "Herrn"} and k + 1 < len(toks))]
    while toks and toks[0].lower() in {"der", "die", "den", "dem", "des", "das"}:
        toks = toks[1:]
    if not toks:
        return None
    i = len(toks) - 1
    name_toks: list[str] = []
    names = 0
    while i >= 0 and names < 2:
        t = toks[i]
        if (is_name_token(t) and not (t in PARTICLES and names == 1) and not _HON_TOKEN.match(t)) or (
            names == 0 and (_surname_like_role(toks, i) or _titled_noun_surname(toks, i))
        ):
            name_toks.insert(0, t)
            names += 1
        elif t in PARTICLES and names == 1:
            j = i
            while j >= 0 and toks[j] in PARTICLES:
                j -= 1
            if j > 0 and toks[j] in _NOBILITY:
                j -= 1  # ``Hilmar Freiherr von Münchhausen``: the title is part of the surname
            # (also after an honorific alone: ``Bundesinnenminister Dr. de Maizière``)
            named_before = j >= 0 and (is_name_token(toks[j]) or _HON_TOKEN.match(toks[j]))
            if not named_before or toks[j + 1 : i + 1] in (["der"], ["den"], ["zur"]):
                break  # ``Café der Begegnung``: an article inside a noun phrase is no name particle
            name_toks[:0] = toks[j + 1 : i + 1]
            i = j + 1
        else:
            break
        i -= 1
    if not names:
        return None
    # a name directly after an article belongs to that article's noun phrase (``der Polizei Brandenburg``)
    if i >= 0 and toks[i].lower() in {"der", "des", "dem", "den", "die"}:
        return None
    # ``Bezirksstadtrat für Schule und Sport``: a lone name after a connector ends a noun phrase
    if (
        names == 1
        and i >= 0
        and toks[i] in {"und", "für", "von", "vom", "im", "in", "zur", "zum", "am", "an", "&"}
    ):
        return None
    if (
        names == 2
        and i >= 0
        and is_name_token(toks[i])
        and not _HON_TOKEN.match(toks[i])  # (``Professor Thomas Braun``: the title, no given name)
        and (
            (i > 0 and (is_role_word(toks[i - 1]) or _HON_TOKEN.match(toks[i - 1])))
            # ``seinem Amtskollegen Klaus Peter Schellhaas``: a usual second given name
            or (i == 0 and name_toks[0] in _SECOND_GIVEN and _given_like(toks[0]))
            # ``… für die Informationsfreiheit Maria Christina Rost``: two usual given names after an office
            # (not a saint's name in a house's: ``Haus Elisabeth Anna X``)
            or (
                i > 0
                and name_toks[0] in _SECOND_GIVEN
                and toks[i] in _SECOND_GIVEN
                and _HOUSE_OF_SAINT.search(toks[i - 1]) is None
            )
            # ``seinem Amtskollegen Klaus Peter X``: after a colleague or partner, not after a body's name
            # (``des Fördervereins Freibad Waldau Thomas X``)
            or (
                i > 0
                and name_toks[0] in _SECOND_GIVEN
                and _given_like(toks[i])
                and not is_role_word(toks[i])
                and _PEER.search(toks[i - 1]) is not None
            )
        )
    ):
        # three names after a role: ``Hans Peter Müller`` (two given names) or ``Annegret Schulze Hülshorst``
        # (a surname of two words, as in Westphalia)
        name_toks.insert(0, toks[i])
        i -= 1

    hon: list[str] = []
    while i >= 0 and _HON_TOKEN.match(toks[i]):
        hon.insert(0, toks[i])
        i -= 1
    # ``Prof. Dr.`` may be written as one token run
    prefix = " ".join(toks[: i + 1]).strip() or None
    surname = " ".join(name_toks) if names == 1 and name_toks[0] in PARTICLES else name_toks[-1]
    given = None
    if names == 2:
        first_name_idx = next(k for k, t in enumerate(name_toks) if is_name_token(t))
        given = name_toks[first_name_idx]
        rest = name_toks[first_name_idx + 1 :]
        if len(rest) == 2 and rest[0] in _SECOND_GIVEN:
            given, rest = f"{given} {rest[0]}", rest[1:]
        surname = " ".join(rest)
    honorific = " ".join(hon) or None
    has_role = prefix and (
        any(is_role_word(t) for t in prefix.split()) or (prefix.endswith("s") and len(prefix.split()[-1]) > 3)
    )
    if prefix and not has_role and names == 1:
        return None
    if given and (re.fullmatch(BERLIN_DISTRICTS, given) or given in _NUMBER_WORDS):
        return None  # ``Rathaus Neukölln Rixdorfsalon``, ``Zwei Jury-Kommentare``: no given name
    full = " ".join([*hon, *name_toks])
    return PersonName(full, honorific, given, surname, prefix)


_ENUM_NAME = re.compile(
    r"^,\s+(?:[A-ZÄÖÜ][\w/-]*(?:\s+[a-zäöüß]+)?(?:\s+[A-ZÄÖÜ][\w/-]*)?,\s+)*"
    r"(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w/-]*\s+(?:und|sowie|&)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w/-]*"
)


# a name that may hold a comma list: ``für Umwelt, …``, ``des Fachbereichs Bauen, Umwelt und Verkehr``
_UNIT_BEFORE_LIST = re.compile(
    r"\b(?:für|(?:des|der)\s+(?:Fachbereichs?|Referats?|Bereichs?|Dezernats?|Fachdienstes|Abteilung|Amtes\s+für))"
    r"\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][\w/-]*\s+(?:[–-]\s+)?){0,2}[A-ZÄÖÜ][\w/-]*$"
)


def _first_phrase(role: str) -> str:
    """The role up to its first comma, keeping an enumeration inside a ``für …`` name
    (``Landesamt für Umwelt, Landwirtschaft und Geologie``)."""
    i = 0
    while True:
        k = role.find(",", i)
        if k < 0:
            return role
        em = _ENUM_NAME.match(role[k:])
        if em and _UNIT_BEFORE_LIST.search(role[:k]):
            # ``Leiterin des Fachbereichs Bauen, Umwelt und Verkehr``
            i = k + em.end()
            continue
        return role[:k]


# the area named in a compound senator's title (``Gesundheitssenatorin``) and the department's name for it
_SENATE_AREAS = {
    "Justiz": "Justiz", "Finanz": "Finanzen", "Innen": "Inneres", "Gesundheit": "Gesundheit",
    "Bildung": "Bildung", "Kultur": "Kultur", "Umwelt": "Umwelt", "Verkehr": "Verkehr",
    "Wirtschaft": "Wirtschaft", "Arbeit": "Arbeit", "Sozial": "Soziales", "Wissenschaft": "Wissenschaft",
    "Stadtentwicklung": "Stadtentwicklung", "Bau": "Bauen", "Sport": "Sport", "Integration": "Integration",
    "Jugend": "Jugend", "Familien": "Familie", "Verbraucherschutz": "Verbraucherschutz",
    "Gleichstellung": "Gleichstellung", "Europa": "Europa", "Energie": "Energie",
}


_SENATE_TITLE = re.compile(rf"^({'|'.join(_SENATE_AREAS)})s?senator(?:in)?$")


def senate_department(role: str | None) -> str | None:
    """``Finanzsenator`` → ``Senatsverwaltung für Finanzen``: Berlin's department a compound senator's title
    names (Bremen and Hamburg name their departments differently)."""
    m = _SENATE_TITLE.match(role or "")
    return f"Senatsverwaltung für {_SENATE_AREAS[m.group(1)]}" if m else None


# a compound minister's title (``Innenminister``, ``Bundesbildungsministerin``): level and area
_MINISTER_TITLE = re.compile(
    r"^(Bundes|Landes|Staats)?([A-ZÄÖÜ][a-zäöüß]{2,}?|[a-zäöüß]{3,}?)s?minister(?:in)?$"
)
# a ministry's full name: ``Ministerium des Innern``, ``Nds. Ministerium für Inneres und Sport``,
# ``Bundesministerium für Bildung und Forschung``,
# ``Ministerium für Klimaschutz, Landwirtschaft, ländliche Räume und Umwelt``
_AREA_WORD = r"(?:[a-zäöüß]+e\s+)?[A-ZÄÖÜ][\wäöüß-]+"
MINISTRY_NAME = re.compile(
    r"\b((?:(?:[A-ZÄÖÜ][a-zäöüß]+(?:es|en|e)|(?:Nds|Bay|Bayer|Sächs|Thür|Hess|Brandenb|Meckl)\.)\s+)?"
    r"(?:Bundes|Landes|Staats)?[Mm]inisteriums?\s+(?:für|des|der)\s+"
    # (a list of areas ends with ``und …``: not ``der Finanzen, Öffentlichkeitsarbeit, Postfach …``)
    rf"{_AREA_WORD}(?:(?:,\s*(?:für\s+)?{_AREA_WORD})*\s+(?:und|sowie)\s+(?:für\s+)?{_AREA_WORD})*)"
)
# a minister's office with its area (``Bundesminister des Innern``, ``Ministerin für Bildung und Kultur``)
# (a list of areas ends with ``und …``: not the name after a comma, ``…, Dr. Stefanie X``)
MINISTER_OFFICE = (
    r"(Bundes)?[Mm]inister(?:in)?\s+"
    rf"((?:für|des|der)\s+{_AREA_WORD}(?:(?:,\s*(?:für\s+)?{_AREA_WORD})*\s+und\s+(?:für\s+)?{_AREA_WORD})?)"
)
_MINISTER_OF = re.compile(f"{MINISTER_OFFICE}$")


def _minister_area(role: str | None) -> tuple[re.Match[str] | None, str | None]:
    """A compound minister's title (``Bundesinnenminister``) and the pattern of its area's words in a
    ministry's name; no area for a rank (``Staatsminister``)."""
    title = _MINISTER_TITLE.match(role or "")
    area = title.group(2).lower() if title else ""
    if title is None or area in {"staat", "bundes", "landes"}:
        return title, None
    return title, _AREA_STEMS.get(area, re.escape(area[:6]))


def ministry_stated(role: str | None, office: str) -> str | None:
    """``Bundesinnenminister`` for a person the text introduces as ``der Bundesminister des Innern``: the
    ministry of that office, where it is of the title's area and level."""
    title, stem = _minister_area(role)
    found = _MINISTER_OF.match(office)
    if title is None or stem is None or found is None:
        return None
    federal = found.group(1) is not None
    if not re.search(rf"(?i)\b{stem}", found.group(2)) or federal != (title.group(1) == "Bundes"):
        return None
    return minister_house(office)


def minister_house(office: str) -> str | None:
    """``Bundesminister für Verkehr`` → ``Bundesministerium für Verkehr``: the ministry a minister's office
    names, or ``None`` for no such office."""
    found = _MINISTER_OF.match(office)
    return f"{'Bundesministerium' if found.group(1) else 'Ministerium'} {found.group(2)}" if found else None
# the area words a ministry's name uses for the area a minister's title names
_AREA_STEMS = {
    "innen": r"inner(?:n|es)\b",
    "agrar": "(?:agrar|landwirt)",
    "kultus": "kultus",
    "bau": r"bau(?:en|wesen)?\b",
}


def ministry_of(role: str | None, texts: list[str]) -> str | None:
    """``Innenminister`` → ``Ministerium des Innern``: the ministry of a compound minister's title, as the
    first of ``texts`` (publisher, then the release) that names a ministry of that area names it."""
    m, stem = _minister_area(role)
    if m is None or stem is None:
        return None
    area = m.group(2).lower()
    compound = re.compile(
        # ``Niedersächsisches Justizministerium``, ``Bundesinnenministerium``: the area compounded
        rf"\b((?:[A-ZÄÖÜ][a-zäöüß]+(?:es|en|e|er)\s+)?{m.group(1) or ''}{area.capitalize()}s?ministeriums?)\b"
    )
    for text in texts:
        for found in MINISTRY_NAME.finditer(text or ""):
            name = found.group(1)
            area_part = re.split(r"[Mm]inisteriums?\s+", name, maxsplit=1)[1]
            federal = name.startswith("Bundes")
            if re.search(rf"(?i)\b{stem}", area_part) and federal == (m.group(1) == "Bundes"):
                # ``des Sächsischen Staatsministeriums für Kultus``: in the nominative
                name = re.sub(r"([Mm])inisteriums\s", r"\1inisterium ", name)
                return re.sub(r"^([A-ZÄÖÜ][a-zäöüß]+)en\s", r"\1es ", name)
    # else the name compounded, with its Land where a text gives it
    compounds = [f.group(1) for text in texts for f in compound.finditer(text or "")]
    names = {re.sub(r"ministeriums$", "ministerium", n) for n in compounds}
    # (an adjective only of a Land: not ``Pressemitteilungen Justizministerium``; one Land only)
    names = {n for n in names if " " not in n or land_of_adjective(n.split()[0])}
    lands = {n for n in names if " " in n}
    if not names or len({land_of_adjective(n.split()[0]) for n in lands}) > 1:
        return None
    name = (sorted(lands) or sorted(names))[0]  # (``das Bayerische Umweltministerium``)
    return re.sub(r"^([A-ZÄÖÜ][a-zäöüß]+?)(?:en|e)\s", r"\1es ", name)


# a party (``SPD``, ``Die Linke``, ``parteilos``), as written in brackets after a name or an office, or
# after an office's article (``der GRÜNEN``, ``der Freien Wähler``)
PARTY = re.compile(
    r"^(?:SPD|CDU|CSU|FDP|AfD|BSW|Grüne|Grünen|Die Grünen|B90/Grüne|Bündnis 90/Die Grünen|Die Linke\.?|Linke|"
    r"Linken|parteilos|BVB/FW|FW|Freie Wähler|Freien Wähler|Piraten|ÖDP|SSW|Volt)$",
    re.I,
)


# ``… und stellvertretender Verbandsvorsteher``: the words after an ``und`` inside a role
_AND_NEXT = re.compile(r"(?<!-)\s+und\s+(?:[a-zäöüß]+e[rn]?\s+)?([A-ZÄÖÜ][\w-]*)(?:\s+([A-ZÄÖÜ][\w-]*))?")


# abbreviated role qualifiers written with a full stop (``Stellv. Bezirksbürgermeister``, ``komm. Leiterin``)
ROLE_ABBREV = r"[Ss]tellv|[Ss]tv|[Kk]omm|[Ee]hem"
# Berlin's twelve districts, each with its Bezirksamt
BERLIN_DISTRICTS = (
    r"Mitte|Friedrichshain-Kreuzberg|Pankow|Charlottenburg-Wilmersdorf|Spandau|Steglitz-Zehlendorf|"
    r"Tempelhof-Schöneberg|Neukölln|Treptow-Köpenick|Marzahn-Hellersdorf|Lichtenberg|Reinickendorf"
)


def one_letter_apart(a: str, b: str) -> bool:
    """``Herrmann``/``Hermann``: one spelling has one letter more than the other."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def spelled_alike(a: str, b: str) -> bool:
    """One name spelled two ways: a letter more or less (``Herrmann``/``Hermann``), or the same letters with
    and without their marks (``Kızıltepe``/``Kiziltepe``)."""
    return one_letter_apart(a, b) or (a != b and _without_marks(a) == _without_marks(b))


def _without_marks(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_ORG_MARKER = re.compile(
    r"\b(?:e\.\s?V\.?|GmbH|gGmbH|AG|eG|Verein|Verband|Stiftung|Initiative|Bündnis|Netzwerk|Gesellschaft|"
    r"Akademie|Institut|Universität|Hochschule|Club|Klub|Kampagne|International|Werk)\b|[a-zäöüß](?:werk|verein|"
    r"verband|stiftung|bund|kreis|hilfe)\b"
)


def _brand_like(name: str) -> bool:
    """``ALBA BERLIN``, ``Hilfswerk International``: a body's name (capitals or a body word), not a place
    (``Florenz``, ``Berlin Treptow-Köpenick``) or a person (``Staatssekretär Max Muster``)."""
    if is_role_word(name.split()[0]) or gazetteer.is_exact_name(name):
        return False
    if re.search(rf"(?:{BERLIN_DISTRICTS})$", name):
        return False
    # (``HessenForst``: a name written in camel case, not ``McAllister``: a surname's prefix)
    camel = r"\b[A-ZÄÖÜ][a-zäöü]{3,}[A-ZÄÖÜ][a-zäöü]"
    return bool(re.search(rf"\b[A-ZÄÖÜ]{{2,}}|{camel}", name) or _ORG_MARKER.search(name))


def _named_body_like(name: str) -> bool:
    """The object of ``bei``: a body's name, not a role, a person or a plural noun (``Fragen zur …``)."""
    first = name.split()[0]
    if is_role_word(first) or first.endswith("en") or gazetteer.is_exact_name(name):
        return False
    person = split_name(name.split()[:3])
    return not (person is not None and person.given_name and len(name.split()) <= 3) or _brand_like(name)


def _district_spelled(word: str) -> str | None:
    """The Berlin district ``word`` names with one letter left out or added."""
    return next((d for d in BERLIN_DISTRICTS.split("|") if one_letter_apart(word, d)), None)


def place_adjective(word: str) -> str | None:
    """``Stendaler`` → ``Stendal``, ``Potsdamer`` → ``Potsdam``: the municipality an adjective names."""
    if not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß-]{2,}er", word) or word == "Berliner":
        return None  # Berlin's offices have names of their own (README)
    # (``Tübinger`` → ``Tübingen``: a town in ``-ingen``; not ``Sieger`` for Siegen)
    stems = (word[:-2], *([word[:-2] + "en"] if word.endswith("inger") else []), word[:-3])
    return next((p for p in stems if re.fullmatch(BERLIN_DISTRICTS, p) or gazetteer.is_exact_name(p)), None)


# an office that leads a project or initiative named after ``von`` in quotation marks
_PROJECT_HEAD = re.compile(
    r"(?:Projekt|Kampagnen|Team)?(?:[Ll]eiter|[Kk]oordinator|[Ss]precher|[Gg]eschäftsführer|[Ii]nitiator|"
    r"(?:Mit)?[Gg]ründer|[Oo]rganisator|Vorsitzende)(?:in|r)?"
)
# an office's holder in the genitive (``des Bürgermeisters``): a person, no body
_PERSON_OFFICE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]*(?:meister|leiter|präsident|direktor|minister|landrat)(?:e?s)?"
)


# facilities whose quoted name needs the kind (``Kita „Käte Duncker“`` is no person)
_FACILITY_KINDS = {
    "Kita", "Kindertagesstätte", "Kindergarten", "Krippe", "Hort", "Schule", "Grundschule", "Oberschule",
    "Jugendclub", "Jugendzentrum", "Begegnungsstätte", "Bibliothek", "Seniorenzentrum", "Familienzentrum",
    "Gymnasium", "Gesamtschule", "Realschule", "Mittelschule", "Förderschule", "Jugendhaus",
}  # fmt: skip


# a Land's adjective before an office of the Land (``Thüringer Bürgerbeauftragter``): the Land
_LAND_OF_ADJECTIVE = {
    f"{stem}{ending}": land
    for stem, land in {
        "Sächsische": "Sachsen", "Bayerische": "Bayern", "Hessische": "Hessen",
        "Niedersächsische": "Niedersachsen", "Brandenburgische": "Brandenburg", "Saarländische": "Saarland",
        "Rheinland-Pfälzische": "Rheinland-Pfalz", "Schleswig-Holsteinische": "Schleswig-Holstein",
        "Sachsen-Anhaltische": "Sachsen-Anhalt", "Nordrhein-Westfälische": "Nordrhein-Westfalen",
        "Baden-Württembergische": "Baden-Württemberg", "Mecklenburg-Vorpommersche": "Mecklenburg-Vorpommern",
        "Hamburgische": "Hamburg", "Bremische": "Bremen",
    }.items()
    for ending in ("", "r", "n")
} | {"Thüringer": "Thüringen", "Hamburger": "Hamburg", "Bremer": "Bremen", "Brandenburger": "Brandenburg"}


# the offices of a Land itself (not ``Bayerische Landesbischof``, ``Sächsische Landestrainer``: a church's, a
# sport's)
_LAND_OFFICE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]*beauftragte[rn]?|Ministerpräsident(?:in)?|Landeswahlleiter(?:in)?|Regierungssprecher(?:in)?"
)


def is_land(name: str) -> bool:
    """``Schleswig-Holstein``, ``Berlin``: one of the sixteen Länder."""
    return name in _LAND_OF_ADJECTIVE.values() or name == "Berlin"


def land_of_adjective(word: str) -> str | None:
    """``Thüringer``, ``Sächsischen`` → the Land the adjective names."""
    neuter = word.endswith("es") and _LAND_OF_ADJECTIVE.get(word[:-1] + "r")  # ``Sächsisches``
    return _LAND_OF_ADJECTIVE.get(word) or neuter or None


def organisation_of(role: str | None) -> str | None:
    """The body named in a role: ``Bürgermeister der Stadt Wittenberge`` -> ``Stadt Wittenberge``."""
    if not role:
        return None
    first = re.sub(rf"^{RESPONSIBLE_FOR}\s+", "", _first_phrase(role))  # the office, not its field
    # ``Geschäftsführer der X GmbH sowie der Y GmbH``: the first body (not ``des Vorstands sowie der
    # Geschäftsführung der Stadtwerke``, one body's two organs)
    firm = re.match(r"^(.+?\b(?:GmbH|AG|KG|mbH|SE|eG|e\.\s?V\.))\s+sowie\s+(?:der|des|dem)\s+", first)
    first = firm.group(1) if firm else first
    second = re.match(r"^(.+?)\s+sowie\s+([A-ZÄÖÜ][\wäöüß-]+)\s+(?:der|des)\s", first)
    if second and is_role_word(second.group(2)):
        first = second.group(1)  # ``… der Landeshauptstadt Potsdam sowie Aufsichtsratsvorsitzende der …``
    if re.match(r"^(?:Schirmherr|Laudator|Gastgeber|Jurymitglied|Juror)(?:in)?\b", first):
        return None  # the patron of a prize or an event does not work for it
    organ = re.search(r"\b(?:des|der)\s+([A-ZÄÖÜ]{2,6})-(?:Präsidiums|Vorstand|Vorstandes|Vorstands)$", first)
    if organ:
        return organ.group(1)  # ``Mitglied des NLT-Präsidiums``: the body, not its board
    for m in _AND_NEXT.finditer(first):
        if is_role_word(m.group(1)) or (m.group(2) and is_role_word(m.group(2))):
            # ``… der Stadt Friedland und stellvertretender Verbandsvorsteher``: the first office's body;
            # ``stellvertretender Bezirksbürgermeister und Bezirksstadtrat in Mitte``: else the second's
            return organisation_of(first[: m.start()]) or organisation_of(first[m.start(1) :])
    quoted = re.search(r"\bvon\s+[„»\"“]([^„“”\"»«]{2,60})[“”\"«]$", first)
    if quoted:
        # ``Projektleiter von „Schön wie wir“``: a project by its quoted name; not a work's title (``Autorin
        # von „Die Stadt der Kinder“``)
        return quoted.group(1) if _PROJECT_HEAD.fullmatch(first.split()[0]) else None
    place = r"([A-ZÄÖÜ][\w-]*(?:-[A-ZÄÖÜ][\w-]*)?)"
    berlin = rf"(?:Berlin[- ](?=(?:{BERLIN_DISTRICTS})$))?"  # ``von Berlin-Mitte``: the district
    district = re.match(
        rf"^Bezirks\w+\s+(?:für\s+[^.]+?\s+)?(?:von|in)\s+{berlin}{place}$", first
    ) or re.match(
        rf"^Bezirks\w+\s+({BERLIN_DISTRICTS})$", first  # ``Bezirksbürgermeister Treptow-Köpenick``
    )
    if district:
        return f"Bezirksamt {district.group(1)}"  # ``Bezirksbürgermeister von Mitte``
    slip = re.match(r"^Bezirks\w+\s+([A-ZÄÖÜ][\w-]+)$", first)
    if slip and (named := _district_spelled(slip.group(1))):
        return f"Bezirksamt {named}"  # ``Bezirksstadträtin Friedrichhain-Kreuzberg``: a slip of the pen
    head = re.match(
        # a Land's adjective is part of its ministry's name (``Thüringer Ministerin für …``)
        r"^(?:(?P<land>[A-ZÄÖÜ][a-zäöü]+(?:er|ische[nr]?))\s+(?=(?:Staats)?[Mm]inister|Senator))?"
        r"((?:Bundes|Staats|Landes)?(?:[Ss]enat|[Mm]inister))(?:or|in|orin)?\s+((?:für|des|der)\s+\S.*)$",
        first,
    )
    land_adjective = head.group("land") if head else None
    # (a Land's adjective in ``-er``: ``Thüringer Ministerin für …``, also Berlin's)
    land_er = land_adjective in _LAND_OF_ADJECTIVE or land_adjective == "Berliner"
    if head and (land_adjective is None or land_er or "isch" in (land_adjective or "")):
        # ``Senatorin für Bildung, Jugend und Familie`` heads the ``Senatsverwaltung für …``,
        # ``Minister des Innern`` the ``Ministerium des Innern``
        body = "Senatsverwaltung" if head.group(2).lower().endswith("senat") else head.group(2) + "ium"
        land = re.sub(r"ische[nr]?$", "isches", head.group("land") or "")  # ``Sächsisches Staatsministerium``
        land = "" if body == "Senatsverwaltung" else land  # (``Berliner Senator für …``: the department)
        return f"{land} {body[0].upper()}{body[1:]} {head.group(3).strip(' ,.')}".strip()
    m = re.search(
        r"\b(der|des|im|beim|vom|von der|am|bei der|bei|in der|für den|für die|für das)\s+"
        # ``des polnischen Landkreises Pleszew``: a country's or region's adjective is no part of the name
        r"(?:(?!evangel|kathol|jüd|islam|protestant|orthodox)[a-zäöüß]{2,}ische[nrs]?\s+(?=[A-ZÄÖÜ]))?"
        # (a lowercase brand with its legal form: ``der botanika GmbH``)
        # (a club's or school's ordinal: ``beim 1. FC Union Berlin``, not ``der 1. Mannschaft``)
        # (a lowercase abbreviation alone: ``Präsident der bpb``)
        r"([„»\"]?[A-ZÄÖÜ].*|\d\.\s+(?:[A-ZÄÖÜ]{2,4}\b|[A-ZÄÖÜ]\w*(?:schule|verein|club|klub)\b).*|[a-zäöü][\w-]*(?:\s+[\w-]+)?\s+(?:g?GmbH|AG|e\.\s?V\.)|"
        r"(?<=der |des )[a-zäöü]{3,4})$",
        first,
    )
    if m:
        org = m.group(2).strip(" ,")
        org = org if re.search(r"\b(?:e\.\s?V|[A-Z]|[a-z]{1,3})\.$", org) else org.rstrip(".")
        if org in {"GmbH", "gGmbH", "AG", "KG", "eG", "SE", "Hauptstadt", "Bundeshauptstadt"}:
            return None  # ``Geschäftsführer der GmbH``, ``Justizsenator der Hauptstadt``: no body's name
        if m.group(1).startswith("für") and re.match(r"^\w*[Bb]eauftragte[rn]?\s+für\s", first):
            return None  # ``Landesbeauftragte für die Belange von Menschen mit Behinderungen``: a field
        article = m.group(1).split()[-1]
        later = re.search(r"\s(im|beim|der|des)\s+([A-ZÄÖÜ].*)$", org)
        field = re.sub(r"\s*\([A-ZÄÖÜ]{2,6}\)", "", org[: later.start()] if later else "").strip()
        if article == "am" and later and " " not in field and not _NEUTER.search(field):
            # ``Beauftragte für Chancengleichheit am Arbeitsmarkt im Jobcenter X``: the field, then the body
            article, org = later.group(1), later.group(2)
        at_body = re.fullmatch(
            # (a unit's or an event's noun: not ``des Bürgerbüros am ZOB``, a place)
            r"[A-ZÄÖÜ][\wäöüß-]*(?:ung|ings?|tage?s)\s+am\s+((?:[A-ZÄÖÜ][a-zäöü]+\s+)?[A-ZÄÖÜ]{2,}[\w-]*)",
            org,
        )
        if at_body and article in {"der", "des"}:
            # ``Leiter des Drittmittelcontrollings am HZI``: a unit or an event, then the body's abbreviation
            org, article = at_body.group(1), "dem"
        if article in {"am", "im"} and " " not in org and not _NEUTER.search(org):
            return None  # ``Beauftragte für Chancengleichheit am Arbeitsmarkt``: a field, not a body
        at = re.match(r"^(.+?)\s+bei\s+([A-ZÄÖÜ].+)$", org)
        if at and not BODY_WORD.search(at.group(1)) and _named_body_like(at.group(2)):
            org, article = at.group(2), "bei"  # ``Leiter des Praxislernens bei KIDS & CO``: the body
        if article == "bei" and not _named_body_like(org):
            return None  # ``Ansprechpartnerin bei Fragen zur Anmeldung``: an occasion, not a body
        quoted = re.fullmatch(r"(?:([A-ZÄÖÜ][\wäöüß-]+)\s+)?[„»\"“]([^„“”\"»«]+)[“”\"«]", org)
        kind = quoted.group(1) if quoted and quoted.group(1) else ""
        stem = kind if kind in _FACILITY_KINDS else re.sub(r"e?s$", "", kind)  # ``des Jugendclubs „…“``
        if quoted and stem in _FACILITY_KINDS:
            return stem + org[len(kind) :]  # ``der Kita "Käte Duncker"``: a facility named after someone
        if quoted:
            # ``der „Gärten der Welt“``, ``der Wohnungsbaugesellschaft “STADT UND LAND”``: the name
            return quoted.group(2)
        # ``Verein Sonnenhof in Spandau``: the body; a national section stays (``Amnesty International in
        # Deutschland``)
        org = re.sub(r"\s+in\s+(?!Deutschland$)[A-ZÄÖÜ][\wäöüß-]+$", "", org)
        # ``Vertreter des Kreises Kleve in der Verbandsversammlung``: the body, not the assembly it sits in
        assembly = r"(?:Verbands|Voll|Mitglieder|Gesellschafter|Träger)versammlung"
        org = re.sub(rf"\s+(?:in\s+der|im)\s+{assembly}$", "", org)
        # ``Bundesagentur für Arbeit (BA)``, ``… (LAGeSo)``, not ``(Mark)``
        org = re.sub(r"\s*\((?:[A-ZÄÖÜ]{2,6}|[A-ZÄÖÜ](?=[a-zäöü]*[A-ZÄÖÜ])[A-Za-zÄÖÜäöü]{2,10})\)$", "", org)
        if re.match(r"^(?:\w+-)?[Bb]eauftragte[rn]?\s+(?:des|der)\s", first):
            # ``Beauftragte des Berliner Senats für Integration``: the commissioner's field, not the body's
            org = re.sub(r"\s+für\s+.*$", "", org)
        # ``des Ausschusses für bürgerliche Freiheiten für das geplante Gesetz``: the field is no part of it
        org = re.sub(r"(\bfür\s.*?)\s+für\s+(?:das|die|den)\s+.*$", r"\1", org)
        if re.search(r"(?:markt|fest|feier|veranstaltung|turnier|wettbewerb|konzert)(?:e?s)?$", org):
            return None  # ``Verantwortlicher des Weihnachtsmarktes``: an event, not a body
        if re.fullmatch(r"(?:(?:Aktions|Zukunfts|Gedenk|Familien|Kinder|Ehrenamts)t|T)ag(?:e?s)?", org):
            return None  # ``Organisatorin des Tages``, ``des Zukunftstages``: a day (not ``Landtag``)
        if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]*(?:ologie|iatrie|chirurgie|medizin)", org):
            return None  # ``Oberärztin der Diabetologie``: a hospital's department by its field, no body
        if _PERSON_OFFICE.fullmatch(org):
            return None  # ``Vertreter des Bürgermeisters``: a person's office, not a body
        unit = _BOARD_OF.match(org) or _UNIT_OF.match(org)
        if unit and unit.re is _UNIT_OF and not BODY_WORD.search(unit.group(2)):
            unit = None  # ``Referat Schutz der Umwelt``: the department's subject, not a body
        if unit:
            # ``Vorsitzender der Geschäftsführung der Agentur …``, ``Referent in der Hauptabteilung Seelsorge
            # des Generalvikariats``: the body, not its board or department
            org, article = unit.group(2), unit.group(1)
            article = "dem" if article == "beim" else article
        return to_nominative(org, article) or None
    m = re.search(r"\bvon\s+(\w[\w-]*(?:\s+[\w-]+){0,3}\s+(?:g?GmbH|AG|e\.\s?V\.))$", first)
    if m and any(is_role_word(w) for w in first[: m.start()].split()):
        return m.group(1)  # ``Managing Director von enpact e.V.``: a body by its legal form
    m = re.search(r"\bvon\s+([A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*){0,4})$", first)
    if m and is_role_word(first.split()[0]) and _brand_like(m.group(1)):
        return m.group(1)  # ``Vizepräsident von ALBA BERLIN``; ``Bürgermeister von Potsdam`` names a place
    founding = r"(?:Mit)?(?:[Bb]e)?[Gg]ründer(?:in)?|(?:Mit)?[Ii]nitiator(?:in)?"
    founder = re.fullmatch(founding, first.split()[0])
    if m and founder and not gazetteer.is_exact_name(m.group(1)):
        return m.group(1)  # ``Gründer von The Drivery``: what one founds is a body, not a place
    m = re.match(r"^((?:[A-ZÄÖÜ][\wäöüß-]*\s)*?[A-ZÄÖÜ][\wäöüß-]*(?:s|(?<=[sßxz])'))\s+(?=\S)", first)
    if m and not is_role_word(m.group(1)) and any(is_role_word(t) for t in first[m.end() :].split()):
        # ``Potsdams Oberbürgermeister`` → Potsdam, ``Cottbus' Oberbürgermeisterin`` → Cottbus; a Berlin
        # district's office is its Bezirksamt
        return ("Bezirksamt " if first[m.end() :].startswith("Bezirks") else "") + m.group(1)[:-1]
    named = re.search(r"\s((?:Universität|Hochschule|Fachhochschule|Klinikum)\s[A-ZÄÖÜ][^,]*)$", first)
    # (a council or school right after the office: ``Präsident Landesmusikrat Hamburg``)
    council = r"[A-ZÄÖÜ][a-zäöü]*(?:musikrat|jugendring|sportbund|volkshochschule|musikschule)"
    # (also after the office's field, not after another body: ``Referentin Jugendpolitik Kreisjugendring …``)
    field = r"(?:\s+(?![A-ZÄÖÜ]\w*(?:verein|verband|rat)\b)[A-ZÄÖÜ]\w+)?"
    named = named or re.fullmatch(rf"\S+{field}\s+({council}\s[A-ZÄÖÜ][^,]*)", first)
    if named and is_role_word(first.split()[0].strip("/")):
        return named.group(1)  # ``Biologe /Verhaltensforscher Universität Wien``: the employer, no article
    bare = re.fullmatch(rf"(?:{_QUALIFIER_WORD}\s+)?([A-ZÄÖÜ][\wäöüß-]+)\s+({_BARE_BODY})", first)
    if bare and is_role_word(bare.group(1)):
        return bare.group(2)  # ``stellvertretender Geschäftsführer Unfallkasse Berlin``: the body, no article
    # (also two offices joined: ``Reinickendorfer Kinder- und Jugendbeauftragter``; a district office's
    # field: ``Pankower Bezirksstadträtin für Ordnung …``)
    adj = re.fullmatch(
        r"([A-ZÄÖÜ][\wäöüß-]+)\s+(?:[A-ZÄÖÜ][\wäöüß]*-\s+und\s+)?([A-ZÄÖÜ][\wäöüß-]+)(\s+für\s+\S.*)?", first
    )
    if adj and adj.group(3) and not adj.group(2).startswith("Bezirks"):
        adj = None
    if adj and is_role_word(adj.group(2)) and (place := place_adjective(adj.group(1))):
        # ``Stendaler Landrat`` → Stendal, as ``Stendals Landrat``; a Berlin district's office: its Bezirksamt
        district = adj.group(2).startswith("Bezirks") or re.fullmatch(BERLIN_DISTRICTS, place)
        return f"Bezirksamt {place}" if district else place
    # ``Thüringer Landeswahlleiter``, ``sächsische Ministerpräsident``: the Land (a minister heads a ministry)
    land_office = re.fullmatch(r"([A-ZÄÖÜa-zäöü][\wäöüß-]+)\s+([A-ZÄÖÜ][\wäöüß-]+)", first)
    if land_office and _LAND_OFFICE.fullmatch(land_office.group(2)):
        adjective = land_office.group(1)[:1].upper() + land_office.group(1)[1:]
        # (Berlin's too: ``Berliner Aufarbeitungsbeauftragte`` is the Land's)
        land = land_of_adjective(adjective) or ("Berlin" if adjective == "Berliner" else None)
        if land:
            return land
    # (also with the office's adjective: ``Kaufmännischer Direktor UKM``)
    adjective = r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:e|er|es)\s+)?"
    m = re.fullmatch(rf"{adjective}([A-ZÄÖÜ][\wäöüß-]+)\s+([A-ZÄÖÜ][A-ZÄÖÜ0-9&]{{1,7}})", first)
    if m and is_role_word(m.group(1)):
        return m.group(2)  # ``Vorstand DIEAG``: the body by its abbreviation, written out where stated
    federal = re.match(r"^(Bundesrat|Bundestag)s(?:(?:vize)?präsident(?:in)?|abgeordnete[rn]?)$", first)
    if federal:
        return federal.group(1)  # ``Bundesratspräsident``, ``Bundestagsabgeordnete``: the chamber
    # ``LfU-Präsidentin``, ``degewo-Vorstand``, ``3pc-Geschäftsführer``: an abbreviation or a brand compounded
    # with the role noun
    # (``IB.SH-Vorstandsvorsitzende``: an abbreviation with a dot; ``stellvertretende Jobcenter-Leiter``:
    # the compound after its qualifier)
    brand = (
        r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*|[A-ZÄÖÜ]{1,4}\.[A-ZÄÖÜ]{1,4}|[a-zäöü]{3,}|\d[a-zäöü]{2,}"
    )
    compound = re.sub(rf"^(?:{_QUALIFIER_WORD}\s+)+(?=[A-ZÄÖÜ\d])", "", first)
    m = re.match(rf"^({brand})-([A-ZÄÖÜ]?[\wäöüß]+)$", compound.split()[0])
    if m and len(compound.split()) == 1 and is_role_word(m.group(2)):
        minister = re.search(r"minister(?!präsident)|senator", m.group(2), re.I)
        if m.group(1) in _LAND_ABBREVIATIONS and minister:
            return None  # ``NRW-Umweltminister``: a ministry the Land's abbreviation does not name
        return _MUNICIPAL_ABBREVIATIONS.get(m.group(1), m.group(1))
    # ``Stadtwerke-Geschäftsführerin``: the body, written out where the text names it
    local = re.fullmatch(
        r"(Stadtwerke|Sparkasse|Handwerkskammer|Volkshochschule|Kreis|Landkreis|Stadt|Jobcenter|Zoo|Tierpark|"
        r"Studentenwerk|Studierendenwerk|Unfallkasse|Rechnungshof)[ns]?-"
        r"([A-ZÄÖÜ]\w+)",
        compound.split(" und ")[-1],  # ``Organisator und Kreis-Klimaschutzmanager``: the office's compound
    )
    # a party's or a church's office is not the body's (``Kreis-Vorsitzender``, ``Gemeinde-Referentin``)
    partisan = local and re.match(r"(?:Vorsitzende|Referent|Sprecher|Chef|Delegierte)", local.group(2))
    if local and is_role_word(local.group(2)) and not partisan:
        return local.group(1)
    county = re.fullmatch(r"([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)-Landr(?:at|ätin)", first)
    if county and gazetteer.is_exact_name(county.group(1)):
        return f"Landkreis {county.group(1)}"  # ``Börde-Landrat``, not ``Vize-Landrätin``
    return None


# a deputy's or an acting holder's qualifier before a compound office (``stellvertretende Jobcenter-Leiter``)
_QUALIFIER_WORD = r"(?:stellvertretende|kommissarische|amtierende|neue)[nrs]?"
# a body named right after an office without an article (``Geschäftsführer Unfallkasse Berlin``): a kind
# of body, then its place or field
_BARE_BODY = (
    r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich|ig|al)e[rns]?\s+)?(?=[A-ZÄÖÜ])[\wäöüß]*?(?:[Kk]asse|[Kk]irche|[Ww]erke?|[Vv]erband|"
    r"[Kk]ammer|[Aa]nstalt|[Aa]gentur|[Ss]tiftung|[Gg]enossenschaft)(?:\s+[A-ZÄÖÜ][\wäöüß-]*)+"
    # a company by its legal form (``Geschäftsführer Wall GmbH``), not after a department (``Leiter IT``)
    r"|(?!(?:Marketing|Technik|Vertrieb|Personal|Finanzen|Kommunikation|Einkauf|Produktion|Verkauf|Service)\b)"
    r"[A-ZÄÖÜ][\wäöüß&-]*(?:\s+[A-ZÄÖÜ][\wäöüß&-]*){0,3}\s+(?:GmbH|gGmbH|mbH|AG|eG|e\.\s?V\.)"
)
# the Länder by their usual short forms
_LAND_ABBREVIATIONS = {
    "NRW", "BW", "RLP", "MV", "M-V", "LSA", "SH", "NDS", "HH", "HB", "BB", "BE", "SL", "TH", "SN", "ST", "BY",
    "HE",
}  # fmt: skip
# municipal bodies by their usual short form (``VG-Wehrleiter``)
_MUNICIPAL_ABBREVIATIONS = {"VG": "Verbandsgemeinde", "VGem": "Verwaltungsgemeinschaft"}


# a body's board or management in a role (``Vorsitzender der Geschäftsführung der Agentur für Arbeit``)
_BOARD_OF = re.compile(
    r"^(?:Geschäftsführung|Geschäftsleitung|Leitung|Direktion|Vorstands?|Präsidium|Aufsichtsrats?|"
    # (a body's assembly: ``Vorsitzender der Vertreterversammlung der Kassenärztlichen Vereinigung …``)
    r"Vertreterversammlung|Kammerversammlung|Delegiertenversammlung|Vollversammlung)\s+"
    r"(der|des)\s+([A-ZÄÖÜ].*)$"
)
# a body's department (``Klinik für Innere Medizin … des Vivantes Klinikums``): the body is the organisation
_UNIT_OF = re.compile(
    r"^(?:Hauptabteilung|Abteilung|Referat|Fachbereich|Dezernat|Stabsstelle|Fachgebiet|Sachgebiet|Bürgerbüro|"
    r"Bürgeramt|Bürgerservice|[A-ZÄÖÜ]\w*team|Team|Klinik)(?:e?s)?\b.*\s(der|des|beim)\s+"
    r"([A-ZÄÖÜ][^,]*)$"
)
# a word naming a body (``Generalvikariat``, ``Stadt``, ``BSI``)
BODY_WORD = re.compile(
    r"(?:amt|ämter|verwaltung|ministerium|vikariat|ordinariat|stadt|gemeinde|kreis|kreises|bezirk|institut|"
    r"behörde|senat|kammer|verband|verein|stiftung|universität|hochschule|agentur|anstalt|zentrum|bund|"
    r"gesellschaft|regierung|rat|rates|klinikum|krankenhaus)s?\b|(?-i:\b[A-ZÄÖÜ]{2,6}\b)",
    re.I,
)
_ADJ_EN = re.compile(
    r"^[a-zäöüß]+-[a-zäöüß]*ischen$|"  # ``Schleswig-Holsteinischen``
    r"^[a-zäöüß]*(?:isch|lich|ig|al|ell|iv|är|iert|frei|neu|deutsch|hoh|groß|alt|ober|unter|nieder|"
    r"mittler|evangelisch|katholisch|jung|grün|klein|allgemein|gemeinsam)en$"
)
_NEUTER = re.compile(
    r"(?:amt|ministerium|institut|zentrum|büro|werk|haus|gericht|referat|archiv|museum|theater|klinikum|"
    r"präsidium|kuratorium|gremium|forum|netzwerk|bündnis|kommando|dezernat|sekretariat|kollegium|"
    r"direktorat|rektorat|landratsamt|parlament|komitee|kabinett|team|projekt|programm|bureau|ordinariat|"
    r"konsulat|dekanat|vikariat|kommissariat|notariat)$",
    re.I,
)
_GEN = re.compile(r"^(.*?[a-zäöüß])(es|s)$")


def _genitive_noun(w: str) -> str:
    if w.endswith("nisses"):
        return w[:-3]  # ``Bündnisses`` -> ``Bündnis``
    if w.endswith("es") and len(w) >= 5 and w[-3] not in "aeiouäöü":
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "os")):
        return w[:-1]
    return w


# an adjective naming the office's country, Land or church (``israelische``, ``rheinland-pfälzische``,
# ``evangelische``): part of the title; in the nominative only
TITLE_ADJ = (
    r"(?:[a-zäöüß]+-|nieder|ober|unter|mittel)?(?:evangel|kathol|jüd|israel|palästinens|französ|poln|brit|amerikan|"
    r"kanad|russ|fränk|schwäb|bad|holstein|anhalt|"
    r"ukrain|türk|griech|italien|span|portugies|österreich|schweizer|niederländ|belg|dän|schwed|norweg|finn|"
    r"tschech|slowak|ungar|rumän|bulgar|kroat|serb|chines|japan|ind|afrikan|europä|brandenburg|sächs|bayer|"
    r"thüring|hess|westfäl|pfälz|mecklenburg|saarländ|märk)ischer?"
)


def nominative_role(role: str, article: str) -> str:
    """A role named after an article in the nominative: ``der Bundestagsabgeordneten`` ->
    ``Bundestagsabgeordnete``, ``des Abgeordneten``, ``den Ortsbeauftragten`` -> ``Abgeordneter``,
    ``Ortsbeauftragter``; nouns (``Staatssekretärin``) stay."""
    first, _, rest = role.partition(" ")
    masculine = {"des", "den", "dem", "einen", "einem"}
    if first.endswith("en") and is_role_word(first[:-1]) and article in {"der", "einer"}:
        first = first[:-1]
    elif article in masculine and first.endswith("en") and is_role_word(first[:-2] + "er"):
        first = first[:-2] + "er"  # ``des Abgeordneten``
    elif article == "des" and first.endswith(("en", "es")) and is_role_word(first[:-2]):
        first = first[:-2]  # ``des Präsidenten``, ``des Landrates``
    elif article == "des" and first.endswith("s") and is_role_word(first[:-1]):
        first = first[:-1]  # ``des Präsidents``
    return f"{first} {rest}".strip()


def to_nominative(org: str, article: str = "des") -> str:
    """A body named after ``des``/``der``/``dem``/``vom`` in the nominative: ``Sächsischen Städte- und
    Gemeindetages`` -> ``Sächsischer Städte- und Gemeindetag``, ``Deutschen Wetterdienst`` ->
    ``Deutscher Wetterdienst``."""
    words = org.split()
    if article == "das":
        # ``das Hessische Statistische Landesamt`` → ``Hessisches Statistisches Landesamt``, no article
        lead = 0
        adjective = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:isch|lich|ig|al|ell|iv)e")
        while lead < len(words) - 1 and adjective.fullmatch(words[lead]):
            lead += 1
        if lead and _NEUTER.search(words[lead].lower()):
            return " ".join([*(w + "s" for w in words[:lead]), *words[lead:]])
        return org
    genitive = article == "des" or article.endswith("des")
    dative = article in {"dem", "vom", "im", "beim", "am"}
    adj: list[int] = []
    for k, w in enumerate(words):
        if w.endswith("-") or w in {"und", "für"} or not w[:1].isupper():
            continue
        if w.isupper() and k == 0 and len(words) > 2:
            continue  # ``DRK Ortsvereins Freisen e.V.``: an abbreviation before the body's noun
        if w.isupper() or len(w) < 4:
            return org
        if _ADJ_EN.match(w.lower()) and k + 1 < len(words) and words[k + 1][:1].isupper():
            adj.append(k)
            continue
        if (
            not adj
            and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{3,}er", w)
            and k + 1 < len(words)
            and (_ADJ_EN.match(words[k + 1].lower()) or re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{3,}", words[k + 1]))
        ):
            continue  # an indeclinable place adjective before a declined one (``Leipziger Städtischen …``)
        noun_next = words[k + 1] if genitive and k + 1 < len(words) else ""
        brand = not BODY_WORD.search(w) and noun_next.endswith("s")
        if brand and BODY_WORD.search(_genitive_noun(noun_next)):
            continue  # a brand before the body's noun (``des Vivantes Klinikums Hellersdorf``)
        head = _genitive_noun(w) if genitive else w
        if genitive:
            words[k] = head
        if adj:
            # the adjective ending follows the head noun's gender
            if genitive or dative:
                ending = "es" if _NEUTER.search(head) else "er"
            elif article in {"der", "von der", "bei der", "in der"}:
                ending = "e"
            else:
                ending = None
            if ending:
                for a in adj:
                    words[a] = words[a][:-2] + ending
        break
    return " ".join(words)


# a name with a middle initial (``Heyo K. Kroemer``, ``John F. Kennedy``)
_NAME_WORD = rf"[{NAME_UPPER}][{NAME_LOWER}]+"
_MIDDLE_INITIAL = re.compile(rf"\b({_NAME_WORD}) ([{NAME_UPPER}])\. ({_NAME_WORD}(?:-{_NAME_WORD})?)\b")


# an initial right after an honorific, before the given name (``Prof. Dr. R. Alexander Lorz``)
_LEADING_INITIAL = re.compile(
    rf"(?:(?<=Dr\. )|(?<=Prof\. ))(([{NAME_UPPER}])\. ({_NAME_WORD}) ({_NAME_WORD}(?:-{_NAME_WORD})?))\b"
)


def middle_initials(text: str) -> dict[str, str]:
    """Names written with a middle initial, keyed by their form without it (``Heyo Kroemer`` →
    ``Heyo K. Kroemer``); only where the text never writes that shorter form and gives it one initial."""
    found: dict[str, set[str]] = {}
    for m in _MIDDLE_INITIAL.finditer(text):
        # not a letter ending a sentence before the next person's name (``Halle B. Maria Berg sagte``)
        then = re.match(rf"\s+({_NAME_WORD})", text[m.end() :])
        if then and is_name_token(then.group(1)):
            continue
        if is_name_token(m.group(1)) and is_name_token(m.group(3).split("-")[0]):
            found.setdefault(f"{m.group(1)} {m.group(3)}", set()).add(m.group(0))
    for m in _LEADING_INITIAL.finditer(text):
        if is_name_token(m.group(3)) and is_name_token(m.group(4).split("-")[0]):
            # ``Prof. Dr. R. Alexander Lorz``: the initial of a first given name not written out
            found.setdefault(f"{m.group(3)} {m.group(4)}", set()).add(m.group(1))
    return {
        short: next(iter(full))
        for short, full in found.items()
        if len(full) == 1 and re.search(rf"(?<![{NAME_UPPER}]\. )\b{re.escape(short)}\b", text) is None
    }


def without_initials(text: str, initials: dict[str, str]) -> str:
    """``text`` with each name of ``initials`` written without its middle initial."""
    for short, full in initials.items():
        text = text.replace(full, short)
    return text


def with_initials(text: str, initials: dict[str, str]) -> str:
    """``text`` with each name of ``initials`` written with its middle initial again."""
    for short, full in initials.items():
        text = re.sub(rf"\b{re.escape(short)}\b", full, text)
    return text
